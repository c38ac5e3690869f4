#!/usr/bin/env bash
# Builds everything and runs the whole test suite (README: "Run the tests").
#
#   scripts/test.sh              in build/ (what CI runs)
#   scripts/test.sh --sanitize   built with AddressSanitizer and
#                                UndefinedBehaviorSanitizer in build-sanitize/;
#                                any finding fails the test that hit it
#                                (docs/RELIABILITY.md)
case "${1:-}" in
    "") ;;
    --sanitize)
        WEAKLINK_BUILD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-sanitize"
        WEAKLINK_CMAKE_ARGS=(-DWEAKLINK_SANITIZE=ON)
        ;;
    *)
        echo "usage: scripts/test.sh [--sanitize]" >&2
        exit 2
        ;;
esac
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cmake --build "$BUILD_DIR"
if [ "${1:-}" = --sanitize ]; then
    # Findings abort the process (the build has -fno-sanitize-recover);
    # Graphviz's own leaks are suppressed, quietly, so that the CLI's
    # standard error stays what the tests expect.
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
fi
cd "$BUILD_DIR"
ctest --output-on-failure -j "$(nproc)"
