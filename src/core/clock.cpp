// Local-time conversions in one place: everything else speaks Instant and Day.
#include "core/clock.hpp"

#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/env.hpp"
#include "util/error.hpp"

namespace tend::core {
namespace {

using namespace std::chrono;

constexpr std::int64_t seconds_per_day = 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

/// The offset from UTC in force in the current TZ at a UTC instant.
std::int32_t offset_at(std::int64_t utc) {
    auto t = static_cast<std::time_t>(utc);
    std::tm tm{};
    if (localtime_r(&t, &tm) == nullptr) return 0;
    return static_cast<std::int32_t>(tm.tm_gmtoff);
}

std::int64_t days_since_epoch(Day day) {
    return static_cast<std::int64_t>(sys_days(day).time_since_epoch().count());
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

/// Parses `HH:MM` or `HH:MM:SS` (24-hour; the hour may have one digit).
std::optional<TimeOfDay> parse_time(std::string_view s) {
    auto colon = s.find(':');
    if (colon != 1 && colon != 2) return std::nullopt;
    auto hh = s.substr(0, colon);
    s.remove_prefix(colon + 1);
    if (s.size() != 2 && s.size() != 5) return std::nullopt;
    if (s.size() == 5 && s[2] != ':') return std::nullopt;
    auto mm = s.substr(0, 2);
    auto ss = s.size() == 5 ? s.substr(3, 2) : std::string_view("00");
    if (!all_digits(hh) || !all_digits(mm) || !all_digits(ss)) return std::nullopt;
    TimeOfDay t{to_int(hh), to_int(mm), to_int(ss)};
    if (t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
    return t;
}

}  // namespace

Day day_of(const Instant& at) {
    auto local = at.utc + at.offset;
    return Day{sys_days{days{floor_div(local, seconds_per_day)}}};
}

TimeOfDay time_of(const Instant& at) {
    auto local = at.utc + at.offset;
    auto secs = local - floor_div(local, seconds_per_day) * seconds_per_day;
    return {static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
            static_cast<int>(secs % 60)};
}

Instant local_instant(Day day, TimeOfDay time) {
    // The wall-clock reading as if it were UTC; the real instant is that minus the offset.
    std::int64_t naive =
        days_since_epoch(day) * seconds_per_day + time.hour * 3600 + time.minute * 60 + time.second;
    auto before = offset_at(naive - seconds_per_day);
    auto after = offset_at(naive + seconds_per_day);
    std::int64_t t1 = naive - before, t2 = naive - after;
    bool ok1 = offset_at(t1) == before, ok2 = offset_at(t2) == after;
    std::int64_t utc = 0;
    if (ok1 && ok2)
        utc = std::min(t1, t2);  // ambiguous (clocks went back): the earlier instant
    else if (ok1)
        utc = t1;
    else if (ok2)
        utc = t2;
    else
        utc = t1;  // skipped by a change (clocks went forward): read with the earlier offset
    return {utc, offset_at(utc)};
}

Instant in_local_zone(std::int64_t utc) {
    return {utc, offset_at(utc)};
}

bool in_supported_range(Day day) {
    static constexpr Day first{year{1970}, month{1}, std::chrono::day{1}};
    static constexpr Day last{year{9999}, month{12}, std::chrono::day{31}};
    return day >= first && day <= last;
}

std::string format_day(Day day) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                       static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

std::string format_iso(const Instant& at) {
    auto d = day_of(at);
    auto t = time_of(at);
    auto off = at.offset;
    char sign = off < 0 ? '-' : '+';
    if (off < 0) off = -off;
    return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", format_day(d), t.hour, t.minute,
                       t.second, sign, off / 3600, off / 60 % 60);
}

std::string format_day_short(Day day) {
    static constexpr const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {} {}", names[weekday_index(day)], static_cast<unsigned>(day.day()),
                       months[static_cast<unsigned>(day.month()) - 1]);
}

std::string format_hhmm(const Instant& at) {
    auto t = time_of(at);
    return fmt::format("{:02}:{:02}", t.hour, t.minute);
}

std::optional<Day> parse_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    Day day{year{to_int(y)}, month{static_cast<unsigned>(to_int(m))},
            std::chrono::day{static_cast<unsigned>(to_int(d))}};
    if (!day.ok()) return std::nullopt;
    return day;
}

std::optional<Instant> parse_iso(std::string_view s) {
    if (s.size() < 11 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
    auto day = parse_day(s.substr(0, 10));
    if (!day) return std::nullopt;
    auto rest = s.substr(11);
    std::int32_t offset = 0;
    if (!rest.empty() && rest.back() == 'Z') {
        rest.remove_suffix(1);
    } else if (rest.size() > 6 && (rest[rest.size() - 6] == '+' || rest[rest.size() - 6] == '-')) {
        auto off = rest.substr(rest.size() - 6);
        auto t = parse_time(off.substr(1));
        if (!t || t->hour > 18) return std::nullopt;
        offset = (t->hour * 3600 + t->minute * 60) * (off[0] == '-' ? -1 : 1);
        rest.remove_suffix(6);
    } else {
        return std::nullopt;
    }
    auto t = parse_time(rest);
    if (!t) return std::nullopt;
    std::int64_t naive =
        days_since_epoch(*day) * seconds_per_day + t->hour * 3600 + t->minute * 60 + t->second;
    return Instant{naive - offset, offset};
}

std::optional<Instant> parse_local_datetime(std::string_view s) {
    if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
    auto day = parse_day(s.substr(0, 10));
    auto t = parse_time(s.substr(11));
    if (!day || !t) return std::nullopt;
    return local_instant(*day, *t);
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view s) {
    return parse_time(s);
}

int days_between(Day a, Day b) {
    return static_cast<int>((sys_days(b) - sys_days(a)).count());
}

Day add_days(Day day, int n) {
    return Day{sys_days(day) + days{n}};
}

int weekday_index(Day day) {
    return static_cast<int>(weekday{sys_days(day)}.iso_encoding()) - 1;
}

Clock clock_from_environment() {
    auto fixed = util::env("TEND_NOW");
    if (!fixed) {
        auto utc = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
        return {in_local_zone(utc)};
    }
    std::string_view text(*fixed);
    std::optional<Instant> at = parse_local_datetime(text);
    if (!at) {
        if (auto iso = parse_iso(text)) at = in_local_zone(iso->utc);
    }
    if (!at) {
        if (auto day = parse_day(text)) at = start_of(*day);
    }
    if (at) {
        if (!in_supported_range(day_of(*at)))
            throw usage_error(fmt::format("TEND_NOW must be a day {} (got {})", supported_range,
                                          core::quoted(text)));
        return {*at};
    }
    throw usage_error(fmt::format(
        "TEND_NOW must be an ISO 8601 local date-time such as 2026-11-20T08:30 (got {})",
        core::quoted(text)));
}

}  // namespace tend::core
