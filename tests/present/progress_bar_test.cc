#include "present/progress_bar.h"

#include <doctest/doctest.h>

#include "present/text_width.h"

using namespace plancheck;

TEST_CASE("progress counts met and late quotas over those whose period has started") {
  Summary summary;
  summary.met = 5;
  summary.late = 2;
  summary.overdue = 1;
  summary.open = 2;
  summary.upcoming = 40;
  Progress progress = progress_of(summary);
  CHECK(progress.done == 7);
  CHECK(progress.started == 10);
  CHECK(progress.overdue == 1);
  CHECK(progress_bar(progress, Style{}, Language::zh) == "▰▰▰▰▰▰▰▱▱▱ 7/10");
  CHECK(completion_text(progress, Style{}, Language::zh) == "完成 70%（7/10）");
}

TEST_CASE("the bar is full and the percentage 100 only when everything started is done") {
  CHECK(filled_cells(Progress{66, 67, 0}) == 9);
  CHECK(percent_done(Progress{66, 67, 0}) == 98);
  CHECK(filled_cells(Progress{199, 200, 0}) == 9);
  CHECK(percent_done(Progress{199, 200, 0}) == 99);
  CHECK(filled_cells(Progress{3, 3, 0}) == 10);
  CHECK(percent_done(Progress{3, 3, 0}) == 100);
}

TEST_CASE("the bar shows something as soon as anything is done, and nothing before") {
  CHECK(filled_cells(Progress{1, 200, 0}) == 1);
  CHECK(filled_cells(Progress{0, 200, 0}) == 0);
  CHECK(progress_bar(Progress{0, 1, 1}, Style{}, Language::zh) == "▱▱▱▱▱▱▱▱▱▱ 0/1");
}

TEST_CASE("nothing started yet: no bar, no percentage") {
  CHECK(progress_bar(Progress{0, 0, 0}, Style{}, Language::zh) == "尚未开始");
  CHECK(completion_text(Progress{0, 0, 0}, Style{}, Language::zh) == "尚未开始");
}

TEST_CASE("the bar is ten columns wide, whatever is done, and its characters are not of ambiguous width") {
  for (int done = 0; done <= 7; ++done)
    CHECK(display_width(progress_bar(Progress{done, 7, 0}, Style{}, Language::zh)) == 10 + 1 + display_width(std::to_string(done) + "/7"));
}

TEST_CASE("with colour the done part is green and the rest red when something is overdue, else dim") {
  Style color{true};
  CHECK(progress_bar(Progress{1, 2, 1}, color, Language::zh) == "\033[32m▰▰▰▰▰\033[0m\033[1;31m▱▱▱▱▱\033[0m 1/2");
  CHECK(progress_bar(Progress{1, 2, 0}, color, Language::zh) == "\033[32m▰▰▰▰▰\033[0m\033[2m▱▱▱▱▱\033[0m 1/2");
  CHECK(progress_bar(Progress{2, 2, 0}, color, Language::zh) == "\033[32m▰▰▰▰▰▰▰▰▰▰\033[0m 2/2");
  CHECK(completion_text(Progress{2, 2, 0}, color, Language::zh) == "\033[32m完成 100%（2/2）\033[0m");
  CHECK(completion_text(Progress{1, 2, 1}, color, Language::zh) == "\033[1;31m完成 50%（1/2）\033[0m");
}

TEST_CASE("the words around a bar follow the language") {
  CHECK(completion_text(Progress{7, 10, 0}, Style{}, Language::en) == "70% done (7/10)");
  CHECK(progress_bar(Progress{0, 0, 0}, Style{}, Language::en) == "not started yet");
  CHECK(progress_bar(Progress{7, 10, 0}, Style{}, Language::en) == progress_bar(Progress{7, 10, 0}, Style{}, Language::zh));
}
