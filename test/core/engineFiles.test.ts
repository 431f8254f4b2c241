// What the dataset engine says about files as a whole, through the real review: lines that are not
// text (blank, undecodable, too long) with their sentences and the file's counts; the file-level
// findings (BOM, CRLF, no final newline) at the line they name; a line of the other format; the
// too-few-examples rule, which counts training files only; and the per-role token figures,
// checked against the OpenAI cookbook's published per-example totals for its toy dataset
// (45, 111, 26, 28, 8032 tokens; test/fixtures/openai-cookbook/README.md), with the answers' own
// tokens counted by OpenAI's tiktoken.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { distinctExamples, jsonl, review, SYSTEM } from "../support/review.js";
import { tiktokenCount } from "../support/tiktoken.js";

/** A file's findings in line order (the report orders them by severity first). */
const sentencesAt = (report: Awaited<ReturnType<typeof review>>, file: string) =>
  report.findings.filter((f) => f.file === file && f.code !== "model-lifecycle").map((f) => [f.line, f.code, f.message]).sort((a, b) => (a[0] as number) - (b[0] as number));

describe("lines that are not text", () => {
  it("each is counted on its file and reported with its sentence", async () => {
    const examples = distinctExamples(12).map((l) => Buffer.from(`${l}\n`));
    const file = Buffer.concat([
      ...examples,
      Buffer.from(" \t \n"), // 13: blank
      Buffer.from('{"a": "'), Buffer.from([0xff]), Buffer.from('"}\n'), // 14: invalid UTF-8 at its 8th byte
      Buffer.from(`{"messages": "${"x".repeat(2000)}"}\n`), // 15: 14 + 2,000 + 2 = 2,016 bytes
      Buffer.from("\n"), // 16: blank
    ]);
    const report = await review({ train: { "t.jsonl": file } }, { review: { maxLineBytes: 1024 } });
    expect(sentencesAt(report, "t.jsonl")).toEqual([
      [13, "blank-line", "empty line"],
      [14, "invalid-utf8", "invalid UTF-8 at byte 8 of the line"],
      [15, "line-too-long", "the line is 2016 bytes, over the 1024-byte limit (review.maxLineBytes)"],
      [16, "blank-line", "empty line"],
    ]);
    expect(report.files[0]).toEqual({ path: "t.jsonl", role: "train", format: "chat", bytes: file.length, lines: 16, examples: 12, invalidLines: 2, blankLines: 2 });
    expect(report.summary).toMatchObject({ lines: 16, examples: 12, invalidLines: 2, blankLines: 2 });
  });

  it("invalid lines (not JSON, not an object) are counted as invalid, not as examples", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), "{oops", "[1]"]) } });
    expect(report.files[0]).toMatchObject({ lines: 14, examples: 12, invalidLines: 2, blankLines: 0 });
  });
});

describe("file-level findings", () => {
  it("a BOM on line 1, CRLF at the first CRLF line with the count, no final newline at the last line", async () => {
    const lines = distinctExamples(12);
    const text = `\uFEFF${lines.slice(0, 3).join("\n")}\n${lines.slice(3, 6).join("\r\n")}\r\n${lines.slice(6).join("\n")}`;
    const report = await review({ train: { "t.jsonl": text } });
    expect(sentencesAt(report, "t.jsonl")).toEqual([
      [1, "utf8-bom", "the file starts with a UTF-8 byte-order mark (stripped before reading)"],
      [4, "crlf-line-endings", "3 line(s) end with CRLF (read as LF)"],
      [12, "no-final-newline", "the last line has no newline at its end (it was read)"],
    ]);
  });

  it("a clean file has none of them", async () => {
    const report = await review({ train: { "t.jsonl": jsonl(distinctExamples(12)) } });
    expect(sentencesAt(report, "t.jsonl")).toEqual([]);
  });
});

describe("a line of the other format", () => {
  const pair = JSON.stringify({ input: { messages: [{ role: "system", content: SYSTEM }, { role: "user", content: "u" }] }, preferred_output: [{ role: "assistant", content: "yes" }], non_preferred_output: [{ role: "assistant", content: "no" }] });

  it("in a chat file is reported against the file's format, named by its first example", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), pair]) } });
    expect(sentencesAt(report, "t.jsonl")).toEqual([[13, "missing-messages", "this line is a preference example, but the file holds chat examples (as its first example shows)"]]);
  });

  it("in a preference file likewise", async () => {
    const pairs = Array.from({ length: 12 }, (_, i) => pair.replace('"u"', `"question ${i} on topic ${i * 37}"`));
    const report = await review({ train: { "p.jsonl": jsonl([...pairs, distinctExamples(1)[0]!]) } });
    expect(sentencesAt(report, "p.jsonl")).toEqual([[13, "invalid-preference", "this line is a chat example, but the file holds preference examples (as its first example shows)"]]);
    expect(report.files[0]!.format).toBe("preference");
  });
});

