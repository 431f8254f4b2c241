// dist/ is what the Action runner and a user's `node dist/cli.js` execute: it must run with Node
// alone, with no node_modules anywhere above it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distinctExamples, jsonl } from "../support/review.js";

describe("the bundled dist/", () => {
  it("runs the CLI, with its worker threads, from a folder without node_modules", () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-dist-"));
    cpSync("dist", join(dir, "dist"), { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    writeFileSync(join(dir, "data.jsonl"), jsonl(distinctExamples(20)));
    const run = spawnSync(process.execPath, ["dist/cli.js", "validate", "data.jsonl", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ lines: 20, examples: 20 });
  });
});
