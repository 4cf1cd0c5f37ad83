#include "store/search_tokenizer.hpp"

#include <cstdint>

#include <utf8proc.h>

namespace tend::store {
namespace {

/// How a character takes part in a token.
enum class Role {
    separator,  ///< between tokens: spaces, punctuation, most symbols
    word,       ///< a letter, digit or mark of a script that puts spaces between words
    single,     ///< a token of its own: a character of a script without spaces, an emoji
    attached,   ///< belongs to the character before it: a combining mark, a skin tone
};

struct Range {
    std::int32_t first;
    std::int32_t last;
};

bool in_ranges(std::int32_t c, const Range* begin, const Range* end) {
    for (const auto* r = begin; r != end; ++r)
        if (c >= r->first && c <= r->last) return true;
    return false;
}

/// Scripts written without spaces between words (or, as Korean, with particles joined to the
/// word): each character is a token, and a query's run of them a phrase, so that any substring
/// is found.
constexpr Range unspaced_scripts[] = {
    {0x0E00, 0x0EFF},    // Thai, Lao
    {0x1000, 0x109F},    // Myanmar
    {0x1100, 0x11FF},    // Hangul Jamo
    {0x1780, 0x17FF},    // Khmer
    {0x19E0, 0x19FF},    // Khmer symbols
    {0x2E80, 0x2FDF},    // CJK radicals, Kangxi radicals
    {0x3005, 0x3007},    // iteration mark, closing mark, ideographic zero
    {0x3021, 0x3029},    // Hangzhou numerals
    {0x3031, 0x303C},    // kana repeat marks, masu mark
    {0x3040, 0x30FF},    // Hiragana, Katakana
    {0x3100, 0x312F},    // Bopomofo
    {0x3130, 0x318F},    // Hangul compatibility Jamo
    {0x31A0, 0x31FF},    // Bopomofo extended, CJK strokes, Katakana extensions
    {0x3400, 0x4DBF},    // CJK extension A
    {0x4E00, 0x9FFF},    // CJK unified ideographs
    {0xA000, 0xA4CF},    // Yi
    {0xA960, 0xA97F},    // Hangul Jamo extended A
    {0xAC00, 0xD7FF},    // Hangul syllables, Jamo extended B
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFF65, 0xFF9F},    // halfwidth Katakana
    {0xFFA0, 0xFFDC},    // halfwidth Hangul
    {0x1B000, 0x1B16F},  // Kana supplement and extensions
    {0x20000, 0x3FFFF},  // CJK extensions B and later
};

/// Marks dropped by folding: diacritics that people leave out when they type (accents, Greek
/// tonos, Cyrillic breve and diaeresis, Hebrew and Arabic vowel points), emoji skin tones and
/// variation selectors. Marks that make another letter (the kana voicing marks, Indic vowel
/// signs) stay.
constexpr Range dropped_marks[] = {
    {0x0300, 0x036F},  // combining diacritical marks
    {0x0483, 0x0489},  // Cyrillic combining marks
    {0x0591, 0x05BD},  // Hebrew points and accents
    {0x05BF, 0x05BF},   {0x05C1, 0x05C2}, {0x05C4, 0x05C5},
    {0x05C7, 0x05C7},   {0x0610, 0x061A},  // Arabic marks
    {0x064B, 0x065F},                      // Arabic vowel points
    {0x0670, 0x0670},   {0x06D6, 0x06DC}, {0x06DF, 0x06E4},
    {0x06E7, 0x06E8},   {0x06EA, 0x06ED}, {0x1AB0, 0x1AFF},  // combining diacritical marks extended
    {0x1DC0, 0x1DFF},    // combining diacritical marks supplement
    {0x20D0, 0x20FF},    // combining marks for symbols (the keycap too)
    {0xFE00, 0xFE0F},    // variation selectors (text or emoji presentation)
    {0xFE20, 0xFE2F},    // combining half marks
    {0x1F3FB, 0x1F3FF},  // emoji skin tones
    {0xE0100, 0xE01EF},  // variation selectors supplement
};

Role role_of(std::int32_t c) {
    if (in_ranges(c, std::begin(dropped_marks), std::end(dropped_marks))) return Role::attached;
    if (c == 0xFF9E || c == 0xFF9F) return Role::attached;  // half-width voicing marks
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
            return Role::attached;
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return in_ranges(c, std::begin(unspaced_scripts), std::end(unspaced_scripts))
                       ? Role::single
                       : Role::word;
        case UTF8PROC_CATEGORY_SO:  // emoji and other pictographs
            return Role::single;
        default:
            return Role::separator;
    }
}

