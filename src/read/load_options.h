#pragma once

#include <functional>

#include "model/ledger.h"

namespace plancheck {

// How much of the ledger to keep in memory.
struct LoadOptions {
  // Which entries keep their details (title, place, notes…); every one when unset. Reports that
  // only count entries keep none, so a ledger of millions stays small. Called from several
  // threads at once: it must not change anything.
  std::function<bool(const Entry&)> keep_details;

  // Threads reading log files at once; 0 means one per processor core.
  unsigned threads = 0;
};

}  // namespace plancheck
