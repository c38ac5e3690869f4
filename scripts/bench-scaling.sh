#!/usr/bin/env bash
# Scaling table (docs/PERFORMANCE.md, issue 16 item 6): each phase of the
# product as a whole `weaklink-cli` process on models of 1,000, 10,000 and
# 100,000 nodes of the benchmark shape (../shared/bench/README.md), with its
# wall time and peak resident memory, and the growth exponent between sizes
# (time ∝ nodes^k; 1 is linear).
#
# Usage: scripts/bench-scaling.sh [BUILD_DIR] [REPEATS]
#   BUILD_DIR  default $WEAKLINK_BUILD_DIR or ./build (built if needed)
#   REPEATS    runs per phase and size, default 5; medians are reported
# WEAKLINK_TIMEOUT (seconds, default 60) stops a run that takes longer (the
# table then says "> N s") and that phase on that size. The 1,000-node model is
# made with ../shared/bench/generate.py 1000 --seed 1000. Timings swing with
# other work on the machine: quote the load the script prints.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-${WEAKLINK_BUILD_DIR:-$repo/build}}")
source "$repo/scripts/bench-common.sh"
repeat=${2:-5}
timeout_s=${WEAKLINK_TIMEOUT:-60}
bench_dir=$(realpath "$repo/../shared/bench")
[ -x /usr/bin/time ] || { echo "bench-scaling.sh: /usr/bin/time is missing" >&2; exit 1; }

bench_build weaklink-cli
cli=$build/app/cli/weaklink-cli

python3 "$bench_dir/generate.py" 1000 "$work/sim-1k.json" --seed 1000 >/dev/null
cp "$bench_dir/sim-10k.json" "$bench_dir/sim-100k.json" "$work/"

echo "== machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "== load before: $(uptime | sed 's/.*load average: //')"

# run SIZE PHASE COMMAND...: one timed run, appended to $work/SIZE.PHASE as
# "seconds max-RSS-KiB"; a run stopped by the timeout is recorded as -1, and
# the phase is not run again on that size.
run() {
  local size=$1 phase=$2
  shift 2
  # Once a phase has reached the timeout on a size, it is not run again.
  if grep -qs '^-1 ' "$work/$size.$phase"; then
    return
  fi
  if /usr/bin/time -f "%e %M" -o "$work/last.time" timeout "$timeout_s" "$@" >/dev/null 2>"$work/last.err"; then
    cat "$work/last.time" >>"$work/$size.$phase"
  else
    rc=$?
    if [ "$rc" -eq 124 ]; then
      echo "-1 0" >>"$work/$size.$phase"
    else
      echo "bench-scaling.sh: $phase on $size failed (exit $rc):" >&2
      cat "$work/last.err" >&2
      exit 1
    fi
  fi
}

for size in 1k 10k 100k; do
  model=$work/sim-$size.json
  doc=$work/sim-$size.weaklink
  echo "== $size: $repeat runs of each phase"
  for r in $(seq "$repeat"); do
    rm -f "$doc"
    run "$size" import "$cli" import "$model" -o "$doc"
    run "$size" info "$cli" info "$doc"
    run "$size" simulate-1 "$cli" simulate "$doc" --annual --trials 1 -o "$work/out.json"
    run "$size" simulate-1000 "$cli" simulate "$doc" --annual --trials 1000 -o "$work/out.json"
    run "$size" rank "$cli" rank "$doc" --by concentration
  done
  # A picture: layout (dot up to 1,500 nodes, sfdp above) and drawing.
  for r in $(seq "$repeat"); do
    run "$size" export-svg "$cli" export "$doc" -o "$work/out.svg"
  done
done
echo "== load after: $(uptime | sed 's/.*load average: //')"
echo

python3 - "$work" "$repeat" "$timeout_s" <<'PY'
import math, statistics, sys

work, repeat, timeout_s = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sizes = [("1k", 1000), ("10k", 10000), ("100k", 100000)]
phases = [
    ("import", "import JSON -o DOC"),
    ("info", "info DOC (open)"),
    ("simulate-1", "simulate DOC, 1 trial"),
    ("simulate-1000", "simulate DOC, 1,000 trials"),
    ("beyond", "1,000 trials beyond opening"),
    ("rank", "rank DOC --by concentration"),
    ("export-svg", "export DOC -o .svg (layout)"),
]

def runs(size, phase):
    out = []
    for line in open(f"{work}/{size}.{phase}"):
        t, m = line.split()
        out.append((float(t), int(m)))
    return out

def figures(size, phase):
    """(median seconds or None if it timed out, peak MiB)"""
    if phase == "beyond":
        a, b = figures(size, "simulate-1000"), figures(size, "simulate-1")
        return (a[0] - b[0] if a[0] is not None and b[0] is not None else None, None)
    r = runs(size, phase)
    if any(t < 0 for t, _ in r):
        return (None, None)
    return (statistics.median(t for t, _ in r), max(m for _, m in r) / 1024)

def fmt_t(t):
    return f"> {timeout_s} s" if t is None else (f"{t * 1e3:.0f} ms" if t < 10 else f"{t:.1f} s")

def exponent(t1, t2, n1, n2):
    if t1 is None or t2 is None or t1 <= 0 or t2 <= 0:
        return "—"
    return f"{math.log(t2 / t1) / math.log(n2 / n1):.2f}"

print(f"| phase (median of {repeat}; peak RSS) | 1,000 nodes | 10,000 nodes | 100,000 nodes "
      "| k 1k→10k | k 10k→100k |")
print("|---|---:|---:|---:|---:|---:|")
for phase, label in phases:
    cells = []
    f = {s: figures(s, phase) for s, _ in sizes}
    for s, _ in sizes:
        t, m = f[s]
        cells.append(fmt_t(t) + (f", {m:.0f} MiB" if m is not None else ""))
    k1 = exponent(f["1k"][0], f["10k"][0], 1000, 10000)
    k2 = exponent(f["10k"][0], f["100k"][0], 10000, 100000)
    print(f"| {label} | " + " | ".join(cells) + f" | {k1} | {k2} |")
PY
