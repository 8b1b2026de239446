#pragma once

// The catalogue of the read layer: what is wrong with the plan, the log files and the templates,
// and what to do about it. Errors say what is wrong, hints what to do next. YAML keys, values and
// examples read the same in both languages.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// A file that cannot be read as text (source_text).
inline constexpr Message<> kNulByte{"此文件含有 NUL 字节：看起来是二进制文件，而不是 YAML 文本",
                                    "this file contains a NUL byte: it looks like a binary file, not YAML text"};
inline constexpr Message<> kCutOff{"此文件在一个字符的中间结束：看起来不完整（被截断）",
                                   "this file ends in the middle of a character: it looks cut off (truncated)"};
inline constexpr Message<> kRestoreWholeFile{
    "请恢复完整的文件，例如从 git 恢复：git checkout -- FILE，或从原处重新复制",
    "restore the whole file, e.g. from git: git checkout -- FILE, or from where it was copied"};
inline constexpr Diagnosis<Message<unsigned>> kInvalidUtf8MaybeGbk{
    "invalid-utf8-maybe-gbk",
    {"此文件不是有效的 UTF-8（字节 0x{:02X}）：此处的文字可能是 GBK 编码",
     "this file is not valid UTF-8 (byte 0x{:02X}): the text here may be GBK"},
    {"文件其余部分是 UTF-8：请重新输入此处的文字，或从 UTF-8 的来源粘贴",
     "the rest of the file is UTF-8: type this text again, or paste it from a UTF-8 source"}};
inline constexpr Diagnosis<Message<>> kLooksLikeGbk{
    "looks-like-gbk",
    {"此文件不是 UTF-8：看起来是 GBK 编码（许多中文 Windows 程序保存时使用的编码）",
     "this file is not UTF-8: it looks like GBK (the encoding many Chinese Windows programs save in)"},
    {"请另存为 UTF-8，例如在 WPS 或记事本中保存时选择 'UTF-8'，或运行：iconv -f GBK -t UTF-8",
     "save it again as UTF-8, e.g. in WPS or Notepad choose 'UTF-8' when saving, or run: iconv -f GBK -t UTF-8"}};
inline constexpr Diagnosis<Message<unsigned>> kInvalidUtf8{
    "invalid-utf8",
    {"此文件不是有效的 UTF-8（字节 0x{:02X}）", "this file is not valid UTF-8 (byte 0x{:02X})"},
    {"请另存为 UTF-8", "save it again as UTF-8"}};
inline constexpr Diagnosis<Message<>> kConflictMarker{
    "conflict-marker",
    {"有未解决的 git 合并冲突标记", "unresolved git merge conflict marker"},
    {"请完成合并：保留需要的行，删除 <<<<<<<、======= 和 >>>>>>> 这几行",
     "finish the merge: keep the lines you want and delete the <<<<<<<, ======= and >>>>>>> lines"}};
inline constexpr Diagnosis<Message<>> kIsFolder{
    "is-folder",
    {"这是文件夹，不是文件", "this is a folder, not a file"},
    {"请指定其中的一个 .yaml 文件", "name a .yaml file inside it"}};
inline constexpr Message<std::string_view> kCannotReadFile{"无法读取此文件：{}", "cannot read this file: {}"};
inline constexpr Message<> kReadFailed{"读取失败", "read failed"};
inline constexpr Diagnosis<Message<std::size_t, std::size_t>> kFileTooBig{
    "file-too-big",
    {"此文件大小为 {} MB；plancheck 只读取不超过 {} MB 的文件", "this file is {} MB; plancheck reads files of at most {} MB"},
    {"请把台账拆分为每月一个文件", "split the ledger into one file per month"}};

// YAML syntax (yaml_tree, fast_yaml): libyaml's wording turned into what a plan author can act on.
inline constexpr Diagnosis<Message<>> kTabIndentation{
    "tab-indentation",
    {"缩进中使用了制表符（Tab）", "a tab character is used for indentation"},
    {"YAML 只能用空格缩进：请把制表符换成空格", "YAML indents with spaces only: replace the tab by spaces"}};
inline constexpr Diagnosis<Message<>> kKeyTooLong{
    "key-too-long",
    {"字段名超过 1024 个字符（YAML 不允许更长的字段名）", "a key longer than 1024 characters (YAML allows no longer keys)"},
    {"请缩短字段名，或检查字段名后是否漏了 ': '", "shorten the key, or check for a missing ': ' after it"}};
inline constexpr Diagnosis<Message<>> kUnexpectedColon{
    "unexpected-colon",
    {"此处不应出现 ':'", "unexpected ':' here"},
    {"含有 ': ' 的值必须加引号，例如 title: \"会议：主题\"；或检查缩进",
     "a value containing ': ' must be quoted, e.g. title: \"会议：主题\"; or check the indentation"}};
