// Growable typed-array columns: per-example facts at a fixed few hundred bytes each, with no
// per-example objects for the garbage collector to walk.

type Typed = Float64Array | Uint32Array | Int32Array | Uint16Array;
type TypedConstructor<T extends Typed> = { new (length: number): T };

export class Column<T extends Typed> {
  private data: T;
  length = 0;

  constructor(
    private readonly Kind: TypedConstructor<T>,
    private readonly width = 1,
    initialRows = 1024,
  ) {
    this.data = new Kind(initialRows * width);
  }

  private grow(rows: number): void {
    if (rows * this.width <= this.data.length) return;
    const bigger = new this.Kind(Math.max(rows, (this.data.length / this.width) * 2) * this.width);
    bigger.set(this.data as never);
    this.data = bigger;
  }

  push(value: number): void {
    this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends a row of `width` values (a MinHash signature). */
  pushRow(values: ArrayLike<number>): void {
    this.grow(this.length + 1);
    (this.data as { set(v: ArrayLike<number>, offset: number): void }).set(values, this.length * this.width);
    this.length++;
  }

  get(row: number): number {
    return this.data[row]!;
  }

  row(row: number): T {
    return this.data.subarray(row * this.width, (row + 1) * this.width) as T;
  }

  /** The filled part of the column (a view, not a copy). */
  values(): T {
    return this.data.subarray(0, this.length * this.width) as T;
  }
}
