#!/usr/bin/env bash
# Main-content extraction on the shared HTML corpus (../shared/corpus/html), scored by
# ../shared/bench/score_html.py and printed next to Readability's published figures.
#   1. `extract --with-text` (the CLI, as users run it) -> pass rate, token F1, title/author/date;
#   2. HtmlContentBench.cs (decode + HtmlToDocument in process, after a warm-up) -> ms/page,
#      comparable to the peers' in-process timings, without CLI start-up or entity extraction.
# Usage: tests/bench/html-content.sh [--per-page]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [ ! -d "$shared/corpus/html/pages" ] || [ ! -f "$shared/bench/score_html.py" ]; then
  echo "error: $shared/corpus/html/pages or $shared/bench/score_html.py is missing (expected next to the repo root)." >&2
  exit 2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build src/AIMediaTracker.Web -c Release -nologo -v q >/dev/null
dotnet src/AIMediaTracker.Web/bin/Release/net10.0/AIMediaTracker.Web.dll extract --with-text "$shared"/corpus/html/pages/*.html \
  > "$out/cli.jsonl" 2> "$out/cli.err" || true
dotnet run -c Release tests/bench/HtmlContentBench.cs -- "$shared/corpus/html/pages" > "$out/timed.jsonl"

# score_html.py wants the page's basename, "published", and (optionally) "ms" from the timed run.
python3 - "$out/cli.jsonl" "$out/timed.jsonl" > "$out/scored.jsonl" <<'PY'
import json, os, sys
ms = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    ms[r["file"]] = r["ms"]
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    r["file"] = os.path.basename(r["file"])
    r["published"] = r.get("publishedAt")
    if r["file"] in ms:
        r["ms"] = ms[r["file"]]
    print(json.dumps(r, ensure_ascii=False))
PY

python3 "$shared/bench/score_html.py" "$out/scored.jsonl" --name AIMediaTracker "$@"
python3 -c 'import json,statistics,sys; c=[json.loads(l)["cpuMs"] for l in open(sys.argv[1])]; print(f"CPU ms/page median={statistics.median(c):.2f} (process CPU time; ms above is wall time)")' "$out/timed.jsonl"
uptime
echo
echo "Peers (from $shared/corpus/html/peer-results):"
for f in "$shared"/corpus/html/peer-results/*.score.txt; do head -n 1 "$f"; done
