#!/usr/bin/env bash
# `npm test`: installs what the tests need when it is missing, then runs every test.
# - npm packages (npm install from the lock file when node_modules is missing or older than it:
#   not npm ci, which rejects the lock because vite names an optional package the registry lacks);
# - Debian's Chromium, for rendering PR comments as a person sees them (needs root and apt);
# - the Python runner's virtual environment (self-hosted-runner/run-tests.sh creates it);
# - the workflow linters, actionlint and zizmor, at pinned versions, into that environment.
# A missing tool fails the run with a message; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== installing npm packages"
  npm install --no-audit --no-fund
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "== installing Chromium (Debian package) for the rendering tests"
  if command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "finetune-ci: the rendering tests need /usr/bin/chromium; install Debian's chromium package (apt-get install chromium) and run npm test again" >&2
    exit 1
  fi
fi

echo "== the Python runner's environment (the TypeScript train tests run the real train.py in it)"
bash self-hosted-runner/setup-test-env.sh
echo "== the workflow linters (test/docs/workflowLinters.test.ts runs them over every workflow)"
bash scripts/setup-workflow-linters.sh
echo "== type check"
npx tsc -p .
echo "== build dist/"
node scripts/build.mjs
echo "== TypeScript tests"
npx vitest run
echo "== Python runner tests"
bash self-hosted-runner/run-tests.sh
