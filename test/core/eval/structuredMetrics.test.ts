import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { classificationReport, labelIndex, labelSet, macroF1 } from "../../../src/core/eval/metrics/classification.js";
import { compileAnswerSchema, fieldAccuracy, jsonEqual, parseJsonAnswer } from "../../../src/core/eval/metrics/json.js";
import { toolCallMatch, toolNameMatch } from "../../../src/core/eval/metrics/toolCalls.js";
import { answerChars, usageSummary } from "../../../src/core/eval/metrics/usage.js";

describe("classification", () => {
  const references = ["positive", "Positive", "positive", "negative", "negative", "neutral", "neutral", "neutral", "positive", "negative", "neutral", "positive"];
  const answers = ["Positive.", "negative", "POSITIVE", "negative", "maybe", "neutral", "positive", "Neutral!", "positive", "negative", "I think it is neutral", "neutral"];
  const set = labelSet(references);
  const report = classificationReport(
    references.map((r) => labelIndex(r, set)),
    answers.map((a) => labelIndex(a, set)),
    set,
  );

  it("takes the labels from the references, normalised, each once", () => {
    expect(set.labels).toEqual(["negative", "neutral", "positive"]);
    expect(labelIndex("maybe", set)).toBe(-1);
  });

  it("reports accuracy, macro-F1 and per-label scores as scikit-learn does", () => {
    // Expected: scikit-learn 1.9.1 on the same labels, answers outside the set as "(outside)"
    // (test/core/eval/oracle/classification_oracle.py): accuracy_score, f1_score(average="macro",
    // labels=[negative, neutral, positive], zero_division=0), precision_recall_fscore_support.
    expect(report.accuracy).toBeCloseTo(0.5833333333333334, 15);
    expect(report.macroF1).toBeCloseTo(0.6349206349206349, 15);
    expect(report.perLabel.map((l) => l.precision)).toEqual([2 / 3, 2 / 3, 0.75]);
    expect(report.perLabel.map((l) => l.recall)).toEqual([2 / 3, 0.5, 0.6]);
    report.perLabel.forEach((l, i) => expect(l.f1).toBeCloseTo([0.6666666666666666, 0.5714285714285714, 0.6666666666666666][i]!, 15));
    expect(report.perLabel.map((l) => l.support)).toEqual([3, 4, 5]);
  });

  it("counts answers outside the label set in a column of their own", () => {
    // Expected: scikit-learn confusion_matrix(labels=[negative, neutral, positive, "(outside)"]), rows 1-3.
    expect(report.confusion).toEqual({
      labels: ["negative", "neutral", "positive"],
      counts: [
        [2, 0, 0, 1],
        [0, 2, 1, 1],
        [1, 1, 3, 0],
      ],
    });
  });

  it("averages F1 only over labels present among the references it is given", () => {
    // Resampling only examples 3 and 4 (both "negative"): one right, one outside the set. F1 of
    // negative: P = 1/1, R = 1/2, F1 = 2/3; the other labels have no support and are left out.
    const refs = references.map((r) => labelIndex(r, set));
    const preds = answers.map((a) => labelIndex(a, set));
    expect(macroF1(refs, preds, 3, [3, 4])).toBeCloseTo(2 / 3, 15);
  });
});

describe("JSON answers", () => {
  it("accepts only an answer that is JSON as a whole", () => {
    expect(parseJsonAnswer('  {"a": 1}\n')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonAnswer("```json\n{\"a\": 1}\n```").ok).toBe(false);
    expect(parseJsonAnswer('{"a": 1,}').ok).toBe(false);
    expect(parseJsonAnswer("").ok).toBe(false);
  });

  it("compares parsed JSON ignoring key order but not array order", () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1.0 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
    expect(jsonEqual("1", 1)).toBe(false);
  });

  it("compares a 100,000-level nested answer without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const a = parseJsonAnswer(deep);
    const b = parseJsonAnswer(deep);
    expect(a.ok && b.ok && jsonEqual(a.value, b.value)).toBe(true);
  });

  it("scores the share of the reference's top-level fields the answer gets right", () => {
    const reference = { intent: "refund", order: 1234, items: ["a", "b"] };
    // intent and items right, order wrong: 2/3.
    const partial = fieldAccuracy(parseJsonAnswer('{"items": ["a", "b"], "order": 1235, "intent": "refund", "extra": true}'), reference);
    expect(partial.score).toBeCloseTo(2 / 3, 15);
    expect(partial.fields).toEqual([
      { name: "intent", correct: true },
      { name: "order", correct: false },
      { name: "items", correct: true },
    ]);
    expect(fieldAccuracy(parseJsonAnswer("not json"), reference).score).toBe(0);
    expect(fieldAccuracy(parseJsonAnswer("[1]"), reference).score).toBe(0);
    // A reference that is not an object is scored as a whole.
    expect(fieldAccuracy(parseJsonAnswer("[1, 2]"), [1, 2]).score).toBe(1);
    expect(fieldAccuracy(parseJsonAnswer("{}"), {}).score).toBe(1);
  });

  it("checks answers against the caller's JSON Schema", () => {
    const schema = compileAnswerSchema({
      type: "object",
      properties: { intent: { enum: ["refund", "exchange"] }, order: { type: "integer" } },
      required: ["intent"],
      additionalProperties: false,
    });
    expect(schema.validate({ intent: "refund", order: 3 })).toBe(true);
    expect(schema.validate({ intent: "refund", order: 3.5 })).toBe(false);
    expect(schema.validate({ order: 3 })).toBe(false);
    expect(schema.validate({ intent: "refund", note: "x" })).toBe(false);
    expect(schema.warnings).toEqual([]);
  });

  it("uses the draft the schema names", () => {
    const schema = compileAnswerSchema({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", prefixItems: [{ type: "string" }], items: false });
    expect(schema.validate(["a"])).toBe(true);
    expect(schema.validate(["a", "b"])).toBe(false);
  });

  it("reports unknown keywords and formats as warnings, not as errors", () => {
    const schema = compileAnswerSchema({ type: "object", properties: { when: { type: "string", format: "date-time" } }, requried: ["when"] });
    expect(schema.validate({ when: "yesterday" })).toBe(true);
    expect(schema.warnings.join("\n")).toMatch(/requried/);
  });

  it("says clearly that a schema does not compile, naming the key", () => {
    const compile = () => compileAnswerSchema({ type: "objekt" }, "datasets.support.eval.jsonSchema");
    expect(compile).toThrow(EvalInputError);
    expect(compile).toThrow(/^datasets\.support\.eval\.jsonSchema: the JSON Schema for answers does not compile: .*type/);
    expect(() => compileAnswerSchema({ $ref: "https://example.com/other.json" })).toThrow(/does not compile/);
    expect(() => compileAnswerSchema("{}")).toThrow(/must be an object/);
  });
});

