// The finding collector (src/core/findingCollector.ts) keeps, per code, the first `keepPerCode`
// findings in reading order whatever order they arrive in, counts all of them, and ranks codes.
// The expected findings come from sorting every finding and taking the first ones: a plain sort,
// not the collector's heap.
import { describe, expect, it } from "vitest";
import { FindingCollector } from "../../src/core/findingCollector.js";
import { shuffled } from "../support/seededRandom.js";

describe("FindingCollector", () => {
  it("keeps the first findings in reading order, whatever order they arrive in, and counts them all", () => {
    const files = ["b.jsonl", "a.jsonl", "c.jsonl"];
    const all = files.flatMap((file) => Array.from({ length: 15 }, (_, i) => ({ file, line: (i * 7) % 15 + 1 })));
    // Reading order: files as registered (b, a, c), then lines.
    const expected = [...all].sort((x, y) => files.indexOf(x.file) - files.indexOf(y.file) || x.line - y.line);
    for (const keep of [1, 2, 3, 5, 8, 13, 44, 45, 100]) {
      for (let seed = 1; seed <= 12; seed++) {
        const collector = new FindingCollector({}, keep);
        for (const file of files) collector.registerFile(file);
        for (const at of shuffled(all, seed * 101 + keep)) collector.add("blank-line", at, `blank at ${at.line}`);
        // Which are kept follows reading order; findings() then lists them by file name and line.
        const kept = collector.findings().map((f) => `${f.file}:${f.line}`);
        const want = expected.slice(0, keep).sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line);
        expect(kept, `keep ${keep}, order ${seed}`).toEqual(want.map((f) => `${f.file}:${f.line}`));
        expect(collector.codeCounts()).toEqual([{ code: "blank-line", severity: "warning", count: 45, kept: Math.min(keep, 45) }]);
      }
    }
  });

  it("builds a finding's message and related place only when it is kept", () => {
    const collector = new FindingCollector({}, 1);
    collector.registerFile("t.jsonl");
    let built = 0;
    const message = () => {
      built++;
      return "dup";
    };
    collector.add("duplicate", { file: "t.jsonl", line: 5 }, message, () => ({ file: "t.jsonl", line: 1 }));
    collector.add("duplicate", { file: "t.jsonl", line: 9 }, message, () => ({ file: "t.jsonl", line: 2 }));
    expect(built).toBe(1);
    collector.add("duplicate", { file: "t.jsonl", line: 3 }, "earlier", { file: "t.jsonl", line: 2 });
    collector.add("blank-line", { file: "t.jsonl", line: 4 }, "blank");
    const findings = collector.findings();
    expect(findings.map((f) => [f.code, f.line, f.message, f.related?.line])).toEqual([["duplicate", 3, "earlier", 2], ["blank-line", 4, "blank", undefined]]);
    expect("related" in findings[1]!).toBe(false);
    expect(findings[0]!.hint).toMatch(/Remove the repeated example/);
  });

  it("ranks codes by severity, then by count, then by name; totals each severity; counts what is switched off", () => {
    const collector = new FindingCollector({ "no-system-message": "off", pii: "error", "blank-line": "info" });
    const at = (line: number) => ({ file: "t.jsonl", line });
    for (let i = 1; i <= 3; i++) collector.add("duplicate", at(i), "d");
    for (let i = 1; i <= 5; i++) collector.add("near-duplicate", at(i), "n");
    collector.add("unrecognized-key", at(1), "u");
    collector.add("pii", at(1), "p");
    collector.add("invalid-json", at(2), "j");
    collector.add("invalid-json", at(3), "j");
    for (let i = 1; i <= 4; i++) collector.add("blank-line", at(i), "b");
    for (let i = 1; i <= 7; i++) collector.add("no-system-message", at(i), "s");
    expect(collector.codeCounts().map((c) => `${c.severity} ${c.code} ${c.count}`)).toEqual([
      "error invalid-json 2", "error pii 1", "warning near-duplicate 5", "warning duplicate 3", "warning unrecognized-key 1", "info blank-line 4",
    ]);
    expect([collector.total("error"), collector.total("warning"), collector.total("info")]).toEqual([3, 9, 4]);
    expect(collector.suppressed).toBe(7);
    expect(collector.severityOf("no-system-message")).toBe("off");
    expect(collector.severityOf("duplicate")).toBe("warning");
  });

  it("records every secret at its default severity, even when the config switches secrets off", () => {
    for (const severity of ["off", "info", "warning"] as const) {
      const collector = new FindingCollector({ secret: severity }, 2);
      collector.registerFile("t.jsonl");
      for (const line of [9, 4, 6]) collector.add("secret", { file: "t.jsonl", line }, `key on ${line}`);
      const unsilenced = collector.unsilencedFindings("secret");
      expect(unsilenced.count).toBe(3);
      expect(unsilenced.findings.map((f) => [f.line, f.severity])).toEqual([[4, "error"], [6, "error"]]);
      expect(collector.findings().length).toBe(severity === "off" ? 0 : 2);
    }
    expect(() => new FindingCollector().unsilencedFindings("duplicate")).toThrow("duplicate is not recorded whatever its severity");
  });

  it("puts a file first seen in a finding after the registered ones in reading order", () => {
    const collector = new FindingCollector({}, 1);
    collector.registerFile("z.jsonl");
    collector.add("blank-line", { file: "a.jsonl", line: 1 }, "b");
    collector.add("blank-line", { file: "z.jsonl", line: 99 }, "b");
    expect(collector.findings().map((f) => `${f.file}:${f.line}`)).toEqual(["z.jsonl:99"]);
  });
});
