// The review as GitHub markdown, the one markdown view of the review report: the sticky comment,
// the job summary (higher limits), `finetune-ci validate --format markdown` and the review inside a
// training refusal differ only in their options. Every figure comes from the report; text from
// datasets and file names goes through src/report/escape.ts before it reaches the markdown.
import { codeBlock, inlineText, linkTo, urlPath } from "../../report/escape.js";
import { hours, int, num, percent, place, usd } from "../../report/format.js";
import { markdownFooter, markdownHeading } from "../../report/header.js";
import { histogramChart } from "../../report/histogramChart.js";
import { markdownTable } from "../../report/table.js";
import { verdictLine, type DatasetDiscovery, type ReviewReport } from "./model.js";
import { discoverySummary, pinSnippet } from "./discovery.js";
import type { ExampleRef, MetricChange, PullRequestReview } from "./pullRequestModel.js";
import { costTable, statisticsTable } from "./tables.js";

export interface ReviewMarkdownOptions {
  /** Places per code in the findings table (linked on a pull request). */
  firstLines: number;
  /** Findings listed per code in the collapsed list. */
  perCode: number;
  /** Examples listed per kind (added, removed, changed). */
  examples: number;
  /** Where the complete report is, said at the end. */
  fullReport?: string;
}

export const COMMENT_OPTIONS: ReviewMarkdownOptions = { firstLines: 3, perCode: 10, examples: 10, fullReport: "the job summary of this workflow run" };
export const SUMMARY_OPTIONS: ReviewMarkdownOptions = { firstLines: 5, perCode: 100, examples: 50 };
/** The command line's --format markdown, and the review shown inside a training refusal. */
export const MARKDOWN_OPTIONS: ReviewMarkdownOptions = { firstLines: 1, perCode: 10, examples: 10 };

/** A table whose cells are already safe markdown (links and code spans built from escaped parts). */
function table(header: string[], rows: string[][]): string {
  return markdownTable({ header, rows }, { cells: "markdown" });
}

function signed(n: number, show: (n: number) => string): string {
  if (n === 0) return "±0";
  return `${n > 0 ? "+" : "−"}${show(Math.abs(n))}`;
}

function lineLink(links: PullRequestReview["links"] | undefined, side: "head" | "base", file: string, line: number): string {
  const text = place(file, line);
  if (!links) return inlineText(text, 200);
  return linkTo(text, `${links[side]}${urlPath(file)}${line > 0 ? `#L${line}` : ""}`);
}

function metricValue(unit: MetricChange["unit"], v: number | null, whole = v === null || Number.isInteger(v)): string {
  if (v === null) return "unknown";
  switch (unit) {
    case "usd":
      return usd(v);
    case "share":
      return percent(v);
    case "hours":
      return hours(v);
    default:
      return whole ? int(v) : num(v);
  }
}

function metricDelta(m: MetricChange): string {
  if (m.change === null) return "n/a";
  const abs = m.unit === "share" ? signed(Math.round(m.change * 1000) / 10, (n) => `${num(n)} pp`) : signed(m.change, (n) => metricValue(m.unit, n));
  return m.relative === null || m.unit === "share" ? abs : `${abs} (${signed(Math.round(m.relative * 1000) / 10, (n) => `${num(n)}%`)})`;
}

function headline(report: ReviewReport): string[] {
  const s = report.summary;
  const pr = report.pullRequest;
  const out = [markdownHeading("dataset review", verdictLine(report)), ""];
  // Every line read is accounted for: an example, an unreadable line or a blank one.
  const counts =
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank · ` +
    `**${int(s.errors)}** error(s), **${int(s.warnings)}** warning(s), ${int(s.infos)} note(s)`;
  const discovery = report.discovery ? ["", ...discoveryMarkdown(report.discovery, report.files.length > 0)] : [];
  if (!pr) return [...out, counts, ...discovery];
  const e = pr.examples;
  const cost = pr.metrics.find((m) => m.metric === "OpenAI training cost");
  out.push(
    `Pull request #${pr.number} changes ${pr.changedFiles.length} dataset file(s): ` +
      `**${signed(e.added, int)}** added, **${signed(-e.removed, int)}** removed, **${int(e.changed)}** changed example(s); ` +
      `tokens ${signed(e.tokensDelta, int)}` +
      (cost ? `; OpenAI training ${metricValue("usd", cost.base)} → ${metricValue("usd", cost.head)}` : `; OpenAI training ${usd(report.cost.trainingUsd)}`) +
      ".",
    "",
    counts,
    ...discovery,
  );
  return out;
}

