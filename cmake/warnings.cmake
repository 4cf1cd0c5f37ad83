# Compiler warnings, set in one place and applied to every target of the project.
add_library(tend_warnings INTERFACE)
target_compile_options(tend_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wformat=2)
if(TEND_WERROR)
  target_compile_options(tend_warnings INTERFACE -Werror)
endif()
