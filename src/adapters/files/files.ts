// The file system edge: expanding the user's paths and globs, and streaming a file's bytes.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** An input path or glob that cannot be read: a usage error (exit 2), never a finding. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const CHUNK_BYTES = 1 << 20;

export function readFileChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}

/** Expands paths and globs in order, without repeats; a pattern that matches nothing is an error. */
export async function expandPaths(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) throw new InputError(`${pattern}: no file matches this pattern`);
      out.push(...matches);
      continue;
    }
    const info = await stat(resolve(cwd, pattern)).catch(() => undefined);
    if (!info) throw new InputError(`${pattern}: no such file`);
    if (!info.isFile()) throw new InputError(`${pattern}: not a file (give a .jsonl file or a glob such as data/*.jsonl)`);
    out.push(pattern);
  }
  return [...new Set(out)];
}
