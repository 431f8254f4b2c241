#!/usr/bin/env bash
# Runs the runner's test suite in its venv; exits with pytest's status. Extra arguments go to pytest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup-test-env.sh"
cd "$here"
export HF_HUB_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1
exec "$here/.venv/bin/python" -m pytest tests --durations=10 "$@"
