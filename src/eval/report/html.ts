// The evaluation as one self-contained HTML file (`finetune-ci eval --format html`, and the file the
// Action uploads with the answers): the verdict, the tables the comment and the terminal show, the
// primary metric of every arm with its interval, and every holdout example with each arm's answer
// side by side, filtered to regressions or improvements and searched as you type.
//
// Nothing on the page can load anything or run anything but its own script. The style and the
// script are inline and a Content-Security-Policy allows exactly those two, by hash, and no
// request of any kind. The markup is a constant: every piece of text of the report (holdout, model
// answers, file and arm names) travels as JSON in a <script type="application/json">, with <, > and
// & written as \u escapes so that no text can end that element, and the script puts it on the page
// with textContent only. Figures come from the report model, formatted by the same table builders
// as the other renderers; the page only lays them out, sorts and filters.
import { createHash } from "node:crypto";
import { METRICS } from "../../core/eval/metrics/definitions.js";
import { verbatimText } from "../../report/escape.js";
import { int } from "../../report/format.js";
import type { Table } from "../../report/table.js";
import { PAGE_SCRIPT, PAGE_STYLE } from "./htmlPage.js";
import type { EvalReport } from "./model.js";
import {
  armsTable,
  COMPARISONS_NOTE,
  comparisonsTable,
  estimateTable,
  estimateText,
  failureLines,
  gateTable,
  judgeTable,
  METRICS_NOTE,
  metricsTable,
  probeTable,
  signedValue,
  spentSentence,
  trainingTable,
  value,
} from "./tables.js";

/** A table as the page's script reads it: text cells, "r" for a right-aligned column. */
interface TableData {
  header: string[];
  rows: string[][];
  align: ("r" | "")[];
}

interface SectionData {
  title: string;
  notes: string[];
  table?: TableData;
  chart?: ChartData;
  /** A list of lines instead of a table. */
  items?: string[];
  /** Starts collapsed (a <details>). */
  collapsed?: boolean;
}

interface ChartData {
  title: string;
  /** The x axis: from, to. */
  axis: [number, number];
  bars: { label: string; mean: number; lower: number; upper: number; text: string; candidate: boolean }[];
}

/**
 * One holdout example: file (an index into `files`), line, prompt, reference, each arm's answer
 * (null: none), each arm's value as text, the delta (a number, for sorting), the delta as text, and
 * why an arm has no answer (null when it has one; 0 when every arm answered).
 */
type RowData = [number, number, string, string, (string | null)[], string[], number | null, string, (string | null)[] | 0];

interface ExamplesData {
  heading: string;
  arms: string[];
  kinds: string[];
  candidate: number;
  /** -1 without an arm to compare with. */
  vs: number;
  /** null: no comparison, so no filter but "All". */
  counts: { all: number; worse: number; better: number; same: number } | null;
  files: string[];
  rows: RowData[];
}

export interface EvalHtmlData {
  status: EvalReport["verdict"]["status"];
  word: string;
  summary: string;
  notes: string[];
  sections: SectionData[];
  examples: ExamplesData;
  /** Sections after the examples. */
  after: SectionData[];
  footer: string;
}

const text = verbatimText;

function tableData(table: Table): TableData {
  return { header: table.header.map(text), rows: table.rows.map((row) => row.map(text)), align: table.header.map((_, i) => (table.align?.[i] === "right" ? "r" : "")) };
}

function chartData(report: EvalReport): ChartData | undefined {
  const primary = report.scorer?.primary;
  if (!primary) return undefined;
  const bars = report.arms.flatMap((arm) => {
    const e = arm.estimates.find((m) => m.metric === primary);
    return e?.interval && e.n > 0 ? [{ label: text(arm.name), mean: e.mean, lower: e.interval.lower, upper: e.interval.upper, text: estimateText(e), candidate: arm.name === report.candidate }] : [];
  });
  if (bars.length === 0) return undefined;
  const low = Math.min(...bars.map((b) => b.lower));
  const high = Math.max(...bars.map((b) => b.upper));
  return { title: `${METRICS[primary].title} per arm: mean and 95% interval`, axis: low >= 0 && high <= 1 ? [0, 1] : [Math.min(0, low), high], bars };
}

