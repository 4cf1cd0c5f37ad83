// Templates from two places: compiled in, and the user's directory, which wins.
#include "core/template_library.hpp"

#include "core/toml_library.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace fs = std::filesystem;

namespace {

const TomlLibrary& library() {
    static const TomlLibrary templates("template", "tend template list", builtin_templates(),
                                       is_template_name);
    return templates;
}

Template parsed(const TomlSource& source) {
    auto t = parse_template(source.text, source.origin, source.name);
    if (source.path) t.path = *source.path;
    return t;
}

}  // namespace

fs::path user_templates_dir() {
    return util::config_home() / "tend" / "templates";
}

std::optional<Template> find_template(std::string_view name, const fs::path& dir) {
    if (auto source = library().find(name, dir)) return parsed(*source);
    return std::nullopt;
}

std::set<std::string> template_names(const fs::path& dir) {
    return library().names(dir);
}

Template load_template(std::string_view name, const fs::path& dir) {
    if (auto t = find_template(name, dir)) return *t;
    library().refuse_unknown(name, dir);
}

std::vector<Template> all_templates(const fs::path& dir) {
    std::vector<Template> out;
    for (const auto& source : library().all(dir)) out.push_back(parsed(source));
    return out;
}

}  // namespace tend::core
