// The on-disk answer cache: one small JSON file per answer, named by the request's cache key, so
// re-runs and the next pull request do not pay again for the arms that did not change. A write is
// atomic (a temporary file renamed over the name), so a killed run never leaves half an entry; a
// corrupt entry is reported and ignored, never fatal. Only answers are written: a failed request is
// never cached.
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ToolCall } from "../core/eval/types.js";

export interface CachedAnswer {
  text: string;
  toolCalls?: ToolCall[];
  finishReason: string | null;
  inputTokens?: number;
  outputTokens?: number;
}

interface Entry {
  format: typeof FORMAT;
  key: string;
  answer: CachedAnswer;
}

const FORMAT = "finetune-ci-eval-answer-1";

export interface AnswerCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Whether an entry exists (for the estimate; it is not read). */
  has(key: string): Promise<boolean>;
  put(key: string, answer: CachedAnswer): Promise<void>;
}

/** A cache that has nothing and keeps nothing (--no-cache). */
export const NO_CACHE: AnswerCache = {
  get: async () => undefined,
  has: async () => false,
  put: async () => undefined,
};

function isAnswer(value: unknown): value is CachedAnswer {
  if (!value || typeof value !== "object") return false;
  const a = value as Record<string, unknown>;
  const count = (v: unknown) => v === undefined || (typeof v === "number" && Number.isInteger(v) && v >= 0);
  const calls = a.toolCalls === undefined || (Array.isArray(a.toolCalls) && a.toolCalls.every((c) => c && typeof c === "object" && typeof (c as ToolCall).name === "string"));
  return typeof a.text === "string" && (a.finishReason === null || typeof a.finishReason === "string") && count(a.inputTokens) && count(a.outputTokens) && calls;
}

export function directoryCache(dir: string, warn: (message: string) => void): AnswerCache {
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  // Each of the 256 subfolders is made once per run, not once per answer.
  const made = new Set<string>();
  let sequence = 0;
  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(path(key), "utf8");
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as Entry;
        if (entry.format === FORMAT && entry.key === key && isAnswer(entry.answer)) return entry.answer;
      } catch {
        // reported below
      }
      warn(`${path(key)}: a corrupt cache entry was ignored; the request is sent again and the entry rewritten`);
      return undefined;
    },
    async has(key) {
      return stat(path(key)).then(
        (s) => s.isFile(),
        () => false,
      );
    },
    async put(key, answer) {
      const target = path(key);
      const folder = join(dir, key.slice(0, 2));
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      const temporary = `${target}.${process.pid}.${++sequence}.tmp`;
      await writeFile(temporary, JSON.stringify({ format: FORMAT, key, answer } satisfies Entry));
      await rename(temporary, target);
    },
  };
}
