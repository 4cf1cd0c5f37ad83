// Where the answers of a guided command come from: --answer KEY=TEXT (never prompting), the
// editor (--editor), the terminal (each prompt asked in turn), or lines on standard input.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "core/guided.hpp"
#include "core/template.hpp"

namespace CLI {
class App;
}

namespace tend::cli {

struct AnswerArgs {
    std::vector<std::string> answers;  ///< KEY=TEXT
    bool editor = false;
};

/// Declares --answer and --editor on a guided command.
void add_answer_options(CLI::App& command, AnswerArgs& args);

/// The --answer values checked against the template; a usage error for --answer with --editor.
[[nodiscard]] core::AnswerTexts given_answers(const core::Template& t, const AnswerArgs& args);

/// The answers for a new entry: `given` when there are any; else from the editor with
/// --editor; else asked on the terminal when standard input and output are terminals (with
/// `about` in the heading); else read from standard input.
[[nodiscard]] core::AnswerTexts gather_answers(Context& ctx, const core::Template& t,
                                               const AnswerArgs& args,
                                               const core::AnswerTexts& given,
                                               const std::string& about);

/// Opens the editor on a file holding the template's prompts and `current` answers, and reads
/// the answers back. On a mistake in the edited file, the file is kept and named.
[[nodiscard]] core::AnswerTexts answers_from_editor(const core::Template& t,
                                                    const core::AnswerTexts& current);

}  // namespace tend::cli
