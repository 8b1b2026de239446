#pragma once

#include <string>

#include "evaluate/evaluate.h"

namespace plancheck {

// ANSI styling that is switched off entirely when colour is not wanted.
struct Style {
  bool color = false;

  std::string bold(const std::string& text) const { return wrap("\033[1m", text); }
  std::string dim(const std::string& text) const { return wrap("\033[2m", text); }
  std::string red(const std::string& text) const { return wrap("\033[1;31m", text); }
  std::string yellow(const std::string& text) const { return wrap("\033[1;33m", text); }
  std::string cyan(const std::string& text) const { return wrap("\033[1;36m", text); }

  // Escape sequences for a status, or empty without colour.
  std::string status_start(Status status) const;
  std::string end() const { return color ? "\033[0m" : ""; }

 private:
  std::string wrap(const char* start, const std::string& text) const {
    return color ? start + text + "\033[0m" : text;
  }
};

}  // namespace plancheck
