// The words an option accepts, each set in one table: the parser, the messages that list the
// words, the help text and shell completion all read that table, so they cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend::core {

/// One word an option accepts and the value it stands for.
template <class T>
struct Choice {
    std::string_view word;
    T value;
    std::string_view note = {};  ///< what it means, in brackets after it in messages
    std::string_view help = {};  ///< what it means in --help, where the note is too short
    bool offered = true;         ///< false for a synonym that is accepted but never offered
};

/// "a, b or c"; "a or b"; "a".
[[nodiscard]] std::string either_of(const std::vector<std::string>& items);

/// "a, b and c"; "a and b"; "a".
[[nodiscard]] std::string all_of(const std::vector<std::string>& items);

/// "a, b, c".
[[nodiscard]] std::string comma_list(const std::vector<std::string_view>& words);

/// The usage error for a word that is none of the choices: "OPTION must be ACCEPTED (got X)".
[[noreturn]] void refuse_choice(std::string_view option, std::string_view accepted,
                                std::string_view typed);

template <class T, std::size_t N>
struct Choices {
    std::array<Choice<T>, N> items;

    /// The value of a word, exactly as written (synonyms too); nullopt for any other.
    [[nodiscard]] constexpr std::optional<T> parse(std::string_view word) const {
        for (const auto& c : items)
            if (c.word == word) return c.value;
        return std::nullopt;
    }

    /// The word for a value (the first, where synonyms share it).
    [[nodiscard]] constexpr std::string_view word_for(T value) const {
        for (const auto& c : items)
            if (c.value == value) return c.word;
        return {};
    }

    /// The value of `typed`; otherwise a usage error naming `option` and what it accepts.
    [[nodiscard]] T chosen(std::string_view typed, std::string_view option) const {
        if (auto value = parse(typed)) return *value;
        refuse_choice(option, accepted(), typed);
    }

    /// The words offered, in order: what shell completion lists.
    [[nodiscard]] std::vector<std::string_view> words() const {
        std::vector<std::string_view> out;
        for (const auto& c : items)
            if (c.offered) out.push_back(c.word);
        return out;
    }

    /// "text, markdown or json", a word with a note followed by it in brackets: for messages.
    [[nodiscard]] std::string accepted() const { return phrase(false); }

    /// The same with the help notes where there are any: for --help.
    [[nodiscard]] std::string help() const { return phrase(true); }

    /// "text, markdown, json": the words alone, for lists in the config file's messages.
    [[nodiscard]] std::string listed() const { return comma_list(words()); }

    /// "one of text, markdown, json": for the config file's messages.
    [[nodiscard]] std::string one_of() const { return "one of " + listed(); }

private:
    [[nodiscard]] std::string phrase(bool for_help) const {
        std::vector<std::string> parts;
        for (const auto& c : items) {
            if (!c.offered) continue;
            auto note = for_help && !c.help.empty() ? c.help : c.note;
            parts.push_back(note.empty() ? std::string(c.word)
                                         : std::string(c.word) + " (" + std::string(note) + ")");
        }
        return either_of(parts);
    }
};

}  // namespace tend::core
