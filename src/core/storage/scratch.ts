// Scratch storage for the dataset-wide checks: append-only byte files that can be read back at any
// offset. The core writes per-example records and grouping entries here instead of holding them,
// so that its memory stays flat whatever the dataset's size; where the bytes live (memory, a
// temporary file) is the caller's choice.

export interface ScratchFile {
  /** Bytes appended so far. */
  readonly size: number;
  /** Appends a copy of `bytes`. */
  append(bytes: Uint8Array): void;
  /** Fills `into` with the bytes from `offset` (which must all have been appended). */
  read(offset: number, into: Uint8Array): void;
  /** Frees the file's storage; it must not be used afterwards. */
  dispose(): void;
}

export interface ScratchSpace {
  create(): ScratchFile;
}

/** Scratch files held in memory in the blocks they were appended in. */
export class MemoryScratchFile implements ScratchFile {
  private blocks: Uint8Array[] = [];
  /** Offset of each block's first byte, ascending. */
  private starts: number[] = [];
  size = 0;

  append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.starts.push(this.size);
    this.blocks.push(bytes.slice());
    this.size += bytes.length;
  }

  read(offset: number, into: Uint8Array): void {
    if (offset < 0 || offset + into.length > this.size) throw new RangeError(`scratch read of ${into.length} bytes at ${offset} is past the end (${this.size})`);
    let b = this.blockAt(offset);
    let done = 0;
    while (done < into.length) {
      const block = this.blocks[b]!;
      const from = offset + done - this.starts[b]!;
      const take = Math.min(block.length - from, into.length - done);
      into.set(block.subarray(from, from + take), done);
      done += take;
      b++;
    }
  }

  dispose(): void {
    this.blocks = [];
    this.starts = [];
  }

  private blockAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export const memoryScratch: ScratchSpace = { create: () => new MemoryScratchFile() };
