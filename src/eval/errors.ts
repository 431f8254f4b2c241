// Why an evaluation could not run, as a value a user can act on: what is wrong, where (a config
// key, a file and line, an endpoint), and the fix. The CLI prints it and exits 2; the Action fails
// the step with it. A verdict (pass, fail, inconclusive) is never an error.

export type EvalSetupCode =
  /** The eval section of the config says something impossible (an unknown arm, a literal key). */
  | "config"
  /** A holdout or training file cannot be used (a line without a final assistant answer). */
  | "holdout"
  /** The environment variable named by apiKeyEnv is not set. */
  | "key-missing"
  /** Every probe request of an arm failed: the endpoint is down, wrong, or refuses the key or model. */
  | "endpoint"
  /** The estimate is above eval.maxUsd. */
  | "budget"
  /** eval.serve could not start the model server. */
  | "serve"
  /** command: eval: the candidate it was given cannot be evaluated (no adapter, a missing artifact, datasets changed since training). */
  | "candidate"
  /** command: eval: a fork's pull request, and the arms need keys. */
  | "fork";

export class EvalSetupError extends Error {
  constructor(
    readonly code: EvalSetupCode,
    /** Where: "eval.arms.base.apiKeyEnv", "data/holdout.jsonl:7", "http://127.0.0.1:8000/v1". */
    readonly where: string,
    readonly problem: string,
    readonly fix: string,
    /** More lines for the terminal: the other bad lines, a server's log tail. */
    readonly details: string[] = [],
  ) {
    super(`${where}: ${problem}. ${fix}`);
    this.name = "EvalSetupError";
  }
}
