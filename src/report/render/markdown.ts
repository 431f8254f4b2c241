// The markdown view (for a PR comment or a job summary): the same report, as GFM.
import type { ReviewReport } from "../model.js";
import { costTable, findingCountsTable, statisticsTable, type Table } from "./tables.js";
import { inlineText } from "./escape.js";
import { int, percent, place } from "./format.js";

export function markdownTable(table: Table, escapeCells = true): string {
  const cell = (c: string) => (escapeCells ? inlineText(c, 500) : c.replace(/\|/g, "\\|"));
  return [
    `| ${table.header.map(cell).join(" | ")} |`,
    `| ${table.header.map(() => "---").join(" | ")} |`,
    ...table.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

export function renderMarkdown(report: ReviewReport, perCode = 10): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`### ${report.verdict.failed ? "❌" : "✅"} finetune-ci dataset review: ${inlineText(report.verdict.summary)}`);
  out.push(
    "",
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank · ` +
      `**${int(s.errors)}** error(s), **${int(s.warnings)}** warning(s), ${int(s.infos)} note(s)`,
  );
  if (report.findingCounts.length) out.push("", "#### Findings", "", markdownTable(findingCountsTable(report)));
  out.push("", "#### Statistics", "", markdownTable(statisticsTable(report)));
  out.push("", `Holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)}). Quantiles: ${report.tokens.quantileMethod}.`);
  out.push("", "#### Cost", "", markdownTable(costTable(report)));
  if (report.model.lifecycle.note) out.push("", `> ${inlineText(report.model.lifecycle.note)}`);
  if (report.findings.length) {
    out.push("", "<details><summary>All findings</summary>", "");
    for (const count of report.findingCounts) {
      const shown = report.findings.filter((f) => f.code === count.code).slice(0, perCode);
      out.push(`**${count.code}** (${count.severity}, ${int(count.count)}): ${inlineText(shown[0]?.hint ?? "")}`, "");
      for (const f of shown) out.push(`- ${inlineText(place(f.file, f.line), 200)}: ${inlineText(f.message)}`);
      if (count.count > shown.length) out.push(`- … and ${int(count.count - shown.length)} more`);
      out.push("");
    }
    out.push("</details>");
  }
  return `${out.join("\n")}\n`;
}
