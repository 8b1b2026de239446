#pragma once

#include "evaluate/evaluate.h"

namespace plancheck {

// Which results are failures in CI reports (JUnit <failure>, GitHub ::error, --quiet): overdue
// quotas always; open ones too under --fail-on open. --fail-on never changes only the exit
// code: an overdue quota is still reported as a failure.
struct FailurePolicy {
  bool open_fails = false;

  bool fails(const Result& result) const {
    return result.status == Status::overdue || (open_fails && result.status == Status::open);
  }
};

}  // namespace plancheck
