# Windows installer (NSIS through CPack), included from installer/packaging.cmake on WIN32.
# Not built or tested on the project's Debian machines: see installer/windows/README.md.
#
#   cmake --preset windows-release            (see README.md for the cache variables)
#   cmake --build build/windows-release --config Release
#   cd build/windows-release && cpack -G NSIS -C Release
#
# The install step runs windeployqt on the two programs (deploy-qt.cmake), so the Qt DLLs, the Qt
# plugins (platforms/qwindows, sqldrivers/qsqlite, imageformats, tls backends, printsupport) and
# Qt's own translations land beside them; OpenSSL, libcurl, libqrencode and qtkeychain DLLs are
# copied from YC_WINDOWS_RUNTIME_DIRS.

set(YC_WINDOWS_RUNTIME_DIRS "" CACHE PATH
  "Folders with the non-Qt DLLs to ship (OpenSSL 3, libcurl, libqrencode, qtkeychain), ;-separated")
find_program(YC_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(NOT YC_WINDEPLOYQT)
  message(FATAL_ERROR "windeployqt not found: add Qt's bin folder to PATH or set YC_WINDEPLOYQT")
endif()

install(CODE "set(YC_WINDEPLOYQT \"${YC_WINDEPLOYQT}\")
set(YC_WINDOWS_RUNTIME_DIRS \"${YC_WINDOWS_RUNTIME_DIRS}\")
set(YC_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/deploy-qt.cmake)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/yichuang.ico DESTINATION ${CMAKE_INSTALL_BINDIR} OPTIONAL)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Yichuang")
set(CPACK_PACKAGE_EXECUTABLES "yichuang;Yichuang 一窗受理工作台")
set(CPACK_NSIS_DISPLAY_NAME "Yichuang ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Yichuang")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\yichuang.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/yichuang.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/yichuang.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# 64-bit Windows 10 or later only.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The data directory (%APPDATA%\yichuang\yichuang, with the store and its key) is the user's and
# is left in place by the uninstaller: removing the program never removes cases.
set(CPACK_NSIS_CREATE_ICONS_EXTRA
  "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Yichuang Training.lnk' '$INSTDIR\\\\bin\\\\yichuang.exe' '--training'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Yichuang Training.lnk'")

# The Microsoft C++ runtime DLLs, beside the programs.
set(CMAKE_INSTALL_SYSTEMRUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
