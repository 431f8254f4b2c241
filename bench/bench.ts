// npm run bench: validates a >= 200 MB synthetic dataset and compares it with the irreducible work
// (read + JSON.parse + tokenize every string, same tokenizer, one thread), each measured in a fresh
// process in the same run; then validates a dataset four times larger once, to show that peak
// memory does not grow with the file. Targets: throughput >= 0.7x the baseline; peak RSS < 300 MB
// at both sizes. Then the evaluation's figure (evalBench.ts): wall time against the ideal for 3,000
// requests at 200 ms and 16 in flight, and a cached second run. BENCH_PART=review or eval runs one part.
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
// BENCH_WORKERS=0 measures the review with tokens counted on the review thread (no token thread).
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

interface Measure {
  seconds: number;
  maxRssMb: number;
  detail: string;
}

async function baseline(file: string): Promise<string> {
  const count = await loadTokenCounter("o200k_base");
  let tokens = 0;
  let lines = 0;
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
      walk(JSON.parse(buf.toString("utf8", start, nl)));
      lines++;
      start = nl + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  return `${lines} lines, ${tokens} tokens`;
}

async function validate(file: string): Promise<string> {
  const settings = resolveSettings([{ model: "gpt-4o-mini-2024-07-18" }], "bench");
  // The same path the CLI takes: a review worker with a sized heap, and a token worker.
  const report = await reviewInWorker(
    { settings: { ...settings, review: { ...settings.review, workers: WORKERS } }, files: [{ path: file, role: "train" }], today: "2026-11-28", generatedAt: new Date().toISOString(), version: "bench" },
    bundledWorkers(import.meta.url),
  );
  return `${report.summary.lines} lines, ${report.tokens.total} tokens, ${report.summary.warnings} warnings, ${report.summary.errors} errors`;
}

async function child(phase: string, file: string): Promise<void> {
  const started = performance.now();
  const detail = phase === "baseline" ? await baseline(file) : await validate(file);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, detail } satisfies Measure));
}

function measure(phase: string, file = FILE): Measure {
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
  if (phaseAt !== -1) return child(process.argv[phaseAt + 1]!, process.argv[phaseAt + 2]!);
  const reviewOk = PART === "eval" ? true : await reviewBench();
  const evalOk = PART === "review" ? true : await evalBench(fileURLToPath(import.meta.url));
  process.exitCode = reviewOk && evalOk ? 0 : 1;
}

async function reviewBench(): Promise<boolean> {
  const bytes = await ensureDataset(FILE, TARGET_BYTES, 42);
  const mb = bytes / 1e6;
  console.log(`dataset: ${FILE}, ${mb.toFixed(1)} MB (synthetic support conversations, one shared system prompt)`);
  const runs: Record<string, Measure[]> = { baseline: [], validate: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const phase of ["baseline", "validate"]) {
      const m = measure(phase);
      runs[phase]!.push(m);
      console.log(`  round ${round + 1} ${phase.padEnd(8)} ${(mb / m.seconds).toFixed(1).padStart(6)} MB/s  peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB  (${m.detail})`);
    }
  }
  let scaleRss = 0;
  if (SCALE_BYTES > 0) {
    const scaleMb = (await ensureDataset(SCALE_FILE, SCALE_BYTES, 7)) / 1e6;
    const m = measure("validate", SCALE_FILE);
    scaleRss = m.maxRssMb;
    console.log(`  larger   validate ${(scaleMb / m.seconds).toFixed(1).padStart(6)} MB/s  peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB  (${scaleMb.toFixed(0)} MB: ${m.detail})`);
  }
  const best = (phase: string) => runs[phase]!.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  const worstRss = Math.max(scaleRss, ...runs.validate!.map((m) => m.maxRssMb));
  const base = best("baseline");
  const val = best("validate");
  const ratio = base.seconds / val.seconds;
  const okSpeed = ratio >= THROUGHPUT_TARGET;
  const okRss = worstRss < RSS_TARGET_MB;
  console.log(`baseline (read + JSON.parse + tokenize, 1 thread): ${(mb / base.seconds).toFixed(1)} MB/s, peak RSS ${base.maxRssMb.toFixed(0)} MB`);
  console.log(`validate (all rules):                             ${(mb / val.seconds).toFixed(1)} MB/s, peak RSS ${worstRss.toFixed(0)} MB`);
  console.log(`throughput ratio validate/baseline: ${ratio.toFixed(2)}x (target >= ${THROUGHPUT_TARGET}x) ${okSpeed ? "PASS" : "FAIL"}`);
  if (scaleRss) {
    const atBase = Math.max(...runs.validate!.map((m) => m.maxRssMb));
    console.log(`peak RSS growth from ${mb.toFixed(0)} MB to ${(SCALE_BYTES / 1e6).toFixed(0)} MB of input: ${(scaleRss - atBase).toFixed(0)} MB (${(scaleRss / atBase).toFixed(2)}x)`);
  }
  console.log(`peak RSS: ${worstRss.toFixed(0)} MB, the largest of all validate runs (target < ${RSS_TARGET_MB} MB) ${okRss ? "PASS" : "FAIL"}`);
  return okSpeed && okRss;
}

await main();
