#include "core/month_names.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <set>

#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/uvernum.h>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

// ICU's functions carry its major version (udat_open is udat_open_72): the headers rename them,
// and these spell the renamed name as text for dlsym.
#define TEND_ICU_TEXT(name) #name
#define TEND_ICU_SYMBOL(name) TEND_ICU_TEXT(name)

namespace tend::core {
namespace {

constexpr const char* icu_common = "libicuuc.so." U_ICU_VERSION_SHORT;
constexpr const char* icu_i18n = "libicui18n.so." U_ICU_VERSION_SHORT;

/// ICU's functions, found in its libraries when an old Daylio file is first read.
struct Icu {
    decltype(&::uloc_countAvailable) count_available = nullptr;
    decltype(&::uloc_getAvailable) get_available = nullptr;
    decltype(&::u_strFromUTF8) from_utf8 = nullptr;
    decltype(&::u_strToUTF8) to_utf8 = nullptr;
    decltype(&::u_strFoldCase) fold_case = nullptr;
    decltype(&::udat_open) open = nullptr;
    decltype(&::udat_close) close = nullptr;
    decltype(&::udat_countSymbols) count_symbols = nullptr;
    decltype(&::udat_getSymbols) get_symbols = nullptr;
};

void* open_library(const char* name) {
    void* library = ::dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        const char* why = ::dlerror();
        throw failure(fmt::format("cannot read month names: {} (install libicu{})",
                                  why != nullptr ? why : name, U_ICU_VERSION_SHORT));
    }
    return library;
}

template <typename Function>
void find_symbol(void* library, const char* library_name, const char* name, Function& out) {
    void* symbol = ::dlsym(library, name);
    if (symbol == nullptr)
        throw failure(fmt::format("cannot read month names: {} has no {}", library_name, name));
    out = reinterpret_cast<Function>(symbol);
}

const Icu& icu() {
    static const Icu loaded = [] {
        void* common = open_library(icu_common);
        void* i18n = open_library(icu_i18n);
        Icu f;
        find_symbol(common, icu_common, TEND_ICU_SYMBOL(uloc_countAvailable), f.count_available);
        find_symbol(common, icu_common, TEND_ICU_SYMBOL(uloc_getAvailable), f.get_available);
        find_symbol(common, icu_common, TEND_ICU_SYMBOL(u_strFromUTF8), f.from_utf8);
        find_symbol(common, icu_common, TEND_ICU_SYMBOL(u_strToUTF8), f.to_utf8);
        find_symbol(common, icu_common, TEND_ICU_SYMBOL(u_strFoldCase), f.fold_case);
        find_symbol(i18n, icu_i18n, TEND_ICU_SYMBOL(udat_open), f.open);
        find_symbol(i18n, icu_i18n, TEND_ICU_SYMBOL(udat_close), f.close);
        find_symbol(i18n, icu_i18n, TEND_ICU_SYMBOL(udat_countSymbols), f.count_symbols);
        find_symbol(i18n, icu_i18n, TEND_ICU_SYMBOL(udat_getSymbols), f.get_symbols);
        return f;
    }();
    return loaded;
}

/// A word as it is matched: case folded, without a final dot, UTF-8.
std::string folded(const Icu& f, std::u16string_view word) {
    while (!word.empty() && (word.back() == u'.' || word.back() == u' ')) word.remove_suffix(1);
    UErrorCode status = U_ZERO_ERROR;
    std::u16string fold(word.size() * 3 + 8, u'\0');
    auto n = f.fold_case(fold.data(), static_cast<int32_t>(fold.size()), word.data(),
                         static_cast<int32_t>(word.size()), U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) return {};
    std::string out(static_cast<std::size_t>(n) * 3 + 8, '\0');
    int32_t bytes = 0;
    status = U_ZERO_ERROR;
    f.to_utf8(out.data(), static_cast<int32_t>(out.size()), &bytes, fold.data(), n, &status);
    if (U_FAILURE(status)) return {};
    out.resize(static_cast<std::size_t>(bytes));
    return out;
}

std::string folded(const Icu& f, std::string_view word) {
    UErrorCode status = U_ZERO_ERROR;
    std::u16string wide(word.size() + 8, u'\0');
    int32_t n = 0;
    f.from_utf8(wide.data(), static_cast<int32_t>(wide.size()), &n, word.data(),
                static_cast<int32_t>(word.size()), &status);
    if (U_FAILURE(status)) return {};
    return folded(f, std::u16string_view(wide.data(), static_cast<std::size_t>(n)));
}

/// A language's month words (folded) and their months; a word two months share is left out.
std::map<std::string, int> month_words(const Icu& f, const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    auto* format = f.open(UDAT_NONE, UDAT_LONG, locale, nullptr, 0, nullptr, 0, &status);
    std::map<std::string, int> words;
    if (U_FAILURE(status) || format == nullptr) return words;
    std::set<std::string> shared;
    for (auto type :
         {UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS}) {
        auto count = std::min(f.count_symbols(format, type), 12);
        for (int i = 0; i < count; ++i) {
            char16_t buffer[128];
            status = U_ZERO_ERROR;
            auto n = f.get_symbols(format, type, i, buffer, 128, &status);
            if (U_FAILURE(status) || n <= 0 || n > 128) continue;
            auto word = folded(f, std::u16string_view(buffer, static_cast<std::size_t>(n)));
            if (word.empty()) continue;
            auto [at, added] = words.emplace(word, i + 1);
            if (!added && at->second != i + 1) shared.insert(word);
        }
    }
    f.close(format);
    for (const auto& word : shared) words.erase(word);
    return words;
}

}  // namespace

std::map<std::string, int> months_of(const std::vector<std::string>& words,
                                     std::string_view source) {
    const auto& f = icu();
    std::map<std::string, std::string> fold_of;  // as written -> folded
    for (const auto& w : words) fold_of[w] = folded(f, w);

    std::set<std::string> known;  // folded words some language has
    std::vector<std::pair<std::string, std::map<std::string, int>>> fits;  // locale, months
    auto count = f.count_available();
    for (int32_t i = 0; i < count; ++i) {
        const char* locale = f.get_available(i);
        auto months = month_words(f, locale);
        std::map<std::string, int> found;
        for (const auto& [word, fold] : fold_of) {
            auto at = months.find(fold);
            if (at == months.end()) continue;
            known.insert(fold);
            found[word] = at->second;
        }
        if (found.size() == fold_of.size()) fits.emplace_back(locale, std::move(found));
    }
    for (const auto& [word, fold] : fold_of)
        if (!known.contains(fold))
            throw usage_error(fmt::format(
                "{}: {} is not a month name in any language tend knows (from ICU); the date "
                "column of an old Daylio export reads like 20 September",
                source, core::quoted(word)));
    if (fits.empty())
        throw usage_error(
            fmt::format("{}: no one language has all of the month names {}; export the file "
                        "again from a recent Daylio, which writes full_date",
                        source, core::quoted(util::join(words, ", "))));
    for (const auto& [locale, months] : fits)
        if (months != fits.front().second)
            throw usage_error(fmt::format(
                "{}: the month names are ambiguous: they mean other months in {} than in {}; "
                "export the file again from a recent Daylio, which writes full_date",
                source, locale, fits.front().first));
    return fits.front().second;
}

}  // namespace tend::core
