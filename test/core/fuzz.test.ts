// Thousands of mutated and hostile lines: the engine never throws, every line is accounted for,
// every finding points inside its file, and no credential planted in the data shows whole in any
// output. Hostile shapes: long runs without a space, deep nesting, \u-escaped credentials, control
// characters in keys, invalid UTF-8 bytes; run in this thread and through the worker threads with
// scratch storage on disk (review.scratchMemoryMb: 0), as the CLI runs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reviewInWorker } from "../../src/review/worker/reviewInWorker.js";
import { TempScratchSpace } from "../../src/adapters/files/tempScratch.js";
import { annotationCommands } from "../../src/adapters/github/annotations.js";
import { renderText } from "../../src/review/report/text.js";
import { COMMENT_OPTIONS, MARKDOWN_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from "../../src/review/report/markdown.js";
import { terminalJson } from "../../src/report/escape.js";
import type { ReviewReport } from "../../src/review/report/model.js";
import { chat, distinctExamples, review, settingsWith } from "../support/review.js";
import { ANTHROPIC, AWS_KEY_ID, GITHUB, HUGGING_FACE, OPENAI } from "../support/fakeSecrets.js";

const VALID = [...distinctExamples(20), chat("Where is order #123?", "It ships today."), JSON.stringify({ input: { messages: [{ role: "user", content: "hi" }] }, preferred_output: [{ role: "assistant", content: "Hello!" }], non_preferred_output: [{ role: "assistant", content: "Go away." }] })];
const SECRETS = [GITHUB, OPENAI, ANTHROPIC, HUGGING_FACE, AWS_KEY_ID];

/** Mutations a real file meets: cut lines, swapped types, huge values, control characters, nesting. */
const mutatedLine = fc.oneof(
  fc.tuple(fc.constantFrom(...VALID), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))),
  fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.string({ maxLength: 5 })).map(([l, n, s]) => l.slice(0, n % l.length) + s + l.slice(n % l.length)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.record({ messages: fc.array(fc.dictionary(fc.constantFrom("role", "content", "weight", "name", "tool_calls", "tool_call_id", "x"), fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }) }).map((v) => JSON.stringify(v)),
  fc.nat({ max: 400 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.nat({ max: 2000 }).map((depth) => `{"messages":${"[".repeat(depth)}`),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "   ", "\t", "\u0000", '{"messages": [{"role": "user", "content": "a\\u0000b"}]}', `{"messages": [{"role": "user", "content": "${"x".repeat(100_000)}"}]}`, "1e999", '{"messages": null}', '{"__proto__": {"messages": []}}'),
);

/** A credential written with some of its characters as \u escapes, as JSON allows. */
const escapedSecret = fc.tuple(fc.constantFrom(...SECRETS), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 })).map(([secret, pick]) => ({
  secret,
  raw: [...secret].map((c, i) => (pick[i % 8] ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join(""),
}));

/** Lines made to hurt, each with the credentials planted in it (to check none is printed whole). */
const hostileLine: fc.Arbitrary<{ line: string; secrets: string[] }> = fc.oneof(
  // A long run without a space, of one letter or of many.
  fc.tuple(fc.constantFrom("a", "Zq9", "微调", "=", " "), fc.integer({ min: 1000, max: 30_000 })).map(([unit, n]) => ({ line: chat(unit.repeat(Math.ceil(n / unit.length)), "ok"), secrets: [] })),
  // Deep nesting in content or in tools.
  fc.tuple(fc.constantFrom(101, 5_000, 30_000), fc.boolean()).map(([depth, inTools]) => {
    const deep = `${"[".repeat(depth)}1${"]".repeat(depth)}`;
    const line = inTools
      ? `{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}], "tools": [{"type": "function", "function": {"name": "f", "parameters": {"default": ${deep}}}}]}`
      : `{"messages": [{"role": "user", "content": ${deep}}, {"role": "assistant", "content": "a"}]}`;
    return { line, secrets: [] };
  }),
  // An escaped credential in content, a key, a role, a tool_call_id, a tool description, an answer (label), or a line cut after it.
  fc.tuple(escapedSecret, fc.constantFrom("content", "key", "role", "tool_call_id", "tools", "label", "broken")).map(([{ secret, raw }, where]) => {
    const slot = "\u0000SECRET\u0000";
    const placed = {
      content: () => chat(`my key is ${slot} ok`, "noted"),
      key: () => JSON.stringify({ ...JSON.parse(chat("q", "a")), [slot]: 1 }),
      role: () => JSON.stringify({ messages: [{ role: slot, content: "x" }, { role: "assistant", content: "a" }] }),
      tool_call_id: () => JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "tool", tool_call_id: slot, content: "r" }, { role: "assistant", content: "a" }] }),
      tools: () => JSON.stringify({ ...JSON.parse(chat("q", "a")), tools: [{ type: "function", function: { name: "f", description: `uses ${slot}` } }] }),
      label: () => chat("Which key?", slot),
      broken: () => `{"messages": [{"role": "user", "content": "key ${slot}`,
    }[where]();
    return { line: placed.replace(JSON.stringify(slot).slice(1, -1), raw).replace(slot, raw), secrets: [secret] };
  }),
  // Control characters and commands in keys.
  fc.string({ unit: fc.constantFrom("\n", "\r", "\u001b", "\u0007", ":", "#", "[", "a", "\u2028"), minLength: 1, maxLength: 12 }).map((key) => ({ line: JSON.stringify({ ...JSON.parse(chat("q", "a")), [`::error::${key}`]: 1 }), secrets: [] })),
);

