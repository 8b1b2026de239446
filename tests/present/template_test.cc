#include "present/template.h"
#include "read/template_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

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

// The warnings of reading `text` as a template in `folder`: "LINE: message" each, in English.
std::vector<std::string> warnings_of(const std::string& text, const std::string& folder) {
  Template loaded;
  REQUIRE_FALSE(load_template_text(text, "t.mustache", folder, loaded));
  std::vector<std::string> shown;
  for (const Diagnostic& warning : loaded.warnings) shown.push_back(std::to_string(warning.line) + ": " + warning.message.en);
  return shown;
}

// The error of reading `text` as a template in `folder`, in both languages.
Text error_of(const std::string& text, const std::string& folder) {
  Template loaded;
  auto error = load_template_text(text, "t.mustache", folder, loaded);
  REQUIRE(error);
  return error->message;
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

TEST_CASE("partials come from the template's folder, unknown ones are warnings and render as nothing") {
  plancheck::testing::TempFolder scratch;
  scratch.write("head.mustache", "# {{title}}\n{{> sign}}");
  scratch.write("sign.md.mustache", "—{{who}}\n");
  scratch.write("loop.mustache", "{{> loop}}");
  scratch.write("bad.mustache", "\n{{#x}}\n");
  const std::filesystem::path& folder = scratch.path();
  CHECK(render("{{> head}}body\n", {{"title", "简报"}, {"who", "办公室"}}, folder.string()) == "# 简报\n—办公室\nbody\n");
  CHECK(render("a\n{{> missing}}\n", ordered_json::object(), folder.string()) == "a\n");
  CHECK(warnings_of("a\n{{> missing}}\n{{> missing}}\n", folder.string()) ==
        std::vector<std::string>{"2: unknown partial 'missing': it renders as nothing"});
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
  CHECK(render("{{> " + name + "}}\n", ordered_json::object()) == "");
  CHECK(warnings_of("{{> " + name + "}}\n", ".") ==
        std::vector<std::string>{"1: unknown partial '" + name + "': it renders as nothing"});
}

TEST_CASE("a partial is a name, never a path: ../, / and folders are refused, also behind changed delimiters") {
  plancheck::testing::TempFolder scratch;
  scratch.write("sub/inner.mustache", "inner");
  std::string folder = (scratch.path() / "sub").string();
  for (std::string name : {"../sub/inner", "/etc/hostname", "sub/inner", "..", "."}) {
    CAPTURE(name);
    CHECK(render("x\n{{> " + name + "}}\n", ordered_json::object(), scratch.path().string()) ==
          "ERROR 2: partial '" + name + "' must be a name, not a path");
  }
  CHECK(render("{{=<% %>=}}<%> ../../etc/passwd%>", ordered_json::object(), folder) ==
        "ERROR 1: partial '../../etc/passwd' must be a name, not a path");
  Text message = error_of("{{> ../x}}", folder);
  CHECK(message.zh == "子模板 '../x' 须写成名称，不能写成路径");
}

TEST_CASE("a partial that is a link out of the template's folder is refused, one inside it is read") {
  plancheck::testing::TempFolder scratch;
  std::string secret = scratch.write("secret.txt", "SECRET");
  scratch.write("templates/real.mustache", "real");
  std::filesystem::create_symlink(secret, scratch.path() / "templates/leak.mustache");
  std::filesystem::create_symlink("real.mustache", scratch.path() / "templates/alias.mustache");
  std::string folder = (scratch.path() / "templates").string();
  std::string canonical_secret = std::filesystem::canonical(secret).string();
  CHECK(render("{{> leak}}", ordered_json::object(), folder) ==
        "ERROR 1: partial 'leak' leads outside the template's folder (to " + canonical_secret +
            "), so plancheck will not read it");
  CHECK(error_of("{{> leak}}", folder).zh ==
        "子模板 'leak' 指向模板文件夹之外（" + canonical_secret + "），plancheck 不会读取它");
  CHECK(render("{{> alias}}\n", ordered_json::object(), folder) == "real\n");
}

TEST_CASE("partials nest at most 16 deep, each with its own error") {
  plancheck::testing::TempFolder scratch;
  for (int i = 0; i < 20; ++i) scratch.write("p" + std::to_string(i) + ".mustache", "{{> p" + std::to_string(i + 1) + "}}");
  scratch.write("p20.mustache", "end");
  CHECK(render("{{> p5}}", ordered_json::object(), scratch.path().string()) == "end\n");
  RenderedTemplate deep = render_template_text("{{> p0}}", "t.mustache", scratch.path().string(), ordered_json::object());
  REQUIRE(deep.error);
  CHECK(deep.error->message.en == "partials nest deeper than 16 levels at 'p16'");
  CHECK(deep.error->message.zh == "子模板嵌套超过 16 层（在 'p16' 处）");
  CHECK(deep.error->file == (scratch.path() / "p15.mustache").string());
}

TEST_CASE("a template whose partials written out exceed 8 MB is refused at once, at the line that includes them") {
  plancheck::testing::TempFolder scratch;
  // Fifteen partials that each include the next ten times: 10^15 copies, which would never finish.
  for (int i = 0; i < 15; ++i) {
    std::string next = "{{> q" + std::to_string(i + 1) + "}}";
    std::string text;
    for (int copy = 0; copy < 10; ++copy) text += next;
    scratch.write("q" + std::to_string(i) + ".mustache", text);
  }
  scratch.write("q15.mustache", "x");
  CHECK(render("a\n{{> q0}}\n", ordered_json::object(), scratch.path().string()) ==
        "ERROR 2: the template with its partials expands to more than 8 MB (at 'q0')");
  CHECK(error_of("{{> q0}}", scratch.path().string()).zh == "模板连同子模板展开后超过 8 MB（在 'q0' 处）");
  // Five levels (100,000 copies of one byte, about 1 MB of tags) are still rendered.
  std::string rendered = render("{{> q10}}", ordered_json::object(), scratch.path().string());
  CHECK(rendered == std::string(100'000, 'x') + "\n");
}

TEST_CASE("a template that includes a partial 100,000 times is read and rendered at once") {
  plancheck::testing::TempFolder scratch;
  scratch.write("a.mustache", "a");
  std::string text;
  for (int i = 0; i < 100'000; ++i) text += "{{> a}}\n";
  text += "{{> missing}}\n";
  std::string expected;
  for (int i = 0; i < 100'000; ++i) expected += "a\n";
  CHECK(render(text, ordered_json::object(), scratch.path().string()) == expected);
  CHECK(warnings_of(text, scratch.path().string()) ==
        std::vector<std::string>{"100001: unknown partial 'missing': it renders as nothing"});
}

TEST_CASE("a partial named like a field of the data is a warning at the line that first includes it") {
  plancheck::testing::TempFolder scratch;
  scratch.write("plan.mustache", "P");
  scratch.write("sign.mustache", "S");
  Template loaded;
  REQUIRE_FALSE(load_template_text("{{plan.title}}\n{{> sign}}\n{{> plan}}{{> plan}}\n", "t.mustache",
                                   scratch.path().string(), loaded));
  Diagnostics warnings = partials_shadowing(loaded, {"plan", "month", "results"});
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].severity == Severity::warning);
  CHECK(warnings[0].file == "t.mustache");
  CHECK(warnings[0].line == 3);
  CHECK(warnings[0].source_line == "{{> plan}}{{> plan}}");
  CHECK(warnings[0].message.en ==
        "partial 'plan' has the name of the data's field 'plan': {{plan}} in the template gets the partial, not the field");
  CHECK(warnings[0].hint.zh == "请给子模板改个名字，例如 plan-part.mustache");
}
