// npm run bench: validates a >= 200 MB synthetic dataset and compares it with the irreducible work
// (read + JSON.parse + tokenize every string, same tokenizer, one thread), each measured in a fresh
// process in the same run: the review on one thread (review.workers: 0), like for like with the
// baseline, and with the default settings (a token thread beside the review thread, two in all).
// Every review must report the tokens the baseline counted (plus the cookbook's 3 per example and
// 3 per message), so a review that skipped work cannot look fast. Then a dataset four times larger
// is validated once, to show that peak memory does not grow with the file. Targets: throughput of the
// review as shipped (default threads) >= 0.7x the baseline; peak RSS < 300 MB at both sizes.
// Then the evaluation's figure (evalBench.ts): wall time against the ideal for 3,000 requests at
// 200 ms and 16 in flight, and a cached second run. BENCH_PART=review or eval runs one part.
import { createWriteStream, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { evalBench, serveForBench } from "./evalBench.js";
import { syntheticLines } from "./synthetic.js";
import { readFileChunks } from "../src/adapters/files/files.js";
import { loadTokenCounter } from "../src/core/tokens/tokenizer.js";
import { bundledWorkers } from "../src/adapters/parallel/bundledWorkers.js";
import { reviewInWorker } from "../src/review/worker/reviewInWorker.js";
import { resolveSettings } from "../src/settings/settings.js";

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 200) * 1e6;
const FILE = ".bench/synthetic.jsonl";
// BENCH_SCALE_MB=0 skips the larger run.
const SCALE_BYTES = Number(process.env.BENCH_SCALE_MB ?? 4 * (TARGET_BYTES / 1e6)) * 1e6;
const SCALE_FILE = ".bench/synthetic-large.jsonl";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const THROUGHPUT_TARGET = 0.7;
const RSS_TARGET_MB = 300;

/** What each run reports: its time and memory, and the work it did, to be cross-checked. */
interface Measure {
  seconds: number;
  maxRssMb: number;
  lines: number;
  /** The baseline: tokens of every string. A review: its token total (with the per-example and per-message overhead). */
  tokens: number;
  /** The baseline: messages in all, for the overhead a review adds. */
  messages?: number;
  detail: string;
}

/** The phases: the baseline, the review on one thread, and the review with its default token thread. */
const PHASES = { baseline: "baseline", oneThread: "review, 1 thread", defaults: "review, default" } as const;
type Phase = keyof typeof PHASES;
// The cookbook's overhead, which a review's total includes and the bare baseline does not.
const TOKENS_PER_EXAMPLE = 3;
const TOKENS_PER_MESSAGE = 3;

async function baseline(file: string): Promise<Omit<Measure, "seconds" | "maxRssMb">> {
  const count = await loadTokenCounter("o200k_base");
  let tokens = 0;
  let lines = 0;
  let messages = 0;
  const walk = (v: unknown): void => {
    if (typeof v === "string") tokens += count(v);
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  let rest = Buffer.alloc(0);
  for await (const chunk of readFileChunks(file)) {
    const buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const example = JSON.parse(buf.toString("utf8", start, nl)) as { messages: unknown[] };
      walk(example);
      messages += example.messages.length;
      lines++;
      start = nl + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  return { lines, tokens, messages, detail: `${lines} lines, ${messages} messages, ${tokens} tokens` };
}

async function validate(file: string, oneThread: boolean): Promise<Omit<Measure, "seconds" | "maxRssMb">> {
  const settings = resolveSettings([{ model: "gpt-4o-mini-2024-07-18", ...(oneThread ? { review: { workers: 0 } } : {}) }], "bench");
  // The same path the CLI takes: a review worker with a sized heap, and (by default) a token worker.
  const report = await reviewInWorker(
    { settings, files: [{ path: file, role: "train" }], today: "2026-11-28", generatedAt: new Date().toISOString(), version: "bench" },
    bundledWorkers(import.meta.url),
  );
  const detail = `${report.summary.lines} lines, ${report.tokens.total} tokens, ${report.summary.warnings} warnings, ${report.summary.errors} errors, ${settings.review.workers} token thread(s)`;
  return { lines: report.summary.lines, tokens: report.tokens.total, detail };
}

async function child(phase: Phase, file: string): Promise<void> {
  const started = performance.now();
  const work = phase === "baseline" ? await baseline(file) : await validate(file, phase === "oneThread");
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ...work } satisfies Measure));
}

/**
 * Whether a review did all the baseline's work: every line, and every string's tokens (its total
 * is the baseline's plus the cookbook's 3 per example and 3 per message). A mismatch, not a speed.
 */
function workProblem(review: Measure, base: Measure): string | undefined {
  const expected = base.tokens + TOKENS_PER_EXAMPLE * base.lines + TOKENS_PER_MESSAGE * base.messages!;
  if (review.lines !== base.lines) return `the review read ${review.lines} lines, the baseline ${base.lines}`;
  if (review.tokens !== expected) return `the review counted ${review.tokens} tokens, and the baseline's strings come to ${expected} with the per-example and per-message overhead`;
  return undefined;
}

