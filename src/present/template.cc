#include "present/template.h"

#include <kainjow/mustache.hpp>

#include "present/json_text.h"
#include "present/output_messages.h"

namespace plancheck {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

data to_data(const nlohmann::ordered_json& json) {
  switch (json.type()) {
    // kainjow's set() and push_back() copy their argument, which would copy every subtree once
    // per level; an empty placeholder is copied instead and the real value moved into it.
    case nlohmann::ordered_json::value_t::object: {
      data object{data::type::object};
      for (const auto& [key, value] : json.items()) {
        object.set(key, data{false});
        *const_cast<data*>(object.get(key)) = to_data(value);
      }
      return object;
    }
    case nlohmann::ordered_json::value_t::array: {
      data list{data::type::list};
      for (const auto& value : json) {
        list.push_back(data{false});
        const_cast<data&>(list.list_value().back()) = to_data(value);
      }
      return list;
    }
    case nlohmann::ordered_json::value_t::string: {
      const auto& text = json.get_ref<const std::string&>();
      return text.empty() ? data{false} : data{text};
    }
    case nlohmann::ordered_json::value_t::boolean: return data{json.get<bool>()};
    case nlohmann::ordered_json::value_t::null: return data{false};
    default: return data{json_text(json)};
  }
}

}  // namespace

std::string collapse_blank_lines(std::string_view text) {
  std::string out;
  bool in_fence = false;
  int blank_run = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? text.size() : end + 1;
    if (line.starts_with("```")) in_fence = !in_fence;
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    blank_run = blank ? blank_run + 1 : 0;
    if (blank && !in_fence && (blank_run > 1 || out.empty())) continue;
    out.append(line);
    out += '\n';
  }
  while (out.size() >= 2 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

RenderedTemplate render_template(const Template& loaded, const nlohmann::ordered_json& context, Escaping escaping) {
  // Only the fields the template names are converted for the Mustache library.
  nlohmann::ordered_json used = nlohmann::ordered_json::object();
  for (const auto& [key, value] : context.items())
    if (loaded.names.count(key)) used[key] = value;
  data root = to_data(used);
  for (const auto& [partial_name, partial_text] : loaded.partials)
    root.set(partial_name, kainjow::mustache::partial{[text = partial_text] { return text; }});
  mustache view{loaded.text};
  if (escaping == Escaping::none) view.set_custom_escape([](const std::string& s) { return s; });
  RenderedTemplate rendered;
  // kainjow 4.1 leaves a blank line where a false section stood on lines of its own.
  rendered.text = collapse_blank_lines(view.render(root));
  if (!view.error_message().empty()) {
    rendered.error =
        Diagnostic{Severity::error, loaded.name, 0, 0, phrase(messages::kRenderError, view.error_message()), {}};
    rendered.text.clear();
  }
  return rendered;
}

}  // namespace plancheck
