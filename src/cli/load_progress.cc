#include "cli/load_progress.h"

#include <fmt/format.h>

#include <ostream>

#include "cli/program_messages.h"

namespace plancheck {

namespace {

constexpr std::chrono::milliseconds kRedrawEvery{100};
// Back to the line's start, then erase to its end.
constexpr const char* kClearLine = "\r\033[K";

}  // namespace

std::string load_progress_text(std::size_t read, std::size_t total, Language language) {
  return say(language, messages::kReadingLedger, read, total);
}

LoadProgress::LoadProgress(std::ostream& err, Language language, std::chrono::milliseconds delay)
    : err_(err), language_(language), start_(Clock::now()), delay_(delay) {}

void LoadProgress::operator()(std::size_t read, std::size_t total) {
  std::lock_guard lock(mutex_);
  if (finished_ || read <= last_shown_) return;  // calls from several threads may come out of order
  auto now = Clock::now();
  if (now - start_ < delay_) return;
  if (shown_ && now - last_shown_at_ < kRedrawEvery && read < total) return;
  err_ << kClearLine << load_progress_text(read, total, language_) << std::flush;
  shown_ = true;
  last_shown_ = read;
  last_shown_at_ = now;
}

void LoadProgress::finish() {
  std::lock_guard lock(mutex_);
  if (shown_ && !finished_) err_ << kClearLine << std::flush;
  finished_ = true;
}

}  // namespace plancheck
