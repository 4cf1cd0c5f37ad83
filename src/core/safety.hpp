// The safety net's words: the message a client sees at once when a critical item is answered
// above its lowest value, and the line that flags it first in the summary for the therapist.
// Pure text from values; the caller reads the contacts from the config and prints the lines on
// every output path, whatever -q says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/measure.hpp"

namespace tend::core {

/// Someone to contact in a crisis, as the config's [safety] table lists them.
struct SafetyContact {
    std::string name;   ///< who, e.g. "Dr. Lee, my therapist (weekdays)"
    std::string phone;  ///< how to reach them, e.g. "020 7946 0000"; may be empty
};

/// The message for the client, one line per element, when `answers` is not empty (else no
/// lines): what was answered, that such thoughts are worth telling the therapist, and whom to
/// contact now if they might act on them: the `contacts`, then the local emergency number.
/// Without contacts it names the local emergency number and a crisis line in general terms,
/// and shows how to add contacts to `config_file` (the path as the user would recognise it).
/// Contact text is the user's own and is not escaped here: the renderer neutralises it.
[[nodiscard]] std::vector<std::string> safety_message(const std::vector<CriticalAnswer>& answers,
                                                      const std::vector<SafetyContact>& contacts,
                                                      std::string_view config_file);

/// The summary's flag for the therapist: `PHQ-9 item 9 answered "Several days" on Tue 17 Nov`,
/// `when` being the day as the caller formats it.
[[nodiscard]] std::string safety_flag(const CriticalAnswer& answer, std::string_view when);

}  // namespace tend::core
