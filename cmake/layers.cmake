# The layers of src/, each a static library that may use only the layers to its left here
# (store and render, side by side, do not use each other):
#
#   tend_util  <-  tend_core  <-  tend_store, tend_render  <-  tend_cli  <-  tend (main.cpp)
#
# Each layer's headers are reached through an include root of its own in the build tree,
# layers/NAME, holding one link NAME -> src/NAME. A library gets its own root and, through the
# libraries it links, the roots of the layers it may use, and no other: `#include "store/..."` in
# core does not compile ("No such file or directory"), whatever the sources next to it are.

# Each layer is compiled as a few unity sources, each holding up to eight of its files: the
# library headers' inline code (CLI11's, nlohmann/json's, fmt's), which every file of a layer
# instantiates and optimises again, is then compiled once per batch. This halves the CPU time
# of a clean build (README, development notes); a changed file rebuilds with its batch, in
# about twice the time it took alone. The files of a batch share one anonymous namespace, so no
# two files of a layer may define the same name in theirs, and a call to tend's own function
# whose name the standard library also has (quoted) is qualified. -DTEND_UNITY=OFF compiles
# file by file, which also checks that every file includes what it uses.
option(TEND_UNITY "Compile each layer as unity sources of up to eight files" ON)

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
  if(TEND_UNITY)
    set_target_properties(tend_${name} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
  target_include_directories(tend_${name} PUBLIC ${root})
  target_link_libraries(tend_${name}
    PUBLIC ${arg_PUBLIC}
    PRIVATE ${arg_PRIVATE} tend_warnings tend_sanitizers)
  if(arg_PRECOMPILE)
    tend_precompile(tend_${name} ${arg_PRECOMPILE})
  endif()
endfunction()
