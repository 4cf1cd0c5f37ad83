#include "core/daylio.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/csv.hpp"
#include "core/month_names.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::core {
namespace {

/// The namespace of the name-based UUIDs given to Daylio rows.
constexpr std::string_view daylio_namespace = "4f0cbb42-2a53-4d0e-9a54-3c1f5f0d6e7b";

/// Where each column is in the file (its header names them; the order may vary).
struct Columns {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::size_t count = 0;
    std::size_t full_date = npos, time = npos, mood = npos, activities = npos, note_title = npos,
                note = npos;
    /// The oldest form: no full_date, a year and a day and month name in the phone's language.
    std::size_t year = npos, date = npos;
    [[nodiscard]] bool oldest() const { return full_date == npos; }
};

/// Texts met again and again (mood names, month words), each kept once and named by its place,
/// in the order first met.
class Texts {
public:
    std::uint32_t place_of(std::string_view text) {
        auto [it, added] = places_.try_emplace(std::string(text), 0);
        if (added) {
            it->second = static_cast<std::uint32_t>(texts_.size());
            texts_.push_back(it->first);
        }
        return it->second;
    }
    [[nodiscard]] const std::string& operator[](std::uint32_t place) const { return texts_[place]; }
    [[nodiscard]] const std::vector<std::string>& all() const { return texts_; }

private:
    std::map<std::string, std::uint32_t, std::less<>> places_;
    std::vector<std::string> texts_;
};

/// What a row holds besides its mood, until its mood name is mapped to a score: kept apart from
/// the moods, which become the file's where they are, and small, so that ten years of rows are
/// not held twice over.
struct Row {
    std::size_t line = 0;
    std::uint32_t mood_name = 0;  ///< as written, trimmed: its place in the names read
    // In the oldest form, until the month names are read: the year, the day of the month and
    // the month word as written (its place in the words read), and the time.
    std::uint32_t month_word = 0;
    int year = 0;
    int day_of_month = 0;
    TimeOfDay time;
};

/// The rows read so far: the moods and, beside each, its row.
struct Rows {
    std::vector<Mood> moods;
    std::vector<Row> rows;
    Texts mood_names;
    Texts month_words;
};

Error at_line(std::string_view source, std::size_t line, const std::string& problem) {
    return usage_error(fmt::format("{}, line {}: {}", source, line, problem));
}

Columns columns_of(const CsvRecord& header, std::string_view source) {
    Columns c;
    c.count = header.fields.size();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        auto name = util::to_lower(util::trim(header.fields[i]));
        if (name == "full_date")
            c.full_date = i;
        else if (name == "time")
            c.time = i;
        else if (name == "mood")
            c.mood = i;
        else if (name == "activities")
            c.activities = i;
        else if (name == "note_title")
            c.note_title = i;
        else if (name == "note")
            c.note = i;
        else if (name == "year")
            c.year = i;
        else if (name == "date")
            c.date = i;
    }
    bool oldest = c.full_date == Columns::npos && c.year != Columns::npos &&
                  c.date != Columns::npos;  // year,date,weekday,time,mood,activities,note
    for (auto [index, name] : {std::pair{oldest ? c.year : c.full_date, "full_date"},
                               std::pair{c.time, "time"}, std::pair{c.mood, "mood"}})
        if (index == Columns::npos)
            throw at_line(source, header.line,
                          fmt::format("the header has no {} column; a Daylio export starts with "
                                      "full_date,date,weekday,time,mood,activities,note_title,"
                                      "note",
                                      name));
    return c;
}

