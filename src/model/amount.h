#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

// How much a quota asks for or has: a number of entries, or hours (学时), exact to a hundredth
// so that sums of decimal hours never drift.
struct Amount {
  std::int64_t hundredths = 0;

  static constexpr Amount count(std::int64_t times) { return Amount{times * 100}; }
  bool is_whole() const { return hundredths % 100 == 0; }
  Amount& operator+=(Amount other) {
    hundredths += other.hundredths;
    return *this;
  }
  friend Amount operator+(Amount a, Amount b) { return a += b; }
  friend Amount operator-(Amount a, Amount b) { return Amount{a.hundredths - b.hundredths}; }
  friend auto operator<=>(Amount, Amount) = default;
};

// "3", "2.5", "0.25".
std::string format_amount(Amount amount);

// A number ≥ 0 with at most two decimals, as written in YAML or on the command line: "32",
// "1.5", "0.25". Nothing for anything else (negative numbers, "1e3", "1,5", more decimals).
std::optional<Amount> parse_amount(std::string_view text);

}  // namespace plancheck
