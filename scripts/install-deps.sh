#!/usr/bin/env bash
# Installs what mojoc needs to build and test, on Debian 12 (run as root).
#   bash scripts/install-deps.sh             # the C++ toolchain and libraries
#   bash scripts/install-deps.sh --with-hip  # also hipcc (about 650 MiB; optional)
# CUDA is not installed here: nvcc comes from the image at /usr/local/cuda
# (the nvcc_core test is skipped where it is absent).
set -euo pipefail

with_hip=0
for arg in "$@"; do
  case "$arg" in
    --with-hip) with_hip=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps.sh: run as root (or install sudo)" >&2; exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
  build-essential cmake ninja-build g++ clang \
  libboost-dev libfmt-dev libeigen3-dev doctest-dev \
  python3 python3-dev python3-numpy libomp-dev ccache
$SUDO apt-get install -y --no-install-recommends pypy3 python3-numba libopenblas0-pthread  # bench/ only: the PyPy, Numba and OpenBLAS baselines
if [ "$with_hip" = 1 ]; then
  $SUDO apt-get install -y --no-install-recommends hipcc libamdhip64-dev
fi
