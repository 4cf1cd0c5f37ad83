// tend's version, as CMakeLists.txt's project() gives it. Defined in version.cpp, which the build
// generates (src/cli/CMakeLists.txt): a new version recompiles that one file.
#pragma once

namespace tend::cli {

extern const char version[];

}  // namespace tend::cli
