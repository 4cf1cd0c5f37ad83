// Standard questionnaires ("measures") as data: items with answer choices, a total that is the
// sum of the scored items, severity bands, the reliable-change and caseness thresholds, and the
// critical items whose answers raise the safety message. Written in TOML; the built-in ones
// (PHQ-9, GAD-7) are TOML text compiled into the binary and read by the same parser as the
// user's files. Nothing here knows a particular questionnaire.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/builtin_toml.hpp"
#include "core/keyed.hpp"

namespace tend::core {

/// One answer an item offers: the value it scores and the words shown for it.
struct AnswerChoice {
    int value = 0;      ///< a whole number from 0 to max_choice_value
    std::string label;  ///< e.g. "Several days"
};

struct MeasureItem {
    /// How answers name it (`--answer KEY=N`, JSON): 1 to 32 of a-z, 0-9, '-' and '_'; the
    /// built-in measures number their items "1", "2", ...
    std::string key;
    std::string text;  ///< the question, as published
    /// Its answers in the order they are offered: the measure's [[choice]] list, unless the
    /// item has its own.
    std::vector<AnswerChoice> choices;
    bool scored = true;     ///< counts toward the total
    bool required = true;   ///< must be answered
    bool critical = false;  ///< an answer above its lowest value raises the safety message
    int number = 0;         ///< its position in the measure, from 1 ("item 9")

    /// The choice worth `value`, or nullptr.
    [[nodiscard]] const AnswerChoice* choice(int value) const;
    [[nodiscard]] int lowest() const;   ///< the smallest value of its choices
    [[nodiscard]] int highest() const;  ///< the largest value of its choices
    /// What it accepts, for messages: "a whole number from 0 to 3" when its values run without
    /// a gap, else "one of 0, 2, 5".
    [[nodiscard]] std::string accepted() const;
};

/// A severity band: every total from min to max, both included, has this label.
struct Band {
    int min = 0;
    int max = 0;
    std::string label;  ///< e.g. "moderately severe"
};

/// Which way a total improves.
enum class Better { lower, higher };

/// How a total moved between two completions, against the measure's reliable-change threshold.
enum class ScoreChange { reliable_improvement, no_reliable_change, reliable_deterioration };

/// "reliable improvement", "no reliable change" or "reliable deterioration".
[[nodiscard]] std::string_view change_name(ScoreChange change);

/// One answer: an item's key and the value chosen.
struct ItemAnswer {
    std::string item;
    int value = 0;
};

/// A critical item answered above its lowest value: what the safety message and the summary
/// name.
struct CriticalAnswer {
    std::string measure;  ///< the measure's title, e.g. "PHQ-9"
    std::string item;     ///< the item's key
    int number = 0;       ///< the item's position, from 1
    std::string text;     ///< the item's question
    int value = 0;
    std::string label;  ///< the chosen answer's label, e.g. "Several days"
};

/// A completed measure, checked and scored.
struct MeasureScore {
    int total = 0;
    std::string band;  ///< the label of the band the total falls in
    /// Whether the total is in the clinical range; nullopt when the measure has no caseness.
    std::optional<bool> is_case;
    std::vector<ItemAnswer> answers;       ///< the answers given, in the order of the items
    std::vector<CriticalAnswer> critical;  ///< critical items answered above their lowest value
};

inline constexpr int max_choice_value = 1000;

struct Measure {
    std::string name;         ///< e.g. "phq-9"; the file name without ".toml"
    std::string title;        ///< what it is called in lists and messages, e.g. "PHQ-9"
    std::string description;  ///< a few words on what it measures; may be empty
    std::string source;       ///< where its text comes from, to show with it; may be empty
    std::string stem;  ///< what every item answers ("Over the last 2 weeks, ..."); may be empty
    Better better = Better::lower;
    std::optional<int> reliable_change;  ///< points of change that count as reliable
    /// The total from which a score is in the clinical range: at or above it when lower is
    /// better, at or below it when higher is better.
    std::optional<int> caseness;
    std::vector<MeasureItem> items;  ///< in the order they are asked
    std::vector<Band> bands;         ///< ascending, covering min_total() to max_total() once each
    /// Where it came from: empty for a built-in, else the file's path.
    std::filesystem::path path;
    /// The TOML text it was read from.
    std::string toml;

    [[nodiscard]] bool builtin() const { return path.empty(); }
    /// The item with this key, or nullptr.
    [[nodiscard]] const MeasureItem* item(std::string_view key) const {
        return find_key(items, key);
    }
    /// The item keys in order, comma-separated, for messages.
    [[nodiscard]] std::string key_list() const { return key_list_of(items); }
    /// The smallest and largest possible totals: the sums of the scored items' lowest and
    /// highest values.
    [[nodiscard]] int min_total() const;
    [[nodiscard]] int max_total() const;

    /// The band `total` falls in, or nullptr when it is outside min_total() to max_total() (a
    /// total recorded under an earlier version of the file).
    [[nodiscard]] const Band* band_for(int total) const;
    /// Whether `total` is in the clinical range; nullopt when the measure has no caseness.
    [[nodiscard]] std::optional<bool> is_case(int total) const;
    /// How the total moved from `before` to `after`: a change of at least reliable_change points
    /// in the better direction is a reliable improvement, in the other a reliable deterioration.
    /// nullopt when the measure has no reliable-change threshold.
    [[nodiscard]] std::optional<ScoreChange> change(int before, int after) const;

    /// An answer from its text, "KEY=N" (as `--answer` takes it). Throws a usage error naming
    /// the item and what it accepts when the text is malformed, the item unknown or the value
    /// not one of the item's.
    [[nodiscard]] ItemAnswer parse_answer(std::string_view text) const;
    /// Checks and scores a set of answers, in any order. Throws a usage error for an unknown
    /// item, an item answered twice, a value that is not one of the item's (naming the item and
    /// the values it accepts) or a required item without an answer.
    [[nodiscard]] MeasureScore score(const std::vector<ItemAnswer>& answers) const;
    /// The critical items answered above their lowest value, in item order. Answers to items
    /// the measure does not have are ignored; a value it does not offer keeps its number as
    /// its label. Does not throw, so that it serves answers recorded long ago.
    [[nodiscard]] std::vector<CriticalAnswer> critical_answers(
        const std::vector<ItemAnswer>& answers) const;
};

/// A built-in measure's name and TOML text, as compiled in.
using BuiltinMeasure = BuiltinToml;

/// The built-in measures, by name.
[[nodiscard]] const std::vector<BuiltinMeasure>& builtin_measures();

/// Parses a measure. `origin` names it in messages (a path, or "built-in measure NAME");
/// `expected_name`, when not empty, is the name its file gives it. Throws a usage error
/// "ORIGIN:LINE: problem" for invalid TOML, an unknown, missing or wrong field, a repeated item
/// key, choice value or label, bands that overlap, leave a gap or leave the possible totals,
/// a threshold out of range, or a critical item that is not an item.
[[nodiscard]] Measure parse_measure(std::string_view text, const std::string& origin,
                                    std::string_view expected_name);

}  // namespace tend::core
