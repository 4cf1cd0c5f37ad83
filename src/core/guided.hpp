// Guided entries: reflections on a session, prep for the next one, and other worksheets, each
// the answers to a template's prompts. Also the ways answers arrive as text (KEY=TEXT options,
// lines on standard input, the editor file) and the rule for a late reflection.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.hpp"
#include "core/clock.hpp"
#include "core/template.hpp"

namespace tend::core {

enum class EntryKind { reflection, prep, worksheet };

/// The kinds' names, as stored, exported and given to entry list --kind.
inline constexpr Choices<EntryKind, 3> entry_kinds{{{
    {"reflection", EntryKind::reflection},
    {"prep", EntryKind::prep},
    {"worksheet", EntryKind::worksheet},
}}};

/// "reflection", "prep", "worksheet".
[[nodiscard]] std::string_view kind_name(EntryKind kind);
/// The kind from its name; nullopt for anything else.
[[nodiscard]] std::optional<EntryKind> parse_kind(std::string_view name);

/// One answered prompt, with the question as it was asked.
struct Answer {
    std::string key;
    std::string prompt;
    std::string text;
};

struct Entry {
    std::int64_t id = 0;
    std::string uuid;
    EntryKind kind = EntryKind::reflection;
    std::string template_name;
    std::optional<std::int64_t> session_id;  ///< the session reflected on, or prepared for
    std::optional<Instant> session_at;       ///< that session's time, when it still exists
    Instant at;                              ///< when it was written
    Day day;
    std::vector<Answer> answers;  ///< only the answered prompts, in the template's order
    bool is_private = false;      ///< kept out of the summary and of export --share
};

/// Answer texts by prompt key, as given; an empty text means "no answer".
using AnswerTexts = std::map<std::string, std::string>;

/// A reflection counts as late when written more than this long after its session.
inline constexpr std::int64_t late_reflection_seconds = 24 * 60 * 60;

/// How long after its session an entry was written.
struct Timing {
    std::int64_t seconds_after = 0;  ///< negative if written before the session's time
    bool late = false;               ///< a reflection written more than 24 hours after
};

/// The timing of a reflection relative to its session, from the stored instants; nullopt for
/// other kinds and for an entry whose session is gone.
[[nodiscard]] std::optional<Timing> reflection_timing(const Entry& entry);

/// A new reflection on session `session_id`, which already has the reflections `existing`: a
/// usage error naming the latest and --again when there is one and `again` is false, so that a
/// second reflection is added on purpose, never by mistake.
void check_new_reflection(std::int64_t session_id, const std::vector<Entry>& existing, bool again);

/// True if a reflection written at `written` on a session at `session` is late.
[[nodiscard]] bool is_late_reflection(const Instant& session, const Instant& written);

/// `--answer KEY=TEXT` values checked against the template: an unknown key is a usage error
/// naming it and listing the template's keys; so is a value without '=' or a key given twice.
[[nodiscard]] AnswerTexts answers_from_options(const Template& t,
                                               const std::vector<std::string>& options);

/// Answers from standard input: one line each, in the template's order (trimmed; an empty line
/// skips a prompt; fewer lines leave the rest unanswered). More non-empty lines than prompts is
/// a usage error.
[[nodiscard]] AnswerTexts answers_from_lines(const Template& t, std::string_view input);

/// The file handed to the editor: a comment header, then each prompt as a `## [key] question`
/// line, its hint as a comment, and the current answer when there is one, each of its lines
/// that starts with backslashes (maybe none) and then '#' written with one backslash more.
[[nodiscard]] std::string editor_text(const Template& t, const AnswerTexts& current);

/// Reads the editor file back: text under each `## [key]` line is that prompt's answer, lines
/// starting with '#' are left out, and a line starting with backslashes and then '#' loses one
/// backslash (`\#` is an answer line starting with '#'). Throws a usage error naming the line for
/// text above the first prompt, an unknown key or a key given twice.
[[nodiscard]] AnswerTexts parse_editor_text(const Template& t, std::string_view text);

/// The answers in the template's order, without the empty ones; each text checked as user text.
[[nodiscard]] std::vector<Answer> ordered_answers(const Template& t, const AnswerTexts& texts);

/// An entry's answers as texts by key.
[[nodiscard]] AnswerTexts texts_of(const Entry& entry);

/// The prompts an entry can be edited with: its template's (when it still exists), each
/// answered one worded as it was asked, then any answered prompt the template no longer has.
[[nodiscard]] Template editable_template(const std::optional<Template>& current,
                                         const Entry& entry);

}  // namespace tend::core
