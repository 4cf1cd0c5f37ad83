// Reading an export document back: every field checked against its kind's rules, and every
// problem reported with its place in the document (`.moods[3].score`), so that an import
// either takes the whole file or nothing.
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/archive.hpp"
#include "core/archive_stream.hpp"
#include "core/choices.hpp"
#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/text.hpp"
#include "util/uuid.hpp"

namespace tend::core {
// Named, not anonymous: ArchiveStream::State holds these types.
namespace archive_reading {

using Json = nlohmann::json;

class ArchiveReader {
public:
    ArchiveReader(std::string_view source, const Instant& now) : source_(source), now_(now) {}

    [[noreturn]] void fail(const std::string& where, const std::string& problem) const {
        throw usage_error(fmt::format("{}: {} {}", source_, where, problem));
    }

    [[noreturn]] void fail_value(const std::string& where, const std::string& problem,
                                 const Json& got) const {
        // Text shows quoted as the user wrote it; other values as JSON (cut short).
        auto shown = got.is_string() ? core::quoted(got.get<std::string>())
                                     : util::truncate(core::quoted(got.dump()), 40);
        if (!got.is_string()) shown = shown.substr(1, shown.size() - 2);
        fail(where, fmt::format("{} (got {})", problem, shown));
    }

    std::string text(const Json& v, const std::string& where) const {
        if (!v.is_string()) fail_value(where, "must be text", v);
        auto s = v.get<std::string>();
        if (text_problem(s)) fail(where, "must be " + text_rule());
        return s;
    }

    Value field(const Field& f, const Json& object, const std::string& where) const {
        auto at = where + "." + std::string(f.name);
        auto it = object.find(std::string(f.name));
        if (it == object.end() || it->is_null()) {
            if (f.nullable) return std::monostate{};
            if (it == object.end() && f.optional) {
                if (f.type == FieldType::utc) return f.zero_when_missing ? 0 : now_.utc;
                if (f.type == FieldType::integer || f.type == FieldType::flag)
                    return std::int64_t{0};
                return std::string();
            }
            fail(at, it == object.end() ? "is missing" : "must not be null");
        }
        const Json& v = *it;
        switch (f.type) {
            case FieldType::uuid:
            case FieldType::ref: {
                auto s = text(v, at);
                if (!util::is_uuid(s)) fail_value(at, "must be a UUID", v);
                return util::to_lower(s);
            }
            case FieldType::text: {
                auto s = text(v, at);
                if (f.nonempty && s.empty()) fail(at, "must not be empty");
                return s;
            }
            case FieldType::choice: {
                auto s = text(v, at);
                if (std::find(f.choices.begin(), f.choices.end(), s) == f.choices.end())
                    fail_value(at, "must be one of " + comma_list(f.choices), v);
                return s;
            }
            case FieldType::integer: {
                if (!v.is_number_integer()) fail_value(at, "must be a whole number", v);
                auto n = v.is_number_unsigned() && v.get<std::uint64_t>() > 1'000'000'000'000
                             ? f.max + 1
                             : v.get<std::int64_t>();
                if (n < f.min || n > f.max)
                    fail_value(at, fmt::format("must be from {} to {}", f.min, f.max), v);
                return n;
            }
            case FieldType::flag:
                if (!v.is_boolean()) fail_value(at, "must be true or false", v);
                return std::int64_t{v.get<bool>() ? 1 : 0};
            case FieldType::day: {
                auto s = text(v, at);
                auto day = parse_day(s);
                if (!day) fail_value(at, "must be a day such as 2026-11-20", v);
                if (!in_supported_range(*day))
                    fail_value(at, fmt::format("must be a day {}", supported_range), v);
                return s;
            }
            case FieldType::instant:
            case FieldType::utc: {
                auto s = text(v, at);
                auto instant = parse_iso(s);
                if (!instant) fail_value(at, "must be a time such as 2026-11-20T08:30:00+01:00", v);
                if (!in_supported_range(day_of(*instant)))
                    fail_value(at, fmt::format("must be a time on a day {}", supported_range), v);
                if (f.type == FieldType::utc) return instant->utc;
                return *instant;
            }
        }
        return std::monostate{};
    }