/** A file of lines, some with invalid UTF-8 bytes put in. */
function toBytes(lines: string[], badBytes: number[], finalNewline: boolean): Uint8Array {
  const parts = lines.map((l, i) => {
    const bytes = Buffer.from(l, "utf8");
    const bad = badBytes[i];
    if (bad === undefined || bad < 0) return bytes;
    const at = bad % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28]), bytes.subarray(at)]);
  });
  const body = Buffer.concat(parts.flatMap((p, i) => (i < parts.length - 1 ? [p, Buffer.from("\n")] : [p])));
  return finalNewline ? Buffer.concat([body, Buffer.from("\n")]) : body;
}

function physicalLines(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes[bytes.length - 1] === 10 ? n : n + 1;
}

/** The checks every run makes: lines accounted for, findings inside their files, no secret shown whole. */
function checkReport(report: ReviewReport, files: Record<string, Uint8Array>, secrets: string[]): void {
  const lines = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, physicalLines(bytes)]));
  expect(report.summary.lines).toBe(Object.values(lines).reduce((a, b) => a + b, 0));
  expect(report.summary.examples + report.summary.invalidLines + report.summary.blankLines).toBe(report.summary.lines);
  for (const f of [...report.findings, ...report.secrets.findings]) {
    for (const at of f.related ? [f, f.related] : [f]) {
      expect(lines[at.file], `finding in an unknown file: ${at.file}`).toBeDefined();
      expect(at.line).toBeGreaterThanOrEqual(0);
      expect(at.line).toBeLessThanOrEqual(Math.max(lines[at.file]!, 1));
    }
  }
  const outputs = [
    terminalJson(report),
    renderText(report, { perCode: 1000 }),
    renderReviewMarkdown(report, { ...MARKDOWN_OPTIONS, perCode: 1000 }),
    renderReviewMarkdown(report, COMMENT_OPTIONS),
    renderReviewMarkdown(report, SUMMARY_OPTIONS),
    annotationCommands(report.findings, { perLevelLimit: 1000 }).join("\n"),
  ];
  for (const secret of secrets) for (const output of outputs) expect(output).not.toContain(secret.slice(6, 18));
  // What the CLI prints (text, markdown, JSON) holds no line a GitHub runner would execute.
  for (const output of outputs.slice(0, 3)) {
    for (const line of output.split("\n")) {
      expect(line.trimStart().startsWith("::"), line).toBe(false);
      expect(line).not.toContain("##[");
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  }
}

const fileContent = fc.tuple(
  fc.array(fc.oneof({ weight: 3, arbitrary: mutatedLine.map((line) => ({ line, secrets: [] as string[] })) }, { weight: 1, arbitrary: hostileLine }), { minLength: 1, maxLength: 40 }),
  fc.array(fc.integer({ min: -20, max: 1000 }), { maxLength: 40 }),
  fc.boolean(),
);

describe("fuzzing the engine with mutated and hostile lines", () => {
  it("never throws, accounts for every line, points inside its files and shows no secret whole", async () => {
    await fc.assert(
      fc.asyncProperty(fileContent, fc.nat({ max: 64 }), async ([planted, badBytes, finalNewline], chunk) => {
        const lines = planted.map((p) => p.line);
        const files = { "f.jsonl": toBytes(lines, badBytes, finalNewline), "h.jsonl": toBytes(lines.slice(0, 3), [], false) };
        const report = await review({ train: { "f.jsonl": files["f.jsonl"] }, holdout: { "h.jsonl": files["h.jsonl"] } }, {}, chunk + 1, { scratch: new TempScratchSpace(0) });
        checkReport(report, files, planted.flatMap((p) => p.secrets));
      }),
      { numRuns: 120 },
    );
  }, 600_000);

  it("the same through the worker threads, with scratch storage on disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-fuzz-"));
    const workers = { review: new URL("../../dist/review-worker.js", import.meta.url), tokens: new URL("../../dist/token-worker.js", import.meta.url) };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fileContent, async ([planted, badBytes, finalNewline]) => {
        const lines = planted.map((p) => p.line);
        const train = join(dir, `train-${run}.jsonl`);
        const holdout = join(dir, `holdout-${run++}.jsonl`);
        const files = { [train]: toBytes(lines, badBytes, finalNewline), [holdout]: toBytes(lines.slice(0, 3), [], false) };
        for (const [path, bytes] of Object.entries(files)) writeFileSync(path, bytes);
        const settings = settingsWith({ review: { scratchMemoryMb: 0, workers: 1 } });
        const report = await reviewInWorker(
          { settings, files: [{ path: train, role: "train" }, { path: holdout, role: "holdout" }], today: "2026-11-28", generatedAt: "2026-11-28T12:00:00.000Z", version: "test" },
          workers,
        );
        checkReport(report, files, planted.flatMap((p) => p.secrets));
      }),
      { numRuns: 12 },
    );
  }, 600_000);

  it("handles thousands of mutated lines in one file", async () => {
    const lines = fc.sample(mutatedLine, { numRuns: 3000, seed: 42 });
    const text = `${lines.join("\n")}\n`;
    const physical = text.split("\n").length - 1;
    expect(physical).toBeGreaterThanOrEqual(3000);
    const report = await review({ train: { "big.jsonl": text } }, {}, 4096);
    expect(report.summary.lines).toBe(physical);
    expect(report.summary.examples + report.summary.invalidLines + report.summary.blankLines).toBe(physical);
    expect(report.summary.invalidLines).toBeGreaterThan(0);
    expect(report.summary.examples).toBeGreaterThan(0);
  }, 240_000);
});
