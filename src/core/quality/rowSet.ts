// A set of row numbers as one bit per example: which rows a check has already reported.
export class RowSet {
  private readonly bits: Uint8Array;

  constructor(rows: number) {
    this.bits = new Uint8Array(Math.ceil(rows / 8));
  }

  has(row: number): boolean {
    return (this.bits[row >>> 3]! & (1 << (row & 7))) !== 0;
  }

  add(row: number): void {
    this.bits[row >>> 3]! |= 1 << (row & 7);
  }
}
