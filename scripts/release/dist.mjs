// The Action runs dist/ as committed, so what a release ships is dist/, not src/: it must be exactly
// what `npm run build` writes from the committed source. CI checks every pull request this way,
// and the release workflow checks the tagged commit again before publishing it.
import { execFileSync } from "node:child_process";
import { ReleaseError } from "./version.mjs";

const git = (cwd, ...args) => execFileSync("git", args, { cwd, encoding: "utf8" });

/**
 * Rebuilds dist/ in `root` (a checkout) and fails when the result differs from the commit: a
 * changed, deleted or new file (chunk names carry a content hash, so a rebuild can add files).
 */
export function checkDist(root) {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const changes = git(root, "status", "--porcelain", "--untracked-files=all", "--", "dist/").split("\n").filter(Boolean);
  if (changes.length === 0) return;
  const shown = changes.slice(0, 20).map((line) => `  ${line}`);
  if (changes.length > 20) shown.push(`  ... and ${changes.length - 20} more`);
  throw new ReleaseError(
    `dist/ is stale: the committed dist/ differs from what "npm run build" writes from src/ ` +
      `(M changed, D deleted, ?? new):\n${shown.join("\n")}\n` +
      `Run "npm install && npm run build" and commit dist/, new chunk files included.`,
  );
}
