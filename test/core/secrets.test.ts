// The secret rules: one table, each credential found by kind, however it is written, and shown
// redacted. All credentials below are made up in the shapes of real ones.
import { describe, expect, it } from "vitest";
import { decodeJsonEscapes, findSecrets, findSecretsIn, redactSecrets, redactedSlice, SECRET_PREFIXES, SECRET_RULES } from "../../src/core/dataset/secrets.js";
import { AWS_KEY_ID, AWS_SECRET, ANTHROPIC, GITHUB, HUGGING_FACE, OPENAI, PRIVATE_KEY } from "../support/fakeSecrets.js";

describe("the rules: one table, each credential by kind, redacted to its first characters and length", () => {
  it.each([
    [GITHUB, "GitHub token", "ghp_aB…(40 chars)"],
    [OPENAI, "OpenAI API key", "sk-pro…(72 chars)"],
    [ANTHROPIC, "Anthropic API key", "sk-ant…(61 chars)"],
    [HUGGING_FACE, "Hugging Face token", "hf_AbC…(37 chars)"],
    [AWS_KEY_ID, "AWS access key id", "AKIAIO…(20 chars)"],
    // 31 (header) + 1 + 20 (body) + 1 + 29 (footer): the whole block, not only its first line.
    [PRIVATE_KEY, "private key", "-----B…(82 chars)"],
  ])("finds %s as one %s, shown as %s", (secret, kind, shown) => {
    const text = `Here is my key: ${secret} thanks`;
    expect(findSecrets(text).map((h) => h.kind)).toEqual([kind]);
    expect(redactSecrets(text)).toBe(`Here is my key: ${shown} thanks`);
  });

  it("does not flag ordinary text that merely starts like a key", () => {
    expect(findSecrets("Ask about the sk- prefix, hf_ tokens, ghp_ or AKIA in docs; skip-ahead-to-the-end-of-the-line-please.")).toEqual([]);
  });

  it("finds a bare AWS secret access key only beside an access key id", () => {
    expect(findSecretsIn([`secret ${AWS_SECRET}`])).toEqual([]);
    expect(findSecretsIn([`id ${AWS_KEY_ID}`, `secret ${AWS_SECRET}`]).map((h) => [h.kind, h.value])).toEqual([
      ["AWS access key id", AWS_KEY_ID],
      ["AWS secret access key", AWS_SECRET],
    ]);
  });

  it("gates on every rule's prefixes, taken from the rules themselves", () => {
    for (const rule of SECRET_RULES) for (const prefix of rule.prefixes) expect(SECRET_PREFIXES.some((p) => prefix.includes(p))).toBe(true);
  });

  it("undoes JSON escapes, and redacts a slice of raw JSON text by what it decodes to", () => {
    const raw = `{"a": "key \\u0067hp_${GITHUB.slice(4)} and \\"quotes\\""`;
    expect(decodeJsonEscapes(raw)).toBe(`{"a": "key ${GITHUB} and "quotes""`);
    // The slice starts in the middle of the escaped token: the whole token is replaced.
    const from = raw.indexOf("hp_") + 10;
    expect(redactedSlice(raw, from, raw.length)).toBe(`ghp_aB…(40 chars) and \\"quotes\\""`);
  });
});

