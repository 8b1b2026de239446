#pragma once

#include <optional>

#include "cli/context.h"
#include "cli/log_command.h"
#include "model/workspace.h"

namespace plancheck {

// plancheck log without --activity, on a terminal: asks for each field the command line left out —
// date, activity, by, what period it is for (when its date lies in a rule's grace, or after the
// plan), title, place, attendees, who was absent (when the activity's rules give attendance), hours
// (when they count hours), notes, evidence — checking names against the plan as they are answered (again until right, with a
// did-you-mean). Nothing when the clerk gives up (Ctrl-D); the options as if typed otherwise.
std::optional<LogOptions> ask_for_entry(const LogOptions& given, const Workspace& workspace, const Context& context);

// Shows the quotas `entry` would count toward, asks to write it to `file`; false when the clerk
// says no or gives up.
bool confirm_entry(const Entry& entry, const std::string& text, const std::string& file, const Workspace& workspace,
                   const Context& context);

}  // namespace plancheck
