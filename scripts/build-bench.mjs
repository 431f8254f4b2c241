// Bundles the benchmark beside its own copies of the worker threads, so it runs with plain node.
import { build } from "esbuild";
import { entryPoints, shared } from "./build.mjs";

await build({ ...shared, entryPoints: { ...entryPoints, bench: "bench/bench.ts" }, outdir: ".bench" });
