// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into files that run with `node`
// alone: no node_modules on the runner.
import { build } from "esbuild";

const shared = {
  bundle: true,
  platform: "node",
  target: "node24",
  format: "esm",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: 'import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);' },
};

await build({ ...shared, entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
await build({ ...shared, entryPoints: ["src/cli.ts"], outfile: "dist/cli.js" });
