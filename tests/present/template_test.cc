#include "present/template.h"
#include "read/template_files.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/temp_folder.h"

using namespace plancheck;
using nlohmann::ordered_json;

namespace {

// Reads the template and its partials, then renders it, as render does.
RenderedTemplate render_template_text(const std::string& text, const std::string& name, const std::string& folder,
                                      const ordered_json& context) {
  Template loaded;
  if (auto error = load_template_text(text, name, folder, loaded)) return RenderedTemplate{"", error};
  return render_template(loaded, context);
}

std::string render(const std::string& text, const ordered_json& context, const std::string& folder = ".") {
  RenderedTemplate rendered = render_template_text(text, "t.mustache", folder, context);
  if (rendered.error) return "ERROR " + std::to_string(rendered.error->line) + ": " + rendered.error->message.en;
  return rendered.text;
}

}  // namespace

TEST_CASE("values are inserted without HTML escaping") {
  CHECK(render("{{a}} & {{b}}\n", {{"a", "<b>粗</b>"}, {"b", "\"x\""}}) == "<b>粗</b> & \"x\"\n");
}

TEST_CASE("with Escaping::html, {{a}} writes & < > \" ' as entities and {{{a}}} as they are") {
  Template loaded;
  REQUIRE_FALSE(load_template_text("<p title=\"{{a}}\">{{a}}</p>{{{a}}}\n", "t.mustache", ".", loaded));
  RenderedTemplate rendered = render_template(loaded, {{"a", "<script>'x' & \"y\"</script>"}}, Escaping::html);
  REQUIRE_FALSE(rendered.error);
  CHECK(rendered.text ==
        "<p title=\"&lt;script&gt;&apos;x&apos; &amp; &quot;y&quot;&lt;/script&gt;\">"
        "&lt;script&gt;&apos;x&apos; &amp; &quot;y&quot;&lt;/script&gt;</p><script>'x' & \"y\"</script>\n");
}

TEST_CASE("lists, nested objects, numbers and booleans") {
  ordered_json context{{"items", {{{"n", 1}}, {{"n", 2}}}}, {"flag", true}, {"zero", 0}, {"month", {{"label", "6月"}}}};
  CHECK(render("{{#items}}[{{n}}]{{/items}}{{#flag}}yes{{/flag}} {{zero}} {{month.label}}\n", context) ==
        "[1][2]yes 0 6月\n");
}

TEST_CASE("empty text and null are false in sections") {
  ordered_json context{{"place", ""}, {"notes", nullptr}, {"title", "会"}};
  CHECK(render("{{#place}}P{{/place}}{{^place}}no place{{/place}} {{#notes}}N{{/notes}}{{#title}}{{title}}{{/title}}\n",
               context) == "no place 会\n");
}

TEST_CASE("runs of blank lines collapse, but not inside code fences") {
  CHECK(collapse_blank_lines("\n\na\n\n\n\nb\n\n") == "a\n\nb\n");
  CHECK(collapse_blank_lines("```\nx\n\n\ny\n```\n") == "```\nx\n\n\ny\n```\n");
  // A false section on lines of its own leaves no blank line behind.
  CHECK(render("a\n\n{{#f}}\nx\n{{/f}}\n\nb\n", {{"f", false}}) == "a\n\nb\n");
}

TEST_CASE("an unclosed section is reported at its line") {
  CHECK(render("line one\n{{#items}}\nx\n", ordered_json::object()) == "ERROR 2: Unclosed section \"items\"");
  CHECK(render("a\n\nb {{/items}}\n", ordered_json::object()) == "ERROR 3: Unopened section \"items\"");
}

TEST_CASE("partials come from the template's folder, unknown ones are errors") {
  plancheck::testing::TempFolder scratch;
  scratch.write("head.mustache", "# {{title}}\n{{> sign}}");
  scratch.write("sign.md.mustache", "—{{who}}\n");
  scratch.write("loop.mustache", "{{> loop}}");
  scratch.write("bad.mustache", "\n{{#x}}\n");
  const std::filesystem::path& folder = scratch.path();
  CHECK(render("{{> head}}body\n", {{"title", "简报"}, {"who", "办公室"}}, folder.string()) == "# 简报\n—办公室\nbody\n");
  CHECK(render("a\n{{> missing}}\n", ordered_json::object(), folder.string()) == "ERROR 2: unknown partial 'missing'");
  CHECK(render("{{> loop}}", ordered_json::object(), folder.string()) == "ERROR 1: partial 'loop' includes itself");
  RenderedTemplate bad = render_template_text("{{> bad}}", "t.mustache", folder.string(), ordered_json::object());
  REQUIRE(bad.error);
  CHECK(bad.error->file == (folder / "bad.mustache").string());
  CHECK(bad.error->line == 2);
}

TEST_CASE("hostile templates: a huge tag, deep sections, changed delimiters") {
  SUBCASE("a tag name of a million characters renders (once it overflowed the stack)") {
    CHECK(render("{{" + std::string(1'000'000, 'a') + "}}x\n", {{"a", 1}}) == "x\n");
  }
  SUBCASE("32 nested sections render; a 33rd is refused at its line, before the library sees it") {
    std::string ok, deep;
    for (int i = 0; i < 32; ++i) ok += "{{#a}}";
    ok += "x";
    for (int i = 0; i < 32; ++i) ok += "{{/a}}";
    CHECK(render(ok + "\n", {{"a", true}}) == "x\n");
    for (int i = 0; i < 100'000; ++i) deep += "{{#a}}\n";
    CHECK(render(deep, {{"a", true}}) == "ERROR 33: sections nest deeper than 32 levels");
  }
  SUBCASE("deep sections behind changed delimiters are found too") {
    std::string deep = "{{=<% %>=}}";
    for (int i = 0; i < 40; ++i) deep += "<%^a%>";
    CHECK(render(deep, {{"a", false}}) == "ERROR 1: sections nest deeper than 32 levels");
  }
  SUBCASE("names used behind changed delimiters still reach the template") {
    CHECK(render("{{=<% %>=}}<%a.b%> <%#c%>c<%/c%> <%={{ }}=%>{{d}}\n",
                 {{"a", {{"b", "B"}}}, {"c", true}, {"d", "D"}}) == "B c D\n");
  }
}

TEST_CASE("a partial named longer than a file name can be is unknown, not an internal error") {
  std::string name(300, 'p');
  CHECK(render("{{> " + name + "}}\n", ordered_json::object()) == "ERROR 1: unknown partial '" + name + "'");
}
