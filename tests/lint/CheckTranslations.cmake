# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
# Refreshes a copy of each .ts from the current sources and fails when zh_CN has any string
# without a finished translation (new, unfinished) — clerks read zh_CN.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/yichuang_zh_CN.ts" DESTINATION "${WORK_DIR}")
execute_process(
  COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -extensions cpp,h,ui -I "${SOURCE_DIR}/app" -I "${SOURCE_DIR}/plugins"
          "${SOURCE_DIR}/app" "${SOURCE_DIR}/plugins" "${SOURCE_DIR}/forms" -ts "${WORK_DIR}/yichuang_zh_CN.ts"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ "${WORK_DIR}/yichuang_zh_CN.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  set(shown "")
  foreach(m IN LISTS missing)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
    string(APPEND shown "\n  ${CMAKE_MATCH_1}")
  endforeach()
  message(FATAL_ERROR "${count} strings have no zh_CN translation (run the update-translations target and "
                      "translate them in translations/yichuang_zh_CN.ts):${shown}")
endif()
# A numerus translation whose forms are empty reads as nothing on screen.
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation>[ \n\t]*<numerusform>[ \n\t]*</numerusform>" empty "${ts}")
list(LENGTH empty empty_count)
if(empty_count GREATER 0)
  message(FATAL_ERROR "${empty_count} plural (numerus) strings have an empty zh_CN translation:\n  ${empty}")
endif()
message(STATUS "translations: zh_CN complete")
