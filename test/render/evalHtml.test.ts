// The evaluation's HTML report (`finetune-ci eval --format html`, uploaded with the answers) as a
// reader opens it: a file on disk, opened in Chromium over file://, with every request that is not
// that file refused and recorded. The report is a real evaluation (runEval on the support-ticket
// task against the OpenAI stand-in) whose prompts, holdout file name and model answers carry
// hostile text: the tables and the chart must render, the filters and the search must show
// exactly the examples they say, and none of that text may do anything.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEvalHtml } from "../../src/eval/report/html.js";
import type { EvalReport, ExampleRow } from "../../src/eval/report/model.js";
import { HOSTILE, HOSTILE_FILE, hostileTicketEval, runTicketEval } from "../eval/support/ticketEval.js";
import { removeWorkspaces } from "../eval/support/supportTickets.js";
import { launchChromium } from "../support/renderMarkdown.js";

let browser: Browser;
let report: EvalReport;
let dir: string;
let url: string;
let page: Page;
/** Every request the page made, and those refused (anything but the file itself). */
const requests: string[] = [];
const refused: string[] = [];
/** Console errors and warnings, uncaught errors, dialogs. */
const problems: string[] = [];

async function open(target: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  p.on("request", (r) => requests.push(r.url()));
  p.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  p.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  p.on("dialog", async (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    await d.dismiss();
  });
  await p.route("**/*", async (route) => {
    const requested = route.request().url();
    if (requested === target) return route.continue();
    refused.push(requested);
    await route.abort();
  });
  await p.goto(target, { waitUntil: "load" });
  // Let image loads and their error handlers (if anything slipped through) happen before looking.
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return p;
}

beforeAll(async () => {
  let run;
  [browser, run] = await Promise.all([launchChromium(), hostileTicketEval()]);
  report = run.report;
  dir = mkdtempSync(join(tmpdir(), "finetune-ci-html-"));
  const file = join(dir, "report.html");
  writeFileSync(file, renderEvalHtml(report));
  url = pathToFileURL(file).href;
  page = await open(url);
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  removeWorkspaces();
});

const place = (r: Pick<ExampleRow, "file" | "line">) => `${r.file}:${r.line}`;
const shownPlaces = () => page.locator("#examples article .place").allTextContents();
const filterButton = (filter: string) => page.locator(`#examples button[data-filter="${filter}"]`);
const search = (text: string) => page.locator("#examples input[type=search]").fill(text);

/** Header cells of every table on the page, in order. */
const tableHeaders = () => page.locator("table").evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll("thead th")].map((th) => th.textContent ?? "")));
/** The body rows of the table whose header starts with `first`, as cell texts. */
const tableRows = (first: string) =>
  page.locator("table").evaluateAll(
    (tables, first) => tables.filter((t) => t.querySelector("thead th")?.textContent === first).flatMap((t) => [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))),
    first,
  );

