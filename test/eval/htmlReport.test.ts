// The HTML report as a file, without a browser (test/render/evalHtml.test.ts opens it in Chromium):
// its markup is the same for every evaluation and only its JSON data differs, no text can end the
// data element, the policy's hashes are those of the inline style and script, the per-example data
// of the report model reconciles with the report's counts, and 1,000 examples make a small file.
import { createHash } from "node:crypto";
import { Script } from "node:vm";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/eval-report.schema.json" with { type: "json" };
import { renderEvalHtml, scriptJson } from "../../src/eval/report/html.js";
import { PAGE_SCRIPT } from "../../src/eval/report/htmlPage.js";
import type { EvalReport } from "../../src/eval/report/model.js";
import { EXAMPLES_LISTED } from "../../src/eval/report/build.js";
import { GITHUB, OPENAI } from "../support/fakeSecrets.js";
import { removeWorkspaces } from "./support/supportTickets.js";
import { hostileTicketEval, runTicketEval } from "./support/ticketEval.js";

let hostile: EvalReport;
let plain: EvalReport;

beforeAll(async () => {
  const runs = await Promise.all([hostileTicketEval(), runTicketEval({ holdout: 40 })]);
  [hostile, plain] = [runs[0].report, runs[1].report];
});
afterAll(() => removeWorkspaces());

const DATA = /(<script type="application\/json" id="report-data">)([\s\S]*?)(<\/script>)/;
const dataOf = (html: string) => JSON.parse(DATA.exec(html)![2]!) as unknown;

describe("the page's markup", () => {
  it("is the same for every evaluation: only the JSON in #report-data differs", () => {
    const markup = (html: string) => html.replace(DATA, "$1$3");
    const a = renderEvalHtml(hostile);
    const b = renderEvalHtml(plain);
    expect(a).not.toBe(b);
    expect(markup(a)).toBe(markup(b));
  });

  it("closes a script element only where it ends one of its own two, and opens no comment", () => {
    const html = renderEvalHtml(hostile);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain("<!--");
    expect(DATA.exec(html)![2]).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("allows by hash exactly the style and the script it holds", () => {
    const html = renderEvalHtml(plain);
    const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(policy).toBe(`default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; base-uri 'none'; form-action 'none'`);
    // The head holds the policy before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  });

  it("has a script that parses (it is a string, so the compiler does not check it)", () => {
    expect(() => new Script(PAGE_SCRIPT)).not.toThrow();
  });
});

describe("text in the data", () => {
  it("round-trips through JSON with <, >, & and line separators written as escapes", () => {
    const nasty = { a: "</script><script>x()</script>", b: "<!-- --> & \u2028\u2029", c: ["</SCRIPT >", "\u202e"] };
    const json = scriptJson(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(nasty);
  });

  it("keeps no credential from a prompt or an answer, and shows controls that reorder text as escapes", () => {
    const copy = structuredClone(plain);
    copy.perExample.rows[0]!.answers[0] = `my key is ${OPENAI}`;
    copy.perExample.rows[1]!.prompt = `token ${GITHUB} \u202eevil`;
    const html = renderEvalHtml(copy);
    expect(html).not.toContain(OPENAI);
    expect(html).not.toContain(GITHUB);
    expect(JSON.stringify(dataOf(html))).toContain("\\\\u202eevil");
  });
});

describe("the report model's per-example data", () => {
  const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(reportSchema);

  it("is valid against schemas/eval-report.schema.json", () => {
    expect(validate(hostile), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("has every holdout example, every arm's answers, and deltas that reconcile with the report's counts", () => {
    const { rows, vs, metric } = hostile.perExample;
    expect(metric).toBe(hostile.examples!.metric);
    expect(vs).toBe(hostile.examples!.vs);
    expect(rows).toHaveLength(hostile.holdout.examples);
    hostile.arms.forEach((arm, i) => expect(rows.filter((r) => r.answers[i] !== null)).toHaveLength(arm.requests.ok));
    const deltas = rows.map((r) => r.delta!);
    expect(deltas.filter((d) => d < 0)).toHaveLength(hostile.examples!.worse);
    expect(deltas.filter((d) => d > 0)).toHaveLength(hostile.examples!.better);
    expect(deltas.filter((d) => d === 0)).toHaveLength(hostile.examples!.same);
    // The comment's regressions are the first of these, largest drop first.
    const worst = rows.filter((r) => r.delta! < 0).sort((a, b) => a.delta! - b.delta!).slice(0, EXAMPLES_LISTED);
    expect(hostile.examples!.regressions.map((c) => [c.file, c.line, c.delta])).toEqual(worst.map((r) => [r.file, r.line, r.delta]));
    // The delta is the candidate's value minus base's.
    const candidate = hostile.arms.findIndex((a) => a.name === hostile.candidate);
    const base = hostile.arms.findIndex((a) => a.name === vs);
    for (const r of rows) expect(r.delta).toBe(r.values[candidate]! - r.values[base]!);
  });
});

describe("size", () => {
  /** Bytes of the page and of the report's per-example data as JSON, which the page carries. */
  async function sizes(options: Parameters<typeof runTicketEval>[0]): Promise<{ html: number; data: number }> {
    const { report } = await runTicketEval({ holdout: 1000, latencyMs: 0, ...options });
    return { html: Buffer.byteLength(renderEvalHtml(report)), data: Buffer.byteLength(JSON.stringify(report.perExample)) };
  }
  const say = (what: string, s: { html: number; data: number }) => console.log(`HTML report of 1,000 examples x 3 arms, ${what}: ${s.html.toLocaleString("en-US")} bytes (the report's per-example JSON: ${s.data.toLocaleString("en-US")} bytes)`);

  it("1,000 holdout examples with three arms make a file barely larger than their own data as JSON", async () => {
    const labels = await sizes({});
    say("one-word answers", labels);
    expect(labels.html).toBeLessThan(labels.data + 64 * 1024);
    // Answers of about 450 characters from every arm (each arm's own, so the probe sees them differ).
    const prose = "The customer writes about a problem with their order; the right queue is the one that handles it, and a human should follow up within a day. ";
    const long = await sizes({ override: (r) => ({ content: `${r.model} (${r.messages.length} messages) says: ${prose.repeat(3)}` }) });
    say("answers of about 450 characters", long);
    expect(long.html).toBeLessThan(long.data + 64 * 1024);
    expect(long.html).toBeLessThan(2 * 1024 * 1024);
  });
});
