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
});
