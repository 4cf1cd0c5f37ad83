#include "core/toml_library.hpp"

#include <map>
#include <system_error>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::core {
namespace fs = std::filesystem;

namespace {

TomlSource from_file(const fs::path& file, std::string_view name, std::string_view noun) {
    auto text = util::read_regular_file(file, max_document_bytes, fmt::format("{} file", noun));
    return {std::string(name), file.string(), std::move(text), file};
}

/// The user's files, by name (files whose names cannot name a document are ignored).
std::map<std::string, fs::path> user_files(const fs::path& dir, bool (*is_name)(std::string_view)) {
    std::map<std::string, fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto& path = entry.path();
        auto name = path.stem().string();
        if (path.extension() == ".toml" && is_name(name) && !entry.is_directory(ec))
            files.emplace(name, path);
    }
    return files;
}

}  // namespace

TomlLibrary::TomlLibrary(std::string_view noun, std::string_view list_command,
                         const std::vector<BuiltinToml>& builtins,
                         bool (*is_name)(std::string_view))
    : noun_(noun), list_command_(list_command), builtins_(builtins), is_name_(is_name) {}

TomlSource TomlLibrary::builtin(const BuiltinToml& b) const {
    return {std::string(b.name), fmt::format("built-in {} {}", noun_, b.name), std::string(b.text),
            std::nullopt};
}

std::optional<TomlSource> TomlLibrary::find(std::string_view name, const fs::path& dir) const {
    if (!is_name_(name)) return std::nullopt;
    auto file = dir / (std::string(name) + ".toml");
    std::error_code ec;
    // Anything by that name is the user's (a FIFO or a link to a device is refused, not waited
    // on); only when there is none does a built-in one answer.
    if (fs::exists(fs::symlink_status(file, ec))) return from_file(file, name, noun_);
    for (const auto& b : builtins_)
        if (b.name == name) return builtin(b);
    return std::nullopt;
}

std::set<std::string> TomlLibrary::names(const fs::path& dir) const {
    std::set<std::string> names;
    for (const auto& b : builtins_) names.emplace(b.name);
    for (const auto& [name, file] : user_files(dir, is_name_)) names.insert(name);
    return names;
}

std::vector<TomlSource> TomlLibrary::all(const fs::path& dir) const {
    std::map<std::string, TomlSource> by_name;
    for (const auto& b : builtins_) by_name.emplace(std::string(b.name), builtin(b));
    for (const auto& [name, file] : user_files(dir, is_name_))
        by_name.insert_or_assign(name, from_file(file, name, noun_));
    std::vector<TomlSource> out;
    for (auto& [name, source] : by_name) out.push_back(std::move(source));
    return out;
}

void TomlLibrary::refuse_unknown(std::string_view name, const fs::path& dir) const {
    auto known = names(dir);  // a broken file is not this one's problem
    throw usage_error(fmt::format("there is no {0} {1}; the {0}s are {2} ({3} shows them)", noun_,
                                  core::quoted(name), fmt::join(known, ", "), list_command_));
}

}  // namespace tend::core
