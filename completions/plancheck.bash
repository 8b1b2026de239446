# Bash completion for plancheck: commands, options and the plan's own names (people, units,
# activities, item ids, months). Installed as share/bash-completion/completions/plancheck; to try
# it from a checkout: source completions/plancheck.bash
#
# Every Tab asks the program itself: `plancheck complete --shell bash -- WORD…` prints the words
# that may come next, one a line, or `::files`, `::yaml` or `::dirs` when a path comes next.

# Bash splits words at '=' (COMP_WORDBREAKS): joins "--who" "=" "张" back into "--who=张".
# Sets the array _plancheck_words to the words after the program's name, up to the cursor.
_plancheck_join_words() {
  _plancheck_words=()
  local i word glue=0
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if ((glue)); then
      _plancheck_words[-1]+=$word
      glue=0
    elif [[ $word == "=" && ${#_plancheck_words[@]} -gt 0 && ${_plancheck_words[-1]} == --* ]]; then
      _plancheck_words[-1]+="="
      ((i < COMP_CWORD)) && glue=1
    else
      _plancheck_words+=("$word")
    fi
  done
  ((${#_plancheck_words[@]})) || _plancheck_words=("")
}

# Paths for the word under the cursor: files (any, or only .yaml/.yml) or directories.
_plancheck_paths() {
  local kind=$1 cur=${COMP_WORDS[COMP_CWORD]}
  [[ $cur == "=" ]] && cur=""  # readline completes the text after the '='
  compopt -o filenames 2>/dev/null
  case $kind in
    ::files) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    ::dirs) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    ::yaml) mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.yaml' -- "$cur"; compgen -f -X '!*.yml' -- "$cur") ;;
  esac
}

_plancheck() {
  COMPREPLY=()
  local program=${COMP_WORDS[0]/#\~/$HOME} output
  [[ $program == */* && -x $program ]] || program=plancheck
  local -a _plancheck_words
  _plancheck_join_words
  output=$("$program" complete --shell bash -- "${_plancheck_words[@]}" 2>/dev/null) || return 0
  case $output in
    ::files | ::dirs | ::yaml) _plancheck_paths "$output"; return 0 ;;
    "") return 0 ;;
  esac
  # The program answers for the joined word ("--who=张"); readline replaces only the text after
  # the '=' ("张", or nothing when the word under the cursor is the '=' itself).
  local joined=${_plancheck_words[-1]} cur=${COMP_WORDS[COMP_CWORD]}
  [[ $cur == "=" ]] && cur=""
  local cut=$((${#joined} - ${#cur})) candidate
  while IFS= read -r candidate; do
    COMPREPLY+=("${candidate:cut}")
  done <<<"$output"
}

complete -F _plancheck plancheck
