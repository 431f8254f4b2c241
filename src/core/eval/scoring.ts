// Which metrics fit a holdout set, decided from its reference answers alone (the caller may
// override), and the scoring of one arm's answers with them.
//
// The choice, in this order:
//   1. tool calls      some reference answer calls a tool           primary: tool-call match
//   2. JSON            more than half the references are JSON objects primary: JSON Schema conformance
//                                                                     with a schema, else field accuracy
//   3. classification  every reference is a short one-line answer and they take 2 to maxLabels (20)
//                      distinct values, each at least twice on average  primary: accuracy
//   4. short answer    at least 90% of references are short          primary: exact match
//   5. free text       otherwise                                      primary: ROUGE-L
// "Short" is at most labelMaxChars (40) characters on one line, the thresholds the review's label
// check uses (core/quality/labels.ts), except that every reference must be a label here: each one
// is scored as one. Answer length is reported for every kind.
import { EvalInputError } from "./errors.js";
import { classificationReport, labelIndex, labelSet, type ClassificationReport, type LabelSet } from "./metrics/classification.js";
import { METRICS, type MetricId } from "./metrics/definitions.js";
import { exactMatch, normalizeAnswer } from "./metrics/exactMatch.js";
import { compileAnswerSchema, fieldAccuracy, isJsonObject, parseJsonAnswer, type CompiledSchema, type ParsedJson } from "./metrics/json.js";
import { rougeL, type RougeTokenizer } from "./metrics/rougeL.js";
import { tokenF1 } from "./metrics/tokenF1.js";
import { toolCallMatch, toolNameMatch } from "./metrics/toolCalls.js";
import { answerChars } from "./metrics/usage.js";
import type { Answer, Reference } from "./types.js";

export type ScorerKind = "tool-calls" | "json" | "classification" | "short-answer" | "free-text";

export interface ScoringOptions {
  /** Overrides the choice from the data. */
  kind?: ScorerKind;
  /** Overrides the kind's primary metric; must be one of the kind's metrics. */
  primary?: MetricId;
  /** Classification labels; default: the distinct reference answers. Implies kind "classification". */
  labels?: string[];
  /** JSON Schema the answers must conform to: implies kind "json" and makes json-schema its primary metric. */
  jsonSchema?: Record<string, unknown>;
  /** Most distinct answers that still make a label set (default 20). */
  maxLabels?: number;
  /** Longest answer, in characters, that can be a label or a short answer (default 40). */
  labelMaxChars?: number;
  /** ROUGE-L tokenizer; default "rouge-score", or "unicode" when most reference letters are not ASCII. */
  rougeTokenizer?: RougeTokenizer;
  /** Where these options came from, for error messages (default "scoring"). */
  key?: string;
}

export const DEFAULT_MAX_LABELS = 20;
export const DEFAULT_LABEL_MAX_CHARS = 40;
const SHORT_ANSWER_SHARE = 0.9;
const NON_ASCII_LETTER_SHARE = 0.2;

export interface ScorerEvidence {
  references: number;
  withToolCalls: number;
  jsonObjects: number;
  /** References of at most labelMaxChars characters on one line, not empty. */
  shortAnswers: number;
  /** Distinct normalised short answers, counted up to maxLabels + 1. */
  distinctShort: number;
  /** Share of the references' letters outside A-Z and a-z. */
  nonAsciiLetterShare: number;
}

export interface ScorerChoice {
  kind: ScorerKind;
  primary: MetricId;
  /** In display order; includes corpus-level metrics (macro-f1) and answer length. */
  secondary: MetricId[];
  chosenBy: "data" | "caller";
  /** One sentence: why this kind. */
  reason: string;
  evidence: ScorerEvidence;
  /** Classification only: the label set, in display order. */
  labels?: string[];
  rougeTokenizer: RougeTokenizer;
  /** JSON only: ajv's remarks about the schema (unknown keywords), shown to the user. */
  schemaWarnings?: string[];
}

const KIND_METRICS: Record<ScorerKind, MetricId[]> = {
  "tool-calls": ["tool-call-match", "tool-name-match"],
  json: ["json-field-accuracy", "json-valid"],
  classification: ["accuracy", "macro-f1"],
  "short-answer": ["exact-match", "token-f1"],
  "free-text": ["rouge-l", "token-f1", "exact-match"],
};
const LENGTH_METRICS: MetricId[] = ["answer-chars", "answer-tokens"];

function isShort(text: string, maxChars: number): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && !trimmed.includes("\n") && answerChars(trimmed) <= maxChars;
}

