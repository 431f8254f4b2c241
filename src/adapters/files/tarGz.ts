// A folder as one .tar.gz (the adapter attached to a promoted model's release) and back, with
// node's zlib and the POSIX tar format (ustar, with pax headers for long or non-ASCII paths and
// for sizes past ustar's 8 GiB), so that no archiving dependency is needed.
//
// Packing is reproducible: entries sorted, mtime 0, owner 0, modes 0644/0755; the same adapter
// gives the same bytes. Unpacking writes only regular files and folders below the destination:
// links, devices, absolute paths and ".." are errors that name the entry, never written.
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { lstat, mkdir, readdir } from "node:fs/promises";
import { once } from "node:events";
import { join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

const BLOCK = 512;
const USTAR_NAME = 100;
const USTAR_MAX_SIZE = 0o77777777777;

export class ArchiveError extends Error {
  constructor(
    readonly archive: string,
    message: string,
  ) {
    super(`${archive}: ${message}`);
    this.name = "ArchiveError";
  }
}

export interface PackedArchive {
  path: string;
  /** Regular files archived (folders are entries too, but not counted here). */
  files: number;
  /** Bytes of file content before compression. */
  contentBytes: number;
}

/**
 * Writes `folder`'s files to `archive` (gzip-compressed tar). Every entry name starts with
 * `prefix/` when a prefix is given (e.g. "adapter"), so that unpacking makes one folder.
 */
export async function packTarGz(folder: string, archive: string, options: { prefix?: string } = {}): Promise<PackedArchive> {
  const root = resolve(folder);
  const info = await lstat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new ArchiveError(archive, `${folder} is not a folder`);
  const entries = await listEntries(root, archive);
  const prefix = options.prefix ? `${options.prefix.replace(/\/+$/, "")}/` : "";
  let files = 0;
  let contentBytes = 0;
  async function* tarStream(): AsyncGenerator<Buffer> {
    if (prefix) yield* header(prefix, 0, "5", archive);
    for (const entry of entries) {
      const name = `${prefix}${entry.relativePath}`;
      if (entry.kind === "dir") {
        yield* header(`${name}/`, 0, "5", archive);
        continue;
      }
      yield* header(name, entry.size, "0", archive, entry.executable);
      let written = 0;
      for await (const chunk of createReadStream(entry.absolutePath)) {
        written += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      if (written !== entry.size) throw new ArchiveError(archive, `${name} changed size while it was archived (${entry.size} then ${written} bytes)`);
      files += 1;
      contentBytes += written;
      const pad = (BLOCK - (written % BLOCK)) % BLOCK;
      if (pad) yield Buffer.alloc(pad);
    }
    // Two zero blocks end the archive.
    yield Buffer.alloc(2 * BLOCK);
  }
  await pipeline(tarStream, createGzip({ level: 6 }), createWriteStream(archive));
  return { path: archive, files, contentBytes };
}

interface Entry {
  relativePath: string;
  absolutePath: string;
  kind: "file" | "dir";
  size: number;
  executable: boolean;
}

async function listEntries(root: string, archive: string): Promise<Entry[]> {
  const out: Entry[] = [];
  async function walk(dir: string): Promise<void> {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const absolutePath = join(dir, name);
      const relativePath = relative(root, absolutePath).split(sep).join("/");
      const info = await lstat(absolutePath);
      if (info.isDirectory()) {
        out.push({ relativePath, absolutePath, kind: "dir", size: 0, executable: false });
        await walk(absolutePath);
      } else if (info.isFile()) {
        out.push({ relativePath, absolutePath, kind: "file", size: info.size, executable: (info.mode & 0o111) !== 0 });
      } else {
        // A link would point outside the adapter on the machine that unpacks it; refuse, visibly.
        throw new ArchiveError(archive, `${relativePath} is ${info.isSymbolicLink() ? "a symbolic link" : "not a regular file or folder"}; only files and folders are archived`);
      }
    }
  }
  await walk(root);
  return out;
}

function* header(name: string, size: number, type: "0" | "5", archive: string, executable = false): Generator<Buffer> {
  if (name.includes("\0")) throw new ArchiveError(archive, "an entry name contains a NUL character");
  const needsPax = Buffer.byteLength(name) > USTAR_NAME || /[^\x20-\x7e]/.test(name) || size > USTAR_MAX_SIZE;
  if (needsPax) {
    const records = [paxRecord("path", name), ...(size > USTAR_MAX_SIZE ? [paxRecord("size", String(size))] : [])].join("");
    const body = Buffer.from(records, "utf8");
    yield ustarHeader("PaxHeader", body.length, "x", 0o644);
    yield body;
    const pad = (BLOCK - (body.length % BLOCK)) % BLOCK;
    if (pad) yield Buffer.alloc(pad);
  }
  // With a pax header before it, the ustar name is only a fallback for readers without pax.
  const fallback = needsPax ? asciiFallback(name) : name;
  yield ustarHeader(fallback, needsPax && size > USTAR_MAX_SIZE ? 0 : size, type, type === "5" || executable ? 0o755 : 0o644);
}

/** A pax record: "<length> <key>=<value>\n", where the length counts the whole record in bytes. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(rest) + 1;
  while (String(length).length + Buffer.byteLength(rest) !== length) length = String(length).length + Buffer.byteLength(rest);
  return `${length}${rest}`;
}

function asciiFallback(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length > USTAR_NAME ? ascii.slice(ascii.length - USTAR_NAME) : ascii;
}

function ustarHeader(name: string, size: number, type: string, mode: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, USTAR_NAME, "utf8");
  octal(block, 100, 8, mode);
  octal(block, 108, 8, 0); // uid
  octal(block, 116, 8, 0); // gid
  octal(block, 124, 12, size);
  octal(block, 136, 12, 0); // mtime: reproducible archives
  block.write(type, 156, 1, "ascii");
  block.write("ustar\u000000", 257, 8, "binary");
  // The checksum is computed with its own field as eight spaces.
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "binary");
  return block;
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, "0")}\u0000`, offset, length, "ascii");
}

export interface UnpackedArchive {
  files: string[];
  contentBytes: number;
}

/**
 * Unpacks a .tar.gz (this module's, GNU tar's or any POSIX tar's) into `destination`, which must be
 * missing or empty (so that nothing already there, a link above all, can redirect a write). Folders
 * and regular files only; anything that would be written outside `destination` is an error.
 */
export async function unpackTarGz(archive: string, destination: string): Promise<UnpackedArchive> {
  const root = resolve(destination);
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length > 0) throw new ArchiveError(archive, `the destination ${destination} is not empty; unpack into a new folder`);
  const reader = new TarReader(archive, root);
  try {
    await pipeline(createReadStream(archive), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) await reader.push(chunk);
    });
  } catch (error) {
    await reader.abort();
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(archive, `not a readable .tar.gz (${error instanceof Error ? error.message : String(error)})`);
  }
  return reader.finish();
}

