import { describe, expect, it } from "vitest";
import { decideLine } from "../../src/core/split/holdoutSplit.js";
import { chat, distinctExamples } from "../support/review.js";

const side = (line: string, fraction = 0.15, seed = "finetune-ci") => {
  const d = decideLine(line, fraction, seed, undefined);
  if (d.side === "invalid") throw new Error(d.issue.message);
  return d.side;
};

describe("the holdout split", () => {
  const lines = distinctExamples(2000);

  it("holds out about the configured share", () => {
    const holdout = lines.filter((l) => side(l) === "holdout").length;
    expect(holdout / lines.length).toBeGreaterThan(0.12);
    expect(holdout / lines.length).toBeLessThan(0.18);
  });

  it("never moves an existing example when others are added", () => {
    const before = lines.slice(0, 500).map((l) => side(l));
    const after = lines.map((l) => side(l)).slice(0, 500);
    expect(after).toEqual(before);
  });

  it("keeps examples that share a prompt on the same side, whatever their answers", () => {
    for (let i = 0; i < 200; i++) {
      const q = `Same question number ${i}?`;
      expect(side(chat(q, "Answer A"))).toBe(side(chat(q, "A completely different answer B")));
      expect(side(chat(q, "x"))).toBe(side(chat(`  SAME question number ${i}? `, "y")));
    }
  });

  it("draws a different split with another seed", () => {
    const a = lines.map((l) => side(l, 0.15, "one"));
    const b = lines.map((l) => side(l, 0.15, "two"));
    expect(a).not.toEqual(b);
  });

  it("reports a line it cannot read, with the column to fix", () => {
    expect(decideLine("{oops", 0.15, "s", undefined)).toMatchObject({ side: "invalid", issue: { code: "invalid-json", message: expect.stringMatching(/^invalid JSON at column 2: /) } });
    expect(decideLine('{"messages": x}', 0.15, "s", undefined)).toMatchObject({ side: "invalid", issue: { code: "invalid-json", message: expect.stringMatching(/^invalid JSON at column 14: /) } });
  });

  it("sets aside a line that is JSON but not an object", () => {
    for (const line of ["[1, 2]", '"text"', "null", "42"]) {
      expect(decideLine(line, 0.15, "s", undefined)).toEqual({ side: "invalid", issue: { code: "not-an-object", message: "the line is not a JSON object" } });
    }
  });

  it("splits a line nested exactly 100 levels deep, and sets aside one nested 101", () => {
    const nested = (n: number) => `${"[".repeat(n)}"deep"${"]".repeat(n)}`;
    // The record, messages, a message and tool_calls take 4 levels; the arrays inside take the rest.
    const at = (depth: number) => `{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a", "tool_calls": ${nested(depth - 3)}}, {"role": "user", "content": "and?"}, {"role": "assistant", "content": "b"}]}`;
    expect(["train", "holdout"]).toContain(decideLine(at(100), 0.5, "s", undefined).side);
    expect(decideLine(at(101), 0.5, "s", undefined).side).toBe("invalid");
  });

  it("hashes the prompt of the format it is given: a preference line is split by its input", () => {
    const preference = (answer: string) => JSON.stringify({ input: { messages: [{ role: "user", content: "same question" }] }, preferred_output: [{ role: "assistant", content: answer }], non_preferred_output: [{ role: "assistant", content: "no" }] });
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      expect(decideLine(preference("yes"), 0.5, seed, "preference").side).toBe(decideLine(preference("other"), 0.5, seed, undefined).side);
    }
  });
});
