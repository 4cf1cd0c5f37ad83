// The measures (questionnaires): the built-in ones, and the user's directory
// ($XDG_CONFIG_HOME/tend/measures/NAME.toml), whose files override or add to them, as for
// templates.
#pragma once

#include "core/measure.hpp"
#include "core/toml_library.hpp"

namespace tend::core {

/// The measures' library.
[[nodiscard]] const DocumentLibrary<Measure>& measures();

}  // namespace tend::core
