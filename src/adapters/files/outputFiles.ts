// Files the program writes (split's train and holdout files): checked before anything is written,
// written to "<name>.partial" and renamed into place only when complete, so that a failed run
// leaves neither a half-written file nor a damaged input behind.
import { constants } from "node:fs";
import { open, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { InputError } from "./files.js";

/** A file that could not be written (a full disk, a read-only folder): exit 2, naming the file. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    error: unknown,
  ) {
    super(`could not write ${path}: ${describeIoError(error)}`);
    this.name = "OutputError";
  }
}

export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason = (e.message ?? String(error)).replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
  return e.code ? `${reason} (${e.code})` : reason;
}

export const PARTIAL_SUFFIX = ".partial";

/**
 * What one path is on disk: device and inode when it exists (symlinks followed, so a link and its
 * target, or two hard links, are one file), else its real folder and name.
 */
async function identity(path: string, cwd: string): Promise<string | undefined> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch(() => undefined);
  if (info) return `${info.dev}:${info.ino}`;
  const folder = await realpath(dirname(absolute)).catch(() => undefined);
  return folder === undefined ? undefined : `new:${resolve(folder, basename(absolute))}`;
}

/**
 * Usage errors found before anything is written: an output that is the input (by any path,
 * symlink or hard link), the other output, a folder, a device, or in a folder that does not exist.
 */
export async function checkOutputPaths(input: string, outputs: { flag: string; path: string }[], cwd: string): Promise<void> {
  for (const { flag, path } of outputs) {
    if (path === "" || /[/\\]$/.test(path)) throw new InputError(`${flag} ${JSON.stringify(path)}: give a file name, not a folder (for example ${flag} data/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) throw new InputError(`${flag} ${path}: is a folder; give a file name inside it (for example ${path.replace(/[/\\]+$/, "")}/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    if (info && !info.isFile()) throw new InputError(`${flag} ${path}: is not a regular file (a device, pipe or socket); split writes a file and renames it into place, so give a file path`);
    const folder = await stat(dirname(absolute)).catch(() => undefined);
    if (!folder?.isDirectory()) throw new InputError(`${flag} ${path}: the folder ${dirname(path)} does not exist; create it first`);
  }
  const named = [{ flag: "the input", path: input }, ...outputs, ...outputs.map((o) => ({ flag: `the temporary file of ${o.flag},`, path: `${o.path}${PARTIAL_SUFFIX}` }))];
  const ids = await Promise.all(named.map((n) => identity(n.path, cwd)));
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (ids[i] === undefined || ids[i] !== ids[j]) continue;
      const [a, b] = [named[i]!, named[j]!];
      if (i >= 1 + outputs.length && j >= 1 + outputs.length) continue; // two partial names clash only if their outputs do (checked)
      throw new InputError(
        a.flag === "the input"
          ? `${b.flag} ${b.path} is the input file ${input}: split would overwrite its own input; write the parts to other files`
          : `${a.flag} ${a.path} and ${b.flag} ${b.path} are the same file; give each part its own file`,
      );
    }
  }
}

const BUFFER_BYTES = 1 << 20;

/** A file written to "<path>.partial", then renamed to `path` by commit() or removed by discard(). */
export class PartialFile {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  get partialPath(): string {
    return `${this.path}${PARTIAL_SUFFIX}`;
  }

  /** Creates the partial file; an old one left by a killed run is replaced. */
  static async create(path: string): Promise<PartialFile> {
    const partial = `${path}${PARTIAL_SUFFIX}`;
    try {
      await rm(partial, { force: true });
      // Exclusive: a second output that is the same file on this file system (case-insensitive
      // names) cannot open it again.
      return new PartialFile(path, await open(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new InputError(`${path}: another output of this run is the same file on this file system; give each part its own file`);
      throw new OutputError(path, error);
    }
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, "utf8");
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= BUFFER_BYTES) await this.flush();
  }

  /** Writes what is left, makes it durable and closes it: where a full disk shows last. */
  async finish(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    try {
      await this.handle.sync();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
    await this.close();
  }

  /** Renames the finished file into place. */
  async commit(): Promise<void> {
    await this.finish();
    try {
      await rename(this.partialPath, this.path);
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }

  /** Closes and removes the partial file; never throws (it runs while another error is reported). */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    await rm(this.partialPath, { force: true }).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      for (let done = 0; done < bytes.length; ) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.handle.close();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
}
