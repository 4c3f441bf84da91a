# Installation of the desktop integration and the Debian package (included from the top-level
# CMakeLists.txt). `cpack -G DEB` in a build directory makes yichuang_<version>_<arch>.deb for
# Debian 12 and the Debian-based UOS and Kylin desktops (nothing here needs a newer Debian).
#
# What the package holds (prefix /usr):
#   bin/yichuang, bin/yichuang-ctl                     the programs (translations are compiled in)
#   lib/yichuang/plugins/{idcard,scanner}/             the device back-ends (PluginLocator)
#   share/applications/cn.yichuang.Yichuang.desktop    the desktop entry
#   share/metainfo/cn.yichuang.Yichuang.metainfo.xml   AppStream metadata
#   share/icons/hicolor/{scalable,NxN}/apps/yichuang.* the icon: SVG, and PNGs made from it at build time
#   share/man/man1/yichuang-ctl.1                      made from the program's own help at build time
#   share/bash-completion/completions/yichuang-ctl     bash completion
#   share/doc/yichuang/copyright                       the LICENSE file
#   share/doc/yichuang/guides/                         the guides (Markdown) and their screenshots
#
# A second package, yichuang-training (when the tests, and so yichuang-platform, are built):
#   bin/yichuang-platform                              the reference platform that `yichuang --training`
#                                                      starts on a loopback port
#   share/yichuang/training/training-config.json       its synthetic halls, staff and licences
#   share/yichuang/resources/{catalog,calendar}/       the training catalog and the working-day calendar
# yichuang-platform links Qt HttpServer, which Qt offers only under GPL-3.0: it is kept out of the
# client package (yichuang and yichuang-ctl never link it; tests/platform/CMakeLists.txt checks),
# and yichuang-training is GPL-3.0 like the rest of the project (LICENSE). Without it,
# `yichuang --training` explains that training mode cannot start.

# ---- CPack: what every package shares ----------------------------------------------------------
set(CPACK_PACKAGE_NAME yichuang)
set(CPACK_PACKAGE_VENDOR "Yichuang project")
set(CPACK_PACKAGE_CONTACT "Yichuang maintainers <maintainers@yichuang.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Single-window intake workbench for government service halls")
set(CPACK_PACKAGE_DESCRIPTION
  "Yichuang is the clerk's program at a government service hall window: it reads the applicant's\n"
  "resident identity card, finds the service item in the catalog, checks and scans the materials,\n"
  "issues numbered notices and sends the cases to the city platform, also after working offline.\n"
  "yichuang-ctl is the command-line tool of hall IT staff.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/windows-packaging.cmake)
  include(CPack)
  return()
endif()

set(YC_APP_ID cn.yichuang.Yichuang)
set(YC_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR}/linux)
set(YC_PACKAGE_BUILD_DIR ${CMAKE_BINARY_DIR}/installer)
file(MAKE_DIRECTORY ${YC_PACKAGE_BUILD_DIR})

