// provider: self-hosted. Runs the bundled train.py (self-hosted-runner/) on this runner as a child
// process, tells its progress lines in the log as they come, and reads the run's metrics.jsonl
// and run.json once it exits 0. The Python side's contract is self-hosted-runner/README.md.
// train.py runs in the checkout and is given the dataset files as they are, relative to it: it reads
// each file on its own, so what it says about an example (a refusal, a truncation, run.json's line
// numbers and hashes) names the user's file and line.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative } from "node:path";
import { withoutRunnerCredentials } from "../../adapters/process/childEnv.js";
import { ProcessStartError, runProcess } from "../../adapters/process/runProcess.js";
import { describeProgress, parseProgressLine, type DoneProgress } from "../progress.js";
import { parseMetricsJsonl, parseRunJson, type ExampleCounts } from "../runRecord.js";
import { runConfigYaml } from "../runConfig.js";
import type { SelfHostedPlan, TrainingPlan } from "../plan.js";
import { TrainingFailed, type ExampleAccount, type TrainingIO, type TrainingProvider, type TrainingResult } from "./provider.js";

/** train.py's exit codes (self-hosted-runner/finetune_runner/errors.py). */
export const EXIT_MEANING: Record<number, string> = {
  1: "unexpected failure; the Python traceback is in the log above",
  2: "bad configuration, or this machine cannot run the requested setup",
  3: "dataset problem",
  4: "model not found",
};

const STDERR_KEPT = 50;

export const selfHostedProvider: TrainingProvider = {
  name: "self-hosted",
  async train(anyPlan: TrainingPlan, io: TrainingIO): Promise<TrainingResult> {
    if (anyPlan.provider !== "self-hosted") throw new Error(`the self-hosted provider was given a ${anyPlan.provider} plan`);
    const plan = anyPlan;
    await mkdir(plan.outputDir, { recursive: true });
    // A runner that is not ephemeral may still hold the last run's record; it must not be read as this one's.
    await Promise.all(["run.json", "metrics.jsonl"].map((name) => rm(join(plan.outputDir, name), { force: true })));
    const given = (path: string) => inCheckout(path, io.workspace);
    const configPath = join(plan.outputDir, "run.yaml");
    await writeFile(configPath, runConfigYaml(plan, { trainFiles: plan.trainFiles.map(given), evalFiles: plan.holdoutFiles.map(given) }));
    io.log.info(`Running ${plan.python} ${plan.script} --config ${configPath}`);
    const done = await runTrainScript(plan, configPath, io);
    const runJsonPath = done?.runJson ?? join(plan.outputDir, "run.json");
    const metricsPath = join(plan.outputDir, "metrics.jsonl");
    const run = parseRunJson(await readFile(runJsonPath, "utf8"), runJsonPath);
    const metrics = parseMetricsJsonl(await readFile(metricsPath, "utf8"), metricsPath);
    const adapterFiles = await listFiles(run.adapterPath);
    return {
      provider: "self-hosted",
      model: run.baseModel,
      baseModel: run.baseModel,
      method: run.method,
      quantization: run.quantization,
      adapterPath: run.adapterPath,
      mergedPath: run.mergedPath,
      outputDir: plan.outputDir,
      keep: [...adapterFiles.map((f) => relative(plan.outputDir, f)), "metrics.jsonl", "run.json", "run.yaml"],
      metrics,
      steps: run.globalSteps,
      trainedTokens: run.trainedTokens,
      trainSeconds: run.trainSeconds,
      wallSeconds: run.wallSeconds,
      tokensPerSecond: run.tokensPerSecond,
      finalTrainLoss: run.finalTrainLoss,
      meanTrainLoss: run.meanTrainLoss,
      finalEvalLoss: run.finalEvalLoss,
      hardware: { gpus: run.device.gpuCount, gpuName: run.device.gpuName, peakGpuMemoryBytes: run.peakGpuMemoryBytes },
      versions: run.versions,
      data: { train: account(run.data.train, plan.maxLength), eval: run.data.eval ? account(run.data.eval, plan.maxLength) : null },
    };
  },
};

/** A dataset file as train.py is given it: relative to the checkout it runs in, as the user names it; absolute outside it. */
function inCheckout(path: string, workspace: string | undefined): string {
  if (!workspace) return path;
  const inside = relative(workspace, path);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** One split's files summed: every example counted once, the lines listed file by file. */
function account(files: ExampleCounts[], maxLength: number): ExampleAccount {
  const sum = (count: (c: ExampleCounts) => number) => files.reduce((total, c) => total + count(c), 0);
  const at = (lines: (c: ExampleCounts) => number[]) => files.flatMap((c) => lines(c).map((line) => ({ file: c.file, line })));
  return {
    maxLength,
    examples: sum((c) => c.examples),
    trainedExamples: sum((c) => c.trainedExamples),
    truncatedExamples: sum((c) => c.truncatedExamples),
    droppedExamples: sum((c) => c.droppedExamples),
    truncatedAt: at((c) => c.truncatedLines),
    droppedAt: at((c) => c.droppedLines),
    longestExampleTokens: Math.max(0, ...files.map((c) => c.longestExampleTokens)),
  };
}

/** Runs train.py in the checkout, streaming its output into the log; resolves with its "done" event on exit 0. */
async function runTrainScript(plan: SelfHostedPlan, configPath: string, io: TrainingIO): Promise<DoneProgress | undefined> {
  let done: DoneProgress | undefined;
  const result = await runProcess({
    command: plan.python,
    args: [plan.script, "--config", configPath],
    // Relative dataset paths in run.yaml are relative to the checkout.
    cwd: io.workspace ?? dirname(plan.script),
    // The runner's own tokens stay with finetune-ci: train.py (or a custom script) gets the rest.
    env: { ...withoutRunnerCredentials(io.env), PYTHONUNBUFFERED: "1" },
    tailLines: STDERR_KEPT,
    onStdout: (line) => {
      const event = parseProgressLine(line);
      if (event?.event === "done") done = event;
      io.log.info(event ? describeProgress(event) : line);
      if (event?.event === "train") io.progress?.(describeProgress(event));
    },
    // A progress bar's redraws arrive as lines of their own; blank ones say nothing.
    onStderr: (line) => {
      if (line.trim() !== "") io.log.info(line);
    },
  }).catch((error: unknown) => {
    throw error instanceof ProcessStartError ? startFailure(plan, error) : error;
  });
  const { code, signal, stderrTail } = result;
  if (code === 0) return done;
  const errorLine = stderrTail.findLast((l) => /\berror:/i.test(l)) ?? stderrTail.at(-1) ?? "(train.py wrote nothing to stderr)";
  if (code === null) throw new TrainingFailed(`train.py was killed by ${signal} (out of memory, or the job was cancelled). Last output: ${errorLine}`);
  throw new TrainingFailed(`train.py failed with exit code ${code} (${EXIT_MEANING[code] ?? "unknown exit code"}): ${errorLine}`, code);
}

function startFailure(plan: SelfHostedPlan, error: ProcessStartError): TrainingFailed {
  if (error.reason === "not-found") {
    return new TrainingFailed(`could not start train.py: the Python executable "${plan.python}" was not found; set train.python in the config file to a Python with self-hosted-runner/requirements.txt installed`);
  }
  return new TrainingFailed(`could not start train.py with "${plan.python}": ${error.message}`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}
