#!/usr/bin/env bash
# Builds plancheck in Release and measures check, status and render on generated ledgers of
# 10k, 100k and 1M entries, next to the time to merely read the files, all in the same run.
#   bash bench/run.sh                     # all sizes
#   bash bench/run.sh 10000               # chosen sizes
#   BUILD_DIR=build bash bench/run.sh 10000   # use an existing build (CI's smoke run)
# Prints a Markdown table: entries, bytes, wall seconds, peak RSS, MB/s.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)

build=${BUILD_DIR:-build-release}
if [[ -z ${BUILD_DIR:-} ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" --target plancheck plancheck_bench_generate >/dev/null
fi
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

# Runs a command, discarding its output, and prints "seconds peak_kilobytes".
measure() {
  local report
  report=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$report" "$@" >/dev/null 2>&1 || true
  cat "$report"
  rm -f "$report"
}

printf '| command | entries | bytes | wall s | peak RSS MB | MB/s |\n|---|---:|---:|---:|---:|---:|\n'
for size in "${sizes[@]}"; do
  data=bench/data/$size
  [[ -f $data/plan.yaml ]] || "$build/plancheck_bench_generate" "$size" "$data"
  bytes=$(cat "$data"/log/*.yaml | wc -c)
  end=$(sed -n 's/^  end: //p' "$data/plan.yaml")
  month=${end:0:7}
  declare -A commands=(
    [read]="cat $data/log/*.yaml"
    [check]="$build/plancheck check $data/plan.yaml --as-of $end --fail-on never"
    [status]="$build/plancheck status $data/plan.yaml --as-of $end --format json"
    [render]="$build/plancheck render $data/plan.yaml --template templates/monthly-briefing.md.mustache --month $month"
  )
  for name in read check status render; do
    # shellcheck disable=SC2086
    read -r seconds kilobytes < <(measure ${commands[$name]})
    awk -v n="$name" -v e="$size" -v b="$bytes" -v s="$seconds" -v k="$kilobytes" 'BEGIN {
      rate = s > 0 ? b / 1048576 / s : 0
      printf "| %s | %d | %d | %.2f | %.0f | %.0f |\n", n, e, b, s, k / 1024, rate }'
  done
done
