#!/usr/bin/env bash
# The reliability checks that run whole programs, against build/
# (docs/RELIABILITY.md):
#   kill [N]  weaklink-cli import is killed N times (default 220) at a random
#             moment while it replaces a document with another model; each
#             time the document must open as the old or the new model, and
#             the next completed import must leave no temporary file.
#   sockets   every CLI command and the app's --screenshot under strace: no
#             internet socket may be opened.
# Usage: scripts/reliability.sh [kill [N]] [sockets]   (default: both)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${WEAKLINK_BUILD_DIR:-$repo/build}")
source "$repo/scripts/bench-common.sh"
cli=$build/app/cli/weaklink-cli
app=$build/app/weaklink
big=$repo/../shared/bench/sim-10k.json
small=$repo/resources/examples/ai-platform-analytics-breach.json

checks=()
runs=220
while [ $# -gt 0 ]; do
  case $1 in
    kill) checks+=(kill); if [[ ${2:-} =~ ^[1-9][0-9]*$ ]]; then runs=$2; shift; fi ;;
    sockets) checks+=(sockets) ;;
    *) echo "usage: scripts/reliability.sh [kill [N]] [sockets]" >&2; exit 2 ;;
  esac
  shift
done
[ ${#checks[@]} -gt 0 ] || checks=(kill sockets)

bash "$repo/scripts/install-deps.sh" strace
bench_build weaklink-cli weaklink

nodes_in() {
  "$cli" info "$1" --json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["nodes"])' ||
    echo unreadable
}

temps_beside() {
  find "$(dirname "$1")" -maxdepth 1 -name ".$(basename "$1").*.tmp" | wc -l
}

check_kill() {
  local doc=$work/doc.weaklink big_nodes small_nodes window t0 t1
  big_nodes=$(nodes_in "$big")
  small_nodes=$(nodes_in "$small")
  # Kill anywhere from the start to half again the time a whole import of
  # the big model takes here, so that some imports finish.
  t0=$(now_us); "$cli" import "$big" -o "$doc"; t1=$(now_us)
  window=$(( (t1 - t0) * 3 / 2000 ))
  local old=0 new=0 bad=0 most=0 left
  for i in $(seq "$runs"); do
    # Always the other model, so that old and new can be told apart.
    local before from after
    before=$(nodes_in "$doc")
    if [ "$before" = "$big_nodes" ]; then from=$small; else from=$big; fi
    "$cli" import "$from" -o "$doc" 2>/dev/null &
    local pid=$!
    sleep "$(awk -v ms=$((RANDOM % window)) 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    after=$(nodes_in "$doc")
    if [ "$after" = "$before" ]; then
      old=$((old + 1))
    elif [ "$after" = "$big_nodes" ] || [ "$after" = "$small_nodes" ]; then
      new=$((new + 1))
    else
      bad=$((bad + 1))
      echo "run $i: the document reads as $after" >&2
    fi
    left=$(temps_beside "$doc")
    [ "$left" -gt "$most" ] && most=$left
  done
  "$cli" import "$small" -o "$doc"
  left=$(temps_beside "$doc")
  echo "kill: $runs imports killed within ${window} ms of their start; the document opened as the" \
    "old model $old times, as the new $new times, as neither $bad times; at most $most" \
    "temporary files beside it; $left after the next import"
  [ "$bad" = 0 ] && [ "$left" = 0 ]
}

check_sockets() {
  local doc=$work/s.weaklink log=$work/strace.log inet=0 failed=0 families=$work/families
  "$cli" import "$small" -o "$doc"
  local commands=(
    "$cli info $doc"
    "$cli import $small -o $work/s2.weaklink"
    "$cli export $doc -o $work/s.json"
    "$cli export $doc -o $work/s.dot"
    "$cli export $doc -o $work/s.svg"
    "$cli export $doc -o $work/s.png --overlay risk"
    "$cli export $doc -o $work/s.pdf"
    "$cli simulate $doc --trials 1000"
    "$cli rank $doc --by blast-radius --trials 100"
    "$cli layout $doc"
    "$cli snapshot $doc --name s --trials 100"
    "$cli diff $doc@s $doc --trials 100"
    "$cli report $doc -o $work/r.pdf --trials 100"
    "env QT_QPA_PLATFORM=offscreen $app $doc --screenshot $work/s.png"
  )
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086
    if ! strace -f -qq -e trace=socket,connect -o "$log" $c >/dev/null 2>&1; then
      echo "failed: $c" >&2
      failed=$((failed + 1))
    fi
    local n
    n=$(grep -cE 'socket\((AF_INET|AF_INET6|PF_INET)' "$log" || true)
    inet=$((inet + n))
    grep -oE 'socket\([A-Z_0-9]+' "$log" | cut -c8- >>"$families" || true
  done
  touch "$families"
  echo "sockets: ${#commands[@]} commands traced ($failed failed); sockets opened by family:" \
    "$(sort "$families" | uniq -c | xargs echo); internet sockets: $inet"
  [ "$inet" = 0 ] && [ "$failed" = 0 ]
}

status=0
for c in "${checks[@]}"; do
  "check_$c" || status=1
done
exit $status
