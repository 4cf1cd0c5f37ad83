// Walking typed words through the command tree the way the parser does: options (of the command
// reached or of any command above it, as with CLI11's fallthrough) with their values, "--",
// subcommands while no positional has been given to the command, then positionals in order.
#include "core/completion.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "util/text.hpp"

namespace tend::core::completion {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

/// The option called `name` on the command reached or on a command above it, innermost first.
const OptionSpec* find_option(const std::vector<const CommandSpec*>& path, std::string_view name) {
    for (auto it = path.rbegin(); it != path.rend(); ++it)
        for (const auto& opt : (*it)->options)
            if (std::find(opt.names.begin(), opt.names.end(), name) != opt.names.end()) return &opt;
    return nullptr;
}

const CommandSpec* find_subcommand(const CommandSpec& command, std::string_view word) {
    for (const auto& sub : command.subcommands) {
        if (sub.name == word) return &sub;
        if (std::find(sub.aliases.begin(), sub.aliases.end(), word) != sub.aliases.end())
            return &sub;
    }
    return nullptr;
}

/// Splits "--name=value" (or returns the word and no value).
std::pair<std::string, std::optional<std::string>> split_inline(const std::string& word) {
    if (!starts_with(word, "--")) return {word, std::nullopt};
    auto eq = word.find('=');
    if (eq == std::string::npos) return {word, std::nullopt};
    return {word.substr(0, eq), word.substr(eq + 1)};
}

/// The walk's state between words.
struct Walk {
    Situation at;
    bool only_positionals = false;      ///< after "--"
    std::size_t positionals_given = 0;  ///< to the command reached
    std::size_t positional_index = 0;   ///< the positional the next such word fills

    [[nodiscard]] const CommandSpec& command() const { return *at.path.back(); }

    void enter(const CommandSpec& sub) {
        at.path.push_back(&sub);
        positionals_given = 0;
        positional_index = 0;
    }

    void positional() {
        ++positionals_given;
        const auto& ps = command().positionals;
        if (positional_index < ps.size() && !ps[positional_index].repeats) ++positional_index;
    }

    [[nodiscard]] const PositionalSpec* next_positional() const {
        const auto& ps = command().positionals;
        return positional_index < ps.size() ? &ps[positional_index] : nullptr;
    }
};

void remember(Situation& at, const OptionSpec& opt, const std::string& value) {
    at.given.emplace_back(opt.names.back(), value);
}

}  // namespace

std::string Situation::command_line() const {
    std::string line;
    for (const auto* c : path) line += (line.empty() ? "" : " ") + c->name;
    return line;
}

std::optional<std::string> Situation::given_value(std::string_view name) const {
    std::optional<std::string> value;
    for (const auto& [n, v] : given)
        if (n == name) value = v;  // the last one given wins, as in the parser
    return value;
}

Situation locate(const CommandSpec& root, const std::vector<std::string>& words) {
    Walk walk;
    walk.at.path.push_back(&root);
    std::string current = words.empty() ? std::string() : words.back();
    std::size_t done = words.empty() ? 0 : words.size() - 1;

    for (std::size_t i = 0; i < done; ++i) {
        const auto& w = words[i];
        if (!walk.only_positionals && w == "--") {
            walk.only_positionals = true;
            continue;
        }
        if (!walk.only_positionals && w.size() > 1 && w[0] == '-') {
            auto [name, inline_value] = split_inline(w);
            const auto* opt = find_option(walk.at.path, name);
            if (opt == nullptr && name.size() > 2 && name[1] != '-') {
                // "-twork": a short option with its value attached
                opt = find_option(walk.at.path, name.substr(0, 2));
                if (opt != nullptr && opt->takes_value()) inline_value = name.substr(2);
            }
            if (opt == nullptr || !opt->takes_value() || inline_value) {
                if (opt != nullptr && inline_value) remember(walk.at, *opt, *inline_value);
                continue;
            }
            if (i + 1 == done) {  // its value is the word at the cursor
                walk.at.expect = Expect::option_value;
                walk.at.option = opt;
                walk.at.prefix = current;
                return walk.at;
            }
            remember(walk.at, *opt, words[i + 1]);
            ++i;
            continue;
        }
        if (!walk.only_positionals && walk.positionals_given == 0) {
            if (const auto* sub = find_subcommand(walk.command(), w)) {
                walk.enter(*sub);
                continue;
            }
        }
        walk.positional();
    }

    auto& at = walk.at;
    at.prefix = current;
    if (!walk.only_positionals && starts_with(current, "-")) {
        auto [name, inline_value] = split_inline(current);
        const auto* opt = inline_value ? find_option(at.path, name) : nullptr;
        if (opt != nullptr && opt->takes_value()) {
            at.expect = Expect::option_value;
            at.option = opt;
            at.lead = name + "=";
            at.prefix = *inline_value;
        } else {
            at.expect = Expect::option_name;
        }
        return at;
    }
    at.expect = Expect::word;
    at.subcommands_allowed = !walk.only_positionals && walk.positionals_given == 0;
    at.positional = walk.next_positional();
    return at;
}

