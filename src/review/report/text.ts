// The terminal view: verdict, findings grouped by code with their lines, a few statistics, and
// the cost comparison. Built as single lines, each made inert (terminalLine) before it is printed:
// a newline in a key or a file name cannot start a line of its own.
import { terminalLine } from "../../report/escape.js";
import { int, percent, place } from "../../report/format.js";
import { textHeading } from "../../report/header.js";
import { terminalTable } from "../../report/table.js";
import { verdictLine, type ReviewReport } from "./model.js";
import { costTable, findingCountsTable, statisticsTable } from "./tables.js";
import { discoverySummary, pinSnippet } from "./discovery.js";

export interface TextOptions {
  /** Findings listed per code before "and N more". */
  perCode?: number;
}

export function renderText(report: ReviewReport, options: TextOptions = {}): string {
  const perCode = options.perCode ?? 5;
  const s = report.summary;
  const out: string[] = [];
  out.push(textHeading("review", verdictLine(report)));
  out.push(
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank; ` +
      `${int(s.errors)} error(s), ${int(s.warnings)} warning(s), ${int(s.infos)} note(s)${s.suppressed ? `, ${int(s.suppressed)} suppressed by config` : ""}`,
  );
  for (const f of report.files) out.push(`  ${f.role.padEnd(7)} ${f.path}: ${int(f.lines)} lines, ${int(f.examples)} examples (${f.format ?? "no examples"})`);
  if (report.discovery) {
    out.push("", discoverySummary(report.discovery));
    if (report.files.length) out.push(...pinSnippet(report.discovery).split("\n").map((line) => `    ${line}`));
  }
  if (report.findingCounts.length) {
    out.push("", "Findings");
    for (const count of report.findingCounts) {
      out.push(`  ${count.severity.toUpperCase()} ${count.code} (${int(count.count)})`);
      const shown = report.findings.filter((f) => f.code === count.code).slice(0, perCode);
      for (const f of shown) out.push(`    ${place(f.file, f.line)}: ${f.message}${f.related ? ` [see ${place(f.related.file, f.related.line)}]` : ""}`);
      if (count.count > shown.length) out.push(`    ... and ${int(count.count - shown.length)} more`);
      if (shown[0]) out.push(`    fix: ${shown[0].hint}`);
    }
    out.push("", ...terminalTable(findingCountsTable(report)).split("\n"));
  }
  out.push("", "Statistics (training files)", ...terminalTable(statisticsTable(report)).split("\n"));
  const sp = report.stats.systemPrompts;
  out.push(
    `  holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)} of all; the seed's advice is 10-20%)`,
    `  system prompts: ${sp.variants}${sp.variantsCapped ? "+" : ""} variant(s), the most common in ${percent(sp.dominantShare)} of examples that have one`,
    `  over the ${int(report.tokens.limit)}-token limit: ${int(report.tokens.overLimit)} example(s)`,
  );
  if (report.stats.labels) out.push(`  labels: ${report.stats.labels.map((l) => `${l.label} ${int(l.count)} (${percent(l.share)})`).join(", ")}`);
  out.push(`  quantiles: ${report.tokens.quantileMethod}`);
  out.push("", "Cost", ...terminalTable(costTable(report)).split("\n"));
  out.push(`  epochs: ${report.cost.epochsRule}`, `  prices: ${report.model.priceSource}`);
  if (report.model.lifecycle.note) out.push(`  note: ${report.model.lifecycle.note}`);
  return `${out.map(terminalLine).join("\n")}\n`;
}
