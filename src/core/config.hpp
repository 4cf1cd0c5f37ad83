// The optional config file (TOML). Every key, its default and its check live here, so the man
// page tend-config(5) has one place to follow. An invalid value is a usage error naming file,
// line and key; an unknown key is a warning.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/limits.hpp"
#include "core/options.hpp"
#include "core/reminders.hpp"
#include "core/safety.hpp"
#include "core/session.hpp"

namespace tend::core {

/// The largest config file read; anything bigger is refused as not a config file.
inline constexpr std::size_t max_config_bytes = 1024 * 1024;

struct Config {
    /// `format`: the default output format.
    Format format = Format::text;
    /// `color`: when to colour output.
    ColorMode color = ColorMode::automatic;
    /// `[remind] mood_after`: from this local time, a day without a mood is worth a reminder.
    TimeOfDay remind_mood_after{20, 0, 0};
    /// `[remind] prep_lead_hours`: remind about prep when the next session is this close.
    int remind_prep_lead_hours = 24;
    /// `[remind] kinds`: the reminders wanted, by their JSON names (all of them by default).
    std::vector<ReminderKind> remind_kinds{all_reminder_kinds.begin(), all_reminder_kinds.end()};
    /// `[remind] goal_rating`: how often each open goal is asked to be rated.
    Rhythm remind_goal_rating{true, 0};
    /// `[remind] measures`: the questionnaires to take, each with its rhythm, by name.
    std::vector<ReminderSettings::MeasureRhythm> remind_measures;
    /// `[session] schedule`: a regular session time such as "tue 17:00", if there is one.
    std::optional<SessionSchedule> session_schedule;
    /// `[safety] contacts`: whom the safety message names, in order (none by default).
    std::vector<SafetyContact> safety_contacts;
    /// `[database] lock_wait`: how long a command waits for another tend's write, in ms.
    int lock_wait_ms = default_lock_wait_ms;
    /// `[privacy] count_private`: whether private moods still count in the summary's figures.
    bool count_private = true;
    /// `[sync] device`: this device's name in a sync folder (its file is NAME.json); unset, a
    /// name is made once and kept in the database.
    std::optional<std::string> sync_device;

    /// Warnings about the file (unknown keys), one line each, for the caller to print.
    std::vector<std::string> warnings;
};

/// True if `name` may name a device in a sync folder: 1 to 64 letters, digits, dots, dashes
/// and underscores, starting with a letter or digit.
[[nodiscard]] bool is_device_name(std::string_view name);

/// Parses config text; `origin` names the file in messages.
[[nodiscard]] Config parse_config(std::string_view text, const std::string& origin);

/// Loads the config file at `path`; defaults when it does not exist and `required` is false.
[[nodiscard]] Config load_config(const std::filesystem::path& path, bool required);

}  // namespace tend::core