    std::vector<std::string> tags(const Json& object, const std::string& where) const {
        std::vector<std::string> out;
        auto it = object.find("tags");
        if (it == object.end()) return out;
        if (!it->is_array()) fail_value(where + ".tags", "must be an array of text", *it);
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto at = fmt::format("{}.tags[{}]", where, i);
            auto raw = text((*it)[i], at);
            if (auto problem = tag_problem(raw))
                fail_value(at, "must be a tag of " + *problem, (*it)[i]);
            out.push_back(normalise_tag(raw));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    std::vector<Answer> answers(const Json& object, const std::string& where) const {
        std::vector<Answer> out;
        auto it = object.find("answers");
        if (it == object.end()) return out;
        if (!it->is_array()) fail_value(where + ".answers", "must be an array", *it);
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto at = fmt::format("{}.answers[{}]", where, i);
            const auto& a = (*it)[i];
            if (!a.is_object()) fail_value(at, "must be an object with key, prompt, answer", a);
            Answer answer;
            for (auto [name, slot] :
                 {std::pair{"key", &answer.key}, std::pair{"prompt", &answer.prompt},
                  std::pair{"answer", &answer.text}}) {
                auto field = a.find(name);
                if (field == a.end()) fail(at + "." + name, "is missing");
                *slot = text(*field, at + "." + name);
            }
            if (answer.key.empty()) fail(at + ".key", "must not be empty");
            for (const auto& seen : out)
                if (seen.key == answer.key) fail_value(at + ".key", "is used twice", a["key"]);
            for (const auto& [key, _] : a.items())
                if (key != "key" && key != "prompt" && key != "answer")
                    fail(at, fmt::format("has an unknown field {}", core::quoted(key)));
            out.push_back(std::move(answer));
        }
        return out;
    }

    Record record(const RecordKind& kind, const Json& object, const std::string& where) const {
        if (!object.is_object()) fail_value(where, "must be an object", object);
        Record r;
        for (const auto& f : kind.fields) r.values.push_back(field(f, object, where));
        if (kind.nested == Nested::tags) r.tags = tags(object, where);
        if (kind.nested == Nested::answers) r.answers = answers(object, where);
        // A record's day is the day of its time where it happened (in the time's own offset); a
        // check-off's day is the day it counts for, which may be earlier than when it was made.
        if (kind.id != KindId::checkoffs) day_matches_time(kind, r, where);
        for (const auto& item : object.items()) {
            const std::string& key = item.key();  // a plain name: clang 14 cannot capture bindings
            bool known = std::any_of(kind.fields.begin(), kind.fields.end(),
                                     [&](const Field& f) { return f.name == key; }) ||
                         (kind.nested == Nested::tags && key == "tags") ||
                         (kind.nested == Nested::answers && key == "answers");
            if (!known) fail(where, fmt::format("has an unknown field {}", core::quoted(key)));
        }
        return r;
    }

    void day_matches_time(const RecordKind& kind, const Record& r, const std::string& where) const {
        const Instant* at = nullptr;
        const std::string* day = nullptr;
        for (std::size_t i = 0; i < kind.fields.size(); ++i) {
            if (kind.fields[i].name == "at") at = std::get_if<Instant>(&r.values[i]);
            if (kind.fields[i].name == "day") day = std::get_if<std::string>(&r.values[i]);
        }
        if (at == nullptr || day == nullptr) return;
        auto expected = format_day(day_of(*at));
        if (*day != expected)
            fail(where + ".day", fmt::format("must be the day of its \"at\" time, {} (got {})",
                                             expected, core::quoted(*day)));
    }

