// What the evaluation needs from where it runs. A subset of the flow context every flow gets
// (src/flow/context.ts), so that the Action's command: eval passes its context as it is, and the CLI
// fills the same fields from its flags; plus the run's own options.
import type { FlowContext } from "../flow/context.js";
import type { Clock } from "./send.js";

export interface EvalProgress {
  /** A new stage: "probe: 8 prompts", "answering", "judging". */
  stage(text: string): void;
  /** After every request that settled. */
  tick(done: number, total: number, spentUsd: number): void;
  done(): void;
}

export interface EvalOptions {
  /** `--arms a,b`: run only these arms (the candidate among them). */
  arms?: string[];
  /** `--no-cache`: neither read nor write the answer cache. */
  noCache?: boolean;
  /** Promoted adapters eval.serve serves beside the candidate, by baseline arm name: the adapter folder (command: eval's `release: latest`). */
  servedBaselines?: Record<string, string>;
}

export interface EvalContext extends Pick<FlowContext, "settings" | "log" | "env" | "actionRoot" | "now" | "version"> {
  /** Where the (already rebased) paths of the settings resolve: the working directory, the checkout in the Action. */
  cwd: string;
  options: EvalOptions;
  progress?: EvalProgress;
  /** Tests pass a clock that does not wait. */
  clock?: Clock;
}
