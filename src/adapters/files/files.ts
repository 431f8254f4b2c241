// The file system edge: expanding the user's paths and globs, and streaming a file's bytes.
// Globs mean one thing everywhere (CLI, Action review, pull-request listing, train): the options
// and the normalisation below are the only ones, and dot folders (.data/) are included.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
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

/** How every dataset glob is matched: dot folders and dot files included. */
const GLOB_OPTIONS = { dot: true } as const;

/** A relative pattern in one spelling: "./data/*.jsonl" and "data/*.jsonl" are the same pattern. */
export function normalizePattern(pattern: string): string {
  const slashes = pattern.replaceAll("\\", "/");
  return isAbsolute(slashes) ? slashes : posix.normalize(slashes);
}

/** Whether a repository path (forward slashes, no "./") matches any of the patterns. */
export function pathMatcher(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const match = picomatch(patterns.map(normalizePattern), GLOB_OPTIONS);
  return (path) => match(path);
}

/**
 * The name a file goes by in reports: relative to `cwd` with forward slashes when it is inside it
 * ("./a.jsonl", "a.jsonl" and "/abs/cwd/a.jsonl" are one file), else absolute.
 */
export function reportPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return absolute;
  return rel.split(sep).join("/");
}

/**
 * Expands paths and globs in order, without repeats, as report paths (see reportPath). A pattern
 * that matches nothing is an error unless `allowEmpty` (a pull request may be adding the file).
 */
export async function expandPaths(patterns: string[], cwd: string, options: { allowEmpty?: boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(normalizePattern(pattern), { cwd, onlyFiles: true, expandDirectories: false, ...GLOB_OPTIONS });
      if (matches.length === 0 && !options.allowEmpty) throw new InputError(`${pattern}: no file matches this pattern (patterns are relative to the working directory, or to the config file for datasets: in it)`);
      out.push(...matches.map((m) => reportPath(m, cwd)).sort());
      continue;
    }
    const info = await stat(resolve(cwd, pattern)).catch(() => undefined);
    if (!info) {
      if (options.allowEmpty) continue;
      throw new InputError(`${pattern}: no such file (check the path; it is relative to the working directory, or to the config file for datasets: in it)`);
    }
    if (!info.isFile()) throw new InputError(`${pattern}: not a file (give a .jsonl file or a glob such as data/*.jsonl)`);
    out.push(reportPath(pattern, cwd));
  }
  return [...new Set(out)];
}

/** What makes two names one file (a symlink, a hard link): device and inode. */
export async function fileIdentity(path: string, cwd: string): Promise<string | undefined> {
  const info = await stat(resolve(cwd, path)).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}
