// Per-example facts as fixed-width binary records (112 bytes each), appended to a scratch file in
// blocks and read back in scans or one at a time. Nothing per example stays on the heap.
import type { ScratchFile } from "../storage/scratch.js";
import { SIGNATURE_SIZE } from "../quality/fingerprints.js";

export const RECORD_BYTES = 48 + SIGNATURE_SIZE;
const F64 = RECORD_BYTES / 8;
const U32 = RECORD_BYTES / 4;
const SIGNATURE_AT = 48;
/** Rows per block: half a megabyte, so that a scan makes few, large reads. */
export const BLOCK_ROWS = 4096;

export interface ExampleRecord {
  file: number;
  line: number;
  exampleHash: number;
  /** NaN when the example has no answer. */
  promptHash: number;
  answerHash: number;
  tokens: number;
  /** Id of the (hashed) system prompt, -1 without one. */
  systemId: number;
  /** Id of the answer's shape, -1 without a textual answer. */
  shapeId: number;
  /** Id of the answer as a label, -1 when it is too long to be one. */
  labelId: number;
  signature: Uint8Array;
}

/** Room for `capacity` records, with typed views over the same bytes. */
export class RecordBlock {
  readonly bytes: Uint8Array;
  private readonly f64: Float64Array;
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;

  constructor(readonly capacity: number) {
    const buffer = new ArrayBuffer(capacity * RECORD_BYTES);
    this.bytes = new Uint8Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.i32 = new Int32Array(buffer);
  }

  write(i: number, r: ExampleRecord): void {
    const f = i * F64;
    const u = i * U32;
    this.f64[f] = r.exampleHash;
    this.f64[f + 1] = r.promptHash;
    this.f64[f + 2] = r.answerHash;
    this.u32[u + 6] = r.line;
    this.u32[u + 7] = r.tokens;
    this.i32[u + 8] = r.systemId;
    this.i32[u + 9] = r.shapeId;
    this.i32[u + 10] = r.labelId;
    this.u32[u + 11] = r.file;
    this.bytes.set(r.signature, i * RECORD_BYTES + SIGNATURE_AT);
  }

  exampleHash(i: number): number {
    return this.f64[i * F64]!;
  }
  promptHash(i: number): number {
    return this.f64[i * F64 + 1]!;
  }
  answerHash(i: number): number {
    return this.f64[i * F64 + 2]!;
  }
  line(i: number): number {
    return this.u32[i * U32 + 6]!;
  }
  tokens(i: number): number {
    return this.u32[i * U32 + 7]!;
  }
  systemId(i: number): number {
    return this.i32[i * U32 + 8]!;
  }
  shapeId(i: number): number {
    return this.i32[i * U32 + 9]!;
  }
  labelId(i: number): number {
    return this.i32[i * U32 + 10]!;
  }
  file(i: number): number {
    return this.u32[i * U32 + 11]!;
  }
  /** The MinHash signature (a view into the block). */
  signature(i: number): Uint8Array {
    const at = i * RECORD_BYTES + SIGNATURE_AT;
    return this.bytes.subarray(at, at + SIGNATURE_SIZE);
  }
  /** The byte at `k` of the signature, without making a view. */
  signatureByte(i: number, k: number): number {
    return this.bytes[i * RECORD_BYTES + SIGNATURE_AT + k]!;
  }
}

/** The records of a review, in reading order (row r is the r-th example read). */
export class ExampleRecords {
  private readonly filling = new RecordBlock(BLOCK_ROWS);
  private filled = 0;
  private flushedRows = 0;
  private scanBlock: RecordBlock | undefined;

  constructor(private readonly file: ScratchFile) {}

  get size(): number {
    return this.flushedRows + this.filled;
  }

  append(record: ExampleRecord): void {
    this.filling.write(this.filled++, record);
    if (this.filled === BLOCK_ROWS) {
      this.file.append(this.filling.bytes);
      this.flushedRows += BLOCK_ROWS;
      this.filled = 0;
    }
  }

  /** Visits every record in row order. */
  scan(visit: (block: RecordBlock, i: number, row: number) => void): void {
    this.scanBlock ??= new RecordBlock(BLOCK_ROWS);
    const block = this.scanBlock;
    for (let first = 0; first < this.flushedRows; first += BLOCK_ROWS) {
      this.file.read(first * RECORD_BYTES, block.bytes);
      for (let i = 0; i < BLOCK_ROWS; i++) visit(block, i, first + i);
    }
    for (let i = 0; i < this.filled; i++) visit(this.filling, i, this.flushedRows + i);
  }

  /** Copies one record into `slot` of `into`. */
  read(row: number, into: RecordBlock, slot: number): void {
    const target = into.bytes.subarray(slot * RECORD_BYTES, (slot + 1) * RECORD_BYTES);
    if (row >= this.flushedRows) {
      const at = (row - this.flushedRows) * RECORD_BYTES;
      target.set(this.filling.bytes.subarray(at, at + RECORD_BYTES));
    } else {
      this.file.read(row * RECORD_BYTES, target);
    }
  }

  dispose(): void {
    this.file.dispose();
    this.scanBlock = undefined;
  }
}
