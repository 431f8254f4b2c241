// The evaluation's pull-request comment as a person sees it on the merged pull request: a real
// evaluation (runEval on the support-ticket task against the OpenAI stand-in) rendered to HTML as
// GitHub-flavoured markdown and laid out by Chromium, with mermaid drawing the chart. Holdout text,
// its file name and the models' answers are hostile input: they must reach the page as text, never
// as a tag, an image, a link, a mention or the end of a <details> block.
//
// FINETUNE_CI_EVAL_SCREENSHOT=docs/eval-comment-example.png also writes a picture of the comment
// (scripts/screenshot-eval-comment.mjs does that).
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The renderer of the comment (and job summary): every assertion applies to it.
import { COMMENT_OPTIONS, renderEvalMarkdown } from "../../src/eval/report/markdown.js";
import type { EvalReport } from "../../src/eval/report/model.js";
import { removeWorkspaces } from "../eval/support/supportTickets.js";
import { HOSTILE, HOSTILE_FILE, hostileTicketEval, runTicketEval } from "../eval/support/ticketEval.js";
import { expectInert } from "../support/inertMarkdown.js";
import { MarkdownRenderer, type RenderedMarkdown } from "../support/renderMarkdown.js";

const commentFor = (report: EvalReport): string => renderEvalMarkdown(report, COMMENT_OPTIONS);
/** The <details> blocks the renderer itself opens (holdout text can never add one). */
const ownDetailsBlocks = (markdown: string): number => markdown.split("\n").filter((l) => l.startsWith("<details><summary>")).length;
const ZWJ = /\u200d/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

let renderer: MarkdownRenderer;
let report: EvalReport;
let hostile: EvalReport;

beforeAll(async () => {
  // One browser for the file; 200 tickets make intervals a reader would see in a real evaluation.
  const [r, realistic, bad] = await Promise.all([MarkdownRenderer.launch(), runTicketEval({ holdout: 200 }), hostileTicketEval()]);
  [renderer, report, hostile] = [r, realistic.report, bad.report];
});

afterAll(async () => {
  await renderer?.close();
  removeWorkspaces();
});

async function tableHeaders(rendered: RenderedMarkdown): Promise<string[][]> {
  return rendered.page.locator("#comment table").evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "")));
}

