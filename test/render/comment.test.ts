// The review comment as a person sees it on a pull request: the real review of the bundled example,
// rendered to HTML as GitHub-flavoured markdown and laid out by Chromium, with mermaid drawing the
// charts. Dataset text is hostile input (anyone can open a pull request): it must reach the page as
// text, never as a tag, an image, a link, a mention or the end of a <details> block.
//
// FINETUNE_CI_SCREENSHOT=docs/comment-example.png also writes a screenshot of the example comment
// (scripts/screenshot-comment.mjs does that).
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/review/report/model.js";
import { codeBlock, inlineText } from "../../src/report/escape.js";
// The renderer of the pull-request comment (and job summary): every assertion applies to it.
import { COMMENT_OPTIONS, renderReviewMarkdown } from "../../src/review/report/markdown.js";
import { expectInert } from "../support/inertMarkdown.js";
import { MarkdownRenderer, type RenderedMarkdown } from "../support/renderMarkdown.js";
import { review } from "../support/review.js";

const commentFor = (report: ReviewReport): string => renderReviewMarkdown(report, COMMENT_OPTIONS);
/** The <details> blocks the renderer itself opens (dataset text can never add one). */
const ownDetailsBlocks = (markdown: string): number => markdown.split("\n").filter((l) => l.startsWith("<details><summary>")).length;

const DIR = "examples/support";
const read = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");
const ZWJ = /\u200d/g;

/** Strings a pull request author controls that would do something if markdown took them as markup. */
const HOSTILE = ["@octocat", "<img src=x onerror=alert(1)>", "</details>", "```", "![x](http://example.com/a.png)", "[link](javascript:alert(1))"];
const HOSTILE_TEXT = HOSTILE.join(" ");

let renderer: MarkdownRenderer;
let report: ReviewReport;

beforeAll(async () => {
  // One browser for the whole file; a missing Chromium fails here, with how to install it.
  [renderer, report] = await Promise.all([
    MarkdownRenderer.launch(),
    review({ train: { [`${DIR}/train.jsonl`]: read("train.jsonl") }, holdout: { [`${DIR}/holdout.jsonl`]: read("holdout.jsonl") } }),
  ]);
});

afterAll(async () => {
  await renderer?.close();
});

/** Headers of every table on the page, in order. */
async function tableHeaders(rendered: RenderedMarkdown): Promise<string[][]> {
  return rendered.page.locator("#comment table").evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "")));
}

const visibleText = (rendered: RenderedMarkdown) => rendered.page.locator("#comment").innerText();