function measure(phase: Phase, file = FILE): Measure {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [script, "--phase", phase, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${phase} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measure;
}

async function ensureDataset(file: string, bytes: number, seed: number): Promise<number> {
  if (existsSync(file) && statSync(file).size >= bytes) return statSync(file).size;
  await mkdir(".bench", { recursive: true });
  const out = createWriteStream(file);
  for (const line of syntheticLines(bytes, seed)) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "close");
  return statSync(file).size;
}

const PART = process.env.BENCH_PART ?? "all";

async function main(): Promise<void> {
  const phaseAt = process.argv.indexOf("--phase");
  if (phaseAt !== -1 && process.argv[phaseAt + 1] === "eval-server") return serveForBench();
  if (phaseAt !== -1) return child(process.argv[phaseAt + 1] as Phase, process.argv[phaseAt + 2]!);
  const reviewOk = PART === "eval" ? true : await reviewBench();
  const evalOk = PART === "review" ? true : await evalBench(fileURLToPath(import.meta.url));
  process.exitCode = reviewOk && evalOk ? 0 : 1;
}

async function reviewBench(): Promise<boolean> {
  const bytes = await ensureDataset(FILE, TARGET_BYTES, 42);
  const mb = bytes / 1e6;
  console.log(`dataset: ${FILE}, ${mb.toFixed(1)} MB (synthetic support conversations, one shared system prompt)`);
  const runs: Record<Phase, Measure[]> = { baseline: [], oneThread: [], defaults: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const phase of Object.keys(PHASES) as Phase[]) {
      const m = measure(phase);
      runs[phase].push(m);
      console.log(`  round ${round + 1} ${PHASES[phase].padEnd(16)} ${(mb / m.seconds).toFixed(1).padStart(6)} MB/s  peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB  (${m.detail})`);
    }
  }
  let scaleRss = 0;
  if (SCALE_BYTES > 0) {
    const scaleMb = (await ensureDataset(SCALE_FILE, SCALE_BYTES, 7)) / 1e6;
    const m = measure("defaults", SCALE_FILE);
    scaleRss = m.maxRssMb;
    console.log(`  larger   ${PHASES.defaults.padEnd(16)} ${(scaleMb / m.seconds).toFixed(1).padStart(6)} MB/s  peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB  (${scaleMb.toFixed(0)} MB: ${m.detail})`);
  }
  const best = (phase: Phase) => runs[phase].reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  const reviews = [...runs.oneThread, ...runs.defaults];
  const worstRss = Math.max(scaleRss, ...reviews.map((m) => m.maxRssMb));
  const base = best("baseline");
  const one = best("oneThread");
  const two = best("defaults");
  const oneRatio = base.seconds / one.seconds;
  const twoRatio = base.seconds / two.seconds;
  const okSpeed = twoRatio >= THROUGHPUT_TARGET;
  const okRss = worstRss < RSS_TARGET_MB;
  const problems = [...runs.baseline.filter((m) => m.tokens !== base.tokens || m.lines !== base.lines).map(() => "the baseline's counts differ between rounds"), ...reviews.map((m) => workProblem(m, base)).filter((p): p is string => p !== undefined)];
  console.log(`baseline (read + JSON.parse + tokenize, 1 thread): ${(mb / base.seconds).toFixed(1)} MB/s, peak RSS ${base.maxRssMb.toFixed(0)} MB`);
  console.log(`review, 1 thread (review.workers: 0):             ${(mb / one.seconds).toFixed(1)} MB/s`);
  console.log(`review, default (a token thread beside it, 2 in all): ${(mb / two.seconds).toFixed(1)} MB/s, peak RSS ${worstRss.toFixed(0)} MB`);
  console.log(
    `same work: every review read ${base.lines} lines and counted ${base.tokens} tokens of strings + ${TOKENS_PER_EXAMPLE} x ${base.lines} examples + ${TOKENS_PER_MESSAGE} x ${base.messages} messages ${problems.length ? `FAIL: ${[...new Set(problems)].join("; ")}` : "PASS"}`,
  );
  console.log(`throughput ratio, review on 1 thread / baseline on 1 thread (like for like): ${oneRatio.toFixed(2)}x`);
  console.log(`throughput ratio, review as shipped (2 threads) / baseline on 1 thread:      ${twoRatio.toFixed(2)}x (target >= ${THROUGHPUT_TARGET}x) ${okSpeed ? "PASS" : "FAIL"}`);
  if (scaleRss) {
    const atBase = Math.max(...runs.defaults.map((m) => m.maxRssMb));
    console.log(`peak RSS growth from ${mb.toFixed(0)} MB to ${(SCALE_BYTES / 1e6).toFixed(0)} MB of input: ${(scaleRss - atBase).toFixed(0)} MB (${(scaleRss / atBase).toFixed(2)}x)`);
  }
  console.log(`peak RSS: ${worstRss.toFixed(0)} MB, the largest of all review runs (target < ${RSS_TARGET_MB} MB) ${okRss ? "PASS" : "FAIL"}`);
  return okSpeed && okRss && problems.length === 0;
}

await main();
