// Types of build.mjs for the tests that bundle with the same settings as dist/.
import type { BuildOptions } from "esbuild";

export declare const shared: BuildOptions;
export declare const entryPoints: Record<string, string>;
