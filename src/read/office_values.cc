#include "read/office_values.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cmath>

#include "model/date.h"

namespace plancheck {

namespace {

std::string_view without_spaces(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// "3" or "三" (1 to 4) as a quarter's number.
std::optional<int> quarter_number(std::string_view text) {
  constexpr std::string_view kChinese[] = {"一", "二", "三", "四"};
  for (int quarter = 1; quarter <= 4; ++quarter)
    if (text == kChinese[quarter - 1] || text == std::to_string(quarter)) return quarter;
  return std::nullopt;
}

// "6" or "06" (1 to 12) as a month's number.
std::optional<int> month_number(std::string_view text) {
  if (text.empty() || text.size() > 2) return std::nullopt;
  int month = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    month = month * 10 + (c - '0');
  }
  if (month < 1 || month > 12) return std::nullopt;
  return month;
}

// The part after "2022年": "" or "度", "上半年", "第三季度", "6月".
std::optional<std::string> period_suffix(std::string_view rest) {
  if (rest.empty() || rest == "度") return "";
  if (rest == "上半年") return "-H1";
  if (rest == "下半年") return "-H2";
  if (rest.starts_with("第") && rest.ends_with("季度")) {
    rest.remove_prefix(std::string_view("第").size());
    rest.remove_suffix(std::string_view("季度").size());
    if (auto quarter = quarter_number(rest)) return fmt::format("-Q{}", *quarter);
    return std::nullopt;
  }
  if (rest.ends_with("月")) {
    rest.remove_suffix(std::string_view("月").size());
    if (auto month = month_number(rest)) return fmt::format("-{:02}", *month);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> parse_office_period(std::string_view text) {
  text = without_spaces(text);
  if (parse_period_name(text)) return std::string(text);
  std::string_view year = text.substr(0, 4);
  std::string_view rest = text.substr(std::min<std::size_t>(4, text.size()));
  if (!parse_period_name(year) || !rest.starts_with("年")) return std::nullopt;
  rest.remove_prefix(std::string_view("年").size());
  auto suffix = period_suffix(rest);
  if (!suffix) return std::nullopt;
  return std::string(year) + *suffix;
}

std::optional<Amount> parse_office_hours(const SheetCell& cell) {
  if (!cell.number) return parse_amount(without_spaces(cell.text));
  double hundredths = *cell.number * 100;
  double whole = std::round(hundredths);
  if (!(hundredths >= 0) || std::abs(hundredths - whole) > 1e-6 || whole > 1e15) return std::nullopt;
  return Amount{static_cast<std::int64_t>(whole)};
}

namespace {

std::optional<int> whole_number_in(std::string_view text) {
  int number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return number;
}

}  // namespace

std::optional<Date> parse_office_date_text(std::string_view text) {
  int parts[3] = {0, 0, 0};
  int index = 0;
  std::size_t at = 0;
  while (index < 3) {
    std::size_t start = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    auto number = whole_number_in(text.substr(start, at - start));
    if (!number) return std::nullopt;
    parts[index++] = *number;
    std::string_view rest = text.substr(at);
    std::string_view separator;
    for (std::string_view each : {"-", "/", ".", "年", "月", "日"})
      if (rest.starts_with(each)) separator = each;
    if (index < 3 && separator.empty()) return std::nullopt;
    at += separator.size();
  }
  std::string_view rest = text.substr(at);
  // A time may follow ("2022/3/15 14:30", "2022-03-15T00:00:00"); anything else is not a date.
  if (!rest.empty() && rest.front() != ' ' && rest.front() != 'T') return std::nullopt;
  if (parts[0] < 1900 || parts[0] > 9999) return std::nullopt;
  std::chrono::year_month_day day{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                                  std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (parts[1] < 1 || parts[2] < 1 || !day.ok()) return std::nullopt;
  return std::chrono::sys_days{day};
}

std::optional<Date> parse_spoken_date(std::string_view text, Date today, std::optional<int> year) {
  while (text.starts_with(" ")) text.remove_prefix(1);
  while (text.ends_with(" ")) text.remove_suffix(1);
  using std::chrono::days;
  if (text.empty() || text == "今天" || text == "today") return today;
  if (text == "昨天" || text == "yesterday") return today - days{1};
  if (text == "前天") return today - days{2};
  if (auto date = parse_date(text)) return date;
  if (auto date = parse_office_date_text(text)) return date;
  // A day of this year: 3-15, 3/15, 3.15, 3月15日.
  return parse_office_date_text(std::to_string(year.value_or(year_of(today))) + "-" + std::string(text));
}

}  // namespace plancheck
