# The layers of src/, each a static library that may use only the layers to its left here
# (store and render, side by side, do not use each other):
#
#   tend_util  <-  tend_core  <-  tend_store, tend_render  <-  tend_cli  <-  tend (main.cpp)
#
# Each layer's headers are reached through an include root of its own in the build tree,
# layers/NAME, holding one link NAME -> src/NAME. A library gets its own root and, through the
# libraries it links, the roots of the layers it may use, and no other: `#include "store/..."` in
# core does not compile ("No such file or directory"), whatever the sources next to it are.

# tend_layer(NAME SOURCES file... [PUBLIC dependency...] [PRIVATE dependency...]
#            [PRECOMPILE <header>...])
# The library tend_NAME from src/NAME: the sources listed (every .cpp of the directory, named
# one by one), linked to the layers and packages given, with the library headers most of them
# include precompiled (cmake/pch.cmake).
function(tend_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC;PRIVATE;PRECOMPILE")
  set(root ${PROJECT_BINARY_DIR}/layers/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${name} ${root}/${name} SYMBOLIC)
  add_library(tend_${name} STATIC ${arg_SOURCES})
  target_include_directories(tend_${name} PUBLIC ${root})
  target_link_libraries(tend_${name}
    PUBLIC ${arg_PUBLIC}
    PRIVATE ${arg_PRIVATE} tend_warnings tend_sanitizers)
  if(arg_PRECOMPILE)
    tend_precompile(tend_${name} ${arg_PRECOMPILE})
  endif()
endfunction()
