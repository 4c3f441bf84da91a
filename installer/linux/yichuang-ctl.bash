# bash completion for yichuang-ctl. The words come from the program itself
# (`yichuang-ctl __complete WORD... CURRENT`: command words, then the command's options), so
# they always match the installed version. Option values (files, directories) complete as files.
_yichuang_ctl()
{
    local cur="${COMP_WORDS[COMP_CWORD]}"
    local prev=""
    if [ "$COMP_CWORD" -gt 0 ]; then
        prev="${COMP_WORDS[COMP_CWORD-1]}"
    fi
    case "$prev" in
        --data-dir)
            COMPREPLY=($(compgen -d -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "zh_CN en" -- "$cur"))
            return
            ;;
    esac
    local words
    words=$("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _yichuang_ctl yichuang-ctl
