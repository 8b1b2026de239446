#pragma once

// The message catalogue, part 1: how plancheck speaks about itself and its input — the frame of
// a diagnostic, command-line errors, progress. In the language of the locale or --lang.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// The frame of a diagnostic: "plan.yaml:3:5: error: …", "= help: …".
inline constexpr Message<> kError{"错误：", "error: "};
inline constexpr Message<> kWarning{"警告：", "warning: "};
inline constexpr Message<> kHelp{"提示：", "help: "};
inline constexpr Message<int> kErrorCountOne{"{} 个错误", "{} error"};
inline constexpr Message<int> kErrorCount{"{} 个错误", "{} errors"};
inline constexpr Message<int> kWarningCountOne{"{} 个警告", "{} warning"};
inline constexpr Message<int> kWarningCount{"{} 个警告", "{} warnings"};
inline constexpr Message<std::string_view, std::string_view> kCounts{"{}，{}", "{}, {}"};

}  // namespace plancheck::messages
