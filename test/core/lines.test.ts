import { describe, expect, it } from "vitest";
import { LineSplitter, firstInvalidUtf8, type PhysicalLine } from "../../src/core/dataset/lines.js";

function split(input: Uint8Array, chunkSize: number, maxLineBytes = 1 << 20) {
  const lines: PhysicalLine[] = [];
  const splitter = new LineSplitter((l) => lines.push(l), maxLineBytes);
  for (let i = 0; i < input.length; i += chunkSize) splitter.push(input.subarray(i, i + chunkSize));
  return { lines, facts: splitter.end() };
}

const bytes = (s: string) => Buffer.from(s, "utf8");

describe("reading JSONL lines", () => {
  it("accounts for every physical line, whatever the chunk boundaries", () => {
    const input = Buffer.concat([bytes('\uFEFF{"a":1}\r\n\n  \n{"b":"é"}\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), bytes('{"c":"last"}')]);
    for (let size = 1; size <= input.length; size++) {
      const { lines, facts } = split(input, size);
      expect(lines.map((l) => l.kind)).toEqual(["text", "blank", "blank", "text", "invalid-utf8", "text"]);
      expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(facts).toMatchObject({ lines: 6, bom: true, crlfLines: 1, firstCrlfLine: 1, finalNewline: false, bytes: input.length });
      expect(lines[0]).toEqual({ kind: "text", line: 1, text: '{"a":1}' });
      expect(lines[3]).toEqual({ kind: "text", line: 4, text: '{"b":"é"}' });
    }
  });

  it("skips a line over the byte limit without holding it, and reports its size", () => {
    const long = "x".repeat(5000);
    const { lines } = split(bytes(`{"a":1}\n${long}\n{"b":2}\n`), 64, 1024);
    expect(lines).toEqual([
      { kind: "text", line: 1, text: '{"a":1}' },
      { kind: "too-long", line: 2, bytes: 5000 },
      { kind: "text", line: 3, text: '{"b":2}' },
    ]);
  });

  it("calls only a CR before a newline a CRLF ending, not a lone CR at the very end of the file", () => {
    for (let size = 1; size <= 12; size++) {
      const lone = split(bytes('{"a":1}\n{"b":2}\r'), size);
      expect(lone.facts).toMatchObject({ lines: 2, crlfLines: 0, firstCrlfLine: 0, finalNewline: false });
      expect(lone.lines.map((l) => l.kind)).toEqual(["text", "text"]);
      const crlf = split(bytes('{"a":1}\n{"b":2}\r\n'), size);
      expect(crlf.facts).toMatchObject({ lines: 2, crlfLines: 1, firstCrlfLine: 2, finalNewline: true });
      expect(crlf.lines[1]).toEqual({ kind: "text", line: 2, text: '{"b":2}' });
    }
  });

  it("treats an empty file as zero lines with nothing to report", () => {
    const { lines, facts } = split(new Uint8Array(0), 8);
    expect(lines).toEqual([]);
    expect(facts).toMatchObject({ lines: 0, finalNewline: true, bom: false });
  });

  it("points at the first byte that breaks UTF-8", () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc3, 0x28]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80]))).toBe(3);
    expect(firstInvalidUtf8(bytes("fine"))).toBe(4);
  });
});
