// Small parts of the core, against expectations worked by hand or from published sources:
// tiktoken's model-to-encoding table (tiktoken/model.py), the scratch file's reads across blocks,
// integer tallies against numpy's type-7 quantiles over the values themselves, and the lifecycle
// dates' edges.
import { describe, expect, it } from "vitest";
import { encodingForModel } from "../../src/core/tokens/tokenizer.js";
import { MemoryScratchFile } from "../../src/core/storage/scratch.js";
import { IntegerCounts } from "../../src/core/stats/integerCounts.js";
import { lifecycleOn } from "../../src/core/cost/openaiModels.js";

describe("encodingForModel", () => {
  it("follows tiktoken's table: o200k_base for gpt-4o, gpt-4.1 and the o-series, cl100k_base for gpt-3.5 and gpt-4", () => {
    const cases: [string, string][] = [
      ["gpt-4o-mini-2024-07-18", "o200k_base"], ["gpt-4o", "o200k_base"], ["gpt-4.1-nano", "o200k_base"], ["o3-mini", "o200k_base"],
      ["gpt-4", "cl100k_base"], ["gpt-4-0613", "cl100k_base"], ["gpt-4-turbo", "cl100k_base"], ["gpt-3.5-turbo-0125", "cl100k_base"],
      ["gpt-35-turbo", "cl100k_base"], ["davinci-002", "cl100k_base"], ["babbage-002", "cl100k_base"], ["text-embedding-3-small", "cl100k_base"],
      ["GPT-3.5-Turbo", "cl100k_base"],
      // Fine-tuned models by their base.
      ["ft:gpt-3.5-turbo-0125:acme::abc", "cl100k_base"], ["ft:gpt-4-0613:acme::abc", "cl100k_base"], ["ft:gpt-4o-mini-2024-07-18:acme::abc", "o200k_base"],
      // Only a name that starts with a known prefix.
      ["my-gpt-3.5-copy", "o200k_base"], ["x-ft:gpt-3.5-turbo", "o200k_base"],
    ];
    for (const [model, encoding] of cases) expect(encodingForModel(model), model).toBe(encoding);
  });
});

describe("MemoryScratchFile", () => {
  it("reads any range back across the blocks it was appended in, and refuses a range past either end", () => {
    const file = new MemoryScratchFile();
    const all = Uint8Array.from({ length: 40 }, (_, i) => i);
    for (const [from, to] of [[0, 3], [3, 3], [3, 10], [10, 11], [11, 25], [25, 40]]) file.append(all.subarray(from, to));
    expect(file.size).toBe(40);
    for (let offset = 0; offset <= 40; offset++) {
      for (let length = 0; offset + length <= 40; length++) {
        const into = new Uint8Array(length);
        file.read(offset, into);
        expect([...into], `${length} at ${offset}`).toEqual([...all.subarray(offset, offset + length)]);
      }
    }
    expect(() => file.read(39, new Uint8Array(2))).toThrow("scratch read of 2 bytes at 39 is past the end (40)");
    expect(() => file.read(-1, new Uint8Array(1))).toThrow(RangeError);
    expect(() => file.read(41, new Uint8Array(0))).toThrow(RangeError);
  });

  it("keeps a copy of what was appended, and lets go of it when disposed", () => {
    const file = new MemoryScratchFile();
    const bytes = Uint8Array.from([1, 2, 3]);
    file.append(bytes);
    bytes[0] = 9;
    const into = new Uint8Array(3);
    file.read(0, into);
    expect([...into]).toEqual([1, 2, 3]);
    file.dispose();
    expect(() => file.read(0, new Uint8Array(1))).toThrow();
  });
});

/** numpy.quantile(values, q) (method "linear", numpy's default and type 7), written out. */
function numpyType7(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
}

describe("IntegerCounts", () => {
  it("gives the distribution numpy gives over the values, around the dense/sparse edge at 65,536 too", () => {
    const sets = [[7], [3, 3, 3], [0, 65_535, 65_536, 65_537, 1_000_000], [65_536, 65_536, 1, 2], [5, 1, 4, 2, 3, 100_000, 65_535, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]];
    for (const values of sets) {
      const counts = new IntegerCounts();
      for (const v of values) counts.add(v);
      const sorted = [...values].sort((a, b) => a - b);
      const d = counts.distribution();
      expect(d.count).toBe(values.length);
      expect([d.min, d.max]).toEqual([sorted[0], sorted.at(-1)]);
      expect(d.mean).toBeCloseTo(values.reduce((a, b) => a + b) / values.length, 9);
      expect(d.p5).toBeCloseTo(numpyType7(sorted, 0.05), 9);
      expect(d.p50).toBeCloseTo(numpyType7(sorted, 0.5), 9);
      expect(d.p95).toBeCloseTo(numpyType7(sorted, 0.95), 9);
      const tally = new Map<number, number>();
      for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
      expect([...counts.entries()]).toEqual([...tally].sort((a, b) => a[0] - b[0]));
    }
    expect(new IntegerCounts().distribution()).toEqual({ count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 });
  });

  it("refuses what is not a whole number of at least 0", () => {
    const counts = new IntegerCounts();
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => counts.add(bad)).toThrow(`IntegerCounts takes whole numbers >= 0, not ${bad}`);
    expect(counts.count).toBe(0);
  });
});

describe("lifecycleOn at the edges of its dates", () => {
  const dates = { newJobsEnd: "2027-01-06", retires: "2027-01-14" };
  it("new jobs are still possible on the last day; on the retirement day the model is gone", () => {
    expect(lifecycleOn(dates, "2027-01-06")).toMatchObject({ status: "jobs-ending", daysLeft: 0 });
    expect(lifecycleOn(dates, "2027-01-07")).toMatchObject({ status: "no-new-jobs", daysLeft: 7 });
    expect(lifecycleOn(dates, "2027-01-13")).toMatchObject({ status: "no-new-jobs", daysLeft: 1 });
    expect(lifecycleOn(dates, "2027-01-14")).toMatchObject({ status: "retired", daysLeft: 0 });
    // Without a retirement date, the days since new jobs ended.
    expect(lifecycleOn({ newJobsEnd: "2027-01-06" }, "2027-01-09")).toMatchObject({ status: "no-new-jobs", daysLeft: -3 });
  });

  it("warns from 90 days before the end of new jobs", () => {
    expect(lifecycleOn(dates, "2026-10-08")).toMatchObject({ status: "jobs-ending", daysLeft: 90 });
    expect(lifecycleOn(dates, "2026-10-07")).toMatchObject({ status: "available", daysLeft: 91 });
    expect(lifecycleOn({ note: "no dates" }, "2026-10-07")).toEqual({ note: "no dates", status: "available" });
  });
});
