# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -DMODE=check|fix -P format.cmake
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE files
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/plugins/*.cpp" "${SOURCE_DIR}/plugins/*.h"
  "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER files EXCLUDE REGEX "/build[^/]*/")
if(MODE STREQUAL "fix")
  execute_process(COMMAND "${CLANG_FORMAT}" -i ${files} RESULT_VARIABLE rc)
else()
  execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(SUBSTRING "${err}" 0 4000 shown)
    message(FATAL_ERROR "Files are not formatted (run the `format` target):\n${shown}")
  endif()
endif()
