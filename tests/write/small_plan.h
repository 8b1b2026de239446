// A plan in memory for the write layer's tests.
#pragma once

#include "model/plan.h"

namespace plancheck::testing {

// A small plan (2022) whose names include some that need quoting in YAML.
Plan small_plan();

}  // namespace plancheck::testing
