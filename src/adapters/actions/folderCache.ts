// The Actions cache for the evaluation's answer cache folder, so that the base and prompted arms'
// answers are paid for once per holdout and arm settings, not once per candidate. Uses
// @actions/cache (cache service v2 on github.com: Twirp on ACTIONS_RESULTS_URL, archives in Azure
// blob storage). Caching is an optimisation: a miss, a missing service or a service error is a
// result to log, never a failed step.
//
// Keys: `finetune-ci-answers-v1-<holdout hash>-<arm settings hash>`, restored by that key or else
// the newest entry for the same holdout (`finetune-ci-answers-v1-<holdout hash>-`): the folder's
// entries are content-addressed per request, so an entry made under other arm settings still
// answers the arms whose settings did not change. An entry is immutable; after an exact hit there
// is nothing to save. The cache also belongs to the folder's path: save and restore the same path.
import * as cache from "@actions/cache";

export const ANSWER_CACHE_PREFIX = "finetune-ci-answers-v1";

export interface AnswerCacheKeys {
  primary: string;
  /** Prefixes tried, in order, when the primary key misses. */
  restore: string[];
}

export function answerCacheKeys(parts: { holdoutHash: string; armSettingsHash: string }): AnswerCacheKeys {
  for (const [name, value] of Object.entries(parts)) {
    if (!/^[0-9A-Za-z]{8,128}$/.test(value)) throw new Error(`answer cache key: ${name} ${JSON.stringify(value)} must be 8 to 128 letters or digits (a hex digest)`);
  }
  const holdout = `${ANSWER_CACHE_PREFIX}-${parts.holdoutHash}-`;
  return { primary: `${holdout}${parts.armSettingsHash}`, restore: [holdout] };
}

export type CacheRestore = { hit: "exact" | "partial"; key: string } | { hit: "miss"; reason: string } | { hit: "unavailable"; reason: string };
export type CacheSave = { saved: true; key: string; id: number } | { saved: false; reason: string };

export interface FolderCache {
  restore(folder: string, keys: AnswerCacheKeys): Promise<CacheRestore>;
  /** Saves the folder under keys.primary, unless `restored` was already an exact hit. */
  save(folder: string, keys: AnswerCacheKeys, restored?: CacheRestore): Promise<CacheSave>;
}

type CacheClient = Pick<typeof cache, "restoreCache" | "saveCache" | "isFeatureAvailable">;

/**
 * `env` decides whether the service is there (the client itself reads process.env, as the runner
 * sets it). Outside a GitHub Actions job every call is "unavailable" and touches nothing.
 */
export function actionsFolderCache(env: Record<string, string | undefined>, client: CacheClient = cache): FolderCache {
  const unavailable = (): string | undefined => {
    if (!env.ACTIONS_RUNTIME_TOKEN) return "the Actions cache is not available (ACTIONS_RUNTIME_TOKEN not set: not running inside a GitHub Actions job)";
    if (!client.isFeatureAvailable()) return "the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL); on GitHub Enterprise Server, cache storage may be off";
    return undefined;
  };
  return {
    async restore(folder, keys) {
      const reason = unavailable();
      if (reason) return { hit: "unavailable", reason };
      try {
        // Service errors are caught inside restoreCache and logged there as warnings: they read as a miss.
        const matched = await client.restoreCache([folder], keys.primary, keys.restore);
        if (matched === undefined) return { hit: "miss", reason: `no cache entry for ${keys.primary} or any key starting ${keys.restore.join(", ")} (or the cache service failed: see the warnings above)` };
        return { hit: matched === keys.primary ? "exact" : "partial", key: matched };
      } catch (error) {
        return { hit: "miss", reason: `the cache was not restored: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    async save(folder, keys, restored) {
      if (restored?.hit === "exact") return { saved: false, reason: `the cache entry ${keys.primary} exists already (restored at the start); entries cannot be replaced` };
      const reason = unavailable();
      if (reason) return { saved: false, reason };
      if (!isWritable(env.ACTIONS_CACHE_MODE)) return { saved: false, reason: `the runner allows this job to read the cache only (ACTIONS_CACHE_MODE=${env.ACTIONS_CACHE_MODE})` };
      try {
        const id = await client.saveCache([folder], keys.primary);
        if (id === -1) return { saved: false, reason: `the cache service did not store ${keys.primary} (another job may have saved it first; see the lines above)` };
        return { saved: true, key: keys.primary, id };
      } catch (error) {
        return { saved: false, reason: `the cache was not saved: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}

/** The runner's cache modes (none, read, write, write-only); unset or unknown allows writes, as @actions/cache does. */
function isWritable(mode: string | undefined): boolean {
  const m = (mode ?? "").trim().toLowerCase();
  return !["none", "read"].includes(m);
}
