# Install-time step of the Windows installer (see windows-packaging.cmake): windeployqt copies the
# Qt libraries, plugins and translations next to the installed programs; then the non-Qt DLLs.
# Runs inside `cmake --install` or CPack's staging install, where CMAKE_INSTALL_PREFIX is the
# staging root.
set(bin "${CMAKE_INSTALL_PREFIX}/${YC_BINDIR}")
foreach(program yichuang.exe yichuang-ctl.exe)
  execute_process(
    COMMAND "${YC_WINDEPLOYQT}" --release --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler
            --translations zh_CN,en --dir "${bin}" "${bin}/${program}"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "windeployqt ${program} failed (${rc})")
  endif()
endforeach()
foreach(dir IN LISTS YC_WINDOWS_RUNTIME_DIRS)
  file(GLOB dlls "${dir}/*.dll")
  file(INSTALL ${dlls} DESTINATION "${bin}")
endforeach()


