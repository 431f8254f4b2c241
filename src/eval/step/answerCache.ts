// The engine's answer cache folder (eval.cache.dir) kept between workflow runs with the Actions
// cache, so that each new candidate pays only for its own answers: base, prompted and a hosted
// baseline answer the same holdout the same way until the holdout or their settings change. The
// key is the holdout's hash and the hash of what the cached arms send (and, with a prompted arm,
// the training set its few-shot examples are drawn from). An entry is saved only when every cached
// arm answered every example, because an exact hit is never saved again: a partial entry would make
// every later run pay for the rest. Caching never fails the step: a miss is logged, a service error
// warned about.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { answerCacheKeys, type AnswerCacheKeys, type CacheRestore } from "../../adapters/actions/folderCache.js";
import { expandPaths } from "../../adapters/files/files.js";
import type { Settings } from "../../settings/settings.js";
import { fileSha256 } from "../../train/providers/hosted/jobIdentity.js";
import { resolveArms } from "../arms.js";
import type { EvalReport } from "../report/model.js";
import { servedEndpoint, serveSettings } from "../serve.js";
import type { EvalStepContext } from "./context.js";

export interface RestoredAnswers {
  folder: string;
  keys: AnswerCacheKeys;
  restored: CacheRestore;
  /** The arms whose answers the folder keeps. */
  arms: string[];
}

interface CacheOptions {
  arms?: string[];
  servedBaselines?: string[];
}

/** What the cached arms send, in a form whose hash changes exactly when their requests can. */
async function cacheKeys(settings: Settings, cwd: string, options: CacheOptions): Promise<{ keys: AnswerCacheKeys; arms: string[] } | undefined> {
  const evalSettings = settings.eval;
  const serve = serveSettings(evalSettings);
  const served = serve ? servedEndpoint(serve, 0) : undefined;
  const specs = resolveArms(evalSettings, { ...(options.arms ? { only: options.arms } : {}), ...(served ? { served } : {}), servedBaselines: options.servedBaselines ?? [], models: settings.models }).filter((arm) => arm.cache);
  if (specs.length === 0) return undefined;
  const holdout = await filesHash(evalSettings.holdout ?? settings.datasets.holdout, cwd);
  const shots = specs.some((arm) => arm.kind === "prompted") ? await filesHash(settings.datasets.train, cwd) : null;
  const arms = specs.map((arm) => ({ name: arm.name, kind: arm.kind, model: arm.model, endpoint: arm.cacheIdentity, temperature: arm.temperature, seed: arm.seed, maxTokens: arm.maxTokens ?? null, shots: arm.shots }));
  const armSettingsHash = createHash("sha256").update(JSON.stringify({ arms, shots })).digest("hex");
  return { keys: answerCacheKeys({ holdoutHash: holdout, armSettingsHash }), arms: specs.map((arm) => arm.name) };
}

async function filesHash(patterns: string[], cwd: string): Promise<string> {
  const hash = createHash("sha256");
  for (const path of await expandPaths(patterns, cwd)) hash.update(`${path}\0${await fileSha256(resolve(cwd, path))}\n`);
  return hash.digest("hex");
}

/** Restores the folder before the evaluation; undefined when nothing is cached or the keys cannot be made. */
export async function restoreAnswers(context: EvalStepContext, settings: Settings, options: CacheOptions): Promise<RestoredAnswers | undefined> {
  if (!settings.eval.cache.enabled) return undefined;
  let made: Awaited<ReturnType<typeof cacheKeys>>;
  try {
    made = await cacheKeys(settings, context.runner.workspace, options);
  } catch (error) {
    // The evaluation reports a missing holdout or a bad arm itself, with the file and the fix.
    context.log.debug(`answer cache: no key (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (!made) return undefined;
  const folder = resolve(context.runner.workspace, settings.eval.cache.dir);
  const restored = await context.answerCache.restore(folder, made.keys);
  if (restored.hit === "exact" || restored.hit === "partial") context.log.info(`Answer cache restored from ${restored.key}${restored.hit === "partial" ? " (an entry for the same holdout; only answers whose requests did not change are used)" : ""}`);
  else if (restored.hit === "miss") context.log.info(`Answer cache: ${restored.reason}; ${made.arms.join(", ")} answer every example this time`);
  else if (restored.hit === "unavailable") context.log.warning(`Answer cache not restored: ${restored.reason}`);
  return { folder, keys: made.keys, restored, arms: made.arms };
}

/** Saves the folder after a run in which every cached arm answered every example. */
export async function saveAnswers(context: EvalStepContext, cached: RestoredAnswers, report: EvalReport): Promise<void> {
  // Said once, at the restore.
  if (cached.restored.hit === "unavailable") return;
  const incomplete = report.arms.filter((arm) => cached.arms.includes(arm.name) && arm.requests.ok < arm.requests.total);
  if (incomplete.length > 0) {
    context.log.info(`Answer cache not saved: ${incomplete.map((a) => `${a.name} answered ${a.requests.ok} of ${a.requests.total}`).join(", ")}; an entry is saved only when complete`);
    return;
  }
  const saved = await context.answerCache.save(cached.folder, cached.keys, cached.restored);
  if (saved.saved) context.log.info(`Answer cache saved as ${saved.key}`);
  else if (cached.restored.hit === "exact") context.log.info(`Answer cache: ${saved.reason}`);
  else context.log.warning(`Answer cache not saved: ${saved.reason}`);
}
