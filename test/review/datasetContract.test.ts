// The contract between the review and the self-hosted trainer: every example shape in
// test/fixtures/dataset-contract/ passes the review, and self-hosted-runner/tests/test_contract.py trains
// the same files with a Qwen2.5-style chat template (and is refused with a Gemma-2-style one). When the
// review starts refusing a shape, or accepts one the trainer cannot take, one of the two suites fails.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { templateSupportFor } from "../../src/core/chatTemplates.js";
import { review } from "../support/review.js";

const DIR = new URL("../fixtures/dataset-contract/", import.meta.url);
const SHAPES = JSON.parse(readFileSync(new URL("shapes.json", DIR), "utf8")) as Record<string, { line: number; name: string; shapes: string[]; refusedWithoutSystemOrTools: boolean }[]>;
const FILES = Object.keys(SHAPES);

function text(file: string): string {
  return readFileSync(new URL(file, DIR), "utf8");
}

async function reviewWithBase(file: string, baseModel: string) {
  return review({ train: { [file]: text(file) } }, { train: { provider: "self-hosted", baseModel } });
}

describe.each(FILES)("the review accepts every shape in %s", (file) => {
  it("labels every line of the file with the shape it shows", () => {
    const lines = text(file).trimEnd().split("\n");
    expect(SHAPES[file]!.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it.each(SHAPES[file]!.map((e) => [e.name, e] as const))("%s: no error, and the example counts", async (_name, entry) => {
    const report = await reviewWithBase(file, "Qwen/Qwen2.5-7B-Instruct");
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.filter((f) => f.line === entry.line)).toEqual([]);
    expect(report.summary.examples).toBe(SHAPES[file]!.length);
  });

  it("reports no error anywhere in the file", async () => {
    const report = await reviewWithBase(file, "Qwen/Qwen2.5-7B-Instruct");
    expect(report.summary.errors).toBe(0);
  });
});

describe("a self-hosted base model whose chat template cannot express an example", () => {
  it.each(FILES)("Gemma 2 (no system role, no tools): %s is refused on the lines train.py refuses", async (file) => {
    const report = await reviewWithBase(file, "google/gemma-2-9b-it");
    const flagged = [...new Set(report.findings.filter((f) => f.code === "chat-template-unsupported").map((f) => f.line))].sort((a, b) => a - b);
    expect(flagged).toEqual(SHAPES[file]!.filter((e) => e.refusedWithoutSystemOrTools).map((e) => e.line));
    expect(report.findings.find((f) => f.code === "chat-template-unsupported")).toMatchObject({ severity: "error", file });
  });

  it("names what the template lacks", async () => {
    const report = await reviewWithBase("chat.jsonl", "/models/gemma-2-9b-it");
    const messages = report.findings.filter((f) => f.code === "chat-template-unsupported" && f.line === 5).map((f) => f.message);
    expect(messages.sort()).toEqual([
      "the Gemma 2 chat template cannot express a tools list (it ignores tools)",
      "the Gemma 2 chat template cannot express system and developer messages (it has no system role)",
      "the Gemma 2 chat template cannot express tool calls (it leaves them out)",
      "the Gemma 2 chat template cannot express tool results (it has no tool role)",
    ]);
  });

  it("Llama 3.1 (the default base model) takes one tool call per assistant message", async () => {
    const report = await reviewWithBase("chat.jsonl", "meta-llama/Llama-3.1-8B-Instruct");
    const flagged = report.findings.filter((f) => f.code === "chat-template-unsupported");
    const parallel = SHAPES["chat.jsonl"]!.find((e) => e.name === "parallel-tool-calls")!.line;
    expect(flagged.map((f) => [f.line, f.message])).toEqual([[parallel, "the Llama 3.1/3.2/3.3 chat template cannot express several tool calls in one assistant message (one at a time)"]]);
  });

  it("says nothing for a base model whose template it does not know, or when OpenAI trains", async () => {
    const unknown = await reviewWithBase("chat.jsonl", "/models/my-own-model");
    const openai = await review({ train: { "chat.jsonl": text("chat.jsonl") } }, { train: { provider: "openai", baseModel: "google/gemma-2-9b-it" } });
    for (const report of [unknown, openai]) expect(report.findings.filter((f) => f.code === "chat-template-unsupported")).toEqual([]);
  });

  it("recognises model families by name, as Hub ids and as local directories", () => {
    expect(templateSupportFor("meta-llama/Llama-3.1-8B-Instruct")?.family).toBe("Llama 3.1/3.2/3.3");
    expect(templateSupportFor("meta-llama/Meta-Llama-3-8B-Instruct")?.family).toBe("Llama 3");
    expect(templateSupportFor("/srv/models/Qwen2.5-7B-Instruct/")?.family).toBe("Qwen2.5/Qwen3");
    expect(templateSupportFor("mistralai/Mistral-7B-Instruct-v0.3")?.family).toBe("Mistral 7B Instruct v0.3");
    expect(templateSupportFor("google/gemma-3-4b-it")?.family).toBe("Gemma 3");
    expect(templateSupportFor("google/gemma-2-2b-it")?.family).toBe("Gemma 2");
    expect(templateSupportFor("mistralai/Mistral-7B-Instruct-v0.2")).toBeUndefined();
  });
});
