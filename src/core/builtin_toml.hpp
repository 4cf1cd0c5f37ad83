// A document compiled into tend (cmake/embed_toml.cmake): a built-in template or measure.
#pragma once

#include <string_view>

namespace tend::core {

/// A built-in document's name and TOML text, as compiled in.
struct BuiltinToml {
    std::string_view name;
    std::string_view text;
};

}  // namespace tend::core
