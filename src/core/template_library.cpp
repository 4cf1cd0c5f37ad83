// Templates from two places: compiled in, and the user's directory, which wins.
#include "core/template_library.hpp"

#include <map>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace fs = std::filesystem;

namespace {

Template from_builtin(const BuiltinTemplate& b) {
    return parse_template(b.text, fmt::format("built-in template {}", b.name), b.name);
}

Template from_file(const fs::path& file, std::string_view name) {
    auto t = parse_template(util::read_file(file), file.string(), name);
    t.path = file;
    return t;
}

/// The user's template files, by name (files whose names cannot name a template are ignored).
std::map<std::string, fs::path> user_files(const fs::path& dir) {
    std::map<std::string, fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto& path = entry.path();
        auto name = path.stem().string();
        if (path.extension() == ".toml" && is_template_name(name) && !entry.is_directory(ec))
            files.emplace(name, path);
    }
    return files;
}

}  // namespace

fs::path user_templates_dir() {
    return util::config_home() / "tend" / "templates";
}

std::optional<Template> find_template(std::string_view name, const fs::path& dir) {
    if (!is_template_name(name)) return std::nullopt;
    auto file = dir / (std::string(name) + ".toml");
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return from_file(file, name);
    for (const auto& b : builtin_templates())
        if (b.name == name) return from_builtin(b);
    return std::nullopt;
}

std::set<std::string> template_names(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& b : builtin_templates()) names.emplace(b.name);
    for (const auto& [name, file] : user_files(dir)) names.insert(name);
    return names;
}

Template load_template(std::string_view name, const fs::path& dir) {
    if (auto t = find_template(name, dir)) return *t;
    auto names = template_names(dir);  // a broken file is not this one's problem
    auto known = fmt::format("{}", fmt::join(names, ", "));
    throw usage_error(
        fmt::format("there is no template {}; the templates are {} (tend template "
                    "list shows them)",
                    core::quoted(name), known));
}

std::vector<Template> all_templates(const fs::path& dir) {
    std::map<std::string, Template> by_name;
    for (const auto& b : builtin_templates()) by_name.emplace(std::string(b.name), from_builtin(b));
    for (const auto& [name, file] : user_files(dir))
        by_name.insert_or_assign(name, from_file(file, name));
    std::vector<Template> out;
    for (auto& [name, t] : by_name) out.push_back(std::move(t));
    return out;
}

}  // namespace tend::core
