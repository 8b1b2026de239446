#!/usr/bin/env bash
# Makes docs/dashboard.png, the picture of the HTML dashboard in README.md: the seed plan's status
# page on 2022-06-30, as headless Chromium draws it 1280 pixels wide (the browser test does the same
# at 1280 and 390 pixels and checks what it sees).
#   scripts/dashboard-screenshot.sh [PLANCHECK]   (default: build/plancheck)
set -euo pipefail
cd "$(dirname "$0")/.."
plancheck="${1:-build/plancheck}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$plancheck" status plans/fao-2022/plan.yaml --as-of 2022-06-30 --format html -o "$scratch/dashboard.html"
chromium --headless --disable-gpu --no-sandbox --no-first-run --hide-scrollbars --user-data-dir="$scratch/profile" \
  --window-size=1280,1500 --screenshot="$PWD/docs/dashboard.png" "file://$scratch/dashboard.html" 2>/dev/null
echo "wrote docs/dashboard.png"
