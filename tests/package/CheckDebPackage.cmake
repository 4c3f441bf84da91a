# The Debian package as CI builds it: `cpack -G DEB` from the build tree (installed into CPack's
# staging directory with prefix /usr, stripped), then
#   - `dpkg-deb -I`: Depends holds the libraries dpkg-shlibdeps found, and the run-time ones
#     (libcurl4 among them: loaded at the first upload, not linked);
#   - `dpkg-deb -c`: the programs, plugins, desktop entry, metainfo, icons, man page, completion;
#   - `dpkg-deb -x` into a scratch root: `yichuang --version` and `yichuang-ctl --version` run from
#     it, yichuang-ctl finds the packaged reader plugins, the unpacked desktop entry and metainfo
#     validate;
#   - with TRAINING, yichuang-training: yichuang-platform (Qt HttpServer) only there, and its
#     packaged configuration finds the packaged catalog and calendar.
# Inputs: BUILD_DIR WORK_DIR CPACK VERSION DESKTOP_FILE_VALIDATE APPSTREAMCLI TRAINING
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
  cmake_parse_arguments(R "" "OUTPUT" "COMMAND" ${ARGN})
  execute_process(COMMAND ${R_COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${R_COMMAND}")
    message(FATAL_ERROR "`${cmd}` failed (${rc}):\n${out}\n${err}")
  endif()
  if(R_OUTPUT)
    set(${R_OUTPUT} "${out}" PARENT_SCOPE)
  endif()
endfunction()

# gzip keeps the test quick; the real package uses CPack's default compression.
run(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR}
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip)
file(GLOB debs ${WORK_DIR}/yichuang_${VERSION}_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one yichuang_${VERSION}_<arch>.deb in ${WORK_DIR}, found: ${debs}")
endif()

run(COMMAND dpkg-deb -I ${debs} OUTPUT info)
if(NOT info MATCHES "\n Depends: ([^\n]*)")
  message(FATAL_ERROR "dpkg-deb -I lists no Depends:\n${info}")
endif()
set(depends "${CMAKE_MATCH_1}")
# From dpkg-shlibdeps (versioned) and from the package's own list (libcurl4 versioned there too).
foreach(dep "libc6 \\(>= " "libqt6core6 \\(>= " "libqt6widgets6 \\(>= " "libssl3 \\(>= " "libsane1 \\(>= "
            "libcurl4 \\(>= " "qt6-qpa-plugins" "libqt6sql6-sqlite" "qt6-translations-l10n")
  if(NOT depends MATCHES "(^|, )${dep}")
    message(FATAL_ERROR "Depends lacks ${dep}: ${depends}")
  endif()
endforeach()
if(depends MATCHES "httpserver")
  message(FATAL_ERROR "the client package depends on Qt HttpServer (GPL-only): ${depends}")
endif()

run(COMMAND dpkg-deb -c ${debs} OUTPUT contents)
set(expected
  usr/bin/yichuang usr/bin/yichuang-ctl
  usr/lib/yichuang/plugins/idcard/libidcard-samserial.so usr/lib/yichuang/plugins/idcard/libidcard-termb.so
  usr/lib/yichuang/plugins/idcard/libidcard-simulated.so usr/lib/yichuang/plugins/scanner/libscanner-sane.so
  usr/share/applications/cn.yichuang.Yichuang.desktop usr/share/metainfo/cn.yichuang.Yichuang.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/yichuang.svg usr/share/man/man1/yichuang-ctl.1
  usr/share/bash-completion/completions/yichuang-ctl usr/share/doc/yichuang/copyright
  usr/share/doc/yichuang/guides/it-guide.md usr/share/doc/yichuang/guides/images/intake-review.png)
foreach(size 16 22 24 32 48 64 128 256)
  list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/yichuang.png)
endforeach()
foreach(path IN LISTS expected)
  string(FIND "${contents}" " ./${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks /${path}:\n${contents}")
  endif()
endforeach()
if(contents MATCHES "yichuang-platform")
  message(FATAL_ERROR "the package holds yichuang-platform (GPL-only Qt HttpServer; not shipped)")
endif()

set(root ${WORK_DIR}/root)
run(COMMAND dpkg-deb -x ${debs} ${root})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LANG} C.UTF-8)
unset(ENV{YICHUANG_PLUGIN_PATH})
run(COMMAND ${root}/usr/bin/yichuang --version OUTPUT out)
if(NOT out MATCHES "${VERSION}")
  message(FATAL_ERROR "yichuang --version from the package printed: ${out}")
endif()
run(COMMAND ${root}/usr/bin/yichuang-ctl --version OUTPUT out)
if(NOT out STREQUAL "yichuang-ctl ${VERSION}\n")
  message(FATAL_ERROR "yichuang-ctl --version from the package printed: ${out}")
endif()
# The packaged plugins are found from the packaged program (../lib/yichuang/plugins).
run(COMMAND ${root}/usr/bin/yichuang-ctl idcard list --lang en OUTPUT out)
if(NOT out MATCHES "simulated" OR NOT out MATCHES "samserial")
  message(FATAL_ERROR "yichuang-ctl idcard list from the package does not find its plugins:\n${out}")
endif()
run(COMMAND ${DESKTOP_FILE_VALIDATE} ${root}/usr/share/applications/cn.yichuang.Yichuang.desktop)
run(COMMAND ${APPSTREAMCLI} validate --no-net ${root}/usr/share/metainfo/cn.yichuang.Yichuang.metainfo.xml)
file(STRINGS ${root}/usr/share/man/man1/yichuang-ctl.1 th REGEX "^\\.TH ")
if(NOT th MATCHES "yichuang\\\\-ctl ${VERSION}")
  message(FATAL_ERROR "the packaged man page is not the one of version ${VERSION}: ${th}")
endif()

if(TRAINING)
  file(GLOB training_deb ${WORK_DIR}/yichuang-training_${VERSION}_*.deb)
  if(NOT training_deb)
    message(FATAL_ERROR "no yichuang-training_${VERSION}_<arch>.deb in ${WORK_DIR}")
  endif()
  run(COMMAND dpkg-deb -f ${training_deb} Depends OUTPUT training_depends)
  if(NOT training_depends MATCHES "yichuang \\(= ${VERSION}\\)" OR NOT training_depends MATCHES "libqt6httpserver6")
    message(FATAL_ERROR "yichuang-training's Depends lacks yichuang (= ${VERSION}) or Qt HttpServer: ${training_depends}")
  endif()
  run(COMMAND dpkg-deb -x ${training_deb} ${root})
  # The packaged configuration names its catalog and calendar relative to itself: loading it reads
  # both, so publishing the same catalog again is refused as not newer (a wrong path would say
  # "Cannot read ..." instead).
  execute_process(COMMAND ${root}/usr/bin/yichuang-platform publish-catalog --data ${WORK_DIR}/platform-data
                          --config ${root}/usr/share/yichuang/training/training-config.json
                          ${root}/usr/share/yichuang/resources/catalog/training-catalog.json
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT "${out}${err}" MATCHES "not above the current version" OR "${out}${err}" MATCHES "Cannot read")
    message(FATAL_ERROR "the packaged training configuration does not load:\n${out}${err}")
  endif()
endif()
file(REMOVE_RECURSE ${root} ${WORK_DIR}/_CPack_Packages ${WORK_DIR}/platform-data)
message(STATUS "package ${debs} built, unpacked and run")
