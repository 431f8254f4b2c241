// Groups examples by a key (a 53-bit hash) in bounded memory, whatever the dataset's size.
//
// Entries (key, row) are spread over 16 partitions by 4 of the key's low bits and written to scratch
// files, one per partition and role; a partition too big to sort in memory is spread again by the
// next 4 bits, and so on. Memory and open files stay bounded: 16 write buffers and 32 files per
// level, at most five levels. Each final partition is read back in chunks; a chunk is sorted by (top
// 32 bits of the key, position) as packed 64-bit integers, and its groups are merged with a carried
// state that remembers, per key, the first training row and the first holdout row seen. So every
// row of a group meets the group's first rows, training rows before holdout rows, rows in reading
// order within each role, and a key shared by millions of rows costs no more memory than any other.
import type { ScratchSpace, ScratchFile } from "../storage/scratch.js";

const LOW = 2 ** 21;
const FAN_OUT = 16;
/** Levels of spreading, 4 bits each, within the key's 21 low bits (the sort uses the other 32). */
const LEVELS = 5;
export const NONE = -1;

export interface GroupingLimits {
  /** Entries sorted in memory at once: the grouping's memory bound (about 80 bytes each, with the keys carried over). */
  chunkEntries: number;
  /** Entries buffered per partition file before a write. */
  writeEntries: number;
}

export const DEFAULT_GROUPING_LIMITS: GroupingLimits = { chunkEntries: 1 << 17, writeEntries: 512 };

/**
 * Called for each row of a group that comes after the group's first row, in order: first the
 * training rows, then the holdout rows, each in reading order. `firstTrain` and `firstHoldout` are
 * the group's first rows of each role seen before this one (NONE, -1, when there is none yet).
 */
export type GroupVisitor = (row: number, isTrain: boolean, firstTrain: number, firstHoldout: number) => void;

/** Adds one (key, row) entry; keys are integers in [0, 2^53). */
export type EmitEntry = (key: number, row: number, isTrain: boolean) => void;

/** Groups the entries that `produce` emits and visits each row of each group of two or more. */
export function groupByKey(scratch: ScratchSpace, produce: (emit: EmitEntry) => void, visit: GroupVisitor, limits = DEFAULT_GROUPING_LIMITS): void {
  const top = new Partitions(scratch, 0, limits.writeEntries);
  try {
    produce((key, row, isTrain) => top.add(key, row, isTrain));
    top.flush();
    // Reader and state are reused throughout: no garbage the size of a chunk per partition.
    new Grouping(scratch, limits, visit).run(top);
  } finally {
    top.dispose();
  }
}

class Grouping {
  private readonly reader: ChunkReader;
  private readonly state = new FirstRows();

  constructor(
    private readonly scratch: ScratchSpace,
    private readonly limits: GroupingLimits,
    private readonly visit: GroupVisitor,
  ) {
    this.reader = new ChunkReader(limits.chunkEntries);
  }

  run(level: Partitions): void {
    for (let p = 0; p < FAN_OUT; p++) {
      const train = level.file(p, true);
      const holdout = level.file(p, false);
      const entries = ((train?.size ?? 0) + (holdout?.size ?? 0)) / 16;
      if (entries > this.limits.chunkEntries && level.depth + 1 < LEVELS) {
        // Too big to sort at once: spread it by the next bits, freeing this level's files as it goes.
        const next = new Partitions(this.scratch, level.depth + 1, this.limits.writeEntries);
        try {
          this.reader.raw(train, (key, row) => next.add(key, row, true));
          this.reader.raw(holdout, (key, row) => next.add(key, row, false));
          level.release(p);
          next.flush();
          this.run(next);
        } finally {
          next.dispose();
        }
        continue;
      }
      this.state.clear();
      this.reader.sorted(train, (chunk) => this.state.merge(chunk, true, this.visit));
      this.reader.sorted(holdout, (chunk) => this.state.merge(chunk, false, this.visit));
      level.release(p);
    }
  }
}

/** One level's partitions: a buffered scratch file per partition and role, created on first use. */
class Partitions {
  private readonly files: (ScratchFile | undefined)[] = new Array<ScratchFile | undefined>(2 * FAN_OUT).fill(undefined);
  private readonly buffers: Float64Array[] = [];
  private readonly filled = new Uint32Array(2 * FAN_OUT);
  private readonly divisor: number;

  constructor(
    private readonly scratch: ScratchSpace,
    readonly depth: number,
    private readonly bufferEntries: number,
  ) {
    this.divisor = FAN_OUT ** depth;
  }

  add(key: number, row: number, isTrain: boolean): void {
    const f = 2 * (Math.floor((key % LOW) / this.divisor) % FAN_OUT) + (isTrain ? 0 : 1);
    const buffer = (this.buffers[f] ??= new Float64Array(2 * this.bufferEntries));
    const at = 2 * this.filled[f]!++;
    buffer[at] = key;
    buffer[at + 1] = row;
    if (this.filled[f] === this.bufferEntries) this.write(f);
  }

  flush(): void {
    for (let f = 0; f < this.files.length; f++) if (this.filled[f]) this.write(f);
  }

  file(p: number, isTrain: boolean): ScratchFile | undefined {
    return this.files[2 * p + (isTrain ? 0 : 1)];
  }

  /** Frees a partition's files once it has been grouped or spread further. */
  release(p: number): void {
    for (const f of [2 * p, 2 * p + 1]) {
      this.files[f]?.dispose();
      this.files[f] = undefined;
    }
  }

