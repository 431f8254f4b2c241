// Round-edged histogram bins (src/core/stats/histogram.ts), worked by hand: the width is the
// smallest of 1, 2, 5 or 10 times a power of ten that is at least max / maxBins (and at least 1),
// bins run from 0 to just past the maximum, and the last bin takes the maximum itself.
import { describe, expect, it } from "vitest";
import { histogram, histogramOf } from "../../src/core/stats/histogram.js";
import { compareFindings, severityAtLeast, severityRank, type Finding } from "../../src/core/findings.js";

const counts = (h: ReturnType<typeof histogram>) => h.bins.map((b) => b.count);

describe("histogram", () => {
  it("has no bins for no values", () => {
    expect(histogram([])).toEqual({ binWidth: 0, bins: [] });
    expect(histogramOf([])).toEqual({ binWidth: 0, bins: [] });
  });

  it("1,199 over 12 bins: 99.9 a bin rounds up to 100; twelve bins 0-100 ... 1100-1200", () => {
    const h = histogram([5, 95, 100, 1199]);
    expect(h.binWidth).toBe(100);
    expect(h.bins.length).toBe(12);
    expect(h.bins[0]).toEqual({ from: 0, to: 100, count: 2 });
    expect(h.bins[1]).toEqual({ from: 100, to: 200, count: 1 });
    expect(h.bins[11]).toEqual({ from: 1100, to: 1200, count: 1 });
    expect(counts(h).reduce((a, b) => a + b)).toBe(4);
  });

  it("a width that is exactly a round number is kept; the maximum on the last edge goes in the last bin", () => {
    // 1,200 / 12 = 100 exactly: width 100, and 1,200 itself lands in 1100-1200, not a thirteenth bin.
    const h = histogram([0, 1200]);
    expect(h.binWidth).toBe(100);
    expect(h.bins.length).toBe(12);
    expect(counts(h)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("rounds to 2 and 5 times a power of ten, and uses only the bins it needs", () => {
    // 1,300 / 12 = 108.3: 100 is too small, 200 is the next round width; 1,300 is in bin 6 (1200-1400).
    const h = histogram([1300]);
    expect(h.binWidth).toBe(200);
    expect(h.bins.length).toBe(7);
    expect(h.bins[6]).toEqual({ from: 1200, to: 1400, count: 1 });
    // 5,000 / 12 = 416.7: 500.
    expect(histogram([5000]).binWidth).toBe(500);
    // 20,000 / 12 = 1,666.7: 2,000.
    expect(histogram([20000, 3999, 4000]).bins.slice(0, 3).map((b) => b.count)).toEqual([0, 1, 1]);
  });

  it("never makes bins narrower than 1, however small the values", () => {
    expect(histogram([0, 1, 2])).toEqual({ binWidth: 1, bins: [{ from: 0, to: 1, count: 1 }, { from: 1, to: 2, count: 1 }, { from: 2, to: 3, count: 1 }] });
    expect(histogram([0])).toEqual({ binWidth: 1, bins: [{ from: 0, to: 1, count: 1 }] });
  });

  it("takes counts of distinct values, and another number of bins", () => {
    // 20 / 2 = 10: width 10, two bins at most; 20 itself goes in the last one with the 10s.
    expect(counts(histogramOf([[10, 3], [20, 2], [0, 1]], 2))).toEqual([1, 5]);
    expect(histogramOf([[10, 3], [20, 2], [0, 1]], 2).binWidth).toBe(10);
    expect(histogram([100], 4)).toMatchObject({ binWidth: 50, bins: [{ count: 0 }, { count: 0 }, { from: 100, to: 150, count: 1 }] });
  });
});

describe("severities", () => {
  it("rank error before warning before info", () => {
    expect([severityRank("error"), severityRank("warning"), severityRank("info")]).toEqual([0, 1, 2]);
  });

  it("are at least a level when they are that level or worse", () => {
    expect(severityAtLeast("error", "warning")).toBe(true);
    expect(severityAtLeast("warning", "warning")).toBe(true);
    expect(severityAtLeast("info", "warning")).toBe(false);
    expect(severityAtLeast("info", "info")).toBe(true);
    expect(severityAtLeast("warning", "error")).toBe(false);
  });

  it("order findings worst first, then by file, line and code", () => {
    const f = (severity: Finding["severity"], file: string, line: number, code: string) => ({ severity, file, line, code, message: "" }) as Finding;
    const sorted = [f("info", "a", 1, "x"), f("warning", "b", 2, "y"), f("warning", "b", 1, "z"), f("warning", "a", 9, "y"), f("error", "z", 5, "b"), f("error", "z", 5, "a")].sort(compareFindings);
    expect(sorted.map((x) => `${x.severity} ${x.file}:${x.line} ${x.code}`)).toEqual(["error z:5 a", "error z:5 b", "warning a:9 y", "warning b:1 z", "warning b:2 y", "info a:1 x"]);
  });
});
