// What a flow needs from a log: the Action passes @actions/core's functions, tests and the CLI
// their own. Nothing under src/review, src/train or src/eval imports the toolkit.

export interface FlowLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Folds the lines logged inside into one collapsible group (core.group); optional. */
  group?<T>(title: string, run: () => Promise<T>): Promise<T>;
}

export async function inGroup<T>(log: FlowLog, title: string, run: () => Promise<T>): Promise<T> {
  if (log.group) return log.group(title, run);
  log.info(title);
  return run();
}
