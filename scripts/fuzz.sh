#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (docs/RELIABILITY.md): builds the
# targets in tests/fuzz with Clang, ASan and UBSan in build-fuzz/ and runs
# each for SECONDS (default 60). The corpus grows in build-fuzz/corpus/ from
# run to run, seeded with the shared example models, the benchmark models and
# the documents in tests/data. A crash, leak, hang or broken rule stops the
# run, with its input saved in build-fuzz/findings/.
#
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$repo/build-fuzz
seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*|0) echo "fuzz.sh: SECONDS must be a positive integer" >&2; exit 2 ;;
esac

bash "$repo/scripts/install-deps.sh"
bash "$repo/scripts/install-deps.sh" clang libclang-rt-14-dev
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEAKLINK_FUZZ=ON -DWEAKLINK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target fuzz_modeljson fuzz_document

shared=$repo/../shared
mkdir -p "$build/findings" "$build/corpus/modeljson" "$build/corpus/document" "$build/seeds/modeljson" \
  "$build/seeds/document"
cp "$repo"/resources/examples/*.json "$shared/bench/layout-200.json" "$build/seeds/modeljson/" 2>/dev/null || true
cp "$repo"/tests/data/*.weaklink "$build/seeds/document/"

export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0"
status=0
for target in modeljson document; do
  extra=()
  if [ $target = modeljson ]; then extra=(-dict="$repo/tests/fuzz/modeljson.dict"); fi
  echo "== fuzz_$target, $seconds s"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target-" "${extra[@]}" \
    "$build/corpus/$target" "$build/seeds/$target" 2>"$build/fuzz_$target.log" || status=1
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "$build/fuzz_$target.log" || true
  echo "corpus: $(ls "$build/corpus/$target" | wc -l) inputs"
done
[ $status = 0 ] && echo "no finding" || echo "FINDINGS: see $build/findings/ and $build/fuzz_*.log"
exit $status
