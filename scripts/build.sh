#!/usr/bin/env bash
# Configures and builds mojoc with Ninja into ${BUILD_DIR:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
BUILD_TYPE="${BUILD_TYPE:-Release}"
gen=()
command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
cmake -S . -B "$BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
  -DPython3_EXECUTABLE=/usr/bin/python3
cmake --build "$BUILD_DIR" -j "${JOBS:-$(nproc)}"
