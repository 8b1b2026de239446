#!/usr/bin/env bash
# Installs what plancheck needs to build and test, from Debian's packages, and the schema
# tests' validator (ajv-cli) from the npm registry into .tools/.
# Idempotent: packages already present are left alone.
#   --with-fuzz     also install clang-14 and its libFuzzer/sanitizer runtimes (tests/fuzz/run.sh)
set -euo pipefail

packages=(
  cmake g++ make pkg-config time
  libyaml-dev libcli11-dev libfmt-dev libutf8proc-dev
  libxlsxwriter-dev libzip-dev libexpat1-dev  # export writes .xlsx; import reads it (a zip of XML files)
  libical-dev  # agenda --format ics writes the calendar with libical
  libedit-dev tmux  # log asks for an entry with libedit's line editing; the test types into it through tmux
  libpcre2-dev  # draft recognises quota sentences with PCRE2
  nlohmann-json3-dev libkainjow-mustache-dev doctest-dev cmark-gfm
  python3 git  # the tests read JUnit XML with python3 and try the pre-commit hook in a git repo
  python3-openpyxl  # the tests read exported workbooks and write workbooks to import with it
  python3-icalendar  # the tests read agenda --format ics with an independent parser
  help2man man-db dpkg-dev  # the man page (help2man), and the packaging tests (man -l, dpkg-shlibdeps)
  pandoc  # render -o FILE.docx runs it
  # The Word tests turn the .docx into a PDF (LibreOffice, fonts with Chinese glyphs) and read it back
  # (pdfinfo, pdftoppm).
  libreoffice-writer-nogui poppler-utils fonts-noto-cjk
  faketime  # the clock test runs plancheck at 02:00 on 1 July in Beijing
  # The dashboard test opens the HTML page in headless Chromium and reads its screenshots with Pillow
  # (scripts/dashboard-screenshot.sh makes docs/dashboard.png the same way).
  chromium python3-pil
)

for argument in "$@"; do
  case "$argument" in
    --with-pandoc) ;;  # pandoc is part of the normal set-up now
    --with-fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    *) echo "setup: unknown option $argument (known: --with-fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
# Node.js runs the schema tests' validator; a node that did not come from Debian is fine too.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# ajv-cli and yaml for the schema tests, from the npm registry into .tools/ (ignored by git);
# installed again only when tools/package-lock.json changes. Afterwards the tests run offline.
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! cmp -s "$root/tools/package-lock.json" "$root/.tools/package-lock.json" || [[ ! -x "$root/.tools/node_modules/.bin/ajv" ]]; then
  echo "setup: installing ajv-cli and yaml into .tools/" >&2
  mkdir -p "$root/.tools"
  cp "$root/tools/package.json" "$root/tools/package-lock.json" "$root/.tools/"
  (cd "$root/.tools" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
