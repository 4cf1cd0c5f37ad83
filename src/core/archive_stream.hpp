// Reading tend's export document record by record: what `tend import` uses, so that a file
// of ten years costs the memory of one record (core/archive_reader.cpp).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/archive.hpp"
#include "core/clock.hpp"
#include "core/read_progress.hpp"

namespace tend::util {
class TextSource;
}

namespace tend::core {

/// Receives an export document as it is read, record by record.
class ArchiveSink {
public:
    virtual ~ArchiveSink() = default;
    /// The document's deletions, by kind and UUID: once, before any record.
    virtual void deletions(const std::vector<Tombstone>& deleted) = 0;
    /// One record of the kind at `kind` (its position in record_kinds()): every record of a
    /// kind comes before any of a later kind, each kind's in the document's order. The record
    /// is refilled for the next one: take what is kept.
    virtual void record(std::size_t kind, Record& record) = 0;
};

/// Reads an export document record by record, holding one record at a time (and the
/// deletions), so that ten years cost no more memory than a day. check() reads the whole
/// document once without keeping its records: JSON syntax, the header, the top-level keys and
/// the deletions, each problem reported as parse_archive does, so that a file refused there
/// has touched nothing. read() then hands the deletions and every record, checked, to a sink.
/// A document whose kinds are not in import order (hand-written) is read once more for each
/// time the order goes back. `source` names it in errors; `now` fills a missing created_at or
/// updated_at.
class ArchiveStream {
public:
    ArchiveStream(util::TextSource& text, std::string_view source, const Instant& now);
    ~ArchiveStream();
    ArchiveStream(const ArchiveStream&) = delete;
    ArchiveStream& operator=(const ArchiveStream&) = delete;
    void check(const ReadProgress& progress = {});
    void read(ArchiveSink& sink, const ReadProgress& progress = {});

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace tend::core
