#include "support/test_suite.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "support/launch.h"

namespace plancheck::testing {

namespace {

std::string unescape_xml(std::string text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : kEntities)
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::string(entity).size(), character);
  return text;
}

}  // namespace

std::string test_program() { return std::filesystem::read_symlink("/proc/self/exe").string(); }

std::vector<std::string> test_case_names() {
  Run listing = run_program({test_program(), "--list-test-cases", "--reporters=xml", "--no-version"});
  REQUIRE(listing.exit_code == 0);
  std::vector<std::string> names;
  static const std::regex kTestCase("<TestCase name=\"([^\"]*)\"");
  for (std::sregex_iterator it(listing.out.begin(), listing.out.end(), kTestCase), end; it != end; ++it)
    names.push_back(unescape_xml((*it)[1].str()));
  return names;
}

}  // namespace plancheck::testing
