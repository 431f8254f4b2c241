// The adapter archive attached to a promoted model's release: written by src/adapters/files/tarGz.ts
// and read back by GNU tar (an independent implementation), and GNU tar's archives read by it.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArchiveError, packTarGz, unpackTarGz } from "../../src/adapters/files/tarGz.js";

let scratch: string;
let n = 0;
const fresh = (name: string) => join(scratch, `${name}-${++n}`);

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-tar-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LONG_DIR = `checkpoints/${"very-long-folder-name-".repeat(6)}final`;

/** An adapter folder as peft saves it, plus the awkward cases: long and non-ASCII names, an empty file and folder. */
function adapterFolder(): { root: string; files: Record<string, Buffer> } {
  const root = fresh("adapter");
  const files: Record<string, Buffer> = {
    "adapter_model.safetensors": randomBytes(3 * 1024 * 1024 + 17),
    "adapter_config.json": Buffer.from(JSON.stringify({ peft_type: "LORA", r: 8, target_modules: ["q_proj", "v_proj"] })),
    "README.md": Buffer.from("# support adapter\n"),
    "empty.txt": Buffer.alloc(0),
    [`${LONG_DIR}/tokenizer.json`]: Buffer.from('{"version":"1.0"}'),
    "notes/résumé-训练.md": Buffer.from("non-ASCII name\n"),
  };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  mkdirSync(join(root, "empty-folder"));
  return { root, files };
}

/** Path → sha256 of every file under a folder (hashes: a deep comparison of megabytes is slow). */
function filesUnder(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[relative(root, join(entry.parentPath, entry.name))] = sha256(readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const hashed = (files: Record<string, Buffer>) => Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, sha256(bytes)]));

