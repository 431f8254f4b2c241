// Walks over parsed JSON without recursion and without copying it. JSON.parse accepts any depth,
// but recursive code (JSON.stringify among it) overflows the stack somewhere past ten thousand
// levels, and one such line must not stop the review of all the others: lines nested deeper than
// MAX_NESTING are reported and not examined further. A line may also be wide (a million keys, an
// array of eight million numbers): the walks here cost one step per value and allocate nothing
// in proportion to it.

/** Deeper lines are reported as nesting-too-deep; real examples (tool schemas included) stay far below. */
export const MAX_NESTING = 100;

/**
 * Lines with more arrays and objects are reported as too-many-values and not parsed: JSON.parse
 * turns the two characters "[]" into some 32 bytes and "{}" into 56, so 16 MB of them need several
 * hundred megabytes, more than the review's heap (and V8 then ends the whole process).
 */
export const MAX_CONTAINERS = 200_000;

/** How many arrays and objects a line of JSON text opens (outside strings), counted up to `limit` + 1. */
export function containersInText(text: string, limit = MAX_CONTAINERS): number {
  // Each one takes at least two characters: a shorter line cannot hold too many.
  if (text.length <= 2 * limit) return 0;
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if ((c === 91 || c === 123) && ++count > limit) return count;
  }
  return count;
}

export interface JsonSize {
  /** Nesting depth: a string or number is 0, {} and [] are 1. Counting stops past the limit. */
  depth: number;
  /** Values, keys not counted (up to where counting stopped). */
  values: number;
}

/** How deep and how wide a value is, counted up to a depth of `limit` + 1. */
export function jsonSize(value: unknown, limit = MAX_NESTING): JsonSize {
  let depth = 0;
  let values = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, level] = stack.pop()!;
    values++;
    if (v === null || typeof v !== "object") continue;
    if (level > depth) depth = level;
    if (depth > limit) break;
    if (Array.isArray(v)) {
      for (const child of v) {
        if (child !== null && typeof child === "object") stack.push([child, level + 1]);
        else values++;
      }
    } else {
      for (const key in v) {
        const child = (v as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") stack.push([child, level + 1]);
        else values++;
      }
    }
  }
  return { depth, values };
}

/** Calls `visit` with every string in a value, object keys included, in document order. */
export function forEachString(value: unknown, visit: (text: string) => void): void {
  // Objects are expanded into their keys and values on the stack, last first, so that they come
  // off it in document order; an array is kept as (array, next index) so as not to copy it.
  const stack: unknown[] = [value];
  const arrayAt: number[] = [];
  while (stack.length) {
    const v = stack[stack.length - 1];
    if (Array.isArray(v)) {
      const at = arrayAt[stack.length - 1] ?? 0;
      if (at >= v.length) {
        stack.pop();
        arrayAt.length = stack.length;
        continue;
      }
      arrayAt[stack.length - 1] = at + 1;
      stack.push(v[at]);
      continue;
    }
    stack.pop();
    arrayAt.length = stack.length;
    if (typeof v === "string") visit(v);
    else if (v !== null && typeof v === "object") {
      const start = stack.length;
      for (const key in v) stack.push(key, (v as Record<string, unknown>)[key]);
      // Reverse this object's entries so that the first key comes off the stack first.
      for (let i = start, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j], stack[i]];
    }
  }
}