/// Calls `emit(folded, start, end)` for each token of `text`; stops early, returning what it
/// returned, when that is not 0.
template <typename Emit>
int each_token(std::string_view text, Emit&& emit) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t pos = 0;
    utf8proc_ssize_t start = 0;
    utf8proc_ssize_t end = 0;
    bool open = false;       // a token is being read
    bool open_word = false;  // ... and it is a word, which the next word character extends
    auto flush = [&]() -> int {
        if (!open) return 0;
        open = false;
        auto folded = fold_for_search(
            text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
        if (folded.empty()) return 0;
        return emit(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(end));
    };
    while (pos < size) {
        utf8proc_int32_t c = -1;
        auto n = utf8proc_iterate(bytes + pos, size - pos, &c);
        if (n <= 0) {  // not UTF-8: a separator of one byte
            if (int rc = flush()) return rc;
            ++pos;
            continue;
        }
        auto role = role_of(c);
        if (role == Role::attached && !open) role = Role::word;  // a mark with nothing before it
        switch (role) {
            case Role::attached:
                end = pos + n;
                break;
            case Role::word:
                if (!(open && open_word)) {
                    if (int rc = flush()) return rc;
                    open = true;
                    open_word = true;
                    start = pos;
                }
                end = pos + n;
                break;
            case Role::single:
                if (int rc = flush()) return rc;
                open = true;
                open_word = false;
                start = pos;
                end = pos + n;
                break;
            case Role::separator:
                if (int rc = flush()) return rc;
                break;
        }
        pos += n;
    }
    return flush();
}

/// The tokenizer holds no state: one object stands for every instance.
int tend_tokenizer_instance = 0;

int tokenizer_create(void*, const char** /*args*/, int count, Fts5Tokenizer** out) {
    if (count != 0) return SQLITE_ERROR;  // it takes no options
    *out = reinterpret_cast<Fts5Tokenizer*>(&tend_tokenizer_instance);
    return SQLITE_OK;
}

void tokenizer_delete(Fts5Tokenizer*) {}

int tokenizer_tokenize(Fts5Tokenizer*, void* context, int /*flags*/, const char* text, int size,
                       int (*token)(void*, int, const char*, int, int, int)) {
    if (size <= 0) return SQLITE_OK;
    try {
        return each_token(std::string_view(text, static_cast<std::size_t>(size)),
                          [&](const std::string& folded, std::size_t start, std::size_t end) {
                              return token(context, 0, folded.data(),
                                           static_cast<int>(folded.size()), static_cast<int>(start),
                                           static_cast<int>(end));
                          });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    }
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    if (text.empty()) return {};
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto size = static_cast<utf8proc_ssize_t>(text.size());
    auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                       UTF8PROC_IGNORE | UTF8PROC_STABLE);
    // Character by character, so that a byte that is not UTF-8 is dropped, not fatal.
    std::vector<utf8proc_int32_t> points;
    points.reserve(text.size() + 4);
    utf8proc_int32_t buffer[32];
    for (utf8proc_ssize_t pos = 0; pos < size;) {
        utf8proc_int32_t c = -1;
        auto n = utf8proc_iterate(bytes + pos, size - pos, &c);
        if (n <= 0) {
            ++pos;
            continue;
        }
        pos += n;
        int last_boundclass = 0;
        auto count = utf8proc_decompose_char(c, buffer, 32, options, &last_boundclass);
        if (count < 0 || count > 32) continue;
        for (utf8proc_ssize_t i = 0; i < count; ++i)
            if (!in_ranges(buffer[i], std::begin(dropped_marks), std::end(dropped_marks)))
                points.push_back(buffer[i]);
    }
    if (points.empty()) return {};
    // Composed again (NFC of the folded text), in place: the result is UTF-8 over the buffer.
    points.push_back(0);
    auto length =
        utf8proc_reencode(points.data(), static_cast<utf8proc_ssize_t>(points.size() - 1),
                          static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (length <= 0) return {};
    std::string out(reinterpret_cast<const char*>(points.data()), static_cast<std::size_t>(length));
    if (out.size() > max_token_bytes) {
        auto cut = max_token_bytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out;
}

std::vector<SearchToken> search_tokens(std::string_view text) {
    std::vector<SearchToken> tokens;
    each_token(text, [&](const std::string& folded, std::size_t start, std::size_t end) {
        tokens.push_back({folded, start, end});
        return 0;
    });
    return tokens;
}

int add_search_tokenizer(fts5_api* api) {
    if (api == nullptr || api->iVersion < 2) return SQLITE_ERROR;
    fts5_tokenizer methods{tokenizer_create, tokenizer_delete, tokenizer_tokenize};
    return api->xCreateTokenizer(api, search_tokenizer_name, nullptr, &methods, nullptr);
}

}  // namespace tend::store