inline constexpr Diagnosis<Message<>> kExpectedKeyValue{
    "expected-key-value",
    {"此处应写成 '字段名: 值'", "expected 'key: value' here"},
    {"请检查缩进，以及每个字段名后是否都有 ':'", "check the indentation and that every key is followed by ':'"}};
inline constexpr Diagnosis<Message<>> kIndentationMismatch{
    "indentation-mismatch",
    {"缩进与上面几行不一致", "the indentation does not match the lines above"},
    {"同一层的字段名请左对齐到同一列", "line up keys of the same mapping in one column"}};
inline constexpr Diagnosis<Message<>> kMisplacedListItem{
    "misplaced-list-item",
    {"此处不应出现列表项", "a list item is not where one was expected"},
    {"每个列表项都以 '- ' 开头，并保持相同的缩进", "start every list item with '- ' at the same indentation"}};
inline constexpr Diagnosis<Message<>> kUnclosedQuote{
    "unclosed-quote",
    {"引号没有闭合：文件结束前没有找到后引号", "this quoted text is not closed: the file ends before its closing quote"},
    {"请补上后引号，或删去前引号", "add the closing quote, or remove the opening one"}};
// Slips found on the line itself (yaml_slips), reported there with the line as it should be.
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kNoSpaceAfterColon{
    "no-space-after-colon",
    {"冒号后面缺少空格：YAML 把 '{}' 读成了一段文字，而不是字段名和值",
     "no space after the colon: YAML reads '{}' as one piece of text, not as a key and its value"},
    {"冒号后要有一个空格：{}", "put a space after the colon: {}"}};
inline constexpr Diagnosis<Message<>, Message<std::string_view>> kFullWidthColon{
    "full-width-colon",
    {"字段名后用了全角冒号 '：'", "a full-width colon '：' follows the key"},
    {"YAML 要用半角冒号加一个空格：{}", "YAML needs an ASCII colon and a space: {}"}};
inline constexpr Diagnosis<Message<>, Message<std::string_view>> kQuoteNotClosedOnLine{
    "quote-not-closed-on-line",
    {"引号没有在本行闭合：YAML 会把下面几行也读进这段文字", "this quote is not closed on its line: YAML reads the lines below into it"},
    {"请在行尾补上后引号：{}", "close it at the end of the line: {}"}};
inline constexpr Diagnosis<Message<>> kInvalidEscape{
    "invalid-escape",
    {"双引号中的反斜杠表示转义，而此处的转义无效", "a backslash in double quotes starts an escape, and this one is not valid"},
    {"Windows 路径请用单引号（'D:\\资料\\签到表.pdf'），或把每个反斜杠写两遍",
     "write Windows paths in single quotes ('D:\\资料\\签到表.pdf') or double each backslash"}};

// libyaml's own wording (in English) with what it was doing when it gave up.
inline constexpr Message<std::string_view> kYamlSyntaxError{"YAML 语法错误：{}", "YAML syntax error: {}"};
inline constexpr Message<std::string_view, std::string_view> kYamlSyntaxErrorWhile{"YAML 语法错误：{}（{}）",
                                                                                   "YAML syntax error: {} ({})"};
inline constexpr Message<> kUnknownProblem{"未知问题", "unknown problem"};
inline constexpr Diagnosis<Message<>> kSecondDocument{
    "second-document",
    {"此处开始了第二个 YAML 文档（'---'）：plancheck 文件只能有一个",
     "a second YAML document starts here ('---'): a plancheck file holds exactly one"},
    {"请删除 '---' 这一行，或把这部分移到单独的文件中", "remove the '---' line, or move this part into a file of its own"}};
inline constexpr Diagnosis<Message<>> kAlias{
    "alias",
    {"plancheck 文件不支持别名（*name）", "aliases (*name) are not supported in plancheck files"},
    {"请把值完整写出", "write the value out in full"}};
inline constexpr Diagnosis<Message<int>> kNestingTooDeep{
    "nesting-too-deep",
    {"嵌套超过 {} 层", "nesting is deeper than {} levels"},
    {"plancheck 文件只需要几层：请检查缩进和括号", "plancheck files need only a few levels: check the indentation and brackets"}};
inline constexpr Message<> kKeyNotText{"字段名必须是普通文字，不能是列表或一组字段",
                                       "a key must be plain text, not a list or mapping"};
inline constexpr Diagnosis<Message<std::string_view>> kDuplicateKey{
    "duplicate-key",
    {"字段 '{}' 在这里出现了两次", "duplicate key '{}' in this mapping"},
    {"每个字段只能出现一次：请删除或合并重复的字段（台账里出现这种情况，多半是两人改了同一条记录，git 合并时两行都保留了：留下对的一行）",
     "each key may appear once: remove or merge the repeated one (in a ledger this usually means two people changed "
     "the same entry and git kept both lines: keep the right one)"}};

// What a value turned out to be, in "… should be text, but is a list".
inline constexpr Message<> kKindList{"列表", "a list"};
inline constexpr Message<> kKindMapping{"一组字段", "a mapping"};
inline constexpr Message<> kKindNothing{"空值", "nothing"};
inline constexpr Message<> kKindText{"文字", "text"};

