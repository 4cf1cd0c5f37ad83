// File-system helpers that keep the user's data private: owner-only directories and files,
// and atomic writes (temporary file, then rename).
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace tend::util {

/// Creates `dir` and any missing parents with mode 0700 (whatever the umask). Throws a failure
/// naming the directory when it cannot.
void ensure_private_directory(const std::filesystem::path& dir);

/// Creates an empty file with mode 0600 (whatever the umask) if nothing exists at `file`;
/// leaves anything that does exist alone.
void ensure_private_file(const std::filesystem::path& file);

/// Writes `content` to `file` atomically with mode 0600.
void write_file_atomically(const std::filesystem::path& file, std::string_view content);

/// The whole content of a file; throws a failure naming it when it cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& file);

/// `$XDG_DATA_HOME`, else `~/.local/share`. Throws a failure when HOME is unset or is not an
/// existing directory.
[[nodiscard]] std::filesystem::path data_home();

/// `$XDG_CONFIG_HOME`, else `~/.config`; nullopt when neither that nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> config_home_if_known();

/// As config_home_if_known(), but throws a failure naming what to set when it is not known.
[[nodiscard]] std::filesystem::path config_home();

}  // namespace tend::util