describe("the eval comment of a real evaluation, rendered", () => {
  let rendered: RenderedMarkdown;
  let markdown: string;

  beforeAll(async () => {
    markdown = commentFor(report);
    rendered = await renderer.render(markdown);
  });

  it("logs no console errors, makes no network requests and opens no dialogs", () => {
    expect(rendered.consoleErrors).toEqual([]);
  });

  it("starts with the verdict and its one sentence", async () => {
    const heading = await rendered.page.locator("#comment h3").first().textContent();
    expect(heading).toBe(`✅ finetune-ci evaluation: ${report.verdict.summary}`);
  });

  it("renders the gate, the comparisons, the metrics and the cost as tables, with their headers", async () => {
    const headers = await tableHeaders(rendered);
    expect(headers).toContainEqual(["Check", "Outcome", "Why", "Pairs for 80% power"]);
    expect(headers).toContainEqual(["Metric", "vs", "Candidate", "Other", "Delta", "95% CI of delta", "p", "Significant?", "Detectable (80% power)", "Pairs"]);
    expect(headers).toContainEqual(["Metric", ...report.arms.map((a) => a.name)]);
    expect(headers).toContainEqual(["Arm", "Kind", "Model", "Answered", "From cache", "Failed", "Latency p50 / p95", "$ per 1k requests", "Spent"]);
    expect(await rendered.page.locator("#comment").innerText()).not.toMatch(/\\[-_.()|#*!\[\]]/);
  });

  it("draws the primary metric of every arm as a mermaid xychart: each bar to the interval's upper end, the mean and the lower end", async () => {
    expect(rendered.diagrams).toBe(1);
    expect(rendered.mermaidErrors).toEqual([]);
    const chart = rendered.page.locator("#comment pre.mermaid svg");
    expect(await chart.getAttribute("aria-roledescription")).toBe("xychart");
    const plot = (i: number) => chart.locator(`.bar-plot-${i} rect`).evaluateAll((rects) => rects.map((r) => ({ height: Number(r.getAttribute("height")), fill: r.getAttribute("fill") })));
    const [upper, mean, lower] = await Promise.all([plot(0), plot(1), plot(2)]);
    expect(upper).toHaveLength(report.arms.length);
    const heights = (bars: { height: number }[]) => bars.map((b) => b.height);
    report.arms.forEach((arm, i) => {
      const e = arm.estimates.find((m) => m.metric === report.scorer!.primary)!;
      expect(e.interval!.lower).toBeLessThan(e.mean);
      expect(heights(upper)[i]).toBeGreaterThan(heights(mean)[i]!);
      expect(heights(mean)[i]).toBeGreaterThan(heights(lower)[i]!);
      // The y axis runs from 0 to 1, so heights are in proportion to the figures.
      expect(heights(mean)[i]! / heights(upper)[i]!).toBeCloseTo(e.mean / e.interval!.upper, 1);
    });
    // Light to dark, so that the two lighter bands read as the interval.
    expect([upper[0]!.fill, mean[0]!.fill, lower[0]!.fill]).toEqual(["#b6d4f5", "#4a90d9", "#1d4f91"]);
  });

  it("keeps the per-example regressions and improvements in <details> blocks that start collapsed and open on click", async () => {
    const page = rendered.page;
    const all = page.locator("#comment details");
    expect(await all.count()).toBe(ownDetailsBlocks(markdown));
    for (const d of await all.all()) expect(await d.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    const improvements = all.filter({ has: page.locator("summary", { hasText: /^Best \d+ improvements$/ }) });
    expect(await improvements.count()).toBe(1);
    const firstRow = improvements.locator("tbody tr").first();
    expect(await firstRow.isVisible()).toBe(false);
    await improvements.locator("summary").click();
    expect(await firstRow.isVisible()).toBe(true);
    expect(await improvements.locator("tbody tr").count()).toBe(report.examples!.improvements.length);
    expect(await firstRow.locator("td").first().textContent()).toBe(`${report.examples!.improvements[0]!.file}:${report.examples!.improvements[0]!.line}`);
  });

  it("writes docs/eval-comment-example.png when FINETUNE_CI_EVAL_SCREENSHOT names a file", async () => {
    const target = process.env.FINETUNE_CI_EVAL_SCREENSHOT;
    if (!target) return;
    // This machine has no emoji font (GitHub has): the verdict's emoji would be a box, so the
    // picture shows the same mark from DejaVu Sans. Everything else is the comment as rendered above.
    const mark = { "✅": "✔", "❌": "✘", "⚠️": "⚠" };
    const pictured = markdown.replace(/^### (✅|❌|⚠️)/, (_, emoji: keyof typeof mark) => `### ${mark[emoji]}`);
    // github.com's conversation column on a wide screen, so that the comparisons table fits.
    const shot = await renderer.render(pictured, { screenshot: true, width: 940 });
    expect(shot.consoleErrors).toEqual([]);
    writeFileSync(target, shot.png!);
  });
});

describe("hostile holdout and answer text stays inert in the eval comment", () => {
  it("from prompts, the holdout's file name and the answers, through the real evaluation and comment renderer", async () => {
    const markdown = commentFor(hostile);
    const rendered = await renderer.render(markdown);
    await expectInert(rendered, ownDetailsBlocks(markdown));
    expect(rendered.mermaidErrors).toEqual([]);
    const text = (await rendered.page.locator("#comment").textContent())!.replace(ZWJ, "");
    expect(text, "the file name is shown, as text").toContain(HOSTILE_FILE);
    // Every prompt and answer the comment lists, hostile ones included, is shown as it was written.
    const listed = [...hostile.examples!.regressions, ...hostile.examples!.improvements].flatMap((c) => [c.prompt, c.candidate, c.other]);
    const shownHostile = HOSTILE.filter((h) => !BIDI.test(h) && listed.some((l) => l.includes(h)));
    expect(shownHostile.length, "hostile text is among the listed examples").toBeGreaterThanOrEqual(4);
    for (const h of shownHostile) expect(text, h).toContain(h);
    // Controls that would reorder the text are shown as escapes.
    expect(text).not.toMatch(BIDI);
  });
});
