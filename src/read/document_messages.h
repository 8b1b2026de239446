#pragma once

// The catalogue of reading a plan document (plancheck draft): files that cannot be read.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

inline constexpr Message<std::string_view> kCannotReadDocument{"无法读取此文件：{}", "cannot read this file: {}"};
inline constexpr Message<> kNeitherUtf8NorGbk{"无法读出此文件的文字：它既不是 UTF-8 也不是 GBK 编码（此处起无法识别）",
                                              "cannot read this file's text: it is neither UTF-8 nor GBK (unreadable from here on)"};
inline constexpr Message<> kSaveAsUtf8{"请在 Word 或记事本中将它“另存为”UTF-8 编码的纯文本，或直接给出 .docx 文件",
                                       "save it again as UTF-8 plain text from Word or Notepad, or give the .docx itself"};
inline constexpr Message<> kDocumentNeedsPandoc{"读取 Word 文件（.docx）需要 pandoc，本机没有安装",
                                                "reading a Word file (.docx) needs pandoc, which is not installed"};
inline constexpr Message<> kInstallPandoc{"请安装：sudo apt-get install pandoc（或在 plancheck 源码目录运行 bash scripts/setup.sh）",
                                          "install it with: sudo apt-get install pandoc (or run bash scripts/setup.sh in "
                                          "plancheck's source folder)"};
inline constexpr Message<std::string_view> kPandocCouldNotRead{"pandoc 未能读出此 Word 文件：{}",
                                                               "pandoc could not read this Word file: {}"};
inline constexpr Message<> kIsItWord{"请确认它是 Word 2007 及以后的 .docx 文件（旧的 .doc 请先在 Word 中另存为 .docx）",
                                     "check that it is a .docx file of Word 2007 or later (save an old .doc as .docx in Word first)"};
inline constexpr Message<> kDocumentIsEmpty{"此文件中没有文字", "this file has no text in it"};

}  // namespace plancheck::messages
