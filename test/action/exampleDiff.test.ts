import { describe, expect, it } from "vitest";
import { reviewDatasetsWithExamples } from "../../src/review/reviewDatasets.js";
import { diffExamples } from "../../src/review/pullRequest/exampleDiff.js";
import { fitBytes } from "../../src/adapters/github/stepSummary.js";
import { histogram } from "../../src/core/stats/histogram.js";
import { chat, distinctExamples, jsonl, settingsWith } from "../support/review.js";

async function indexOf(files: Record<string, string>, holdout: Record<string, string> = {}) {
  const all = { ...files, ...holdout };
  const { examples } = await reviewDatasetsWithExamples(
    {
      settings: settingsWith(),
      files: [...Object.keys(files).map((path) => ({ path, role: "train" as const })), ...Object.keys(holdout).map((path) => ({ path, role: "holdout" as const }))],
      readFile: async function* (path) {
        yield Buffer.from(all[path]!);
      },
      today: "2026-11-28",
      generatedAt: "2026-11-28T12:00:00.000Z",
      version: "test",
      workers: 0,
    },
    true,
  );
  return examples!;
}

describe("comparing a dataset's examples between two commits", () => {
  it("counts an example moved to another line or file as unchanged", async () => {
    const rows = distinctExamples(12);
    const base = await indexOf({ "a.jsonl": jsonl(rows) });
    const head = await indexOf({ "a.jsonl": jsonl(rows.slice(6).reverse()), "b.jsonl": jsonl(rows.slice(0, 6)) });
    expect(diffExamples(base, head)).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 12, tokensDelta: 0 });
  });

  it("tells added, removed and changed (same prompt, new answer) apart, with where they are", async () => {
    const rows = distinctExamples(12);
    const question = JSON.parse(rows[3]!).messages[1].content as string;
    const base = await indexOf({ "a.jsonl": jsonl(rows) });
    const head = await indexOf({ "a.jsonl": jsonl([...rows.slice(0, 3), chat(question, "A new answer."), ...rows.slice(5), ...distinctExamples(2, 50)]) });
    const diff = diffExamples(base, head);
    expect(diff).toMatchObject({ added: 2, removed: 1, changed: 1, unchanged: 10 });
    expect(diff.samples.changed).toEqual([expect.objectContaining({ file: "a.jsonl", line: 4, base: expect.objectContaining({ line: 4 }) })]);
    expect(diff.samples.removed).toEqual([expect.objectContaining({ file: "a.jsonl", line: 5 })]);
    expect(diff.samples.added.map((x) => x.line)).toEqual([12, 13]);
  });

  it("counts a repeated example once per copy", async () => {
    const rows = distinctExamples(10);
    const base = await indexOf({ "a.jsonl": jsonl(rows) });
    const head = await indexOf({ "a.jsonl": jsonl([...rows, rows[0]!, rows[0]!]) });
    expect(diffExamples(base, head)).toMatchObject({ added: 2, removed: 0, unchanged: 10 });
  });

  it("sees an example moved from training to holdout as removed from one and added to the other", async () => {
    const rows = distinctExamples(11);
    const base = await indexOf({ "t.jsonl": jsonl(rows) });
    const head = await indexOf({ "t.jsonl": jsonl(rows.slice(0, 10)) }, { "h.jsonl": jsonl(rows.slice(10)) });
    const diff = diffExamples(base, head);
    expect(diff.byRole.train).toMatchObject({ removed: 1, added: 0 });
    expect(diff.byRole.holdout).toMatchObject({ added: 1, removed: 0 });
  });
});

describe("token-length histogram", () => {
  it("uses round bin edges and counts every value once", () => {
    const h = histogram([0, 5, 99, 100, 950, 1000]);
    expect(h.binWidth).toBe(100);
    expect(h.bins[0]).toEqual({ from: 0, to: 100, count: 3 });
    expect(h.bins.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(h.bins.length).toBeLessThanOrEqual(12);
  });
});

describe("the job summary", () => {
  it("fits GitHub's 1 MiB in bytes, not characters, and says it was cut", () => {
    const wide = Array.from({ length: 200_000 }, (_, i) => `- ${i} ✅ écrit`).join("\n");
    const fitted = fitBytes(wide, 1024 * 1024);
    expect(Buffer.byteLength(fitted, "utf8")).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).toContain("1 MiB");
  });
});
