#!/usr/bin/env bash
# Builds and runs the whole test suite:
#   1. the default preset (RelWithDebInfo): configure, build, every CTest test;
#   2. the fuzz preset (clang + libFuzzer + ASan/UBSan): every fuzz target for a bounded time.
# Options: --asan also runs the full suite under the asan preset; --no-fuzz skips step 2.
# Environment: YC_FUZZ_SECONDS (default 30) bounds each fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."

run_asan=0
run_fuzz=1
for arg in "$@"; do
  case "$arg" in
    --asan) run_asan=1 ;;
    --no-fuzz) run_fuzz=0 ;;
    *) echo "run-all.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

export CTEST_OUTPUT_ON_FAILURE=1
start=$(date +%s)
echo "== default preset: configure, build, test"
cmake --workflow --preset default

if [ "$run_fuzz" = 1 ]; then
  echo "== fuzz preset: libFuzzer targets, ${YC_FUZZ_SECONDS:-30} s each"
  cmake --preset fuzz -DYC_FUZZ_SECONDS="${YC_FUZZ_SECONDS:-30}" >/dev/null
  cmake --build --preset fuzz --target yc_fuzzers
  ctest --preset fuzz
fi

if [ "$run_asan" = 1 ]; then
  echo "== asan preset: configure, build, test"
  cmake --workflow --preset asan
fi
echo "== all tests passed in $(( $(date +%s) - start )) s"
