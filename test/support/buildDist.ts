// Vitest's global setup: bundles dist/ from src/ once, before any test file runs, so that the
// end-to-end tests (which run `node dist/index.js` and `node dist/cli.js` as a runner would) test
// this source, and so that no two test files rebuild dist/ under each other's feet.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: resolve(import.meta.dirname, "../.."), stdio: "inherit" });
}
