#!/usr/bin/env bash
# Builds plancheck in Release and measures it on generated ledgers of 10k, 100k and 1M entries, of
# each shape (block style; one-line flow mappings; 10% exact repeats; 10% entries with for:), next to
# the time to merely read the files and to Debian's ledger and hledger on a journal of the same
# transactions, all in the same run.
#   bash bench/run.sh                     # all sizes
#   bash bench/run.sh 10000               # chosen sizes
#   BUILD_DIR=build bash bench/run.sh 10000   # use an existing build (CI's smoke run)
#   PEERS=no bash bench/run.sh            # without ledger and hledger
#   PEERS_UP_TO=1000000 bash bench/run.sh # the peers at every size (hledger needs minutes at 1M)
# Prints a Markdown table: command, shape, entries, bytes, wall seconds, peak RSS, MB/s, and for
# the peers their time over plancheck check's on the same entries; then the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)
peers_up_to=${PEERS_UP_TO:-200000}

build=${BUILD_DIR:-build-release}
if [[ -z ${BUILD_DIR:-} ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" --target plancheck plancheck_bench_generate >/dev/null
fi
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

# ledger and hledger from Debian, when wanted and installable (the run goes on without them).
if [[ ${PEERS:-yes} != no && -z ${BUILD_DIR:-} ]] && { ! command -v ledger || ! command -v hledger; } >/dev/null; then
  sudo=
  ((EUID == 0)) || sudo=sudo
  $sudo apt-get install -y ledger hledger >/dev/null 2>&1 || echo "bench: ledger and hledger not installed" >&2
fi

# Runs a command, discarding its output, and prints "seconds peak_kilobytes".
measure() {
  local report
  report=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$report" "$@" >/dev/null 2>&1 || true
  cat "$report"
  rm -f "$report"
}

# One row; $7 (optional) is the time to compare with, for the ratio column.
row() {
  awk -v n="$1" -v shape="$2" -v e="$3" -v b="$4" -v s="$5" -v k="$6" -v base="${7:-}" 'BEGIN {
    rate = s > 0 ? b / 1048576 / s : 0
    ratio = base != "" && base > 0 ? sprintf("%.1f×", s / base) : ""
    printf "| %s | %s | %d | %d | %.2f | %.0f | %.0f | %s |\n", n, shape, e, b, s, k / 1024, rate, ratio }'
}

# A ledger journal of the same entries: each a transaction of 1 to its activity's account, and a
# monthly budget of 1 per activity, for `ledger budget` and `hledger balance --budget`.
write_journal() {
  awk '
    BEGIN { print "~ Monthly\n    Expenses:支委会  1\n    Expenses:党员大会  1\n    Expenses:党小组会  1\n    Expenses:主题党日  1\n    Assets:Budget\n" }
    /^- date: / { date = $3 }
    /^  activity: / { activity = $2 }
    /^  by: / { printf "%s %s\n    Expenses:%s  1\n    Assets:Cash\n\n", date, $2, activity }
  ' "$1"/log/*.yaml
}

declare -A shape_options=([block]="" [flow]="--flow" [repeats]="--repeats 10" [for]="--for 10")
shapes=(block flow repeats for)

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
printf '| command | shape | entries | bytes | wall s | peak RSS MB | MB/s | × plancheck check |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
for size in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    data=bench/data/$shape-$size
    # shellcheck disable=SC2086
    [[ -f $data/plan.yaml ]] || "$build/plancheck_bench_generate" "$size" "$data" ${shape_options[$shape]}
    bytes=$(cat "$data"/log/*.yaml | wc -c)
    end=$(sed -n 's/^  end: //p' "$data/plan.yaml")
    month=${end:0:7}
    declare -A commands=(
      [read]="cat $data/log/*.yaml"
      [check]="$build/plancheck check $data/plan.yaml --as-of $end --fail-on never"
      [status]="$build/plancheck status $data/plan.yaml --as-of $end --format json"
      [render]="$build/plancheck render $data/plan.yaml --template templates/monthly-briefing.md.mustache --month $month"
      [export]="$build/plancheck export $data/plan.yaml --to $end --format xlsx -o $data/export.xlsx"
    )
    names=(check status)
    [[ $shape == block ]] && names=(read check status render)
    # The workbook takes long (about 25 s at 100k on a busy machine): measured up to 100k only.
    [[ $shape == block ]] && ((size <= 100000)) && names+=(export)
    for name in "${names[@]}"; do
      # shellcheck disable=SC2086
      read -r seconds kilobytes < <(measure ${commands[$name]})
      row "$name" "$shape" "$size" "$bytes" "$seconds" "$kilobytes"
      [[ $name == check && $shape == block ]] && check_seconds=$seconds
    done
    rm -f "$data/export.xlsx"
  done
  # The peers, on the block shape's entries.
  if [[ ${PEERS:-yes} != no ]] && ((size <= peers_up_to)) && command -v ledger >/dev/null; then
    journal=bench/data/block-$size/journal.ledger
    [[ -f $journal ]] || write_journal "bench/data/block-$size" >"$journal"
    jbytes=$(wc -c <"$journal")
    read -r seconds kilobytes < <(measure ledger -f "$journal" budget)
    row "ledger budget" journal "$size" "$jbytes" "$seconds" "$kilobytes" "$check_seconds"
    if command -v hledger >/dev/null; then
      read -r seconds kilobytes < <(measure hledger -f "$journal" balance --budget -M)
      row "hledger balance --budget" journal "$size" "$jbytes" "$seconds" "$kilobytes" "$check_seconds"
    fi
  fi
done
printf '\nLoad average (1, 5, 15 min) at the start: %s; at the end: %s; %s cores.\n' "$load_at_start" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
