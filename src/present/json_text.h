#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace plancheck {

// `value` as JSON text (indented by `indent` spaces, or on one line). A byte that is not UTF-8 —
// from a log file named in another encoding — becomes U+FFFD instead of stopping the report.
template <class Json>
std::string json_text(const Json& value, int indent = -1) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace plancheck