    void header(const Json& doc) const {
        auto format = doc.find("format");
        if (format == doc.end() || *format != archive_format)
            throw usage_error(fmt::format(
                "{} is not a tend export: its \"format\" is not \"{}\" (for Daylio's CSV, add "
                "--from daylio)",
                source_, archive_format));
        auto version = doc.find("version");
        if (version == doc.end() || !version->is_number_integer() || *version < 1)
            fail_value(".version", "must be a whole number from 1",
                       version == doc.end() ? Json() : *version);
        if (*version > archive_version)
            throw usage_error(fmt::format(
                "{} was written by a newer tend (export version {}; this tend reads up to {}): "
                "upgrade tend to import it",
                source_, version->dump(), archive_version));
    }

    /// The "deleted" array: {"kind", "uuid", "at"} each, kept by kind and UUID.
    std::vector<Tombstone> deletions(const Json& value) const {
        if (!value.is_array()) fail_value(".deleted", "must be an array", value);
        std::vector<Tombstone> out;
        const auto& kinds = record_kinds();
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto where = fmt::format(".deleted[{}]", i);
            const Json& item = value[i];
            if (!item.is_object()) fail_value(where, "must be an object", item);
            Tombstone t;
            auto kind = item.find("kind");
            if (kind == item.end()) fail(where + ".kind", "is missing");
            t.kind = text(*kind, where + ".kind");
            if (std::none_of(kinds.begin(), kinds.end(),
                             [&](const RecordKind& k) { return k.name == t.kind; }))
                fail_value(where + ".kind", "is not a kind of record tend knows", *kind);
            Field uuid_field;
            uuid_field.name = "uuid";
            uuid_field.type = FieldType::uuid;
            t.uuid = std::get<std::string>(field(uuid_field, item, where));
            Field at_field;
            at_field.name = "at";
            at_field.type = FieldType::utc;
            t.deleted = std::get<std::int64_t>(field(at_field, item, where));
            out.push_back(std::move(t));
        }
        std::sort(out.begin(), out.end(), [](const Tombstone& a, const Tombstone& b) {
            return std::tie(a.kind, a.uuid) < std::tie(b.kind, b.uuid);
        });
        return out;
    }

private:
    std::string_view source_;
    Instant now_;
};

/// "line 3, column 5: syntax error ..." from nlohmann's message.
std::string syntax_problem(const std::string& what) {
    auto at = what.find(" at line ");
    if (at != std::string::npos) return what.substr(at + 4);
    return what;
}

/// A TextSource read a buffer at a time, for nlohmann's parser.
class ChunkReader {
public:
    explicit ChunkReader(util::TextSource& text) : text_(text), buffer_(64 * 1024) {}

    void rewind() {
        text_.rewind();
        next_ = end_ = buffer_.data();
        before_ = 0;
    }
    /// True when every byte has been read (reading the next buffer if need be).
    bool at_end() {
        if (next_ != end_) return false;
        before_ += static_cast<std::size_t>(end_ - buffer_.data());
        auto n = text_.read(buffer_.data(), buffer_.size());
        next_ = buffer_.data();
        end_ = next_ + n;
        return n == 0;
    }
    /// Bytes read so far.
    [[nodiscard]] std::size_t position() const {
        return before_ + static_cast<std::size_t>(next_ - buffer_.data());
    }
    [[nodiscard]] const char& current() const { return *next_; }
    void advance() { ++next_; }

private:
    util::TextSource& text_;
    std::vector<char> buffer_;
    char* next_ = nullptr;
    char* end_ = nullptr;
    std::size_t before_ = 0;
};

/// An input iterator over a ChunkReader; the default one is the end.
class ChunkIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    ChunkIterator() = default;
    explicit ChunkIterator(ChunkReader* reader) : reader_(reader) {}
    reference operator*() const { return reader_->current(); }
    ChunkIterator& operator++() {
        reader_->advance();
        return *this;
    }
    ChunkIterator operator++(int) {
        auto before = *this;
        reader_->advance();
        return before;
    }
    friend bool operator==(const ChunkIterator& a, const ChunkIterator& b) {
        return a.done() == b.done();
    }

private:
    [[nodiscard]] bool done() const { return reader_ == nullptr || reader_->at_end(); }
    ChunkReader* reader_ = nullptr;
};

