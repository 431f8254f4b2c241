// The evaluation's figure for `npm run bench`: 1,000 holdout examples x 3 arms (base, prompted,
// candidate) against a local OpenAI-compatible server that answers every request after 200 ms, with
// 16 requests in flight. The ideal wall time is requests x latency / concurrency (3,000 x 0.2 s / 16
// = 37.5 s): the ratio to it says what the runner itself costs (planning, retries bookkeeping, the
// cache, the statistics and the report); target at most 1.1x. A second run must send no base or
// prompted request (their answers come from the cache). The server is the bench's own, in a process
// of its own: it checks nothing, it only answers and counts, so that its cost stays out of the figure.
import { fork } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import type { EvalContext } from "../src/eval/context.js";
import { runEval } from "../src/eval/runEval.js";
import { resolveSettings } from "../src/settings/settings.js";

const EXAMPLES = Number(process.env.BENCH_EVAL_EXAMPLES ?? 1000);
const LATENCY_MS = 200;
const CONCURRENCY = 16;
const RATIO_TARGET = 1.1;
const DIR = resolve(".bench/eval");
const LABELS = ["billing", "shipping", "account", "technical"];

interface Counts {
  requests: Record<string, number>;
  maxInFlight: number;
}

/** The server, run in a process of its own (--phase eval-server) so that its work never delays the runner's. */
export async function serveForBench(): Promise<void> {
  const requests = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { model?: string; messages?: { role: string; content: string }[] };
      const model = String(body.model);
      const shots = (body.messages ?? []).filter((m) => m.role === "assistant").length;
      const arm = model === "candidate" ? "candidate" : shots > 0 ? "prompted" : "base";
      requests.set(arm, (requests.get(arm) ?? 0) + 1);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const ticket = String(body.messages?.at(-1)?.content ?? "");
      const label = LABELS[Number(/ticket (\d+)/.exec(ticket)?.[1] ?? 0) % LABELS.length]!;
      setTimeout(() => {
        inFlight--;
        const content = arm === "candidate" ? label : "unsure";
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            id: "chatcmpl-bench",
            object: "chat.completion",
            created: 1_700_000_000,
            model,
            choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
            usage: { prompt_tokens: 40, completion_tokens: 1, total_tokens: 41 },
          }),
        );
      }, LATENCY_MS);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  process.on("message", (message) => {
    if (message === "counts") process.send!({ requests: Object.fromEntries(requests), maxInFlight } satisfies Counts);
    if (message === "reset") {
      requests.clear();
      maxInFlight = 0;
      process.send!("reset");
    }
    if (message === "stop") server.close(() => process.exit(0));
  });
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` });
}

interface ServerProcess {
  url: string;
  ask<T>(message: string): Promise<T>;
  stop(): Promise<void>;
}

async function startServerProcess(script: string): Promise<ServerProcess> {
  const child = fork(script, ["--phase", "eval-server"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const [{ url }] = (await once(child, "message")) as [{ url: string }];
  return {
    url,
    ask: async <T>(message: string) => {
      child.send(message);
      return ((await once(child, "message")) as [T])[0];
    },
    stop: async () => {
      child.send("stop");
      await once(child, "exit");
    },
  };
}

function dataset(): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, "data"), { recursive: true });
  const line = (i: number, what: string) => JSON.stringify({ messages: [{ role: "system", content: "Classify the support ticket." }, { role: "user", content: `${what} ticket ${i}: something about my order` }, { role: "assistant", content: LABELS[i % LABELS.length] }] });
  writeFileSync(join(DIR, "data/train.jsonl"), `${Array.from({ length: 200 }, (_, i) => line(i, "Training")).join("\n")}\n`);
  writeFileSync(join(DIR, "data/holdout.jsonl"), `${Array.from({ length: EXAMPLES }, (_, i) => line(i, "Holdout")).join("\n")}\n`);
}

function context(url: string): EvalContext {
  const settings = resolveSettings(
    [
      {
        datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] },
        eval: {
          arms: { base: { kind: "base", model: "base", baseURL: url }, prompted: { kind: "prompted" }, candidate: { kind: "candidate", model: "candidate", baseURL: url } },
          concurrency: CONCURRENCY,
          cache: { dir: "cache" },
          out: "out",
        },
      },
    ],
    "bench",
  );
  return {
    settings,
    cwd: DIR,
    env: {},
    actionRoot: process.cwd(),
    version: "bench",
    now: () => new Date(),
    log: { debug: () => undefined, info: () => undefined, warning: (m) => console.log(`  warning: ${m}`), error: (m) => console.log(`  error: ${m}`) },
    options: {},
  };
}

/** Runs the two evaluations and prints the figures; true when both targets are met. `script` is the bench itself (it serves with --phase eval-server). */
export async function evalBench(script: string): Promise<boolean> {
  dataset();
  const server = await startServerProcess(script);
  try {
    console.log(`eval: ${EXAMPLES.toLocaleString("en-US")} examples x 3 arms against a local server answering in ${LATENCY_MS} ms, ${CONCURRENCY} requests in flight`);
    let started = performance.now();
    const first = await runEval(context(server.url));
    const firstSeconds = (performance.now() - started) / 1000;
    const counts = await server.ask<Counts>("counts");
    const sent = Object.values(counts.requests).reduce((a, b) => a + b, 0);
    const ideal = (sent * LATENCY_MS) / 1000 / CONCURRENCY;
    const ratio = firstSeconds / ideal;
    const accounted = first.report.arms.every((a) => a.requests.ok === EXAMPLES);
    console.log(`  first run: ${sent.toLocaleString("en-US")} requests in ${firstSeconds.toFixed(1)} s (ideal ${ideal.toFixed(1)} s = requests x ${LATENCY_MS} ms / ${CONCURRENCY}); at most ${counts.maxInFlight} in flight; verdict ${first.report.verdict.status}`);
    for (const a of first.report.arms) console.log(`    ${a.name}: latency p50 ${a.usage?.latency?.p50.toFixed(0)} ms, p95 ${a.usage?.latency?.p95.toFixed(0)} ms`);
    console.log(`  wall time / ideal: ${ratio.toFixed(3)}x (target <= ${RATIO_TARGET}x) ${ratio <= RATIO_TARGET ? "PASS" : "FAIL"}`);
    await server.ask("reset");
    started = performance.now();
    const second = await runEval(context(server.url));
    const secondSeconds = (performance.now() - started) / 1000;
    const again = await server.ask<Counts>("counts");
    const base = again.requests.base ?? 0;
    const prompted = again.requests.prompted ?? 0;
    const candidate = again.requests.candidate ?? 0;
    const cachedOk = base === 0 && prompted === 0 && second.report.arms.filter((a) => a.kind !== "candidate").every((a) => a.requests.cached === EXAMPLES);
    const idealSecond = (candidate * LATENCY_MS) / 1000 / CONCURRENCY;
    console.log(`  second run: base ${base}, prompted ${prompted} requests sent (target 0: answered from the cache) ${cachedOk ? "PASS" : "FAIL"}; candidate ${candidate.toLocaleString("en-US")} in ${secondSeconds.toFixed(1)} s (ideal ${idealSecond.toFixed(1)} s, ${(secondSeconds / idealSecond).toFixed(3)}x)`);
    return ratio <= RATIO_TARGET && cachedOk && accounted && counts.maxInFlight <= CONCURRENCY;
  } finally {
    await server.stop();
  }
}
