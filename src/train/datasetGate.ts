// Training only starts on a dataset the review passed: no errors, and no credential anywhere in it,
// whatever severity a config gave the secret finding (a secret trained into weights cannot be taken
// back out). The refusal names the findings so the fix is clear from the log alone.
import type { ReviewReport } from "../review/report/model.js";
import type { Finding } from "../core/findings.js";
import { place } from "../report/format.js";

export interface TrainingRefusal {
  summary: string;
  /** Up to `limit` findings that caused it, as "file:line code: message". */
  lines: string[];
}

const SHOWN = 20;

export function trainingRefusal(report: ReviewReport, limit = SHOWN): TrainingRefusal | undefined {
  // Secrets from the record the severities cannot touch; other errors as the config rated them.
  const secrets = report.secrets.count;
  const others = report.findingCounts.filter((c) => c.severity === "error" && c.code !== "secret").reduce((n, c) => n + c.count, 0);
  if (secrets === 0 && others === 0) return undefined;
  // Secrets first: they are the reason that must never be missed in a long list.
  const blocking = [...report.secrets.findings, ...report.findings.filter((f) => f.severity === "error" && f.code !== "secret")];
  const reasons = [
    secrets > 0 ? plural(secrets, "secret") : undefined,
    others > 0 ? plural(others, secrets > 0 ? "other error" : "error") : undefined,
  ].filter(Boolean);
  const lines = blocking.slice(0, limit).map(describe);
  const total = secrets + others;
  if (total > lines.length) lines.push(`… and ${total - lines.length} more (see the review report in the job summary)`);
  return {
    summary: `training refused: the dataset review found ${reasons.join(" and ")}. Fix the dataset and push again${secrets > 0 ? "; rotate every credential that was committed" : ""}.`,
    lines,
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function describe(f: Finding): string {
  return `${place(f.file, f.line)} ${f.code}: ${f.message}`;
}
