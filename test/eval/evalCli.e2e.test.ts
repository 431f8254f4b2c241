// `finetune-ci eval` as a user runs it: `node dist/cli.js eval` (build first: npm run build) against
// a local OpenAI-compatible stand-in that checks every request against the openai SDK's own types,
// adds latency and injects the faults real endpoints have (429 with retry-after and retry-after-ms,
// 500, 502, reset connections, malformed bodies). Every request must be accounted for, per arm and
// per attempt, and the second run must answer base and prompted from the cache.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/eval-report.schema.json" with { type: "json" };
import type { EvalReport } from "../../src/eval/report/model.js";
import { OpenAIStandIn, type ChatAnswer, type ChatRequest } from "../support/openaiStandIn.js";
import { chatLine, MODELS, removeWorkspaces, ticketResponder, tickets, ticketWorkspace, type Workspace } from "./support/supportTickets.js";

const CLI = join(process.cwd(), "dist/cli.js");
const KEY = "sk-test-tickets-0123456789";
const validateReport = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(reportSchema);

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string | undefined> = { TICKETS_KEY: KEY }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "eval", ...args], { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function reportOf(run: CliRun): EvalReport {
  expect(run.stderr).not.toMatch(/internal error/);
  const report = JSON.parse(run.stdout) as EvalReport;
  expect(validateReport(report), JSON.stringify(validateReport.errors, null, 1)).toBe(true);
  return report;
}

let standIn: OpenAIStandIn;
const truth = new Map<string, string>();
/** Per test: how the stand-in answers. */
let respond: (request: ChatRequest) => ChatAnswer;
let latency: (request: ChatRequest) => number = () => 5;

beforeAll(async () => {
  standIn = await OpenAIStandIn.start({ apiKey: KEY, models: [MODELS.base, MODELS.candidate, "judge-model"], respond: (r) => respond(r), latencyMs: (r) => latency(r) });
});
afterAll(async () => {
  await standIn.close();
  removeWorkspaces();
});

/** The usual three arms on the stand-in, keyed by TICKETS_KEY, with `extra` eval settings over them. */
function workspace(extra: Record<string, unknown> = {}, options: Parameters<typeof ticketWorkspace>[1] = {}): Workspace {
  const arms = {
    base: { kind: "base", model: MODELS.base, baseURL: standIn.baseURL, apiKeyEnv: "TICKETS_KEY" },
    prompted: { kind: "prompted", shots: 3 },
    candidate: { kind: "candidate", model: MODELS.candidate, baseURL: standIn.baseURL, apiKeyEnv: "TICKETS_KEY", concurrency: 4 },
  };
  const ws = ticketWorkspace({ arms, ...extra }, options);
  for (const [k, v] of ws.truth) truth.set(k, v);
  respond = ticketResponder(truth);
  latency = () => 5;
  return ws;
}

const chatCount = (model: string) => standIn.chatRequests(model).length;

describe("finetune-ci eval against an OpenAI-compatible endpoint", () => {
  let ws: Workspace;
  let first: EvalReport;
  let requestsBefore: number;

  it("answers every request despite 429 (retry-after and retry-after-ms), 500, 502, resets and malformed bodies, and accounts for each one", async () => {
    ws = workspace({ concurrency: 6 });
    requestsBefore = standIn.chatRequests().length;
    const faults = [
      { kind: "rate-limit", model: MODELS.base, retryAfterSeconds: 1, times: 2 },
      { kind: "rate-limit", model: MODELS.candidate, retryAfterMs: 40, times: 3 },
      { kind: "server-error", model: MODELS.base, times: 2 },
      { kind: "bad-gateway", model: MODELS.candidate, times: 1 },
      { kind: "reset", model: MODELS.candidate, times: 2 },
      { kind: "malformed", model: MODELS.base, times: 2 },
    ] as const;
    for (const f of faults) standIn.inject({ ...f });
    const run = await cli(["--config", ws.config, "--format", "json"], ws.dir);
    first = reportOf(run);
    expect(run.code, run.stderr).toBe(0);
    expect(first.verdict.status).toBe("pass");
    expect(standIn.violations).toEqual([]);

    // Every holdout example answered by every arm, none failed, none from the cache (first run).
    for (const arm of first.arms) expect(arm.requests).toMatchObject({ total: 60, ok: 60, failed: 0, cached: 0, notRun: 0 });
    // Every HTTP attempt the report counts reached the stand-in, and nothing else did: base and
    // prompted share the base model; each fault cost exactly one extra attempt.
    const attempts = (name: string) => first.arms.find((a) => a.name === name)!.requests.attempts;
    const sent = standIn.chatRequests().slice(requestsBefore);
    expect(sent.filter((r) => r.model === MODELS.base)).toHaveLength(attempts("base") + attempts("prompted"));
    expect(sent.filter((r) => r.model === MODELS.candidate)).toHaveLength(attempts("candidate"));
    const faulted = sent.filter((r) => r.fault).length;
    expect(faulted).toBe(faults.reduce((n, f) => n + f.times, 0));
    expect(attempts("base") + attempts("prompted") + attempts("candidate")).toBe(180 + faulted);
    // All three arms share the stand-in's endpoint, so they share one limit: the smallest they set, the candidate's 4.
    expect(standIn.maxInFlight.get(MODELS.candidate)).toBeLessThanOrEqual(4);
    expect(standIn.maxInFlight.get(MODELS.base)).toBeLessThanOrEqual(4);

    // Requests carried what the config asked for: temperature 0, the fixed seed, the key as a bearer token.
    const body = sent.find((r) => r.model === MODELS.candidate && !r.fault)!.body as Record<string, unknown>;
    expect(body).toMatchObject({ temperature: 0, seed: 2026 });
    expect(sent.every((r) => r.authorized)).toBe(true);
    // The prompted arm's requests carry three training tickets as user/assistant turns after the system message.
    const withShots = sent.filter((r) => r.model === MODELS.base && (r.body as { messages: unknown[] }).messages.length === 8);
    expect(withShots.length).toBeGreaterThanOrEqual(60);
    const roles = (withShots[0]!.body as { messages: { role: string }[] }).messages.map((m) => m.role);
    expect(roles).toEqual(["system", "user", "assistant", "user", "assistant", "user", "assistant", "user"]);

    const lines = readFileSync(join(ws.dir, ".finetune-ci/eval/answers.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(180);
    expect(lines[0]).toMatchObject({ file: "data/holdout.jsonl", line: 1, arm: "base", status: "ok", cached: false });
    expect(typeof lines[0]!.latency_ms).toBe("number");
  });

  it("says how much better the candidate is, with an interval, a p-value and 'significant' in words", () => {
    const vsBase = first.comparisons.find((c) => c.metric === "accuracy" && c.vs === "base")!;
    expect(first.scorer?.kind).toBe("classification");
    expect(vsBase.delta).toBeGreaterThan(0.3);
    expect(vsBase.interval!.lower).toBeGreaterThan(0);
    expect(vsBase.test).toBe("mcnemar-exact");
    expect(vsBase.significant).toBe(true);
    expect(first.gate?.rules.find((r) => r.rule.vs === "base")?.outcome).toBe("pass");
    expect(first.examples?.improvements.length).toBe(10);
    expect(first.examples?.improvements[0]).toMatchObject({ file: "data/holdout.jsonl", otherValue: 0, candidateValue: 1 });
  });

  it("answers base and prompted from the cache on the second run: the stand-in gets no new request for them", async () => {
    const before = { base: chatCount(MODELS.base), candidate: chatCount(MODELS.candidate) };
    const run = await cli(["--config", ws.config, "--format", "json"], ws.dir);
    const second = reportOf(run);
    expect(run.code).toBe(0);
    expect(chatCount(MODELS.base) - before.base).toBe(0);
    // The candidate is never cached: the same name serves new weights after every training run.
    expect(chatCount(MODELS.candidate) - before.candidate).toBe(60);
    expect(second.arms.find((a) => a.name === "base")!.requests).toMatchObject({ ok: 60, cached: 60, attempts: 0 });
    expect(second.arms.find((a) => a.name === "prompted")!.requests).toMatchObject({ ok: 60, cached: 60, attempts: 0 });
    expect(second.estimate.arms.find((a) => a.arm === "base")!.cached).toBe(60);
    // The same answers give the same statistics.
    expect(second.comparisons.find((c) => c.vs === "base")!.p).toBe(first.comparisons.find((c) => c.vs === "base")!.p);
  });

  it("sends everything again with --no-cache", async () => {
    const before = chatCount(MODELS.base);
    const run = await cli(["--config", ws.config, "--format", "json", "--no-cache"], ws.dir);
    expect(reportOf(run).arms.find((a) => a.name === "base")!.requests.cached).toBe(0);
    expect(chatCount(MODELS.base) - before).toBe(120);
  });
});

describe("failed requests", () => {
  it("are left out of the comparison pairwise and listed, and more than maxFailureRate fails the run (exit 1)", async () => {
    const ws = workspace({ timeoutSeconds: 0.4, maxAttempts: 2, probe: { prompts: 4 } });
    // Five tickets the base endpoint never answers in time.
    const slow = new Set(tickets(60, "holdout").slice(50, 55).map((t) => t.text));
    latency = (r) => (r.model === MODELS.base && r.messages.length === 2 && slow.has(String(r.messages.at(-1)?.content)) ? 1500 : 5);
    const run = await cli(["--config", ws.config, "--format", "json"], ws.dir);
    const report = reportOf(run);
    expect(run.code).toBe(1);
    const base = report.arms.find((a) => a.name === "base")!;
    expect(base.requests).toMatchObject({ total: 60, ok: 55, failed: 5, attempts: 65 });
    expect(base.failures.map((f) => f.line)).toEqual([51, 52, 53, 54, 55]);
    expect(base.failures[0]!.reason).toMatch(/no answer within the request timeout \(after 2 attempts\)/);
    const vsBase = report.comparisons.find((c) => c.metric === "accuracy" && c.vs === "base")!;
    expect(vsBase.pairs).toBe(55);
    expect(vsBase.excluded).toEqual({ candidateMissing: 0, referenceMissing: 5, bothMissing: 0 });
    expect(report.verdict.summary).toMatch(/5 of 60 requests of base failed \(8\.3%\), above the 2% maximum/);
    const text = await cli(["--config", ws.config], ws.dir);
    expect(text.stdout).toMatch(/base: 5 failed request\(s\), left out of every comparison with this arm:\n {2}data\/holdout\.jsonl:51: no answer within the request timeout/);
  });
});

describe("the sanity probe", () => {
  it("stops before scoring when the candidate answers like the base: the adapter is probably not loaded (exit 1)", async () => {
    const ws = workspace();
    const tickets = ticketResponder(truth);
    // The candidate's name is served by the base model, as vLLM does when the adapter did not load.
    respond = (r) => tickets({ ...r, model: r.model === MODELS.candidate ? MODELS.base : r.model });
    const before = chatCount(MODELS.candidate);
    const run = await cli(["--config", ws.config, "--format", "json"], ws.dir);
    const report = reportOf(run);
    expect(run.code).toBe(1);
    expect(report.verdict.status).toBe("fail");
    expect(report.verdict.summary).toMatch(/^The adapter is probably not loaded: candidate \(ft:gpt-4o-mini-2024-07-18:acme::tickets\) answered the first 8 prompt\(s\) exactly as base did/);
    expect(report.probe).toMatchObject({ prompts: 8, against: "base", identical: 8, tripped: true });
    expect(report.probe.evidence).toHaveLength(8);
    expect(report.probe.evidence[0]).toMatchObject({ file: "data/holdout.jsonl", line: 1 });
    // Only the probe's prompts were sent: nothing more was paid for.
    expect(chatCount(MODELS.candidate) - before).toBe(8);
    expect(report.arms.find((a) => a.name === "candidate")!.requests).toMatchObject({ ok: 8, notRun: 52 });
    expect(report.gate).toBeNull();
  });
});

describe("the estimate and the budget", () => {
  it("--estimate prints tokens and dollars per arm and sends nothing", async () => {
    const ws = workspace();
    const before = standIn.chatRequests().length;
    const run = await cli(["--config", ws.config, "--estimate"], ws.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^finetune-ci eval --estimate: \$0\.00\d+ plus base, prompted at an unknown price/);
    expect(run.stdout).toMatch(/candidate\s+ft:gpt-4o-mini-2024-07-18:acme::tickets\s+60\s+0\s+[\d,]+\s+60\s+\$/);
    const json = JSON.parse((await cli(["--config", ws.config, "--estimate", "--format", "json"], ws.dir)).stdout) as EvalReport["estimate"];
    // The candidate is priced as a fine-tuned gpt-4o-mini: $0.30 / $1.20 per million tokens.
    const candidate = json.arms.find((a) => a.arm === "candidate")!;
    expect(candidate.usd).toBeCloseTo((candidate.inputTokens * 0.3 + candidate.outputTokens * 1.2) / 1e6, 12);
    expect(standIn.chatRequests().length).toBe(before);
  });

  it("refuses to start when the estimate is above eval.maxUsd (exit 2), before any request", async () => {
    const ws = workspace({ maxUsd: 0.0001 });
    const before = standIn.chatRequests().length;
    const run = await cli(["--config", ws.config], ws.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/eval\.maxUsd: the estimated cost is \$0\.00 ?, above the budget of \$0\.0001|eval\.maxUsd: the estimated cost is \$0\.00\d*, above the budget of \$0\.0001/);
    expect(run.stderr).toMatch(/--estimate/);
    expect(standIn.chatRequests().length).toBe(before);
  });
});

describe("bad input gets a message that names the file, line or key, and the fix (exit 2, nothing sent)", () => {
  async function refused(ws: Workspace, env?: Record<string, string | undefined>): Promise<string> {
    const before = standIn.chatRequests().length;
    const run = await cli(["--config", ws.config], ws.dir, env);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(standIn.chatRequests().length).toBe(before);
    return run.stderr;
  }

  it("a holdout line without a final assistant answer", async () => {
    const good = tickets(40, "holdout").map(chatLine);
    const noAnswer = JSON.stringify({ messages: [{ role: "system", content: "Classify." }, { role: "user", content: "My invoice is wrong" }] });
    const message = await refused(workspace({}, { holdoutLines: [good[0]!, good[1]!, noAnswer, ...good.slice(2)] }));
    expect(message).toMatch(/^finetune-ci eval: data\/holdout\.jsonl:3: the last message is a user message, not the assistant's answer\. End every holdout example with the assistant turn the model should give/);
  });

  it("an unknown arm in a gate rule", async () => {
    const message = await refused(workspace({ gate: { rules: [{ metric: "accuracy", floor: 0.5 }, { metric: "accuracy", vs: "baseline", kind: "not-worse" }] } }));
    expect(message).toMatch(/eval\.gate\.rules\[1\]\.vs: there is no arm named "baseline"\. Use one of the arms of eval\.arms: base, prompted, candidate/);
  });

  it("an unknown metric in a floor, named by its place in the config's list", async () => {
    const message = await refused(workspace({ gate: { rules: [{ metric: "accuracy", vs: "base", kind: "not-worse" }, { metric: "rouge-l", floor: 0.5 }] } }));
    expect(message).toMatch(/eval\.gate\.rules\[1\]\.metric: "rouge-l" is not a metric of this evaluation/);
  });

  it("a missing key variable", async () => {
    const message = await refused(workspace(), {});
    expect(message).toMatch(/eval\.arms\.base\.apiKeyEnv: the environment variable TICKETS_KEY is not set or empty\. Pass the key to the step/);
  });

  it("a literal API key in the config, never repeated back", async () => {
    const literal = `sk-proj-${"Zq8vL2".repeat(8)}`;
    const ws = workspace();
    const config = JSON.parse(readFileSync(ws.config, "utf8")) as { eval: { arms: { base: { apiKeyEnv: string } } } };
    config.eval.arms.base.apiKeyEnv = literal;
    writeFileSync(ws.config, JSON.stringify(config));
    const message = await refused(ws);
    expect(message).toMatch(/eval\.arms\.base\.apiKeyEnv: it holds what looks like an OpenAI API key \(not shown\), not the name of an environment variable\. Put the key in an environment variable/);
    expect(message).not.toContain(literal.slice(8, 20));
  });

  it("an unreachable endpoint", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const ws = workspace({ maxAttempts: 2, arms: { base: { kind: "base", model: MODELS.base, baseURL: `http://127.0.0.1:${port}/v1` }, candidate: { kind: "candidate", model: MODELS.candidate, baseURL: standIn.baseURL, apiKeyEnv: "TICKETS_KEY" } } });
    const run = await cli(["--config", ws.config], ws.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`eval\\.arms\\.base: all 8 first request\\(s\\) to http://127\\.0\\.0\\.1:${port}/v1 \\(model base-model\\) failed: could not connect: ECONNREFUSED \\(after 2 attempts\\)\\. Is the server running at http://127\\.0\\.0\\.1:${port}/v1\\? Start it, correct baseURL, or let eval\\.serve start one`));
  });
});

describe("the markdown report", () => {
  it("keeps holdout and answer text inert and fits a pull-request comment", async () => {
    const hostile = tickets(60, "holdout").map((t, i) => (i === 1 ? { ...t, text: `${t.text} @octocat <img src=x onerror=alert(1)> [click](https://evil.example) </details>` } : t));
    const ws = workspace({}, { holdoutLines: hostile.map(chatLine) });
    truth.set(hostile[1]!.text, hostile[1]!.label);
    const tickets2 = ticketResponder(truth);
    respond = (r) => (r.model === MODELS.base && String(r.messages.at(-1)?.content).includes("@octocat") ? { content: "ping @octocat, see <script>x</script>" } : tickets2(r));
    const run = await cli(["--config", ws.config, "--format", "markdown"], ws.dir);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/^### ✅ finetune-ci evaluation: Accuracy vs base/);
    expect(md).toMatch(/\| Metric \| vs \| Candidate \| Other \| Delta \| 95% CI of delta \| p \| Significant\? \|/);
    expect(md).toContain("significant");
    expect(md).not.toMatch(/@octocat/);
    expect(md).toContain("@\u200doctocat");
    expect(md).not.toMatch(/<img|<script|\]\(https:\/\/evil/);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });
});

describe("the HTML report", () => {
  it("--format html prints one self-contained page on stdout (so `> report.html` works) with every holdout example", async () => {
    const ws = workspace();
    const run = await cli(["--config", ws.config, "--format", "html"], ws.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith("<!doctype html>\n")).toBe(true);
    expect(run.stdout).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
    expect(run.stdout).not.toMatch(/<(img|link|iframe|base)\b|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(run.stdout)![1]!) as { examples: { rows: unknown[]; arms: string[] } };
    expect(data.examples.rows).toHaveLength(60);
    expect(data.examples.arms).toEqual(["base", "prompted", "candidate"]);
    // The run's other outputs are written as with any format.
    expect(reportOf({ ...run, stdout: readFileSync(join(ws.dir, ".finetune-ci/eval/report.json"), "utf8") }).perExample.rows).toHaveLength(60);
  });

  it("is of a run: --estimate --format html is a usage error (exit 2) that says what to use instead", async () => {
    const run = await cli(["--config", workspace().config, "--estimate", "--format", "html"], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--estimate prints text or json: the HTML report is of a run/);
  });
});

describe("the LLM judge", () => {
  it("judges both orders and counts a disagreement between them as a tie, so a judge that favours the first answer cancels out", async () => {
    const ws = workspace({ judge: { model: "judge-model", baseURL: standIn.baseURL, apiKeyEnv: "TICKETS_KEY", vs: "base" } });
    const tickets2 = ticketResponder(truth);
    respond = (r) => {
      if (r.model !== "judge-model") return tickets2(r);
      // Prefers the answer equal to the reference; otherwise always "A", whichever that is.
      const prompt = String(r.messages[0]!.content);
      const part = (name: string) => new RegExp(`# ${name}\\n([\\s\\S]*?)(?:\\n\\n#|\\n\\nWhich)`).exec(prompt)![1]!.trim();
      const reference = part("Reference answer");
      const a = part("Answer A") === reference;
      const b = part("Answer B") === reference;
      return { content: `Reasoning.\nVerdict: ${b && !a ? "B" : "A"}` };
    };
    const run = await cli(["--config", ws.config, "--format", "json"], ws.dir);
    const report = reportOf(run);
    const judge = report.judge!;
    const accuracy = report.comparisons.find((c) => c.metric === "accuracy" && c.vs === "base")!;
    expect(judge.judged).toBe(60);
    // Wins are exactly the tickets only the candidate got right, losses those only base got right;
    // every other ticket got "A" in both orders: a disagreement, so a tie.
    expect(judge.wins).toBe(accuracy.discordant!.candidateOnly);
    expect(judge.losses).toBe(accuracy.discordant!.referenceOnly);
    expect(judge.ties).toBe(60 - judge.wins - judge.losses);
    expect(judge.disagreements).toBe(judge.ties);
    expect(judge.promptSource).toBe("bundled");
    const lines = readFileSync(join(ws.dir, ".finetune-ci/eval/answers.jsonl"), "utf8").trim().split("\n");
    expect(lines.filter((l) => l.includes('"arm":"judge"'))).toHaveLength(120);
  });
});
