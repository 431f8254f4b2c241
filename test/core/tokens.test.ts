// Token counts must be OpenAI's: the tokenizer is checked against the official tiktoken (WASM
// bindings of OpenAI's Rust code), and the counting against the cookbook's published figures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { get_encoding } from "tiktoken";
import { encodingForModel, loadTokenCounter } from "../../src/core/tokens/tokenizer.js";
import { MAX_ERROR_PER_FORCED_CUT, MAX_RUN } from "../../src/core/tokens/longRuns.js";
import { review } from "../support/review.js";

// A copy of the cookbook's toy dataset, with its published figures: test/fixtures/openai-cookbook/README.md.
const REFERENCE = new URL("../fixtures/openai-cookbook/toy_chat_fine_tuning.jsonl", import.meta.url);

describe("tokenizer choice", () => {
  it("uses o200k_base for gpt-4o and gpt-4.1, cl100k_base for gpt-3.5 and gpt-4", () => {
    expect(encodingForModel("gpt-4o-mini-2024-07-18")).toBe("o200k_base");
    expect(encodingForModel("gpt-4.1-nano-2025-04-14")).toBe("o200k_base");
    expect(encodingForModel("ft:gpt-4o-2024-08-06:org::abc")).toBe("o200k_base");
    expect(encodingForModel("gpt-3.5-turbo-0125")).toBe("cl100k_base");
    expect(encodingForModel("gpt-4-0613")).toBe("cl100k_base");
  });
});

describe("gpt-tokenizer agrees with OpenAI's tiktoken", () => {
  const texts = [
    ...readFileSync(REFERENCE, "utf8").split("\n").filter(Boolean).flatMap((l) => (JSON.parse(l).messages as { content: string }[]).map((m) => m.content)),
    "Ünïcödé, emoji 🧪🚀, CJK 微调数据集, Arabic مرحبا, code `x => x ** 2`\n\t  spaces",
    "<|endoftext|> is counted as text here, never as the special token",
    "   leading and trailing   ",
  ];
  for (const encoding of ["cl100k_base", "o200k_base"] as const) {
    it(`${encoding}: same count for every string`, async () => {
      const ours = await loadTokenCounter(encoding);
      const official = get_encoding(encoding);
      try {
        for (const text of texts) expect(ours(text)).toBe(official.encode_ordinary(text).length);
      } finally {
        official.free();
      }
    });
  }
});

describe("parity with the OpenAI cookbook's published figures (test/fixtures/openai-cookbook/README.md)", () => {
  const data = readFileSync(REFERENCE, "utf8");
  const perExample = (report: Awaited<ReturnType<typeof review>>) => report;

  it("cl100k_base at a 4,096 cap: totals, assistant tokens, billing, epochs, charge", async () => {
    const report = perExample(
      await review({ train: { "toy.jsonl": data } }, { model: "gpt-3.5-turbo-0125", review: { trainingTokenLimit: 4096 }, severities: { "too-few-examples": "off" } }),
    );
    expect(report.summary.examples).toBe(5);
    expect(report.tokens.encoding).toBe("cl100k_base");
    const t = report.tokens.perExample;
    expect([t.min, t.max, t.mean, t.p50]).toEqual([26, 8032, 1648.4, 45]);
    const a = report.tokens.assistantPerExample;
    expect([a.mean, a.p50]).toEqual([1610.2, 10]);
    expect(report.stats.messagesPerExample).toMatchObject({ min: 2, max: 9, mean: 3.8, p50: 3 });
    expect(report.tokens.overLimit).toBe(1);
    expect(report.cost.billedTokens).toBe(4306);
    expect(report.cost.epochs).toBe(20);
    expect(report.cost.chargedTokens).toBe(86120);
    expect(report.findings.filter((f) => f.code === "no-system-message")).toHaveLength(1);
    expect(report.findings.filter((f) => f.code === "no-user-message")).toHaveLength(1);
  });

  it("cl100k_base at the current 16,385 cap: 8,242 billed, 164,840 charged, none over", async () => {
    const report = await review({ train: { "toy.jsonl": data } }, { model: "gpt-3.5-turbo-0125", severities: { "too-few-examples": "off" } });
    expect(report.tokens.limit).toBe(16385);
    expect(report.tokens.overLimit).toBe(0);
    expect(report.cost.billedTokens).toBe(8242);
    expect(report.cost.chargedTokens).toBe(164840);
  });

  it("o200k_base totals: 43, 106, 26, 27, 8031", async () => {
    const report = await review({ train: { "toy.jsonl": data } }, { model: "gpt-4o-mini-2024-07-18", severities: { "too-few-examples": "off" } });
    expect(report.tokens.total).toBe(43 + 106 + 26 + 27 + 8031);
    expect([report.tokens.perExample.min, report.tokens.perExample.p50, report.tokens.perExample.max]).toEqual([26, 43, 8031]);
  });
});

describe("long runs without a break are counted in pieces, linearly, with a stated error", () => {
  // A fixed pseudo-random source, so that a failure can be replayed.
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const draw = (alphabet: string, n: number) => {
    const chars = [...alphabet];
    return Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");
  };
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  for (const encoding of ["o200k_base", "cl100k_base"] as const) {
    it(`${encoding}: runs that the tokenizer splits anyway (base64, minified code, unspaced CJK) stay exact`, async () => {
      const ours = await loadTokenCounter(encoding);
      const official = get_encoding(encoding);
      try {
        const texts = [
          `data:image/png;base64,${draw(base64, 20_000)}==`,
          Array.from({ length: 800 }, (_, i) => `var a${i}=f(b${i},"x${i}");`).join(""),
          Array.from({ length: 400 }, () => `${draw("微调数据集的一个例子中文字符测试模型训练", 30)}。`).join(""),
          `https://example.com/${Array.from({ length: 300 }, (_, i) => `seg${i}/${draw(letters, 5)}`).join("/")}`,
        ];
        for (const text of texts) {
          expect(text.length).toBeGreaterThan(MAX_RUN * 3);
          expect(ours(text)).toBe(official.encode_ordinary(text).length);
        }
      } finally {
        official.free();
      }
    });

    it(`${encoding}: a run with nowhere to split is cut every ${MAX_RUN} characters, each cut within -1..+${MAX_ERROR_PER_FORCED_CUT} tokens of tiktoken`, async () => {
      const ours = await loadTokenCounter(encoding);
      const official = get_encoding(encoding);
      try {
        const runs = [draw(letters, 3500), draw(letters.toUpperCase(), 2500), draw("0123456789", 2200), draw("!#$%&*+-./:;<=>?@^_|~", 2100), "=".repeat(3100), " ".repeat(2600), draw(" \n", 2400), draw("微调数据集的一个例子", 2300)];
        for (const run of runs) {
          const text = `Before ${run} after.`;
          // The run starts after "Before ": it is cut into pieces of exactly MAX_RUN characters.
          const cuts = Math.ceil(run.length / MAX_RUN) - 1;
          const difference = ours(text) - official.encode_ordinary(text).length;
          expect(difference).toBeGreaterThanOrEqual(-cuts);
          expect(difference).toBeLessThanOrEqual(MAX_ERROR_PER_FORCED_CUT * cuts);
        }
      } finally {
        official.free();
      }
    });
  }

  it("counts 16 MB of one letter without a space at all (quadratic before: 400 KB took 56 s)", async () => {
    const count = await loadTokenCounter("o200k_base");
    const n = count("a".repeat(16_000_000));
    // "a" * 1000 is a fixed number of tokens: every piece is the same.
    expect(n).toBe(16_000 * count("a".repeat(MAX_RUN)));
  });
});
