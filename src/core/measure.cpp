// The rules of a measure once it is read: its items, the range of its totals, bands,
// caseness, reliable change, and scoring a set of answers.
#include "core/measure.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/template.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"

namespace tend::core {

const AnswerChoice* MeasureItem::choice(int value) const {
    for (const auto& c : choices)
        if (c.value == value) return &c;
    return nullptr;
}

int MeasureItem::lowest() const {
    int low = choices.empty() ? 0 : choices.front().value;
    for (const auto& c : choices) low = std::min(low, c.value);
    return low;
}

int MeasureItem::highest() const {
    int high = choices.empty() ? 0 : choices.front().value;
    for (const auto& c : choices) high = std::max(high, c.value);
    return high;
}

std::string MeasureItem::accepted() const {
    // Values are unique, so they run without a gap exactly when there are as many as the span.
    if (!choices.empty() && static_cast<std::size_t>(highest() - lowest()) + 1 == choices.size())
        return fmt::format("a whole number from {} to {}", lowest(), highest());
    std::vector<int> values;
    for (const auto& c : choices) values.push_back(c.value);
    std::sort(values.begin(), values.end());
    return fmt::format("one of {}", fmt::join(values, ", "));
}

std::string_view change_name(ScoreChange change) {
    // In the enum's order.
    constexpr std::array<std::string_view, 3> names{"reliable improvement", "no reliable change",
                                                    "reliable deterioration"};
    return names.at(static_cast<std::size_t>(change));
}

int Measure::min_total() const {
    int total = 0;
    for (const auto& i : items)
        if (i.scored) total += i.lowest();
    return total;
}

int Measure::max_total() const {
    int total = 0;
    for (const auto& i : items)
        if (i.scored) total += i.highest();
    return total;
}

const Band* Measure::band_for(int total) const {
    for (const auto& b : bands)
        if (total >= b.min && total <= b.max) return &b;
    return nullptr;
}

std::optional<bool> Measure::is_case(int total) const {
    if (!caseness) return std::nullopt;
    return better == Better::lower ? total >= *caseness : total <= *caseness;
}

std::optional<ScoreChange> Measure::change(int before, int after) const {
    if (!reliable_change) return std::nullopt;
    int gain = better == Better::lower ? before - after : after - before;
    if (gain >= *reliable_change) return ScoreChange::reliable_improvement;
    if (-gain >= *reliable_change) return ScoreChange::reliable_deterioration;
    return ScoreChange::no_reliable_change;
}

namespace {

[[noreturn]] void no_such_item(const Measure& m, std::string_view key) {
    throw usage_error(fmt::format("{} has no item {} (its items are {})", m.title,
                                  core::quoted(key), m.key_list()));
}

const MeasureItem& checked_item(const Measure& m, std::string_view key) {
    const MeasureItem* item = m.item(key);
    if (item == nullptr) no_such_item(m, key);
    return *item;
}

[[noreturn]] void bad_value(const Measure& m, const MeasureItem& item, std::string_view got) {
    throw usage_error(
        fmt::format("{} item {} must be {} (got {})", m.title, item.key, item.accepted(), got));
}

}  // namespace

ItemAnswer Measure::parse_answer(std::string_view text) const {
    auto equals = text.find('=');
    if (equals == std::string_view::npos || equals == 0)
        throw usage_error(fmt::format(
            "an answer must be ITEM=N, such as {}={} (got {}; the items "
            "of {} are {})",
            items.front().key, items.front().lowest(), core::quoted(text), title, key_list()));
    const MeasureItem& it = checked_item(*this, text.substr(0, equals));
    auto value_text = text.substr(equals + 1);
    auto value = parse_whole_number(value_text);
    if (!value || *value < 0 || *value > max_choice_value ||
        it.choice(static_cast<int>(*value)) == nullptr)
        bad_value(*this, it, core::quoted(value_text));
    return ItemAnswer{it.key, static_cast<int>(*value)};
}

MeasureScore Measure::score(const std::vector<ItemAnswer>& answers) const {
    std::vector<const ItemAnswer*> by_item(items.size(), nullptr);
    for (const auto& a : answers) {
        const MeasureItem& it = checked_item(*this, a.item);
        if (it.choice(a.value) == nullptr) bad_value(*this, it, std::to_string(a.value));
        auto& slot = by_item[static_cast<std::size_t>(&it - items.data())];
        if (slot != nullptr)
            throw usage_error(fmt::format("{} item {} is answered twice", title, it.key));
        slot = &a;
    }
    MeasureScore s;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const MeasureItem& it = items[i];
        if (by_item[i] == nullptr) {
            if (it.required)
                throw usage_error(fmt::format("{} item {} has no answer; it needs {}", title,
                                              it.key, it.accepted()));
            continue;
        }
        s.answers.push_back(*by_item[i]);
        if (it.scored) s.total += by_item[i]->value;
    }
    const Band* band = band_for(s.total);
    if (band != nullptr) s.band = band->label;  // always, for a parsed measure
    s.is_case = is_case(s.total);
    s.critical = critical_answers(s.answers);
    return s;
}

std::vector<CriticalAnswer> Measure::critical_answers(
    const std::vector<ItemAnswer>& answers) const {
    std::vector<CriticalAnswer> out;
    for (const auto& it : items) {
        if (!it.critical) continue;
        for (const auto& a : answers) {
            if (a.item != it.key || a.value <= it.lowest()) continue;
            const AnswerChoice* c = it.choice(a.value);
            out.push_back(CriticalAnswer{title, it.key, it.number, it.text, a.value,
                                         c != nullptr ? c->label : std::to_string(a.value)});
            break;
        }
    }
    return out;
}

}  // namespace tend::core
