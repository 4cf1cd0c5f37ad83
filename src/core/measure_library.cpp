#include "core/measure_library.hpp"
#include "core/toml_reader.hpp"

namespace tend::core {

const DocumentLibrary<Measure>& measures() {
    static const DocumentLibrary<Measure> library(
        TomlLibrary("measure", "tend check list", builtin_measures(), is_document_name), "measures",
        parse_measure);
    return library;
}

}  // namespace tend::core