export function gatherEvidence(references: readonly Reference[], maxLabels: number, labelMaxChars: number): ScorerEvidence {
  let withToolCalls = 0;
  let jsonObjects = 0;
  let shortAnswers = 0;
  let letters = 0;
  let nonAscii = 0;
  const distinct = new Set<string>();
  for (const reference of references) {
    if ((reference.toolCalls?.length ?? 0) > 0) withToolCalls++;
    const parsed = parseJsonAnswer(reference.text);
    if (parsed.ok && isJsonObject(parsed.value)) jsonObjects++;
    if (isShort(reference.text, labelMaxChars)) {
      shortAnswers++;
      if (distinct.size <= maxLabels) distinct.add(normalizeAnswer(reference.text));
    }
    for (const letter of reference.text.matchAll(/\p{L}/gu)) {
      letters++;
      if (!/[A-Za-z]/.test(letter[0])) nonAscii++;
    }
  }
  return { references: references.length, withToolCalls, jsonObjects, shortAnswers, distinctShort: distinct.size, nonAsciiLetterShare: letters > 0 ? nonAscii / letters : 0 };
}

function kindFromData(e: ScorerEvidence, maxLabels: number, labelMaxChars: number): { kind: ScorerKind; reason: string } {
  const of = `of ${e.references} reference answers`;
  if (e.withToolCalls > 0) return { kind: "tool-calls", reason: `${e.withToolCalls} ${of} call a tool` };
  if (e.jsonObjects * 2 > e.references) return { kind: "json", reason: `${e.jsonObjects} ${of} are JSON objects` };
  if (e.references > 0 && e.shortAnswers === e.references && e.distinctShort >= 2 && e.distinctShort <= maxLabels && e.references >= 2 * e.distinctShort) {
    return { kind: "classification", reason: `the ${e.references} reference answers take ${e.distinctShort} distinct short values (at most ${maxLabels} make a label set)` };
  }
  if (e.references > 0 && e.shortAnswers >= SHORT_ANSWER_SHARE * e.references) {
    return { kind: "short-answer", reason: `${e.shortAnswers} ${of} are at most ${labelMaxChars} characters on one line, too varied for a label set` };
  }
  return { kind: "free-text", reason: `${e.shortAnswers} ${of} are short (at most ${labelMaxChars} characters on one line); the rest is free text` };
}

/** The scorer for these references: pure, from the data unless the caller decides. */
export function chooseScorer(references: readonly Reference[], options: ScoringOptions = {}): ScorerChoice {
  const key = options.key ?? "scoring";
  const maxLabels = options.maxLabels ?? DEFAULT_MAX_LABELS;
  const labelMaxChars = options.labelMaxChars ?? DEFAULT_LABEL_MAX_CHARS;
  for (const [name, value, min] of [["maxLabels", maxLabels, 2], ["labelMaxChars", labelMaxChars, 1]] as const) {
    if (!Number.isInteger(value) || value < min) throw new EvalInputError("invalid-option", `${name} must be a whole number >= ${min}, got ${value}`, `${key}.${name}`, `Set ${name} to a whole number of at least ${min}`);
  }
  const evidence = gatherEvidence(references, maxLabels, labelMaxChars);
  // Labels mean classification and a schema means JSON answers, whatever the references look like.
  const implied = options.labels ? "classification" : options.jsonSchema ? "json" : undefined;
  const impliedBy = options.labels ? "labels" : "jsonSchema";
  if (options.kind && implied && options.kind !== implied) {
    throw new EvalInputError("invalid-option", `${impliedBy} only apply to the ${implied} scorer, but kind is "${options.kind}"`, `${key}.${impliedBy}`, `Remove ${impliedBy}, or set kind to "${implied}"`);
  }
  const fromCaller = options.kind ?? implied;
  const { kind, reason } = fromCaller
    ? { kind: fromCaller, reason: `the ${fromCaller} scorer was chosen in the configuration (${key}.${options.kind ? "kind" : impliedBy})` }
    : kindFromData(evidence, maxLabels, labelMaxChars);
  const metrics = [...KIND_METRICS[kind]];
  if (kind === "json" && options.jsonSchema) metrics.unshift("json-schema");
  let primary = metrics[0]!;
  if (options.primary) {
    if (!metrics.includes(options.primary) || METRICS[options.primary].scope !== "example") {
      throw new EvalInputError("unknown-metric", `"${options.primary}" is not a metric of the ${kind} scorer`, `${key}.primary`, `Choose one of: ${metrics.filter((m) => METRICS[m].scope === "example").join(", ")}`);
    }
    primary = options.primary;
  }
  const rougeTokenizer = options.rougeTokenizer ?? (evidence.nonAsciiLetterShare > NON_ASCII_LETTER_SHARE ? "unicode" : "rouge-score");
  return {
    kind,
    primary,
    secondary: [...metrics.filter((m) => m !== primary), ...LENGTH_METRICS],
    chosenBy: fromCaller ? "caller" : "data",
    reason,
    evidence,
    ...(kind === "classification" ? { labels: labelSet(options.labels ?? references.map((r) => r.text)).labels } : {}),
    rougeTokenizer,
  };
}

export interface FieldTally {
  field: string;
  correct: number;
  /** Answered examples whose reference has this field. */
  total: number;
}

