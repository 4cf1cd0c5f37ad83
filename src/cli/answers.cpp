#include "cli/answers.hpp"

#include <unistd.h>

#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/line_editor.hpp"
#include "cli/shared.hpp"
#include "core/limits.hpp"
#include "render/template_view.hpp"
#include "render/terminal.hpp"
#include "util/editor.hpp"
#include "util/error.hpp"
#include "util/files.hpp"

namespace tend::cli {
namespace {

core::AnswerTexts ask_on_terminal(Context& ctx, const core::Template& t, const std::string& about) {
    auto style = ctx.style();
    LineEditor editor;
    core::AnswerTexts texts;
    ctx.print(render::questions_intro(t, about, style));
    for (std::size_t i = 0; i < t.prompts.size(); ++i) {
        const auto& p = t.prompts[i];
        ctx.print(render::question_text(p, i + 1, t.prompts.size(), style));
        auto line = typed_line(ctx, editor);
        if (!line) break;
        texts[p.key] = *line;
    }
    ctx.print("\n");
    return texts;
}

std::string read_standard_input() {
    return util::read_standard_input(core::max_answers_bytes, "the answers on standard input");
}

}  // namespace

void add_answer_options(CLI::App& command, AnswerArgs& args) {
    command
        .add_option("-a,--answer", args.answers,
                    "Answer one prompt (tend template show lists the keys); repeat for several")
        ->type_name("KEY=TEXT")
        ->allow_extra_args(false);
    command.add_flag("--editor", args.editor,
                     "Write the answers in $VISUAL or $EDITOR, with the prompts filled in");
}

core::AnswerTexts given_answers(const core::Template& t, const AnswerArgs& args) {
    if (args.editor && !args.answers.empty())
        throw usage_error("give either --answer or --editor, not both");
    return core::answers_from_options(t, args.answers);
}

core::AnswerTexts answers_from_editor(const core::Template& t, const core::AnswerTexts& current) {
    util::EditorFile file(core::editor_text(t, current), t.name);
    file.edit();
    auto text = file.read();
    try {
        return core::parse_editor_text(t, text);
    } catch (const Error& e) {
        file.keep();
        throw usage_error(fmt::format("{}; nothing was saved, and your text is kept in {}",
                                      e.what(), file.path().string()));
    }
}

core::AnswerTexts gather_answers(Context& ctx, const core::Template& t, const AnswerArgs& args,
                                 const core::AnswerTexts& given, const std::string& about) {
    if (!given.empty()) return given;
    if (args.editor) return answers_from_editor(t, {});
    if (render::is_terminal(STDIN_FILENO)) {
        if (!render::is_terminal(STDOUT_FILENO))
            throw usage_error(
                "to be asked each question, run this with output to a terminal; "
                "or give --answer KEY=TEXT, --editor, or the answers on standard "
                "input");
        return ask_on_terminal(ctx, t, about);
    }
    return core::answers_from_lines(t, read_standard_input());
}

}  // namespace tend::cli
