// The walks over a parsed line: no recursion (any depth), no copies (any width).
import { describe, expect, it } from "vitest";
import { forEachString, jsonSize } from "../../src/core/dataset/jsonValues.js";

describe("walking parsed JSON", () => {
  it("visits every string and key in document order", () => {
    const seen: string[] = [];
    forEachString(JSON.parse('{"a": ["x", {"b": "y", "c": [[], ["z"]]}], "d": 1, "e": null, "f": "w"}'), (s) => seen.push(s));
    expect(seen).toEqual(["a", "x", "b", "y", "c", "z", "d", "e", "f", "w"]);
  });

  it("measures depth and values: scalars are 0 deep, each array or object adds a level", () => {
    expect(jsonSize("s")).toEqual({ depth: 0, values: 1 });
    expect(jsonSize({ a: [1, 2, { b: [] }] })).toEqual({ depth: 4, values: 6 });
  });

  it("stops counting just past the limit, and walks 100,000 levels without a stack overflow", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}"x"${"]".repeat(100_000)}`);
    expect(jsonSize(deep, 100).depth).toBe(101);
    let strings = 0;
    forEachString(deep, () => strings++);
    expect(strings).toBe(1);
  });
});