describe("the review comment of the bundled example, rendered", () => {
  let rendered: RenderedMarkdown;
  let markdown: string;

  beforeAll(async () => {
    markdown = commentFor(report);
    // The comment exactly as posted: a chart that went missing from it must fail the chart test.
    rendered = await renderer.render(markdown);
  });

  it("logs no console errors, makes no network requests and opens no dialogs", () => {
    expect(rendered.consoleErrors).toEqual([]);
  });

  it("renders the findings, statistics and cost tables as tables, with their headers", async () => {
    const headers = await tableHeaders(rendered);
    expect(headers).toContainEqual(["severity", "code", "count", "first lines"]);
    expect(headers).toContainEqual(["per training example", "min", "mean", "p5", "median", "p95", "max"]);
    const cost = headers.find((h) => h.some((c) => c.startsWith("OpenAI fine-tuning")));
    expect(cost, "the cost table").toBeDefined();
    expect(cost!.some((c) => c.startsWith("Self-hosted LoRA"))).toBe(true);
  });

  it("shows every finding code in the findings table, without stray escape backslashes", async () => {
    const table = rendered.page.locator("#comment table").first();
    const text = await table.innerText();
    for (const { code } of report.findingCounts) expect(text).toContain(code);
    expect(text).not.toContain("\\");
    expect(await visibleText(rendered)).not.toMatch(/\\[-_.()|#*!]/);
  });

  it("keeps the full list of findings in a <details> block that starts collapsed and opens on click", async () => {
    const all = rendered.page.locator("#comment details");
    expect(await all.count()).toBe(ownDetailsBlocks(markdown));
    for (const d of await all.all()) expect(await d.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    const details = all.filter({ has: rendered.page.locator("summary", { hasText: /^All findings$/ }) });
    expect(await details.count()).toBe(1);
    const firstItem = details.first().locator("li").first();
    expect(await firstItem.isVisible()).toBe(false);
    await details.first().locator("summary").click();
    expect(await firstItem.isVisible()).toBe(true);
    expect(await details.first().locator("li").count()).toBe(report.findings.length);
  });

  it("draws the mermaid xychart-beta token histogram as an SVG, without mermaid errors", async () => {
    expect(markdown, "the comment itself carries the chart").toContain("```mermaid\nxychart-beta");
    expect(rendered.diagrams).toBeGreaterThanOrEqual(1);
    expect(rendered.mermaidErrors).toEqual([]);
    const chart = rendered.page.locator("#comment pre.mermaid svg").first();
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute("aria-roledescription")).toBe("xychart");
    const bars = await chart.locator(".bar-plot-0 rect").count();
    expect(bars).toBeGreaterThanOrEqual(3);
    expect(await chart.boundingBox()).toMatchObject({ width: expect.any(Number) as number });
    expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
  });

  // Run by scripts/screenshot-comment.mjs; skipped, and reported as skipped, in a plain test run.
  it.runIf(process.env.FINETUNE_CI_SCREENSHOT)("writes docs/comment-example.png when FINETUNE_CI_SCREENSHOT names a file", async () => {
    const target = process.env.FINETUNE_CI_SCREENSHOT!;
    const shot = await renderer.render(markdown, { screenshot: true });
    expect(shot.consoleErrors).toEqual([]);
    writeFileSync(target, shot.png!);
    // A PNG's signature, and a picture of some size.
    expect(readFileSync(target).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(readFileSync(target).length).toBeGreaterThan(10_000);
  });
});

describe("hostile dataset text stays inert", () => {
  it("from file names and lines, through the real review and comment renderer", async () => {
    // A pull request controls file names and file contents; an unreadable line is quoted back in its finding.
    const hostileFile = `${DIR}/${HOSTILE_TEXT}.jsonl`;
    const hostileLine = `{"messages": [{"role": "user", "content": "${HOSTILE_TEXT.replace(/"/g, '\\"')}"}]`;
    const hostile = await review({
      train: { [`${DIR}/train.jsonl`]: read("train.jsonl"), [hostileFile]: `${hostileLine}\n` },
      holdout: { [`${DIR}/holdout.jsonl`]: read("holdout.jsonl") },
    });
    expect(hostile.findings.some((f) => f.file === hostileFile), "a finding names the hostile file").toBe(true);
    const comment = commentFor(hostile);
    const rendered = await renderer.render(comment);
    await expectInert(rendered, ownDetailsBlocks(comment));
    const text = (await rendered.page.locator("#comment").textContent())!.replace(ZWJ, "");
    expect(text, "the file name is shown, as text").toContain(HOSTILE_TEXT);
  });

  it("through inlineText in paragraphs, tables and <details>, and codeBlock inside <details>", async () => {
    const markdown = [
      `Paragraph: ${inlineText(HOSTILE_TEXT)}`,
      "",
      "| file | message |",
      "| --- | --- |",
      ...HOSTILE.map((s) => `| ${inlineText(s)} | ${inlineText(`${s} in a cell`)} |`),
      "",
      "<details><summary>Examples</summary>",
      "",
      ...HOSTILE.flatMap((s) => [`- ${inlineText(s)}`]),
      "",
      codeBlock(`{"content": "${HOSTILE_TEXT}"}\n${HOSTILE.join("\n")}`, "json"),
      "",
      '<p id="inside">still inside</p>',
      "",
      "</details>",
      "",
      '<p id="after">after the block</p>',
    ].join("\n");
    const rendered = await renderer.render(markdown);
    await expectInert(rendered, 1);
    const page = rendered.page;
    expect(await page.locator("#comment details #inside").count(), "the code block did not close <details> early").toBe(1);
    expect(await page.locator("#comment details #after").count()).toBe(0);
    expect(await page.locator("#comment table tbody tr").count()).toBe(HOSTILE.length);
    expect(await page.locator("#comment table tbody tr td").count(), "no cell was split by a pipe").toBe(HOSTILE.length * 2);
    const text = (await page.locator("#comment").textContent())!.replace(ZWJ, "");
    for (const s of HOSTILE) expect(text, `"${s}" is still readable`).toContain(s);
    const code = (await page.locator("#comment details pre code").textContent())!.replace(ZWJ, "");
    expect(code, "the code block shows the text verbatim").toContain(HOSTILE_TEXT);
  });
});
