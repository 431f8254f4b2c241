// Git LFS pointer files: what a repository that keeps a dataset in Git LFS stores in git instead of
// the data. A pointer is never data: every reader of a dataset file checks for one first, and the
// content is then fetched (adapters/github/lfs.ts) or the run stops saying how to get it.

export interface LfsPointer {
  /** The SHA-256 of the content, 64 lower-case hex digits. */
  oid: string;
  size: number;
}

/**
 * git-lfs's blobSizeCutoff: "Any file with a size below this cutoff will be scanned" for a
 * pointer; a file this long or longer is content.
 */
export const LFS_POINTER_MAX_BYTES = 1024;

// The version line, compared as a plain string (docs/spec.md). git-lfs still reads the URLs its
// alpha and pre-release versions wrote (its v1Aliases).
const VERSIONS = ["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1", "http://git-media.io/v/2"];

/** A file that starts as a pointer does but breaks the format: never data, never silently skipped. */
export class LfsPointerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LfsPointerError";
  }
}

/**
 * The pointer in `bytes`, or undefined when the bytes are not a pointer. Follows the pointer
 * format of git-lfs's docs/spec.md: `key value\n` lines, `version` first, then the other keys in
 * order, `oid sha256:<64 hex>` and `size <bytes>` required. Throws LfsPointerError for a file whose
 * first line is a pointer's version line but whose rest is not a valid pointer.
 */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length >= LFS_POINTER_MAX_BYTES) return undefined;
  const text = new TextDecoder().decode(bytes);
  const firstLine = text.slice(0, text.indexOf("\n") + 1 || text.length);
  if (!VERSIONS.some((v) => firstLine === `version ${v}\n`)) return undefined;
  if (!text.endsWith("\n")) throw new LfsPointerError("the Git LFS pointer does not end with a newline");
  const entries = text.slice(firstLine.length, -1).split("\n").map((line, i) => ({ line, number: i + 2 }));
  const values = new Map<string, string>();
  let previous = "";
  for (const { line, number } of entries) {
    const m = /^([a-z0-9.-]+) ([^\r\n]*)$/.exec(line);
    if (!m) throw new LfsPointerError(`line ${number} of the Git LFS pointer is not "key value"`);
    const [, key, value] = m as unknown as [string, string, string];
    if (key <= previous) throw new LfsPointerError(`the keys of the Git LFS pointer are not in order (line ${number}, "${key}")`);
    previous = key;
    values.set(key, value);
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get("oid") ?? "")?.[1];
  if (!oid) throw new LfsPointerError('the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line');
  const size = values.get("size") ?? "";
  if (!/^(0|[1-9]\d*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw new LfsPointerError('the Git LFS pointer has no valid "size <bytes>" line');
  return { oid, size: Number(size) };
}

