#!/usr/bin/env bash
# Builds plancheck and its tests with AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer into build-asan/ and runs the whole test suite there. The end-to-end
# tests run the sanitized plancheck binary, so every command they try is checked too. Any report,
# from the tests or from a plancheck process they started, fails the run.
#   bash scripts/test-sanitizers.sh
# CI runs it after the normal tests (.ci/run). SANITIZE_BUILD_DIR changes the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build=${SANITIZE_BUILD_DIR:-build-asan}
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
  -DCMAKE_SHARED_LINKER_FLAGS="$flags" -DCMAKE_MODULE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$build" -j"$(nproc)"

# Every process writes its reports to a file of its own here (as well as failing); plancheck
# sometimes runs as another user in the tests, hence the open mode.
reports="$PWD/$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
chmod 1777 "$reports"
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan:exitcode=86:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="exitcode=87"
status=0
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" || status=$?
# The tests SIGKILL writers at random moments. A kill that lands while LeakSanitizer checks a
# process at its exit leaves "Unable to get registers from thread N" (its helper lost the
# process), or an empty file when the helper was killed too: no report of a problem, so such
# files are listed and not counted.
for file in "$reports"/*; do
  [[ -e $file ]] || continue
  if ! grep -qv 'Unable to get registers from thread' "$file"; then
    echo "test-sanitizers: note: $(basename "$file"): leak check of a killed process cut short" >&2
    rm -f "$file"
  fi
done
if compgen -G "$reports/*" >/dev/null; then
  echo "test-sanitizers: sanitizer reports:" >&2
  cat "$reports"/* >&2
  status=1
fi
exit $status
