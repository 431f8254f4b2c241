// Where a line stops being JSON, as a 1-based column a person can go to. V8 gives a position for
// most errors but not all (`Unexpected token 'x', "..." is not valid JSON` has none), so a small
// scanner finds the first offending character itself. It runs only on lines JSON.parse refused,
// and walks with an explicit stack: nesting depth costs memory, never the call stack.

export interface JsonErrorPlace {
  /** 1-based, in UTF-16 code units (what editors and V8 count). */
  column: number;
  reason: string;
}

/** The column and reason of the parse error `error` that JSON.parse threw for `text`. */
export function jsonErrorPlace(text: string, error: unknown): JsonErrorPlace {
  const message = error instanceof Error ? error.message : String(error);
  const position = /in JSON at position (\d+)/.exec(message);
  if (position) {
    return { column: Number(position[1]) + 1, reason: message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "unexpected end of line") };
  }
  const spot = locateJsonError(text);
  if (spot) return { column: spot.offset + 1, reason: spot.reason };
  // The scanner and V8 disagree (they should not): say what V8 said, at the end of the line.
  return { column: text.length + 1, reason: message.replace(/^Unexpected end of JSON input$/, "unexpected end of line") };
}

export interface JsonErrorSpot {
  /** 0-based offset of the first character that cannot continue valid JSON (text.length: it ended early). */
  offset: number;
  reason: string;
}

type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close" | "end";

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function shown(text: string, at: number): string {
  const c = text.codePointAt(at)!;
  return JSON.stringify(String.fromCodePoint(c));
}

/** The first place `text` breaks RFC 8259 JSON, or undefined when it is valid. */
export function locateJsonError(text: string): JsonErrorSpot | undefined {
  const n = text.length;
  const stack: number[] = [];
  let expect: Expect = "value";
  let i = 0;
  const fail = (offset: number, reason: string): JsonErrorSpot => ({ offset, reason });
  const afterValue = (): Expect => (stack.length === 0 ? "end" : "comma-or-close");
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (expect === "end") return undefined;
      const open = stack.length ? ` (${stack.length} unclosed ${stack.length === 1 ? "bracket" : "brackets"})` : "";
      return fail(n, `unexpected end of line${open}`);
    }
    const c = text.charCodeAt(i);
    switch (expect) {
      case "value":
      case "value-or-close": {
        if (expect === "value-or-close" && c === CLOSE_ARRAY) {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          stack.push(c);
          i++;
          expect = c === OPEN_OBJECT ? "key-or-close" : "value-or-close";
          break;
        }
        let end: number | JsonErrorSpot;
        if (c === QUOTE) end = scanString(text, i);
        else if (c === 0x2d || isDigit(c)) end = scanNumber(text, i);
        else if (c === 0x74 || c === 0x66 || c === 0x6e) end = scanLiteral(text, i, c === 0x74 ? "true" : c === 0x66 ? "false" : "null");
        else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) return fail(i, `unexpected ${shown(text, i)} where a value was expected (a trailing comma?)`);
        else return fail(i, `unexpected ${shown(text, i)} where a value was expected (a string needs double quotes)`);
        if (typeof end !== "number") return end;
        i = end;
        expect = afterValue();
        break;
      }
      case "key":
      case "key-or-close": {
        if (expect === "key-or-close" && c === CLOSE_OBJECT) {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c !== QUOTE) return fail(i, `expected a double-quoted property name, found ${shown(text, i)}${c === CLOSE_OBJECT ? " (a trailing comma?)" : ""}`);
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
        break;
      }
      case "colon":
        if (c !== 0x3a) return fail(i, `expected ':' after the property name, found ${shown(text, i)}`);
        i++;
        expect = "value";
        break;
      case "comma-or-close": {
        const top = stack[stack.length - 1]!;
        const close = top === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
        if (c === 0x2c) {
          i++;
          expect = top === OPEN_OBJECT ? "key" : "value";
        } else if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return fail(i, `expected ',' or '${String.fromCharCode(close)}', found ${shown(text, i)}`);
        break;
      }
      case "end":
        return fail(i, `unexpected ${shown(text, i)} after the end of the JSON value (one object per line)`);
    }
  }
}

/** Index just past the string that opens at `start`, or where it breaks. */
function scanString(text: string, start: number): number | JsonErrorSpot {
  const n = text.length;
  for (let j = start + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c < 0x20) return { offset: j, reason: "control character in a string (write it as \\n, \\t or \\u00XX)" };
    if (c !== BACKSLASH) continue;
    const e = text.charCodeAt(++j);
    if (j >= n) break;
    if (e === 0x75) {
      for (let k = 1; k <= 4; k++) {
        const h = text.charCodeAt(j + k);
        if (!(isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66))) return j + k >= n ? { offset: n, reason: "unexpected end of line in a \\u escape" } : { offset: j + k, reason: "a \\u escape needs four hexadecimal digits" };
      }
      j += 4;
    } else if (!'"\\/bfnrt'.includes(String.fromCharCode(e))) {
      return { offset: j, reason: `bad escape \\${String.fromCodePoint(text.codePointAt(j)!)} in a string (escape a backslash as \\\\)` };
    }
  }
  return { offset: n, reason: "unterminated string (a missing closing quote)" };
}

function scanNumber(text: string, start: number): number | JsonErrorSpot {
  let j = start;
  const digits = (from: number): number => {
    let k = from;
    while (isDigit(text.charCodeAt(k))) k++;
    return k;
  };
  if (text.charCodeAt(j) === 0x2d) j++;
  if (!isDigit(text.charCodeAt(j))) return { offset: j, reason: "no digit after the minus sign" };
  if (text.charCodeAt(j) === 0x30) {
    j++;
    if (isDigit(text.charCodeAt(j))) return { offset: j, reason: "a number cannot have a leading zero" };
  } else j = digits(j);
  if (text.charCodeAt(j) === 0x2e) {
    if (!isDigit(text.charCodeAt(j + 1))) return { offset: j + 1, reason: "no digit after the decimal point" };
    j = digits(j + 1);
  }
  const e = text.charCodeAt(j);
  if (e === 0x65 || e === 0x45) {
    j++;
    const sign = text.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j++;
    if (!isDigit(text.charCodeAt(j))) return { offset: j, reason: "no digit in the exponent" };
    j = digits(j);
  }
  return j;
}

function scanLiteral(text: string, start: number, word: string): number | JsonErrorSpot {
  for (let k = 0; k < word.length; k++) {
    if (start + k >= text.length) return { offset: text.length, reason: `unexpected end of line in ${word}` };
    if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return { offset: start + k, reason: `unexpected ${shown(text, start + k)} (did you mean ${word}?)` };
  }
  return start + word.length;
}
