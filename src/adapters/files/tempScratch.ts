// Scratch storage for the review (core/storage/scratch.ts) that stays in memory up to a budget and
// goes to temporary files beyond it, so that the review's memory is flat whatever the dataset's
// size. A temporary file is unlinked as soon as it is open: it never outlives the process, even
// one that is killed.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { InputError } from "./files.js";
import { MemoryScratchFile, type ScratchFile, type ScratchSpace } from "../../core/storage/scratch.js";

/** Where scratch files go: the runner's temporary folder on GitHub Actions, else the system's. */
export function scratchFolder(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

export class TempScratchSpace implements ScratchSpace {
  /** Bytes held in memory by this space's files. */
  inMemory = 0;
  /** Bytes written to temporary files so far, for the record. */
  onDisk = 0;

  constructor(
    readonly memoryBudget: number,
    readonly folder = scratchFolder(),
  ) {}

  create(): ScratchFile {
    return new TempScratchFile(this);
  }
}

/** Appends go to memory while the space's budget allows, then to a temporary file for good. */
class TempScratchFile implements ScratchFile {
  private readonly memory = new MemoryScratchFile();
  private fd: number | undefined;
  private path: string | undefined;
  private diskBytes = 0;

  constructor(private readonly space: TempScratchSpace) {}

  get size(): number {
    return this.memory.size + this.diskBytes;
  }

  append(bytes: Uint8Array): void {
    if (this.fd === undefined && this.space.inMemory + bytes.length <= this.space.memoryBudget) {
      this.memory.append(bytes);
      this.space.inMemory += bytes.length;
      return;
    }
    const fd = (this.fd ??= this.open());
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, this.diskBytes + done);
    } catch (error) {
      throw scratchProblem("write", this.space.folder, error);
    }
    this.diskBytes += bytes.length;
    this.space.onDisk += bytes.length;
  }

  read(offset: number, into: Uint8Array): void {
    const inMemory = this.memory.size;
    const fromMemory = Math.max(0, Math.min(into.length, inMemory - offset));
    if (fromMemory > 0) this.memory.read(offset, into.subarray(0, fromMemory));
    if (fromMemory === into.length) return;
    if (this.fd === undefined || offset + into.length > this.size) throw new RangeError(`scratch read of ${into.length} bytes at ${offset} is past the end (${this.size})`);
    const position = offset + fromMemory - inMemory;
    for (let done = fromMemory; done < into.length; ) {
      const n = readSync(this.fd, into, done, into.length - done, position + done - fromMemory);
      if (n === 0) throw new Error(`the review's scratch file ended early (at byte ${position + done - fromMemory})`);
      done += n;
    }
  }

  dispose(): void {
    this.space.inMemory -= this.memory.size;
    this.memory.dispose();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.path) unlinkQuietly(this.path);
  }

  private open(): number {
    const path = join(this.space.folder, `finetune-ci-${process.pid}-${randomBytes(6).toString("hex")}.scratch`);
    let fd: number;
    try {
      fd = openSync(path, "wx+", 0o600);
    } catch (error) {
      throw scratchProblem("create", this.space.folder, error);
    }
    // Unlinked while open (POSIX), the file is freed when closed or when the process ends. Where
    // that is refused (Windows), it is removed on dispose instead.
    if (!unlinkQuietly(path)) this.path = path;
    return fd;
  }
}

/** A scratch file that cannot be made or written: the environment's to fix, so a usage error (exit 2). */
function scratchProblem(action: string, folder: string, error: unknown): InputError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new InputError(
    `could not ${action} the review's scratch file in ${folder} (${reason}): the review needs up to about 400 bytes of temporary space per example; point TMPDIR (or RUNNER_TEMP on GitHub Actions) at a writable folder with room, or raise review.scratchMemoryMb`,
  );
}

function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