function examplesData(report: EvalReport): ExamplesData {
  const { metric, vs, rows } = report.perExample;
  const arms = report.arms.map((a) => a.name);
  const candidate = report.arms.findIndex((a) => a.name === report.candidate);
  const vsIndex = vs === null ? -1 : arms.indexOf(vs);
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const indexOf = (file: string) => {
    let i = fileIndex.get(file);
    if (i === undefined) {
      i = files.push(text(file)) - 1;
      fileIndex.set(file, i);
    }
    return i;
  };
  const failed = report.arms.map((arm) => new Map(arm.failures.map((f) => [`${f.file}\0${f.line}`, f.reason])));
  const data = rows.map((row): RowData => {
    const missing = row.answers.some((a) => a === null)
      ? row.answers.map((a, i) => (a === null ? text(`no answer: ${failed[i]!.get(`${row.file}\0${row.line}`) ?? "not asked (the run stopped before this example)"}`) : null))
      : 0;
    return [
      indexOf(row.file),
      row.line,
      text(row.prompt),
      text(row.reference),
      row.answers.map((a) => (a === null ? null : text(a))),
      metric ? row.values.map((v) => value(metric, v)) : [],
      row.delta,
      metric && row.delta !== null ? signedValue(metric, row.delta) : "",
      missing,
    ];
  });
  const e = report.examples;
  const heading = e
    ? `Per example against ${e.vs} (${METRICS[e.metric].title}): ${int(e.worse)} worse, ${int(e.better)} better, ${int(e.same)} the same.`
    : `Every holdout example${metric ? ` (${METRICS[metric].title})` : ""}: there is no arm to compare the candidate with${report.stopped ? `, the run stopped (${report.stopped.stage})` : ""}.`;
  return {
    heading: text(heading),
    arms: arms.map(text),
    kinds: report.arms.map((a) => a.kind),
    candidate,
    vs: vsIndex,
    counts: e && vsIndex >= 0 ? { all: rows.length, worse: e.worse, better: e.better, same: e.same } : null,
    files,
    rows: data,
  };
}

/** Everything the page shows, as plain data: text made inert, figures formatted. */
export function evalHtmlData(report: EvalReport): EvalHtmlData {
  const candidate = report.arms.find((a) => a.name === report.candidate);
  const notes = [
    `Holdout: ${report.holdout.files.map((f) => `${f.path} (${int(f.examples)} examples)`).join(", ")}` +
      (report.scorer ? ` · scorer ${report.scorer.kind}, primary metric ${METRICS[report.scorer.primary].title} (${report.scorer.reason})` : "") +
      (candidate ? ` · candidate ${candidate.name} = ${candidate.model}` : ""),
  ];
  if (report.verdict.status === "inconclusive") notes.push(report.verdict.failOnInconclusive ? "Inconclusive fails this check (eval.failOnInconclusive)." : "Inconclusive does not fail this check; more holdout examples would settle it (eval.failOnInconclusive makes it fail).");
  if (report.stopped) notes.push(`Stopped (${report.stopped.stage}): ${report.stopped.reason}`);

  const sections: SectionData[] = [];
  if (report.probe.tripped) sections.push({ title: "Sanity probe", notes: [], table: tableData(probeTable(report)) });
  if (report.gate) sections.push({ title: "Gate", notes: report.skippedRules.map((s) => text(`Not applied: ${s}`)), table: tableData(gateTable(report)) });
  if (report.comparisons.length || report.corpusComparisons.length) sections.push({ title: text(`${report.candidate} against each arm`), notes: [COMPARISONS_NOTE.replace(/\*/g, "")], table: tableData(comparisonsTable(report)) });
  const chart = chartData(report);
  if (report.metrics.length) sections.push({ title: "Metrics", notes: [METRICS_NOTE], table: tableData(metricsTable(report)), ...(chart ? { chart } : {}) });
  sections.push({ title: "Cost, latency and requests", notes: [spentSentence(report)], table: tableData(armsTable(report)) });
  if (report.judge) sections.push({ title: "LLM judge", notes: [`Both orders; a disagreement between them is a tie. Score: win 1, tie 0.5, loss 0 (0.5 is no preference). Prompt: ${text(report.judge.promptSource)}. Reported, not gated.`], table: tableData(judgeTable(report)) });
  if (report.training) sections.push({ title: "Training run", notes: [], table: tableData(trainingTable(report)) });

  const after: SectionData[] = [];
  const failures = failureLines(report, 20);
  if (failures.length) after.push({ title: "Failed requests", notes: [], items: failures.map((l) => text(l.trim())), collapsed: true });
  if (report.warnings.length) after.push({ title: "Warnings", notes: [], items: report.warnings.map(text) });
  after.push({ title: "Estimate before the run", notes: [], table: tableData(estimateTable(report)), collapsed: true });

  const footer = [
    `finetune-ci ${report.tool.version}`,
    `generated ${report.generatedAt}`,
    `answers: ${report.files.answers}`,
    `report: ${report.files.report}`,
    ...(report.method ? [`seed ${report.method.seed}`, `α ${report.method.alpha}`] : []),
  ].join(" · ");
  return { status: report.verdict.status, word: report.verdict.status.toUpperCase(), summary: text(report.verdict.summary), notes: notes.map(text), sections, examples: examplesData(report), after, footer: text(footer) };
}

/** JSON that cannot end the <script> element it sits in, nor open a comment there. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const hash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

/** The policy: the page's own style and script, nothing else; no request of any kind. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src ${hash(PAGE_SCRIPT)}; style-src ${hash(PAGE_STYLE)}; base-uri 'none'; form-action 'none'`;

export function renderEvalHtml(report: EvalReport): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>finetune-ci evaluation</title>",
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    '<main id="report"><noscript><p>This report is drawn by its own inline script; the same figures are in report.json.</p></noscript></main>',
    `<script type="application/json" id="report-data">${scriptJson(evalHtmlData(report))}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

