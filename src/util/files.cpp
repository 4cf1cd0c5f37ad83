#include "util/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "util/env.hpp"
#include "util/error.hpp"
#include "util/uuid.hpp"

namespace tend::util {
namespace fs = std::filesystem;

namespace {

std::string why() {
    return std::strerror(errno);
}

/// $HOME, or nullopt when it is unset or empty.
std::optional<fs::path> home_variable() {
    if (auto home = env("HOME")) return fs::path(*home);
    return std::nullopt;
}

}  // namespace

void ensure_private_directory(const fs::path& dir) {
    if (dir.empty()) return;
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0) {
        if (!S_ISDIR(st.st_mode)) throw failure(fmt::format("{} is not a directory", dir.string()));
        return;
    }
    ensure_private_directory(dir.parent_path());
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        throw failure(fmt::format("cannot create directory {}: {}", dir.string(), why()));
    ::chmod(dir.c_str(), 0700);  // mkdir's mode is masked by the umask
}

void ensure_private_file(const fs::path& file) {
    int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return;  // made a moment ago, by another process: theirs to set
        if (errno == EISDIR)
            throw failure(fmt::format("{} is a directory, not a tend database", file.string()));
        throw failure(fmt::format("cannot create {}: {}", file.string(), why()));
    }
    ::fchmod(fd, 0600);  // open's mode is masked by the umask
    ::close(fd);
}

AtomicFile::AtomicFile(fs::path file) : file_(std::move(file)) {
    auto dir = file_.parent_path().empty() ? fs::path(".") : file_.parent_path();
    temp_ = dir / fmt::format(".{}.{}.tmp", file_.filename().string(), new_uuid().substr(0, 8));
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd_ < 0) throw failure(fmt::format("cannot write {}: {}", file_.string(), why()));
    ::fchmod(fd_, 0600);
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
}

void AtomicFile::fail() {
    auto reason = why();
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    ::unlink(temp_.c_str());
    temp_.clear();
    throw failure(fmt::format("cannot write {}: {}", file_.string(), reason));
}

void AtomicFile::write(std::string_view piece) {
    const char* p = piece.data();
    std::size_t left = piece.size();
    while (left > 0) {
        auto n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail();
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

void AtomicFile::commit() {
    if (::fsync(fd_) != 0) fail();
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 || ::rename(temp_.c_str(), file_.c_str()) != 0) {
        auto reason = why();
        ::unlink(temp_.c_str());
        temp_.clear();
        throw failure(fmt::format("cannot write {}: {}", file_.string(), reason));
    }
    temp_.clear();
}

void write_file_atomically(const fs::path& file, std::string_view content) {
    AtomicFile out(file);
    out.write(content);
    out.commit();
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw failure(fmt::format("cannot read {}: {}", file.string(), why()));
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string size_words(std::size_t bytes) {
    constexpr std::size_t kib = 1024;
    constexpr std::size_t mib = kib * kib;
    if (bytes >= mib && bytes % mib == 0) return fmt::format("{} MiB", bytes / mib);
    if (bytes >= kib && bytes % kib == 0) return fmt::format("{} KiB", bytes / kib);
    return fmt::format("{} bytes", bytes);
}

namespace {

/// What kind of file a mode says, for "is not a regular file (a FIFO)".
std::string_view kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a plain file";
}

/// Reads `fd` to its end or to one byte past `limit`, whichever comes first. False when it
/// went past the limit.
bool read_bounded(int fd, std::size_t limit, std::string& out, std::string& error) {
    out.clear();
    std::string buffer(64 * 1024, '\0');
    for (;;) {
        auto n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = why();
            return true;
        }
        if (n == 0) return true;
        out.append(buffer.data(), static_cast<std::size_t>(n));
        if (out.size() > limit) return false;
    }
}

}  // namespace

