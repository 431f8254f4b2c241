// Groups rows by a 53-bit key without a hash map: (top 32 bits of the key, row) pairs are packed in
// 64-bit integers and sorted natively, so memory is 8 bytes per row outside the heap whatever the
// dataset size. Rows within a group come in ascending order, so "the first" is the earliest read.

const LOW_BITS = 2 ** 21;

/**
 * Calls `visit` once per group of two or more rows sharing a key (NaN keys are left out), with the
 * group's rows in ascending order.
 */
export function forEachGroup(rows: ArrayLike<number>, keyOf: (row: number) => number, visit: (group: number[]) => void): void {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (!Number.isNaN(keyOf(rows[i]!))) n++;
  const candidates = new Uint32Array(n);
  for (let i = 0, j = 0; i < rows.length; i++) if (!Number.isNaN(keyOf(rows[i]!))) candidates[j++] = rows[i]!;
  const packed = new BigUint64Array(n);
  const halves = new Uint32Array(packed.buffer);
  for (let i = 0; i < n; i++) {
    const row = candidates[i]!;
    halves[2 * i] = row;
    halves[2 * i + 1] = Math.floor(keyOf(row) / LOW_BITS);
  }
  packed.sort();
  for (let start = 0; start < n; ) {
    const high = halves[2 * start + 1];
    let end = start + 1;
    while (end < n && halves[2 * end + 1] === high) end++;
    if (end - start > 1) splitByExactKey(halves, start, end, keyOf, visit);
    start = end;
  }
}

/** Rows sharing the top 32 bits almost always share the whole key; separate the rare others. */
function splitByExactKey(halves: Uint32Array, start: number, end: number, keyOf: (row: number) => number, visit: (group: number[]) => void): void {
  const groups: { key: number; rows: number[] }[] = [];
  for (let i = start; i < end; i++) {
    const row = halves[2 * i]!;
    const key = keyOf(row);
    const group = groups.find((g) => g.key === key);
    if (group) group.rows.push(row);
    else groups.push({ key, rows: [row] });
  }
  for (const g of groups) if (g.rows.length > 1) visit(g.rows);
}
