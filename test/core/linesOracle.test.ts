// The streaming line splitter against a whole-buffer reference written here from the rules in the
// header of src/core/dataset/lines.ts (split on \n; a BOM is the first three bytes EF BB BF; a line
// over the byte limit is too-long and its size counted with any CR; a CR right before the newline is
// a CRLF ending; spaces, tabs and CRs only is blank; then invalid UTF-8 or text), fed the same bytes
// in random chunks (empty ones included), and firstInvalidUtf8 against the longest prefix Node's
// own UTF-8 validator (buffer.isUtf8, which follows the WHATWG decoder) accepts.
import { isUtf8 } from "node:buffer";
import { describe, expect, it } from "vitest";
import { LineSplitter, firstInvalidUtf8, type LineFileFacts, type PhysicalLine } from "../../src/core/dataset/lines.js";
import { seededRandom } from "../support/seededRandom.js";

/** Where decoding stops: the length of the longest prefix that is valid UTF-8. */
function validPrefix(bytes: Uint8Array): number {
  for (let p = bytes.length; p >= 0; p--) if (isUtf8(bytes.subarray(0, p))) return p;
  return 0;
}

function reference(file: Buffer, maxLineBytes: number): { lines: PhysicalLine[]; facts: LineFileFacts } {
  const bom = file.length >= 3 && file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
  const body = bom ? file.subarray(3) : file;
  const pieces: Buffer[] = [];
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf(0x0a, start);
    pieces.push(body.subarray(start, nl === -1 ? body.length : nl));
    if (nl === -1) break;
    start = nl + 1;
  }
  // A file ending in a newline (or empty) has no line after the last newline.
  if (pieces.length > 0 && pieces[pieces.length - 1]!.length === 0) pieces.pop();
  const lines: PhysicalLine[] = [];
  let crlfLines = 0;
  let firstCrlfLine = 0;
  pieces.forEach((raw, i) => {
    const line = i + 1;
    const terminated = i < pieces.length - 1 || body[body.length - 1] === 0x0a;
    if (raw.length > maxLineBytes) return lines.push({ kind: "too-long", line, bytes: raw.length });
    let bytes = raw;
    if (terminated && bytes[bytes.length - 1] === 0x0d) {
      bytes = bytes.subarray(0, -1);
      if (crlfLines++ === 0) firstCrlfLine = line;
    }
    if ([...bytes].every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) return lines.push({ kind: "blank", line });
    if (!isUtf8(bytes)) return lines.push({ kind: "invalid-utf8", line, byteOffset: validPrefix(bytes) });
    return lines.push({ kind: "text", line, text: bytes.toString("utf8") });
  });
  const facts = { lines: lines.length, bytes: file.length, bom, crlfLines, firstCrlfLine, finalNewline: file.length === 0 || file[file.length - 1] === 0x0a };
  return { lines, facts };
}

function streamed(file: Buffer, maxLineBytes: number, random: () => number) {
  const lines: PhysicalLine[] = [];
  const splitter = new LineSplitter((l) => lines.push(l), maxLineBytes);
  for (let i = 0; i < file.length; ) {
    const size = Math.floor(random() * 8);
    // Sometimes a Uint8Array over a larger buffer, not a Buffer: the splitter must read only its window.
    const chunk = random() < 0.3 ? new Uint8Array(file.buffer, file.byteOffset + i, Math.min(size, file.length - i)) : file.subarray(i, i + size);
    splitter.push(chunk);
    i += size;
  }
  if (random() < 0.5) splitter.push(new Uint8Array(0));
  return { lines, facts: splitter.end() };
}

