#!/usr/bin/env node
// Writes docs/eval-comment-example.png: the eval comment of a real evaluation (the support-ticket
// task of test/eval/support, 200 holdout examples, base vs prompted vs candidate against the OpenAI
// stand-in) as Chromium renders it. The rendering lives in test/render/evalComment.test.ts, so the
// picture is made by exactly the code the tests check; this script runs that test with
// FINETUNE_CI_EVAL_SCREENSHOT set. Needs Debian's chromium at /usr/bin/chromium.
//
//   node scripts/screenshot-eval-comment.mjs [OUTPUT.png]
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = resolve(process.argv[2] ?? `${root}docs/eval-comment-example.png`);
const vitest = `${root}node_modules/vitest/vitest.mjs`;
const result = spawnSync(process.execPath, [vitest, "run", "test/render/evalComment.test.ts", "-t", "eval-comment-example.png"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FINETUNE_CI_EVAL_SCREENSHOT: output },
});
if (result.status === 0) console.log(`wrote ${output}`);
process.exit(result.status ?? 1);