ValueSource value_source(const Situation& at) {
    std::string value_name;
    std::string option_name;
    if (at.expect == Expect::option_value && at.option != nullptr) {
        if (!at.option->choices.empty()) return {Source::choices, {}};
        value_name = at.option->value_name;
        option_name = at.option->names.back();
    } else if (at.expect == Expect::word && at.positional != nullptr) {
        value_name = at.positional->name;
    } else {
        return {};
    }
    if (value_name == "PATH" || value_name == "FILE" || value_name == "DIR")
        return {Source::files, {}};
    if (value_name == "WHEN") return {Source::when, {}};
    if (value_name == "NAME") return {Source::templates, {}};
    if (value_name == "MEASURE") return {Source::measures, {}};
    if (value_name == "TAG") return {Source::tags, {}};
    if (value_name != "ID") return {};

    // Whose id: the option's own name (--session ID), else the top-level command's.
    std::string kind = option_name.substr(std::min<std::size_t>(2, option_name.size()));
    if (kind.empty() || kind == "id") kind = at.path.size() > 1 ? at.path[1]->name : "";
    if (kind == "mood") return {Source::records, Record::mood};
    if (kind == "session") return {Source::records, Record::session};
    if (kind == "entry") return {Source::records, Record::entry};
    if (kind == "win") return {Source::records, Record::win};
    if (kind == "hw" || kind == "homework") return {Source::records, Record::homework};
    if (kind == "goal") return {Source::records, Record::goal};
    return {};
}

std::vector<Candidate> fixed_candidates(const Situation& at) {
    std::vector<Candidate> out;
    const auto& command = *at.path.back();
    switch (at.expect) {
        case Expect::option_name: {
            auto add = [&out](const OptionSpec& opt) {
                for (const auto& n : opt.names) out.push_back({n, opt.description});
            };
            for (const auto& opt : command.options) add(opt);
            // The global options work after any command; --version and --help stand alone, and
            // one the command declares itself (summary's --format) is offered once, as its own.
            auto own = [&command](const OptionSpec& global) {
                return std::any_of(command.options.begin(), command.options.end(),
                                   [&global](const OptionSpec& o) {
                                       return o.names.back() == global.names.back();
                                   });
            };
            if (at.path.size() > 1)
                for (const auto& opt : at.path.front()->options)
                    if (opt.names.back() != "--help" && opt.names.back() != "--version" &&
                        !own(opt))
                        add(opt);
            break;
        }
        case Expect::option_value:
            if (at.option != nullptr)
                for (const auto& c : at.option->choices) out.push_back({c, ""});
            break;
        case Expect::word:
            if (at.subcommands_allowed)
                for (const auto& sub : command.subcommands) {
                    out.push_back({sub.name, sub.description});
                    for (const auto& a : sub.aliases) out.push_back({a, sub.description});
                }
            break;
    }
    if (value_source(at).source == Source::when) {
        static constexpr std::array<std::pair<const char*, const char*>, 10> days{{
            {"today", "the current day"},
            {"yesterday", "the day before today"},
            {"tomorrow", "the day after today"},
            {"mon", "Monday"},
            {"tue", "Tuesday"},
            {"wed", "Wednesday"},
            {"thu", "Thursday"},
            {"fri", "Friday"},
            {"sat", "Saturday"},
            {"sun", "Sunday"},
        }};
        for (const auto& [word, about] : days) out.push_back({word, about});
    }
    return out;
}

std::vector<Candidate> matching(const Situation& at, const std::vector<Candidate>& candidates) {
    // A tag list ("-t work,sl"): complete the last tag, keeping those before it, and do not
    // offer those again.
    std::string lead = at.lead;
    std::string prefix = at.prefix;
    std::set<std::string> seen;
    if (value_source(at).source == Source::tags) {
        auto comma = prefix.rfind(',');
        if (comma != std::string::npos) {
            lead += prefix.substr(0, comma + 1);
            for (std::size_t from = 0; from <= comma;) {
                auto end = prefix.find(',', from);
                // Tags are kept trimmed and in lower case, so "Sleep " is "sleep".
                seen.insert(util::to_lower(util::trim(prefix.substr(from, end - from))));
                from = end + 1;
            }
            prefix = prefix.substr(comma + 1);
        }
    }
    std::vector<Candidate> out;
    for (const auto& c : candidates) {
        if (!starts_with(c.value, prefix) || !seen.insert(c.value).second) continue;
        out.push_back({lead + c.value, c.description});
    }
    return out;
}

}  // namespace tend::core::completion
