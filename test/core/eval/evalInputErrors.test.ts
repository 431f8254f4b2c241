// What an evaluation refuses, as the user reads it: each EvalInputError's code, key, whole message
// and fix (the mutation run found these sentences and keys unasserted: a wrong key or an empty fix
// passed every other test). And the tool-call scorer, example by example, which no other core test
// drove through createScorer. Expected values are worked by hand from the rules in scoring.ts and
// toolCalls.ts.
import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { evaluate, type EvalInput } from "../../../src/core/eval/evaluate.js";
import { chooseScorer, createScorer } from "../../../src/core/eval/scoring.js";
import type { Answer, ArmAnswers, Reference } from "../../../src/core/eval/types.js";

function refusal(run: () => unknown): EvalInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EvalInputError);
    return error as EvalInputError;
  }
  throw new Error("expected an EvalInputError, and nothing was thrown");
}

const refs: Reference[] = [{ text: "yes" }, { text: "no" }, { text: "yes" }, { text: "no" }];
const ok = (text: string): Answer => ({ status: "ok", text });
const arm = (name: string, kind: ArmAnswers["kind"], answers = refs.map((r) => ok(r.text))): ArmAnswers => ({ name, kind, answers });
const input = (arms: ArmAnswers[], extra: Partial<EvalInput> = {}): EvalInput => ({ references: refs, arms, stats: { resamples: 100, flips: 100 }, ...extra });

describe("evaluate refuses", () => {
  it("an arm with no name", () => {
    const e = refusal(() => evaluate(input([arm("ft", "candidate"), arm("", "base")])));
    expect([e.code, e.key, e.message]).toEqual(["invalid-option", "arms[1].name", "arms[1].name: an arm has no name. Give every arm a unique name"]);
  });

  it("two arms of one name", () => {
    const e = refusal(() => evaluate(input([arm("ft", "candidate"), arm("ft", "base")])));
    expect([e.code, e.key, e.message]).toEqual(["duplicate-arm", "arms[1].name", 'arms[1].name: two arms are named "ft". Give every arm a unique name']);
  });

  it("an arm with too few answers", () => {
    const e = refusal(() => evaluate(input([arm("ft", "candidate"), arm("base", "base", [ok("yes")])])));
    expect([e.code, e.key, e.fix]).toEqual(["answer-count", "arms[1].answers", "Give one answer (ok or failed) per holdout example, in holdout order"]);
    expect(e.message).toContain('arm "base" has 1 answers for 4 holdout examples');
  });

  it("no candidate, or two", () => {
    const none = refusal(() => evaluate(input([arm("a", "base")])));
    expect([none.code, none.key, none.message]).toEqual(["no-candidate", "arms", 'arms: an evaluation needs exactly one arm of kind "candidate", found 0. Mark the fine-tuned model\'s arm kind: "candidate"']);
    expect(refusal(() => evaluate(input([arm("a", "candidate"), arm("b", "candidate")]))).message).toContain("found 2");
  });

  it("a seed that is not a whole number, and fewer than 100 resamples or flips", () => {
    const seed = refusal(() => evaluate(input([arm("ft", "candidate")], { stats: { seed: 1.5 } })));
    expect([seed.key, seed.message]).toEqual(["stats.seed", "stats.seed: seed must be an integer, got 1.5. Set seed to a whole number"]);
    const resamples = refusal(() => evaluate(input([arm("ft", "candidate")], { stats: { resamples: 99 } })));
    expect([resamples.key, resamples.message]).toEqual(["stats.resamples", "stats.resamples: resamples must be a whole number >= 100, got 99. Set resamples to at least 100 (default 5000)"]);
    const flips = refusal(() => evaluate(input([arm("ft", "candidate")], { stats: { flips: 100.5 } })));
    expect([flips.key, flips.message]).toEqual(["stats.flips", "stats.flips: flips must be a whole number >= 100, got 100.5. Set flips to at least 100 (default 10000)"]);
    // The smallest allowed values are allowed.
    expect(() => evaluate(input([arm("ft", "candidate")], { stats: { seed: 0, resamples: 100, flips: 100 } }))).not.toThrow();
  });
});