/// True if the first field is a year such as 2016 (the oldest form's first column).
bool is_year(std::string_view text) {
    text = util::trim(text);
    return text.size() == 4 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

/// True if the record is a row, not a header: a date such as 2026-11-20 (or, in the oldest form
/// of 7 columns, a year) first and a time fourth, in one of the widths Daylio writes (7 columns,
/// 8 with note_title, 9 with scales).
bool is_first_row(const CsvRecord& r) {
    auto n = r.fields.size();
    if (n != 7 && n != 8 && n != 9) return false;
    bool dated = parse_day(util::trim(r.fields[0])).has_value() || (n == 7 && is_year(r.fields[0]));
    return dated && parse_daylio_time(r.fields[3]);
}

/// The columns of a file without a header, from its first row: full_date (or, in the oldest
/// form, year), date, weekday, time, mood, activities, then note (7), note_title and note (8),
/// or those and scales (9).
Columns columns_in_order(const CsvRecord& first) {
    Columns c;
    c.count = first.fields.size();
    if (is_year(first.fields[0])) {
        c.year = 0;
        c.date = 1;
    } else {
        c.full_date = 0;
    }
    c.time = 3;
    c.mood = 4;
    c.activities = 5;
    if (c.count == 7) {
        c.note = 6;
    } else {
        c.note_title = 6;
        c.note = 7;
    }
    return c;
}

/// A cell of the record, viewed where the record holds it (so that what is trimmed from it stays
/// valid while the record does); empty for a column the file does not have.
std::string_view cell(const CsvRecord& r, std::size_t index) {
    return index == Columns::npos ? std::string_view() : std::string_view(r.fields[index]);
}

std::vector<std::string> activities_of(const std::string& text, std::size_t line,
                                       std::string_view source) {
    std::vector<std::string> tags;
    std::string_view rest = text;
    while (true) {
        auto bar = rest.find('|');
        auto piece = util::trim(rest.substr(0, bar));
        if (!piece.empty()) {
            if (auto problem = tag_problem(piece))
                throw at_line(source, line,
                              fmt::format("activity {} cannot be a tag: a tag is {}",
                                          core::quoted(piece), *problem));
            tags.push_back(normalise_tag(piece));
        }
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

/// Line breaks as tend writes them (a file saved with CRLF line ends has them in notes too).
std::string unix_lines(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::string note_of(const CsvRecord& r, const Columns& c) {
    auto title = unix_lines(util::trim(cell(r, c.note_title)));
    auto body = unix_lines(util::trim(cell(r, c.note)));
    if (title.empty()) return body;
    if (body.empty()) return title;
    return title + "\n" + body;
}

/// The oldest form's year and date (`20 September`, `20. September`, `September 20`,
/// `20 de septiembre`): the day of the month and the month word, read as a date later.
void read_oldest_date(const CsvRecord& r, const Columns& c, std::string_view source, Row& row,
                      Texts& month_words) {
    auto year_text = util::trim(cell(r, c.year));
    auto year = parse_whole_number(year_text);
    if (!year || *year < 1900 || *year > 9999)
        throw at_line(source, r.line,
                      fmt::format("year {} is not a year such as 2016", core::quoted(year_text)));
    row.year = static_cast<int>(*year);
    auto date = std::string(util::trim(cell(r, c.date)));
    std::vector<std::string_view> words;
    std::string_view number;
    std::string_view rest = date;
    while (!rest.empty()) {
        auto start = rest.find_first_not_of(" .,");
        if (start == std::string_view::npos) break;
        rest.remove_prefix(start);
        auto end = std::min(rest.find_first_of(" ,"), rest.size());
        auto word = rest.substr(0, end);
        rest.remove_prefix(end);
        auto digits = word;
        while (!digits.empty() && digits.back() == '.') digits.remove_suffix(1);
        if (number.empty() && !digits.empty() &&
            digits.find_first_not_of("0123456789") == std::string_view::npos)
            number = digits;
        else
            words.push_back(word);
    }
    auto day = number.empty() ? std::nullopt : parse_whole_number(number);
    // The month is the word nearest the day: `20 de septiembre` has it last, `September 20`
    // first.
    if (!day || *day < 1 || *day > 31 || words.empty())
        throw at_line(source, r.line,
                      fmt::format("date {} is not a day and a month such as 20 September",
                                  core::quoted(date)));
    row.day_of_month = static_cast<int>(*day);
    bool number_first = number.data() < words.front().data();
    row.month_word = month_words.place_of(number_first ? words.back() : words.front());
}

/// Gives the rows of the oldest form their days, from the month names of the phone's language.
void date_oldest_rows(Rows& read, std::string_view source) {
    const auto& words = read.month_words.all();
    if (words.empty()) return;
    auto months = months_of(words, source);
    for (std::size_t i = 0; i < read.rows.size(); ++i) {
        const auto& row = read.rows[i];
        const auto& word = read.month_words[row.month_word];
        auto text = fmt::format("{:04}-{:02}-{:02}", row.year, months.at(word), row.day_of_month);
        auto day = parse_day(text);
        if (!day)
            throw at_line(source, row.line,
                          fmt::format("{} has no day {} in {}", core::quoted(word),
                                      row.day_of_month, row.year));
        read.moods[i].day = *day;
        read.moods[i].at = local_instant(*day, row.time);
    }
}

/// Reads a record as the next mood and its row.
void read_row(const CsvRecord& r, const Columns& c, std::string_view source, Rows& read) {
    if (r.fields.size() != c.count)
        throw at_line(source, r.line,
                      fmt::format("{} fields where the header has {}; a field holding a comma "
                                  "must be quoted",
                                  r.fields.size(), c.count));
    for (const auto& f : r.fields)
        if (!util::is_valid_utf8(f)) throw at_line(source, r.line, "the text is not valid UTF-8");
    Row row;
    Mood mood;
    row.line = r.line;
    std::optional<Day> day;
    if (c.oldest()) {
        read_oldest_date(r, c, source, row, read.month_words);
    } else {
        auto date = std::string(util::trim(cell(r, c.full_date)));
        day = parse_day(date);
        if (!day)
            throw at_line(
                source, r.line,
                fmt::format("full_date {} is not a date such as 2026-11-20", core::quoted(date)));
    }
    auto time_text = std::string(util::trim(cell(r, c.time)));
    auto time = parse_daylio_time(time_text);
    if (!time)
        throw at_line(
            source, r.line,
            fmt::format("time {} is not a time such as 17:01 or 5:01 PM", core::quoted(time_text)));
    auto mood_name = util::trim(cell(r, c.mood));
    if (mood_name.empty()) throw at_line(source, r.line, "the mood is empty");
    row.time = *time;
    if (day) {
        mood.day = *day;
        mood.at = local_instant(*day, *time);
    }
    mood.note = note_of(r, c);
    if (auto problem = text_problem(mood.note))
        throw at_line(source, r.line, "the note " + *problem);
    mood.tags = activities_of(std::string(cell(r, c.activities)), r.line, source);
    row.mood_name = read.mood_names.place_of(mood_name);
    read.moods.push_back(std::move(mood));
    read.rows.push_back(row);
}

/// Each mood name's score, in the order the names were first read; refuses the file when some
/// names have none, listing them all at once.
std::vector<int> scores_of(const Texts& mood_names, const MoodNames& names,
                           std::string_view source) {
    std::vector<int> scores;
    std::vector<std::string> unknown;  // as written, first seen first
    for (const auto& name : mood_names.all()) {
        auto it = names.find(fold_mood_name(name));
        scores.push_back(it == names.end() ? 0 : it->second);
        if (it == names.end()) unknown.push_back(name);
    }
    if (unknown.empty()) return scores;
    std::vector<std::string> quoted_names;
    for (const auto& name : unknown) quoted_names.push_back(core::quoted(name));
    auto list = util::join(quoted_names, ", ");
    throw usage_error(fmt::format(
        "{} has mood names that are neither Daylio's defaults (awful, bad, meh, good, rad) nor "
        "mapped: {}; give each a score from {} with --map, e.g. --map {}",
        source, list, score_range(), core::quoted(unknown.front() + "=7")));
}

/// The row's identity: its day and minute, and which of the rows of that minute it is (counted
/// from the oldest), so that a later export, with notes, moods or activities edited in Daylio,
/// gives the same UUIDs.
std::string identity_of(const Mood& mood, int occurrence) {
    auto t = time_of(mood.at);
    return fmt::format("daylio\x1f{}\x1f{:02}:{:02}\x1f{}", format_day(mood.day), t.hour, t.minute,
                       occurrence);
}

/// The identity earlier versions gave a row: its mood name and note as well, and which of
/// several identical rows it is (counted in file order).
std::string earlier_identity_of(const Mood& mood, std::string_view mood_name, int occurrence) {
    auto t = time_of(mood.at);
    return fmt::format("daylio\x1f{}\x1f{:02}:{:02}\x1f{}\x1f{}\x1f{}", format_day(mood.day),
                       t.hour, t.minute, fold_mood_name(mood_name), mood.note, occurrence);
}

/// Puts each of `items` at the place `order` names for it (order[i]: the index of the item that
/// goes to place i), following each cycle of the permutation: nothing is held twice. `order` is
/// used up.
template <class T>
void permute(std::vector<T>& items, std::vector<std::uint32_t>& order) {
    for (std::uint32_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        T held = std::move(items[start]);
        auto place = start;
        while (order[place] != start) {
            auto from = order[place];
            items[place] = std::move(items[from]);
            order[place] = place;
            place = from;
        }
        items[place] = std::move(held);
        order[place] = place;
    }
}

}  // namespace

const MoodNames& daylio_default_moods() {
    static const MoodNames names{{"awful", 2}, {"bad", 4}, {"meh", 6}, {"good", 8}, {"rad", 10}};
    return names;
}

std::string fold_mood_name(std::string_view name) {
    return util::to_lower(util::trim(name));
}

std::pair<std::string, int> parse_mood_mapping(std::string_view text) {
    auto eq = text.rfind('=');
    auto name = eq == std::string_view::npos ? std::string() : fold_mood_name(text.substr(0, eq));
    auto score = eq == std::string_view::npos ? std::nullopt
                                              : parse_whole_number(util::trim(text.substr(eq + 1)));
    if (name.empty() || !score || *score < min_score || *score > max_score)
        throw usage_error(
            fmt::format("--map must be NAME=SCORE with a mood name and a score from {}, e.g. --map "
                        "\"super=9\" (got {})",
                        score_range(), core::quoted(text)));
    return {name, static_cast<int>(*score)};
}

std::optional<TimeOfDay> parse_daylio_time(std::string_view text) {
    text = util::trim(text);
    auto lower = util::to_lower(text);
    std::string_view s = lower;
    std::optional<bool> pm;
    for (auto [suffix, is_pm] : {std::pair{"a.m.", false}, std::pair{"p.m.", true},
                                 std::pair{"am", false}, std::pair{"pm", true}}) {
        if (s.ends_with(suffix)) {
            pm = is_pm;
            s = util::trim(s.substr(0, s.size() - std::string_view(suffix).size()));
            break;
        }
    }
    // One-digit hours (5:01) are padded for the strict 24-hour parser.
    std::string padded = s.size() >= 2 && s[1] == ':' ? "0" + std::string(s) : std::string(s);
    auto t = parse_time_of_day(padded);
    if (!t) return std::nullopt;
    if (pm) {
        if (t->hour < 1 || t->hour > 12) return std::nullopt;
        t->hour = t->hour % 12 + (*pm ? 12 : 0);
    }
    return t;
}

DaylioFile read_daylio_file(std::string_view text, const MoodNames& mapped, std::string_view source,
                            const ReadProgress& progress) {
    // The records are read one at a time: only the moods read from them are held, beside a
    // small row each. A row per line at most: reserved, the moods are never moved to a larger
    // block, which would hold them twice over.
    std::optional<Columns> columns;
    Rows read;
    auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    read.moods.reserve(lines);
    read.rows.reserve(lines);
    // The progress told: the text's bytes as they are read, then as much again for making the
    // moods' UUIDs, half for the earlier ones and half for their own.
    auto size = text.size();
    auto tell = [&](std::size_t done) {
        if (progress) progress(done, 2 * size);
    };
    auto tell_uuids = [&](std::size_t half, std::size_t i, std::size_t n) {
        if (i % 1024 == 0) tell(size + (half * n + i) * size / (2 * n));
    };
    std::size_t records = 0;
    tell(0);
    try {
        for_each_csv_record(text, [&](const CsvRecord& r) {
            if (++records % 256 == 0) tell(r.end);
            if (!columns) {
                // A file saved without its header starts with a row: its columns are then in
                // Daylio's order.
                bool headerless = is_first_row(r);
                columns = headerless ? columns_in_order(r) : columns_of(r, source);
                if (!headerless) return;
            }
            if (r.fields.size() == 1 && util::trim(r.fields[0]).empty()) return;  // blank line
            read_row(r, *columns, source, read);
        });
    } catch (const CsvError& e) {
        throw at_line(source, e.line(), e.what());
    }
    tell(size);
    if (!columns)
        throw usage_error(
            fmt::format("{} is empty; a Daylio export starts with the header "
                        "full_date,date,weekday,time,mood,activities,note_title,"
                        "note",
                        source));
    MoodNames names = daylio_default_moods();
    for (const auto& [name, score] : mapped) names[name] = score;
    auto scores = scores_of(read.mood_names, names, source);
    if (columns->oldest()) date_oldest_rows(read, source);

    auto& moods = read.moods;
    const auto& rows = read.rows;
    // The earlier UUIDs: of identical rows, the first in the file has the UUID of occurrence 0,
    // the next that of occurrence 1, and so on. Rows are grouped by that first UUID, in file
    // order within each group, to count them.
    std::vector<std::string> earlier(moods.size());
    for (std::size_t i = 0; i < moods.size(); ++i) {
        tell_uuids(0, i, moods.size());
        moods[i].score = scores[rows[i].mood_name];
        earlier[i] = util::name_uuid(
            daylio_namespace, earlier_identity_of(moods[i], read.mood_names[rows[i].mood_name], 0));
    }
    std::vector<std::uint32_t> order(moods.size());
    {
        std::iota(order.begin(), order.end(), 0U);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return earlier[a] < earlier[b]; });
        std::string group;  // the first UUID of the rows being counted
        int occurrence = 0;
        for (auto index : order) {
            occurrence = earlier[index] == group ? occurrence + 1 : 0;
            if (occurrence == 0) {
                group = earlier[index];
            } else {
                earlier[index] = util::name_uuid(
                    daylio_namespace,
                    earlier_identity_of(moods[index], read.mood_names[rows[index].mood_name],
                                        occurrence));
            }
        }
    }
    // Daylio writes newest first (so, within one minute, the later line is the older mood);
    // tend keeps them oldest first.
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (moods[a].at.utc != moods[b].at.utc) return moods[a].at.utc < moods[b].at.utc;
        return rows[a].line > rows[b].line;
    });
    auto order_again = order;
    permute(moods, order);
    permute(earlier, order_again);
    // Counted oldest first, so that an entry added later in the same minute leaves the others'
    // UUIDs as they were. Moods of one minute are next to each other once sorted by time.
    std::string key, previous;
    int occurrence = 0;
    for (std::size_t i = 0; i < moods.size(); ++i) {
        tell_uuids(1, i, moods.size());
        auto& mood = moods[i];
        key = identity_of(mood, 0);
        occurrence = key == previous ? occurrence + 1 : 0;
        mood.uuid = util::name_uuid(daylio_namespace, identity_of(mood, occurrence));
        std::swap(key, previous);
    }
    tell(2 * size);
    DaylioFile file;
    file.moods = std::move(moods);
    file.earlier_uuids = std::move(earlier);
    return file;
}

std::vector<Mood> read_daylio(std::string_view text, const MoodNames& mapped,
                              std::string_view source) {
    return read_daylio_file(text, mapped, source).moods;
}

bool looks_like_daylio(std::string_view text) {
    if (text.starts_with("\xef\xbb\xbf")) text.remove_prefix(3);
    if (util::to_lower(text.substr(0, 32)).starts_with("full_date,")) return true;
    // A file without its header: its first line is a row.
    auto first = text.substr(0, std::min(text.find_first_of("\r\n"), std::size_t{4096}));
    try {
        auto records = read_csv(first);
        return !records.empty() && is_first_row(records.front());
    } catch (const CsvError&) {
        return false;  // a quoted note with a line break: not worth more than a hint
    }
}

}  // namespace tend::core
