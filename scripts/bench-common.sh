# Shared by the bench-*.sh scripts; sourced after they set $repo and $build.

# Configures $build (Ninja, RelWithDebInfo) if it is new and builds the
# targets given.
bench_build() {
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -G Ninja -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  cmake --build "$build" --target "$@" >/dev/null
}

# Median of microsecond figures on stdin, printed in milliseconds.
median_ms() {
  sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# A scratch folder in $work, removed when the script exits.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
