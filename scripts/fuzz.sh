#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (docs/RELIABILITY.md): builds the
# targets in tests/fuzz with Clang, ASan and UBSan in build-fuzz/ and runs
# each for SECONDS (default 60), two at a time. The corpus of each target
# grows in build-fuzz/corpus/ from run to run, seeded with the shared example
# models, the benchmark models, the documents in tests/data and the files of
# ../shared/corpus and tests/data/import. A crash, leak, hang or broken rule
# stops that target, with its input saved in build-fuzz/findings/.
#
# Usage: scripts/fuzz.sh [SECONDS [TARGET...]]
#   TARGET: modeljson document cyclonedx_json cyclonedx_xml csv xlsx
#           threat_dragon otm threagile dot (default: all)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$repo/build-fuzz
seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*|0) echo "fuzz.sh: SECONDS must be a positive integer" >&2; exit 2 ;;
esac
shift || true
all=(modeljson document cyclonedx_json cyclonedx_xml csv xlsx threat_dragon otm threagile dot)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

bash "$repo/scripts/install-deps.sh"
bash "$repo/scripts/install-deps.sh" clang libclang-rt-14-dev
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEAKLINK_FUZZ=ON -DWEAKLINK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target $(printf 'fuzz_%s ' "${targets[@]}")

shared=$repo/../shared
data=$repo/tests/data/import
seed() { # seed TARGET FILE...
  mkdir -p "$build/seeds/$1" "$build/corpus/$1"
  local t=$1; shift
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$build/seeds/$t/"; done
  return 0
}
seed modeljson "$repo"/resources/examples/*.json "$shared/bench/layout-200.json"
seed document "$repo"/tests/data/*.weaklink
seed cyclonedx_json "$shared"/corpus/cyclonedx/*.json "$data"/cyclonedx/*.json
seed cyclonedx_xml "$data"/cyclonedx/*.xml
seed xlsx $(find "$data/spreadsheets" -name '*.xlsx')
seed threat_dragon "$shared"/corpus/threat-dragon/*.json "$data"/threatmodels/*threatdragon*
seed otm "$shared"/corpus/otm/* "$data"/threatmodels/*otm*
seed threagile "$shared"/corpus/threagile/* "$data"/threatmodels/*threagile*
seed dot "$shared"/corpus/dot/* "$data"/dot/*
# CSV seeds: a folder's nodes, edges and data tables joined by 0x1e, as the
# target splits them.
mkdir -p "$build/seeds/csv" "$build/corpus/csv"
n=0
while IFS= read -r nodes; do
  dir=$(dirname "$nodes")
  { cat "$nodes"; printf '\036'; cat "$dir/edges.csv" 2>/dev/null || true; printf '\036'
    cat "$dir/data.csv" 2>/dev/null || true; } > "$build/seeds/csv/tables-$n"
  n=$((n + 1))
done < <(find "$data/spreadsheets" -name nodes.csv)
seed csv "$data/spreadsheets/subprocessors.csv"

max_len() {
  case $1 in
    modeljson|document|cyclonedx_json|xlsx) echo 65536 ;;
    *) echo 16384 ;;
  esac
}

export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0"
mkdir -p "$build/findings"
run() {
  local t=$1 extra=()
  if [ "$t" = modeljson ]; then extra=(-dict="$repo/tests/fuzz/modeljson.dict"); fi
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len="$(max_len "$t")" -print_final_stats=1 -artifact_prefix="$build/findings/$t-" \
    "${extra[@]}" "$build/corpus/$t" "$build/seeds/$t" >"$build/fuzz_$t.log" 2>&1
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pair=("${targets[@]:i:2}")
  pids=()
  for t in "${pair[@]}"; do run "$t" & pids+=($!); done
  for k in "${!pids[@]}"; do wait "${pids[$k]}" || { status=1; echo "FINDING in ${pair[$k]}"; }; done
  for t in "${pair[@]}"; do
    echo "== fuzz_$t, $seconds s, max_len $(max_len "$t")"
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "$build/fuzz_$t.log" || true
    echo "corpus: $(ls "$build/corpus/$t" | wc -l) inputs"
  done
done
[ $status = 0 ] && echo "no finding" || echo "FINDINGS: see $build/findings/ and $build/fuzz_*.log"
exit $status
