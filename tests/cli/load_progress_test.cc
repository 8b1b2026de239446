#include "cli/load_progress.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <thread>
#include <vector>

#include "support/launch.h"

using namespace plancheck::testing;

using namespace plancheck;
using namespace std::chrono_literals;

TEST_CASE("the progress line appears once loading has taken long enough, and is cleared at the end") {
  std::ostringstream err;
  LoadProgress progress(err, Language::zh, 0ms);
  progress(1, 3);
  CHECK(err.str() == "\r\033[K正在读取台账… 1/3 个文件");
  progress(3, 3);  // the last file is always shown
  progress.finish();
  CHECK(err.str() == "\r\033[K正在读取台账… 1/3 个文件\r\033[K正在读取台账… 3/3 个文件\r\033[K");
  progress(3, 3);
  CHECK(err.str().ends_with("3/3 个文件\r\033[K"));  // nothing after finish()
}

TEST_CASE("a quick load shows nothing at all, not even the clearing") {
  std::ostringstream err;
  LoadProgress progress(err, Language::zh, 1000ms);
  for (std::size_t i = 1; i <= 100; ++i) progress(i, 100);
  progress.finish();
  CHECK(err.str() == "");
}

TEST_CASE("progress from several threads: counts never go back and lines never interleave") {
  std::ostringstream err;
  LoadProgress progress(err, Language::zh, 0ms);
  std::atomic<std::size_t> read{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 250; ++i) progress(++read, 1000);
    });
  for (auto& thread : threads) thread.join();
  progress.finish();
  std::string text = err.str();
  CHECK(text.ends_with("正在读取台账… 1000/1000 个文件\r\033[K"));
  std::size_t last = 0;
  for (std::size_t at = text.find("… "); at != std::string::npos; at = text.find("… ", at + 1)) {
    std::size_t count = std::stoul(text.substr(at + 4));
    CHECK(count > last);
    last = count;
  }
}

TEST_CASE("read into a pipe, the ledger loads without a word on stderr") {
  Run run = run_plancheck({"validate", "plans/fao-2022/plan.yaml"});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
}

TEST_CASE("the progress line speaks the messages' language") {
  CHECK(load_progress_text(37, 100, Language::en) == "Reading the ledger… 37/100 files");
  CHECK(load_progress_text(37, 100, Language::zh) == "正在读取台账… 37/100 个文件");
}