/// A top-level member of the document, as the first pass met it.
struct TopMember {
    std::string key;
    bool array = false;
    Json value;  ///< kept for the header, the deletions and a kind that is not an array
};

/// One pass over the document through nlohmann's SAX interface, keeping the place it has
/// reached (`.moods[0].score`), so that a number too large for a double is reported where it
/// is. The values it asks for are built as small trees, one at a time: the first pass builds
/// the header, the deletions and what is not an array; a later pass builds each record of the
/// kinds it applies.
class DocumentPass {
public:
    enum class Mode { scan, apply };

    explicit DocumentPass(Mode mode) : mode_(mode) {}

    // The first pass's findings.
    bool root_object = false;
    std::vector<TopMember> members;

    // A later pass: which top-level members to apply (by position), as what kind.
    std::vector<std::size_t> kind_of;  ///< per member: its kind, or npos when not applied
    const ArchiveReader* archive_reader = nullptr;
    ArchiveSink* sink = nullptr;

    std::function<void()> tick;  ///< after each element of a top-level array

    bool null() {
        return scalar([](Dom& d) { return d.null(); });
    }
    bool boolean(bool v) {
        return scalar([&](Dom& d) { return d.boolean(v); });
    }
    bool number_integer(Json::number_integer_t v) {
        return scalar([&](Dom& d) { return d.number_integer(v); });
    }
    bool number_unsigned(Json::number_unsigned_t v) {
        return scalar([&](Dom& d) { return d.number_unsigned(v); });
    }
    bool number_float(Json::number_float_t v, const Json::string_t& s) {
        return scalar([&](Dom& d) { return d.number_float(v, s); });
    }
    bool string(Json::string_t& v) {
        return scalar([&](Dom& d) { return d.string(v); });
    }
    bool binary(Json::binary_t& v) {
        return scalar([&](Dom& d) { return d.binary(v); });
    }
    bool start_object(std::size_t n) {
        if (!dom_) begin(true, false);
        if (dom_) dom_->start_object(n);
        levels_.push_back({false, 0, {}});
        return true;
    }
    bool key(Json::string_t& k) {
        if (dom_) dom_->key(k);
        levels_.back().key = k;
        return true;
    }
    bool end_object() {
        if (dom_) dom_->end_object();
        return close();
    }
    bool start_array(std::size_t n) {
        if (!dom_) begin(true, true);
        if (dom_) dom_->start_array(n);
        levels_.push_back({true, 0, {}});
        return true;
    }
    bool end_array() {
        if (dom_) dom_->end_array();
        return close();
    }
    template <class Exception>
    bool parse_error(std::size_t, const std::string& token, const Exception& e) {
        overflow_ = e.id == 406;  // out_of_range.406: a number beyond a double
        what_ = e.what();
        token_ = token;
        return false;
    }

    [[nodiscard]] bool overflow() const { return overflow_; }
    [[nodiscard]] const std::string& what() const { return what_; }
    [[nodiscard]] const std::string& token() const { return token_; }
    /// Where the parser is: ".moods[0].score".
    [[nodiscard]] std::string place() const {
        std::string out;
        for (const auto& l : levels_) out += l.array ? fmt::format("[{}]", l.count) : "." + l.key;
        return out;
    }

private:
    using Dom = nlohmann::detail::json_sax_dom_parser<Json>;

    struct Level {
        bool array;
        std::size_t count;  ///< values completed in an array: the index of the next one
        std::string key;    ///< the last key read in an object
    };

