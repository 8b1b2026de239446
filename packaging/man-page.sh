#!/usr/bin/env bash
# Writes plancheck's man page from the program's own help text, so that no option is written twice:
# help2man turns `plancheck --help` into the page, and a COMMANDS section holds each command's
# `--help`, for every command that `plancheck complete` lists (the commands of the CLI11 app).
#   packaging/man-page.sh PROGRAM OUTPUT.1
set -euo pipefail
# The page is written in English whatever the builder's locale (plancheck's help follows it).
export LC_ALL=C.UTF-8
# And unwrapped (plancheck wraps its help to COLUMNS, else 80): help2man and roff fill the lines.
export COLUMNS=1000
program=$1
output=$2
work=$(mktemp -d)
trap 'rm -rf "$work" "$output.new"' EXIT
include=$work/include.h2m

# CLI11 starts an option's description at column 31, after a single space when the option's name is
# 28 characters long: help2man and the commands below need two to tell name from description.
widen='s/^(  [^ ].{25}[^ ]) ([^ ])/\1  \2/'
widen_columns() { sed -E "$widen"; }
# What help2man runs: the program, its help widened.
cat >"$work/plancheck" <<WRAPPER
#!/usr/bin/env bash
set -o pipefail
'$(realpath "$program")' "\$@" | sed -E '$widen'
WRAPPER
chmod +x "$work/plancheck"

# Text as roff: backslashes and hyphens escaped, a leading dot or quote made harmless.
roff_awk='
  function roff(text) {
    gsub(/\\/, "\\e", text); gsub(/-/, "\\-", text)
    sub(/^[.'"'"']/, "\\\\&&", text)
    return text
  }'

# One command's --help as roff: its description, usage, each option as a tagged paragraph
# (CLI11 puts the description at column 31, or on the next line when the option is long) and
# its example as preformatted text.
command_help_as_roff() {
  awk -v name="$1" "$roff_awk"'
    NR == 1 { print ".SS \"" name "\""; print roff($0); next }
    /^Usage: / { print ".PP"; print "\\fBUsage:\\fR " roff(substr($0, 8)); next }
    /^[A-Z][A-Za-z ]*:$/ {
      if (example) { print ".fi"; print ".RE" }
      example = ($0 ~ /^Examples?:$/)
      print ".PP"; print "\\fB" roff($0) "\\fR"
      if (example) { print ".RS"; print ".nf" }
      next
    }
    /^$/ { next }
    example { sub(/^  /, ""); print roff($0); next }
    /^  [^ ]/ && match($0, /[^ ]  +[^ ]/) {
      print ".TP"; print "\\fB" roff(substr($0, 3, RSTART - 2)) "\\fR"
      print roff(substr($0, RSTART + RLENGTH - 1)); next
    }
    /^  [^ ]/ { print ".TP"; sub(/^  /, ""); print "\\fB" roff($0) "\\fR"; next }
    { sub(/^ +/, ""); print roff($0) }
    END { if (example) { print ".fi"; print ".RE" } }
  '
}

# The examples at the end of `plancheck --help`, one command a line, and the paragraphs after them.
examples_as_roff() {
  awk "$roff_awk"'
    /^Examples?:$/ { examples = 1; print ".nf"; next }
    examples && /^  / { sub(/^  /, ""); print roff($0); next }
    examples && /^$/ { if (examples == 1) print ".fi"; examples = 2; print ".PP"; next }
    examples == 2 { print roff($0) }
    END { if (examples == 1) print ".fi" }
  '
}

{
  echo "[COMMANDS]"
  echo "Each command takes the options listed here; \\fBplancheck\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints the same."
  "$program" complete -- "" | while IFS= read -r command; do
    "$program" "$command" --help | widen_columns | command_help_as_roff "plancheck $command"
  done
  echo "[=EXAMPLES]"
  "$program" --help | examples_as_roff
  cat <<'ROFF'
[ENVIRONMENT]
.TP
.B NO_COLOR
When set, \fB\-\-color auto\fR (the default) prints no colour.
.TP
.BR LC_ALL ", " LC_MESSAGES ", " LANG ", " LANGUAGE
The language of messages and help, as gettext chooses it: the first of LC_ALL, LC_MESSAGES and LANG that is
set is the locale (unset, C or POSIX: English); otherwise LANGUAGE's first entry, if set, decides, else the
locale. A value starting with \fBzh\fR (e.g. zh_CN.UTF\-8) means Chinese, anything else English. Reports
follow the plan's \fBlang\fR (default zh); \fB\-\-lang\fR overrides both.
[FILES]
.TP
.I /usr/share/plancheck/templates/
The Mustache templates of the monthly briefing and the person summary (also written by \fBplancheck init\fR).
.TP
.I /usr/share/plancheck/schema/
The JSON Schemas of the plan and of a log file, for editors (also printed by \fBplancheck schema\fR).
[SEE ALSO]
The README of plancheck, in /usr/share/doc/plancheck/README.md.
ROFF
} >"$include"

help2man --no-info --locale=C.UTF-8 --section=1 --manual="User Commands" --source="plancheck" \
  --name="check an annual work plan's quotas against its ledger" \
  --include="$include" --output="$output.new" "$work/plancheck"
# The page holds Chinese (台账): the first line tells man it is UTF-8.
{ echo "'\\\" -*- coding: UTF-8 -*-"; cat "$output.new"; } >"$output"
