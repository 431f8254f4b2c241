// The counts of strings that repeat across examples (role names, the system prompt) are cached
// between batches of 512 lines (src/core/tokens/countExample.ts) and never sent to the tokenizer
// again. Every other test reviews fewer than 512 lines, where the cache is filled but never read:
// these check that a count read from it adds up exactly as a fresh one does, against OpenAI's
// tiktoken and the OpenAI cookbook's published per-example totals, and that it stays bounded.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KnownCounts } from "../../../src/core/tokens/countExample.js";
import { review } from "../../support/review.js";
import { tiktokenCount } from "../../support/tiktoken.js";

const TOY = readFileSync(new URL("../../fixtures/openai-cookbook/toy_chat_fine_tuning.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean);
// The cookbook's notebook prints these per-example totals and assistant tokens (cl100k_base) for
// the first four lines of its toy dataset (test/fixtures/openai-cookbook/README.md).
const TOTALS = [45, 111, 26, 28];
const ASSISTANT = [10, 28, 9, 4];
const CL100K = { model: "gpt-3.5-turbo-0125", severities: { "too-few-examples": "off", duplicate: "off" } };

/** tiktoken's count of the last assistant message's content: the answer that inference cost uses. */
function answerTokens(line: string): number {
  const messages = (JSON.parse(line) as { messages: { role: string; content: string }[] }).messages;
  return tiktokenCount("cl100k_base", messages.filter((m) => m.role === "assistant").at(-1)!.content);
}

describe("token counts read from the cache of repeated strings", () => {
  it("add up as the cookbook counts, over 520 lines (two batches: the second one reads the cache)", async () => {
    const copies = 130;
    const lines = Array.from({ length: copies }, () => TOY.slice(0, 4)).flat();
    expect(lines.length).toBeGreaterThan(512);
    const report = await review({ train: { "toy.jsonl": `${lines.join("\n")}\n` } }, CL100K);
    expect(report.summary.examples).toBe(lines.length);
    expect(report.tokens.total).toBe(copies * TOTALS.reduce((a, b) => a + b));
    expect([report.tokens.perExample.min, report.tokens.perExample.max]).toEqual([26, 111]);
    expect(report.tokens.perExample.mean).toBeCloseTo(TOTALS.reduce((a, b) => a + b) / 4, 10);
    expect([report.tokens.assistantPerExample.min, report.tokens.assistantPerExample.max]).toEqual([4, 28]);
    expect(report.tokens.assistantPerExample.mean).toBeCloseTo(ASSISTANT.reduce((a, b) => a + b) / 4, 10);
    const answers = TOY.slice(0, 4).map(answerTokens);
    expect(report.cost.inference.completionTokens).toBeCloseTo(answers.reduce((a, b) => a + b) / 4, 10);
  });

  it("count a developer message like a system message, its text cached the same way", async () => {
    const developer = TOY.slice(0, 4).map((line) => line.replaceAll('"role": "system"', '"role": "developer"'));
    expect(developer.join("")).not.toContain('"system"');
    const copies = 130;
    const report = await review({ train: { "dev.jsonl": `${Array.from({ length: copies }, () => developer).flat().join("\n")}\n` } }, CL100K);
    const difference = tiktokenCount("cl100k_base", "developer") - tiktokenCount("cl100k_base", "system");
    const systemMessages = TOY.slice(0, 4).filter((line) => line.includes('"role": "system"')).length;
    expect(report.tokens.total).toBe(copies * (TOTALS.reduce((a, b) => a + b) + systemMessages * difference));
  });
});

describe("KnownCounts", () => {
  it("holds up to its limit, then starts again empty: memory stays flat", () => {
    const known = new KnownCounts(4);
    for (let i = 0; i < 4; i++) known.set(`s${i}`, i + 10);
    expect([0, 1, 2, 3].map((i) => known.get(`s${i}`))).toEqual([10, 11, 12, 13]);
    known.set("s4", 14);
    expect([0, 1, 2, 3, 4].map((i) => known.get(`s${i}`))).toEqual([undefined, undefined, undefined, undefined, 14]);
    expect(known.get("never set")).toBeUndefined();
  });

  it("keeps 256 strings by default", () => {
    const known = new KnownCounts();
    for (let i = 0; i < 256; i++) known.set(`s${i}`, i);
    expect(known.get("s0")).toBe(0);
    expect(known.get("s255")).toBe(255);
    known.set("s256", 256);
    expect(known.get("s0")).toBeUndefined();
  });
});
