#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing (Debian's chromium and
# postgresql, the npm packages the browser tests inject), builds, runs every test on SQLite, then
# runs the integration suites (Ingestion and Web, browser tests included) again on a throwaway
# PostgreSQL server on 127.0.0.1 (tests/postgres.sh), and ends with "N passed, N failed".
# .ci/run calls exactly this. AIMT_SKIP_POSTGRES=1 skips the second run (it is then reported).
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
echo "== Every test, on SQLite ==" >&2
dotnet test AIMediaTracker.sln -c Release --no-build -nologo 2>&1 | tee test.log
rc=${PIPESTATUS[0]}
set -e

if [ "${AIMT_SKIP_POSTGRES:-}" = "1" ]; then
  echo "note: AIMT_SKIP_POSTGRES=1: the PostgreSQL run was skipped." >&2
else
  echo "== Integration suites, on PostgreSQL ==" >&2
  pg_cs=$(tests/postgres.sh start | tail -1)
  trap 'tests/postgres.sh stop' EXIT
  set +e
  for project in tests/AIMediaTracker.Ingestion.Tests tests/AIMediaTracker.Web.Tests; do
    AIMT_TEST_PROVIDER=Postgres PG_CS="$pg_cs" dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a test.log
    prc=${PIPESTATUS[0]}
    [ "$prc" -ne 0 ] && rc=$prc
  done
  set -e
fi
awk '/^(Passed|Failed)! +- Failed:/ { gsub(",",""); f+=$4; p+=$6; s+=$8; n++ }
     END { if (!n) { print "no test summary found"; exit 1 } printf "%d passed, %d failed, %d skipped\n", p, f, s }' test.log
exit $rc
