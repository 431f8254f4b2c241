// Findings as GitHub workflow commands, so they show on the changed lines of the pull request.
// GitHub displays at most 10 annotations of each level per step and drops the rest silently;
// the count of what was left out must therefore take one of those 10 places to be seen at all.
import { compareFindings, type Finding, type Severity } from "../../core/findings.js";

export interface AnnotationOptions {
  /** Annotations per level that GitHub displays for one step. */
  perLevelLimit: number;
  /** Where the reader finds every finding. */
  seeAlso?: string;
}

type Level = "error" | "warning" | "notice";

const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "notice" };
const LEVELS: Level[] = ["error", "warning", "notice"];
const PLURAL: Record<Level, string> = { error: "errors", warning: "warnings", notice: "notices" };

/** The lines to print on stdout, most severe first; at most `perLevelLimit` per level. */
export function annotationCommands(findings: readonly Finding[], options: AnnotationOptions = { perLevelLimit: 10 }): string[] {
  const { perLevelLimit, seeAlso = "the job summary" } = options;
  const byLevel = new Map<Level, Finding[]>(LEVELS.map((level) => [level, []]));
  for (const finding of [...findings].sort(compareFindings)) byLevel.get(LEVEL[finding.severity])!.push(finding);
  const lines: string[] = [];
  for (const level of LEVELS) {
    const all = byLevel.get(level)!;
    if (all.length <= perLevelLimit) {
      lines.push(...all.map((f) => findingCommand(level, f)));
      continue;
    }
    const shown = all.slice(0, Math.max(perLevelLimit - 1, 0));
    lines.push(...shown.map((f) => findingCommand(level, f)));
    const more = all.length - shown.length;
    lines.push(command(level, { title: "finetune-ci" }, `${more} more ${more === 1 ? level : PLURAL[level]} not annotated here: see ${seeAlso} for all ${all.length}.`));
  }
  return lines;
}

function findingCommand(level: Level, finding: Finding): string {
  const related = finding.related ? ` (see ${finding.related.file}${finding.related.line > 0 ? `:${finding.related.line}` : ""})` : "";
  const properties = {
    file: finding.file,
    // Line 0 means the whole file: GitHub annotates the file itself when no line is given.
    ...(finding.line > 0 ? { line: String(finding.line) } : {}),
    title: `finetune-ci ${finding.code}`,
  };
  return command(level, properties, `${finding.message}${related}\n${finding.hint}`);
}

function command(level: Level, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

// The runner's own rules (actions/toolkit, command.ts): data escapes %, CR and LF; property
// values also escape : and , which would otherwise end the value.
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
