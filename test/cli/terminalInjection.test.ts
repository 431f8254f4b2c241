// The CLI's output is read by people at a terminal and by a GitHub runner in a workflow step, which
// executes any line that starts (after spaces) with "::" and any line that holds "##[". Text from a
// dataset or a file name, however hostile, must stay text: no line of its own, no command, no raw
// control character.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chat, distinctExamples, jsonl, review } from "../support/review.js";
import { renderText } from "../../src/review/report/text.js";

const CLI = join(process.cwd(), "dist/cli.js");

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a GitHub runner would execute, and what a terminal would interpret. */
function dangers(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split("\n")) {
    if (line.trimStart().startsWith("::")) found.push(`command line: ${JSON.stringify(line)}`);
    if (line.includes("##[")) found.push(`legacy command: ${JSON.stringify(line)}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(line)) found.push(`control character: ${JSON.stringify(line)}`);
  }
  return found;
}

// A key, a role, a tool_call_id, a class label and a file name, each carrying a command and escapes.
const KEY = "note\n::add-mask::hidden";
const ROLE = "##[add-mask]leak";
const CALL_ID = "call\r::warning file=a.jsonl::boo";
const LABEL = "\u001b[2J\u0007maybe\u2028::error::label";
const FILE = "evil\n::error file=x.jsonl,line=1::pwned.jsonl";

function hostileDataset(): string {
  const lines = Array.from({ length: 30 }, (_, i) => chat(`Is message ${i} spam?`, "no"));
  lines.push(chat("Is this spam?", LABEL));
  lines.push(JSON.stringify({ ...JSON.parse(chat("q", "a")), [KEY]: 1 }));
  lines.push(JSON.stringify({ messages: [{ role: ROLE, content: "x" }, { role: "user", content: "q2" }, { role: "assistant", content: "a2" }] }));
  lines.push(JSON.stringify({ messages: [{ role: "user", content: "q3" }, { role: "tool", tool_call_id: CALL_ID, content: "r" }, { role: "assistant", content: "a3" }] }));
  return jsonl(lines);
}

describe("the text report keeps dataset text inert", () => {
  it("escapes newlines, ESC, BEL and line separators visibly, and breaks commands", async () => {
    const report = await review({ train: { [FILE]: hostileDataset() } });
    const text = renderText(report, { perCode: 100 });
    expect(dangers(text)).toEqual([]);
    expect(text).toContain('unrecognized key "note\\n::add-mask::hidden"');
    expect(text).toContain('messages[0].role "##\\[add-mask]leak"');
    expect(text).toContain('answers tool_call_id "call\\r::warning file=a.jsonl::boo"');
    expect(text).toMatch(/labels: .*\\u001b\[2J\\u0007maybe\\u2028::error::label/);
    expect(text).toContain("evil\\n::error file=x.jsonl,line=1::pwned.jsonl:32:");
  });
});

describe("the CLI's stdout and stderr, as a runner reads them", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "finetune-ci-inject-"));
    writeFileSync(join(dir, FILE), hostileDataset());
  });

  for (const format of ["text", "markdown", "json"]) {
    it(`validate --format ${format}: no line a runner would execute`, () => {
      const run = cli(["validate", FILE, "--format", format], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("unrecognized-key");
      expect(dangers(run.stdout)).toEqual([]);
      expect(dangers(run.stderr)).toEqual([]);
      // The JSON escapes change how the text is written, not what it says.
      if (format === "json") expect(JSON.parse(run.stdout).stats.labels.map((l: { label: string }) => l.label)).toContain(LABEL);
    });
  }

  it("an error naming a hostile path stays on its line", () => {
    const run = cli(["validate", "missing\n::error::x\u001b[31m.jsonl"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing\\n::error::x\\u001b[31m.jsonl: no such file");
    expect(dangers(run.stderr)).toEqual([]);
  });

  it("train's refusal quotes the review's findings, each line inert", () => {
    const checkout = join(dir, "train-checkout");
    mkdirSync(join(checkout, "data"), { recursive: true });
    writeFileSync(join(checkout, "data/train.jsonl"), hostileDataset());
    writeFileSync(join(checkout, ".finetune-ci.yml"), JSON.stringify({ datasets: { train: ["data/train.jsonl"] }, train: { outputDir: "out" } }));
    const run = cli(["train"], checkout);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("training refused");
    expect(run.stderr).toContain('unrecognized-role: messages[0].role "##\\[add-mask]leak"');
    expect(dangers(run.stderr)).toEqual([]);
    expect(dangers(run.stdout)).toEqual([]);
  });

  it("split's messages and summary too", () => {
    const file = "split\n::add-mask::me.jsonl";
    writeFileSync(join(dir, file), jsonl([...distinctExamples(10), "{not json"]));
    const run = cli(["split", file], dir);
    expect(run.code).toBe(1);
    expect(dangers(run.stderr)).toEqual([]);
    expect(run.stderr).toContain("split\\n::add-mask::me.jsonl:11:");
  });
});
