// The Action's entry: everything lives in run(), which turns any error into a failed step.
import { run } from "./action/main.js";

// Bundled beside this file in dist/.
await run({ review: new URL("./review-worker.js", import.meta.url), tokens: new URL("./token-worker.js", import.meta.url) });
