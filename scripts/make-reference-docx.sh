#!/usr/bin/env bash
# Makes templates/reference.docx: pandoc's default Word styles with Chinese fonts set
# explicitly (仿宋 for the body, 黑体 for headings), so that Chinese text never falls back to a
# Latin font. Needs pandoc, unzip and zip (bash scripts/setup.sh --with-pandoc).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pandoc -o "$work/default.docx" --print-default-data-file reference.docx
unzip -q "$work/default.docx" -d "$work/docx"
styles="$work/docx/word/styles.xml"
sed -i \
  -e 's|w:eastAsiaTheme="minorHAnsi"|w:eastAsia="仿宋"|g' \
  -e 's|w:eastAsiaTheme="majorEastAsia"|w:eastAsia="黑体"|g' \
  "$styles"
grep -q 'w:eastAsia="仿宋"' "$styles" && grep -q 'w:eastAsia="黑体"' "$styles" || {
  echo "make-reference-docx: pandoc's styles.xml has changed; the fonts were not set" >&2
  exit 1
}
rm -f templates/reference.docx
(cd "$work/docx" && zip -q -X -r "$OLDPWD/templates/reference.docx" '[Content_Types].xml' .)
echo "wrote templates/reference.docx"
