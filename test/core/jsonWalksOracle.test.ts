// The iterative walks of src/core/dataset/jsonValues.ts against the obvious recursive definitions,
// written here from the documented meaning (depth: a scalar is 0, each array or object adds one;
// values: every value once, keys not counted; strings: every string and key in document order;
// containers: the [ and { outside strings), over hand-picked cases and 3,000 seeded random values.
// Recursion is fine here: the random values are at most 8 deep.
import { describe, expect, it } from "vitest";
import { containersInText, forEachString, jsonSize } from "../../src/core/dataset/jsonValues.js";
import { seededRandom } from "../support/seededRandom.js";

function depthOf(v: unknown): number {
  if (v === null || typeof v !== "object") return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + Math.max(0, ...children.map(depthOf));
}

function valuesOf(v: unknown): number {
  if (v === null || typeof v !== "object") return 1;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + children.reduce((sum: number, c) => sum + valuesOf(c), 0);
}

function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const c of v) stringsOf(c, out);
  else if (v !== null && typeof v === "object") {
    for (const [k, c] of Object.entries(v)) {
      out.push(k);
      stringsOf(c, out);
    }
  }
  return out;
}

function containersOf(v: unknown): number {
  if (v === null || typeof v !== "object") return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + children.reduce((sum: number, c) => sum + containersOf(c), 0);
}

function randomValue(random: () => number, depth = 0): unknown {
  const r = random();
  if (depth >= 8 || r < 0.35) {
    const scalars = [null, true, 0, 3.5, "", "s", 'q"uote', "back\\slash", "[{", "}]"];
    return scalars[Math.floor(random() * scalars.length)];
  }
  const n = Math.floor(random() * 5);
  if (r < 0.7) return Array.from({ length: n }, () => randomValue(random, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) obj[["k", "[", '"', "{}", "key"][i]!] = randomValue(random, depth + 1);
  return obj;
}

const RANDOM = (() => {
  const random = seededRandom(9001);
  return Array.from({ length: 3000 }, () => randomValue(random));
})();

describe("jsonSize", () => {
  it.each<[unknown, number, number]>([
    [7, 0, 1],
    ["ab", 0, 1],
    [null, 0, 1],
    [[], 1, 1],
    [{}, 1, 1],
    [["x", 2, null], 1, 4],
    // A shallow container met after a deep one must not lower the depth.
    [[[], [[]]], 3, 4],
    [[[[]], []], 3, 4],
    [{ a: { b: { c: "d" } }, e: 1 }, 3, 5],
  ])("%j is %i deep and has %i values", (value, depth, values) => {
    expect(jsonSize(value)).toEqual({ depth, values });
    expect({ depth: depthOf(value), values: valuesOf(value) }).toEqual({ depth, values });
  });

  it("agrees with the recursive definitions on 3,000 random values", () => {
    for (const value of RANDOM) expect(jsonSize(value), JSON.stringify(value)).toEqual({ depth: depthOf(value), values: valuesOf(value) });
  });

  it("stops one level past its limit, and counts everything below it", () => {
    const nested = (levels: number): unknown => (levels === 0 ? "x" : [nested(levels - 1)]);
    expect(jsonSize(nested(3), 3)).toEqual({ depth: 3, values: 4 });
    expect(jsonSize(nested(4), 3).depth).toBe(4);
    expect(jsonSize(nested(50), 3).depth).toBe(4);
    for (const value of RANDOM) {
      const d = depthOf(value);
      if (d >= 2) expect(jsonSize(value, d - 1).depth, JSON.stringify(value)).toBe(d);
    }
  });
});

describe("forEachString", () => {
  it("agrees with a recursive walk, keys and values in document order, on 3,000 random values", () => {
    for (const value of RANDOM) {
      const seen: string[] = [];
      forEachString(value, (s) => seen.push(s));
      expect(seen, JSON.stringify(value)).toEqual(stringsOf(value));
    }
  });

  it("visits an array's items in order, nested arrays included", () => {
    const seen: string[] = [];
    forEachString([["a", "b"], "c", [["d"], "e"], { f: ["g", "h"] }], (s) => seen.push(s));
    expect(seen).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("containersInText", () => {
  it("counts [ and { outside strings once the text is long enough to hold more than the limit", () => {
    const text = JSON.stringify({ a: [[], { b: "[{\\\"[" }], c: [1, [2]] });
    // 6 containers in the value; the string holds [ { \" [ that must not count.
    expect(containersOf(JSON.parse(text))).toBe(6);
    expect(containersInText(text, 10)).toBe(6);
    expect(containersInText(text, 5)).toBe(6);
  });

  it("stops at limit + 1", () => {
    const text = "[".repeat(20) + "]".repeat(20);
    expect(containersInText(text, 3)).toBe(4);
    expect(containersInText(text, 19)).toBe(20);
    expect(containersInText(text, 9)).toBe(10);
  });

  it("answers 0 for a text of at most two characters per allowed container, without reading it", () => {
    expect(containersInText("[[[[", 2)).toBe(0);
    expect(containersInText("[[[[[", 2)).toBe(3);
    expect(containersInText("{}{}{}", 3)).toBe(0);
    expect(containersInText("{}{}{}{", 3)).toBe(4);
  });

  it("an escaped quote does not end a string, an escaped backslash does not escape the quote after it", () => {
    expect(containersInText('["\\"[[[", []]', 1)).toBe(2);
    expect(containersInText('["\\\\", [], []]', 1)).toBe(2);
    expect(containersInText('["\\\\", [], []]', 5)).toBe(3);
  });

  it("agrees with the containers of the parsed value on 3,000 random values", () => {
    for (const value of RANDOM) {
      const text = JSON.stringify(value);
      const limit = Math.floor(text.length / 2) - 1;
      if (limit < 0) continue;
      const expected = containersOf(value);
      expect(containersInText(text, limit), text).toBe(Math.min(expected, limit + 1));
      if (expected > 1) expect(containersInText(text, Math.min(limit, expected - 2)), text).toBe(Math.min(limit, expected - 2) + 1);
    }
  });
});