/** Which files the review took as what when no config named any, with the config that pins them. */
function discoveryMarkdown(discovery: DatasetDiscovery, withPin: boolean): string[] {
  const out = [`> [!NOTE]\n> ${inlineText(discoverySummary(discovery), 2000)}`];
  if (withPin) out.push("", codeBlock(pinSnippet(discovery), "yaml"));
  return out;
}

/** A finding's place, as a link at head when it is a file the review read (a dataset or the config file). */
type PlaceLink = (file: string, line: number) => string;

function findingPlaces(report: ReviewReport): PlaceLink {
  const links = report.pullRequest?.links;
  // Anything else (a place such as "(settings)") has no page on GitHub: a link would be a 404.
  const linkable = new Set([...report.files.map((f) => f.path), ...(report.configFile !== undefined ? [report.configFile] : [])]);
  return (file, line) => (linkable.has(file) ? lineLink(links, "head", file, line) : inlineText(place(file, line), 200));
}

function findingsSection(report: ReviewReport, placeLink: PlaceLink, options: ReviewMarkdownOptions): string[] {
  if (!report.findingCounts.length) return ["#### Findings", "", "None."];
  const rows = report.findingCounts.map((c) => {
    const first = report.findings.filter((f) => f.code === c.code).slice(0, options.firstLines);
    const more = c.count - first.length;
    const lines = first.map((f) => placeLink(f.file, f.line)).join(", ") + (more > 0 ? ` and ${int(more)} more` : "");
    return [inlineText(c.severity), `\`${c.code}\``, int(c.count), lines];
  });
  return ["#### Findings", "", table(["severity", "code", "count", options.firstLines === 1 ? "first at" : "first lines"], rows)];
}

function changesSection(pr: PullRequestReview, options: ReviewMarkdownOptions): string[] {
  const out = ["#### What this pull request changes", ""];
  const e = pr.examples;
  const roleRows = (["train", "holdout"] as const).map((role) => {
    const r = e.byRole[role];
    return [role === "train" ? "training" : "holdout", signed(r.added, int), signed(-r.removed, int), int(r.changed), signed(r.tokensDelta, int)];
  });
  out.push(table(["examples", "added", "removed", "changed (same prompt, new answer)", "tokens"], roleRows), "");
  if (pr.metrics.length) out.push(table(["statistic", "base", "head", "change"], pr.metrics.map((m) => {
    // A row's figures share one precision: "80.0 → 76.0", not "80 → 76.0".
    const whole = [m.base, m.head].every((v) => v === null || Number.isInteger(v));
    return [inlineText(m.metric), metricValue(m.unit, m.base, whole), metricValue(m.unit, m.head, whole), metricDelta(m)];
  })));
  else out.push("No statistic moved.");
  const files = pr.changedFiles.map((f) => `- ${inlineText(f.status)}: ${inlineText(f.previousPath ? `${f.previousPath} → ${f.path}` : f.path, 300)}${f.role ? ` (${f.role})` : ""}`);
  const list = (title: string, count: number, items: string[]) =>
    count ? [`**${title}** (${int(count)})`, "", ...items.slice(0, options.examples), ...(count > Math.min(items.length, options.examples) ? [`- … and ${int(count - Math.min(items.length, options.examples))} more`] : []), ""] : [];
  const ref = (side: "head" | "base", x: ExampleRef) => `- ${lineLink(pr.links, side, x.file, x.line)} (${x.role}, ${int(x.tokens)} tokens)`;
  const details = [
    ...(files.length ? ["**Dataset files changed**", "", ...files, ""] : []),
    ...list("Added", e.added, e.samples.added.map((x) => ref("head", x))),
    ...list("Removed", e.removed, e.samples.removed.map((x) => ref("base", x))),
    ...list(
      "Changed",
      e.changed,
      e.samples.changed.map((x) => `- ${lineLink(pr.links, "head", x.file, x.line)} (was ${lineLink(pr.links, "base", x.base.file, x.base.line)}; ${x.role}, tokens ${int(x.base.tokens)} → ${int(x.tokens)})`),
    ),
  ];
  if (details.length) out.push("", "<details><summary>Changed files and examples</summary>", "", ...details, "</details>");
  if (pr.incompleteListing) out.push("", `> [!WARNING]\n> ${inlineText(pr.incompleteListing, 1000)}`);
  for (const note of pr.notes) out.push("", `> ${inlineText(note, 1000)}`);
  return out;
}

