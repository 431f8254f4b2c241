// The Action's entry: everything lives in run(), which turns any error into a failed step.
import { run } from "./action/main.js";

await run();
