// Parity with the OpenAI cookbook's token counting ("Data preparation and analysis for chat model
// fine-tuning"), example by example: the totals and assistant tokens its notebook prints for the toy
// dataset (test/fixtures/openai-cookbook/README.md), and its rule of one more token per `name`,
// with the name's own tokens counted by OpenAI's tiktoken.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { review } from "../support/review.js";
import { tiktokenCount } from "../support/tiktoken.js";

const TOY = readFileSync(new URL("../fixtures/openai-cookbook/toy_chat_fine_tuning.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean);
const CL100K = { model: "gpt-3.5-turbo-0125", severities: { "too-few-examples": "off" } };

/** The review of one example on its own: its tokens in all, and its assistant tokens. */
async function tokensOf(line: string): Promise<{ total: number; assistant: number }> {
  const report = await review({ train: { "one.jsonl": `${line}\n` } }, CL100K);
  expect(report.summary.examples).toBe(1);
  return { total: report.tokens.total, assistant: report.tokens.assistantPerExample.max };
}

describe("the cookbook's per-example figures for its toy dataset (cl100k_base)", () => {
  it("tokens per example: 45, 111, 26, 28, 8032", async () => {
    const totals = [];
    for (const line of TOY) totals.push((await tokensOf(line)).total);
    expect(totals).toEqual([45, 111, 26, 28, 8032]);
  });

  it("assistant tokens per example: 10, 28, 9, 4, 8000", async () => {
    const assistant = [];
    for (const line of TOY) assistant.push((await tokensOf(line)).assistant);
    expect(assistant).toEqual([10, 28, 9, 4, 8000]);
  });

  it("the whole file at once: the same totals, summed", async () => {
    const report = await review({ train: { "toy.jsonl": `${TOY.join("\n")}\n` } }, CL100K);
    expect(report.tokens.total).toBe(45 + 111 + 26 + 28 + 8032);
  });
});

describe("the cookbook's rule for names: the name's tokens, and one more", () => {
  const withName = (line: string, role: string, name: string) => {
    const example = JSON.parse(line) as { messages: { role: string; name?: string }[] };
    for (const m of example.messages) if (m.role === role) m.name = name;
    return JSON.stringify(example);
  };

  for (const name of ["alice", "customer_4711", "Zoë"]) {
    it(`a name "${name}" on each user message adds tiktoken's count of it plus 1, per message`, async () => {
      const nameTokens = tiktokenCount("cl100k_base", name);
      // The toy's second example: 9 messages, the system prompt, 4 user turns and 4 answers.
      const line = TOY[1]!;
      const users = (JSON.parse(line) as { messages: { role: string }[] }).messages.filter((m) => m.role === "user").length;
      expect(users).toBe(4);
      const before = await tokensOf(line);
      const after = await tokensOf(withName(line, "user", name));
      expect(after.total - before.total).toBe(users * (nameTokens + 1));
      // The cookbook's assistant figure counts the assistant messages' content only.
      expect(after.assistant).toBe(before.assistant);
    });
  }
});
