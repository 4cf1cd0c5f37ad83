// tend mood cal [--months N] [--year]: the moods of whole months as a calendar. Gathers the
// per-day aggregates here, lays the months out in core/mood_calendar, draws them in
// render/mood_calendar.
#include "cli/mood_cal.hpp"

#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/shared.hpp"
#include "core/mood_calendar.hpp"
#include "render/mood_calendar.hpp"
#include "store/summary_store.hpp"

namespace tend::cli {
namespace {

struct MoodCalArgs {
    std::optional<std::string> months;
    bool year = false;
};

void show_mood_calendar(Context& ctx, const MoodCalArgs& args) {
    std::optional<int> months;
    if (args.months) months = core::parse_calendar_months(*args.months);
    auto today = ctx.clock().today();
    auto span = core::calendar_span(today, months, args.year);
    auto format = ctx.format();
    auto style = ctx.style();
    // Whole days: each day of the calendar holds every mood logged on it.
    store::Span whole{core::start_of(span.from()), core::start_of(core::add_days(span.to(), 1))};
    auto days = read_existing(ctx, [&](store::Database& db) {
        return store::mood_days(db, span.from(), span.to(), whole);
    });
    ctx.print(render::mood_calendar_view(core::mood_calendar(span, days, today), format, style));
}

}  // namespace

CLI::App* add_mood_cal_command(CLI::App& mood, Context& ctx) {
    auto* cal =
        mood.add_subcommand("cal", "Show a calendar of your moods, a colour or figure a day");
    auto args = std::make_shared<MoodCalArgs>();
    cal->add_option("--months", args->months,
                    fmt::format("Show N months ending with this one (1 to {}; default 1)",
                                core::max_calendar_months))
        ->type_name("N");
    cal->add_flag("--year", args->year, "Show January to December of this year");
    cal->callback([&ctx, args] { show_mood_calendar(ctx, *args); });
    return cal;
}

}  // namespace tend::cli