// A key as messages name it: 'date'.
inline constexpr Message<std::string_view> kKeyName{"'{}'", "'{}'"};

// A value of the wrong shape (fields). The first argument names the value: a key ('date'), an
// option (--start), or one of the names below.
inline constexpr Message<std::string_view, std::string_view> kShouldBeText{"{}：应为文字，但这里是{}",
                                                                           "{} should be text, but is {}"};
inline constexpr Diagnosis<Message<std::string_view>> kNumberInQuotes{
    "number-in-quotes",
    {"{}：加了引号，因此是文字，不是数字", "{} is written in quotes, so it is text, not a number"},
    {"请去掉引号", "remove the quotes"}};
inline constexpr Message<std::string_view, std::string_view> kNotAWholeNumber{
    "{}：应为整数，但这里是 '{}'", "{} should be a whole number, but is '{}'"};
inline constexpr Message<std::string_view, int, int> kNumberTooSmall{"{}：应不小于 {}，但这里是 {}",
                                                                     "{} should be at least {}, but is {}"};
inline constexpr Message<std::string_view, std::string_view> kShouldBeTextOrList{
    "{}：应为文字或文字列表，但这里是{}", "{} should be text or a list of texts, but is {}"};
inline constexpr Diagnosis<Message<std::string_view>> kEmptyNameList{
    "empty-name-list",
    {"{}：列表为空，没有写任何名称", "{} is an empty list: it names nobody"},
    {"请至少写一个，或删除这一行", "name at least one, or remove the line"}};

// The keys of a mapping (fields). The second argument is one of the names below.
inline constexpr Message<std::string_view, std::string_view> kUnknownKey{"{1}中有未知的字段 '{0}'",
                                                                         "unknown key '{}' in {}"};
inline constexpr Message<std::string_view> kAllowedKeys{"此处可用的字段：{}", "allowed here: {}"};
inline constexpr Message<std::string_view, std::string_view> kNotAMapping{
    "{}下面应缩进写出各个字段（如 'title: …'），但这里是{}", "{} should be indented 'key: value' lines, but is {}"};
inline constexpr Message<std::string_view, std::string_view> kEmptyKey{"{1}的 '{0}' 为空", "'{}' of {} is empty"};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<std::string_view>> kMissingKey{
    "missing-key",
    {"{}缺少 '{}'", "{} has no '{}'"},
    {"请添加 '{}: …'", "add '{}: …'"}};
inline constexpr Message<std::string_view> kShouldBeList{"'{}' 应为列表（以 '- ' 开头的若干行）",
                                                         "'{}' should be a list (lines starting with '- ')"};

// The names of what is read, for the messages above.
inline constexpr Message<> kPlanFile{"计划文件", "the plan file"};
inline constexpr Message<> kPlanHeader{"'plan' 部分", "plan"};
inline constexpr Message<> kRole{"角色", "role"};
inline constexpr Message<> kActivity{"活动", "activity"};
inline constexpr Message<> kUnit{"单位", "unit"};
inline constexpr Message<> kUnitKind{"单位类型", "unit kind"};
inline constexpr Message<> kPerson{"人员", "person"};
inline constexpr Message<> kPersonOrUnit{"人员或单位", "person or unit"};
inline constexpr Message<> kSection{"章节", "section"};
inline constexpr Message<> kItem{"计划项", "item"};
inline constexpr Message<> kRule{"规则", "rule"};
inline constexpr Message<> kEntry{"记录", "entry"};
inline constexpr Message<> kSectionId{"章节编号", "section id"};
inline constexpr Message<> kItemId{"计划项编号", "item id"};
inline constexpr Message<> kRuleId{"规则编号", "rule id"};
inline constexpr Message<> kARole{"角色", "a role"};
inline constexpr Message<> kAnActivityId{"活动编号", "an activity id"};

// Names the plan declares (plan_vocabulary): an unknown one, where it would be declared, a repeat.
inline constexpr Message<std::string_view, std::string_view> kUnknownName{"计划中没有{} '{}'", "unknown {} '{}'"};
inline constexpr Message<std::string_view> kDidYouMean{"是否想写 '{}'？", "did you mean '{}'?"};
inline constexpr Message<std::string_view, std::string_view> kTitleNotId{
    "'{0}' 是活动 '{1}' 的标题；这里要写活动编号：'{1}'", "'{0}' is the title of activity '{1}'; write its id here: '{1}'"};
inline constexpr Message<std::string_view> kCorrectOrDeclare{"请核对写法，或{}",
                                                             "correct the spelling, or add it to {} in the plan"};

// Where the plan declares each kind of name, for kCorrectOrDeclare: in Chinese the whole clause,
// as the verb comes after the place there.
inline constexpr Message<> kDeclareRole{"在计划的 'roles' 中添加", "'roles'"};
inline constexpr Message<> kDeclareActivity{"在计划的 'activities' 中添加", "'activities'"};
inline constexpr Message<> kDeclareUnitKind{"在计划的 'units' 中为单位写上这个 'kind'",
                                            "the 'kind' of a unit in 'units'"};
