// Walks over parsed JSON without recursion. JSON.parse accepts any depth, but recursive code
// (JSON.stringify among it) overflows the stack somewhere past ten thousand levels, and one such
// line must not stop the review of all the others: lines nested deeper than MAX_NESTING are
// reported and not examined further, and these walkers are what decides it.

/** Deeper lines are reported as nesting-too-deep; real examples (tool schemas included) stay far below. */
export const MAX_NESTING = 100;

/** The nesting depth of a value (a string or number is 0, {} and [] are 1), counted up to `limit` + 1. */
export function nestingDepth(value: unknown, limit = MAX_NESTING): number {
  if (value === null || typeof value !== "object") return 0;
  let deepest = 1;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v as object)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Every string in a value, object keys included, in document order. */
export function stringsOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]![1], entries[i]![0]);
    }
  }
  return out;
}
