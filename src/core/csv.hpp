// CSV as RFC 4180 describes it, read and written: quoted fields with commas, doubled quotes and
// line breaks inside quotes; CRLF, LF or CR line ends; a leading UTF-8 byte-order mark ignored.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tend::core {

/// One record of a CSV file: its fields, the line (from 1) where it starts, and how far into
/// the text (a leading byte-order mark included) its line end reaches.
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
    std::size_t end = 0;
};

/// A CSV file that cannot be read: the line of the problem and what it is.
class CsvError : public std::runtime_error {
public:
    CsvError(std::size_t line, const std::string& problem)
        : std::runtime_error(problem), line_(line) {}
    [[nodiscard]] std::size_t line() const { return line_; }

private:
    std::size_t line_;
};

/// Every record of a CSV text, in order. An empty line is a record with one empty field; a
/// final line break does not start another record. Throws CsvError for a quoted field left
/// open at the end, or for text between a closing quote and the next comma or line end. A
/// quote inside an unquoted field is kept as it is, as spreadsheets do.
[[nodiscard]] std::vector<CsvRecord> read_csv(std::string_view text);

/// Calls `each` with every record of a CSV text, in order, as read_csv gives them, one record
/// held at a time (refilled in place between calls). Throws as read_csv does, when it meets the
/// problem: after the records before it were given.
void for_each_csv_record(std::string_view text, const std::function<void(const CsvRecord&)>& each);

/// A field quoted when it must be (a comma, quote, line break, or leading or trailing space),
/// with its quotes doubled.
[[nodiscard]] std::string csv_field(std::string_view value);

/// `value` as a spreadsheet shows it without running it: text that begins with =, +, -, @, a
/// tab or a carriage return (which a spreadsheet would take for a formula) gets a leading '.
[[nodiscard]] std::string spreadsheet_text(std::string_view value);

/// A record: fields quoted as needed, joined by commas, ending with CRLF.
[[nodiscard]] std::string csv_row(const std::vector<std::string>& fields);

}  // namespace tend::core