describe("too few training examples", () => {
  it("counts the training files together, never the holdout, and reports on the first training file", async () => {
    const report = await review({ train: { "a.jsonl": jsonl(distinctExamples(4)), "b.jsonl": jsonl(distinctExamples(4, 4)) }, holdout: { "h.jsonl": jsonl(distinctExamples(5, 8)) } });
    const found = report.findings.filter((f) => f.code === "too-few-examples").map((f) => [f.file, f.line, f.message]);
    expect(found).toEqual([["a.jsonl", 0, "8 training example(s); at least 10 are required"]]);
  });

  it("is quiet at exactly the minimum", async () => {
    const report = await review({ train: { "a.jsonl": jsonl(distinctExamples(5)), "b.jsonl": jsonl(distinctExamples(5, 5)) } });
    expect(report.findings.filter((f) => f.code === "too-few-examples")).toEqual([]);
  });
});

describe("token figures per role, against the cookbook's toy dataset", () => {
  const TOY = readFileSync(new URL("../fixtures/openai-cookbook/toy_chat_fine_tuning.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean);
  const TOTALS = [45, 111, 26, 28, 8032];
  const answers = TOY.map((line) => {
    const messages = JSON.parse(line).messages as { role: string; content: string }[];
    return tiktokenCount("cl100k_base", messages.findLast((m) => m.role === "assistant")!.content);
  });
  const config = (limit: number) => ({ model: "gpt-3.5-turbo-0125", severities: { "too-few-examples": "off", "over-token-limit": "off" }, review: { trainingTokenLimit: limit } });

  it.each([
    // limit, billed = sum of min(total, limit), over = examples with total > limit
    [100, 45 + 100 + 26 + 28 + 100, 2],
    [45, 45 + 45 + 26 + 28 + 45, 2],
    [44, 44 + 44 + 26 + 28 + 44, 3],
    [10_000, 45 + 111 + 26 + 28 + 8032, 0],
  ])("limit %i: %i tokens billed per epoch, %i examples over it", async (limit, billed, over) => {
    const report = await review({ train: { "toy.jsonl": jsonl(TOY) }, holdout: { "h.jsonl": jsonl(TOY) } }, config(limit));
    expect([report.tokens.total, report.tokens.billed, report.tokens.overLimit]).toEqual([8242, billed, over]);
    expect([report.stats.holdout.totalTokens, report.stats.holdout.billedTokens, report.stats.holdout.overLimit]).toEqual([8242, billed, over]);
  });

  it("mean prompt and answer tokens: the answer's own tokens, and the rest of each example", async () => {
    const report = await review({ train: { "toy.jsonl": jsonl(TOY) }, holdout: { "h.jsonl": jsonl(TOY.slice(0, 2)) } }, config(100_000));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(report.stats.holdout.examples).toBe(2);
    expect(report.stats.holdout.meanAnswerTokens).toBeCloseTo(sum(answers.slice(0, 2)) / 2, 10);
    expect(report.stats.holdout.meanPromptTokens).toBeCloseTo((sum(TOTALS.slice(0, 2)) - sum(answers.slice(0, 2))) / 2, 10);
  });

  it("a role with no examples has means of zero, not NaN", async () => {
    const report = await review({ train: { "toy.jsonl": jsonl(TOY) } }, config(100_000));
    expect([report.stats.holdout.examples, report.stats.holdout.meanPromptTokens, report.stats.holdout.meanAnswerTokens, report.stats.holdout.billedTokens]).toEqual([0, 0, 0, 0]);
  });

  it("the report's totals count the findings by severity", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), "{oops", "", '{"messages": []}']) } });
    const bySeverity = (s: string) => report.findings.filter((f) => f.severity === s).length;
    expect([report.summary.errors, report.summary.warnings, report.summary.infos]).toEqual([bySeverity("error"), bySeverity("warning"), bySeverity("info")]);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
  });
});