describe("the HTML report, opened from disk", () => {
  it("requests nothing but its own file, logs no error and opens no dialog", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("says the verdict in one sentence, as the report does", async () => {
    expect(await page.locator("header.verdict .badge").textContent()).toBe("PASS");
    expect(await page.locator("header.verdict .summary").textContent()).toBe(report.verdict.summary);
    expect(await page.title()).toBe("finetune-ci evaluation: PASS");
  });

  it("renders the gate, the comparisons, the metrics and the cost tables", async () => {
    const headers = await tableHeaders();
    const arms = report.arms.map((a) => a.name);
    expect(headers).toContainEqual(["Check", "Outcome", "Why", "Pairs for 80% power"]);
    expect(headers).toContainEqual(["Metric", "vs", "Candidate", "Other", "Delta", "95% CI of delta", "p", "Significant?", "Detectable (80% power)", "Pairs"]);
    expect(headers).toContainEqual(["Metric", ...arms]);
    expect(headers).toContainEqual(["Arm", "Kind", "Model", "Answered", "From cache", "Failed", "Latency p50 / p95", "$ per 1k requests", "Spent"]);
  });

  it("shows each delta with its interval and p, and each arm's mean with its interval, to three places", async () => {
    const signed = (v: number) => `${v < 0 ? "−" : "+"}${Math.abs(v).toFixed(3)}`;
    const comparisons = await tableRows("Metric");
    for (const c of report.comparisons.filter((c) => c.metric === "accuracy")) {
      const row = comparisons.find((r) => r[0] === "Accuracy" && r[1] === c.vs);
      expect(row, `Accuracy vs ${c.vs}`).toBeDefined();
      expect(row!.slice(2, 6)).toEqual([c.candidateMean.toFixed(3), c.referenceMean.toFixed(3), signed(c.delta), `${signed(c.interval!.lower)} to ${signed(c.interval!.upper)}`]);
      expect(row![6]).toBe(c.p < 0.001 ? "< 0.001" : c.p.toFixed(3));
    }
    const metrics = comparisons.find((r) => r[0] === "Accuracy (primary)");
    expect(metrics).toEqual([
      "Accuracy (primary)",
      ...report.arms.map((a) => {
        const e = a.estimates.find((m) => m.metric === "accuracy")!;
        return `${e.mean.toFixed(3)} [${e.interval!.lower.toFixed(3)}, ${e.interval!.upper.toFixed(3)}]`;
      }),
    ]);
  });

  it("shows the cost and latency of every arm", async () => {
    const rows = await tableRows("Arm");
    for (const arm of report.arms) {
      const row = rows.find((r) => r[0] === arm.name)!;
      const ms = (v: number) => `${Math.round(v)} ms`;
      expect(row[6]).toBe(`${ms(arm.usage!.latency!.p50)} / ${ms(arm.usage!.latency!.p95)}`);
      expect(row[8]).toMatch(/^\$\d/);
    }
  });

  it("draws the primary metric of every arm: the mean on its 95% interval", async () => {
    const bars = await page.locator("svg.chart g.bar").evaluateAll((groups) =>
      groups.map((g) => {
        const line = g.querySelector("line.interval")!;
        return { label: g.querySelector("text")!.textContent, x1: Number(line.getAttribute("x1")), x2: Number(line.getAttribute("x2")), cx: Number(g.querySelector("circle")!.getAttribute("cx")), candidate: g.classList.contains("candidate") };
      }),
    );
    expect(bars.map((b) => b.label)).toEqual(report.arms.map((a) => a.name));
    for (const b of bars) {
      expect(b.x1).toBeLessThan(b.cx);
      expect(b.cx).toBeLessThan(b.x2);
    }
    expect(bars.filter((b) => b.candidate).map((b) => b.label)).toEqual([report.candidate]);
    // The candidate (about 95% right) sits right of base (about 35%).
    expect(bars.find((b) => b.label === "candidate")!.cx).toBeGreaterThan(bars.find((b) => b.label === "base")!.x2);
  });
});

describe("the examples: every arm's answer side by side, filtered and searched", () => {
  const rows = () => report.perExample.rows;
  /** Stable: equal deltas keep holdout order, as the report's lists do. */
  const sorted = (keep: (d: number) => boolean, order: 1 | -1) =>
    rows()
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.delta !== null && keep(r.delta))
      .sort((a, b) => order * (a.r.delta! - b.r.delta!) || a.i - b.i)
      .map(({ r }) => place(r));

  it("shows every holdout example at first, in holdout order, with the reference and each arm's answer", async () => {
    expect(await shownPlaces()).toEqual(rows().map(place));
    const first = page.locator("#examples article").first();
    const row = rows()[0]!;
    expect(await first.locator(".given pre").allTextContents()).toEqual([row.prompt, row.reference]);
    expect(await first.locator(".arms h3").allTextContents()).toEqual(report.arms.map((a) => a.name));
    expect(await first.locator(".arms pre").allTextContents()).toEqual(row.answers);
  });

  it("Regressions shows exactly the examples where the candidate did worse than base, the largest drop first", async () => {
    await filterButton("worse").click();
    expect(await filterButton("worse").getAttribute("aria-pressed")).toBe("true");
    const shown = await shownPlaces();
    expect(shown).toEqual(sorted((d) => d < 0, 1));
    expect(shown).toHaveLength(report.examples!.worse);
    expect(shown.length).toBeGreaterThan(0);
    expect(await page.locator("#examples article .change").first().textContent()).toMatch(/^candidate 0\.000 vs base 1\.000 \(−1\.000\)$/);
  });

  it("Improvements shows exactly those where it did better, the largest gain first; Unchanged the rest; All every one", async () => {
    await filterButton("better").click();
    expect(await shownPlaces()).toEqual(sorted((d) => d > 0, -1));
    expect(await shownPlaces()).toHaveLength(report.examples!.better);
    await filterButton("same").click();
    expect(await shownPlaces()).toHaveLength(report.examples!.same);
    await filterButton("all").click();
    expect(await shownPlaces()).toEqual(rows().map(place));
    expect(await page.locator("#examples .shown").textContent()).toBe(`Showing ${rows().length} of ${rows().length} matching, ${rows().length} in all`);
  });

  it("search narrows the examples to those whose prompt, reference, answers or place hold the text, within the filter", async () => {
    const holding = (text: string) => rows().filter((r) => [place(r), r.prompt, r.reference, ...r.answers.filter((a) => a !== null)].join("\n").toLowerCase().includes(text));
    await search("ticket holdout-17)");
    expect(await shownPlaces()).toEqual([`${HOSTILE_FILE}:18`]);
    await search("Invoice");
    const invoice = holding("invoice").map(place);
    expect(invoice.length).toBeGreaterThan(1);
    expect(await shownPlaces()).toEqual(invoice);
    await filterButton("better").click();
    expect(await shownPlaces()).toEqual(sorted((d) => d > 0, -1).filter((p) => invoice.includes(p)));
    await search("no such text anywhere");
    expect(await shownPlaces()).toEqual([]);
    expect(await page.locator("#examples .empty").textContent()).toBe("No example matches.");
    await filterButton("all").click();
    await search("");
    expect(await shownPlaces()).toHaveLength(rows().length);
  });
});

