#include "render/json.hpp"

namespace tend::render {

std::string json_text(const Json& doc) {
    return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace tend::render
