import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { chooseScorer, createScorer } from "../../../src/core/eval/scoring.js";
import type { Answer, Reference } from "../../../src/core/eval/types.js";

const text = (t: string): Reference => ({ text: t });
const ok = (t: string, extra: Partial<Answer> = {}): Answer => ({ status: "ok", text: t, ...extra });
const failed: Answer = { status: "failed", error: "HTTP 500" };
const repeat = <T>(items: T[], times: number): T[] => Array.from({ length: times }, () => items).flat();

const LONG = [
  "Please send us two photos of the damaged item and we will ship a replacement within two business days.",
  "You can change the delivery address from the order page until the parcel has left our warehouse.",
  "Refunds reach your card within five to seven working days after we receive the returned item.",
];

describe("choosing the scorer from the reference answers", () => {
  it("scores tool calls when a reference answer calls a tool", () => {
    const refs = [text("Sure."), { text: "", toolCalls: [{ name: "lookup", arguments: "{}" }] }];
    const choice = chooseScorer(refs);
    expect(choice).toMatchObject({ kind: "tool-calls", primary: "tool-call-match", chosenBy: "data", reason: "1 of 2 reference answers call a tool" });
    expect(choice.secondary).toEqual(["tool-name-match", "answer-chars", "answer-tokens"]);
  });

  it("scores JSON when most references are JSON objects, on the schema when there is one", () => {
    const refs = [text('{"intent": "refund"}'), text('{"intent": "exchange"}'), text('{"intent": "refund"}'), text("not sure")];
    expect(chooseScorer(refs)).toMatchObject({ kind: "json", primary: "json-field-accuracy", secondary: ["json-valid", "answer-chars", "answer-tokens"] });
    expect(chooseScorer(refs, { jsonSchema: { type: "object" } })).toMatchObject({ primary: "json-schema", secondary: ["json-field-accuracy", "json-valid", "answer-chars", "answer-tokens"] });
    // Two of four is not "most".
    expect(chooseScorer([refs[0]!, refs[1]!, text("no idea"), text("not sure")]).kind).not.toBe("json");
  });

  it("scores classification when the references take a few short values", () => {
    const refs = repeat(["positive", "Negative", "neutral"].map(text), 10);
    const choice = chooseScorer(refs);
    expect(choice).toMatchObject({ kind: "classification", primary: "accuracy", labels: ["Negative", "neutral", "positive"] });
    expect(choice.secondary).toEqual(["macro-f1", "answer-chars", "answer-tokens"]);
    expect(choice.reason).toBe("the 30 reference answers take 3 distinct short values (at most 20 make a label set)");
  });

  it("scores short answers by exact match when they are too varied for labels", () => {
    const refs = Array.from({ length: 60 }, (_, i) => text(`answer ${i % 25}`));
    expect(chooseScorer(refs)).toMatchObject({ kind: "short-answer", primary: "exact-match", secondary: ["token-f1", "answer-chars", "answer-tokens"] });
    expect(chooseScorer(refs, { maxLabels: 25 }).kind).toBe("classification");
    // Four distinct values in five answers are free answers that happen to repeat, not classes.
    expect(chooseScorer(["a", "b", "c", "d", "a"].map(text)).kind).toBe("short-answer");
  });

  it("scores free text by ROUGE-L, with a tokenizer that sees non-Latin scripts", () => {
    expect(chooseScorer(LONG.map(text))).toMatchObject({ kind: "free-text", primary: "rouge-l", secondary: ["token-f1", "exact-match", "answer-chars", "answer-tokens"], rougeTokenizer: "rouge-score" });
    const japanese = ["ご注文の商品が破損していた場合は、写真を二枚お送りください。", "配送先の住所は、商品が倉庫を出るまで注文ページから変更できます。"].map(text);
    expect(chooseScorer(japanese).rougeTokenizer).toBe("unicode");
    expect(chooseScorer(["Le remboursement arrive sur votre carte en cinq à sept jours ouvrés après réception du colis."].map(text)).rougeTokenizer).toBe("rouge-score");
  });

  it("lets the caller choose the kind, the labels and the primary metric", () => {
    expect(chooseScorer(LONG.map(text), { kind: "short-answer", primary: "token-f1" })).toMatchObject({ kind: "short-answer", primary: "token-f1", secondary: ["exact-match", "answer-chars", "answer-tokens"], chosenBy: "caller" });
    expect(chooseScorer([text("yes")], { labels: ["yes", "no"] })).toMatchObject({ kind: "classification", labels: ["no", "yes"], chosenBy: "caller" });
    // A schema means JSON answers even when the references do not look like JSON objects.
    expect(chooseScorer([text("[1, 2]"), text("[3]")], { jsonSchema: { type: "array" } })).toMatchObject({ kind: "json", primary: "json-schema", reason: "the json scorer was chosen in the configuration (scoring.jsonSchema)" });
    expect(() => chooseScorer([text("a")], { kind: "free-text", labels: ["a"] })).toThrow('scoring.labels: labels only apply to the classification scorer, but kind is "free-text". Remove labels, or set kind to "classification"');
  });

  it("refuses a primary metric the kind does not have, naming the key", () => {
    const choose = () => chooseScorer(LONG.map(text), { primary: "accuracy", key: "datasets.support.scoring" });
    expect(choose).toThrow(EvalInputError);
    expect(choose).toThrow('datasets.support.scoring.primary: "accuracy" is not a metric of the free-text scorer. Choose one of: rouge-l, token-f1, exact-match');
  });
});

