#!/usr/bin/env bash
# The man page built from the program's help (packaging/man-page.sh): it names every command and
# their options, and man renders it.
#   tests/packaging/man_page_test.sh PROGRAM BUILD_DIR/plancheck.1
set -uo pipefail
program=$1
page=$2
passed=0 failed=0
expect() {  # expect DESCRIPTION COMMAND…: counts a pass when COMMAND succeeds
  local description=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description" >&2; fi
}

if [[ ! -s $page ]]; then
  echo "FAILED: no man page at $page (is help2man installed? bash scripts/setup.sh installs it)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$page" 2>&1)
expect "man -l renders the page" test $? -eq 0
expect "the page has NAME, SYNOPSIS, COMMANDS and EXAMPLES" \
  bash -c 'for s in NAME SYNOPSIS OPTIONS COMMANDS EXAMPLES FILES; do grep -qx "$s" <<<"$1" || exit 1; done' _ "$rendered"
for command in $("$program" complete -- ""); do
  expect "the page has a section on plancheck $command" grep -q "^   plancheck $command\$" <<<"$rendered"
  expect "the page shows the example of $command" grep -q "^ *plancheck $command " <<<"$rendered"
done
for option in --as-of --fail-on --who --item --activity --by --template --month --dry-run --title; do
  expect "the page documents $option" grep -q -- "^ *\\(-[a-z],\\)\\?$option\\( \\|$\\)" <<<"$rendered"
done
expect "Chinese in the help text survives" grep -q "ledger (台账)" <<<"$rendered"
expect "the hidden complete command is not in it" bash -c '! grep -q "plancheck complete" <<<"$1"' _ "$rendered"

echo "$passed passed, $failed failed"
((failed == 0))