export interface ArmScores {
  /** Per metric, one value per example; null where the answer failed or the metric has no value. */
  values: Partial<Record<MetricId, (number | null)[]>>;
  /** Classification: label indices for the bootstrap of macro-F1 (-1 outside the set, null failed). */
  classification?: { report: ClassificationReport; references: number[]; predictions: (number | null)[] };
  /** JSON: per top-level field of the references, how often the answers got it right. */
  jsonFields?: FieldTally[];
}

export interface Scorer {
  choice: ScorerChoice;
  /** Primary first, then the secondary metrics. */
  metrics: MetricId[];
  scoreArm(answers: readonly Answer[]): ArmScores;
}

/** Compiles what scoring needs once (label set, JSON Schema, parsed references), then scores arms. */
export function createScorer(references: readonly Reference[], options: ScoringOptions = {}): Scorer {
  const key = options.key ?? "scoring";
  const choice = chooseScorer(references, options);
  const metrics = [choice.primary, ...choice.secondary];
  const n = references.length;
  let labels: LabelSet | undefined;
  let referenceLabels: number[] = [];
  let schema: CompiledSchema | undefined;
  let referenceJson: ParsedJson[] = [];
  if (choice.kind === "classification") {
    labels = labelSet(options.labels ?? references.map((r) => r.text));
    referenceLabels = references.map((r, i) => {
      const index = labelIndex(r.text, labels!);
      if (index < 0) {
        throw new EvalInputError("reference-not-a-label", `the reference answer of holdout example ${i + 1} ("${r.text.slice(0, 60)}") is not one of the labels`, `${key}.labels`, "Add it to the labels, or fix the reference answer", i);
      }
      return index;
    });
  }
  if (choice.kind === "json") {
    if (options.jsonSchema) {
      schema = compileAnswerSchema(options.jsonSchema, `${key}.jsonSchema`);
      choice.schemaWarnings = schema.warnings;
    }
    referenceJson = references.map((r) => parseJsonAnswer(r.text));
  }

  function scoreArm(answers: readonly Answer[]): ArmScores {
    if (answers.length !== n) throw new EvalInputError("answer-count", `an arm has ${answers.length} answers for ${n} holdout examples`, undefined, "Give one answer (ok or failed) per holdout example, in holdout order");
    const values: Partial<Record<MetricId, (number | null)[]>> = {};
    for (const metric of metrics) if (METRICS[metric].scope === "example") values[metric] = new Array<number | null>(n).fill(null);
    // Only the metrics of this kind are computed: ROUGE-L's quadratic LCS is not paid for short answers.
    const set = (metric: MetricId, i: number, value: () => number | null) => {
      const column = values[metric];
      if (column) column[i] = value();
    };
    const predictions: (number | null)[] = new Array<number | null>(n).fill(null);
    const fieldCounts = new Map<string, FieldTally>();
    answers.forEach((answer, i) => {
      if (answer.status !== "ok") return;
      const text = answer.text ?? "";
      const reference = references[i]!;
      set("answer-chars", i, () => answerChars(text));
      set("answer-tokens", i, () => (Number.isFinite(answer.outputTokens) ? answer.outputTokens! : null));
      switch (choice.kind) {
        case "tool-calls":
          set("tool-name-match", i, () => toolNameMatch(answer.toolCalls, reference.toolCalls));
          set("tool-call-match", i, () => toolCallMatch(answer.toolCalls, reference.toolCalls));
          break;
        case "json": {
          const parsed = parseJsonAnswer(text);
          set("json-valid", i, () => (parsed.ok ? 1 : 0));
          if (schema) set("json-schema", i, () => (parsed.ok && schema!.validate(parsed.value) ? 1 : 0));
          const truth = referenceJson[i]!;
          if (truth.ok) {
            const { score, fields } = fieldAccuracy(parsed, truth.value);
            set("json-field-accuracy", i, () => score);
            for (const { name, correct } of fields) {
              const tally = fieldCounts.get(name) ?? { field: name, correct: 0, total: 0 };
              tally.total++;
              if (correct) tally.correct++;
              fieldCounts.set(name, tally);
            }
          }
          break;
        }
        case "classification": {
          const predicted = labelIndex(text, labels!);
          predictions[i] = predicted;
          set("accuracy", i, () => (predicted === referenceLabels[i] ? 1 : 0));
          break;
        }
        case "short-answer":
        case "free-text":
          set("exact-match", i, () => exactMatch(text, reference.text));
          set("token-f1", i, () => tokenF1(text, reference.text));
          set("rouge-l", i, () => rougeL(text, reference.text, choice.rougeTokenizer));
          break;
      }
    });
    const scores: ArmScores = { values };
    if (labels) {
      const answered = predictions.flatMap((p, i) => (p === null ? [] : [i]));
      const report = classificationReport(
        answered.map((i) => referenceLabels[i]!),
        answered.map((i) => predictions[i]!),
        labels,
      );
      scores.classification = { report, references: referenceLabels, predictions };
    }
    if (choice.kind === "json") scores.jsonFields = [...fieldCounts.values()];
    return scores;
  }

  return { choice, metrics, scoreArm };
}
