#!/usr/bin/env bash
# Mutation testing of src/core/ and src/settings/ one group of files at a time (README, Development):
# each group is a StrykerJS run of its own with stryker.config.json's settings, its own incremental
# file and its own report, reports/mutation/<group>.json; the score table of each is printed at the
# end of reports/mutation/<group>.log, and its progress every few seconds before that. Slow (hours for
# all groups on two cores): not part of npm test.
#
#   bash scripts/mutation-groups.sh                     # every group
#   bash scripts/mutation-groups.sh core-eval settings  # some of them
#   STRYKER_ARGS="--concurrency 2" bash scripts/mutation-groups.sh   # more test runners at once
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports/mutation

declare -A MUTATE_GLOBS=(
  [core-eval]='src/core/eval/**/*.ts'
  [core-small]='src/core/*.ts src/core/cost/**/*.ts src/core/stats/**/*.ts src/core/split/**/*.ts src/core/storage/**/*.ts src/core/tokens/**/*.ts'
  [core-quality]='src/core/quality/**/*.ts'
  [core-dataset-read]='src/core/dataset/lines.ts src/core/dataset/jsonError.ts src/core/dataset/jsonValues.ts src/core/dataset/lfsPointer.ts src/core/dataset/formats.ts src/core/dataset/conversation.ts src/core/dataset/scanners.ts src/core/dataset/secrets.ts src/core/dataset/fileNames.ts'
  [core-dataset-review]='src/core/dataset/analyzeBatch.ts src/core/dataset/analyzeExample.ts src/core/dataset/engine.ts src/core/dataset/exampleHashes.ts src/core/dataset/exampleRecords.ts src/core/dataset/exampleStore.ts'
  [settings]='src/settings/**/*.ts'
)
ORDER=(core-eval core-small core-quality core-dataset-read core-dataset-review settings)

for group in "${@:-${ORDER[@]}}"; do
  [[ -n "${MUTATE_GLOBS[$group]:-}" ]] || { echo "unknown group $group (known: ${ORDER[*]})" >&2; exit 2; }
  config="reports/mutation/stryker.$group.json"
  node -e '
    const [group, globs] = process.argv.slice(1);
    const config = JSON.parse(require("fs").readFileSync("stryker.config.json", "utf8"));
    delete config.$schema;
    config.mutate = globs.split(" ");
    config.incrementalFile = `reports/mutation/${group}-incremental.json`;
    config.jsonReporter = { fileName: `reports/mutation/${group}.json` };
    config.htmlReporter = { fileName: `reports/mutation/${group}.html` };
    config.reporters = ["clear-text", "progress-append-only", "json", "html"];
    process.stdout.write(JSON.stringify(config, null, 2));
  ' "$group" "${MUTATE_GLOBS[$group]}" > "$config"
  echo "== $group ($(date +%T))"
  npx stryker run "$config" ${STRYKER_ARGS:-} > "reports/mutation/$group.log" 2>&1 || { tail -20 "reports/mutation/$group.log" >&2; exit 1; }
  grep -E "^(All files|File) " "reports/mutation/$group.log" || true
done
