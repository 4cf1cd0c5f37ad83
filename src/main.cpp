// tend's entry point: builds the command line, runs it, and maps every error to one line on
// standard error and an exit code. Nothing else.
#include <algorithm>
#include <iostream>
#include <span>

#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "core/validate.hpp"
#include "render/terminal.hpp"
#include "store/database.hpp"
#include "util/error.hpp"

namespace {

/// The deepest subcommand the user reached, for pointing at the right --help.
std::string command_path(const CLI::App& app) {
    std::string path = app.get_name();
    const CLI::App* at = &app;
    while (true) {
        auto subs = at->get_subcommands();
        if (subs.empty()) break;
        at = subs.front();
        path += " " + at->get_name();
    }
    return path;
}

/// A word CLI11 could not place, said plainly: the first such word in command-line order, as
/// an unknown command, an unknown option or an unexpected argument of the command reached.
std::string extras_message(const CLI::App& app, int argc, char** argv) {
    auto extras = app.remaining(true);
    std::string word;
    for (int i = 1; i < argc && word.empty(); ++i)
        if (std::find(extras.begin(), extras.end(), argv[i]) != extras.end()) word = argv[i];
    if (word.empty() && !extras.empty()) word = extras.front();
    auto path = command_path(app);
    if (app.get_subcommands().empty() && !word.empty() && word.front() != '-') {
        std::string names;
        for (const auto* sub :
             app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
            names += (names.empty() ? "" : ", ") + sub->get_name();
        return fmt::format("unknown command {}; the commands are {} (see tend --help)",
                           tend::core::quoted(word), names);
    }
    if (!word.empty() && word.front() == '-')
        return fmt::format("unknown option {} for {} (see {} --help)", tend::core::quoted(word),
                           path, path);
    return fmt::format("unexpected argument {} for {} (see {} --help)", tend::core::quoted(word),
                       path, path);
}

/// Prints one error line. Messages quote what the user gave (paths, values, config text):
/// sanitising here keeps every one of them to one line that cannot drive the terminal.
int report(const std::string& message, tend::Exit code) {
    std::cerr << "tend: " << tend::render::sanitize(message) << '\n';
    return static_cast<int>(code);
}

/// The exit code once the command has run: standard output must have taken everything, or a
/// listing redirected to a full disk would pass for a whole one.
int finish_output() {
    std::cout.flush();
    if (std::cout) return 0;
    return report(
        "cannot write to standard output (is the disk full?); what was printed is "
        "incomplete",
        tend::Exit::failure);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "tend: the work between therapy sessions, kept small and visible.\n"
        "Moods, reflections, homework and prep in one private local file."};
    app.name("tend");
    app.fallthrough();
    tend::cli::Context ctx(std::cout, std::cerr, tend::render::is_terminal(STDOUT_FILENO));
    std::span<const char* const> args;
    if (argc > 1) args = {argv + 1, static_cast<std::size_t>(argc - 1)};
    tend::cli::add_commands(app, ctx, args);

    try {
        app.parse(argc, argv);
        if (app.get_subcommands().empty()) std::cout << app.help();
        int code = finish_output();
        if (code == 0) ctx.finish();
        return code;
    } catch (const CLI::Success& e) {
        // --help and --version: their text must have reached standard output too.
        int code = app.exit(e);
        return code != 0 ? code : finish_output();
    } catch (const CLI::ExtrasError&) {
        return report(extras_message(app, argc, argv), tend::Exit::usage);
    } catch (const CLI::ParseError& e) {
        return report(fmt::format("{} (see {} --help)", e.what(), command_path(app)),
                      tend::Exit::usage);
    } catch (const tend::Error& e) {
        return report(e.what(), e.code());
    } catch (const SQLite::Exception& e) {
        auto error = ctx.translate(e);
        return report(error.what(), error.code());
    } catch (const std::exception& e) {
        return report(fmt::format("unexpected error: {}", e.what()), tend::Exit::failure);
    }
}
