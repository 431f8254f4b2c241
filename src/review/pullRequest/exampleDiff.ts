// Which examples a pull request adds, removes and changes, compared by content rather than by
// line: the same example moved to another line or file is unchanged, and one whose prompt stayed
// while its answer changed is "changed". Runs over the two reviews' example indexes, per role.
import type { ExampleIndex, FileRole } from "../../core/dataset/exampleStore.js";
import type { ChangedExampleRef, ExampleChanges, ExampleRef } from "../report/pullRequestModel.js";

const ROLES: FileRole[] = ["train", "holdout"];

/** Rows grouped by a key, popped one at a time: a multiset of rows without an array per key. */
class RowBuckets {
  private readonly first = new Map<number, number>();
  private readonly next: Int32Array;

  constructor(size: number) {
    this.next = new Int32Array(size).fill(-1);
  }

  add(key: number, row: number): void {
    const head = this.first.get(key);
    this.next[row] = head ?? -1;
    this.first.set(key, row);
  }

  take(key: number): number | undefined {
    const row = this.first.get(key);
    if (row === undefined) return undefined;
    const after = this.next[row]!;
    if (after < 0) this.first.delete(key);
    else this.first.set(key, after);
    return row;
  }
}

export function diffExamples(base: ExampleIndex, head: ExampleIndex, samplesPerKind = 50): ExampleChanges {
  const out: ExampleChanges = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    tokensDelta: 0,
    byRole: { train: { added: 0, removed: 0, changed: 0, tokensDelta: 0 }, holdout: { added: 0, removed: 0, changed: 0, tokensDelta: 0 } },
    samples: { added: [], removed: [], changed: [] },
  };
  const ref = (index: ExampleIndex, row: number, role: FileRole): ExampleRef => ({ role, file: index.files[index.file[row]!]!.path, line: index.line[row]!, tokens: index.tokens[row]! });
  for (const role of ROLES) {
    const baseRows = rowsOf(base, role);
    const headRows = rowsOf(head, role);
    const counts = out.byRole[role];
    // 1. Same content on both sides: unchanged, whatever file or line it is on.
    const byContent = new RowBuckets(base.line.length);
    for (let i = baseRows.length - 1; i >= 0; i--) byContent.add(base.exampleHash[baseRows[i]!]!, baseRows[i]!);
    const onlyHead: number[] = [];
    for (const row of headRows) {
      if (byContent.take(head.exampleHash[row]!) === undefined) onlyHead.push(row);
      else out.unchanged++;
    }
    // Base rows left in the buckets are those head does not have; mark the others as matched.
    const leftInBase = new Set<number>();
    for (const row of baseRows) {
      const taken = byContent.take(base.exampleHash[row]!);
      if (taken !== undefined) leftInBase.add(taken);
    }
    // 2. Same prompt, different answer: changed. Pair them in file order.
    const byPrompt = new RowBuckets(base.line.length);
    const remainingBase = baseRows.filter((r) => leftInBase.has(r));
    for (let i = remainingBase.length - 1; i >= 0; i--) {
      const row = remainingBase[i]!;
      if (!Number.isNaN(base.promptHash[row]!)) byPrompt.add(base.promptHash[row]!, row);
    }
    const pairedBase = new Set<number>();
    for (const row of onlyHead) {
      const prompt = head.promptHash[row]!;
      const partner = Number.isNaN(prompt) ? undefined : byPrompt.take(prompt);
      const tokens = head.tokens[row]!;
      if (partner === undefined) {
        counts.added++;
        counts.tokensDelta += tokens;
        if (out.samples.added.length < samplesPerKind) out.samples.added.push(ref(head, row, role));
        continue;
      }
      pairedBase.add(partner);
      counts.changed++;
      const delta = tokens - base.tokens[partner]!;
      counts.tokensDelta += delta;
      if (out.samples.changed.length < samplesPerKind) {
        const was = ref(base, partner, role);
        const changed: ChangedExampleRef = { ...ref(head, row, role), base: { file: was.file, line: was.line, tokens: was.tokens }, tokensDelta: delta };
        out.samples.changed.push(changed);
      }
    }
    for (const row of remainingBase) {
      if (pairedBase.has(row)) continue;
      counts.removed++;
      counts.tokensDelta -= base.tokens[row]!;
      if (out.samples.removed.length < samplesPerKind) out.samples.removed.push(ref(base, row, role));
    }
    out.added += counts.added;
    out.removed += counts.removed;
    out.changed += counts.changed;
    out.tokensDelta += counts.tokensDelta;
  }
  return out;
}

function rowsOf(index: ExampleIndex, role: FileRole): number[] {
  const rows: number[] = [];
  for (let r = 0; r < index.line.length; r++) if (index.files[index.file[r]!]!.role === role) rows.push(r);
  return rows;
}
