#include "write/append.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "support/files.h"
#include "support/temp_folder.h"

namespace plancheck {

namespace {

const AppendCheck kAnything = [](std::string_view, std::string_view) { return Diagnostics{}; };

}  // namespace

TEST_CASE("appending keeps the existing bytes and says where the new text starts") {
  testing::TempFolder scratch;
  std::string file = scratch / "log.yaml";
  std::string before = "# 台账：注释保留\n- date: 2022-06-01   # 行尾注释\n  activity: 党课\n  by: 张三\n\n";
  testing::write_file(file, before);
  AppendResult result = append_to_file(file, "- new\n", kAnything);
  CHECK(result.written);
  CHECK(!result.created);
  CHECK(result.first_line == 6);
  CHECK(result.diagnostics.empty());
  CHECK(testing::read_file(file) == before + "- new\n");
}

TEST_CASE("a last line without a line break gets one before the new text") {
  testing::TempFolder scratch;
  std::string file = scratch / "log.yaml";
  testing::write_file(file, "- a\n- b");
  AppendResult result = append_to_file(file, "- c\n", kAnything);
  CHECK(result.first_line == 3);
  CHECK(testing::read_file(file) == "- a\n- b\n- c\n");
}

TEST_CASE("a file with CRLF line ends gets CRLF lines") {
  testing::TempFolder scratch;
  std::string file = scratch / "log.yaml";
  testing::write_file(file, "- a\r\n- b");
  AppendResult result = append_to_file(file, "- c\n  d\n", kAnything);
  CHECK(result.first_line == 3);
  CHECK(testing::read_file(file) == "- a\r\n- b\r\n- c\r\n  d\r\n");
}

TEST_CASE("a missing file and folder are created, the check sees what will be written") {
  testing::TempFolder scratch;
  std::string file = scratch / "log/2022/06.yaml";
  std::string seen_before = "unset", seen_after;
  AppendResult result = append_to_file(file, "- a\n", [&](std::string_view before, std::string_view after) {
    seen_before = before;
    seen_after = after;
    return Diagnostics{};
  });
  CHECK(result.written);
  CHECK(result.created);
  CHECK(result.first_line == 1);
  CHECK(seen_before == "");
  CHECK(seen_after == "- a\n");
  CHECK(testing::read_file(file) == "- a\n");
  CHECK(std::filesystem::status(file).permissions() ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
         std::filesystem::perms::group_read | std::filesystem::perms::others_read));
}

TEST_CASE("an error from the check leaves the file untouched") {
  testing::TempFolder scratch;
  std::string file = scratch / "log.yaml";
  testing::write_file(file, "- a\n");
  AppendResult result = append_to_file(file, "- b\n", [](std::string_view, std::string_view) {
    return Diagnostics{Diagnostic{Severity::error, "x", 0, 0, Text::verbatim("no"), {}}};
  });
  CHECK(!result.written);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics.front().message.en == "no");
  CHECK(testing::read_file(file) == "- a\n");
  CHECK(std::distance(std::filesystem::directory_iterator(scratch.path()), {}) == 1);  // no temporary file left
}

TEST_CASE("the permissions of an existing file are kept, and a symbolic link stays a link") {
  testing::TempFolder scratch;
  std::string file = scratch / "real.yaml";
  testing::write_file(file, "- a\n");
  std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::filesystem::create_symlink(file, scratch / "link.yaml");
  CHECK(append_to_file(scratch / "link.yaml", "- b\n", kAnything).written);
  CHECK(std::filesystem::is_symlink(scratch / "link.yaml"));
  CHECK(testing::read_file(file) == "- a\n- b\n");
  CHECK(std::filesystem::status(file).permissions() ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("a folder that cannot be created, and a file that cannot be read") {
  testing::TempFolder scratch;
  testing::write_file(scratch / "plain", "");
  AppendResult no_folder = append_to_file(scratch / "plain/log/x.yaml", "- a\n", kAnything);
  REQUIRE(no_folder.diagnostics.size() == 1);
  CHECK(no_folder.diagnostics.front().message.en == "cannot create the folder " + scratch / "plain/log" + ": Not a directory");
  CHECK(no_folder.diagnostics.front().hint.en == "nothing was written");
  std::filesystem::create_directories(scratch / "folder.yaml");
  AppendResult unreadable = append_to_file(scratch / "folder.yaml", "- a\n", kAnything);
  REQUIRE(unreadable.diagnostics.size() == 1);
  CHECK(unreadable.diagnostics.front().message.en == "cannot read " + scratch / "folder.yaml" + ": Is a directory");
}

TEST_CASE("threads appending at once: every line arrives, whole, in some order") {
  testing::TempFolder scratch;
  std::string file = scratch / "log.yaml";
  testing::write_file(file, "# start\n");
  std::vector<std::thread> threads;
  for (int i = 0; i < 16; ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 5; ++k) append_to_file(file, "- " + std::to_string(i * 100 + k) + "\n", kAnything);
    });
  for (auto& thread : threads) thread.join();
  std::string text = testing::read_file(file);
  CHECK(text.starts_with("# start\n"));
  CHECK(std::count(text.begin(), text.end(), '\n') == 81);
  for (int i = 0; i < 16; ++i)
    for (int k = 0; k < 5; ++k) CHECK(text.find("- " + std::to_string(i * 100 + k) + "\n") != std::string::npos);
}

}  // namespace plancheck
