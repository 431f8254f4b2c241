// Equality of parsed JSON (JSON answers' field accuracy and tool-call arguments) against an
// independent implementation: Node's util.isDeepStrictEqual, on values that went through
// JSON.stringify and JSON.parse (so no -0, undefined or class instances: the values an answer parses
// to). Pairs are built to be equal often: a value and a copy with its keys in another order, and a
// value and a copy with one leaf changed, an element dropped or a key added.
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../../src/core/eval/metrics/json.js";
import { toolCallMatch, toolNameMatch } from "../../../src/core/eval/metrics/toolCalls.js";

const asParsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The same value with every object's keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]));
  return value;
}

/** The same value with one change somewhere, chosen by `pick`. */
function changed(value: unknown, pick: number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || pick % 3 === 0) return pick % 2 ? [...value, null] : value.slice(1);
    const i = pick % value.length;
    return value.map((v, j) => (j === i ? changed(v, Math.floor(pick / 3)) : v));
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0 || pick % 3 === 0) return { ...value, [`added${pick}`]: 1 };
    const i = pick % entries.length;
    return Object.fromEntries(entries.map(([k, v], j) => [k, j === i ? changed(v, Math.floor(pick / 3)) : v]));
  }
  if (typeof value === "number") return pick % 2 ? value + 1 : [value];
  if (typeof value === "string") return pick % 2 ? `${value}x` : { value };
  if (value === null) return pick % 2 ? 0 : {};
  return !value;
}

const json = fc.jsonValue({ maxDepth: 4 }).map(asParsed);

describe("jsonEqual agrees with util.isDeepStrictEqual on parsed JSON", () => {
  it("on a value and its copy with keys reordered (always equal)", () => {
    fc.assert(
      fc.property(json, (value) => {
        const copy = reordered(value);
        expect(isDeepStrictEqual(value, copy)).toBe(true);
        expect(jsonEqual(value, copy)).toBe(true);
      }),
      { numRuns: 500, seed: 1 },
    );
  });

  it("on a value and a copy with one change (never equal)", () => {
    fc.assert(
      fc.property(json, fc.nat(1000), (value, pick) => {
        const other = asParsed(changed(value, pick));
        expect(jsonEqual(value, other)).toBe(isDeepStrictEqual(value, other));
        expect(jsonEqual(other, value)).toBe(isDeepStrictEqual(other, value));
      }),
      { numRuns: 1000, seed: 2 },
    );
  });

  it("on two unrelated values", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(jsonEqual(a, b)).toBe(isDeepStrictEqual(a, b));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it("on the shapes most likely confused: arrays and objects with the same entries, missing and extra keys", () => {
    const cases: [unknown, unknown][] = [
      [[], {}],
      [{ 0: "a" }, ["a"]],
      [[1, 2], [1, 2, 3]],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: 2 }, { a: 1, c: 2 }],
      [{ a: null }, {}],
      [null, {}],
      [[null], [[]]],
      [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
    ];
    for (const [a, b] of cases) {
      expect(jsonEqual(a, b), JSON.stringify([a, b])).toBe(isDeepStrictEqual(a, b));
      expect(jsonEqual(b, a), JSON.stringify([b, a])).toBe(isDeepStrictEqual(b, a));
    }
  });
});

describe("tool calls, by the rules stated in toolCalls.ts", () => {
  const call = (name: string, args: string | Record<string, unknown>) => ({ name, arguments: args });

  it("equal arguments in another key order or as an object match; other values do not", () => {
    expect(toolCallMatch([call("f", '{"a":1,"b":[2,3]}')], [call("f", '{"b":[2,3],"a":1}')])).toBe(1);
    expect(toolCallMatch([call("f", { a: 1 })], [call("f", '{"a":1}')])).toBe(1);
    expect(toolCallMatch([call("f", '{"a":1}')], [call("f", '{"a":2}')])).toBe(0);
    expect(toolCallMatch([call("f", '{"a":1}')], [call("g", '{"a":1}')])).toBe(0);
  });

  it('"" and whitespace are no arguments, {}', () => {
    expect(toolCallMatch([call("f", "  ")], [call("f", "{}")])).toBe(1);
    expect(toolCallMatch([call("f", "")], [call("f", '{"a":1}')])).toBe(0);
  });

  it("malformed arguments equal only the same malformed text, never a well-formed call", () => {
    expect(toolCallMatch([call("f", "{a:1")], [call("f", "{a:1")])).toBe(1);
    expect(toolCallMatch([call("f", "{a:1")], [call("f", "{a:2")])).toBe(0);
    expect(toolCallMatch([call("f", "{a:1")], [call("f", '{"a":1}')])).toBe(0);
    expect(toolCallMatch([call("f", '{"a":1}')], [call("f", "{a:1")])).toBe(0);
  });

  it("pairs calls one to one, in any order: a call answered twice does not cover two references", () => {
    expect(toolCallMatch([call("g", "{}"), call("f", '{"x":1}')], [call("f", '{"x":1}'), call("g", "{}")])).toBe(1);
    expect(toolCallMatch([call("f", '{"x":1}'), call("f", '{"x":1}')], [call("f", '{"x":1}'), call("f", '{"x":2}')])).toBe(0);
    expect(toolCallMatch([call("f", "{}")], [call("f", "{}"), call("f", "{}")])).toBe(0);
  });

  it("names match as a multiset; no call is right only when the reference makes none", () => {
    expect(toolNameMatch([call("b", ""), call("a", "")], [call("a", "{}"), call("b", "{}")])).toBe(1);
    expect(toolNameMatch([call("a", ""), call("a", "")], [call("a", "{}"), call("b", "{}")])).toBe(0);
    expect(toolNameMatch([call("a", "")], [call("a", ""), call("a", "")])).toBe(0);
    expect(toolNameMatch(undefined, [])).toBe(1);
    expect(toolCallMatch(undefined, undefined)).toBe(1);
    expect(toolNameMatch([call("a", "")], undefined)).toBe(0);
    expect(toolCallMatch([], [call("a", "")])).toBe(0);
  });
});
