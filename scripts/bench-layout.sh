#!/usr/bin/env bash
# Layout benchmark (docs/PERFORMANCE.md): `weaklink-cli layout DOC --engine
# dot`, a whole process that opens the document, lays it out by organisation
# (docs/LAYOUT.md) and saves it, against Graphviz's own `dot -Tplain` on the
# DOT file that `weaklink-cli export` writes for the same model (one cluster
# per organisation), run side by side; then layout::computeLayout in-process
# (bench_layout, with the count of overlapping organisation boxes) on the
# larger models.
#
# Usage: scripts/bench-layout.sh [BUILD_DIR] [REPEATS]
#   BUILD_DIR  default $WEAKLINK_BUILD_DIR or ./build (configured with Ninja
#              and built if needed)
#   REPEATS    timed runs per figure, default 5; the median is reported
# WEAKLINK_BENCH_MODELS overrides the raced models (default layout-200,
# layout-1k and layout-2k); WEAKLINK_BENCH_INPROCESS the in-process ones
# (default layout-5k), each a space-separated list of paths. Last, the
# layout helper (docs/LAYOUT.md): in-process against the same layout through
# `weaklink-cli __layout`, on layout-1k (which the app lays out in-process:
# its Graphviz runs are small) and on layout-1k with every node in one
# organisation (one dot run on 1,000 nodes, which the app sends to the
# helper); WEAKLINK_BENCH_HELPER overrides the models.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-${WEAKLINK_BUILD_DIR:-$repo/build}}")
source "$repo/scripts/bench-common.sh"
repeat=${2:-5}
bench_dir=$repo/../shared/bench
models=${WEAKLINK_BENCH_MODELS:-"$bench_dir/layout-200.json $bench_dir/layout-1k.json $bench_dir/layout-2k.json"}
inprocess=${WEAKLINK_BENCH_INPROCESS:-"$bench_dir/layout-5k.json"}
helper_models=${WEAKLINK_BENCH_HELPER:-"$bench_dir/layout-1k.json $work/layout-1k-one-org.json"}

case $repeat in
  ''|*[!0-9]*|0) echo "bench-layout.sh: REPEATS must be a positive integer" >&2; exit 2 ;;
esac
command -v dot >/dev/null || { echo "bench-layout.sh: Graphviz dot is missing" >&2; exit 1; }

bench_build bench_layout weaklink-cli
bench=$build/tests/benchmarks/bench_layout
cli=$build/app/cli/weaklink-cli


ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== weaklink-cli layout --engine dot vs dot -Tplain, median of $repeat, $(dot -V 2>&1)"
printf '%-18s %6s %6s %12s %12s %7s\n' model nodes edges "weaklink ms" "dot ms" ratio
for model in $models; do
  name=$(basename "$model" .json)
  "$cli" import "$model" -o "$work/$name.weaklink"
  "$cli" export "$model" -o "$work/$name.dot"
  counts=$("$cli" info "$work/$name.weaklink" --json | python3 -c \
    'import json, sys; i = json.load(sys.stdin); print(i["nodes"], i["edges"])')

  ours=()
  theirs=()
  for i in $(seq "$repeat"); do
    # A fresh copy of the document every time, made outside the timer, so
    # that every run starts from the same file (layout rewrites it).
    cp "$work/$name.weaklink" "$work/run.weaklink"
    run_ours() {
      local t0 t1
      t0=$(now_us); "$cli" layout "$work/run.weaklink" --engine dot; t1=$(now_us)
      ours+=($((t1 - t0)))
    }
    run_dot() {
      local t0 t1
      t0=$(now_us); dot -Tplain "$work/$name.dot" >/dev/null 2>&1; t1=$(now_us)
      theirs+=($((t1 - t0)))
    }
    # Alternate which goes first, so that neither always meets a warmer
    # cache or a quieter machine.
    if [ $((i % 2)) -eq 1 ]; then run_ours; run_dot; else run_dot; run_ours; fi
  done

  read -r nodes edges <<<"$counts"

  ours_ms=$(printf '%s\n' "${ours[@]}" | median_ms)
  dot_ms=$(printf '%s\n' "${theirs[@]}" | median_ms)
  printf '%-18s %6s %6s %12s %12s %7s\n' "$name" "$nodes" "$edges" "$ours_ms" "$dot_ms" \
    "$(ratio "$ours_ms" "$dot_ms")"
done
echo "load average after the race: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== layout::computeLayout in-process (bench_layout), $repeat repeats"
echo "model engine nodes edges median_ms min_ms median_cpu_ms width_pt height_pt org_overlaps"
# One process per engine: sfdp measured 6.3 s instead of 3.5 s after five
# dot layouts of layout-5k in the same process.
for engine in sfdp dot; do
  # shellcheck disable=SC2086
  "$bench" $inprocess --engine "$engine" --repeat "$repeat"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
python3 - "$bench_dir/layout-1k.json" "$work/layout-1k-one-org.json" <<'PY'
import json, sys
model = json.load(open(sys.argv[1], encoding="utf-8"))
for node in model["nodes"]:
    node["organization"] = "One"
json.dump(model, open(sys.argv[2], "w", encoding="utf-8"))
PY
echo "== in-process vs the layout helper (bench_layout --helper), $repeat repeats"
echo "model engine nodes edges median_ms min_ms median_cpu_ms width_pt height_pt org_overlaps"
# shellcheck disable=SC2086
"$bench" $helper_models --engine dot --repeat "$repeat" --helper "$cli"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
