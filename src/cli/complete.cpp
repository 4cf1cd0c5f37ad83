// tend __complete: the one source of truth for the bash, zsh and fish completion scripts. It
// turns the command tree that CLI11 holds at run time into a plain core::completion tree, asks
// core where the cursor stands, adds live values read from the database (read-only, never
// created), and prints one "value<TAB>description" line per candidate. It is hidden from
// --help, and silent with exit 0 on any error: a completion must never disturb the prompt.
#include "cli/complete.hpp"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "cli/context.hpp"
#include "core/completion.hpp"
#include "core/measure_library.hpp"
#include "core/template_library.hpp"
#include "render/completion_view.hpp"
#include "store/completion_store.hpp"

namespace tend::cli {
namespace {

namespace cc = core::completion;

/// The validator name that carries an option's choices: "choices:a,b,c".
constexpr std::string_view choices_prefix = "choices:";

std::vector<std::string> choices_of(CLI::Option& opt) {
    std::vector<std::string> words;
    for (int i = 0;; ++i) {
        const CLI::Validator* v = nullptr;
        try {
            v = opt.get_validator(i);
        } catch (const CLI::OptionNotFound&) {
            break;
        }
        const auto& name = v->get_name();
        if (name.rfind(choices_prefix, 0) != 0) continue;
        std::string list = name.substr(choices_prefix.size());
        for (std::size_t at = 0; at <= list.size();) {
            auto comma = std::min(list.find(',', at), list.size());
            if (comma > at) words.push_back(list.substr(at, comma - at));
            at = comma + 1;
        }
    }
    return words;
}

cc::OptionSpec option_spec(CLI::Option& opt) {
    cc::OptionSpec o;
    for (const auto& s : opt.get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt.get_lnames()) o.names.push_back("--" + l);
    if (opt.get_type_size_max() > 0) o.value_name = opt.get_type_name();
    o.description = opt.get_description();
    o.choices = choices_of(opt);
    return o;
}

/// The command tree under `app`, leaving out hidden commands (those in the group "").
cc::CommandSpec spec_of(CLI::App& app) {
    cc::CommandSpec spec;
    spec.name = app.get_name();
    spec.aliases = app.get_aliases();
    spec.description = app.get_description();
    for (auto* opt : app.get_options()) {
        if (opt->nonpositional()) {
            spec.options.push_back(option_spec(*opt));
        } else {
            spec.positionals.push_back(
                {opt->get_name(), opt->get_description(), opt->get_items_expected_max() > 1});
        }
    }
    for (auto* sub : app.get_subcommands([](CLI::App* a) { return !a->get_group().empty(); }))
        spec.subcommands.push_back(spec_of(*sub));
    return spec;
}

std::filesystem::path db_path_for(const cc::Situation& at, Context& ctx) {
    auto typed = at.given_value("--db");
    if (!typed) return ctx.db_path();
    const char* home = std::getenv("HOME");
    if (typed->rfind("~/", 0) == 0 && home != nullptr) return std::string(home) + typed->substr(1);
    return *typed;
}

/// Each document's name, with its title (or that it cannot be read) as the description.
template <class Doc>
std::vector<cc::Candidate> document_candidates(const core::DocumentLibrary<Doc>& library) {
    auto dir = library.user_dir();
    std::vector<cc::Candidate> out;
    for (const auto& name : library.names(dir)) {
        std::string title;
        try {
            if (auto doc = library.find(name, dir)) title = doc->title;
        } catch (...) {
            title = "(cannot be read)";
        }
        out.push_back({name, title});
    }
    return out;
}

std::vector<cc::Candidate> live_candidates(const cc::Situation& at, cc::ValueSource source,
                                           Context& ctx) {
    if (source.source == cc::Source::templates) return document_candidates(core::templates());
    if (source.source == cc::Source::measures) return document_candidates(core::measures());
    if (source.source != cc::Source::tags && source.source != cc::Source::records) return {};
    auto db = store::Database::open_read_only(db_path_for(at, ctx));
    if (!db) return {};
    if (source.source == cc::Source::tags) return render::tag_candidates(store::tags_in_use(*db));
    return render::record_candidates(store::record_picks(*db, source.record));
}

struct CompleteArgs {
    bool tree = false;
    std::vector<std::string> words;
};

void complete(CLI::App& root, Context& ctx, const CompleteArgs& args) {
    auto spec = spec_of(root);
    if (args.tree) {
        ctx.print(render::command_tree_lines(spec));
        return;
    }
    auto words = args.words;
    if (words.empty()) words.emplace_back();
    auto at = cc::locate(spec, words);
    auto source = cc::value_source(at);
    if (source.source == cc::Source::files) {
        ctx.print(render::complete_files_directive);
        return;
    }
    auto candidates = cc::fixed_candidates(at);
    auto live = live_candidates(at, source, ctx);
    candidates.insert(candidates.end(), live.begin(), live.end());
    ctx.print(render::candidate_lines(cc::matching(at, candidates)));
}

}  // namespace

CLI::Validator completes_with(const std::vector<std::string_view>& words) {
    auto name = fmt::format("{}{}", choices_prefix, fmt::join(words, ","));
    return CLI::Validator([](std::string&) { return std::string(); }, "", name);
}

void add_complete_command(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("__complete", "Candidates for shell completion");
    cmd->group("");  // hidden from --help
    auto args = std::make_shared<CompleteArgs>();
    cmd->add_flag("--tree", args->tree, "Print the whole command tree instead");
    cmd->add_option("WORDS", args->words, "The words after tend, the last one being completed");
    cmd->callback([&app, &ctx, args] {
        try {
            complete(app, ctx, *args);
        } catch (...) {
            // Silent: a completion that fails offers nothing.
        }
    });
}

}  // namespace tend::cli