    /// At the start of a value, with no tree being built: starts one if this pass wants it.
    void begin(bool container, bool array) {
        auto depth = levels_.size();
        if (depth == 0) {
            root_object = container && !array;
            return;
        }
        bool top = depth == 1 && !levels_[0].array;
        if (mode_ == Mode::scan) {
            if (!top) return;
            const auto& key = levels_[0].key;
            members.push_back({key, array, {}});
            if (key == "format" || key == "version" || key == "deleted" || !array) start_tree();
            return;
        }
        if (top) {
            ++member_;
            applying_ = member_ < kind_of.size() && kind_of[member_] != std::string_view::npos;
            return;
        }
        if (depth == 2 && applying_ && levels_[1].array) start_tree();
    }

    void start_tree() {
        tree_ = Json();
        dom_.emplace(tree_, false);
        tree_depth_ = levels_.size();
    }

    /// The tree begun at this depth is whole.
    void finish_tree() {
        dom_.reset();
        if (mode_ == Mode::scan) {
            members.back().value = std::move(tree_);
            return;
        }
        auto kind = kind_of[member_];
        auto where = fmt::format(".{}[{}]", levels_[0].key, levels_[1].count);
        auto r = archive_reader->record(record_kinds()[kind], tree_, where);
        sink->record(kind, r);
    }

    template <class Event>
    bool scalar(Event&& event) {
        if (!dom_) begin(false, false);
        if (dom_) {
            event(*dom_);
            if (levels_.size() == tree_depth_) finish_tree();
        }
        return value();
    }

    bool close() {
        levels_.pop_back();
        if (dom_ && levels_.size() == tree_depth_) finish_tree();
        return value();
    }

    bool value() {
        if (!levels_.empty() && levels_.back().array) {
            ++levels_.back().count;
            if (levels_.size() == 2 && tick) tick();
        }
        return true;
    }

    Mode mode_;
    std::vector<Level> levels_;
    Json tree_;
    std::optional<Dom> dom_;
    std::size_t tree_depth_ = 0;
    std::size_t member_ = std::string_view::npos;  ///< the top-level member being read
    bool applying_ = false;
    bool overflow_ = false;
    std::string what_;
    std::string token_;
};

/// Collects a whole archive.
class ArchiveCollector final : public ArchiveSink {
public:
    explicit ArchiveCollector(Archive& out) : out_(out) {}
    void deletions(const std::vector<Tombstone>& deleted) override { out_.deleted = deleted; }
    void record(std::size_t kind, Record& r) override {
        out_.records[kind].push_back(std::move(r));
    }

private:
    Archive& out_;
};

}  // namespace archive_reading

struct ArchiveStream::State {
    State(util::TextSource& t, std::string_view s, const Instant& n)
        : text(t), source(s), now(n), chunks(t), reader(source, now) {}

    /// Runs one pass from the first byte; throws the syntax error the pass met.
    void run(archive_reading::DocumentPass& pass, const ReadProgress& progress,
             std::size_t pass_index) {
        chunks.rewind();
        auto all = text.size() * (1 + std::max<std::size_t>(passes.size(), 1));
        auto base = text.size() * pass_index;
        std::size_t count = 0;
        if (progress) {
            progress(base, all);
            pass.tick = [&] {
                if (++count % 64 == 0) progress(base + chunks.position(), all);
            };
        }
        if (!archive_reading::Json::sax_parse(archive_reading::ChunkIterator(&chunks),
                                              archive_reading::ChunkIterator(), &pass)) {
            if (pass.overflow())
                throw usage_error(fmt::format("{}: {} must be a number tend can store (got {})",
                                              source, pass.place(), core::quoted(pass.token())));
            throw usage_error(fmt::format("{} is not a JSON document ({})", source,
                                          archive_reading::syntax_problem(pass.what())));
        }
        if (progress) progress(base + text.size(), all);
    }

