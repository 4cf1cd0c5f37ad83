# Compiler warnings, set in one place and applied to every target of the project.
add_library(tend_warnings INTERFACE)
target_compile_options(tend_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wformat=2)
if(TEND_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false maybe-uninitialized warnings in instrumented code (Catch2's runner).
  target_compile_options(tend_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
if(TEND_WERROR)
  target_compile_options(tend_warnings INTERFACE -Werror)
endif()
