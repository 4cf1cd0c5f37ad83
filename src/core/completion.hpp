// Shell completion as a pure rule: given the command tree (a plain description of every command,
// option and positional, taken from the command line parser at run time) and the words typed so
// far, what is expected at the cursor, and which fixed candidates fit there. Live values (ids,
// tags, template names) are fetched by the caller for the ValueSource this names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace tend::core::completion {

/// One option of a command, as declared.
struct OptionSpec {
    std::vector<std::string> names;  ///< "-t", "--tag": short names first
    std::string value_name;          ///< "TAG", "WHEN", ...; empty for a flag
    std::string description;
    std::vector<std::string> choices;  ///< the words it accepts, when they are a fixed set
    [[nodiscard]] bool takes_value() const { return !value_name.empty(); }
};

/// One positional argument of a command.
struct PositionalSpec {
    std::string name;  ///< "ID", "NAME", "SCORE", ...
    std::string description;
    bool repeats = false;  ///< takes every remaining word (NOTE..., TITLE...)
};

/// A command and everything under it.
struct CommandSpec {
    std::string name;
    std::vector<std::string> aliases;
    std::string description;
    std::vector<OptionSpec> options;
    std::vector<PositionalSpec> positionals;
    std::vector<CommandSpec> subcommands;
};

/// A candidate for the word at the cursor: the value, and a few words on it (may be empty).
struct Candidate {
    std::string value;
    std::string description;
};

/// What the word at the cursor is.
enum class Expect {
    word,          ///< a subcommand or a positional argument
    option_name,   ///< it starts with "-"
    option_value,  ///< the value of an option
};

/// Where the word at the cursor stands.
struct Situation {
    std::vector<const CommandSpec*> path;  ///< the root first, the command reached last
    Expect expect = Expect::word;
    const OptionSpec* option = nullptr;          ///< option_value: whose value
    const PositionalSpec* positional = nullptr;  ///< word: the positional it would fill, if any
    bool subcommands_allowed = true;             ///< word: a subcommand may stand here
    std::string lead;    ///< the part of the word kept as typed ("--template=", "work,")
    std::string prefix;  ///< the part being completed
    /// Values of options typed before the cursor, by the option's last name ("--db").
    std::vector<std::pair<std::string, std::string>> given;

    /// The path as typed words: "tend hw done".
    [[nodiscard]] std::string command_line() const;
    /// The value typed for an option before the cursor, if any.
    [[nodiscard]] std::optional<std::string> given_value(std::string_view name) const;
};

/// Walks `words` (everything after the program's name; the last one is the word at the
/// cursor, possibly empty) through the tree rooted at `root`, as the parser would.
[[nodiscard]] Situation locate(const CommandSpec& root, const std::vector<std::string>& words);

/// The kinds of records whose ids completion offers.
enum class Record { mood, session, entry, win, homework, goal };

/// Where the values for the word at the cursor come from.
enum class Source {
    none,       ///< nothing to offer (free text, numbers)
    choices,    ///< the option's fixed choices
    files,      ///< file names: the shell's own completion
    when,       ///< day words of the WHEN grammar
    templates,  ///< template names
    measures,   ///< questionnaire names
    tags,       ///< mood tags in use
    records,    ///< ids of records of `record`
};

struct ValueSource {
    Source source = Source::none;
    Record record = Record::mood;
};

/// A record offered where an ID is expected: its id, its day, what it is (a title, a score, a
/// status, a kind) and a note to tell it apart; the render joins them into a description.
struct RecordPick {
    std::int64_t id = 0;
    std::optional<Day> day;
    std::string what;
    std::string note;
};

/// A mood tag in use, with how many moods carry it.
struct TagUse {
    std::string tag;
    std::int64_t count = 0;
};

/// The source of values for the word at the cursor (for `word` and `option_value`), from the
/// value's name (ID, NAME, TAG, WHEN, PATH, FILE), the option's name and the command path: an
/// ID is a record of the kind named by the option (--session) or else by the top-level command
/// (mood, session, entry, win, hw).
[[nodiscard]] ValueSource value_source(const Situation& at);

/// The fixed candidates at the cursor: subcommands (with aliases), option names (the command's
/// own, then the root's global ones), an option's choices, or the WHEN day words; not filtered.
[[nodiscard]] std::vector<Candidate> fixed_candidates(const Situation& at);

/// The candidates that begin with the situation's prefix, each with the situation's lead put
/// back in front, without duplicate values.
[[nodiscard]] std::vector<Candidate> matching(const Situation& at,
                                              const std::vector<Candidate>& candidates);

}  // namespace tend::core::completion
