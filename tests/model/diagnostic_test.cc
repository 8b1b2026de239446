#include "model/diagnostic.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace plancheck;

TEST_CASE("sort_diagnostics: by the files' order, others after them by name, then position, stable") {
  auto at = [](std::string file, int line, int column, std::string words) {
    return Diagnostic{Severity::warning, std::move(file), line, column, Text::verbatim(std::move(words))};
  };
  Diagnostics diagnostics{at("z.yaml", 1, 1, "z"),    at("b.yaml", 2, 1, "b2"), at("a.yaml", 1, 1, "a"),
                          at("b.yaml", 1, 5, "b1-5"), at("y.yaml", 9, 9, "y"),  at("b.yaml", 1, 5, "b1-5 again"),
                          at("b.yaml", 1, 2, "b1-2")};
  sort_diagnostics(diagnostics, {"b.yaml", "a.yaml"});
  std::vector<std::string> order;
  for (const auto& d : diagnostics) order.push_back(d.message.en);
  CHECK(order == std::vector<std::string>{"b1-2", "b1-5", "b1-5 again", "b2", "a", "y", "z"});
}
