// The job summary is one budget per step (GitHub shows 1 MiB of GITHUB_STEP_SUMMARY per step),
// whatever number of appends a flow makes: train appends a refusal or a report, review its summary.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STEP_SUMMARY_LIMIT_BYTES, StepSummaryFile } from "../../src/adapters/github/stepSummary.js";

const files: string[] = [];
const summaryFile = (initial = "") => {
  const path = join(mkdtempSync(join(tmpdir(), "finetune-ci-summary-")), "summary.md");
  writeFileSync(path, initial);
  files.push(path);
  return path;
};
afterAll(() => {
  for (const file of files) rmSync(dirname(file), { recursive: true, force: true });
});
const size = (path: string) => Buffer.byteLength(readFileSync(path, "utf8"), "utf8");
const lines = (n: number, text: string) => Array.from({ length: n }, (_, i) => `- ${i} ${text}`).join("\n");

describe("the step summary", () => {
  it("appends each report whole, ending in a newline, while it fits", async () => {
    const path = summaryFile();
    const summary = new StepSummaryFile(path);
    await summary.append("## first");
    await summary.append("## second");
    expect(readFileSync(path, "utf8")).toBe("## first\n## second\n");
  });

  it("cuts the append that crosses the step's 1 MiB, counting what earlier appends used, and says so", async () => {
    const path = summaryFile();
    const summary = new StepSummaryFile(path);
    const first = lines(30_000, "écrit ✅"); // about 560 KB of multi-byte text
    await summary.append(first);
    await summary.append(lines(30_000, "second report ✅"));
    const text = readFileSync(path, "utf8");
    expect(size(path)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(text.startsWith(`${first}\n`)).toBe(true);
    expect(text).toContain("- 0 second report ✅");
    expect(text.trimEnd().endsWith("The complete report is the JSON file named by the step's report-json output.")).toBe(true);
  });

  it("counts what the file already held, and writes nothing once too little is left even for the notice", async () => {
    const limit = 4096;
    const path = summaryFile("x".repeat(limit - 40));
    const summary = new StepSummaryFile(path, limit);
    await summary.append(lines(100, "does not fit"));
    expect(size(path)).toBe(limit - 40);
  });

  it("writes nothing and fails nothing off a runner (no GITHUB_STEP_SUMMARY)", async () => {
    await expect(new StepSummaryFile(undefined).append("## report")).resolves.toBeUndefined();
  });
});
