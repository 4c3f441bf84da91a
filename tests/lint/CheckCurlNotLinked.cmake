# cmake -DREADELF=... -DPROGRAMS="<yichuang>;<yichuang-ctl>" -DCPACK_CONFIG=<build>/CPackConfig.cmake -P CheckCurlNotLinked.cmake
#
# libcurl is loaded at the first material upload (app/sync/CurlLibrary), not at every start: no
# program may name it in its dynamic section (DT_NEEDED) again. As dpkg-shlibdeps cannot see a
# library loaded at run time, the Debian package names libcurl4 in its own Depends instead.
cmake_minimum_required(VERSION 3.25)
if(NOT READELF)
  message(FATAL_ERROR "readelf not found (Debian: binutils)")
endif()
foreach(program IN LISTS PROGRAMS)
  if(NOT EXISTS "${program}")
    message(FATAL_ERROR "${program} is not built: build it before running this test")
  endif()
  execute_process(COMMAND ${READELF} -d "${program}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${program} failed (${rc}): ${err}")
  endif()
  string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[([^]\n]+)\\]" needed_lines "${out}")
  set(needed "")
  foreach(line IN LISTS needed_lines)
    string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" lib "${line}")
    list(APPEND needed "${lib}")
  endforeach()
  # readelf's output read as expected: the programs link Qt Core.
  if(NOT needed MATCHES "libQt6Core\\.so")
    message(FATAL_ERROR "no NEEDED entry for Qt Core found in `readelf -d ${program}`:\n${out}")
  endif()
  foreach(lib IN LISTS needed)
    if(lib MATCHES "curl")
      message(FATAL_ERROR "${program} links ${lib} (DT_NEEDED): libcurl and the libraries it pulls in are loaded "
                          "at every start again. Load it through sync/CurlLibrary instead of linking CURL::libcurl.")
    endif()
  endforeach()
  message(STATUS "${program}: NEEDED ${needed}")
endforeach()

if(NOT EXISTS "${CPACK_CONFIG}")
  message(FATAL_ERROR "${CPACK_CONFIG} not found")
endif()
file(STRINGS "${CPACK_CONFIG}" depends REGEX "^set\\(CPACK_DEBIAN_PACKAGE_DEPENDS ")
if(NOT depends MATCHES "\"(.*, )?libcurl4 \\(>= [0-9.]+\\)(,|\")")
  message(FATAL_ERROR "the Debian package's Depends does not name libcurl4 (loaded at run time, invisible to "
                      "dpkg-shlibdeps): ${depends}")
endif()
message(STATUS "libcurl not linked; the package depends on libcurl4")
