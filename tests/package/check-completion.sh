#!/usr/bin/env bash
# bash completion of yichuang-ctl: the installed script, driven the way bash drives it.
# Usage: check-completion.sh <yichuang-ctl.bash> <directory of yichuang-ctl>
set -euo pipefail
script=$1
export PATH="$2:$PATH"
# shellcheck disable=SC1090
source "$script"
complete -p yichuang-ctl | grep -q -- '-F _yichuang_ctl' || { echo "FAIL: no completion registered"; exit 1; }

failures=0
# expect "<words before the cursor>" "<current word>" "<candidate that must be offered>" ["absent"]
expect() {
    local before=$1 current=$2 wanted=$3 mode=${4:-present}
    read -r -a COMP_WORDS <<<"yichuang-ctl $before"
    COMP_WORDS+=("$current")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _yichuang_ctl
    local found=0 c
    for c in "${COMPREPLY[@]}"; do
        [ "$c" = "$wanted" ] && found=1
    done
    if { [ "$mode" = present ] && [ $found = 0 ]; } || { [ "$mode" = absent ] && [ $found = 1 ]; }; then
        echo "FAIL: 'yichuang-ctl $before $current<TAB>' -> (${COMPREPLY[*]}), expected $wanted $mode"
        failures=$((failures + 1))
    fi
}
expect "" "cat" catalog
expect "" "" outbox
expect "" "--v" --version
expect "" "cat" case absent
expect "catalog" "se" search
expect "catalog" "" import
expect "catalog search" "--" --limit
expect "catalog search" "--" --data-dir
expect "sync now" "--u" --until-empty
expect "outbox" "" export
expect "notice render" "--s" --sample
expect "catalog search --data-dir" "/tm" /tmp
expect "--lang" "zh" zh_CN
if [ $failures -gt 0 ]; then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "bash completion: all checks passed"
