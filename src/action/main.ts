// The Action: inputs and config file become one settings object, then the command named by the
// `command` input runs with the one flow context (context.ts). Any error becomes a failed step with
// a message a user can act on.
import * as core from "@actions/core";
import { runnerEnvironment } from "../flow/runner.js";
import { createContext, type ActionEntry, type Command } from "./context.js";
import { readInputs, readSettings } from "./inputs.js";
import { runReview } from "./commands/review.js";
import { trainCommand } from "./commands/train.js";
import { evalCommand } from "./commands/eval.js";

/** The Action's commands. Adding one is one line here (and its value under `command` in action.yml). */
export const COMMANDS: { review: Command; train: Command; eval: Command } = {
  review: runReview,
  train: trainCommand,
  eval: evalCommand,
};

export async function run(entry: ActionEntry = {}): Promise<void> {
  try {
    const inputs = readInputs();
    const command = (COMMANDS as Record<string, Command | undefined>)[inputs.command];
    if (!command || !Object.hasOwn(COMMANDS, inputs.command)) {
      throw new Error(`input command: unknown command "${inputs.command}" (known: ${Object.keys(COMMANDS).join(", ")})`);
    }
    const runner = runnerEnvironment();
    const settings = await readSettings(inputs, runner.workspace);
    await command(createContext(inputs, settings, runner, entry));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
