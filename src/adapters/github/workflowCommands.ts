// The runner reads every line a step prints, and a line that starts with "::" (after blanks) is a
// workflow command: ::add-mask::, ::error file=...::, ::stop-commands:: and the rest; so is any
// line that holds "##[" followed by a command name and "]". Text that
// finetune-ci did not write itself (API error and event messages, a training process's output,
// dataset text) must reach the log as text, so it is fenced off with stop-commands when it holds
// such a line. @actions/core escapes the data of its own commands (warning, error, debug, group);
// only plain info lines need this.
import { randomUUID } from "node:crypto";

// The runner also honours the legacy form "##[name]data" anywhere in a line (ActionCommand.TryParse,
// tried when a line is not a "::" command): ##[add-mask]... mid-line is a command too.
const COMMAND_LINE = /^[ \t]*::|##\[/m;

/** `text` unchanged when no line could be read as a command; otherwise fenced so that none is. */
export function inertLogText(text: string): string {
  if (!COMMAND_LINE.test(text)) return text;
  return fenceWorkflowCommands(text);
}

/** `text` between ::stop-commands::TOKEN and ::TOKEN::, with a token the text cannot know. */
export function fenceWorkflowCommands(text: string): string {
  const token = randomUUID();
  return `::stop-commands::${token}\n${text}${text.endsWith("\n") ? "" : "\n"}::${token}::`;
}
