# Precompiled headers: the library headers that most sources of a target include and that take
# seconds to parse each time (CLI11, nlohmann/json, Catch2, SQLiteCpp, fmt) are parsed once per
# target (tend_precompile below) instead of once per source file. Turn off with
# -DTEND_PCH=OFF, for instance to check that every file includes what it uses.
option(TEND_PCH "Precompile the heavy library headers of each target" ON)

# ccache caches a compilation that uses a precompiled header only when told that the header's
# macros and time stamps may be trusted (the ccache manual, "Precompiled headers"); GCC also
# needs -fpch-preprocess, added below. With -DCMAKE_CXX_COMPILER_LAUNCHER=ccache every
# compilation runs through ccache with those settings.
if(TEND_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros
      ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# tend_precompile(TARGET header...): TARGET's sources are compiled against one precompiled
# header holding the headers given (<...> names of library headers, never the project's own,
# so that the layers' include rules still hold file by file).
function(tend_precompile target)
  if(NOT TEND_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${ARGN})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -fpch-preprocess)
  endif()
endfunction()