std::string read_regular_file(const fs::path& file, std::size_t limit, std::string_view what) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; nothing is read from one anyway.
    int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw failure(fmt::format("cannot read {} {}: {}", what, file.string(), why()));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        auto kind = kind_of(st.st_mode);
        ::close(fd);
        throw usage_error(
            fmt::format("{} {} is not a regular file ({})", what, file.string(), kind));
    }
    if (static_cast<std::uintmax_t>(st.st_size) > limit) {
        ::close(fd);
        throw usage_error(
            fmt::format("{} {} is larger than {}", what, file.string(), size_words(limit)));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string content, error;
    bool within = read_bounded(fd, limit, content, error);
    ::close(fd);
    if (!error.empty())
        throw failure(fmt::format("cannot read {} {}: {}", what, file.string(), error));
    if (!within)
        throw usage_error(
            fmt::format("{} {} is larger than {}", what, file.string(), size_words(limit)));
    return content;
}

std::size_t TextInMemory::read(char* into, std::size_t most) {
    auto n = std::min(most, text_.size() - at_);
    std::memcpy(into, text_.data() + at_, n);
    at_ += n;
    return n;
}

TextFile::TextFile(const fs::path& file, std::size_t limit, std::string_view what)
    : file_(file), limit_(limit), what_(what) {
    fd_ = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0) throw failure(fmt::format("cannot read {} {}: {}", what, file.string(), why()));
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
        auto kind = kind_of(st.st_mode);
        ::close(fd_);
        throw usage_error(
            fmt::format("{} {} is not a regular file ({})", what, file.string(), kind));
    }
    if (static_cast<std::uintmax_t>(st.st_size) > limit) {
        ::close(fd_);
        throw usage_error(
            fmt::format("{} {} is larger than {}", what, file.string(), size_words(limit)));
    }
    ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
    size_ = static_cast<std::size_t>(st.st_size);
}

TextFile::~TextFile() {
    ::close(fd_);
}

std::size_t TextFile::read(char* into, std::size_t most) {
    for (;;) {
        auto n = ::read(fd_, into, most);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw failure(fmt::format("cannot read {} {}: {}", what_, file_.string(), why()));
        read_ += static_cast<std::size_t>(n);
        if (read_ > limit_)
            throw usage_error(
                fmt::format("{} {} is larger than {}", what_, file_.string(), size_words(limit_)));
        return static_cast<std::size_t>(n);
    }
}

void TextFile::rewind() {
    if (::lseek(fd_, 0, SEEK_SET) != 0)
        throw failure(fmt::format("cannot read {} {}: {}", what_, file_.string(), why()));
    read_ = 0;
}

std::string read_standard_input(std::size_t limit, std::string_view what) {
    std::string content, error;
    bool within = read_bounded(STDIN_FILENO, limit, content, error);
    if (!error.empty()) throw failure(fmt::format("cannot read {}: {}", what, error));
    if (!within) throw usage_error(fmt::format("{} must be at most {}", what, size_words(limit)));
    return content;
}

void refuse_special_file(const fs::path& file, std::string_view what) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return;  // nothing there (yet): it will be created
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return;
    throw usage_error(
        fmt::format("{} {} is not a regular file ({})", what, file.string(), kind_of(st.st_mode)));
}

fs::path data_home() {
    if (auto dir = env("XDG_DATA_HOME"); dir && dir->front() == '/') return fs::path(*dir);
    auto home = home_variable();
    if (!home)
        throw failure(
            "HOME is not set, so tend cannot find its database; set HOME, or give "
            "the database with --db or TEND_DB");
    // Never create a missing home directory (a service account's /nonexistent, a typo): the
    // database would end up where nobody looks for it.
    std::error_code ec;
    if (!fs::is_directory(*home, ec))
        throw failure(
            fmt::format("the home directory {} does not exist, so tend will not put "
                        "its database there; give it with --db or TEND_DB",
                        home->string()));
    return *home / ".local" / "share";
}

std::optional<fs::path> config_home_if_known() {
    if (auto dir = env("XDG_CONFIG_HOME"); dir && dir->front() == '/') return fs::path(*dir);
    if (auto home = home_variable()) return *home / ".config";
    return std::nullopt;
}

fs::path config_home() {
    if (auto dir = config_home_if_known()) return *dir;
    throw failure("HOME is not set, so tend cannot find its config; set HOME or XDG_CONFIG_HOME");
}

}  // namespace tend::util
