// Runs the bundled Action (node dist/index.js) the way a GitHub runner does: inputs as INPUT_*
// variables, the event payload in a file, and the runner's files for outputs and the summary.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { shared } from "../../scripts/build.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Bundles test/support/shortWaitsAction.ts (the Action with GitHub's waits shortened) the way
 * dist/index.js is bundled, into a temporary folder; returns the script to pass as `entry`.
 */
export async function buildShortWaitsAction(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "finetune-ci-short-waits-"));
  await build({ ...shared, splitting: false, entryPoints: { action: join(ROOT, "test/support/shortWaitsAction.ts") }, outdir });
  return join(outdir, "action.js");
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** ::error / ::warning / ::notice workflow commands printed on stdout. */
  annotations: string[];
}

export interface RunOptions {
  cwd: string;
  inputs: Record<string, string>;
  event: { name: string; payload: object };
  env: Record<string, string>;
  /** The script to run; default dist/index.js, GitHub's timing as shipped. */
  entry?: string;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "finetune-ci-runner-"));
  const files = { output: join(dir, "output"), summary: join(dir, "summary.md"), event: join(dir, "event.json") };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  writeFileSync(files.event, JSON.stringify(options.event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: dir,
    ...(options.entry ? { FINETUNE_CI_TEST_DIST: join(ROOT, "dist") } : {}),
    ...options.env,
    // The runner upper-cases the input's name and keeps its hyphens.
    ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [options.entry ?? join(ROOT, "dist/index.js")], { cwd: options.cwd, env, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      done({ exitCode: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
    annotations: stdout.split("\n").filter((line) => /^::(error|warning|notice)[ :]/.test(line)),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, the value, the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join("\n");
  }
  return outputs;
}
