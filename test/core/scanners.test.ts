import { describe, expect, it } from "vitest";
import { findEmail, findPii, findSpecialToken } from "../../src/core/dataset/scanners.js";
import { distinctExamples, findingsOf, jsonl, review } from "../support/review.js";

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

  it("takes the address the pattern local@domain.tld describes, and nothing else", () => {
    expect(findEmail("mail a.b+c@mail.example.co.uk, please")).toBe("a.b+c@mail.example.co.uk");
    expect(findEmail("user@host.c")).toBeUndefined();
    expect(findEmail("@example.com and a@b")).toBeUndefined();
    expect(findEmail("x@@y.com, then z@q.io")).toBe("z@q.io");
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

describe("special tokens are found outside messages too", () => {
  it("in a tool's description", async () => {
    const lines = distinctExamples(12);
    const tools = [{ type: "function", function: { name: "lookup", description: "Ends with <|endoftext|> on purpose" } }];
    lines[3] = JSON.stringify({ ...JSON.parse(lines[3]!), tools });
    const report = await review({ train: { "t.jsonl": jsonl(lines) } });
    expect(findingsOf(report, "special-token").map((f) => [f.line, f.message])).toEqual([[4, "contains the special token text <|endoftext|>"]]);
  });
});
