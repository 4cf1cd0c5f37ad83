// Guided templates as data: a name, a title and ordered prompts, written in TOML. The built-in
// ones are TOML text compiled into the binary and read by the same parser as the user's files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/builtin_toml.hpp"
#include "core/keyed.hpp"

namespace tend::core {

struct Prompt {
    std::string key;       ///< how answers refer to it: lower case, digits, '-' and '_'
    std::string question;  ///< what is asked
    std::string hint;      ///< a line of help under the question; may be empty
};

struct Template {
    std::string name;   ///< e.g. "reflection"; the file name without ".toml"
    std::string title;  ///< e.g. "Reflection on a session"
    std::vector<Prompt> prompts;
    /// Where it came from: empty for a built-in, else the file's path.
    std::filesystem::path path;
    /// The TOML text it was read from.
    std::string source;

    [[nodiscard]] bool builtin() const { return path.empty(); }
    /// The prompt with this key, or nullptr.
    [[nodiscard]] const Prompt* prompt(std::string_view key) const {
        return find_key(prompts, key);
    }
    /// The keys in order, comma-separated, for messages.
    [[nodiscard]] std::string key_list() const { return key_list_of(prompts); }
};

/// A built-in template's name and TOML text, as compiled in.
using BuiltinTemplate = BuiltinToml;

/// The built-in templates, by name.
[[nodiscard]] const std::vector<BuiltinTemplate>& builtin_templates();

/// Parses a template. `origin` names it in messages (a path, or "built-in template NAME");
/// `expected_name`, when not empty, is the name its file gives it. Throws a usage error
/// "ORIGIN:LINE: problem" for invalid TOML, a missing or wrong field, a bad or repeated key, or
/// an unknown field.
[[nodiscard]] Template parse_template(std::string_view text, const std::string& origin,
                                      std::string_view expected_name);

}  // namespace tend::core