const gnuTar = (args: string[], cwd?: string) => execFileSync("tar", args, { cwd, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");

describe("packing a folder", () => {
  it("gives an archive GNU tar lists and extracts byte for byte, long and non-ASCII names included", async () => {
    const { root, files } = adapterFolder();
    const archive = join(fresh("out"), "adapter.tar.gz");
    mkdirSync(dirname(archive));
    const packed = await packTarGz(root, archive, { prefix: "adapter" });
    expect(packed).toEqual({ path: archive, files: Object.keys(files).length, contentBytes: Object.values(files).reduce((s, b) => s + b.length, 0) });

    const listed = gnuTar(["-tzf", archive]).split("\n").filter(Boolean);
    expect(listed).toContain(`adapter/${LONG_DIR}/tokenizer.json`);
    expect(listed).toContain("adapter/notes/résumé-训练.md");
    expect(listed).toContain("adapter/empty-folder/");

    const out = fresh("gnu-extract");
    mkdirSync(out);
    gnuTar(["-xzf", archive, "-C", out]);
    expect(filesUnder(join(out, "adapter"))).toEqual(hashed(files));
    expect(statSync(join(out, "adapter/empty-folder")).isDirectory()).toBe(true);
  });

  it("is reproducible: the same folder packs to the same bytes (mtime and owner are not recorded)", async () => {
    const { root } = adapterFolder();
    const a = join(scratch, `a-${++n}.tar.gz`);
    const b = join(scratch, `b-${++n}.tar.gz`);
    await packTarGz(root, a);
    writeFileSync(join(root, "README.md"), "# support adapter\n"); // same bytes, new mtime
    await packTarGz(root, b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(gnuTar(["-tvzf", a])).toMatch(/^-rw-r--r-- 0\/0 .* 1970-01-01 00:00 README\.md$/m);
  });

  it("keeps the executable bit", async () => {
    const root = fresh("exec");
    mkdirSync(root);
    writeFileSync(join(root, "serve.sh"), "#!/bin/sh\n");
    chmodSync(join(root, "serve.sh"), 0o755);
    const archive = join(scratch, `exec-${++n}.tar.gz`);
    await packTarGz(root, archive);
    expect(gnuTar(["-tvzf", archive])).toMatch(/^-rwxr-xr-x .* serve\.sh$/m);
  });

  it("refuses a symbolic link, naming it, rather than archiving what it points to", async () => {
    const { root } = adapterFolder();
    symlinkSync("/etc/passwd", join(root, "link"));
    await expect(packTarGz(root, join(scratch, `link-${++n}.tar.gz`))).rejects.toThrow(/link is a symbolic link; only files and folders are archived/);
  });

  it("refuses a path that is not a folder", async () => {
    await expect(packTarGz(join(scratch, "missing"), join(scratch, "x.tar.gz"))).rejects.toThrow(ArchiveError);
  });
});

describe("unpacking an archive", () => {
  it("reads its own archives back byte for byte", async () => {
    const { root, files } = adapterFolder();
    const archive = join(scratch, `own-${++n}.tar.gz`);
    await packTarGz(root, archive);
    const out = fresh("own");
    const unpacked = await unpackTarGz(archive, out);
    expect(filesUnder(out)).toEqual(hashed(files));
    expect(unpacked.files.sort()).toEqual(Object.keys(files).sort());
    expect(statSync(join(out, "empty-folder")).isDirectory()).toBe(true);
  });

  it.each([["gnu"], ["posix"], ["ustar"]])("reads what GNU tar writes in --format=%s", async (format) => {
    const { root, files } = adapterFolder();
    const archive = join(scratch, `gnu-${format}-${++n}.tar.gz`);
    if (format === "ustar") rmSync(join(root, "checkpoints"), { recursive: true }); // ustar cannot hold the long name
    if (format === "ustar") delete files[`${LONG_DIR}/tokenizer.json`];
    gnuTar(["-czf", archive, `--format=${format}`, "."], root);
    const out = fresh(`from-${format}`);
    await unpackTarGz(archive, out);
    expect(filesUnder(out)).toEqual(hashed(files));
  });

  it("refuses a symbolic link in the archive and writes nothing through it", async () => {
    const root = fresh("with-link");
    mkdirSync(root);
    symlinkSync("/tmp", join(root, "escape"));
    const archive = join(scratch, `link-${++n}.tar.gz`);
    gnuTar(["-czf", archive, "escape"], root);
    const out = fresh("link-out");
    await expect(unpackTarGz(archive, out)).rejects.toThrow(/escape is a symbolic link; only files and folders are unpacked/);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ["a parent path (../)", ["-czPf", "ARCHIVE", "../outside.txt"], "inside"],
    ["an absolute path", ["-czPf", "ARCHIVE", "ABSOLUTE"], "inside"],
  ])("refuses %s: nothing is written outside the destination", async (_what, args, cwdName) => {
    const base = fresh("escape");
    mkdirSync(join(base, cwdName), { recursive: true });
    writeFileSync(join(base, "outside.txt"), "not yours");
    const archive = join(base, "evil.tar.gz");
    gnuTar(args.map((a) => (a === "ARCHIVE" ? archive : a === "ABSOLUTE" ? join(base, "outside.txt") : a)), join(base, cwdName));
    rmSync(join(base, "outside.txt"));
    const out = join(base, "deep", "out");
    await expect(unpackTarGz(archive, out)).rejects.toThrow(/would be written outside the destination folder/);
    expect(existsSync(join(base, "outside.txt"))).toBe(false);
    expect(existsSync(join(base, "deep", "outside.txt"))).toBe(false);
  });

  it("says an archive cut short is truncated", async () => {
    const { root } = adapterFolder();
    const archive = join(scratch, `whole-${++n}.tar.gz`);
    await packTarGz(root, archive);
    const cut = join(scratch, `cut-${n}.tar.gz`);
    writeFileSync(cut, readFileSync(archive).subarray(0, 200_000));
    await expect(unpackTarGz(cut, fresh("cut"))).rejects.toThrow(ArchiveError);
  });

  it("says a file that is not a tar.gz is not one", async () => {
    const notTar = join(scratch, `not-${++n}.tar.gz`);
    writeFileSync(notTar, "<html>Not Found</html>");
    await expect(unpackTarGz(notTar, fresh("not"))).rejects.toThrow(/not a readable \.tar\.gz/);
  });

  it("refuses a destination that already holds files", async () => {
    const { root } = adapterFolder();
    const archive = join(scratch, `dest-${++n}.tar.gz`);
    await packTarGz(root, archive);
    await expect(unpackTarGz(archive, root)).rejects.toThrow(/is not empty; unpack into a new folder/);
  });
});