describe("the scorer refuses", () => {
  it("maxLabels under 2 and labelMaxChars under 1, under the caller's key", () => {
    const labels = refusal(() => chooseScorer(refs, { key: "eval.scoring", maxLabels: 1 }));
    expect([labels.key, labels.message]).toEqual(["eval.scoring.maxLabels", "eval.scoring.maxLabels: maxLabels must be a whole number >= 2, got 1. Set maxLabels to a whole number of at least 2"]);
    const chars = refusal(() => chooseScorer(refs, { labelMaxChars: 0 }));
    expect([chars.key, chars.message]).toEqual(["scoring.labelMaxChars", "scoring.labelMaxChars: labelMaxChars must be a whole number >= 1, got 0. Set labelMaxChars to a whole number of at least 1"]);
    expect(() => chooseScorer(refs, { maxLabels: 2, labelMaxChars: 1 })).not.toThrow();
  });

  it("labels or a schema with another kind", () => {
    const e = refusal(() => chooseScorer(refs, { kind: "free-text", labels: ["yes", "no"] }));
    expect([e.key, e.message]).toEqual(["scoring.labels", 'scoring.labels: labels only apply to the classification scorer, but kind is "free-text". Remove labels, or set kind to "classification"']);
    const s = refusal(() => chooseScorer(refs, { kind: "classification", jsonSchema: { type: "object" } }));
    expect(s.message).toBe('scoring.jsonSchema: jsonSchema only apply to the json scorer, but kind is "classification". Remove jsonSchema, or set kind to "json"');
  });

  it("a primary metric the scorer does not have, listing those it has", () => {
    const e = refusal(() => chooseScorer(refs, { primary: "rouge-l" }));
    expect([e.code, e.key, e.message]).toEqual(["unknown-metric", "scoring.primary", 'scoring.primary: "rouge-l" is not a metric of the classification scorer. Choose one of: accuracy']);
  });

  it("a reference that is not one of the given labels, naming the example", () => {
    const e = refusal(() => createScorer(refs, { labels: ["yes", "maybe"] }));
    expect([e.code, e.key, e.example, e.message]).toEqual([
      "reference-not-a-label",
      "scoring.labels",
      1,
      'scoring.labels: the reference answer of holdout example 2 ("no") is not one of the labels. Add it to the labels, or fix the reference answer',
    ]);
  });

  it("an arm with the wrong number of answers", () => {
    const e = refusal(() => createScorer(refs).scoreArm([ok("yes")]));
    expect(e.message).toBe("an arm has 1 answers for 4 holdout examples. Give one answer (ok or failed) per holdout example, in holdout order");
  });
});

describe("the tool-call scorer", () => {
  const weather = (city: string) => ({ name: "get_weather", arguments: JSON.stringify({ city }) });
  const references: Reference[] = [
    { text: "", toolCalls: [weather("Paris")] },
    { text: "", toolCalls: [weather("Oslo"), { name: "get_time", arguments: "{}" }] },
    { text: "It is sunny." },
    { text: "", toolCalls: [weather("Rome")] },
  ];

  it("is chosen when any reference calls a tool, and says how many", () => {
    const choice = chooseScorer(references);
    expect([choice.kind, choice.primary, choice.chosenBy, choice.reason]).toEqual(["tool-calls", "tool-call-match", "data", "3 of 4 reference answers call a tool"]);
  });

  it("scores each example by name and by call, and leaves a failed answer out", () => {
    const scorer = createScorer(references);
    const scores = scorer.scoreArm([
      { status: "ok", text: "", toolCalls: [weather("Paris")] }, // right call
      { status: "ok", text: "", toolCalls: [{ name: "get_time", arguments: "" }, weather("Bergen")] }, // right names, one wrong argument
      { status: "ok", text: "It is sunny.", toolCalls: [] }, // rightly calls nothing
      { status: "failed", error: "timeout" },
    ]);
    expect(scores.values["tool-name-match"]).toEqual([1, 1, 1, null]);
    expect(scores.values["tool-call-match"]).toEqual([1, 0, 1, null]);
    expect(scores.values["answer-chars"]).toEqual([0, 0, 12, null]);
  });
});
