// `tend mood cal`, declared beside the other mood subcommands (cli/mood.cpp).
#pragma once

#include "cli/context.hpp"

namespace tend::cli {

/// Declares `cal` under `tend mood`; returns it.
CLI::App* add_mood_cal_command(CLI::App& mood, Context& ctx);

}  // namespace tend::cli
