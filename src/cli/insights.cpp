// tend insights [--since WHEN] [--until WHEN]: patterns in the client's own moods over a window
// (the last 90 days by default), in the chosen format. Gathers here, decides in core/insights,
// words it in render/insights_*.
#include "cli/insights.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "core/adherence.hpp"
#include "core/homework_days.hpp"
#include "core/period.hpp"
#include "core/validate.hpp"
#include "render/insights_view.hpp"
#include "store/homework_store.hpp"
#include "store/insights_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

struct InsightsArgs {
    std::optional<std::string> since;
    std::optional<std::string> until;
};

/// The days asked for: --until (today or earlier) else today, --since else the 90 days ending
/// there. A time of day given with either is ignored: the unit is the day.
std::pair<core::Day, core::Day> window_of(const InsightsArgs& args, const core::Clock& clock) {
    auto period = core::period_from(args.since, args.until, clock);
    auto today = clock.today();
    auto to = period.until ? period.until->day : today;
    if (to > today)
        throw usage_error(fmt::format("--until must be today or earlier (got {}, which is {})",
                                      core::quoted(*args.until), core::format_day(to)));
    auto from = period.since ? period.since->day : core::default_insights_window(to).first;
    if (from > to)
        throw usage_error(fmt::format("--since ({}) must not be after --until ({})",
                                      core::format_day(from), core::format_day(to)));
    return {from, to};
}

void show_insights(Context& ctx, const InsightsArgs& args) {
    auto [from, to] = window_of(args, ctx.clock());
    auto format = ctx.format();
    auto style = ctx.style();
    auto insights = gather_insights(ctx.existing_db(), from, to, ctx.clock().today());
    switch (format) {
        case core::Format::text:
            ctx.print(render::insights_text(insights, style));
            break;
        case core::Format::markdown:
            ctx.print(render::insights_markdown(insights));
            break;
        case core::Format::json:
            ctx.print(render::json_text(render::insights_json(insights)));
            break;
    }
}

}  // namespace

core::Insights gather_insights(store::Database* db, core::Day from, core::Day to, core::Day today,
                               bool shared_only) {
    if (db == nullptr) return core::insights_for({}, {}, from, to);
    std::vector<core::HomeworkDays> homework;
    {
        // Every check-off of the items, over years: let go of them before the moods are read.
        auto window = store::load_homework_marks(*db, from, to);
        core::CheckoffsByItem by_item(window.checkoffs);
        for (const auto& item : window.homework)
            homework.push_back(core::homework_days(item, by_item.of(item.id), from, to, today));
    }
    return core::insights_for(store::mood_history(*db, from, to, shared_only), homework, from, to);
}

void add_insights_commands(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand(
        "insights", "Patterns in your moods: tags, homework, weekdays, times of day, the trend");
    auto args = std::make_shared<InsightsArgs>();
    cmd->add_option("--since", args->since, "First day (default: the 90 days up to --until)")
        ->type_name("WHEN");
    cmd->add_option("--until", args->until, "Last day, included (default: today)")
        ->type_name("WHEN");
    cmd->footer("A pattern is not proof of cause. See tend(1) for the rules.");
    cmd->callback([&ctx, args] { show_insights(ctx, *args); });
}

}  // namespace tend::cli
