// Checking homework off: what a done or a skip on a day comes to, given the item and its
// check-offs, and what taking the latest one back undoes. Pure: the command gathers the facts
// from the store and carries the decision out.
#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "core/homework.hpp"

namespace tend::core {

/// What a check-off asked for on a day comes to.
enum class CheckoffOutcome {
    too_early,  ///< the day is before the item was added: nothing is recorded
    refused,    ///< a skip where the item, or that day, is already done; `existing` says where
    already,    ///< it is already checked off so: nothing changes, and `existing` is the one there
    recorded,   ///< a new check-off is recorded
    replaced,   ///< a new check-off is recorded in place of `existing`, the day's skip
};

struct CheckoffDecision {
    CheckoffOutcome outcome = CheckoffOutcome::recorded;
    /// refused: the done check-off in the way; already: the check-off that stands; replaced: the
    /// skip to delete first.
    std::optional<Checkoff> existing;
    /// recorded or replaced: the check-off closes the item (a one-off checked off as done).
    bool completes = false;
};

/// The rule of `tend hw done` and `tend hw skip` for `status` on `day`: a day before the item
/// was added takes no check-off; a one-off already done stays done with its check-off (a skip
/// is refused); a day already checked off the same way stays as it is; a skip on a day done is
/// refused; a done on a day skipped replaces the skip; anything else is recorded. `checkoffs`
/// are the item's own.
[[nodiscard]] CheckoffDecision decide_checkoff(const Homework& homework,
                                               const std::vector<Checkoff>& checkoffs, Day day,
                                               CheckoffStatus status);

/// What checking off an item's last step does to the item.
enum class LastStep {
    not_last,    ///< some step is still open, or the item has no steps
    completes,   ///< a one-off still open: it is checked off as done on the day
    stays_open,  ///< recurring work: each occurrence is checked off on its own
    closed,      ///< the item is done already
};

/// What the item comes to now that every one of its steps is done (as `homework.steps` say).
[[nodiscard]] LastStep last_step_outcome(const Homework& homework);

/// True if taking back `latest` opens the item again: a one-off that its done check-off closed.
[[nodiscard]] bool undo_reopens(const Homework& homework, const Checkoff& latest);

/// The item closed as done on `day`.
void close_as_done(Homework& homework, Day day);

/// The item open again, without an end day.
void reopen(Homework& homework);

}  // namespace tend::core
