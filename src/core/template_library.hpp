// The guided templates: the built-in ones, and the user's directory
// ($XDG_CONFIG_HOME/tend/templates/NAME.toml), whose files override or add to them.
#pragma once

#include "core/template.hpp"
#include "core/toml_library.hpp"

namespace tend::core {

/// The templates' library.
[[nodiscard]] const DocumentLibrary<Template>& templates();

}  // namespace tend::core
