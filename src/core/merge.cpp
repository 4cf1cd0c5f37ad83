// The merge rules of core/merge.hpp.
#include "core/merge.hpp"

#include <algorithm>
#include <variant>

namespace tend::core {
namespace {

bool is_stamp(const Field& f) {
    return f.type == FieldType::utc && (f.name == "created_at" || f.name == "updated_at");
}

std::int64_t stamp_of(const RecordKind& kind, const Record& r, std::string_view name) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        if (kind.fields[i].name == name)
            if (const auto* n = std::get_if<std::int64_t>(&r.values[i])) return *n;
    return 0;
}

bool has_field(const RecordKind& kind, std::string_view name) {
    return std::any_of(kind.fields.begin(), kind.fields.end(),
                       [&](const Field& f) { return f.name == name; });
}

template <typename T>
int order(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compare_values(const Value& a, const Value& b) {
    if (a.index() != b.index()) return order(a.index(), b.index());
    if (const auto* n = std::get_if<std::int64_t>(&a)) return order(*n, std::get<std::int64_t>(b));
    if (const auto* s = std::get_if<std::string>(&a)) return s->compare(std::get<std::string>(b));
    if (const auto* at = std::get_if<Instant>(&a)) {
        const auto& other = std::get<Instant>(b);
        if (int c = order(at->utc, other.utc)) return c;
        return order(at->offset, other.offset);
    }
    return 0;
}

int sign(int c) {
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace

std::int64_t changed_at(const RecordKind& kind, const Record& record) {
    if (has_field(kind, "updated_at")) return stamp_of(kind, record, "updated_at");
    return stamp_of(kind, record, "created_at");
}

int compare_content(const RecordKind& kind, const Record& a, const Record& b) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (is_stamp(kind.fields[i])) continue;
        if (int c = compare_values(a.values[i], b.values[i])) return c;
    }
    if (int c = order(a.tags.size(), b.tags.size())) return c;
    for (std::size_t i = 0; i < a.tags.size(); ++i)
        if (int c = a.tags[i].compare(b.tags[i])) return sign(c);
    if (int c = order(a.answers.size(), b.answers.size())) return c;
    for (std::size_t i = 0; i < a.answers.size(); ++i) {
        const auto& x = a.answers[i];
        const auto& y = b.answers[i];
        if (int c = x.key.compare(y.key)) return sign(c);
        if (int c = x.prompt.compare(y.prompt)) return sign(c);
        if (int c = x.text.compare(y.text)) return sign(c);
    }
    return 0;
}

MergeOutcome merge_records(const RecordKind& kind, const Record& local, const Record& incoming,
                           Record& merged) {
    if (compare_content(kind, local, incoming) == 0) {
        merged = local;
        for (std::size_t i = 0; i < kind.fields.size(); ++i) {
            if (!is_stamp(kind.fields[i])) continue;
            const auto* mine = std::get_if<std::int64_t>(&local.values[i]);
            const auto* theirs = std::get_if<std::int64_t>(&incoming.values[i]);
            if (mine == nullptr || theirs == nullptr) continue;
            merged.values[i] = kind.fields[i].name == "created_at" ? std::min(*mine, *theirs)
                                                                   : std::max(*mine, *theirs);
        }
        return MergeOutcome::same;
    }
    return wins_clash(kind, incoming, local) ? MergeOutcome::take_incoming
                                             : MergeOutcome::keep_local;
}

bool wins_clash(const RecordKind& kind, const Record& a, const Record& b) {
    auto ta = changed_at(kind, a), tb = changed_at(kind, b);
    if (ta != tb) return ta > tb;
    return compare_content(kind, a, b) > 0;
}

}  // namespace tend::core
