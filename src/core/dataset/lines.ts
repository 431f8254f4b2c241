// Splits a stream of bytes into physical JSONL lines without ever holding more than one line,
// so memory stays flat whatever the file size. Every physical line comes out exactly once,
// as text, blank, undecodable or too long: that is what lets the counts reconcile.
import { isUtf8 } from "node:buffer";

export type PhysicalLine =
  | { kind: "text"; line: number; text: string }
  | { kind: "blank"; line: number }
  | { kind: "invalid-utf8"; line: number; byteOffset: number }
  | { kind: "too-long"; line: number; bytes: number };

export interface LineFileFacts {
  lines: number;
  bytes: number;
  bom: boolean;
  crlfLines: number;
  /** 1-based number of the first CRLF line, 0 when none. */
  firstCrlfLine: number;
  finalNewline: boolean;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private skipping = false;
  private lineNo = 0;
  private bytes = 0;
  private atStart = true;
  private head = Buffer.alloc(0);
  private sawBom = false;
  private crlfLines = 0;
  private firstCrlfLine = 0;
  private lastByte = -1;

  constructor(
    private readonly emit: (line: PhysicalLine) => void,
    private readonly maxLineBytes: number,
  ) {}

  push(input: Uint8Array): void {
    if (input.length === 0) return;
    let chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.length);
    this.bytes += chunk.length;
    this.lastByte = chunk[chunk.length - 1]!;
    if (this.atStart) {
      // A BOM is decided on the first three bytes, which may come in more than one read.
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 3) return;
      chunk = this.stripBom(this.head);
      this.head = Buffer.alloc(0);
    }
    this.split(chunk);
  }

  private split(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl === -1) break;
      this.completeLine(chunk.subarray(start, nl), true);
      start = nl + 1;
    }
    if (start < chunk.length) this.keepPartial(chunk.subarray(start));
  }

  /** Ends the input: emits a last line that had no newline, and returns the file's facts. */
  end(): LineFileFacts {
    if (this.atStart && this.head.length > 0) {
      this.atStart = false;
      this.split(this.head);
    }
    if (this.pendingBytes > 0 || this.skipping) this.completeLine(Buffer.alloc(0), false);
    return {
      lines: this.lineNo,
      bytes: this.bytes,
      bom: this.sawBom,
      crlfLines: this.crlfLines,
      firstCrlfLine: this.firstCrlfLine,
      finalNewline: this.bytes === 0 || this.lastByte === NEWLINE,
    };
  }

  private stripBom(chunk: Buffer): Buffer {
    this.atStart = false;
    if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      this.sawBom = true;
      return chunk.subarray(3);
    }
    return chunk;
  }

  private keepPartial(part: Buffer): void {
    if (this.skipping) {
      this.pendingBytes += part.length;
      return;
    }
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.skipping = true;
      this.pending = [];
      return;
    }
    // Copy: the reader may reuse the chunk's memory.
    this.pending.push(Buffer.from(part));
  }

  /** `terminated`: the line ended with a newline (the last line of a file may not). */
  private completeLine(tail: Buffer, terminated: boolean): void {
    const line = ++this.lineNo;
    if (this.skipping) {
      const bytes = this.pendingBytes + tail.length;
      this.skipping = false;
      this.pending = [];
      this.pendingBytes = 0;
      this.emit({ kind: "too-long", line, bytes });
      return;
    }
    let bytes = tail;
    if (this.pending.length > 0) {
      this.pending.push(tail);
      bytes = Buffer.concat(this.pending, this.pendingBytes + tail.length);
      this.pending = [];
      this.pendingBytes = 0;
    }
    if (bytes.length > this.maxLineBytes) {
      this.emit({ kind: "too-long", line, bytes: bytes.length });
      return;
    }
    // Only a CR right before the newline makes a CRLF ending; a lone CR at the very end of a file
    // is trailing whitespace (JSON allows it), and the missing newline is reported on its own.
    if (terminated && bytes.length > 0 && bytes[bytes.length - 1] === CR) {
      bytes = bytes.subarray(0, bytes.length - 1);
      if (this.crlfLines++ === 0) this.firstCrlfLine = line;
    }
    if (isBlank(bytes)) {
      this.emit({ kind: "blank", line });
      return;
    }
    if (!isUtf8(bytes)) {
      this.emit({ kind: "invalid-utf8", line, byteOffset: firstInvalidUtf8(bytes) });
      return;
    }
    this.emit({ kind: "text", line, text: bytes.toString("utf8") });
  }
}

function isBlank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== CR) return false;
  }
  return true;
}

/** The 0-based offset of the first byte that breaks UTF-8, for an error a person can find. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need > 0 && !isUtf8(bytes.subarray(i, i + need + 1))) return i;
    i += need + 1;
  }
  return bytes.length;
}
