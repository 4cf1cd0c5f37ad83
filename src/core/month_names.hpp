// Month names as phones write them, in every language ICU knows: Daylio's oldest exports give a
// day as "20 September", "20. September", "September 20" or "20 сентября" in the phone's
// language. ICU (libicu) is opened only when such a file is read, so that no other run loads it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tend::core {

/// The month (1 to 12) of each word, as written (trimmed; a final dot is ignored), in the one
/// language whose month names (full or abbreviated, formatting or standalone form, any case)
/// include every word. If several languages have them all and agree, their months are taken.
/// `source` names the file in errors. Throws a usage error naming the word no language knows,
/// or saying that the words are ambiguous, or none has them all; a failure if ICU is missing.
[[nodiscard]] std::map<std::string, int> months_of(const std::vector<std::string>& words,
                                                   std::string_view source);

}  // namespace tend::core
