// Collects findings with the user's severity overrides applied, counting every one but keeping, per
// code, only the `keepPerCode` that come first in reading order (files in the order they were
// registered, then lines): a file where every line is broken cannot exhaust memory, and which ones
// are kept does not depend on the order the checks happen to find them in.
import { FINDING_CODES, UNSILENCEABLE_CODES, compareFindings, severityRank, type Finding, type FindingCode, type Location, type Severity, type SeverityOverride } from "./findings.js";

/** Every finding of one code at its default severity, whatever the config said. */
export interface UnsilencedFindings {
  count: number;
  /** The first ones in reading order (as many as are kept per code). */
  findings: Finding[];
}

export interface CodeCount {
  code: FindingCode;
  severity: Severity;
  count: number;
  kept: number;
}

/** A value, or how to make it: built only when the finding is kept. */
type Lazy<T> = T | (() => T);

interface Kept {
  finding: Finding;
  /** Position in reading order: file order, then line. */
  order: number;
}

const LINES_PER_FILE = 2 ** 32;

export class FindingCollector {
  /** Per code, a max-heap on `order`: the latest kept finding is on top, ready to give way. */
  private kept = new Map<FindingCode, Kept[]>();
  private counts = new Map<FindingCode, CodeCount>();
  private fileOrder = new Map<string, number>();
  suppressed = 0;
  /** UNSILENCEABLE_CODES at their default severities; absent in that record itself. */
  private readonly unsilenced: FindingCollector | undefined;

  constructor(
    private readonly overrides: Partial<Record<FindingCode, SeverityOverride>> = {},
    private readonly keepPerCode = 1000,
    recordUnsilenced = true,
  ) {
    this.unsilenced = recordUnsilenced ? new FindingCollector({}, keepPerCode, false) : undefined;
  }

  /** Declares the files in reading order (a file first seen in a finding goes after them). */
  registerFile(path: string): void {
    if (!this.fileOrder.has(path)) this.fileOrder.set(path, this.fileOrder.size);
    this.unsilenced?.registerFile(path);
  }

  /** Every finding of an UNSILENCEABLE_CODES code, counted and kept as if no config had touched it. */
  unsilencedFindings(code: FindingCode): UnsilencedFindings {
    if (!UNSILENCEABLE_CODES.has(code)) throw new Error(`${code} is not recorded whatever its severity`);
    const record = this.unsilenced!;
    return { count: record.counts.get(code)?.count ?? 0, findings: record.findings().filter((f) => f.code === code) };
  }

  severityOf(code: FindingCode): SeverityOverride {
    return this.overrides[code] ?? FINDING_CODES[code].severity;
  }

  add(code: FindingCode, at: Location, message: Lazy<string>, related?: Lazy<Location>): void {
    if (this.unsilenced && UNSILENCEABLE_CODES.has(code)) this.unsilenced.add(code, at, message, related);
    const severity = this.severityOf(code);
    if (severity === "off") {
      this.suppressed++;
      return;
    }
    let entry = this.counts.get(code);
    if (!entry) {
      entry = { code, severity, count: 0, kept: 0 };
      this.counts.set(code, entry);
      this.kept.set(code, []);
    }
    entry.count++;
    this.registerFile(at.file);
    const order = this.fileOrder.get(at.file)! * LINES_PER_FILE + at.line;
    const heap = this.kept.get(code)!;
    if (heap.length >= this.keepPerCode && order >= heap[0]!.order) return;
    const finding: Finding = { code, severity, file: at.file, line: at.line, message: typeof message === "function" ? message() : message, hint: FINDING_CODES[code].hint };
    const where = typeof related === "function" ? related() : related;
    if (where) finding.related = where;
    if (heap.length < this.keepPerCode) push(heap, { finding, order });
    else replaceTop(heap, { finding, order });
    entry.kept = heap.length;
  }

  /** Kept findings, worst first. */
  findings(): Finding[] {
    return [...this.kept.values()].flatMap((heap) => heap.map((k) => k.finding)).sort(compareFindings);
  }

  codeCounts(): CodeCount[] {
    return [...this.counts.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
  }

  total(severity: Severity): number {
    let n = 0;
    for (const c of this.counts.values()) if (c.severity === severity) n += c.count;
    return n;
  }
}

function push(heap: Kept[], item: Kept): void {
  heap.push(item);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.order >= heap[i]!.order) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function replaceTop(heap: Kept[], item: Kept): void {
  heap[0] = item;
  for (let i = 0; ; ) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < heap.length && heap[left]!.order > heap[largest]!.order) largest = left;
    if (right < heap.length && heap[right]!.order > heap[largest]!.order) largest = right;
    if (largest === i) break;
    [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
    i = largest;
  }
}
