#pragma once

#include "messages/message.h"

namespace plancheck {

// Why a system call failed (an errno value, or a std::error_code's value), in both languages:
// the reasons people meet (no such file, no permission, disk full, …) from the catalogue, any
// other as the system words it.
Text system_reason(int error_number);

}  // namespace plancheck
