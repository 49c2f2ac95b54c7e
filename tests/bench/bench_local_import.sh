#!/usr/bin/env bash
# Side-by-side benchmark of local-log import: burnrate-cli against ccusage on one corpus from the
# shared generator. Prints wall times (best and median of N), peak memory, ratios, and whether the
# token totals agree. A benchmark, not a test: it never fails on time.
#
#   tests/bench/bench_local_import.sh [--mb 1000] [--runs 3] [--corpus DIR] [--cli PATH]
#
# Needs python3 (the generator and the comparison), npm (ccusage 20.0.24 is installed into
# ~/.cache/burnrate-bench on first use) and GNU time (/usr/bin/time, package "time").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
mb=1000
runs=3
corpus=""
cli="$repo/build/app/burnrate-cli"
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --cli) cli=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
generator="$repo/../shared/tools/gen-agent-logs"
corpus=${corpus:-/tmp/burnrate-corpus-${mb}mb}
if [ ! -f "$corpus/truth.json" ]; then
    echo "generating a ${mb} MB corpus (profile agree) in $corpus ..."
    "$generator" --out "$corpus" --mb "$mb" --profile agree --seed 1 > /dev/null
fi
peer_dir="$HOME/.cache/burnrate-bench"
ccusage="$peer_dir/node_modules/.bin/ccusage"
if [ ! -x "$ccusage" ]; then
    mkdir -p "$peer_dir"
    (cd "$peer_dir" && npm init -y > /dev/null && npm install --silent ccusage@20.0.24 @ccusage/ccusage-linux-x64@20.0.24 > /dev/null)
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CLAUDE_CONFIG_DIR="$corpus/claude" CODEX_HOME="$corpus/codex"

# best_of N COMMAND... : prints "best_seconds median_seconds peak_rss_kb" over N runs. Wall time
# is read from bash's clock around each run (GNU time rounds to 10 ms and adds its own start-up,
# too coarse for the re-import); peak memory comes from one more run under GNU time.
best_of() {
    local n=$1; shift
    local times=()
    for _ in $(seq "$n"); do
        local start=$EPOCHREALTIME
        "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
        local end=$EPOCHREALTIME
        times+=("$(awk "BEGIN{printf \"%.4f\", $end - $start}")")
    done
    /usr/bin/time -f "%M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    local kb
    read -r kb < "$work/time"
    printf '%s\n' "${times[@]}" | sort -g | awk -v kb="$kb" '{a[NR]=$1}
        END{print a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), kb}'
}

full_import() {
    rm -f "$work/ledger.sqlite"*
    "$cli" --db "$work/ledger.sqlite" import all > /dev/null
}
export -f full_import
export cli work

read -r peer_s peer_med peer_kb < <(best_of "$runs" "$ccusage" daily --json --offline)
cp "$work/out" "$work/ccusage.json"
read -r full_s full_med full_kb < <(best_of "$runs" bash -c full_import)
read -r again_s again_med again_kb < <(best_of "$runs" "$cli" --db "$work/ledger.sqlite" import all)
read -r report_s report_med report_kb < <(best_of "$runs" "$cli" --db "$work/ledger.sqlite" --json report --by day,model)
cp "$work/out" "$work/report.json"

python3 - "$work/ccusage.json" "$work/report.json" "$corpus" "$mb" \
    "$peer_s" "$peer_med" "$peer_kb" "$full_s" "$full_med" "$full_kb" \
    "$again_s" "$again_med" "$again_kb" "$report_s" "$report_med" "$report_kb" "$runs" <<'PY'
import json, sys
peer, ours, corpus, mb = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3], sys.argv[4]
(peer_s, peer_med, peer_kb, full_s, full_med, full_kb, again_s, again_med, again_kb,
 report_s, report_med, report_kb) = map(float, sys.argv[5:17])
runs = sys.argv[17]
p, o = peer["totals"], ours["totals"]
pairs = [("input", p["inputTokens"], o["input_tokens"]),
         ("cache write", p["cacheCreationTokens"], o["cache_write_tokens"]),
         ("cache read", p["cacheReadTokens"], o["cache_read_tokens"]),
         ("output", p["outputTokens"], o["output_tokens"])]
print(f"corpus: {corpus} ({mb} MB, profile agree); {runs} runs each")
print(f"{'what':40} {'best s':>7} {'median s':>9} {'peak MB':>8} {'vs ccusage (best, median)':>26}")
def row(name, best, median, kb):
    ratio = f"{best/peer_s:.3f}x, {median/peer_med:.3f}x"
    print(f"{name:40} {best:7.3f} {median:9.3f} {kb/1024:8.1f} {ratio:>26}")
row("ccusage daily --json --offline", peer_s, peer_med, peer_kb)
row("burnrate-cli import (full, both agents)", full_s, full_med, full_kb)
row("burnrate-cli import again (nothing new)", again_s, again_med, again_kb)
row("burnrate-cli report --by day,model", report_s, report_med, report_kb)
print("token totals, ccusage vs burnrate:")
for name, a, b in pairs:
    print(f"  {name:12} {a:>15,} {b:>15,}  {'equal' if a == b else 'DIFFERENT'}")
PY