describe("tool calls", () => {
  const reference = [
    { name: "get_weather", arguments: '{"city": "Paris", "unit": "celsius"}' },
    { name: "get_time", arguments: '{"tz": "Europe/Paris"}' },
  ];

  it("matches arguments as parsed JSON, whatever the key order or call order", () => {
    const answer = [
      { name: "get_time", arguments: '{"tz":"Europe/Paris"}' },
      { name: "get_weather", arguments: '{"unit":"celsius","city":"Paris"}' },
    ];
    expect(toolNameMatch(answer, reference)).toBe(1);
    expect(toolCallMatch(answer, reference)).toBe(1);
  });

  it("tells a wrong argument from a wrong function", () => {
    const wrongArgument = [reference[1]!, { name: "get_weather", arguments: '{"city": "Lyon", "unit": "celsius"}' }];
    expect(toolNameMatch(wrongArgument, reference)).toBe(1);
    expect(toolCallMatch(wrongArgument, reference)).toBe(0);
    const wrongFunction = [reference[0]!, { name: "get_date", arguments: '{"tz": "Europe/Paris"}' }];
    expect(toolNameMatch(wrongFunction, reference)).toBe(0);
    expect(toolNameMatch([reference[0]!], reference)).toBe(0);
  });

  it("never lets malformed arguments match well-formed ones", () => {
    expect(toolCallMatch([{ name: "f", arguments: '{"a": 1' }], [{ name: "f", arguments: '{"a": 1}' }])).toBe(0);
    expect(toolCallMatch([{ name: "f", arguments: "" }], [{ name: "f", arguments: "{}" }])).toBe(1);
    expect(toolCallMatch([{ name: "f", arguments: { a: 1 } }], [{ name: "f", arguments: '{"a":1}' }])).toBe(1);
  });

  it("scores not calling a tool when the reference does not call one", () => {
    expect(toolNameMatch(undefined, undefined)).toBe(1);
    expect(toolCallMatch([], undefined)).toBe(1);
    expect(toolCallMatch(reference, [])).toBe(0);
  });
});

describe("length, latency and cost", () => {
  it("counts characters as Unicode code points", () => {
    expect(answerChars("")).toBe(0);
    expect(answerChars("héllo")).toBe(5);
    expect(answerChars("👍🏽 ok")).toBe(5);
  });

  it("gives latency p50/p95 and tokens and dollars per 1,000 requests", () => {
    const answers = [
      { status: "ok" as const, inputTokens: 100, outputTokens: 20, latencyMs: 100 },
      { status: "ok" as const, inputTokens: 300, outputTokens: 40, latencyMs: 200 },
      { status: "ok" as const, inputTokens: 200, outputTokens: 30 },
      { status: "ok" as const, latencyMs: 400 },
      { status: "failed" as const, latencyMs: 30_000, error: "timeout" },
    ];
    const usage = usageSummary(answers, { inputPerMillion: 2, outputPerMillion: 8 });
    expect(usage).toMatchObject({ requests: 4, withUsage: 3, inputTokensPer1k: 200_000, outputTokensPer1k: 30_000 });
    // By hand: per request 200 x $2/1M + 30 x $8/1M = $0.00064; x 1,000 = $0.64.
    expect(usage.dollarsPer1k).toBeCloseTo(0.64, 12);
    // Type-7 quantiles of [100, 200, 400]: p50 = 200; p95 at position 1.9: 200 + 0.9 x 200 = 380.
    expect(usage.latency).toEqual({ n: 3, p50: 200, p95: 380 });
    expect(usageSummary([], undefined)).toEqual({ requests: 0, withUsage: 0, inputTokensPer1k: null, outputTokensPer1k: null, dollarsPer1k: null, latency: null });
  });
});
