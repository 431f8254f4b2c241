// The judge's rules (both orders, disagreement = tie), the sanity probe's rule, and the token
// arithmetic of the estimate, each against numbers worked by hand or by an independent tool.
import { get_encoding } from "tiktoken";
import { describe, expect, it } from "vitest";
import { loadTokenCounter } from "../../src/core/tokens/tokenizer.js";
import { defaultMaxTokens, promptTokens } from "../../src/eval/budget.js";
import type { HoldoutExample } from "../../src/eval/holdout.js";
import { combine, DEFAULT_JUDGE_PROMPT, judgePrompt, missingPlaceholders, parseVerdict, summariseJudge } from "../../src/eval/judge.js";
import { probeCandidate } from "../../src/eval/probe.js";

describe("the judge", () => {
  it("counts a win only when both orders prefer the candidate, a loss only when both prefer the other", () => {
    // first: the candidate is shown as A; second: the candidate is shown as B.
    expect(combine("A", "B")).toBe("win");
    expect(combine("B", "A")).toBe("loss");
    expect(combine("A", "A")).toBe("tie"); // always the first answer: position bias, cancelled
    expect(combine("B", "B")).toBe("tie"); // always the second answer
    expect(combine("tie", "B")).toBe("tie");
    expect(combine("tie", "tie")).toBe("tie");
  });

  it("reads the last 'Verdict:' line, however it is dressed", () => {
    expect(parseVerdict("A is closer.\nVerdict: B")).toBe("B");
    expect(parseVerdict("Verdict: A ... on reflection\n**Verdict: tie**")).toBe("tie");
    expect(parseVerdict("verdict:  `A`")).toBe("A");
    expect(parseVerdict("I prefer A.")).toBeUndefined();
  });

  it("fills the template in one pass, so an answer that contains a placeholder stays as it is", () => {
    const filled = judgePrompt("Q={{question}} R={{reference}} A={{answer_a}} B={{answer_b}}", "what?", { text: "ref" }, { status: "ok", text: "{{answer_b}}" }, { status: "ok", text: "", toolCalls: [{ name: "f", arguments: "{}" }] });
    expect(filled).toBe('Q=what? R=ref A={{answer_b}} B=[tool calls] [{"name":"f","arguments":"{}"}]');
    expect(missingPlaceholders(DEFAULT_JUDGE_PROMPT)).toEqual([]);
    expect(missingPlaceholders("{{question}} {{answer_a}}")).toEqual(["{{reference}}", "{{answer_b}}"]);
  });

  it("tests wins against losses with the sign test: 10 wins, 2 losses gives p = 2 x 79/4096", () => {
    // P(X <= 2) for X ~ Bin(12, 1/2) = (1 + 12 + 66) / 4096, doubled (hand-worked).
    const judged = [...Array(10).fill({ outcome: "win", disagreement: false }), ...Array(2).fill({ outcome: "loss", disagreement: false }), ...Array(5).fill({ outcome: "tie", disagreement: true }), { outcome: "excluded", disagreement: false }];
    const summary = summariseJudge(judged, { model: "j", vs: "base", promptSource: "bundled", seed: 1, resamples: 1000 });
    expect(summary).toMatchObject({ judged: 17, wins: 10, losses: 2, ties: 5, disagreements: 5, excluded: 1 });
    expect(summary.p).toBeCloseTo((2 * 79) / 4096, 12);
    expect(summary.score.mean).toBeCloseTo((10 + 2.5) / 17, 12);
  });
});

describe("the sanity probe", () => {
  const examples = Array.from({ length: 3 }, (_, i): HoldoutExample => ({ file: "h.jsonl", line: i + 1, messages: [{ role: "user", content: `q${i}` }], reference: { text: "r" }, promptKey: `q${i}` }));
  const ok = (text: string) => ({ status: "ok" as const, text });

  it("trips when the candidate answers every probe prompt exactly as the base", () => {
    const result = probeCandidate(examples, [ok("x"), ok(" y"), ok("z")], [ok("x"), ok("y "), ok("z")], "base");
    expect(result).toMatchObject({ prompts: 3, identical: 3, tripped: true });
    expect(result.evidence.map((e) => [e.line, e.prompt, e.answer])).toEqual([
      [1, "q0", "x"],
      [2, "q1", " y"],
      [3, "q2", "z"],
    ]);
  });

  it("does not trip on one different answer, nor when a request failed (there is no evidence for it)", () => {
    expect(probeCandidate(examples, [ok("x"), ok("y"), ok("different")], [ok("x"), ok("y"), ok("z")], "base").tripped).toBe(false);
    expect(probeCandidate(examples, [ok("x"), ok("y"), { status: "failed", error: "500" }], [ok("x"), ok("y"), ok("z")], "base").tripped).toBe(false);
    expect(probeCandidate(examples, [ok("x")], undefined, null)).toMatchObject({ against: null, tripped: false });
  });
});

describe("the estimate", () => {
  it("counts a chat request's tokens as OpenAI's cookbook does: the same as tiktoken, OpenAI's own tokenizer", async () => {
    const count = await loadTokenCounter("o200k_base");
    const messages = [
      { role: "system", content: "Classify the support ticket." },
      { role: "user", content: "My invoice shows a double charge (ticket 7)." },
      { role: "assistant", content: "billing" },
      { role: "user", name: "agent", content: "Urgent: my parcel never arrived" },
    ];
    const enc = get_encoding("o200k_base");
    const n = (s: string) => enc.encode_ordinary(s).length;
    const expected = 3 + messages.reduce((sum, m) => sum + 3 + n(m.role) + n(m.content) + (m.name ? 1 + n(m.name) : 0), 0);
    enc.free();
    expect(promptTokens(count, messages)).toBe(expected);
  });

  it("lets answers run to twice the longest reference, at least 64 tokens", () => {
    expect(defaultMaxTokens([1, 3, 2])).toBe(64);
    expect(defaultMaxTokens([10, 300])).toBe(600);
  });
});