inline constexpr Message<> kDeclarePersonOrUnit{"在计划的 'people' 或 'units' 中添加", "'people' or 'units'"};
inline constexpr Message<> kDeclareUnit{"在计划的 'units' 中添加", "'units'"};
inline constexpr Message<> kDeclareItem{"在计划的 'sections' 中添加以它为 'id' 的计划项",
                                        "an item's 'id' in 'sections'"};
inline constexpr Diagnosis<Message<std::string_view, std::string_view, int>> kDuplicateName{
    "duplicate-name",
    {"{} '{}' 重复：第 {} 行已有定义", "duplicate {} '{}': already defined at line {}"},
    {"不能重复：请改名或删去其中一个", "every one must be unique: rename or remove one of them"}};
inline constexpr Diagnosis<Message<std::string_view>> kUnitInsideItself{
    "unit-inside-itself",
    {"单位 '{}' 的上级单位一层层往上又回到了它自己", "unit '{}' ends up inside itself when its parents are followed"},
    {"'parent' 写上一级单位，如党小组写所在的支部；最上一级单位不写 'parent'",
     "give 'parent' the unit one level up (a 党小组's 支部); the top unit has no 'parent'"}};
inline constexpr Message<> kUntilBeforeFrom{"'until' 早于 'from'", "'until' is before 'from'"};
inline constexpr Diagnosis<Message<std::string_view>> kAlsoAUnit{
    "also-a-unit",
    {"'{}' 同时也是一个单位的名称", "'{}' is the name of a unit too"},
    {"人员和单位不能重名：请为其中一个另取名称", "people and units share one namespace: give one of them another name"}};

// The plan file as a whole (plan_reader).
inline constexpr Diagnosis<Message<>> kNotAPlan{
    "not-a-plan",
    {"这不是 plancheck 计划：缺少 'plancheck: 1' 这一行", "this is not a plancheck plan: it has no 'plancheck: 1' line"},
    {"请在计划的第一行写上 'plancheck: 1'", "add 'plancheck: 1' as the first line of the plan"}};
inline constexpr Diagnosis<Message<int, int>> kUnsupportedFormat{
    "unsupported-format",
    {"此计划使用第 {} 版格式；本版本的 plancheck 只能读取第 {} 版格式",
     "this plan is in format {}; this version of plancheck reads format {}"},
    {"请使用更新版本的 plancheck，或写成 'plancheck: 1'", "use a newer plancheck, or write 'plancheck: 1'"}};
inline constexpr Diagnosis<Message<std::string_view>> kUnknownLanguage{
    "unknown-language",
    {"未知的语言 '{}'", "unknown language '{}'"},
    {"请写 'lang: zh' 或 'lang: en'", "write 'lang: zh' or 'lang: en'"}};
inline constexpr Message<std::string_view, std::string_view> kPlanEndsBeforeStart{
    "计划的结束日期（{}）早于开始日期（{}）", "the plan ends ({}) before it starts ({})"};
inline constexpr Diagnosis<Message<>> kEmptyPlanFile{
    "empty-plan-file",
    {"此计划文件是空的", "this plan file is empty"},
    {"可以先运行 'plancheck init' 生成，或参阅 README 中的计划格式",
     "start from 'plancheck init', or see the README for the plan format"}};

// Rules (rule_reader).
inline constexpr Message<std::string_view> kNotAPeriod{"'every' 的值 '{}' 不是周期",
                                                       "'every' is '{}', which is not a period"};
inline constexpr Message<> kUsePeriod{"请使用以下之一：year、half、quarter、month、week、once",
                                      "use one of: year, half, quarter, month, week, once"};
