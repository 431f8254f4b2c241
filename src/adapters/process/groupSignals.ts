// A child that leads its own process group no longer gets the signals sent to ours: Ctrl-C in a
// terminal, or the runner cancelling the job. While such children run, those signals are passed on
// to their groups; then, unless the program listens for the signal itself, it is raised again here so
// that this process ends the way it would have. A process that exits while children still run sends
// them SIGTERM on its way out.

const FORWARDED: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const groups = new Set<number>();

function forward(signal: NodeJS.Signals): void {
  for (const pid of groups) kill(pid, signal);
  if (process.listenerCount(signal) <= 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}

function onExit(): void {
  for (const pid of groups) kill(pid, "SIGTERM");
}

function install(): void {
  for (const signal of FORWARDED) process.on(signal, forward);
  process.on("exit", onExit);
}

function uninstall(): void {
  for (const signal of FORWARDED) process.off(signal, forward);
  process.off("exit", onExit);
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group has ended.
  }
}

/** Passes this process's signals on to the group `pid` leads, until the returned function is called. */
export function forwardSignalsTo(pid: number, isGroup: boolean): () => void {
  if (!isGroup) return () => undefined;
  if (groups.size === 0) install();
  groups.add(pid);
  return () => {
    groups.delete(pid);
    if (groups.size === 0) uninstall();
  };
}