describe("hostile text from the holdout, its file name and the answers stays text", () => {
  it("runs nothing: no script of its own, no dialog, window.pwned stays undefined, also when searched for", async () => {
    await search("<img src=x onerror=");
    expect((await shownPlaces()).length).toBeGreaterThan(0);
    await search("</script>");
    expect((await shownPlaces()).length).toBeGreaterThan(0);
    await search("");
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
  });

  it("adds no element: two scripts and one style (the page's own), one chart, no image, frame, link, form or handler", async () => {
    expect(await page.locator("script").count()).toBe(2);
    expect(await page.locator("style").count()).toBe(1);
    expect(await page.locator("svg").count()).toBe(1);
    expect(await page.locator("img, iframe, object, embed, a, form, link, base, meta[http-equiv=refresh]").count()).toBe(0);
    const handlers = await page.evaluate(() => [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on") || /javascript:/i.test(a.value)).map((a) => `${e.tagName} ${a.name}`)));
    expect(handlers).toEqual([]);
  });

  it("shows every hostile string as it was written, and bidirectional controls as visible escapes", async () => {
    const text = (await page.locator("#report").textContent())!;
    for (const s of HOSTILE.filter((h) => !/[\u202a-\u202e\u2066-\u2069]/.test(h))) expect(text, s).toContain(s);
    expect(text).toContain(HOSTILE_FILE);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("\\u202eevil\\u202c \\u2066isolated\\u2069");
  });
});

describe("the Content-Security-Policy", () => {
  it("allows only the page's own script and style and no request of any kind, so even markup that got in could not call out", async () => {
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"))!;
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+={0,2}'; style-src 'sha256-[A-Za-z0-9+/]+={0,2}'; base-uri 'none'; form-action 'none'$/);
    // What an injection would try, done from inside the page: the policy refuses each before any request.
    const before = refused.length;
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
      const img = document.createElement("img");
      img.src = "https://evil.example/pixel.png";
      document.body.append(img);
      const fetched = await fetch("https://evil.example/data").then(
        () => "fetched",
        () => "refused",
      );
      const script = document.createElement("script");
      script.textContent = "window.pwned = 1";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { seen, fetched, pwned: (window as unknown as { pwned?: unknown }).pwned };
    });
    expect(violations.fetched).toBe("refused");
    expect(violations.pwned).toBeUndefined();
    expect(violations.seen).toEqual(expect.arrayContaining(["img-src", "connect-src", "script-src-elem"]));
    expect(refused.length).toBe(before);
    // The refusals are logged as console errors; they are this test's own.
    problems.splice(0);
  });
});

describe("a run that stopped before scoring", () => {
  it("says why, shows the probe's evidence, and lists every example with what each arm answered or why it has no answer", async () => {
    // Every model answers every prompt alike: the probe stops the run after its first 4 prompts.
    const stopped = (await runTicketEval({ holdout: 40, override: () => ({ content: "billing" }) })).report;
    expect(stopped.stopped?.stage).toBe("probe");
    const file = join(dir, "stopped.html");
    writeFileSync(file, renderEvalHtml(stopped));
    const target = pathToFileURL(file).href;
    const p = await open(target);
    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    expect(await p.locator("header.verdict .badge").textContent()).toBe("FAIL");
    expect(await p.locator("h2").allTextContents()).toContain("Sanity probe");
    expect(await p.locator("#examples button").allTextContents()).toEqual(["All (40)"]);
    const last = p.locator("#examples article").last();
    expect(await last.locator(".place").textContent()).toBe("data/holdout.jsonl:40");
    expect(await last.locator(".missing").allTextContents()).toEqual(Array(3).fill("no answer: not asked (the run stopped before this example)"));
    const first = p.locator("#examples article").first();
    expect(await first.locator(".arms pre").allTextContents()).toEqual(["billing", "billing", "billing"]);
    await p.close();
  });
});

describe("a failed request", () => {
  it("shows, in its arm's place, the reason the report gives for it", async () => {
    const failed = structuredClone(report);
    const row = failed.perExample.rows[4]!;
    row.answers[0] = null;
    failed.arms[0]!.failures.push({ file: row.file, line: row.line, reason: "HTTP 502 <b>bad gateway</b> (after 6 attempts)" });
    const file = join(dir, "failed.html");
    writeFileSync(file, renderEvalHtml(failed));
    const p = await open(pathToFileURL(file).href);
    expect(problems).toEqual([]);
    const card = p.locator("#examples article").nth(4);
    expect(await card.locator(".place").textContent()).toBe(place(row));
    expect(await card.locator(".missing").allTextContents()).toEqual(["no answer: HTTP 502 <b>bad gateway</b> (after 6 attempts)"]);
    expect(await card.locator("b").count()).toBe(0);
    await p.close();
  });
});

