// A hosted fine-tuning job takes one training and one validation file: several dataset files are
// joined into one upload, every example kept whole and on its own line.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joinFiles, UTF8_BOM } from "../../src/train/joinFiles.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "finetune-ci-join-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("joining dataset files for an upload", () => {
  it("keeps every line in order, drops each file's byte-order mark and ends a file without a final newline", async () => {
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    const c = join(dir, "c.jsonl");
    await writeFile(a, "a1\na2\n");
    await writeFile(b, Buffer.concat([UTF8_BOM, Buffer.from("b1\nb2")])); // BOM, no final newline
    await writeFile(c, "c1\n\nc3\n");
    const joined = await joinFiles([a, b, c], join(dir, "out", "joined.jsonl"));
    expect(await readFile(joined, "utf8")).toBe("a1\na2\nb1\nb2\nc1\n\nc3\n");
  });

  it("writes one prefix (Azure's byte-order mark) at the start only", async () => {
    const a = join(dir, "a.jsonl");
    await writeFile(a, Buffer.concat([UTF8_BOM, Buffer.from("x\ny\n")]));
    const joined = await joinFiles([a, a], join(dir, "j.jsonl"), { prefix: UTF8_BOM });
    expect(await readFile(joined)).toEqual(Buffer.concat([UTF8_BOM, Buffer.from("x\ny\nx\ny\n")]));
  });
});
