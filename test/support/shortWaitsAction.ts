// The Action as src/index.ts runs it, but with GitHub's waits shortened: a retry-after second
// becomes a millisecond and comment writes are not spaced. For end-to-end runs that inject rate
// limits and 5xx into a local stand-in; the timing is chosen here, at the entry, never read by the
// product from a test-only variable. Bundled by buildShortWaitsAction() (test/action/actionRun.ts)
// and run beside dist/, whose worker scripts it uses.
import { run } from "../../src/action/main.js";
import { bundledWorkers } from "../../src/adapters/parallel/bundledWorkers.js";

const dist = process.env.FINETUNE_CI_TEST_DIST;
if (!dist) throw new Error("FINETUNE_CI_TEST_DIST (the dist/ folder whose workers to use) is not set");
await run({ workers: bundledWorkers(new URL(`file://${dist}/`)), github: { retryUnitMs: 1, paceWrites: false } });
