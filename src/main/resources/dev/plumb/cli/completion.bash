
# plumb: the operations and the AXIS=VALUE words of compile, plan and explain-cell come from the
# pack, asked of plumb itself: the command being completed, run as
# 'plumb completion --operations|--cells [--pack DIR]' with the --pack given on the line (or
# none: the current folder's pack, then PLUMB_PACK's, then the built-in pack).
function _plumb_pack_words() {
  local line=${COMP_LINE:0:COMP_POINT}
  local word=${line##*[[:space:]]}
  local -a words
  read -r -a words <<< "${line%"$word"}"
  local pack="" positionals=0 i
  for ((i = 2; i < ${#words[@]}; i++)); do
    case ${words[i]} in
      --pack) pack=${words[i+1]}; i=$((i + 1)) ;;
      --pack=*) pack=${words[i]#--pack=} ;;
      --values|--set|-o|--output|--format) i=$((i + 1)) ;;
      -*) ;;
      *) positionals=$((positionals + 1)) ;;
    esac
  done
  case ${words[${#words[@]}-1]} in
    --pack|--values|--set|-o|--output|--format) return 1 ;;
  esac
  [[ $word == -* ]] && return 1
  local kind=--operations
  ((positionals > 0)) && kind=--cells
  local found
  found=$("${words[0]}" completion $kind ${pack:+--pack "$pack"} 2>/dev/null)
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "$found" -- "$word"))
  # bash splits a word at '=': it replaces only the part after the cursor's last '=', so the
  # replies lose what comes before it
  local cur=${COMP_WORDS[COMP_CWORD]}
  if [[ $word == *"$cur" ]]; then
    COMPREPLY=("${COMPREPLY[@]#"${word%"$cur"}"}")
  fi
  return 0
}

function _picocli_plumb_compile() {
  _plumb_pack_words || _plumb_compile_options
}

function _picocli_plumb_plan() {
  _plumb_pack_words || _plumb_plan_options
}

function _picocli_plumb_explaincell() {
  _plumb_pack_words || _plumb_explaincell_options
}
