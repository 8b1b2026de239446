#include "model/amount.h"

#include <fmt/format.h>

namespace plancheck {

std::string format_amount(Amount amount) {
  std::int64_t whole = amount.hundredths / 100, part = amount.hundredths % 100;
  if (part < 0) part = -part;
  std::string sign = amount.hundredths < 0 && whole == 0 ? "-" : "";
  if (part == 0) return fmt::format("{}{}", sign, whole);
  if (part % 10 == 0) return fmt::format("{}{}.{}", sign, whole, part / 10);
  return fmt::format("{}{}.{:02}", sign, whole, part);
}

std::optional<Amount> parse_amount(std::string_view text) {
  constexpr std::int64_t kLargest = 1'000'000'000'000;  // far beyond any real quota, far from overflow
  std::size_t point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view part = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && (part.empty() || part.size() > 2))) return std::nullopt;
  std::int64_t value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9' || value > kLargest) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  std::int64_t hundredths = value * 100;
  for (std::size_t i = 0; i < 2; ++i) {
    char c = i < part.size() ? part[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    hundredths += (c - '0') * (i == 0 ? 10 : 1);
  }
  return Amount{hundredths};
}

}  // namespace plancheck
