// How templates look: the listing and one template in text, Markdown and JSON, and the
// questions as a guided command asks them on a terminal.
#pragma once

#include <string>
#include <vector>

#include "core/options.hpp"
#include "core/template.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"

namespace tend::render {

/// A template as a JSON object: name, title, source ("built-in" or "file"), path (null for a
/// built-in), prompts (key, question, hint).
[[nodiscard]] Json template_json(const core::Template& t);

/// The listing of templates in the chosen format.
[[nodiscard]] std::string template_list(const std::vector<core::Template>& templates,
                                        core::Format format, const Style& style);

/// One template, its prompts in order, in the chosen format.
[[nodiscard]] std::string template_show(const core::Template& t, core::Format format,
                                        const Style& style);

/// The lines before the first question on a terminal: the title, what it is about, and how
/// to skip or stop.
[[nodiscard]] std::string questions_intro(const core::Template& t, const std::string& about,
                                          const Style& style);

/// One question as asked on a terminal: "(1/3) question", then its hint.
[[nodiscard]] std::string question_text(const core::Prompt& p, std::size_t index, std::size_t total,
                                        const Style& style);

}  // namespace tend::render