  dispose(): void {
    for (let p = 0; p < FAN_OUT; p++) this.release(p);
  }

  private write(f: number): void {
    const file = (this.files[f] ??= this.scratch.create());
    file.append(new Uint8Array(this.buffers[f]!.buffer, 0, this.filled[f]! * 16));
    this.filled[f] = 0;
  }
}

/** Entries of a partition file: key at 2i, row at 2i + 1; `order` puts them in key order. */
interface Chunk {
  entries: Float64Array;
  length: number;
  order: Uint32Array;
}

/** Reads a partition file back `chunkEntries` entries at a time, into buffers reused throughout. */
class ChunkReader {
  private readonly chunk: Chunk;
  private readonly packed: BigUint64Array;

  constructor(private readonly chunkEntries: number) {
    this.chunk = { entries: new Float64Array(2 * chunkEntries), length: 0, order: new Uint32Array(chunkEntries) };
    this.packed = new BigUint64Array(chunkEntries);
  }

  /** Each chunk of the file, in key order. */
  sorted(file: ScratchFile | undefined, use: (chunk: Chunk) => void): void {
    this.read(file, (chunk) => {
      sortByKey(chunk, this.packed);
      use(chunk);
    });
  }

  /** Each entry of the file, in the order written. */
  raw(file: ScratchFile | undefined, use: (key: number, row: number) => void): void {
    this.read(file, ({ entries, length }) => {
      for (let i = 0; i < length; i++) use(entries[2 * i]!, entries[2 * i + 1]!);
    });
  }

  private read(file: ScratchFile | undefined, use: (chunk: Chunk) => void): void {
    if (!file) return;
    const { chunk } = this;
    const bytes = new Uint8Array(chunk.entries.buffer);
    for (let offset = 0; offset < file.size; offset += this.chunkEntries * 16) {
      chunk.length = Math.min(this.chunkEntries, (file.size - offset) / 16);
      file.read(offset, bytes.subarray(0, chunk.length * 16));
      use(chunk);
    }
  }
}

/** Per key seen so far in a partition, ascending: the first training row and first holdout row. */
class FirstRows {
  private size = 0;
  /** key, first training row, first holdout row: three numbers per key. */
  private current = new Float64Array(0);
  private next = new Float64Array(0);

  clear(): void {
    this.size = 0;
  }

  /** Visits the chunk's rows with their groups' first rows, and remembers the chunk's keys. */
  merge(chunk: Chunk, isTrain: boolean, visit: GroupVisitor): void {
    const { entries, order, length: n } = chunk;
    const old = this.current;
    const oldSize = this.size;
    if (this.next.length < 3 * (oldSize + n)) this.next = new Float64Array(Math.max(3 * (oldSize + n), 2 * this.next.length));
    const out = this.next;
    let size = 0;
    let o = 0;
    const keep = (key: number, t: number, h: number) => {
      out[3 * size] = key;
      out[3 * size + 1] = t;
      out[3 * size + 2] = h;
      size++;
    };
    for (let start = 0; start < n; ) {
      const key = entries[2 * order[start]!]!;
      let end = start + 1;
      while (end < n && entries[2 * order[end]!] === key) end++;
      for (; o < oldSize && old[3 * o]! < key; o++) keep(old[3 * o]!, old[3 * o + 1]!, old[3 * o + 2]!);
      let firstTrain = NONE;
      let firstHoldout = NONE;
      if (o < oldSize && old[3 * o] === key) {
        firstTrain = old[3 * o + 1]!;
        firstHoldout = old[3 * o + 2]!;
        o++;
      }
      for (let i = start; i < end; i++) {
        const row = entries[2 * order[i]! + 1]!;
        if (firstTrain !== NONE || firstHoldout !== NONE) visit(row, isTrain, firstTrain, firstHoldout);
        if (isTrain && firstTrain === NONE) firstTrain = row;
        if (!isTrain && firstHoldout === NONE) firstHoldout = row;
      }
      keep(key, firstTrain, firstHoldout);
      start = end;
    }
    for (; o < oldSize; o++) keep(old[3 * o]!, old[3 * o + 1]!, old[3 * o + 2]!);
    this.next = old;
    this.current = out;
    this.size = size;
  }
}

/**
 * Puts the chunk's positions in (key, position) order. Sorting (top 32 bits, position) packed in
 * 64-bit integers is native and allocation-free; the rare runs that share the top 32 bits but not
 * the whole key are then put in key order.
 */
function sortByKey(chunk: Chunk, packedBuffer: BigUint64Array): void {
  const { entries, length: n } = chunk;
  const packed = packedBuffer.subarray(0, n);
  const halves = new Uint32Array(packed.buffer, 0, 2 * n);
  for (let i = 0; i < n; i++) {
    halves[2 * i] = i;
    halves[2 * i + 1] = Math.floor(entries[2 * i]! / LOW);
  }
  packed.sort();
  const order = chunk.order;
  for (let i = 0; i < n; i++) order[i] = halves[2 * i]!;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && halves[2 * end + 1] === halves[2 * start + 1]) end++;
    if (end - start > 1) {
      const run = order.subarray(start, end);
      let mixed = false;
      for (let i = 1; i < run.length && !mixed; i++) mixed = entries[2 * run[i]!] !== entries[2 * run[0]!];
      if (mixed) run.set(Array.from(run).sort((a, b) => entries[2 * a]! - entries[2 * b]! || a - b));
    }
    start = end;
  }
}
