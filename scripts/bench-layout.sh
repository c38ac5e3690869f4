#!/usr/bin/env bash
# Layout benchmark (docs/PERFORMANCE.md): `weaklink-cli layout DOC --engine
# dot`, a whole process that opens the document, lays it out through the
# Graphviz library and saves it, against Graphviz's own `dot -Tplain` on the
# DOT file that `weaklink-cli export` writes for the same model, run side by
# side; then layout::computeLayout in-process (bench_layout) on the larger
# models.
#
# Usage: scripts/bench-layout.sh [BUILD_DIR] [REPEATS]
#   BUILD_DIR  default $WEAKLINK_BUILD_DIR or ./build (configured with Ninja
#              and built if needed)
#   REPEATS    timed runs per figure, default 5; the median is reported
# WEAKLINK_BENCH_MODELS overrides the raced models (default layout-200,
# layout-1k and layout-2k); WEAKLINK_BENCH_INPROCESS the in-process ones
# (default layout-5k), each a space-separated list of paths.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-${WEAKLINK_BUILD_DIR:-$repo/build}}")
source "$repo/scripts/bench-common.sh"
repeat=${2:-5}
bench_dir=$repo/../shared/bench
models=${WEAKLINK_BENCH_MODELS:-"$bench_dir/layout-200.json $bench_dir/layout-1k.json $bench_dir/layout-2k.json"}
inprocess=${WEAKLINK_BENCH_INPROCESS:-"$bench_dir/layout-5k.json"}

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

  # The race ends at the same place: both placed every node, at the same
  # positions up to a translation (dot -Tplain prints inches with 5
  # significant digits, hence the tolerance).
  read -r nodes edges <<<"$counts"
  "$cli" export "$work/run.weaklink" -o "$work/check.json"
  dot -Tplain "$work/$name.dot" >"$work/check.plain" 2>/dev/null
  python3 - "$work/check.json" "$work/check.plain" "$nodes" <<'PY'
import json, math, sys

model = json.load(open(sys.argv[1]))
ours = {n["id"]: (n["x"], n["y"]) for n in model["nodes"] if "x" in n}
theirs, height = {}, 0.0
for line in open(sys.argv[2]):
    f = line.split()
    if f[0] == "graph":
        height = float(f[3])
    elif f[0] == "node":
        theirs[f[1]] = (float(f[2]), height - float(f[3]))  # inches, y down
if not (len(ours) == len(theirs) == int(sys.argv[3])):
    sys.exit(f"placed: weaklink {len(ours)}, dot {len(theirs)} of {sys.argv[3]} nodes")

def ulp(v):  # the last printed digit of %.5g, in points
    return 72 * 10 ** (math.floor(math.log10(abs(v))) - 4) if v else 0.0

for axis in (0, 1):
    diffs = sorted(ours[k][axis] - 72 * theirs[k][axis] for k in ours)
    shift = diffs[len(diffs) // 2]
    for k in ours:
        off = abs(ours[k][axis] - 72 * theirs[k][axis] - shift)
        if off > ulp(theirs[k][axis]) + ulp(height) + 1.0:
            sys.exit(f"{k}: weaklink and dot differ by {off:.1f} pt")
PY

  ours_ms=$(printf '%s\n' "${ours[@]}" | median_ms)
  dot_ms=$(printf '%s\n' "${theirs[@]}" | median_ms)
  printf '%-18s %6s %6s %12s %12s %7s\n' "$name" "$nodes" "$edges" "$ours_ms" "$dot_ms" \
    "$(ratio "$ours_ms" "$dot_ms")"
done
echo "target: ratio <= 1.2"
echo "load average after the race: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== layout::computeLayout in-process (bench_layout), $repeat repeats"
echo "model engine nodes edges median_ms min_ms median_cpu_ms width_pt height_pt"
# One process per engine: sfdp measured 6.3 s instead of 3.5 s after five
# dot layouts of layout-5k in the same process.
for engine in sfdp dot; do
  # shellcheck disable=SC2086
  "$bench" $inprocess --engine "$engine" --repeat "$repeat"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
