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
# Not shipped: yichuang-platform (tests/platform), the reference platform of the tests and of
# training mode. It links Qt HttpServer, which is GPL-3 only, and is built only with the tests.
# Without it, `yichuang --training` explains that training mode cannot start.

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

# ---- the Debian package -------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The libraries the programs and plugins link come from dpkg-shlibdeps; these are loaded at run
# time and so are invisible to it: the Qt platform plugins (xcb), the SQLite driver of QtSql, the
# image-format plugins (TIFF scans), the Qt translations (qtbase_zh_CN.qm), the CJK fonts of the
# notices, and the Secret Service the key store uses.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, fonts-noto-cjk, gnome-keyring | kwalletmanager, sane-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
# The private plugins are found from the program's directory (../lib/yichuang/plugins).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "")

include(CPack)
