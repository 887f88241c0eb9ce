#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing (Debian's chromium, the
# npm packages the browser tests inject), builds, runs every test, and ends with "N passed, N failed".
# .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d ../shared ]; then
  echo "note: ../shared is absent; the tests that score against the shared corpus will fail and say so." >&2
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet tool restore >/dev/null
dotnet build AIMediaTracker.sln -c Release -nologo -v q

set +e
dotnet test AIMediaTracker.sln -c Release --no-build -nologo 2>&1 | tee test.log
rc=${PIPESTATUS[0]}
set -e
awk '/^(Passed|Failed)! +- Failed:/ { gsub(",",""); f+=$4; p+=$6; s+=$8; n++ }
     END { if (!n) { print "no test summary found"; exit 1 } printf "%d passed, %d failed, %d skipped\n", p, f, s }' test.log
exit $rc
