// What every report starts and ends with, whichever flow made it: the JSON header (schema version,
// tool and version, when), the heading with the verdict, and the footer line.
import { inlineText } from "./escape.js";

export const TOOL_NAME = "finetune-ci";

export interface ToolInfo {
  name: typeof TOOL_NAME;
  version: string;
}

/** The first fields of every JSON report; each flow's model adds its own after them. */
export interface ReportHeader<SchemaVersion extends number = number> {
  schemaVersion: SchemaVersion;
  tool: ToolInfo;
  generatedAt: string;
}

export function reportHeader<SchemaVersion extends number>(schemaVersion: SchemaVersion, version: string, generatedAt: string): ReportHeader<SchemaVersion> {
  return { schemaVersion, tool: { name: TOOL_NAME, version }, generatedAt };
}

/** "inconclusive": too little evidence to pass or fail (an evaluation on too few examples). */
export type VerdictStatus = "pass" | "fail" | "inconclusive";

/** A verdict as it is shown: the outcome and one sentence that says why. */
export interface VerdictLine {
  status: VerdictStatus;
  summary: string;
}

const MARK: Record<VerdictStatus, { icon: string; word: string }> = {
  pass: { icon: "✅", word: "PASS" },
  fail: { icon: "❌", word: "FAIL" },
  inconclusive: { icon: "⚠️", word: "INCONCLUSIVE" },
};

/**
 * "### ❌ finetune-ci dataset review: 3 finding(s) at or above ..." with a verdict, or
 * "## finetune-ci: training report" without one. The summary is escaped; the title is ours.
 */
export function markdownHeading(title: string, verdict?: VerdictLine, level = 3): string {
  const hashes = "#".repeat(level);
  return verdict ? `${hashes} ${MARK[verdict.status].icon} ${TOOL_NAME} ${title}: ${inlineText(verdict.summary)}` : `${hashes} ${TOOL_NAME}: ${title}`;
}

/** "finetune-ci review: FAIL: 3 finding(s) at or above ..." for a terminal. */
export function textHeading(title: string, verdict: VerdictLine): string {
  return `${TOOL_NAME} ${title}: ${MARK[verdict.status].word}: ${verdict.summary}`;
}

/** "<sub>finetune-ci 0.1.0 · part · part</sub>": the parts are markdown the caller made safe. */
export function markdownFooter(tool: ToolInfo, parts: string[] = []): string {
  return `<sub>${TOOL_NAME} ${inlineText(tool.version)}${parts.map((p) => ` · ${p}`).join("")}</sub>`;
}
