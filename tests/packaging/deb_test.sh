#!/usr/bin/env bash
# cmake --install and the Debian package, from an already built build folder (the tests' own, so
# nothing is compiled again): the files land in the usual places, the .deb lists them and its
# runtime libraries, and the program unpacked from it (dpkg -x, no root needed) works: --version,
# check on a copy of the seed plan, init, its man page and its bash completion.
#   tests/packaging/deb_test.sh BUILD_DIR      (run from the project root)
set -uo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
expect() {  # expect DESCRIPTION COMMAND…: counts a pass when COMMAND succeeds
  local description=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description" >&2; fi
}
installed_files=(
  bin/plancheck
  share/bash-completion/completions/plancheck
  share/zsh/vendor-completions/_plancheck
  share/man/man1/plancheck.1.gz
  share/plancheck/templates/monthly-briefing.md.mustache
  share/plancheck/templates/person-summary.md.mustache
  share/plancheck/schema/plan.schema.json
  share/plancheck/schema/log.schema.json
  share/doc/plancheck/README.md
  share/doc/plancheck/copyright
)

# cmake --install
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1
expect "cmake --install succeeds" test $? -eq 0
for file in "${installed_files[@]}"; do expect "cmake --install writes $file" test -s "$tmp/prefix/$file"; done

# The package
if ! cpack --config "$build/CPackConfig.cmake" -B "$tmp/package" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "$passed passed, $((failed + 1)) failed"
  exit 1
fi
deb=$(echo "$tmp"/package/plancheck_*.deb)
expect "cpack writes plancheck_VERSION_ARCH.deb" test -s "$deb"
listing=$(dpkg-deb -c "$deb")
for file in "${installed_files[@]}"; do expect "the .deb holds /usr/$file" grep -q " \./usr/$file\$" <<<"$listing"; done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libfmt9 libstdc++6 libutf8proc2 libxlsxwriter4 libzip4 libexpat1 libyaml-0-2 libical3; do
  expect "the .deb depends on $library ($depends)" grep -q "\\b$library\\b" <<<"$depends"
done

# The program as the .deb installs it
dpkg -x "$deb" "$tmp/root"
program=$tmp/root/usr/bin/plancheck
expect "--version names the package's version" \
  test "$("$program" --version)" = "plancheck $(dpkg-deb -f "$deb" Version)"
cp -r plans/fao-2022 "$tmp/seed"
(cd "$tmp/seed" && "$program" check plan.yaml --as-of 2022-06-30 >"$tmp/check.out" 2>&1)
expect "check on the seed plan exits 1 (overdue quotas)" test $? -eq 1
expect "check prints the gap report" grep -q "差距报告，截至 2022-06-30" "$tmp/check.out"
(cd "$tmp/seed" && "$program" render plan.yaml --month 2022-06 >"$tmp/briefing.md" 2>&1)
expect "render finds the installed monthly briefing template without --template" test $? -eq 0
expect "render writes the briefing" grep -q "# 机关党建工作简报" "$tmp/briefing.md"
"$program" init "$tmp/office" --title 测试要点 --start 2025-01-01 --end 2025-12-31 >/dev/null
expect "init starts a plan repo" test $? -eq 0
expect "init writes the templates" test -s "$tmp/office/templates/monthly-briefing.md.mustache"
"$program" check "$tmp/office/plan.yaml" --as-of 2025-01-01 >/dev/null 2>&1
expect "check works on the new plan" test $? -lt 2
expect "man renders the installed page" \
  bash -c 'LC_ALL=C.UTF-8 man -l "$1" 2>/dev/null | grep -q "plancheck check"' _ "$tmp/root/usr/share/man/man1/plancheck.1.gz"
completion=$(PATH="$tmp/root/usr/bin:$PATH" bash --norc -c '
  source "$1"; cd "$2"; COMP_WORDS=(plancheck check plan.yaml --who 刘); COMP_CWORD=4; _plancheck
  printf "%s\n" "${COMPREPLY[@]}"' _ "$tmp/root/usr/share/bash-completion/completions/plancheck" "$tmp/seed")
expect "the installed bash completion offers the plan's people" test "$completion" = "刘振华"

echo "$passed passed, $failed failed"
((failed == 0))
