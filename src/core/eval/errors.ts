// A problem with what the caller asked the evaluation to do (an unknown arm in a gate rule, a JSON
// Schema that does not compile): a value a user can act on, naming the key and the fix.

export type EvalErrorCode =
  | "json-schema-invalid"
  | "unknown-arm"
  | "unknown-metric"
  | "metric-not-gateable"
  | "no-candidate"
  | "duplicate-arm"
  | "answer-count"
  | "reference-not-a-label"
  | "invalid-option";

export class EvalInputError extends Error {
  constructor(
    readonly code: EvalErrorCode,
    message: string,
    /** The option or config key at fault, e.g. "gate.rules[1].vs". */
    readonly key: string | undefined,
    readonly fix: string,
    /** The holdout example at fault (0-based, in holdout order), for the caller to name its file and line. */
    readonly example?: number,
  ) {
    super(`${key ? `${key}: ` : ""}${message}. ${fix}`);
    this.name = "EvalInputError";
  }
}
