// Where a line stops being JSON. V8's own position (when its message has one) is the independent
// reference: the scanner must agree with it, and with JSON.parse on what is valid at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorPlace, locateJsonError } from "../../src/core/dataset/jsonError.js";
import { review } from "../support/review.js";

function v8(text: string): { valid: true } | { valid: false; position: number | undefined; message: string } {
  try {
    JSON.parse(text);
    return { valid: true };
  } catch (error) {
    const message = (error as Error).message;
    const m = /in JSON at position (\d+)/.exec(message);
    return { valid: false, position: m ? Number(m[1]) : undefined, message };
  }
}

describe("the column of invalid JSON", () => {
  it("points at the offending character where V8's message gives no position", () => {
    const cases: [string, number][] = [
      ['{"messages": x, "model": "gpt-4o-mini", "metadata": {"source": "export"}}', 14],
      ['{"a":tru}', 9],
      ['{"a": nul, "b": 1}', 10],
      ['{"a": falsy}', 11],
    ];
    for (const [text, column] of cases) {
      const parsed = v8(text);
      expect(parsed.valid === false && parsed.position === undefined, `${text}: V8 gives no position`).toBe(true);
      expect(jsonErrorPlace(text, new Error(parsed.valid ? "" : parsed.message)).column, text).toBe(column);
    }
    expect(jsonErrorPlace('{"messages": x}', new SyntaxError("Unexpected token 'x', \"{\"messages\": x}\" is not valid JSON")).reason).toMatch(/unexpected "x" where a value was expected/);
  });

  it("agrees with V8 on every mutated line: valid or not, and where, when V8 says where", () => {
    const seedLines = [
      '{"messages": [{"role": "user", "content": "Hi \\"there\\" \\u00e9\\n"}, {"role": "assistant", "content": "Hello", "weight": 1}], "x": [1, -2.5e+3, 0, true, false, null, {}]}',
      '{"input": {"messages": [{"role": "user", "content": "a"}]}, "preferred_output": [{"role": "assistant", "content": "b"}]}',
    ];
    const mutated = fc.oneof(
      fc.tuple(fc.constantFrom(...seedLines), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))),
      fc.tuple(fc.constantFrom(...seedLines), fc.nat(), fc.constantFrom(",", "}", "]", "{", "[", '"', ":", "\\", "x", "0", "-", ".", "e", "\t", "\u0001", " ", "'", "tru", "\\u12", "\\q")).map(
        ([l, n, s]) => l.slice(0, n % l.length) + s + l.slice(n % l.length),
      ),
      fc.tuple(fc.constantFrom(...seedLines), fc.nat()).map(([l, n]) => l.slice(0, n % l.length) + l.slice((n % l.length) + 1)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(mutated, (text) => {
        const reference = v8(text);
        const spot = locateJsonError(text);
        if (reference.valid) {
          expect(spot, text).toBeUndefined();
          return;
        }
        expect(spot, text).toBeDefined();
        if (reference.position !== undefined) expect(spot!.offset, `${text}: ${reference.message}`).toBe(reference.position);
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it("walks deep nesting without using the call stack", () => {
    const deep = `{"messages":${"[".repeat(200_000)}x`;
    expect(locateJsonError(deep)).toMatchObject({ offset: deep.length - 1 });
  });

  it("is what the review reports, with the column a person can go to", async () => {
    const line = '{"messages": x, "model": "gpt-4o-mini"}';
    const report = await review({ train: { "t.jsonl": `${line}\n` } });
    const finding = report.findings.find((f) => f.code === "invalid-json")!;
    expect(finding.message).toMatch(/^invalid JSON at column 14: /);
  });
});
