// tend summary: the window, then each section gathered from the store, rendered in the chosen
// format to standard output or a file.
#include <optional>
#include <string_view>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/complete.hpp"
#include "cli/context.hpp"
#include "cli/insights.hpp"
#include "cli/shared.hpp"
#include "cli/summary_progress.hpp"
#include "core/privacy.hpp"
#include "core/summary.hpp"
#include "core/summary_entries.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/summary_html.hpp"
#include "render/summary_view.hpp"
#include "store/entry_store.hpp"
#include "store/homework_store.hpp"
#include "store/journal_store.hpp"
#include "store/session_store.hpp"
#include "store/summary_store.hpp"
#include "store/win_store.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::cli {
namespace {

struct SummaryArgs {
    PeriodArgs period;
    std::string output;
    std::string format;  ///< the summary's own --format, which also takes html
    bool include_private = false;
};

/// The format asked for: the summary's --format (written after the command), else the global
/// one, both of which may be html; else the config's, which never is.
core::SummaryFormat summary_format(Context& ctx, const SummaryArgs& args) {
    const auto& given = args.format.empty() ? ctx.options.format : args.format;
    if (!given.empty()) return core::summary_formats.chosen(given, "--format");
    switch (ctx.config().format) {
        case core::Format::text:
            break;
        case core::Format::markdown:
            return core::SummaryFormat::markdown;
        case core::Format::json:
            return core::SummaryFormat::json;
    }
    return core::SummaryFormat::text;
}

/// The days asked for, checked before anything is read.
struct Asked {
    std::optional<core::Day> since;
    core::Day until;
    bool until_given = false;
};

/// The window's days as asked: whole days (a time given is not used), ending today at the
/// latest.
Asked parse_window(const PeriodArgs& args, const core::Clock& clock) {
    Asked asked{std::nullopt, clock.today(), false};
    auto since = args.counted(args.since);
    auto until = args.counted(args.until);
    if (since) asked.since = core::parse_when(*since, clock, core::Lean::back, "--since").day;
    if (until) {
        asked.until = core::parse_when(*until, clock, core::Lean::back, "--until").day;
        asked.until_given = true;
    }
    if (asked.until > clock.today())
        throw usage_error(fmt::format("--until must be today or earlier (got {}, which is {})",
                                      core::quoted(*until), core::format_day(asked.until)));
    if (asked.since)
        (void)core::in_order(
            {core::Bound{*asked.since, std::nullopt}, core::Bound{asked.until, std::nullopt}});
    return asked;
}

/// The instant the window ends: now for a window ending today, else the end of its last day.
core::Instant window_end(const Asked& asked, const core::Clock& clock) {
    if (asked.until == clock.today()) return clock.now;
    auto next = core::start_of(core::add_days(asked.until, 1));
    return {next.utc - 1, next.offset};
}

core::Summary gather(store::Database* db, const Asked& asked, const core::Privacy& privacy,
                     Context& ctx) {
    const auto& clock = ctx.clock();
    core::Summary s;
    auto end = window_end(asked, clock);
    if (db != nullptr) s.last_session = store::latest_held_session(*db, end);
    if (asked.since)
        s.window = core::days_window(*asked.since, asked.until, core::WindowBasis::given, clock);
    else
        s.window = core::default_window(s.last_session, asked.until, clock);
    const auto& config = ctx.config();
    auto [patterns_from, patterns_to] = core::default_insights_window(s.window.to);
    s.insights = gather_insights(db, patterns_from, patterns_to, clock.today(),
                                 privacy.figures_shared_only());
    if (db == nullptr) {
        s.mood = core::mood_stats(s.window.from, s.window.to, {}, {}, {});
        s.next_session = core::next_session({}, config.session_schedule, clock);
        return s;
    }
    auto facts = store::session_facts(*db, clock);
    s.next_session = core::next_session(facts, config.session_schedule, clock);
    if (auto u = core::unconfirmed_session(facts, config.session_schedule, clock);
        u && asked.until == clock.today() && u->at.utc > s.window.start.utc)
        s.unconfirmed = u;
    std::optional<core::Session> session_before;
    if (s.window.basis == core::WindowBasis::last_session)
        session_before = store::latest_held_session(
            *db, core::Instant{s.last_session->at.utc - 1, s.last_session->at.offset});
    auto previous = core::comparison_window(s.window, session_before);
    bool shared_only = privacy.figures_shared_only();
    store::Span span{s.window.start, s.window.end, shared_only};
    auto moods = store::window_moods(*db, s.window.from, s.window.to, span, previous.from,
                                     previous.to, {previous.start, previous.end, shared_only});
    s.mood = core::mood_stats(s.window.from, s.window.to, moods.days, moods.previous, moods.tags);
    s.mood.previous_from = previous.from;
    s.mood.previous_to = previous.to;
    s.mood.previous_between_sessions = previous.between_sessions;
    for (auto* extreme : {&s.mood.lowest, &s.mood.highest})
        if (*extreme)
            (*extreme)->note =
                store::mood_note(*db, (*extreme)->day, (*extreme)->score, span, !privacy.include);
    auto hw = store::load_homework_window(*db, s.window.from, s.window.to);
    s.homework = core::homework_summaries(hw.homework, hw.checkoffs, s.window, clock.today());
    if (s.last_session) s.reflections = store::reflections_for_session(*db, s.last_session->id);
    core::Period period{core::Bound{s.window.from, std::nullopt},
                        core::Bound{s.window.to, std::nullopt}};
    s.worksheets = store::list_worksheets(*db, period);
    std::erase_if(s.worksheets, [&](const core::Entry& e) {
        return !core::is_worksheet(e) || !s.window.holds(e.at);
    });
    s.wins = store::list_wins(*db, period);
    std::erase_if(s.wins, [&](const core::Win& w) { return !s.window.holds(w.at); });
    s.journal = store::list_journal(*db, period);
    std::erase_if(s.journal, [&](const core::JournalEntry& e) { return !s.window.holds(e.at); });
    std::optional<core::Instant> since_session;
    if (s.last_session) since_session = s.last_session->at;
    s.prep = store::latest_prep(*db, since_session, end);
    s.progress = gather_progress(*db, s.window, clock.today(), shared_only);
    core::leave_out_private(s, moods.private_moods, privacy);
    return s;
}

void summarize(Context& ctx, const SummaryArgs& args) {
    auto asked = parse_window(args.period, ctx.clock());
    if (!args.output.empty() && args.output != "-") ctx.check_output(args.output, "-o");
    auto format = summary_format(ctx, args);
    auto style = ctx.style();
    if (!args.output.empty()) style.color = false;  // a file never gets escape sequences
    core::Privacy privacy{args.include_private, ctx.config().count_private};
    auto summary = gather(ctx.existing_db(), asked, privacy, ctx);
    // Standard output, or the file named, whole or not at all.
    std::optional<util::AtomicFile> file;
    if (!args.output.empty() && args.output != "-") file.emplace(args.output);
    auto write = [&](std::string_view piece) {
        if (file)
            file->write(piece);
        else
            ctx.print(piece);
    };
    switch (format) {
        case core::SummaryFormat::text:
            write(render::summary_text(summary, style));
            break;
        case core::SummaryFormat::markdown:
            write(render::summary_markdown(summary));
            break;
        case core::SummaryFormat::json:
            write(render::json_text(render::summary_json(summary)));
            break;
        case core::SummaryFormat::html: {
            core::ChartFacts charts;
            if (auto* db = ctx.existing_db())
                charts =
                    gather_charts(*db, summary, ctx.clock().today(), privacy.figures_shared_only());
            // Section by section: over years the page is megabytes.
            render::write_summary_html(summary, charts, write);
            break;
        }
    }
    if (!file) return;
    file->commit();
    ctx.say(fmt::format("Wrote the summary to {}.\n", args.output));
}

}  // namespace

void add_summary_commands(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand(
        "summary", "The pre-session summary: mood, homework, reflection, wins, prep and gaps");
    auto args = std::make_shared<SummaryArgs>();
    add_period_options(*cmd, args->period,
                       "First day (default: the day of the last session held, else 7 days back)",
                       "Last day, included (default: today)");
    cmd->add_option("-o,--output", args->output, "Write to FILE (mode 0600) instead of stdout")
        ->type_name("FILE");
    cmd->add_option("--format", args->format, "Output format: " + core::summary_formats.help())
        ->type_name("FORMAT")
        ->check(completes_with(core::summary_formats.words()))
        ->each([](const std::string& v) {
            if (v.empty())
                throw usage_error(fmt::format("--format must be {} (got \"\")",
                                              core::summary_formats.accepted()));
        });
    cmd->add_flag("--include-private", args->include_private,
                  "Show the text of private entries too (left out by default)");
    cmd->footer(
        "A report to print or save as PDF, no LaTeX needed: tend summary --format html -o "
        "summary.html && chromium --headless --print-to-pdf=summary.pdf summary.html");
    cmd->callback([&ctx, args] { summarize(ctx, *args); });
}

}  // namespace tend::cli
