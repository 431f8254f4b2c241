// The action's own files (self-hosted-runner/ with train.py and serve.py) are found from where the
// running module is: src/action/ or src/cli/ in tests, dist/ or dist/chunks/ once bundled. The
// Action and the command line look for them the same way.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder at or above `from` that holds `marker` (a path relative to it); `from` when none does. */
export function findActionRoot(from: string, marker: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
