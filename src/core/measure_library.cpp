// Measures from two places: compiled in, and the user's directory, which wins.
#include "core/measure_library.hpp"

#include "core/toml_library.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace fs = std::filesystem;

namespace {

const TomlLibrary& library() {
    static const TomlLibrary measures("measure", "tend check list", builtin_measures(),
                                      is_measure_name);
    return measures;
}

Measure parsed(const TomlSource& source) {
    auto m = parse_measure(source.text, source.origin, source.name);
    if (source.path) m.path = *source.path;
    return m;
}

}  // namespace

fs::path user_measures_dir() {
    return util::config_home() / "tend" / "measures";
}

std::optional<Measure> find_measure(std::string_view name, const fs::path& dir) {
    if (auto source = library().find(name, dir)) return parsed(*source);
    return std::nullopt;
}

std::set<std::string> measure_names(const fs::path& dir) {
    return library().names(dir);
}

Measure load_measure(std::string_view name, const fs::path& dir) {
    if (auto m = find_measure(name, dir)) return *m;
    library().refuse_unknown(name, dir);
}

std::vector<Measure> all_measures(const fs::path& dir) {
    std::vector<Measure> out;
    for (const auto& source : library().all(dir)) out.push_back(parsed(source));
    return out;
}

}  // namespace tend::core
