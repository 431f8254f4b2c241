import { describe, expect, it } from "vitest";
import { findPii, findSecrets, findSpecialToken } from "../../src/core/dataset/scanners.js";

// Made-up credentials in the shapes of real ones; none of them works anywhere.
const FAKE = {
  openai: `sk-proj-${"Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z".repeat(2)}`,
  anthropic: `sk-ant-api03-${"Zy9xWv8uTs7rQp6o".repeat(3)}`,
  huggingface: `hf_${"AbCdEfGhIjKlMnOpQrStUvWxYz0123456".slice(0, 34)}`,
  github: `ghp_${"aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2"}`,
  aws: "AKIAIOSFODNN7EXAMPLE",
  key: "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...",
};

describe("secrets are found, never printed whole", () => {
  for (const [name, secret] of Object.entries(FAKE)) {
    it(`finds a ${name} credential`, () => {
      const hits = findSecrets(`Here is my key: ${secret} thanks`);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.sample).not.toContain(secret.slice(8, 20));
    });
  }

  it("does not flag ordinary text that merely starts like a key", () => {
    expect(findSecrets("Ask about the sk- prefix, hf_ tokens, or ghp_ in docs.")).toEqual([]);
  });
});

describe("personal data", () => {
  it("finds e-mail addresses and phone numbers", () => {
    expect(findPii("Write to jane.doe@example.com").map((h) => h.kind)).toEqual(["email address"]);
    expect(findPii("Call +1 555-0100 today").map((h) => h.kind)).toEqual(["phone number"]);
    expect(findPii("Call (555) 123-4567").map((h) => h.kind)).toEqual(["phone number"]);
  });

  it("finds card numbers that pass the Luhn check, and only those", () => {
    expect(findPii("Card 4111 1111 1111 1111 exp 12/30").map((h) => h.kind)).toContain("payment card number");
    expect(findPii("Ref 4111 1111 1111 1112").map((h) => h.kind)).not.toContain("payment card number");
  });

  it("leaves order numbers and prices alone", () => {
    expect(findPii("Order #123456 costs $49.99 and ships in 3 days.")).toEqual([]);
  });
});

describe("special tokens", () => {
  it("finds OpenAI and Llama special token text", () => {
    expect(findSpecialToken("done<|endoftext|>")).toBe("<|endoftext|>");
    expect(findSpecialToken("<|start_header_id|>user")).toBe("<|start_header_id|>");
    expect(findSpecialToken("a | b < c")).toBeUndefined();
  });
});
