// Per-example records written as fixed-width binary and read back: every field of every record
// comes back as it was written, in a block, through a scratch file of several blocks (4,096 rows
// each: 8,300 records are two flushed blocks and a partly filled one), by a scan in row order, and
// one at a time from either side of the last flush. The oracle is the records themselves, kept in
// an array by the test.
import { describe, expect, it } from "vitest";
import { BLOCK_ROWS, ExampleRecords, RECORD_BYTES, RecordBlock, type ExampleRecord } from "../../src/core/dataset/exampleRecords.js";
import { SIGNATURE_SIZE } from "../../src/core/quality/fingerprints.js";
import { MemoryScratchFile } from "../../src/core/storage/scratch.js";
import { seededRandom } from "../support/seededRandom.js";

function randomRecord(random: () => number, row: number): ExampleRecord {
  const int = (max: number) => Math.floor(random() * max);
  return {
    file: int(5),
    line: row + 1 + int(3),
    exampleHash: random() * 2 ** 53,
    promptHash: random() < 0.2 ? Number.NaN : random() * 2 ** 53,
    answerHash: random() * 2 ** 53,
    tokens: int(70_000),
    systemId: int(4) - 1,
    shapeId: int(6) - 1,
    labelId: int(30) - 1,
    signature: Uint8Array.from({ length: SIGNATURE_SIZE }, () => int(256)),
  };
}

function readBack(block: RecordBlock, i: number): ExampleRecord {
  return {
    file: block.file(i),
    line: block.line(i),
    exampleHash: block.exampleHash(i),
    promptHash: block.promptHash(i),
    answerHash: block.answerHash(i),
    tokens: block.tokens(i),
    systemId: block.systemId(i),
    shapeId: block.shapeId(i),
    labelId: block.labelId(i),
    signature: Uint8Array.from(block.signature(i)),
  };
}

/** The fields that differ between a record read back and the one written (Object.is: NaN is NaN). */
function differences(got: ExampleRecord, want: ExampleRecord): string[] {
  const keys = ["file", "line", "exampleHash", "promptHash", "answerHash", "tokens", "systemId", "shapeId", "labelId"] as const;
  const out: string[] = keys.filter((k) => !Object.is(got[k], want[k]));
  if (got.signature.some((byte, k) => byte !== want.signature[k]) || got.signature.length !== want.signature.length) out.push("signature");
  return out;
}

describe("RecordBlock", () => {
  it("gives back every field of each slot, neighbours untouched", () => {
    const random = seededRandom(112);
    const block = new RecordBlock(5);
    const records = Array.from({ length: 5 }, (_, i) => randomRecord(random, i));
    // Written out of order, so that a field stored at another slot's offset would show.
    for (const i of [3, 0, 4, 1, 2]) block.write(i, records[i]!);
    records.forEach((r, i) => {
      expect(readBack(block, i)).toEqual(r);
      for (let k = 0; k < SIGNATURE_SIZE; k++) expect(block.signatureByte(i, k)).toBe(r.signature[k]);
    });
    expect(block.bytes.length).toBe(5 * RECORD_BYTES);
  });

  it("keeps -1 ids and NaN hashes", () => {
    const block = new RecordBlock(1);
    const r = { ...randomRecord(seededRandom(1), 0), systemId: -1, shapeId: -1, labelId: -1, promptHash: Number.NaN };
    block.write(0, r);
    expect(readBack(block, 0)).toEqual(r);
  });
});

describe("ExampleRecords over a scratch file", () => {
  const random = seededRandom(4096);
  const count = 2 * BLOCK_ROWS + 108;
  const records = Array.from({ length: count }, (_, row) => randomRecord(random, row));
  const store = new ExampleRecords(new MemoryScratchFile());
  for (const r of records) store.append(r);

  it("holds them all: two blocks written out and the rest in memory", () => {
    expect(store.size).toBe(count);
  });

  it("a scan visits every record once, in row order", () => {
    const rows: number[] = [];
    const wrong: string[] = [];
    store.scan((block, i, row) => {
      rows.push(row);
      const diff = differences(readBack(block, i), records[row]!);
      if (diff.length) wrong.push(`row ${row}: ${diff.join(", ")}`);
    });
    expect(wrong).toEqual([]);
    expect(rows).toEqual(records.map((_, row) => row));
    // A second scan reads the same (the scan block is reused).
    let again = 0;
    store.scan((block, i, row) => {
      if (block.line(i) === records[row]!.line) again++;
    });
    expect(again).toBe(count);
  });

  it("reads single records from the file and from the block being filled, into any slot", () => {
    const into = new RecordBlock(3);
    for (const row of [0, 1, BLOCK_ROWS - 1, BLOCK_ROWS, 2 * BLOCK_ROWS - 1, 2 * BLOCK_ROWS, count - 1, 777, 5000]) {
      const slot = row % 3;
      store.read(row, into, slot);
      expect(readBack(into, slot), `row ${row}`).toEqual(records[row]);
    }
  });

  it("a store of exactly one block has nothing in memory and scans it from the file", () => {
    const one = new ExampleRecords(new MemoryScratchFile());
    const exact = records.slice(0, BLOCK_ROWS);
    for (const r of exact) one.append(r);
    let seen = 0;
    one.scan((block, i, row) => {
      expect(block.tokens(i)).toBe(exact[row]!.tokens);
      seen++;
    });
    expect(seen).toBe(BLOCK_ROWS);
  });
});
