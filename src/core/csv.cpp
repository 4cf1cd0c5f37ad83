#include "core/csv.hpp"

namespace tend::core {
namespace {

constexpr std::string_view bom = "\xef\xbb\xbf";

/// A cursor over the text that counts lines (CRLF, LF and CR each end one).
class CsvReader {
public:
    explicit CsvReader(std::string_view text) : text_(text) {}
    [[nodiscard]] bool done() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const { return text_[pos_]; }
    [[nodiscard]] std::size_t line() const { return line_; }
    [[nodiscard]] std::size_t position() const { return pos_; }

    /// Consumes a line end if one is next; true if it did.
    bool line_end() {
        if (done()) return false;
        if (peek() == '\r') {
            ++pos_;
            if (!done() && peek() == '\n') ++pos_;
        } else if (peek() == '\n') {
            ++pos_;
        } else {
            return false;
        }
        ++line_;
        return true;
    }

    /// The next character, kept as it is (a line end inside quotes counts its line).
    void take(std::string& out) {
        auto start = pos_;
        if (line_end()) {
            out.append(text_.substr(start, pos_ - start));
            return;
        }
        out.push_back(text_[pos_++]);
    }

    void skip() { ++pos_; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

/// Reads a quoted field into `value` (empty).
void quoted_field(CsvReader& in, std::string& value) {
    std::size_t opened = in.line();
    in.skip();  // the opening quote
    while (true) {
        if (in.done())
            throw CsvError(opened, "a quoted field that starts on this line is never closed");
        if (in.peek() == '"') {
            in.skip();
            if (!in.done() && in.peek() == '"') {
                value.push_back('"');
                in.skip();
                continue;
            }
            if (!in.done() && in.peek() != ',' && in.peek() != '\r' && in.peek() != '\n')
                throw CsvError(in.line(),
                               "text follows a closing quote; a quote inside a quoted field "
                               "must be doubled (\"\")");
            return;
        }
        in.take(value);
    }
}

/// Reads an unquoted field into `value` (empty).
void plain_field(CsvReader& in, std::string& value) {
    while (!in.done() && in.peek() != ',' && in.peek() != '\r' && in.peek() != '\n') in.take(value);
}

}  // namespace

void for_each_csv_record(std::string_view text, const std::function<void(const CsvRecord&)>& each) {
    std::size_t skipped = 0;
    if (text.starts_with(bom)) {
        text.remove_prefix(bom.size());
        skipped = bom.size();
    }
    CsvReader in(text);
    CsvRecord record;
    while (!in.done()) {
        record.line = in.line();
        std::size_t n = 0;
        while (true) {
            bool quoted = !in.done() && in.peek() == '"';
            if (n == record.fields.size()) record.fields.emplace_back();
            auto& field = record.fields[n++];
            field.clear();
            if (quoted)
                quoted_field(in, field);
            else
                plain_field(in, field);
            if (!in.done() && in.peek() == ',') {
                in.skip();
                continue;
            }
            in.line_end();
            break;
        }
        record.fields.resize(n);
        record.end = skipped + in.position();
        each(record);
    }
}

std::vector<CsvRecord> read_csv(std::string_view text) {
    std::vector<CsvRecord> records;
    for_each_csv_record(text, [&](const CsvRecord& r) { records.push_back(r); });
    return records;
}

std::string csv_field(std::string_view value) {
    bool needs_quotes = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                        (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needs_quotes) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string spreadsheet_text(std::string_view value) {
    // As OWASP advises against CSV injection: a leading apostrophe makes the cell text.
    if (!value.empty() &&
        std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
        return "'" + std::string(value);
    return std::string(value);
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out.push_back(',');
        out += csv_field(fields[i]);
    }
    out += "\r\n";
    return out;
}

}  // namespace tend::core
