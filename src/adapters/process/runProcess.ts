// The one way finetune-ci runs another program (train.py, a model server): its output as lines while
// it runs, the end of its stderr for the error message, and a stop that reaches every process it
// started. The child leads a process group of its own, so that a stop (SIGTERM, then SIGKILL after
// a grace period) reaches its children too: a trainer's data loaders, a server's workers. Being in
// its own group, it would no longer get the terminal's Ctrl-C, so signals this process receives
// are passed on to every running group (groupSignals.ts).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { forwardSignalsTo } from "./groupSignals.js";

export interface ProcessOptions {
  command: string;
  args?: string[];
  cwd?: string;
  /** The child's whole environment (default: this process's). */
  env?: Record<string, string | undefined>;
  /** Each stdout line as it comes, without its line break ("\r" progress redraws end a line too). */
  onStdout?(line: string): void;
  onStderr?(line: string): void;
  /** Non-blank stderr lines kept for an error message (default 50). */
  tailLines?: number;
  /** Stops the process (and its children) when aborted. */
  signal?: AbortSignal;
  /** Between SIGTERM and SIGKILL when stopping (default 10 s): time to save and close. */
  killGraceMs?: number;
}

export interface ProcessResult {
  /** The exit code; null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last non-blank stderr lines, oldest first. */
  stderrTail: string[];
  /** Ended because it was stopped (stop() or the abort signal), not on its own. */
  stopped: boolean;
}

export interface RunningProcess {
  readonly pid: number;
  /** Settles once the process has exited and both streams have delivered their last line. */
  readonly exited: Promise<ProcessResult>;
  /** SIGTERM to the whole group, SIGKILL to what is left after the grace period; resolves on exit. */
  stop(): Promise<ProcessResult>;
}

/** Why a program could not be started. */
export type StartFailure = "not-found" | "not-executable" | "no-working-directory" | "other";

/** The program could not be started at all: not found, not executable, a bad working directory. */
export class ProcessStartError extends Error {
  constructor(
    readonly command: string,
    readonly reason: StartFailure,
    /** The system's error code (ENOENT, EACCES...), when it gave one. */
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ProcessStartError";
  }
}

const DEFAULT_TAIL = 50;
const DEFAULT_GRACE_MS = 10_000;
// Process groups are a POSIX notion; on Windows the child is stopped on its own.
const GROUPS = process.platform !== "win32";

/** Starts the program; resolves once it runs, rejects with ProcessStartError when it cannot start. */
export async function startProcess(options: ProcessOptions): Promise<RunningProcess> {
  options.signal?.throwIfAborted();
  if (options.cwd !== undefined && !existsSync(options.cwd)) throw new ProcessStartError(options.command, "no-working-directory", undefined, `could not start "${options.command}": its working directory ${options.cwd} does not exist`);
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: GROUPS,
  });
  try {
    await Promise.race([once(child, "spawn"), once(child, "error").then(([error]) => Promise.reject(error))]);
  } catch (error) {
    throw startError(options, error as NodeJS.ErrnoException);
  }
  const pid = child.pid!;
  const tail: string[] = [];
  const keep = options.tailLines ?? DEFAULT_TAIL;
  const stdout = createInterface({ input: child.stdout!, crlfDelay: Infinity });
  const stderr = createInterface({ input: child.stderr!, crlfDelay: Infinity });
  stdout.on("line", (line) => options.onStdout?.(line));
  stderr.on("line", (line) => {
    options.onStderr?.(line);
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > keep) tail.shift();
  });
  const unforward = forwardSignalsTo(pid, GROUPS);
  let stopped = false;
  let killTimer: NodeJS.Timeout | undefined;
  // "close" comes after the exit and after both streams ended, so no last line is lost.
  const exited = new Promise<ProcessResult>((resolve) => {
    child.once("close", (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(killTimer);
      unforward();
      options.signal?.removeEventListener("abort", stop);
      resolve({ code, signal, stderrTail: [...tail], stopped });
    });
  });

  function send(signal: NodeJS.Signals): void {
    try {
      if (GROUPS) process.kill(-pid, signal);
      else child.kill(signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  }

  function stop(): Promise<ProcessResult> {
    if (!stopped) {
      stopped = true;
      send("SIGTERM");
      killTimer = setTimeout(() => send("SIGKILL"), options.killGraceMs ?? DEFAULT_GRACE_MS);
      killTimer.unref();
    }
    return exited;
  }

  options.signal?.addEventListener("abort", stop, { once: true });
  return { pid, exited, stop };
}

/** Runs the program to its end (or until the signal stops it). */
export async function runProcess(options: ProcessOptions): Promise<ProcessResult> {
  return (await startProcess(options)).exited;
}

function startError(options: ProcessOptions, error: NodeJS.ErrnoException): ProcessStartError {
  const what = `"${options.command}"`;
  switch (error.code) {
    case "ENOENT":
      return new ProcessStartError(options.command, "not-found", error.code, `could not start ${what}: not found (no such file, and not a command on PATH)`);
    case "EACCES":
      return new ProcessStartError(options.command, "not-executable", error.code, `could not start ${what}: permission denied (is it executable?)`);
    default:
      return new ProcessStartError(options.command, "other", error.code, `could not start ${what}: ${error.message}`);
  }
}
