#!/usr/bin/env bash
# Builds the libFuzzer targets with ASan and UBSan (clang-14, in build-fuzz/) and runs each one
# for SECONDS, one after the other.
#   bash tests/fuzz/run.sh 360                  # every target, 6 minutes each
#   bash tests/fuzz/run.sh 600 workspace dates  # chosen targets
# Targets: plan_loader log_loader yaml_fast_path workspace template_render dates plan_draft template_partials
# output_target (see tests/fuzz/targets.h).
# Seeds come from tests/fixtures, tests/bad, plans/fao-2022, templates and tests/fuzz/seeds; the
# corpus each run grows is kept in build-fuzz/corpus/TARGET for the next run. A crash, leak,
# timeout (10 s) or out-of-memory (2 GB) stops that target and leaves the input in
# build-fuzz/findings/TARGET/; the script then exits 1. Keep each such input, once fixed, in
# tests/fuzz/regressions/TARGET/, where the normal test suite replays it (tests/fuzz/replay_test.cc).
# Replay one input: build-fuzz/tests/fuzz/fuzz_TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
all=(plan_loader log_loader yaml_fast_path workspace template_render dates plan_draft template_partials output_target)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

command -v clang++-14 >/dev/null && [[ -n $(find /usr/lib/llvm-14 -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null) ]] ||
  bash scripts/setup.sh --with-fuzz

build=${FUZZ_BUILD_DIR:-build-fuzz}
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" \
  -DBUILD_TESTING=OFF -DPLANCHECK_FUZZ=ON >/dev/null
cmake --build "$build" -j"${JOBS:-1}" --target "${targets[@]/#/fuzz_}" >/dev/null

# Seed corpora, made afresh from the repository's files.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{plan_loader,log_loader,yaml_fast_path,workspace,template_render,dates,plan_draft,template_partials,output_target}
copy() {  # copy TARGET FILE...: each file under a name unique in the folder
  local target=$1 file
  shift
  for file in "$@"; do cp "$file" "$seeds/$target/$(echo "$file" | tr '/' '_')"; done
}
copy plan_loader plans/fao-2022/plan.yaml src/write/starter/plan.yaml tests/fixtures/*/plan.yaml \
  tests/fixtures/schema-invalid/plans/*.yaml $(find tests/bad -name '*plan*' -type f 2>/dev/null)
copy log_loader plans/fao-2022/log/*.yaml $(find tests/fixtures -path '*log*' -name '*.y*ml' -type f) \
  $(find tests/bad -name '*log*' -type f 2>/dev/null)
cp "$seeds"/log_loader/* "$seeds/yaml_fast_path/"
copy template_render templates/*.mustache
copy template_partials templates/*.mustache
copy dates tests/fuzz/seeds/dates/*
copy plan_draft tests/fixtures/plan-documents/*
# workspace: each fixture plan with its log files, joined by @@log@@ lines (at most 64 kB).
for plan in plans/fao-2022/plan.yaml tests/fixtures/*/plan.yaml; do
  dir=$(dirname "$plan")
  name=$(echo "$dir" | tr '/' '_')
  i=0
  for log in $(find "$dir" -path '*log*' -name '*.y*ml' -type f | sort); do
    { cat "$plan"; printf '\n@@log@@\n'; cat "$log"; } | head -c 65536 >"$seeds/workspace/$name-$((i++))"
  done
  # The plan's logs must be the scratch folder's log/ (the fuzzer writes the logs there).
  sed -i 's/^  logs: .*$/  logs: [log]/' "$seeds/workspace/$name"-* 2>/dev/null || true
done

# FUZZ_KEEP_GOING=1: run each target for all of SECONDS, collecting every crash, timeout and OOM
# instead of stopping at the first (libFuzzer's fork mode).
keep_going=()
[[ ${FUZZ_KEEP_GOING:-0} == 1 ]] && keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)

status=0
mkdir -p "$build/logs"
for target in "${targets[@]}"; do
  case $target in
    plan_loader | log_loader | yaml_fast_path | workspace) options=(-dict=tests/fuzz/yaml.dict -max_len=65536) ;;
    template_render) options=(-dict=tests/fuzz/mustache.dict -max_len=16384) ;;
    dates) options=(-max_len=64) ;;
    plan_draft) options=(-max_len=16384) ;;
    template_partials) options=(-dict=tests/fuzz/mustache.dict -max_len=16384) ;;
    output_target) options=(-max_len=256) ;;
    *) echo "fuzz: unknown target $target (known: ${all[*]})" >&2; exit 2 ;;
  esac
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings" "tests/fuzz/regressions/$target"
  echo "fuzz: $target for ${seconds}s (log: $build/logs/$target.log)" >&2
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_$target" "${options[@]}" ${keep_going[@]+"${keep_going[@]}"} -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds/$target" "tests/fuzz/regressions/$target" \
    >"$build/logs/$target.log" 2>&1 && [[ -z $(ls -A "$findings") ]]; then
    grep -E '^#[0-9]+' "$build/logs/$target.log" | tail -1 >&2 || true
  else
    status=1
    echo "fuzz: $target FOUND A PROBLEM; input(s) in $findings/:" >&2
    ls "$findings" >&2
    grep -E 'ERROR|SUMMARY|invariant broken|runtime error|terminate' "$build/logs/$target.log" | head -5 >&2 || true
  fi
done
exit $status
