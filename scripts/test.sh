#!/usr/bin/env bash
# Builds mojoc and runs every test (unit, programs, errors, clang warnings,
# nvcc, CMake consumer) through ctest.  The last line is ctest's summary.
# If the build fails, the tests that could be built still run (so the
# summary shows what works), and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
build_status=0
bash scripts/build.sh || build_status=$?
if [ ! -f "$BUILD_DIR/CTestTestfile.cmake" ]; then
  echo "test.sh: configure failed; no tests to run" >&2
  exit 1
fi
if [ "$build_status" -ne 0 ]; then
  echo "test.sh: the build failed (exit $build_status); running the tests that were built" >&2
  keep_going=(-- -k)
  [ -f "$BUILD_DIR/build.ninja" ] && keep_going=(-- -k 0)
  cmake --build "$BUILD_DIR" -j "${JOBS:-$(nproc)}" "${keep_going[@]}" >/dev/null 2>&1 || true
fi
cd "$BUILD_DIR"
test_status=0
ctest --output-on-failure -j "${JOBS:-2}" "$@" || test_status=$?
if [ "$build_status" -ne 0 ]; then exit "$build_status"; fi
exit "$test_status"
