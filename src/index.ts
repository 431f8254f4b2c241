// The Action's entry: everything lives in run(), which turns any error into a failed step. The
// worker scripts are bundled beside this file in dist/; GitHub's waits keep their shipped timing.
import { run } from "./action/main.js";
import { bundledWorkers } from "./adapters/parallel/bundledWorkers.js";

await run({ workers: bundledWorkers(import.meta.url) });
