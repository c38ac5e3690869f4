#!/usr/bin/env bash
# Builds everything and runs the whole test suite (README: "Run the tests").
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cmake --build "$BUILD_DIR"
cd "$BUILD_DIR"
ctest --output-on-failure -j "$(nproc)"
