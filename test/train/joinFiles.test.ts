// Several dataset files become the one file train.py reads; what train.py says about a line of
// that joined file must reach the user as the file and line they wrote.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joinFiles, sourceLine, unjoined, UTF8_BOM, withSourceLines } from "../../src/train/joinFiles.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "finetune-ci-join-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("joining dataset files", () => {
  it("maps every line of the joined file back to its file and line, BOMs and missing final newlines included", async () => {
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    const c = join(dir, "c.jsonl");
    await writeFile(a, "a1\na2\na3\n");
    await writeFile(b, Buffer.concat([UTF8_BOM, Buffer.from("b1\nb2")])); // BOM, no final newline
    await writeFile(c, "c1\n\nc3\n"); // a blank line is a line
    const joined = await joinFiles([a, b, c], join(dir, "out", "joined.jsonl"));
    const text = await readFile(joined.path, "utf8");
    const lines = text.split("\n").slice(0, -1);
    expect(lines).toEqual(["a1", "a2", "a3", "b1", "b2", "c1", "", "c3"]);
    // Each joined line, read back through the map, is the same text at that file's line.
    for (let i = 0; i < lines.length; i++) {
      const at = sourceLine(joined, i + 1)!;
      const own = (await readFile(at.file, "utf8")).replace(/^\uFEFF/, "").split("\n");
      expect(own[at.line - 1]).toBe(lines[i]);
    }
    expect(sourceLine(joined, 9)).toBeUndefined();
  });

  it("puts one prefix (Azure's byte-order mark) at the start, without moving any line", async () => {
    const a = join(dir, "a.jsonl");
    await writeFile(a, "x\ny\n");
    const joined = await joinFiles([a, a], join(dir, "j.jsonl"), { prefix: UTF8_BOM });
    expect((await readFile(joined.path)).subarray(0, 3)).toEqual(UTF8_BOM);
    expect(sourceLine(joined, 3)).toEqual({ file: a, line: 1 });
  });

  it("rewrites train.py's file:line for the joined file as the user's file:line, and leaves other text alone", async () => {
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    await writeFile(a, "1\n2\n");
    await writeFile(b, "3\n4\n5\n");
    const joined = await joinFiles([a, b], join(dir, "finetune-ci-train.jsonl"));
    const show = (p: string) => p.slice(dir.length + 1);
    expect(withSourceLines(`error: ${joined.path}:4: the chat template raises`, joined, show)).toBe("error: b.jsonl:2: the chat template raises");
    expect(withSourceLines(`${joined.path}:1 and ${joined.path}:5 and ${joined.path}`, joined, show)).toBe(`a.jsonl:1 and b.jsonl:3 and ${joined.path}`);
    expect(withSourceLines("step 3 loss 0.5", joined, show)).toBe("step 3 loss 0.5");
    expect(withSourceLines(`${a}:2: too long`, unjoined(a), show)).toBe(`${a}:2: too long`);
  });
});
