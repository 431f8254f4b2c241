// Collects findings with the user's severity overrides applied, counting every one but keeping at
// most `keepPerCode` of each code, so a file where every line is broken cannot exhaust memory.
import { FINDING_CODES, compareFindings, severityRank, type Finding, type FindingCode, type Location, type Severity, type SeverityOverride } from "./findings.js";

export interface CodeCount {
  code: FindingCode;
  severity: Severity;
  count: number;
  kept: number;
}

export class FindingCollector {
  private kept: Finding[] = [];
  private counts = new Map<FindingCode, CodeCount>();
  suppressed = 0;

  constructor(
    private readonly overrides: Partial<Record<FindingCode, SeverityOverride>> = {},
    private readonly keepPerCode = 1000,
  ) {}

  severityOf(code: FindingCode): SeverityOverride {
    return this.overrides[code] ?? FINDING_CODES[code].severity;
  }

  add(code: FindingCode, at: Location, message: string, related?: Location): void {
    const severity = this.severityOf(code);
    if (severity === "off") {
      this.suppressed++;
      return;
    }
    let entry = this.counts.get(code);
    if (!entry) {
      entry = { code, severity, count: 0, kept: 0 };
      this.counts.set(code, entry);
    }
    entry.count++;
    if (entry.kept >= this.keepPerCode) return;
    entry.kept++;
    const finding: Finding = { code, severity, file: at.file, line: at.line, message, hint: FINDING_CODES[code].hint };
    if (related) finding.related = related;
    this.kept.push(finding);
  }

  /** Kept findings, worst first. */
  findings(): Finding[] {
    return [...this.kept].sort(compareFindings);
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
