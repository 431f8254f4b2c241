// The sentence beside the column of invalid JSON, one per kind of mistake, written by hand from RFC
// 8259's grammar: the offsets are checked again against V8's own position wherever V8's message
// gives one (jsonError.test.ts checks the offsets alone on thousands of mutated lines). And
// jsonErrorPlace's translation of V8's messages, including the fallback when the two disagree.
import { describe, expect, it } from "vitest";
import { jsonErrorPlace, locateJsonError } from "../../src/core/dataset/jsonError.js";

function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const m = /in JSON at position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : undefined;
  }
  throw new Error(`${text} is valid JSON`);
}

describe("the reason for each kind of mistake", () => {
  it.each<[string, number, string]>([
    ["", 0, "unexpected end of line"],
    ["   ", 3, "unexpected end of line"],
    ['{"a": [1', 8, "unexpected end of line (2 unclosed brackets)"],
    ['{"a": 1', 7, "unexpected end of line (1 unclosed bracket)"],
    ['{"a": [1,]}', 9, 'unexpected "]" where a value was expected (a trailing comma?)'],
    ['{"a": }', 6, 'unexpected "}" where a value was expected (a trailing comma?)'],
    ["{\"a\": 'x'}", 6, `unexpected "'" where a value was expected (a string needs double quotes)`],
    ['{"a": 1,}', 8, 'expected a double-quoted property name, found "}" (a trailing comma?)'],
    ["{a: 1}", 1, 'expected a double-quoted property name, found "a"'],
    ['{"a" 1}', 5, "expected ':' after the property name, found \"1\""],
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}', found \"\\\"\""],
    ["[1 2]", 3, "expected ',' or ']', found \"2\""],
    ['{"a": 1} {"b": 2}', 9, 'unexpected "{" after the end of the JSON value (one object per line)'],
    ['{"a": 1}x', 8, 'unexpected "x" after the end of the JSON value (one object per line)'],
    ['{"a": "x\u0001"}', 8, "control character in a string (write it as \\n, \\t or \\u00XX)"],
    ['{"a": "\\u12G4"}', 11, "a \\u escape needs four hexadecimal digits"],
    ['{"a": "\\u12', 11, "unexpected end of line in a \\u escape"],
    ['{"a": "\\q"}', 8, "bad escape \\q in a string (escape a backslash as \\\\)"],
    ['{"a": "\\😀"}', 8, "bad escape \\😀 in a string (escape a backslash as \\\\)"],
    ['{"a": "abc', 10, "unterminated string (a missing closing quote)"],
    ['{"a": "abc\\', 11, "unterminated string (a missing closing quote)"],
    ['{"a": -x}', 7, "no digit after the minus sign"],
    ['{"a": 012}', 7, "a number cannot have a leading zero"],
    ['{"a": -00}', 8, "a number cannot have a leading zero"],
    ['{"a": 1.}', 8, "no digit after the decimal point"],
    ['{"a": 1.e5}', 8, "no digit after the decimal point"],
    ['{"a": 1e}', 8, "no digit in the exponent"],
    ['{"a": 1E+}', 9, "no digit in the exponent"],
    ['{"a": tru', 9, "unexpected end of line in true"],
    ['{"a": nulL}', 9, 'unexpected "L" (did you mean null?)'],
    ['{"a": fals}', 10, 'unexpected "}" (did you mean false?)'],
    ['{"a": trüe}', 8, 'unexpected "ü" (did you mean true?)'],
  ])("%j: offset %i, %s", (text, offset, reason) => {
    expect(locateJsonError(text)).toEqual({ offset, reason });
    const v8 = v8Position(text);
    if (v8 !== undefined) expect(v8).toBe(offset);
  });

  it("every JSON whitespace character (space, tab, CR, LF) is skipped between tokens, and nothing else", () => {
    for (const space of [" ", "\t", "\r", "\n"]) {
      expect(locateJsonError(`{${space}"a"${space}:${space}1${space},${space}}`), JSON.stringify(space)).toEqual({ offset: 12, reason: 'expected a double-quoted property name, found "}" (a trailing comma?)' });
      expect(locateJsonError(`${space}[1]${space}`)).toBeUndefined();
    }
    expect(locateJsonError("\u00a0[1]")).toEqual({ offset: 0, reason: 'unexpected "\u00a0" where a value was expected (a string needs double quotes)' });
  });

  it("every hexadecimal digit, in either case, is accepted in a \\u escape, and the next letter is not", () => {
    expect(locateJsonError('"\\u0123\\u4567\\u89ab\\ucdef\\uABCD\\uEF00"x')).toEqual({ offset: 38, reason: 'unexpected "x" after the end of the JSON value (one object per line)' });
    for (const [bad, at] of [["g", 5], ["G", 5], ["/", 5], [":", 5], ["@", 5], ["`", 5]] as const) {
      expect(locateJsonError(`"\\u00${bad}0"`), bad).toEqual({ offset: at, reason: "a \\u escape needs four hexadecimal digits" });
    }
  });

  it("valid JSON has no error", () => {
    for (const text of ['{"a": [1, -0.5e-3, 0, 10E+2, true, false, null, "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"]}', "[]", "{}", "0", '""']) expect(locateJsonError(text), text).toBeUndefined();
  });
});

describe("jsonErrorPlace", () => {
  it("takes V8's position and reason when its message has them, without the position's wording", () => {
    const text = '{"a": 1,}';
    let message = "";
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ in JSON at position 8/);
    const place = jsonErrorPlace(text, new SyntaxError(message));
    expect(place.column).toBe(9);
    expect(place.reason).toBe(message.replace(/ in JSON at position 8.*$/s, ""));
    expect(place.reason).not.toMatch(/position|line \d|column/);
  });

  it("reads V8's older end-of-input wording as the end of the line", () => {
    expect(jsonErrorPlace('{"a"', new SyntaxError("Unexpected end of JSON input in JSON at position 4"))).toEqual({ column: 5, reason: "unexpected end of line" });
    // Without a position, the scanner says where and why.
    expect(jsonErrorPlace('{"a"', new SyntaxError("Unexpected end of JSON input"))).toEqual({ column: 5, reason: "unexpected end of line (1 unclosed bracket)" });
  });

  it("falls back to the end of the line and V8's words when its own scanner finds nothing wrong", () => {
    // Valid text with an error: what happens if V8 and the scanner ever disagree.
    expect(jsonErrorPlace('{"a": 1}', new SyntaxError("Unexpected end of JSON input"))).toEqual({ column: 9, reason: "unexpected end of line" });
    expect(jsonErrorPlace('{"a": 1}', new SyntaxError("something else"))).toEqual({ column: 9, reason: "something else" });
    expect(jsonErrorPlace('{"a": 1}', "not an Error")).toEqual({ column: 9, reason: "not an Error" });
  });
});
