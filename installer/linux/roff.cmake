# Shared by make-manpage.cmake and tests/package/CheckManPage.cmake: how one line of
# `yichuang-ctl` help text is written into the man page's roff source.
function(yc_roff_line text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()
