# bash completion for jianli: its options, layout names (from `jianli --list-layouts`, so
# the user's own layouts too), and Markdown files. Installed by `cmake --install` into
# share/bash-completion/completions/jianli.

_jianli() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local IFS=$'\n'
  case $prev in
    -l|--layout)
      COMPREPLY=($(compgen -W "$(jianli --list-layouts 2>/dev/null | cut -d' ' -f1)" -- "$cur")
                 $(compgen -f -X '!*.y?(a)ml' -- "$cur"))
      return ;;
    --color) COMPREPLY=($(compgen -W $'auto\nalways\nnever' -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W $'zh\nen' -- "$cur")); return ;;
    --fit-pages) COMPREPLY=($(compgen -W $'1\n2\n3' -- "$cur")); return ;;
    -f|--format) COMPREPLY=($(compgen -W $'pdf\npng' -- "$cur")); return ;;
    --dpi) COMPREPLY=($(compgen -W $'72\n150\n300' -- "$cur")); return ;;
    -j|--jobs) COMPREPLY=($(compgen -W "$(seq 1 "$(nproc 2>/dev/null || echo 4)")" -- "$cur")); return ;;
    -d|--out-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -o|--output|--dump-layout|--text|--with) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ ${COMP_WORDS[1]} == new ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W $'--lang\n--help' -- "$cur"))
    else
      COMPREPLY=($(compgen -f -- "$cur"))
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W $'-o\n--output\n-d\n--out-dir\n-l\n--layout\n--list-layouts\n--fit-pages\n--dump-layout\n-f\n--format\n--dpi\n--long-image\n--text\n--lang\n--all-langs\n--variant\n--all-variants\n--with\n--check\n--attach-source\n-w\n--watch\n-j\n--jobs\n--force\n--allow-images-outside\n-q\n--quiet\n--color\n--version\n-h\n--help' -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -X '!*.@(md|markdown)' -- "$cur") $(compgen -d -- "$cur"))
  ((COMP_CWORD == 1)) && COMPREPLY+=($(compgen -W $'new\ncheck\nextract' -- "$cur"))
}
shopt -s extglob
complete -o filenames -F _jianli jianli
