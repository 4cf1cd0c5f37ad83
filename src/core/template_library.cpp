#include "core/template_library.hpp"
#include "core/toml_reader.hpp"

namespace tend::core {

const DocumentLibrary<Template>& templates() {
    static const DocumentLibrary<Template> library(
        TomlLibrary("template", "tend template list", builtin_templates(), is_document_name),
        "templates", parse_template);
    return library;
}

}  // namespace tend::core
