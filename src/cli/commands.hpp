// The command tree, and how much of it a run builds. Building every command's options was a
// sixth of the instructions of `tend mood`, so a run that names its command builds only that
// command's group; --help at the top, completion and anything unrecognised build the whole
// tree. Either way a run is one command (require_subcommand(0, 1)), so both parse alike.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace tend::cli {

class Context;

/// One add_*_commands function and the top-level names (with aliases) it declares.
struct CommandGroup {
    std::vector<std::string_view> names;
    void (*add)(CLI::App&, Context&);
};

/// Every group, in the order --help lists them. The hidden `__complete` is not among them.
std::span<const CommandGroup> command_groups();

/// The command the arguments name: the first word that is neither an option nor the value of
/// one of APP's options that takes one; nothing when there is none or `--` comes first.
std::optional<std::string_view> requested_command(const CLI::App& app,
                                                  std::span<const char* const> args);

/// Declares the global options, then the named command's group, or every group and
/// `__complete` when the arguments name none that is known.
void add_commands(CLI::App& app, Context& ctx, std::span<const char* const> args);

}  // namespace tend::cli
