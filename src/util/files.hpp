// File-system helpers that keep the user's data private: owner-only directories and files,
// and atomic writes (temporary file, then rename).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
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

/// A file written in pieces that appears whole or not at all: the pieces go to a new file with
/// mode 0600 beside `file`, which commit() syncs and renames over it. Destroyed uncommitted (an
/// error on the way), it removes that new file and leaves `file` as it was.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path file);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    void write(std::string_view piece);
    void commit();

private:
    [[noreturn]] void fail();
    std::filesystem::path file_;
    std::filesystem::path temp_;
    int fd_ = -1;
};

/// The whole content of a file; throws a failure naming it when it cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& file);

/// The content of the regular file `file`, read without ever waiting on it: a FIFO, a device or
/// a directory is refused ("not a regular file", a usage error) before a byte is read, and a
/// file larger than `limit` bytes is refused after reading at most one byte more. `what` names
/// the file in messages ("import file"). A file that cannot be opened is a failure.
[[nodiscard]] std::string read_regular_file(const std::filesystem::path& file, std::size_t limit,
                                            std::string_view what);

/// All of standard input, at most `limit` bytes: more is a usage error naming `what`
/// ("the answers on standard input"), given after reading at most one byte past the limit.
[[nodiscard]] std::string read_standard_input(std::size_t limit, std::string_view what);

/// A document read piece by piece, from its start again as often as asked: a large import
/// holds one buffer of it at a time, not the whole file.
class TextSource {
public:
    virtual ~TextSource() = default;
    /// Reads up to `most` bytes into `into`; 0 at the end.
    virtual std::size_t read(char* into, std::size_t most) = 0;
    /// Goes back to the first byte.
    virtual void rewind() = 0;
    /// How many bytes there are (for a file, as it was when opened).
    [[nodiscard]] virtual std::size_t size() const = 0;
};

/// Text already in memory.
class TextInMemory final : public TextSource {
public:
    explicit TextInMemory(std::string_view text) : text_(text) {}
    std::size_t read(char* into, std::size_t most) override;
    void rewind() override { at_ = 0; }
    [[nodiscard]] std::size_t size() const override { return text_.size(); }

private:
    std::string_view text_;
    std::size_t at_ = 0;
};

/// The regular file `file`, opened and checked as read_regular_file does (with the same
/// messages), then read in pieces; a file that grows past `limit` while read is refused then.
class TextFile final : public TextSource {
public:
    TextFile(const std::filesystem::path& file, std::size_t limit, std::string_view what);
    ~TextFile() override;
    TextFile(const TextFile&) = delete;
    TextFile& operator=(const TextFile&) = delete;
    std::size_t read(char* into, std::size_t most) override;
    void rewind() override;
    [[nodiscard]] std::size_t size() const override { return size_; }

private:
    std::filesystem::path file_;
    std::size_t limit_;
    std::string what_;
    int fd_ = -1;
    std::size_t size_ = 0;
    std::size_t read_ = 0;  ///< bytes read since the last rewind
};

/// Throws a usage error when something other than a regular file or a directory exists at
/// `file` (a FIFO, a device, a socket; links are followed): a place to write to that tend
/// would wait on or could not replace. `what` names it ("-o").
void refuse_special_file(const std::filesystem::path& file, std::string_view what);

/// "1 MiB", "64 MiB", "512 KiB": a limit in bytes as a message shows it.
[[nodiscard]] std::string size_words(std::size_t bytes);

/// `$XDG_DATA_HOME`, else `~/.local/share`. Throws a failure when HOME is unset or is not an
/// existing directory.
[[nodiscard]] std::filesystem::path data_home();

/// `$XDG_CONFIG_HOME`, else `~/.config`; nullopt when neither that nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> config_home_if_known();

/// As config_home_if_known(), but throws a failure naming what to set when it is not known.
[[nodiscard]] std::filesystem::path config_home();

}  // namespace tend::util
