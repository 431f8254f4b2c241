// Growable typed-array columns: per-example facts at a fixed few hundred bytes each, with no
// per-example objects for the garbage collector to walk. Storage grows in fixed blocks, so a
// column never holds more than one block of slack and never copies itself to grow.

type Typed = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;
type TypedConstructor<T extends Typed> = { new (length: number): T };

const BLOCK_ROWS = 16_384;

export class Column<T extends Typed> {
  private readonly blocks: T[] = [];
  length = 0;

  constructor(
    private readonly Kind: TypedConstructor<T>,
    private readonly width = 1,
  ) {}

  private slot(row: number): { block: T; offset: number } {
    const b = Math.floor(row / BLOCK_ROWS);
    while (this.blocks.length <= b) this.blocks.push(new this.Kind(BLOCK_ROWS * this.width));
    return { block: this.blocks[b]!, offset: (row % BLOCK_ROWS) * this.width };
  }

  push(value: number): void {
    const { block, offset } = this.slot(this.length++);
    block[offset] = value;
  }

  /** Appends a row of `width` values (a MinHash signature). */
  pushRow(values: ArrayLike<number>): void {
    const { block, offset } = this.slot(this.length++);
    (block as { set(v: ArrayLike<number>, offset: number): void }).set(values, offset);
  }

  get(row: number): number {
    return this.blocks[Math.floor(row / BLOCK_ROWS)]![(row % BLOCK_ROWS) * this.width]!;
  }

  /** Value k of a row of `width` values, without making a view. */
  at(row: number, k: number): number {
    return this.blocks[Math.floor(row / BLOCK_ROWS)]![(row % BLOCK_ROWS) * this.width + k]!;
  }

  /** One row of `width` values (a view, not a copy). */
  row(row: number): T {
    const offset = (row % BLOCK_ROWS) * this.width;
    return this.blocks[Math.floor(row / BLOCK_ROWS)]!.subarray(offset, offset + this.width) as T;
  }
}