const PIECES: Buffer[] = [
  ...['{"a":1}', "x", " ", "\t", "\r", "\n", "\n", "\r\n", "é", "€", "😀", "{}"].map((s) => Buffer.from(s, "utf8")),
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xef, 0xbb]),
  // A BOM's bytes after the start are text (U+FEFF), and its parts: only the first three bytes of
  // a file can be a BOM.
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from([0xbb, 0xbf]),
  Buffer.from([0xbf]),
  Buffer.from("¿", "utf8"),
];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe("LineSplitter against a whole-buffer reference", () => {
  it("gives the same lines and facts for 3,000 random files in random chunks", () => {
    const random = seededRandom(1729);
    for (let n = 0; n < 3000; n++) {
      const parts = Array.from({ length: Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]!);
      const file = Buffer.concat([...(random() < 0.3 ? [BOM] : []), ...parts]);
      const max = 2 + Math.floor(random() * 10);
      expect(streamed(file, max, random), `${file.toString("hex")} max ${max}`).toEqual(reference(file, max));
    }
  });

  it.each<[string, number[], Partial<LineFileFacts>, PhysicalLine[]]>([
    ["a file that is only a BOM", [0xef, 0xbb, 0xbf], { lines: 0, bom: true, bytes: 3, finalNewline: false }, []],
    ["two bytes of a BOM", [0xef, 0xbb], { lines: 1, bom: false, bytes: 2, finalNewline: false }, [{ kind: "invalid-utf8", line: 1, byteOffset: 0 }]],
    ["a BOM and a newline", [0xef, 0xbb, 0xbf, 0x0a], { lines: 1, bom: true, finalNewline: true }, [{ kind: "blank", line: 1 }]],
    ["three bytes, no BOM", [0x7b, 0x7d, 0x0a], { lines: 1, bom: false, finalNewline: true }, [{ kind: "text", line: 1, text: "{}" }]],
    ["one byte", [0x78], { lines: 1, bom: false, finalNewline: false }, [{ kind: "text", line: 1, text: "x" }]],
    ["a line of exactly the limit, then one byte over", [...Buffer.from("abcd\nabcde\n")], { lines: 2 }, [{ kind: "text", line: 1, text: "abcd" }, { kind: "too-long", line: 2, bytes: 5 }]],
    ["a CRLF line whose CR takes it over the limit", [...Buffer.from("abcd\r\n")], { lines: 1, crlfLines: 0 }, [{ kind: "too-long", line: 1, bytes: 5 }]],
    ["a line of tabs, spaces and a lone CR", [...Buffer.from(" \t\r \n")], { lines: 1, crlfLines: 0 }, [{ kind: "blank", line: 1 }]],
  ])("%s", (_name, data, facts, lines) => {
    for (let size = 1; size <= data.length; size++) {
      const got: PhysicalLine[] = [];
      const splitter = new LineSplitter((l) => got.push(l), 4);
      for (let i = 0; i < data.length; i += size) splitter.push(Uint8Array.from(data.slice(i, i + size)));
      expect(splitter.end()).toMatchObject(facts);
      expect(got).toEqual(lines);
    }
  });

  it("finalNewline looks at the last byte of the last non-empty read", () => {
    const splitter = new LineSplitter(() => {}, 100);
    splitter.push(Buffer.from("{}\n"));
    splitter.push(new Uint8Array(0));
    expect(splitter.end().finalNewline).toBe(true);
  });

  it("a too-long line does not hold its bytes: the next line starts clean", () => {
    const got: PhysicalLine[] = [];
    const splitter = new LineSplitter((l) => got.push(l), 4);
    for (const part of ["abc", "def", "ghi", "\nok\n"]) splitter.push(Buffer.from(part));
    splitter.end();
    expect(got).toEqual([{ kind: "too-long", line: 1, bytes: 9 }, { kind: "text", line: 2, text: "ok" }]);
  });
});

describe("firstInvalidUtf8 against Node's validator", () => {
  const EDGES = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];

  it("stops where the longest valid prefix ends, for 20,000 random byte strings", () => {
    const random = seededRandom(3629);
    for (let n = 0; n < 20000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () => EDGES[Math.floor(random() * EDGES.length)]!);
      expect(firstInvalidUtf8(bytes), Buffer.from(bytes).toString("hex")).toBe(validPrefix(bytes));
    }
  });

  it.each<[string, number[], number]>([
    ["the last one-byte character", [0x7f, 0x80], 1],
    ["the first and last two-byte leads", [0xc2, 0x80, 0xdf, 0xbf, 0xc1, 0xbf], 4],
    ["three-byte: E0 needs A0-BF next (no overlong)", [0xe0, 0xa0, 0x80, 0xe0, 0x9f, 0x80], 3],
    ["three-byte: ED 9F is the last before the surrogates", [0xed, 0x9f, 0xbf, 0xed, 0xa0, 0x80], 3],
    ["four-byte: F0 90 is the first, F4 8F the last code point", [0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf, 0xf4, 0x90, 0x80, 0x80], 8],
    ["F5 is never a lead", [0x61, 0xf5, 0x80], 1],
    ["a lead cut short by the end", [0x61, 0xe2, 0x82], 1],
    ["valid all the way", [0xe2, 0x82, 0xac, 0x61], 4],
  ])("%s", (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    expect(validPrefix(Uint8Array.from(bytes))).toBe(offset);
  });
});