function tokensSection(report: ReviewReport): string[] {
  const t = report.tokens;
  return [
    "#### Tokens",
    "",
    markdownTable(statisticsTable(report)),
    "",
    `${int(t.total)} training tokens (${t.encoding}); ${int(t.billed)} billed per epoch; ${int(t.overLimit)} example(s) over the ${int(t.limit)}-token limit. ` +
      `Holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)}). Quantiles: ${inlineText(t.quantileMethod)}.`,
    "",
    "<details><summary>Token lengths (chart)</summary>",
    "",
    histogramChart(t.histogram, { title: "Tokens per training example", xAxis: `tokens (${t.encoding})`, series: "training examples" }),
    "",
    "</details>",
  ];
}

function costSection(report: ReviewReport): string[] {
  const out = ["#### Cost: OpenAI vs self-hosted", "", markdownTable(costTable(report)), "", `Epochs: ${inlineText(report.cost.epochsRule)}. Prices: ${inlineText(report.model.priceSource)}.`];
  if (report.model.lifecycle.note) out.push("", `> ${inlineText(report.model.lifecycle.note, 1000)}`);
  return out;
}

function allFindings(report: ReviewReport, placeLink: PlaceLink, options: ReviewMarkdownOptions): string[] {
  if (!report.findings.length) return [];
  const out = ["<details><summary>All findings</summary>", ""];
  for (const count of report.findingCounts) {
    const shown = report.findings.filter((f) => f.code === count.code).slice(0, options.perCode);
    out.push(`**\`${count.code}\`** (${count.severity}, ${int(count.count)}): ${inlineText(shown[0]?.hint ?? "")}`, "");
    for (const f of shown) {
      const related = f.related ? ` (see ${placeLink(f.related.file, f.related.line)})` : "";
      out.push(`- ${placeLink(f.file, f.line)}: ${inlineText(f.message)}${related}`);
    }
    if (count.count > shown.length) out.push(`- … and ${int(count.count - shown.length)} more`);
    out.push("");
  }
  out.push("</details>");
  return out;
}

export function renderReviewMarkdown(report: ReviewReport, options: ReviewMarkdownOptions): string {
  const pr = report.pullRequest;
  const placeLink = findingPlaces(report);
  const out = [...headline(report), "", ...findingsSection(report, placeLink, options)];
  if (pr) out.push("", ...changesSection(pr, options));
  out.push("", ...tokensSection(report), "", ...costSection(report));
  const all = allFindings(report, placeLink, options);
  if (all.length) out.push("", ...all);
  const where = pr ? [`base \`${pr.baseSha.slice(0, 7)}\` → head \`${pr.headSha.slice(0, 7)}\``] : [];
  out.push("", markdownFooter(report.tool, [...where, ...(options.fullReport ? [`full report in ${options.fullReport}`] : [])]));
  return `${out.join("\n")}\n`;
}
