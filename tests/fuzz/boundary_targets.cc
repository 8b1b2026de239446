// The fuzz targets of plancheck's boundary with the machine: partials read from disk, and -o.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/targets.h"
#include "present/template.h"
#include "read/template_files.h"
#include "read/workspace.h"
#include "write/output_file.h"

namespace plancheck::fuzz {

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

void clear(const fs::path& folder) {
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(folder, ignored)) fs::remove_all(entry.path(), ignored);
}

// The template's text and its partials, split at lines "@@partial NAME@@".
std::vector<std::pair<std::string, std::string_view>> split_partials(std::string_view bytes) {
  constexpr std::string_view kMarker = "@@partial ";
  std::vector<std::pair<std::string, std::string_view>> parts{{"main", {}}};
  std::size_t start = 0;
  while (parts.size() < 8) {
    std::size_t at = bytes.find(kMarker, start);
    std::size_t line_end = at == std::string_view::npos ? at : bytes.find("@@\n", at + kMarker.size());
    if (line_end == std::string_view::npos || (at > 0 && bytes[at - 1] != '\n')) break;
    parts.back().second = bytes.substr(start, at - start);
    parts.emplace_back(std::string(bytes.substr(at + kMarker.size(), line_end - at - kMarker.size())), std::string_view{});
    start = line_end + 3;
  }
  parts.back().second = bytes.substr(start);
  return parts;
}

bool is_plain_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && name.find_first_of("/\\") == std::string::npos && name != "." &&
         name != ".." && name != "main";
}


}  // namespace

std::string template_partials(std::string_view bytes) {
  const fs::path& root = scratch("partials");
  clear(root);
  fs::path folder = root / "templates";
  std::error_code ignored;
  fs::create_directories(folder, ignored);
  write_file_bytes(root / "secret.mustache", "secret\n");
  fs::create_symlink("../secret.mustache", folder / "linked.mustache", ignored);
  for (const auto& [name, text] : split_partials(bytes))
    if (name == "main" || is_plain_name(name)) write_file_bytes(folder / (name + ".mustache"), text);
  Template loaded;
  auto error = load_template((folder / "main.mustache").string(), loaded);
  for (const auto& file : loaded.files)
    if (!is_within_folder(file, folder)) return "the template read " + file + ", outside its folder";
  if (error) return "";
  RenderedTemplate rendered = render_template(loaded, briefing_fixture());
  if (rendered.error && !rendered.text.empty()) return "a template error with rendered text";
  return "";
}

std::string output_target(std::string_view bytes) {
  const fs::path& root = scratch("output");
  clear(root);
  std::error_code ignored;
  fs::create_directories(root / "log", ignored);
  fs::create_directories(root / "dir", ignored);
  write_file_bytes(root / "plan.yaml", "plan\n");
  write_file_bytes(root / "log/2022-01.yaml", "log\n");
  write_file_bytes(root / "report.txt", "old\n");
  write_file_bytes(root / "readonly.txt", "read-only\n");
  ::chmod((root / "readonly.txt").c_str(), 0444);
  const std::vector<std::pair<std::string, std::string>> links{
      {"link-to-plan", "plan.yaml"}, {"link-to-log", "log/2022-01.yaml"}, {"link-to-report", "report.txt"},
      {"link-to-dir", "dir"},        {"dangling", "nowhere.txt"}};
  for (const auto& [link, target] : links) fs::create_symlink(target, root / link, ignored);
  const std::vector<std::string> names{"plan.yaml",  "log/2022-01.yaml", "report.txt", "readonly.txt", "dir",
                                       "log",        "new.txt",          "dir/new.txt", "log/../plan.yaml",
                                       "./plan.yaml", "link-to-plan",    "link-to-log", "link-to-report",
                                       "link-to-dir", "dangling",        "/dev/null"};
  std::string name = names[bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % names.size()];
  std::string_view text = bytes.empty() ? bytes : bytes.substr(1);
  std::string path = name.starts_with('/') ? name : (root / name).string();
  std::vector<InputFile> inputs{{(root / "plan.yaml").string(), InputFile::Role::plan},
                                {(root / "log/2022-01.yaml").string(), InputFile::Role::log_file}};
  auto refusal = write_output(path, text, inputs);

  if (read_all(root / "plan.yaml") != "plan\n") return name + ": the plan was written";
  if (read_all(root / "log/2022-01.yaml") != "log\n") return name + ": the log file was written";
  if (read_all(root / "readonly.txt") != "read-only\n") return name + ": a read-only file was written";
  for (const auto& [link, target] : links)
    if (!fs::is_symlink(root / link, ignored)) return name + ": the link " + link + " was replaced";
  if (!fs::is_directory(root / "dir", ignored)) return name + ": the folder was replaced";
  if (!refusal && !name.starts_with('/') && read_all(fs::canonical(path, ignored)) != text)
    return name + ": written, but the file does not hold the text";
  return "";
}

}  // namespace plancheck::fuzz
