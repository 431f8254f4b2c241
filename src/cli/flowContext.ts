// The flow context (src/flow/context.ts) for a flow run from a terminal instead of an Action: the
// log on stderr, the step outputs and the job summary kept in memory for the subcommand to print or
// write, no GitHub client (nothing is posted from a laptop), and the runner's environment from the
// shell (the working directory is the workspace; GITHUB_* when a CI job runs the command). Every
// subcommand that runs a flow (train, eval) builds its context here, then adds its own parts.
import { inertLogText } from "../adapters/github/workflowCommands.js";
import { execFileSync } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { BundledWorkers } from "../adapters/parallel/bundledWorkers.js";
import { findActionRoot } from "../flow/actionRoot.js";
import type { FlowContext, FlowLog } from "../flow/context.js";
import { runnerEnvironment } from "../flow/runner.js";
import type { Settings } from "../settings/settings.js";
import { VERSION } from "../version.js";

export interface CliFlowOptions {
  command: string;
  configPath: string;
  settings: Settings;
  /** The bundled worker scripts beside dist/cli.js (src/cli.ts passes them). */
  workers?: BundledWorkers;
  /** Marker file that identifies the action's root (e.g. self-hosted-runner/train.py). */
  rootMarker: string;
  /** Where log lines go; default stderr (stdout is for the report). */
  write?(line: string): void;
  env?: NodeJS.ProcessEnv;
}

export interface CliFlowContext extends FlowContext {
  /** The outputs a step would have set, in the order they were set. */
  readonly outputValues: Map<string, string>;
  /** Everything appended to the job summary. */
  readonly summaryParts: string[];
}

export function cliFlowContext(options: CliFlowOptions): CliFlowContext {
  const env = options.env ?? process.env;
  const write = options.write ?? ((line: string) => void process.stderr.write(`${inertLogText(line)}\n`));
  const runner = runnerEnvironment(env);
  // Outside a workflow, the commit is the checkout's HEAD (for the record a hosted job keeps).
  if (!runner.sha) runner.sha = gitHead(runner.workspace);
  const outputValues = new Map<string, string>();
  const summaryParts: string[] = [];
  const log: FlowLog = {
    debug: (m) => {
      if (env.FINETUNE_CI_DEBUG) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    async group(title, run) {
      write(`== ${title}`);
      return run();
    },
  };
  return {
    inputs: { command: options.command, configPath: options.configPath, comment: false, annotations: false },
    settings: options.settings,
    runner,
    github: () => undefined,
    summary: {
      async append(markdown) {
        summaryParts.push(markdown);
      },
    },
    log,
    outputs: { set: (name, value) => void outputValues.set(name, value) },
    actionRoot: findActionRoot(dirname(fileURLToPath(import.meta.url)), options.rootMarker),
    env,
    ...(options.workers ? { workers: options.workers } : {}),
    now: () => new Date(),
    version: VERSION,
    outputValues,
    summaryParts,
  };
}

function gitHead(cwd: string): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}
