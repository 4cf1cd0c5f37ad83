# The instrumentation of the sanitizer build (TEND_SANITIZE) and of the fuzzing build (TEND_FUZZ)
# as one INTERFACE target, tend_sanitizers, which every target of the project links next to
# tend_warnings (empty in an ordinary build), instead of flags set on the whole directory tree.
add_library(tend_sanitizers INTERFACE)
if(TEND_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "TEND_FUZZ needs clang (CXX=clang++): libFuzzer is part of clang")
endif()
if(TEND_SANITIZE OR TEND_FUZZ)
  target_compile_options(tend_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(tend_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
if(TEND_FUZZ)
  # Coverage for libFuzzer everywhere; the fuzz targets link libFuzzer itself
  # (tests/fuzz/CMakeLists.txt).
  target_compile_options(tend_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
