#!/usr/bin/env bash
# Installs what plancheck needs to build and test, from Debian's packages.
# Idempotent: packages already present are left alone.
#   --with-pandoc   also install pandoc (to turn briefings into Word files)
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libyaml-dev libcli11-dev libfmt-dev libutf8proc-dev
  nlohmann-json3-dev libkainjow-mustache-dev doctest-dev cmark-gfm
)

for argument in "$@"; do
  case "$argument" in
    --with-pandoc) packages+=(pandoc unzip zip) ;;
    *) echo "setup: unknown option $argument (known: --with-pandoc)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
