// tend check NAME | check list | check history [NAME]: standard questionnaires, taken one item
// at a time on a terminal, from --answer, or from standard input; scored whole or not at all.
// A critical answer prints the safety message at once, whatever the format and -q say.
#include <unistd.h>

#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/line_editor.hpp"
#include "cli/shared.hpp"
#include "core/limits.hpp"
#include "core/measure_input.hpp"
#include "core/measure_library.hpp"
#include "core/measure_result.hpp"
#include "core/period.hpp"
#include "core/safety.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/measure_view.hpp"
#include "render/terminal.hpp"
#include "store/measure_store.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

namespace tend::cli {
namespace {

struct MeasureArgs {
    std::string name;
    std::vector<std::string> answers;  ///< ITEM=N
    std::string at;
};

struct HistoryArgs {
    std::string name;
    PeriodArgs period;
};

/// Asks each item in turn until it has a value the item offers; nullopt at Ctrl-D.
std::optional<std::vector<core::ItemAnswer>> ask_on_terminal(Context& ctx, const core::Measure& m) {
    auto style = ctx.style();
    LineEditor editor;
    std::vector<core::ItemAnswer> answers;
    ctx.print(render::measure_intro(m, style));
    for (std::size_t i = 0; i < m.items.size(); ++i) {
        const auto& item = m.items[i];
        ctx.print(render::measure_question(item, i + 1, m.items.size(), style));
        while (true) {
            auto line = typed_line(ctx, editor);
            if (!line) return std::nullopt;
            auto text = std::string(util::trim(*line));
            if (text.empty() && !item.required) break;
            try {
                answers.push_back(m.parse_answer(fmt::format("{}={}", item.key, text)));
                break;
            } catch (const Error&) {
                ctx.print(fmt::format("Please type {}.\n", item.accepted()));
            }
        }
    }
    ctx.print("\n");
    return answers;
}

std::vector<core::ItemAnswer> gather(Context& ctx, const core::Measure& m,
                                     const std::vector<core::ItemAnswer>& given) {
    if (!given.empty()) return given;
    if (render::is_terminal(STDIN_FILENO)) {
        if (!render::is_terminal(STDOUT_FILENO))
            throw usage_error(
                "to be asked each question, run this with output to a terminal; or give "
                "--answer ITEM=N, or the answers on standard input");
        auto answers = ask_on_terminal(ctx, m);
        if (!answers)
            throw usage_error(fmt::format(
                "stopped before the end, so nothing was saved: {} is scored whole or not at all",
                m.title));
        return *answers;
    }
    auto text = util::read_standard_input(core::max_answers_bytes, "the answers on standard input");
    core::check_text(text, "the answers on standard input");
    return core::answers_from_text(m, text);
}

/// The safety message for a result, composed with the config's contacts.
std::vector<std::string> safety_lines(Context& ctx, const core::MeasureResult& r) {
    auto path = ctx.config_path();
    return core::safety_message(core::critical_answers(r), ctx.config().safety_contacts,
                                path ? path->string() : "your tend config.toml");
}

void take_measure(Context& ctx, const MeasureArgs& args) {
    auto m = core::measures().load(args.name);
    std::vector<core::ItemAnswer> given;
    for (const auto& a : args.answers) given.push_back(m.parse_answer(a));
    const auto& clock = ctx.clock();
    auto at = args.at.empty() ? clock.now : core::past_instant(args.at, clock, "--at");
    auto format = ctx.format();
    auto style = ctx.style();
    (void)ctx.config();  // a broken config is said before any question is asked

    auto score = m.score(gather(ctx, m, given));
    auto result = core::make_result(m, score, at);
    auto safety = safety_lines(ctx, result);

    render::ResultContext before;
    auto& db = ctx.db();
    auto earlier = store::measure_results_until(db, result.day, m.name);
    std::erase_if(earlier, [&](const core::MeasureResult& r) { return r.at.utc > at.utc; });
    if (!earlier.empty()) {
        before.first = earlier.front();
        before.previous = earlier.back();
    }
    insert_new(ctx, result, store::insert_measure_result);

    if (format == core::Format::json) {
        // The JSON carries the message for a program; standard error shows it to a person.
        if (!safety.empty()) std::cerr << render::safety_text(safety, render::Style{});
        ctx.print(render::json_text(render::measure_taken_json(m, result, before, safety)));
        return;
    }
    if (!safety.empty()) ctx.print(render::safety_text(safety, style) + "\n");
    ctx.say(render::measure_taken(m, result, before, style));
}

void list_measures(Context& ctx) {
    auto format = ctx.format();
    auto style = ctx.style();
    auto measures = core::measures().all();
    auto latest =
        read_existing(ctx, [&](store::Database& db) { return store::latest_measure_results(db); });
    ctx.print(render::measure_list(measures, latest, format, style));
}

void show_history(Context& ctx, const HistoryArgs& args) {
    std::string name;
    if (!args.name.empty()) name = core::measures().load(args.name).name;
    print_in_period(
        ctx, args.period,
        [&name](store::Database& db, const core::Period& period) {
            return store::list_measure_results(db, period, name);
        },
        render::measure_history);
}

}  // namespace

void add_check_commands(CLI::App& app, Context& ctx) {
    auto* check =
        app.add_subcommand("check", "Take a standard questionnaire (PHQ-9, GAD-7), or list them");
    auto args = std::make_shared<MeasureArgs>();
    auto* name = check->add_option("MEASURE", args->name, "The questionnaire, e.g. phq-9");
    check
        ->add_option("-a,--answer", args->answers,
                     "Answer one item without being asked (ITEM=N); repeat for each")
        ->type_name("ITEM=N")
        ->allow_extra_args(false);
    check->add_option("--at", args->at, "When it was taken, if not now (see WHEN in tend(1))")
        ->type_name("WHEN");
    check->callback([&ctx, check, args] {
        if (!check->get_subcommands().empty()) return;
        if (args->name.empty())
            throw usage_error(
                "name the questionnaire to take, e.g. tend check phq-9; "
                "tend check list shows them");
        take_measure(ctx, *args);
    });

    auto* list =
        check->add_subcommand("list", "List the questionnaires and when each was last taken");
    list->callback([&ctx] { list_measures(ctx); });

    auto* history = check->add_subcommand("history", "List past results, oldest first");
    auto hargs = std::make_shared<HistoryArgs>();
    history->add_option("MEASURE", hargs->name, "Only this questionnaire");
    add_period_options(*history, hargs->period);
    history->callback([&ctx, hargs] { show_history(ctx, *hargs); });

    // A measure named first rules out the subcommands (as with tend win).
    check->validate_positionals();
    name->check(CLI::Validator(
        [list, history](std::string&) {
            for (auto* sub : {list, history}) sub->disabled();
            return std::string();
        },
        "", "measure given"));
    auto reject_strays = [name] {
        if (name->count() > 0)
            throw usage_error(
                fmt::format("unexpected argument {}", core::quoted(name->results().front())));
    };
    for (auto* sub : {list, history}) sub->parse_complete_callback(reject_strays);
}

}  // namespace tend::cli
