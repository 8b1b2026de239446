#!/usr/bin/env bash
# Builds plancheck and runs the whole test suite (unit and end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
