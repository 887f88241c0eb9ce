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

# Hostile pages (issue 16): each must cost a second or two at most, in process and through the CLI.
mkdir -p "$out/hostile"
python3 - "$out/hostile" <<'PY'
import os, sys
d = sys.argv[1]
p = "<p>Le syndicat des journalistes dénonce, dans un communiqué publié mardi, l'usage de l'intelligence artificielle.</p>"
pages = {
    "nested-divs": "<html><body>" + "<div>" * 100000 + p + "</div>" * 100000 + "</body></html>",
    "nested-tables": "<html><body>" + "<table><tr><td>" * 20000 + p + "</td></tr></table>" * 20000 + "</body></html>",
    "siblings": "<html><body><article>" + "<span>mot</span>" * 100000 + p + "</article></body></html>",
    "long-attributes": '<html><body><div class="' + "a" * 1000000 + '">' + p + '</div><img alt="' + "x" * 1000000 + '"></body></html>',
}
for name, html in pages.items():
    open(os.path.join(d, name + ".html"), "w", encoding="utf-8").write(html)
PY
dotnet run -c Release tests/bench/HtmlContentBench.cs -- "$out/hostile" > "$out/hostile.jsonl"
python3 - "$out/hostile.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    print(f"hostile {r['file']:22} in process {r['ms']:8.1f} ms wall {r['cpuMs']:8.1f} ms CPU  text={len(r['text'])} chars")
PY
for f in "$out"/hostile/*.html; do
  start=$(date +%s.%N)
  dotnet src/AIMediaTracker.Web/bin/Release/net10.0/AIMediaTracker.Web.dll extract "$f" > /dev/null 2>&1 || true
  python3 -c 'import sys; print(f"hostile {sys.argv[1]:22} extract CLI {float(sys.argv[3]) - float(sys.argv[2]):6.2f} s (with start-up)")' "$(basename "$f")" "$start" "$(date +%s.%N)"
done
python3 -c 'import json,statistics,sys; c=[json.loads(l)["cpuMs"] for l in open(sys.argv[1])]; print(f"CPU ms/page median={statistics.median(c):.2f} (process CPU time; ms above is wall time)")' "$out/timed.jsonl"
uptime
echo
echo "Peers (from $shared/corpus/html/peer-results):"
for f in "$shared"/corpus/html/peer-results/*.score.txt; do head -n 1 "$f"; done