    /// The members that are kinds, each name's last (as a JSON object keeps it), in file order,
    /// grouped into passes so that no kind is applied before one that comes before it.
    void plan(const std::vector<archive_reading::TopMember>& members) {
        std::map<std::string_view, std::size_t> last;
        for (std::size_t i = 0; i < members.size(); ++i) last[members[i].key] = i;
        std::vector<std::pair<std::size_t, std::size_t>> order;  // (member, kind)
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (last[members[i].key] != i) continue;
            const auto& kinds = record_kinds();
            auto kind = std::find_if(kinds.begin(), kinds.end(),
                                     [&](const RecordKind& k) { return k.name == members[i].key; });
            if (kind != kinds.end())
                order.emplace_back(i, static_cast<std::size_t>(kind - kinds.begin()));
        }
        member_count = members.size();
        std::vector<bool> done(order.size());
        std::size_t left = order.size();
        while (left > 0) {
            std::vector<std::size_t> kind_of(member_count, std::string_view::npos);
            for (std::size_t i = 0; i < order.size(); ++i) {
                if (done[i]) continue;
                bool first = true;
                for (std::size_t j = 0; j < order.size(); ++j)
                    if (!done[j] && order[j].second < order[i].second) first = false;
                if (!first) continue;
                done[i] = true;
                --left;
                kind_of[order[i].first] = order[i].second;
            }
            passes.push_back(std::move(kind_of));
        }
    }

    util::TextSource& text;
    std::string source;
    Instant now;
    archive_reading::ChunkReader chunks;
    archive_reading::ArchiveReader reader;
    bool checked = false;
    std::size_t member_count = 0;
    std::vector<Tombstone> deleted;
    std::vector<std::vector<std::size_t>> passes;  ///< per pass: per member, its kind or npos
};

ArchiveStream::ArchiveStream(util::TextSource& text, std::string_view source, const Instant& now)
    : state_(std::make_unique<State>(text, source, now)) {}

ArchiveStream::~ArchiveStream() = default;

void ArchiveStream::check(const ReadProgress& progress) {
    auto& s = *state_;
    archive_reading::DocumentPass pass(archive_reading::DocumentPass::Mode::scan);
    s.run(pass, progress, 0);
    if (!pass.root_object)
        throw usage_error(
            fmt::format("{} is not a tend export: it is not a JSON object "
                        "(for Daylio's CSV, add --from daylio)",
                        s.source));
    // The members by name, each name's last, as a JSON object holds them.
    std::map<std::string, const archive_reading::TopMember*> by_name;
    for (const auto& m : pass.members) by_name[m.key] = &m;
    archive_reading::Json head = archive_reading::Json::object();
    for (const auto* name : {"format", "version"})
        if (auto it = by_name.find(name); it != by_name.end()) head[name] = it->second->value;
    s.reader.header(head);
    const auto& kinds = record_kinds();
    for (const auto& [name, member] : by_name) {
        const std::string& key = name;  // a lambda below may not capture a structured binding
        if (key == "format" || key == "version" || key == "exported_at") continue;
        if (key == "deleted") {
            s.deleted = s.reader.deletions(member->value);
            continue;
        }
        if (std::none_of(kinds.begin(), kinds.end(),
                         [&](const RecordKind& k) { return k.name == key; }))
            s.reader.fail("." + key, "is not a kind of record tend knows");
        if (!member->array) s.reader.fail_value("." + key, "must be an array", member->value);
    }
    s.plan(pass.members);
    s.checked = true;
}

void ArchiveStream::read(ArchiveSink& sink, const ReadProgress& progress) {
    auto& s = *state_;
    if (!s.checked) check(progress);
    sink.deletions(s.deleted);
    for (std::size_t i = 0; i < s.passes.size(); ++i) {
        archive_reading::DocumentPass pass(archive_reading::DocumentPass::Mode::apply);
        pass.kind_of = s.passes[i];
        pass.archive_reader = &s.reader;
        pass.sink = &sink;
        s.run(pass, progress, i + 1);
    }
}

Archive parse_archive(std::string_view text, std::string_view source, const Instant& now) {
    util::TextInMemory in(text);
    ArchiveStream stream(in, source, now);
    Archive out;
    out.exported_at = now;
    archive_reading::ArchiveCollector collect(out);
    stream.read(collect);
    return out;
}

}  // namespace tend::core
