#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

#include "messages/message.h"

namespace plancheck {

// A progress line for loading a large ledger ("正在读取台账… 37/100 个文件"), rewritten in place
// on a terminal and cleared by finish(). It appears only once loading has taken `delay`, and
// is redrawn at most every tenth of a second. Safe to call from several threads at once.
class LoadProgress {
 public:
  explicit LoadProgress(std::ostream& err, Language language,
                        std::chrono::milliseconds delay = std::chrono::seconds(1));

  // After each log file: `read` of `total` files are done.
  void operator()(std::size_t read, std::size_t total);
  // Clears the line if one was shown; later calls print nothing.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  Language language_;
  std::mutex mutex_;
  Clock::time_point start_;
  Clock::time_point last_shown_at_;
  std::chrono::milliseconds delay_;
  std::size_t last_shown_ = 0;
  bool shown_ = false;
  bool finished_ = false;
};

// "正在读取台账… 37/100 个文件" / "Reading the ledger… 37/100 files"
std::string load_progress_text(std::size_t read, std::size_t total, Language language);

}  // namespace plancheck
