// The example store: interned strings with a cap, the training-only ids for system prompts, answer
// shapes and labels, the per-role tallies, and reading records back (pairs, locations, the index
// a dataset diff compares). Facts come from analyzeLine on real lines, so the store is fed what
// the engine feeds it.
import { describe, expect, it } from "vitest";
import { analyzeLine, withTokens, type ExampleFacts } from "../../src/core/dataset/analyzeExample.js";
import { MessageHasher } from "../../src/core/dataset/exampleHashes.js";
import { CountedStrings, ExampleStore } from "../../src/core/dataset/exampleStore.js";
import { SIGNATURE_SIZE } from "../../src/core/quality/fingerprints.js";
import { memoryScratch } from "../../src/core/storage/scratch.js";
import { KnownCounts } from "../../src/core/tokens/countExample.js";

describe("CountedStrings", () => {
  it("gives each new value the next id, counts repeats, and refuses new values past its cap", () => {
    const s = new CountedStrings(2);
    expect([s.add("a", 0), s.add("b", 1), s.add("a", 2)]).toEqual([0, 1, 0]);
    expect(s.overflowed).toBe(false);
    expect(s.add("c", 3)).toBe(-1);
    expect(s.overflowed).toBe(true);
    // A value it already has is still counted after the cap.
    expect(s.add("b", 4)).toBe(1);
    expect([s.values, s.counts, s.firstRow]).toEqual([["a", "b"], [2, 2], [0, 1]]);
  });
});

const options = { format: undefined, labelMaxChars: 40, hasher: new MessageHasher(), known: new KnownCounts() };
function factsOf(system: string | undefined, answer: string, total = 50): ExampleFacts {
  const messages = [...(system === undefined ? [] : [{ role: "system", content: system }]), { role: "user", content: `q ${answer}` }, { role: "assistant", content: answer }];
  const outcome = analyzeLine(JSON.stringify({ messages }), options);
  if (outcome.kind !== "example") throw new Error("not an example");
  return withTokens(outcome.facts, { total, assistant: 7, answer: 5 }, 100_000);
}
const signature = (k: number) => new Uint8Array(SIGNATURE_SIZE).fill(k);

describe("ExampleStore", () => {
  const longPrompt = `You are a support agent. ${"Be precise and kind. ".repeat(10)}`;

  function filled() {
    const store = new ExampleStore(3, memoryScratch);
    const train = store.addFile("train.jsonl", "train");
    const holdout = store.addFile("holdout.jsonl", "holdout");
    store.add(train, 1, factsOf(longPrompt, "positive", 40), signature(1));
    store.add(train, 2, factsOf(longPrompt, '{"a": 1}', 60), signature(2));
    store.add(holdout, 1, factsOf("Holdout-only prompt", "negative", 80), signature(3));
    store.add(train, 5, factsOf(undefined, "neutral", 20), signature(4));
    return store;
  }

  it("keeps system prompts, shapes and labels of training examples only, with a 120-character sample", () => {
    const store = filled();
    expect(store.systemPrompts.values).toHaveLength(1);
    expect(store.systemPrompts.counts).toEqual([2]);
    expect(store.systemSamples).toEqual([longPrompt.slice(0, 120)]);
    expect(longPrompt.length).toBeGreaterThan(120);
    expect(store.shapes.values).toEqual(["text", "json:a"]);
    expect(store.labels.values).toEqual(["positive", '{"a": 1}', "neutral"]);
  });

  it("records the ids on training rows and -1 everywhere else", () => {
    const store = filled();
    const ids: number[][] = [];
    store.scan((block, i) => ids.push([block.systemId(i), block.shapeId(i), block.labelId(i)]));
    expect(ids).toEqual([[0, 0, 0], [0, 1, 1], [-1, -1, -1], [-1, 0, 2]]);
  });

  it("tallies each role: examples, tokens, prompt and answer tokens", () => {
    const store = filled();
    expect(store.tally.train.examples).toBe(3);
    expect(store.tally.train.tokens.sum).toBe(40 + 60 + 20);
    expect(store.tally.train.promptTokens).toBe(40 - 5 + 60 - 5 + 20 - 5);
    expect(store.tally.train.answerTokens).toBe(15);
    expect(store.tally.holdout.examples).toBe(1);
    expect(store.tally.holdout.promptTokens).toBe(75);
  });

  it("reads records back: where each was read, pairs for comparison, and the index", () => {
    const store = filled();
    expect(store.size).toBe(4);
    expect([0, 1, 2, 3].map((row) => store.locate(row))).toEqual([
      { file: "train.jsonl", line: 1 },
      { file: "train.jsonl", line: 2 },
      { file: "holdout.jsonl", line: 1 },
      { file: "train.jsonl", line: 5 },
    ]);
    const read = store.pairReader();
    // The first pair asks for row 1 first: it must be loaded, whatever was loaded before.
    let pair = read(1, 2);
    expect([pair.line(0), pair.tokens(0), pair.line(1), pair.tokens(1)]).toEqual([2, 60, 1, 80]);
    pair = read(1, 3);
    expect([pair.tokens(0), pair.tokens(1)]).toEqual([60, 20]);
    pair = read(0, 3);
    expect([pair.tokens(0), pair.signature(0)[0], pair.signature(1)[0]]).toEqual([40, 1, 4]);
    const index = store.index();
    expect([...index.file]).toEqual([0, 0, 1, 0]);
    expect([...index.line]).toEqual([1, 2, 1, 5]);
    expect([...index.tokens]).toEqual([40, 60, 80, 20]);
    expect(index.files).toEqual([{ path: "train.jsonl", role: "train" }, { path: "holdout.jsonl", role: "holdout" }]);
    expect([index.promptHash[0], index.exampleHash[0]]).toEqual([factsOf(longPrompt, "positive").promptHash, factsOf(longPrompt, "positive").exampleHash]);
    expect(index.exampleHash[0]).not.toBe(index.exampleHash[1]);
    expect(store.isTrainFile(0)).toBe(true);
    expect(store.isTrainFile(1)).toBe(false);
  });
});
