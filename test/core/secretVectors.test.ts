// The secret check against an established scanner's own test vectors: gitleaks' literal true and
// false positives for the credential kinds finetune-ci looks for (test/fixtures/gitleaks/README.md:
// source, commit and MIT licence). Each text goes through the real review as a user message, and
// the finding must name the kind and show the credential redacted: its first six characters and
// its length, never the whole.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/review/report/model.js";
import { chat, distinctExamples, jsonl, review } from "../support/review.js";

interface Vector {
  source: string;
  gitleaks: "tps" | "fps";
  text: string;
  expect: "detect" | "flag" | "ignore";
  kind?: string;
  shown?: string;
  why?: string;
  gap?: string;
}

const VECTORS = JSON.parse(readFileSync(new URL("../fixtures/gitleaks/vectors.json", import.meta.url), "utf8")) as Vector[];
const CLEAN = distinctExamples(12);
const lineOf = (i: number) => CLEAN.length + 1 + i;

let reviewed: Promise<ReviewReport> | undefined;
/** One review of every vector, each the user message of its own example after 12 clean ones. */
function allReviewed(): Promise<ReviewReport> {
  reviewed ??= review({ train: { "vectors.jsonl": jsonl([...CLEAN, ...VECTORS.map((v) => chat(v.text, "Thanks, noted."))]) } });
  return reviewed;
}

async function secretMessage(i: number): Promise<string | undefined> {
  const report = await allReviewed();
  const found = report.findings.filter((f) => f.code === "secret" && f.line === lineOf(i));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.message;
}

const label = (v: Vector, i: number) => `${v.source.split("/").pop()} ${v.gitleaks}[${i}] ${JSON.stringify(v.text.length > 50 ? `${v.text.slice(0, 50)}…` : v.text)}`;

async function check(v: Vector, i: number): Promise<void> {
  const message = await secretMessage(i);
  if (v.expect === "ignore") {
    expect(message).toBeUndefined();
    return;
  }
  expect(message).toMatch(/^contains what looks like a credential: /);
  expect(message).toContain(`${v.kind} (`);
  if (v.shown) expect(message).toContain(`${v.kind} (${v.shown})`);
  else if (v.kind === "private key") expect(message).toMatch(/private key \(-----B…\(\d+ chars\)\)/);
  // Nothing past the first six characters of the credential is shown.
  const secret = /(sk-[\w-]{20,}|hf_[A-Za-z]{20,}|AKIA[0-9A-Z]{16}|MII[\w+/]{20,})/.exec(v.text)?.[1];
  if (secret) expect(message).not.toContain(secret.slice(0, 12));
}

describe("gitleaks' test vectors through the review", () => {
  it("has vectors of every kind finetune-ci detects, and negatives", () => {
    const kinds = new Set(VECTORS.filter((v) => v.expect === "detect").map((v) => v.kind));
    expect([...kinds].sort()).toEqual(["AWS access key id", "Anthropic API key", "Hugging Face token", "OpenAI API key", "private key"]);
    expect(VECTORS.filter((v) => v.expect === "ignore" && !v.gap).length).toBeGreaterThanOrEqual(8);
  });

  VECTORS.forEach((v, i) => {
    if (v.gap) return;
    const what = v.expect === "detect" ? `finds the ${v.kind}, shown as ${v.shown ?? "a redacted block"}` : v.expect === "flag" ? `flags it as a ${v.kind} on purpose` : "finds no secret";
    it(`${label(v, i)}: ${what}`, () => check(v, i));
  });
});

describe("known gaps against gitleaks' vectors (expected to fail until fixed)", () => {
  VECTORS.forEach((v, i) => {
    if (!v.gap) return;
    it.fails(`${label(v, i)}: should ${v.expect === "detect" ? `find the ${v.kind}` : "find no secret"}, but ${v.gap}`, () => check(v, i));
  });
});

describe("hand-written cases: the kind, the exact redacted form, and negatives", () => {
  const cases: [string, string, string][] = [
    [`token=ghp_${"aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2"}`, "GitHub token", "ghp_aB…(40 chars)"],
    [`github_pat_${"11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab"}`, "GitHub token", "github…(95 chars)"],
    ["temporary ASIAY34FZKBOKMUTVV7A key", "AWS access key id", "ASIAY3…(20 chars)"],
  ];
  // The lengths: 4 + 36, 11 + 84 and 20 characters.
  cases.forEach(([text, kind, shown]) => {
    it(`finds ${kind} in ${JSON.stringify(text.slice(0, 24))}…, shown as ${shown}`, async () => {
      const report = await review({ train: { "t.jsonl": jsonl([...CLEAN, chat(`Here: ${text}`, "ok")]) } });
      const [finding, ...more] = report.findings.filter((f) => f.code === "secret");
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ line: 13, message: `contains what looks like a credential: ${kind} (${shown})` });
    });
  });

  it("finds nothing in text that only talks about keys", async () => {
    const talk = [
      "Our keys start with sk- followed by letters; never paste one here.",
      "Set HF_TOKEN in your environment (it starts with hf_).",
      "The rhf_ and _hf_ prefixes in the firmware are register names.",
      "Ticket AKIA-1234 is about the ASIA region.",
      "skip-ahead-to-the-end-of-the-line-please-and-thank-you-very-much",
      "-----BEGIN PUBLIC KEY----- is fine to share.",
    ];
    const report = await review({ train: { "t.jsonl": jsonl([...CLEAN, ...talk.map((t) => chat(t, "ok"))]) } });
    expect(report.findings.filter((f) => f.code === "secret")).toEqual([]);
  });
});
