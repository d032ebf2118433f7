#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every
# test with ctest. Extra arguments go to CMake's configure step.
#   BUILD_DIR=build-asan ./scripts/test.sh -DIROI_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DIROI_WERROR=ON "$@"
cmake --build "$build_dir" -j"${JOBS:-2}"
# Tests that need a display get QT_QPA_PLATFORM=offscreen from CMake; ctest's summary is the last line.
ctest --test-dir "$build_dir" --output-on-failure -j"${JOBS:-2}"