describe("scoring an arm", () => {
  it("gives one value per example and metric, null for failed answers", () => {
    const scorer = createScorer(repeat(["yes", "no"].map(text), 2));
    const scores = scorer.scoreArm([ok("Yes."), ok("maybe", { outputTokens: 2 }), failed, ok("no", { outputTokens: 1 })]);
    expect(scores.values).toEqual({ accuracy: [1, 0, null, 1], "answer-chars": [4, 5, null, 2], "answer-tokens": [null, 2, null, 1] });
    // Labels [no, yes]; rows are references, the last column answers outside the set ("maybe").
    expect(scores.classification!.report.confusion.counts).toEqual([
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(scores.classification!.predictions).toEqual([1, -1, null, 0]);
  });

  it("scores JSON answers: validity, schema and fields", () => {
    const scorer = createScorer([text('{"a": 1, "b": 2}'), text('{"a": 3, "b": 4}'), text("plain text")], {
      jsonSchema: { type: "object", required: ["a"] },
    });
    const scores = scorer.scoreArm([ok('{"b": 2, "a": 1}'), ok('{"b": 4}'), ok("{}")]);
    expect(scores.values["json-valid"]).toEqual([1, 1, 1]);
    expect(scores.values["json-schema"]).toEqual([1, 0, 0]);
    // The third reference is not JSON: no field accuracy for it, rather than a made-up one.
    expect(scores.values["json-field-accuracy"]).toEqual([1, 0.5, null]);
    expect(scores.jsonFields).toEqual([
      { field: "a", correct: 1, total: 2 },
      { field: "b", correct: 2, total: 2 },
    ]);
  });

  it("scores free text with token-F1, ROUGE-L and exact match", () => {
    const scorer = createScorer([text("police killed the gunman"), text(LONG[0]!), text(LONG[1]!)]);
    const scores = scorer.scoreArm([ok("police kill the gunman"), ok(""), ok(LONG[1]!)]);
    expect(scores.values["rouge-l"]).toEqual([0.75, 0, 1]);
    expect(scores.values["exact-match"]).toEqual([0, 0, 1]);
    // SQuAD tokens [police, kill, gunman] vs [police, killed, gunman]: P = R = 2/3.
    expect(scores.values["token-f1"]![0]).toBeCloseTo(2 / 3, 15);
  });

  it("says which reference is not one of the caller's labels", () => {
    const create = () => createScorer([text("yes"), text("perhaps")], { labels: ["yes", "no"] });
    expect(create).toThrow('scoring.labels: the reference answer of holdout example 2 ("perhaps") is not one of the labels');
    expect(create).toThrow(expect.objectContaining({ code: "reference-not-a-label", example: 1 }));
  });

  it("refuses an arm with the wrong number of answers", () => {
    expect(() => createScorer([text("a")]).scoreArm([])).toThrow(/0 answers for 1 holdout examples/);
  });

  it("refuses a JSON Schema that does not compile before scoring anything", () => {
    expect(() => createScorer([text('{"a": 1}'), text('{"a": 2}')], { jsonSchema: { type: 12 } })).toThrow(/scoring\.jsonSchema: the JSON Schema for answers does not compile/);
  });
});
