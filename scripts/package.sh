#!/usr/bin/env bash
# Builds plancheck for release into build-deb/ and packs it as a Debian package (CPack, see
# cmake/packaging.cmake): build-deb/plancheck_VERSION_ARCH.deb. Install it with
#   sudo apt install ./build-deb/plancheck_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-deb -j"$(nproc)"
(cd build-deb && cpack -G DEB >/dev/null)
ls "$PWD"/build-deb/plancheck_*.deb
