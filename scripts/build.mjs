// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the worker threads they start
// (dist/review-worker.js, dist/token-worker.js) into files that run with `node` alone: no node_modules on the runner.
// Code splitting keeps what they share (the tokenizers' rank tables above all) in one chunk.
import { build } from "esbuild";
import { rm } from "node:fs/promises";

export const shared = {
  bundle: true,
  platform: "node",
  target: "node24",
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Paths in the bundle's comments (and so the chunk hashes) come from where a module is found, not
  // where its symlink points: a checkout whose node_modules is a link builds the same dist/ as a clone.
  preserveSymlinks: true,
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: 'import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);' },
};

export const entryPoints = {
  index: "src/index.ts",
  cli: "src/cli.ts",
  "review-worker": "src/review/worker/reviewWorker.ts",
  "token-worker": "src/adapters/parallel/tokenWorker.ts",
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await rm("dist", { recursive: true, force: true });
  await build({ ...shared, entryPoints, outdir: "dist" });
}
