#!/usr/bin/env node
// Writes docs/comment-example.png: the review comment of the bundled example (examples/support) as
// Chromium renders it. The rendering lives in test/render/comment.test.ts, so the picture is made
// by exactly the code the tests check; this script runs that test with FINETUNE_CI_SCREENSHOT set.
// Needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium).
//
//   node scripts/screenshot-comment.mjs [OUTPUT.png]
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = resolve(process.argv[2] ?? `${root}docs/comment-example.png`);
const vitest = `${root}node_modules/vitest/vitest.mjs`;
const result = spawnSync(process.execPath, [vitest, "run", "test/render/comment.test.ts", "-t", "comment-example.png"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FINETUNE_CI_SCREENSHOT: output },
});
if (result.status === 0) console.log(`wrote ${output}`);
process.exit(result.status ?? 1);