# ---- desktop entry, AppStream metadata, icons -------------------------------------------------
install(FILES ${YC_LINUX_DIR}/${YC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${YC_LINUX_DIR}/${YC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${YC_LINUX_DIR}/yichuang.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(YC_ICON_SIZES 16 22 24 32 48 64 128 256)
find_program(YC_RSVG_CONVERT rsvg-convert)
if(YC_RSVG_CONVERT)
  set(yc_icon_pngs "")
  foreach(size IN LISTS YC_ICON_SIZES)
    set(png ${YC_PACKAGE_BUILD_DIR}/icons/${size}x${size}/yichuang.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${YC_PACKAGE_BUILD_DIR}/icons/${size}x${size}
      COMMAND ${YC_RSVG_CONVERT} --width=${size} --height=${size} --keep-aspect-ratio
              --output=${png} ${YC_LINUX_DIR}/yichuang.svg
      DEPENDS ${YC_LINUX_DIR}/yichuang.svg
      COMMENT "Icon ${size}x${size}" VERBATIM)
    list(APPEND yc_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_target(yc_icons ALL DEPENDS ${yc_icon_pngs})
else()
  message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the package gets only the SVG icon")
endif()

# ---- man page and bash completion, both from yichuang-ctl itself -------------------------------
set(YC_MAN_PAGE ${YC_PACKAGE_BUILD_DIR}/yichuang-ctl.1)
add_custom_command(OUTPUT ${YC_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -DCTL=$<TARGET_FILE:yichuang-ctl> -DOUTPUT=${YC_MAN_PAGE} -DVERSION=${PROJECT_VERSION}
          -P ${YC_LINUX_DIR}/make-manpage.cmake
  DEPENDS yichuang-ctl ${YC_LINUX_DIR}/make-manpage.cmake ${YC_LINUX_DIR}/roff.cmake
  COMMENT "Man page yichuang-ctl(1) from the program's help" VERBATIM)
add_custom_target(yc_man_page ALL DEPENDS ${YC_MAN_PAGE})
install(FILES ${YC_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${YC_LINUX_DIR}/yichuang-ctl.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME yichuang-ctl)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yichuang RENAME copyright)
# The clerk's, supervisor's and IT guides with their screenshots.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/installer/guides/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yichuang/guides)

# ---- training mode: yichuang-training ---------------------------------------------------------------
if(TARGET yichuang-platform)
  install(TARGETS yichuang-platform RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT training)
  # The configuration names its catalog and calendar relative to itself ("../../resources/..." in
  # the source tree); the installed copy points to share/yichuang/resources.
  file(READ ${CMAKE_SOURCE_DIR}/tests/platform/training-config.json yc_training_config)
  string(REPLACE "\"../../resources/" "\"../resources/" yc_training_config "${yc_training_config}")
  file(WRITE ${YC_PACKAGE_BUILD_DIR}/training-config.json "${yc_training_config}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/platform/training-config.json)
  install(FILES ${YC_PACKAGE_BUILD_DIR}/training-config.json
          DESTINATION ${CMAKE_INSTALL_DATADIR}/yichuang/training COMPONENT training)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/catalog/training-catalog.json
          DESTINATION ${CMAKE_INSTALL_DATADIR}/yichuang/resources/catalog COMPONENT training)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/calendar/cn_workdays.json
          DESTINATION ${CMAKE_INSTALL_DATADIR}/yichuang/resources/calendar COMPONENT training)
  install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yichuang-training
          RENAME copyright COMPONENT training)
  set(CPACK_COMPONENTS_ALL Unspecified training)
else()
  set(CPACK_COMPONENTS_ALL Unspecified)
endif()

# ---- the Debian packages ------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The client: every install() without a component.
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_NAME yichuang)
set(CPACK_DEBIAN_UNSPECIFIED_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_UNSPECIFIED_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Training mode's reference platform.
set(CPACK_DEBIAN_TRAINING_PACKAGE_NAME yichuang-training)
set(CPACK_DEBIAN_TRAINING_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_TRAINING_PACKAGE_DEPENDS "yichuang (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_TRAINING_DESCRIPTION
  "Training mode of Yichuang: yichuang-platform, the reference city platform that\n"
  "`yichuang --training` starts on this PC, with synthetic halls, staff, licences and a training\n"
  "service catalog. Nothing here reaches a real platform.")
string(REPLACE ";" "" CPACK_DEBIAN_TRAINING_DESCRIPTION "${CPACK_DEBIAN_TRAINING_DESCRIPTION}")
set(CPACK_DEBIAN_TRAINING_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_TRAINING_PACKAGE_RECOMMENDS "")
set(CPACK_DEBIAN_TRAINING_PACKAGE_SUGGESTS "")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The libraries the programs and plugins link come from dpkg-shlibdeps; these are loaded at run
# time and so are invisible to it: libcurl (libcurl.so.4, loaded at the first material upload, see
# app/sync/CurlLibrary.h; 7.85 for CURLOPT_PROTOCOLS_STR), the Qt platform plugins (xcb), the SQLite
# driver of QtSql, the image-format plugins (TIFF scans), the Qt translations (qtbase_zh_CN.qm), the
# CJK fonts of the notices, and the Secret Service the key store uses.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcurl4 (>= 7.85.0), qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, fonts-noto-cjk, gnome-keyring | kwalletmanager, sane-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
# The private plugins are found from the program's directory (../lib/yichuang/plugins).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "")

include(CPack)
