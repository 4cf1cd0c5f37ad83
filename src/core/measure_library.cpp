// Measures from two places: compiled in, and the user's directory, which wins.
#include "core/measure_library.hpp"

#include <map>
#include <system_error>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace fs = std::filesystem;

namespace {

Measure from_builtin(const BuiltinMeasure& b) {
    return parse_measure(b.text, fmt::format("built-in measure {}", b.name), b.name);
}

Measure from_file(const fs::path& file, std::string_view name) {
    auto m = parse_measure(util::read_file(file), file.string(), name);
    m.path = file;
    return m;
}

/// The user's measure files, by name (files whose names cannot name a measure are ignored).
std::map<std::string, fs::path> user_files(const fs::path& dir) {
    std::map<std::string, fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto& path = entry.path();
        auto name = path.stem().string();
        if (path.extension() == ".toml" && is_measure_name(name) && !entry.is_directory(ec))
            files.emplace(name, path);
    }
    return files;
}

}  // namespace

fs::path user_measures_dir() {
    return util::config_home() / "tend" / "measures";
}

std::optional<Measure> find_measure(std::string_view name, const fs::path& dir) {
    if (!is_measure_name(name)) return std::nullopt;
    auto file = dir / (std::string(name) + ".toml");
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return from_file(file, name);
    for (const auto& b : builtin_measures())
        if (b.name == name) return from_builtin(b);
    return std::nullopt;
}

std::set<std::string> measure_names(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& b : builtin_measures()) names.emplace(b.name);
    for (const auto& [name, file] : user_files(dir)) names.insert(name);
    return names;
}

Measure load_measure(std::string_view name, const fs::path& dir) {
    if (auto m = find_measure(name, dir)) return *m;
    auto names = measure_names(dir);  // a broken file is not this one's problem
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    throw usage_error(
        fmt::format("there is no measure {}; the measures are {} (tend check list shows them)",
                    core::quoted(name), known));
}

std::vector<Measure> all_measures(const fs::path& dir) {
    std::map<std::string, Measure> by_name;
    for (const auto& b : builtin_measures()) by_name.emplace(std::string(b.name), from_builtin(b));
    for (const auto& [name, file] : user_files(dir))
        by_name.insert_or_assign(name, from_file(file, name));
    std::vector<Measure> out;
    for (auto& [name, m] : by_name) out.push_back(std::move(m));
    return out;
}

}  // namespace tend::core
