#include "cli/shared.hpp"

#include <memory>
#include <utility>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/line_editor.hpp"
#include "core/validate.hpp"
#include "render/json.hpp"

namespace tend::cli {

Error no_record(const RecordNoun& kind, std::int64_t id) {
    return usage_error(
        fmt::format("there is no {} with id {}; {} shows them", kind.noun, id, kind.shown_by));
}

store::Database& database_with(Context& ctx, std::int64_t id, const RecordNoun& kind) {
    auto* db = ctx.existing_db();
    if (db == nullptr) throw no_record(kind, id);
    return *db;
}

CLI::App* add_id_command(CLI::App& group, Context& ctx, const std::string& name,
                         const std::string& help, const std::string& id_help,
                         std::function<void(Context&, const std::string&)> run) {
    auto* cmd = group.add_subcommand(name, help);
    auto id = std::make_shared<std::string>();
    cmd->add_option("ID", *id, id_help)->required();
    cmd->callback([&ctx, id, run = std::move(run)] { run(ctx, *id); });
    return cmd;
}

void when_alone(CLI::App& group, std::function<void()> run) {
    group.callback([&group, run = std::move(run)] {
        if (group.get_subcommands().empty()) run();
    });
}

CLI::App* add_period_list(CLI::App& group, Context& ctx, const std::string& help, bool refuse_empty,
                          std::function<void(Context&, const PeriodArgs&)> run) {
    auto* list = group.add_subcommand("list", help);
    auto args = std::make_shared<PeriodArgs>();
    args->refuse_empty = refuse_empty;
    add_period_options(*list, *args);
    list->callback([&ctx, args, run = std::move(run)] { run(ctx, *args); });
    return list;
}

std::optional<std::string> typed_line(Context& ctx, LineEditor& editor) {
    auto line = editor.read_line();
    if (!line) ctx.print("\n");
    return line;
}

std::optional<std::string> PeriodArgs::counted(const std::optional<std::string>& v) const {
    if (v && v->empty() && !refuse_empty) return std::nullopt;
    return v;
}

void add_period_options(CLI::App& cmd, PeriodArgs& args, const std::string& since_help,
                        const std::string& until_help) {
    cmd.add_option("--since", args.since, since_help)->type_name("WHEN");
    cmd.add_option("--until", args.until, until_help)->type_name("WHEN");
}

core::Period period_of(const PeriodArgs& args, const core::Clock& clock) {
    return core::period_from(args.counted(args.since), args.counted(args.until), clock);
}

void add_private_edit_flags(CLI::App& cmd, bool& make_private, bool& make_shared) {
    cmd.add_flag("--private", make_private,
                 "Mark it private: left out of the summary's text and of export --share");
    cmd.add_flag("--shared", make_shared, "Mark it shared again (the default)");
}

void check_private_flags(bool make_private, bool make_shared) {
    if (make_private && make_shared)
        throw usage_error("--private and --shared contradict each other; give one of them");
}

void report_change(Context& ctx, core::Format format, const nlohmann::ordered_json& record,
                   std::string_view acknowledgement) {
    if (format == core::Format::json)
        ctx.print(render::json_text(record));
    else
        ctx.say(acknowledgement);
}

void words_end_subcommands(CLI::App& group, const RecordingForm& form,
                           const std::vector<CLI::App*>& subcommands) {
    // CLI11 runs a positional's validators while parsing (validate_positionals), so a check
    // that accepts everything is the hook that sees the first word arrive.
    group.validate_positionals();
    form.words.front()->check(CLI::Validator(
        [subcommands](std::string&) {
            for (auto* sub : subcommands) sub->disabled();
            return std::string();
        },
        "", "ends subcommands"));
    // With fallthrough, stray words after a subcommand would land in the form's positionals,
    // and the form's own options would be taken and silently ignored.
    for (auto* sub : subcommands) {
        sub->parse_complete_callback([&group, sub, form] {
            for (auto* word : form.words)
                if (word->count() > 0)
                    throw usage_error(fmt::format("unexpected argument {}",
                                                  core::quoted(word->results().front())));
            for (auto* option : form.options)
                if (option->count() > 0)
                    throw usage_error(fmt::format("{} is for {}, not for tend {} {}",
                                                  option->get_name(), form.doing, group.get_name(),
                                                  sub->get_name()));
        });
    }
}

}  // namespace tend::cli