inline constexpr Diagnosis<Message<>> kNoSubjects{
    "no-subjects",
    {"此规则没有写明适用于谁", "this rule does not say whom it applies to"},
    {"请添加以下之一：'each: ROLE'、'each_unit: KIND' 或 'by: NAME'",
     "add one of: 'each: ROLE', 'each_unit: KIND' or 'by: NAME'"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kTwoSubjectKeys{
    "two-subject-keys",
    {"一条规则只能有 each、each_unit 和 by 中的一个；此规则同时有 '{}' 和 '{}'",
     "a rule takes only one of each, each_unit and by; this one has '{}' and '{}'"},
    {"请拆分为两条规则", "split it into two rules"}};
inline constexpr Diagnosis<Message<std::string_view>> kNobodyHoldsRole{
    "nobody-holds-role",
    {"'people' 中没有人担任角色 '{}'", "nobody in 'people' holds the role '{}'"},
    {"在有人担任这个角色之前，此规则对该角色没有适用对象", "this rule has no subject for that role until someone does"}};
inline constexpr Message<> kFromAfterPlanEnd{"'from' 晚于计划的结束日期：此规则不会生效",
                                             "'from' is after the plan's end: this rule never applies"};
inline constexpr Message<> kUntilBeforePlanStart{"'until' 早于计划的开始日期：此规则不会生效",
                                                 "'until' is before the plan's start: this rule never applies"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kDueOutsidePlan{
    "'due' {} 不在计划期限内（{} 至 {}）", "'due' {} is outside the plan ({} to {})"};
inline constexpr Diagnosis<Message<>> kOnceNeedsDue{
    "once-needs-due",
    {"'every: once' 的规则需要 'due' 日期", "a rule with 'every: once' needs a 'due' date"},
    {"请添加，例如 'due: 2022-06-30'", "add e.g. 'due: 2022-06-30'"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kDueBeforeFrom{
    "due-before-from",
    {"'due' {} 早于 'from' {}：这项一次性任务在开始之前就已到期，不会出现在任何报告中",
     "'due' {} is before 'from' {}: this one-off task would be due before it starts, and no report would show it"},
    {"请核对这两个日期：'due' 不能早于 'from'（也可以删去 'from'）",
     "check both dates: 'due' may not be before 'from' (or remove 'from')"}};
inline constexpr Diagnosis<Message<>> kDueOnlyForOnce{
    "due-only-for-once",
    {"'due' 只适用于 'every: once' 的规则", "'due' only applies to rules with 'every: once'"},
    {"周期性规则如需提前结束，请使用 'until'", "use 'until' to end a periodic rule early"}};

// Log files and the ledger (log_reader, workspace).
inline constexpr Message<std::string_view, std::string_view, std::string_view> kEntryOutsidePlan{
    "{} 不在计划期限内（{} 至 {}）：此记录不计入", "{} is outside the plan ({} to {}): this entry is ignored"};
inline constexpr Diagnosis<Message<>> kLogNotAList{
    "log-not-a-list",
    {"台账文件应为记录的列表，每条记录以 '- ' 开头", "a log file should be a list of entries, each starting with '- '"},
    {"记录的示例见 README", "see the README for an example entry"}};
inline constexpr Diagnosis<Message<>> kLogNotRegularFile{
    "log-not-regular-file",
    {"无法读取此台账文件：它不是普通文件（可能是失效的链接）", "this log file cannot be read: it is not a regular file (a broken link?)"},
    {"请让链接指向实际的文件，或将其删除", "point the link at the real file, or remove it"}};
using KindNameAndKnown = Message<std::string_view, std::string_view, std::string_view>;
inline constexpr Diagnosis<KindNameAndKnown, Message<std::string_view>> kLooksLikeKnownName{
    "looks-like-known-name",
    {"{} '{}' 与计划中的 '{}' 只差看不见的字符、全角半角、首尾空格或字符编码方式，会被当作另一个名称",
     "the {} '{}' differs from '{}' only by invisible characters, character width, spaces at its ends or the "
     "way its characters are encoded, so it would count as another name"},
    {"请改为 '{}'（从 Word 或网页复制的文字常带这类字符：请重新输入）",
     "write it as '{}' (text copied from Word or a web page often carries such characters: type it anew)"}};
inline constexpr Diagnosis<Message<int>> kControlCharacter{
    "control-character",
    {"这里有一个看不见的控制字符 U+{:04X}，YAML 不允许", "an invisible control character, U+{:04X}, is here: YAML does not allow it"},
    {"删去它（从 Word 或网页复制的文字常带这类字符），或重新输入这一行",
     "delete it (text copied from Word or a web page often carries such characters), or type the line anew"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view, std::string_view>> kRoleOutsidePlan{
    "role-outside-plan",
    {"职务 {} 的任期完全在计划期（{} 至 {}）之外：没有任何规则会把此人算作该职务",
     "the role {} is held only outside the plan's dates ({} to {}): no rule counts them in it"},
    {"请核对 from 和 until；如此人已不再担任该职务，请删去这一职务",
     "check from and until; if they no longer hold the role, remove it"}};
inline constexpr Diagnosis<Message<>, Message<std::string_view>> kLogOutsidePlanFolder{
    "log-outside-plan-folder",
    {"此台账路径在计划所在文件夹之外（或经链接指向外面），不会读取",
     "this log path lies outside the plan's folder (or a link leads outside it), so it is not read"},
    {"台账文件须放在计划所在的文件夹 {} 之内：请把文件移进来，而不是用链接或 '../' 指向别处",
     "log files must be inside the plan's folder, {}: move them there rather than naming them through a link or '../'"}};
inline constexpr Diagnosis<Message<>> kPlanListedAsLog{
    "plan-listed-as-log",
    {"'logs' 中列出的路径包含计划文件本身：计划文件不作为台账读取",
     "'logs' lists a path that holds the plan file itself: the plan is not read as a log file"},
    {"请把台账文件放在单独的文件夹中（如 log/），并在 'logs' 中列出该文件夹",
     "keep the log files in a folder of their own (e.g. log/) and list that folder in 'logs'"}};
inline constexpr Diagnosis<Message<std::string_view>> kLogNotYaml{
    "log-not-yaml",
    {"'logs' 中列出的 '{}' 不是 .yaml 或 .yml 文件，不会读取", "'{}' (listed in 'logs') is not a .yaml or .yml file, so it is not read"},
    {"台账文件的名称须以 .yaml 或 .yml 结尾", "log files are named .yaml or .yml"}};
inline constexpr Message<std::string_view> kCannotReadFolder{"无法读取此文件夹：{}", "cannot read this folder: {}"};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kMissingLogPath{
    "missing-log-path",
    {"'logs' 中列出的台账路径 '{}' 不存在", "the log path '{}' (listed in 'logs') does not exist"},
    {"请创建它（mkdir -p {}），或修改 'logs' 中的路径", "create it (mkdir -p {}) or fix the path in 'logs'"}};
inline constexpr Diagnosis<Message<std::string_view, int>> kRepeatedEntry{
    "repeated-entry",
    {"此记录与 {}:{} 的记录完全相同；两条都会计入", "this entry repeats the one at {}:{} exactly; both count"},
    {"如果是误记了两次，请删除其中一条", "remove one if it was recorded twice by mistake"}};
inline constexpr Diagnosis<Message<std::size_t, std::size_t>> kTooManyEntries{
    "too-many-entries",
    {"台账共有 {} 条记录；plancheck 最多读取 {} 条", "the ledger holds {} entries; plancheck reads at most {}"},
    {"请按年度或按单位分别建立计划（及其台账）", "keep one plan (and its ledger) per year or per office"}};

using CountAndLimit = Message<std::uint64_t, std::uint64_t>;
inline constexpr Diagnosis<CountAndLimit, Message<std::string_view, std::string_view>> kTooManyQuotaResults{
    "too-many-quota-results",
    {"这份计划要求逐一评估约 {} 项指标（周期数 × 对象数，按全部规则合计）；plancheck 最多评估 {} 项",
     "the plan asks for about {} quota results (periods × subjects, over all its rules); plancheck evaluates "
     "at most {}"},
    {"计划期为 {} 至 {}：请检查起止日期是否写错，或按年度分别建立计划",
     "the plan runs from {} to {}: check its dates for a slip, or keep one plan per year"}};

// Templates (present/template). Braces are doubled for fmt: {{{{#name}}}} prints {{#name}}.
// The Mustache library's own wording, in English.
inline constexpr Message<std::string_view> kTemplateError{"模板有误：{}", "{}"};
inline constexpr Message<> kMatchSections{"每个 {{{{#name}}}} 和 {{{{^name}}}} 都需要对应的 {{{{/name}}}}",
                                          "every {{{{#name}}}} and {{{{^name}}}} needs a matching {{{{/name}}}}"};
inline constexpr Diagnosis<Message<int>> kSectionsTooDeep{
    "sections-too-deep",
    {"模板区块嵌套超过 {} 层", "sections nest deeper than {} levels"},
    {"请先用 {{{{/name}}}} 关闭已打开的 {{{{#name}}}}，不要一次嵌套这么多层",
     "close each {{{{#name}}}} with its {{{{/name}}}} before opening so many more"}};
inline constexpr Diagnosis<Message<std::string_view>> kPartialIncludesItself{
    "partial-includes-itself",
    {"子模板 '{}' 包含了它自己", "partial '{}' includes itself"},
    {"子模板不能直接或通过其他子模板包含自己", "a partial may not include itself, directly or through other partials"}};
inline constexpr Diagnosis<Message<int, std::string_view>> kPartialsTooDeep{
    "partials-too-deep",
    {"子模板嵌套超过 {} 层（在 '{}' 处）", "partials nest deeper than {} levels at '{}'"},
    {"子模板一层套一层太多：请把其中几个合并", "partials include partials too many levels down: merge some of them"}};
inline constexpr Diagnosis<Message<int, std::string_view>> kTemplateTooLarge{
    "template-too-large",
    {"模板连同子模板展开后超过 {} MB（在 '{}' 处）", "the template with its partials expands to more than {} MB (at '{}')"},
    {"有子模板被重复包含了太多次：请减少重复包含", "a partial is included too many times over: include it fewer times"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kPartialNotAName{
    "partial-not-a-name",
    {"子模板 '{}' 须写成名称，不能写成路径", "partial '{}' must be a name, not a path"},
    {"请把子模板放在模板所在的文件夹（{}）中，只写它的名称，例如 {{{{> 页脚}}}}",
     "put the partial in the template's folder ({}) and give its name only, e.g. {{{{> footer}}}}"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<std::string_view>> kPartialOutsideFolder{
    "partial-outside-folder",
    {"子模板 '{}' 指向模板文件夹之外（{}），plancheck 不会读取它",
     "partial '{}' leads outside the template's folder (to {}), so plancheck will not read it"},
    {"请把文件本身（而不是指向它的链接）放在模板所在的文件夹（{}）中",
     "put the file itself, not a link to it, in the template's folder ({})"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view, std::string_view>> kUnknownPartial{
    "unknown-partial",
    {"找不到子模板 '{}'，此处将为空", "unknown partial '{}': it renders as nothing"},
    {"请把 {0}.mustache 放在模板旁边（{1}）", "put {0}.mustache next to the template ({1})"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kPartialShadowsField{
    "partial-shadows-field",
    {"子模板 '{0}' 与数据中的字段 '{0}' 同名：模板中的 {{{{{0}}}}} 得到的是子模板，而不是该字段",
     "partial '{0}' has the name of the data's field '{0}': {{{{{0}}}}} in the template gets the partial, not the field"},
    {"请给子模板改个名字，例如 {0}-part.mustache", "rename the partial, e.g. {0}-part.mustache"}};

// Amounts, periods, sums and grace (rules and entries).
inline constexpr Diagnosis<Message<std::string_view>> kNotAMeasure{
    "not-a-measure",
    {"'sum'：'{}' 不是可以累计的量", "'sum' is not something to add up: {}"},
    {"sum: hours 累计记录的学时；省略时按次数计", "sum: hours adds up the entries' hours; without it, entries are counted"}};
inline constexpr Diagnosis<Message<>> kHoursNeedAtLeast{
    "hours-need-at-least",
    {"按学时累计的规则须写明 at_least（至少多少学时）", "a rule that sums hours needs at_least (how many hours)"},
    {"例如 at_least: 32（每名党员每年不少于32学时）", "e.g. at_least: 32 (each member at least 32 hours a year)"}};
inline constexpr Diagnosis<Message<>> kHoursAtLeastZero{
    "hours-at-least-zero",
    {"at_least 为 0 学时：此规则总是已完成", "at_least is 0 hours: the rule is always met"},
    kHoursNeedAtLeast.hint};
inline constexpr Diagnosis<Message<>> kGraceOnlyForPeriods{
    "grace-only-for-periods",
    {"grace 只用于按周期的规则（every: year、month 等）", "grace is only for periodic rules (every: year, month…)"},
    {"一次性任务请直接推迟 due 日期", "for a one-off task, move its due date instead"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kNotAnAmount{
    "not-an-amount",
    {"{}：'{}' 不是数目（不小于 0 的数，最多两位小数）", "{} is not an amount (a number ≥ 0, at most two decimals): {}"},
    {"例如 2、1.5 或 0.25", "e.g. 2, 1.5 or 0.25"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kNotAPeriodName{
    "not-a-period-name",
    {"{}：'{}' 不是周期", "{} is not a period: {}"},
    {"写作 2021（全年）、2022-H1（上半年）、2022-Q3（第三季度）或 2022-06（6月）",
     "write a year (2021), a half-year (2022-H1), a quarter (2022-Q3) or a month (2022-06)"}};
// Where a rule comes from and how its source words it.
inline constexpr Diagnosis<Message<std::string_view>> kNotANorm{
    "not-a-norm",
    {"'norm'：'{}' 不是要求的说法", "'norm' is not a way a requirement is worded: {}"},
    {"写作 至少、一般、不少于 或 按时（照原文的说法）", "write 至少, 一般, 不少于 or 按时 (as the source words it)"}};
inline constexpr Diagnosis<Message<std::string_view>> kNotAnEvidenceRequirement{
    "not-an-evidence-requirement",
    {"'evidence'：'{}' 不是对佐证材料的要求", "'evidence' is not a requirement for evidence: {}"},
    {"写作 evidence: required（只计有佐证材料的记录）或省略", "write evidence: required (only entries with evidence count), or leave it out"}};
inline constexpr Diagnosis<Message<std::string_view>> kAttendanceNotAShare{
    "attendance-not-a-share",
    {"'attendance'：'{}' 不是 0 到 1（或 0% 到 100%）之间的比例", "'attendance' is not a share from 0 to 1 (or 0% to 100%): {}"},
    {"例如 attendance: 0.8 或 80%（应到人数的八成）；只统计参会率、不设下限写 0",
     "e.g. attendance: 0.8 or 80% (eight in ten of the unit); 0 to give the rate without a minimum"}};
inline constexpr Diagnosis<Message<std::string_view>> kNotAWayIn{
    "not-a-way-in",
    {"'in'：'{}' 不是计入的方式", "'in' is not a way entries count: {}"},
    {"写作 in: contact（所联系单位的记录也计入），或省略", "write in: contact (entries of the units a subject contacts count too), or leave it out"}};
inline constexpr Diagnosis<Message<>> kContactOnlyForEach{
    "contact-only-for-each",
    {"in: contact 只用于 each（按职务计每人）的规则", "in: contact is only for rules of each holder of a role (each:)"},
    {"例如 each: 班子成员 与 in: contact：各人参加所联系支部的会议", "e.g. each: 班子成员 with in: contact: each attends the meetings of the 支部 they contact"}};

// An entry that would count for nothing.
inline constexpr Message<std::string_view> kCountedForEachUnit{"每个{}", "each {}"};
inline constexpr Diagnosis<Message<std::string_view, std::string_view, std::string_view>, Message<std::string_view>> kCountsTowardNothing{
    "counts-toward-nothing",
    {"此记录不计入任何指标：'{}' 按{}计，'{}' 不在其中",
     "this entry counts toward no quota: '{}' is counted for {}, and {} is not one of them"},
    {"请在 by 中写明计入的对象，例如 by: {}", "name who it counts for in by, e.g. by: {}"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kEntryAfterToday{
    "entry-after-today",
    {"{} 晚于今天（{}）：此记录要到那一天才计入", "{} is after today ({}): the entry counts only as of that day"},
    {"请核对日期；计划中的活动请在举行后再记入台账", "check the date; log a planned activity once it has taken place"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kEvidenceNotFound{
    "evidence-not-found",
    {"佐证材料 '{}' 不存在（在计划所在文件夹 {} 中找不到）", "the evidence '{}' does not exist (it is not in the plan's folder, {})"},
    {"请核对文件名，或把文件放进计划所在文件夹；链接请写完整，如 https://…",
     "check the file's name, or put the file in the plan's folder; write a link in full, e.g. https://…"}};

// Who was absent from an entry's meeting (`absent:`).
inline constexpr Message<> kAbsentExample{"例如 absent: [张三, 李四]，或写明原因 absent: {{张三: 出差, 李四: 病假}}",
                                          "e.g. absent: [张三, 李四], or with reasons absent: {{张三: 出差, 李四: 病假}}"};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<>> kAbsenceReasonNotText{
    "absence-reason-not-text",
    {"'absent'：'{}' 缺席的原因应为文字，但这里是{}", "'absent': the reason {} was absent should be text, but is {}"},
    kAbsentExample};
inline constexpr Diagnosis<Message<std::string_view>> kAbsentTwice{
    "absent-twice",
    {"'absent'：'{}' 写了两次", "'absent' names {} twice"},
    {"请删去其中一处", "remove one of them"}};
inline constexpr Diagnosis<Message<std::string_view>> kAbsentButAttended{
    "absent-but-attended",
    {"'{}' 既写在 attendees（参加）中，又写在 absent（缺席）中", "{} is both among the attendees and absent"},
    {"请按签到表核对，只留一处", "check the sign-in sheet and keep one of them"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kAbsentNearPerson{
    "absent-near-person",
    {"'absent'：'{}' 不是计划中的人员", "'absent': {} is not a person of the plan"},
    {"是否想写 '{}'？不在计划人员名单中的姓名可以照写", "did you mean '{}'? A name the plan does not list may be written as it is"}};

// Every diagnosis above, for docs/diagnostics.md.
inline auto read_catalogue() {
  return catalogue(kInvalidUtf8MaybeGbk, kLooksLikeGbk, kInvalidUtf8, kConflictMarker, kIsFolder, kFileTooBig,
                   kTabIndentation, kKeyTooLong, kUnexpectedColon, kExpectedKeyValue, kIndentationMismatch,
                   kMisplacedListItem, kUnclosedQuote, kNoSpaceAfterColon, kFullWidthColon,
                   kQuoteNotClosedOnLine, kInvalidEscape, kSecondDocument, kAlias,
                   kNestingTooDeep, kDuplicateKey, kNumberInQuotes, kEmptyNameList, kMissingKey,
                   kDuplicateName, kAlsoAUnit, kUnitInsideItself, kNotAPlan, kUnsupportedFormat, kUnknownLanguage,
                   kEmptyPlanFile, kNoSubjects, kTwoSubjectKeys, kNobodyHoldsRole, kOnceNeedsDue,
                   kDueBeforeFrom, kDueOnlyForOnce, kLogNotAList, kControlCharacter, kRoleOutsidePlan, kLooksLikeKnownName, kLogNotRegularFile, kLogOutsidePlanFolder, kPlanListedAsLog,
                   kLogNotYaml, kMissingLogPath, kRepeatedEntry,
                   kTooManyEntries, kTooManyQuotaResults, kSectionsTooDeep, kPartialIncludesItself, kPartialsTooDeep, kTemplateTooLarge,
                   kPartialNotAName, kPartialOutsideFolder, kUnknownPartial, kPartialShadowsField, kNotAMeasure,
                   kHoursNeedAtLeast, kHoursAtLeastZero, kGraceOnlyForPeriods, kNotAnAmount, kNotAPeriodName,
                   kNotANorm, kNotAnEvidenceRequirement, kAttendanceNotAShare, kNotAWayIn, kContactOnlyForEach, kCountsTowardNothing, kEntryAfterToday, kEvidenceNotFound,
                   kAbsenceReasonNotText, kAbsentTwice, kAbsentButAttended, kAbsentNearPerson);
}

}  // namespace plancheck::messages
