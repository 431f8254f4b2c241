// The review's memory is flat whatever the dataset's size: per-example records and grouping entries
// go to scratch storage (a temporary file past a memory budget), statistics come from tallies, and
// only the first findings of each code are kept. These tests show that nothing is lost on the way.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TempScratchSpace } from "../../src/adapters/files/tempScratch.js";
import { memoryScratch, type ScratchSpace } from "../../src/core/storage/scratch.js";
import { groupByKey, NONE } from "../../src/core/quality/keyGroups.js";
import { IntegerCounts } from "../../src/core/stats/integerCounts.js";
import { distribution } from "../../src/core/stats/distribution.js";
import { histogram } from "../../src/core/stats/histogram.js";
import { FindingCollector } from "../../src/core/findingCollector.js";
import { chat, distinctExamples, jsonl, review, SYSTEM } from "../support/review.js";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("scratch storage", () => {
  it("keeps appends in memory up to the budget, then in an unlinked temporary file, and reads across the two", () => {
    const folder = mkdtempSync(join(tmpdir(), "scratch-test-"));
    const space = new TempScratchSpace(1000, folder);
    const file = space.create();
    const bytes = Uint8Array.from({ length: 2500 }, (_, i) => (i * 7) % 251);
    for (let i = 0; i < bytes.length; i += 500) file.append(bytes.subarray(i, i + 500));
    expect(space.inMemory).toBe(1000);
    expect(space.onDisk).toBe(1500);
    expect(file.size).toBe(2500);
    // The file was unlinked as soon as it was open: nothing to clean up, even after a crash.
    expect(readdirSync(folder)).toEqual([]);
    for (const [offset, length] of [[0, 2500], [990, 20], [1000, 1], [2499, 1], [123, 1777]] as const) {
      const into = new Uint8Array(length);
      file.read(offset, into);
      expect(into).toEqual(bytes.subarray(offset, offset + length));
    }
    expect(() => file.read(2400, new Uint8Array(200))).toThrow(/past the end/);
    file.dispose();
    expect(space.inMemory).toBe(0);
  });

  it("says where it ran out of room and what to do", () => {
    const space = new TempScratchSpace(0, join(tmpdir(), "no-such-folder-for-scratch"));
    expect(() => space.create().append(new Uint8Array(10))).toThrow(/could not create the review's scratch file in .*no-such-folder-for-scratch \(ENOENT\).*TMPDIR/);
  });
});

/** Scratch files in memory, counted: how many are open now, and the most open at once. */
function countingScratch() {
  const counts = { live: 0, mostLive: 0 };
  const space: ScratchSpace = {
    create() {
      const file = memoryScratch.create();
      counts.mostLive = Math.max(counts.mostLive, ++counts.live);
      const dispose = file.dispose.bind(file);
      return Object.assign(file, { dispose: () => (counts.live--, dispose()) });
    },
  };
  return Object.assign(counts, { space });
}

describe("grouping by key in bounded memory", () => {
  /** What groupByKey must report: per key, training rows then holdout rows, each meeting the firsts before it. */
  function reference(entries: { key: number; row: number; isTrain: boolean }[]): string[] {
    const byKey = new Map<number, typeof entries>();
    for (const e of entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    const visits: string[] = [];
    for (const group of byKey.values()) {
      let firstTrain = NONE;
      let firstHoldout = NONE;
      for (const e of [...group.filter((g) => g.isTrain), ...group.filter((g) => !g.isTrain)]) {
        if (firstTrain !== NONE || firstHoldout !== NONE) visits.push(`${e.row} ${e.isTrain} ${firstTrain} ${firstHoldout}`);
        if (e.isTrain && firstTrain === NONE) firstTrain = e.row;
        if (!e.isTrain && firstHoldout === NONE) firstHoldout = e.row;
      }
    }
    return visits.sort();
  }

  it("visits exactly what an in-memory grouping would, with heavy keys, collisions of the top bits and tiny chunks", () => {
    const next = random(7);
    const heavy = 2 ** 52 + 12345;
    // Keys that share their top 32 bits and differ below: grouped apart all the same. 5 and 6 land
    // in different partitions; 5 and 5 + 2^4 share the first level's partition (the low 4 bits),
    // and 5 and 5 + 2^20 share every level's (the low 20 bits), so a sorted chunk holds both and
    // must put them in key order, not only by their top bits.
    const twins = [2 ** 40 * 3 + 5, 2 ** 40 * 3 + 6, 2 ** 40 * 3 + 5 + 2 ** 4, 2 ** 40 * 3 + 5 + 2 ** 20];
    const entries = Array.from({ length: 3000 }, (_, row) => {
      const pick = next();
      const key = pick < 0.3 ? heavy : pick < 0.45 ? twins[row % 4]! : Math.floor(next() * 400) * 2 ** 30 + Math.floor(next() * 3);
      // Holdout rows are read first here, so a group's first holdout row comes before its training rows.
      return { key, row, isTrain: row >= 1000 };
    });
    for (const limits of [{ chunkEntries: 7, writeEntries: 3 }, { chunkEntries: 1 << 16, writeEntries: 512 }]) {
      for (const scratch of [memoryScratch, new TempScratchSpace(0)]) {
        const visits: string[] = [];
        groupByKey(scratch, (emit) => entries.forEach((e) => emit(e.key, e.row, e.isTrain)), (row, isTrain, t, h) => visits.push(`${row} ${isTrain} ${t} ${h}`), limits);
        expect(visits.sort()).toEqual(reference(entries));
      }
    }
  });

  it("frees every scratch file when a visit throws, at the first level or deeper", () => {
    const files = countingScratch();
    const keys = Array.from({ length: 2000 }, (_, row) => (row * 7919) % 300);
    for (const limits of [{ chunkEntries: 1 << 16, writeEntries: 64 }, { chunkEntries: 20, writeEntries: 4 }]) {
      let visits = 0;
      const failing = () => {
        if (++visits === 50) throw new Error("the visit failed");
      };
      expect(() => groupByKey(files.space, (emit) => keys.forEach((key, row) => emit(key, row, row % 3 > 0)), failing, limits)).toThrow("the visit failed");
      expect(files.live, JSON.stringify(limits)).toBe(0);
    }
  });

  it("spreads a big grouping over levels of partitions, with a bounded number of files open at once", () => {
    const files = countingScratch();
    const next = random(11);
    const keys = Array.from({ length: 40_000 }, () => Math.floor(next() * 2 ** 53));
    const visits: number[] = [];
    groupByKey(files.space, (emit) => keys.forEach((key, row) => emit(key % 5000, row, true)), (row) => visits.push(row), { chunkEntries: 50, writeEntries: 8 });
    // 40,000 rows over 5,000 keys: every row but each key's first is visited.
    expect(new Set(keys.map((k) => k % 5000)).size + visits.length).toBe(40_000);
    // More than one level's 32 files were needed, yet never more than five levels' worth.
    expect(files.mostLive).toBeGreaterThan(32);
    expect(files.mostLive).toBeLessThanOrEqual(5 * 32);
    expect(files.live).toBe(0);
  });
});

describe("the whole review with its records on disk in tiny chunks", () => {
  it("reports exactly what it reports in memory", async () => {
    const train = readFileSync("examples/support/train.jsonl", "utf8");
    const holdout = readFileSync("examples/support/holdout.jsonl", "utf8");
    const extra = jsonl([
      ...distinctExamples(300, 1000),
      ...distinctExamples(40, 1000),
      chat("Where is my parcel?", "Let me check.", "You are a helpful assistant."),
      chat("Question 1003 about my invoice: what happens in case 7942457 when variant 2 applies?", "It is already refunded."),
    ]);
    const files = { train: { "train.jsonl": train, "more.jsonl": extra }, holdout: { "holdout.jsonl": `${holdout}${jsonl(distinctExamples(5, 1100))}` } };
    const config = { review: { maxFindingsPerCode: 25 } };
    const inMemory = await review(files, config, 4096);
    const onDisk = await review(files, config, 4096, { scratch: new TempScratchSpace(0), groupingLimits: { chunkEntries: 16, writeEntries: 4 } });
    expect(onDisk).toEqual(inMemory);
    // The comparison is not vacuous: every pair check has something to say here.
    for (const code of ["duplicate", "near-duplicate", "conflicting-answers", "holdout-leak", "inconsistent-system-prompt"]) {
      expect(inMemory.findings.filter((f) => f.code === code).length, code).toBeGreaterThan(0);
    }
    expect(inMemory.findings.filter((f) => f.code === "duplicate")).toHaveLength(25);
  });
});

describe("statistics from tallies", () => {
  it("gives the same distribution and histogram as the values themselves", () => {
    const next = random(3);
    for (const n of [1, 2, 5, 20, 1001]) {
      const values = Array.from({ length: n }, () => (next() < 0.05 ? 70_000 + Math.floor(next() * 9000) : Math.floor(next() * 4000)));
      const counts = new IntegerCounts();
      for (const v of values) counts.add(v);
      expect(counts.distribution()).toEqual(distribution(values));
      expect(counts.histogram()).toEqual(histogram(values));
    }
    expect(new IntegerCounts().distribution()).toEqual(distribution([]));
  });

  it("refuses a value that is not a whole number", () => {
    expect(() => new IntegerCounts().add(1.5)).toThrow(/whole numbers/);
  });
});

describe("findings kept per code", () => {
  it("keeps the first ones in reading order, whatever order the checks find them in", () => {
    const collector = new FindingCollector({}, 3);
    collector.registerFile("train.jsonl");
    collector.registerFile("holdout.jsonl");
    let built = 0;
    for (const [file, line] of [["holdout.jsonl", 1], ["train.jsonl", 9], ["train.jsonl", 2], ["holdout.jsonl", 0], ["train.jsonl", 5], ["train.jsonl", 7], ["holdout.jsonl", 3]] as const) {
      collector.add("duplicate", { file, line }, () => `#${++built}`);
    }
    expect(collector.findings().map((f) => `${f.file}:${f.line}`)).toEqual(["train.jsonl:2", "train.jsonl:5", "train.jsonl:7"]);
    expect(collector.codeCounts()).toEqual([{ code: "duplicate", severity: "warning", count: 7, kept: 3 }]);
    // A message is built only when its finding is kept at the time: the last one was not.
    expect(built).toBe(6);
  });
});

describe("a review's statistics", () => {
  it("are the same whatever the storage", async () => {
    const files = { train: { "t.jsonl": jsonl([...distinctExamples(50), chat("Hi", "Hello!", SYSTEM)]) } };
    const inMemory = await review(files);
    const onDisk = await review(files, {}, 97, { scratch: new TempScratchSpace(0), groupingLimits: { chunkEntries: 5, writeEntries: 2 } });
    expect(onDisk.stats).toEqual(inMemory.stats);
    expect(onDisk.tokens).toEqual(inMemory.tokens);
  });
});
