// tend search WORDS... | --query QUERY: full-text search over what the client wrote.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/period.hpp"
#include "core/search.hpp"
#include "core/validate.hpp"
#include "core/when.hpp"
#include "render/search_view.hpp"
#include "store/search_store.hpp"
#include "util/error.hpp"

namespace tend::cli {
namespace {

struct SearchArgs {
    std::vector<std::string> words;
    std::optional<std::string> query;
    PeriodArgs period;
    std::string limit;
    bool prefix = false;
};

std::size_t parse_limit(const std::string& text) {
    if (text.empty()) return 0;
    auto n = core::parse_whole_number(text);
    if (!n || *n < 0)
        throw usage_error(
            fmt::format("--limit must be a whole number, 0 for all (got {})", core::quoted(text)));
    return static_cast<std::size_t>(*n);
}

void search_records(Context& ctx, const SearchArgs& args) {
    if (args.query && !args.words.empty())
        throw usage_error("give either words or --query, not both");
    if (args.query && args.prefix)
        throw usage_error("--prefix is for words; in --query, write word* for each word to widen");
    std::string query;
    if (args.query) {
        core::check_text(*args.query, "--query");
        query = *args.query;
        if (query.find_first_not_of(" \t\n") == std::string::npos)
            throw usage_error("--query needs an FTS5 query, e.g. --query 'walk* NOT rain'");
        store::check_search_query(query, "--query");
    } else {
        for (const auto& w : args.words) core::check_text(w, "a search word");
        query = core::plain_words_query(args.words, args.prefix);
        if (query.empty())
            throw usage_error("search needs words to look for, e.g. tend search walk");
    }
    auto period = period_of(args.period, ctx.clock());
    auto limit = parse_limit(args.limit);
    auto format = ctx.format();
    auto style = ctx.style();

    auto hits = read_existing(
        ctx, [&](store::Database& db) { return store::search(db, query, period, limit); });
    ctx.print(render::search_results(hits, format, style));
}

}  // namespace

void add_search_commands(CLI::App& app, Context& ctx) {
    auto* search =
        app.add_subcommand("search", "Find words in notes, reflections, prep, homework and wins");
    auto args = std::make_shared<SearchArgs>();
    search->add_option("WORDS", args->words,
                       "Words that must all appear; quote several to find them as a phrase");
    search
        ->add_option("--query", args->query,
                     "An FTS5 query instead of words (AND, OR, NOT, \"phrases\", prefix*)")
        ->type_name("QUERY");
    search->add_flag("--prefix", args->prefix,
                     "Also match longer words that begin with each word (walk finds walked, "
                     "walking)");
    add_period_options(*search, args->period);
    search->add_option("--limit", args->limit, "Show at most N matches (default: all)")
        ->type_name("N");
    search->callback([&ctx, args] { search_records(ctx, *args); });
}

}  // namespace tend::cli
