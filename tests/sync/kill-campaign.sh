#!/bin/sh
# A longer crash-safety campaign for manual runs: the same test as the CI one (test_sync_crash),
# with more SIGKILLs and a seed of your choice.
#   tests/sync/kill-campaign.sh BUILD_DIR [KILLS (default 500)] [SEED]
# Prints the campaign figures (kills, cases, lost, duplicated, materials differing, time).
set -eu
build=${1:?usage: kill-campaign.sh BUILD_DIR [KILLS] [SEED]}
kills=${2:-500}
seed=${3:-$(date +%s)}
echo "kill campaign: $kills kills, seed $seed"
QT_QPA_PLATFORM=offscreen YICHUANG_KEYSTORE=file QT_LOGGING_RULES='*.debug=false;yc.*.info=false' \
  YC_KILLS="$kills" YC_KILL_SEED="$seed" "$build/tests/bin/test_sync_crash" 2>&1 | grep -E "kill campaign|PASS|FAIL|Actual|Expected|Loc"