class TarReader {
  private buffer: Buffer = Buffer.alloc(0);
  private pax: Record<string, string> = {};
  private longName: string | undefined;
  /** The entry whose data is being read. */
  private current: { name: string; remaining: number; padding: number; out?: WriteStream; collect?: Buffer[]; type: string } | undefined;
  private ended = false;
  private aborted = false;
  private writeError: Error | undefined;
  private readonly files: string[] = [];
  private contentBytes = 0;

  constructor(
    private readonly archive: string,
    private readonly root: string,
  ) {}

  async push(chunk: Buffer): Promise<void> {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.current) {
        if (!(await this.readData())) return;
        continue;
      }
      if (this.ended || this.buffer.length < BLOCK) return;
      const block = this.buffer.subarray(0, BLOCK);
      this.buffer = this.buffer.subarray(BLOCK);
      await this.readHeader(block);
    }
  }

  finish(): UnpackedArchive {
    if (this.current || !this.ended) throw new ArchiveError(this.archive, "the archive ends in the middle (truncated download?)");
    return { files: this.files, contentBytes: this.contentBytes };
  }

  async abort(): Promise<void> {
    this.aborted = true;
    this.current?.out?.destroy();
  }

  private async readHeader(block: Buffer): Promise<void> {
    if (block.every((b) => b === 0)) {
      this.ended = true;
      return;
    }
    const stored = parseInt(field(block, 148, 8).trim() || "-1", 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
    if (stored !== sum) throw new ArchiveError(this.archive, "a header's checksum does not match (not a tar archive, or a damaged one)");
    const type = String.fromCharCode(block[156] || 0x30);
    const ustarPrefix = block.subarray(257, 263).toString("binary").startsWith("ustar") ? field(block, 345, 155) : "";
    const headerName = (ustarPrefix ? `${ustarPrefix}/` : "") + field(block, 0, 100);
    const size = this.pax.size !== undefined ? Number(this.pax.size) : parseSize(block.subarray(124, 136));
    const name = this.pax.path ?? this.longName ?? headerName;
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === "x" || type === "g" || type === "L") {
      this.current = { name, remaining: size, padding, collect: [], type };
      return;
    }
    this.pax = {};
    this.longName = undefined;
    if (type === "5") {
      await mkdir(this.target(name), { recursive: true });
      return;
    }
    if (type !== "0" && type !== "7") {
      const what = type === "1" ? "a hard link" : type === "2" ? "a symbolic link" : `an entry of type ${JSON.stringify(type)}`;
      throw new ArchiveError(this.archive, `${name} is ${what}; only files and folders are unpacked`);
    }
    const path = this.target(name);
    if (path === this.root) throw new ArchiveError(this.archive, `a file entry named ${JSON.stringify(name)} has no file name`);
    await mkdir(resolve(path, ".."), { recursive: true });
    this.files.push(relative(this.root, path).split(sep).join("/"));
    const out = createWriteStream(path);
    // A full disk or a destroyed stream is reported at the next write, not as an unhandled event.
    out.on("error", (error) => (this.writeError ??= error));
    this.current = { name, remaining: size, padding, out, type };
    if (size === 0) await this.readData();
  }

  /** Consumes the current entry's data from the buffer; true once the entry (and its padding) is done. */
  private async readData(): Promise<boolean> {
    if (this.aborted) throw new ArchiveError(this.archive, "unpacking was stopped");
    if (this.writeError) throw new ArchiveError(this.archive, `cannot write ${this.current?.name}: ${this.writeError.message}`);
    const entry = this.current!;
    if (entry.remaining > 0) {
      const take = Math.min(entry.remaining, this.buffer.length);
      const data = this.buffer.subarray(0, take);
      this.buffer = this.buffer.subarray(take);
      entry.remaining -= take;
      if (entry.collect) entry.collect.push(Buffer.from(data));
      else if (entry.out && take > 0) {
        this.contentBytes += take;
        if (!entry.out.write(data)) await Promise.race([once(entry.out, "drain"), once(entry.out, "close")]);
      }
      if (entry.remaining > 0) return false;
    }
    if (this.buffer.length < entry.padding) return false;
    this.buffer = this.buffer.subarray(entry.padding);
    this.current = undefined;
    if (entry.out) {
      entry.out.end();
      await once(entry.out, "close");
    } else if (entry.collect) {
      const text = Buffer.concat(entry.collect).toString("utf8");
      if (entry.type === "x") this.pax = parsePax(text, this.archive);
      else if (entry.type === "L") this.longName = text.replace(/\0+$/, "");
    }
    return true;
  }

  private target(name: string): string {
    const clean = name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
    // "./", as GNU tar writes for the folder it was run in, is the destination itself.
    if (clean === "" || clean === ".") return this.root;
    const parts = clean.split("/");
    if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || parts.includes("..") || name.includes("\\")) {
      throw new ArchiveError(this.archive, `entry ${JSON.stringify(name)} would be written outside the destination folder`);
    }
    const path = resolve(this.root, ...parts.filter((p) => p !== "." && p !== ""));
    if (path !== this.root && !path.startsWith(this.root + sep)) throw new ArchiveError(this.archive, `entry ${JSON.stringify(name)} would be written outside the destination folder`);
    return path;
  }
}

function field(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
}

/** Octal, or GNU's base-256 (high bit set) for sizes past 8 GiB. */
function parseSize(raw: Buffer): number {
  if (raw[0]! & 0x80) {
    let value = 0;
    for (let i = 1; i < raw.length; i++) value = value * 256 + raw[i]!;
    return value;
  }
  return parseInt(raw.toString("ascii").replace(/\0.*$/s, "").trim() || "0", 8);
}

function parsePax(text: string, archive: string): Record<string, string> {
  const records: Record<string, string> = {};
  const bytes = Buffer.from(text, "utf8");
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    const length = Number(bytes.subarray(at, space).toString("ascii"));
    if (space < 0 || !Number.isInteger(length) || length <= 0) throw new ArchiveError(archive, "a malformed pax header");
    const record = bytes.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}
