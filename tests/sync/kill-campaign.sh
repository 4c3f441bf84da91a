#!/bin/sh
# A longer crash-safety campaign for manual runs: the same test as the CI one (test_sync_crash),
# with more SIGKILLs and a seed of your choice.
#   tests/sync/kill-campaign.sh BUILD_DIR [KILLS (default 500)] [SEED]
# Prints the campaign figures (kills, cases and materials in flight at each kill, cases never in
# flight, lost, duplicated by id and by content, platform creations, materials differing, time) and
# exits with the test's status: non-zero when the campaign failed.
set -eu
build=${1:?usage: kill-campaign.sh BUILD_DIR [KILLS] [SEED]}
kills=${2:-500}
seed=${3:-$(date +%s)}
echo "kill campaign: $kills kills, seed $seed"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# QTEST_FUNCTION_TIMEOUT: a long campaign outlasts Qt Test's default five minutes per test function.
QT_QPA_PLATFORM=offscreen YICHUANG_KEYSTORE=file QT_LOGGING_RULES='*.debug=false;yc.*.info=false' \
  QTEST_FUNCTION_TIMEOUT=86400000 YC_KILLS="$kills" YC_KILL_SEED="$seed" \
  "$build/tests/bin/test_sync_crash" >"$log" 2>&1 || status=$?
grep -E "kill campaign|PASS|FAIL|Actual|Expected|Loc" "$log" || true
if [ "$status" -ne 0 ]; then
  echo "kill campaign FAILED (test_sync_crash exit status $status)"
fi
exit "$status"
