#pragma once

// The catalogue of the write layer: a new entry refused, files that cannot be written, the log file
// a new entry goes to, a new plan repo. The last argument of "cannot … {}: {}" is the system's
// reason, worded by the system (messages/system_reason.h).

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// A new entry, checked before it is written (entry_check).
inline constexpr Message<std::string_view, int> kNewEntryRepeats{"此记录与 {}:{} 的记录相同",
                                                                 "this entry repeats the one at {}:{}"};
inline constexpr Diagnosis<Message<std::string_view, int>> kAlreadyInLedger{
    "already-in-ledger",
    {"台账中已有此记录，位于 {}:{}", "this entry is already in the ledger, at {}:{}"},
    {"如果确实发生了两次，请加上 --force 再记录一次", "if it really happened twice, add --force to record it again"}};
inline constexpr Message<> kCheckDateOrForce{
    "请核对 --date；如仍要记录（报告中不会计入），请加上 --force",
    "check --date; to record it anyway (reports will ignore it), add --force"};
inline constexpr Diagnosis<Message<>> kDoesNotReadBack{
    "does-not-read-back",
    {"此记录写出后不能按原样读回", "this entry does not read back as it was given"},
    {"这是 plancheck 的缺陷：请连同所运行的命令一起报告", "this is a bug in plancheck: please report it with the command you ran"}};
inline constexpr Diagnosis<Message<>> kCannotAppend{
    "cannot-append",
    {"无法追加到此文件：追加后读回的内容不会是原有记录加上新记录",
     "cannot append to this file: it would not read back as its old entries plus the new one"},
    {"文件写成 '[...]' 形式的列表（例如 '[]'）时会这样：请删除它（空文件也是有效的台账文件）后重试",
     "this happens when the file is written as a '[...]' list, e.g. '[]': remove that (an empty file is a valid " "log) and try again"}};

inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kTargetOutsidePlanFolder{
    "log-target-outside-plan-folder",
    {"不能写入 {}：它在计划所在文件夹之外（或经链接指向外面）",
     "cannot write to {}: it lies outside the plan's folder (or a link leads outside it)"},
    {"台账文件须放在计划所在的文件夹 {} 之内：请用实际的文件代替链接",
     "log files must be inside the plan's folder, {}: replace the link with the real file"}};

// An entry changed in place (entry_edit): `log --replace FILE:LINE` and `remove FILE:LINE`.
inline constexpr Diagnosis<Message<int>> kNoEntryAtLine{
    "no-entry-at-line",
    {"第 {} 行不是一条记录的开头", "no entry starts at line {}"},
    {"请用 plancheck entries 查看每条记录所在的文件和行号（例如 log/2022-06.yaml:10）",
     "run plancheck entries to see where each entry starts (e.g. log/2022-06.yaml:10)"}};
inline constexpr Diagnosis<Message<>> kCannotChange{
    "cannot-change",
    {"无法修改此文件：修改后读回的内容不会是原有记录换掉这一条",
     "cannot change this file: it would not read back as its old entries with this one changed"},
    {"这通常是 plancheck 的缺陷：请连同所运行的命令一起报告",
     "this is most likely a bug in plancheck: please report it with the command you ran"}};

// Writing files (append, atomic_file, init). The last argument of "cannot … {}: {}" is the
// system's reason, worded by the system.
inline constexpr Message<> kNothingWritten{"没有写入任何内容", "nothing was written"};
inline constexpr Message<std::string_view, std::string_view> kCannotRead{"无法读取 {}：{}", "cannot read {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotCreateFolder{"无法创建文件夹 {}：{}",
                                                                                 "cannot create the folder {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotLockFolder{"无法锁定文件夹 {}：{}",
                                                                               "cannot lock the folder {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotCreateTemporary{
    "无法在 {} 中创建临时文件：{}", "cannot create a temporary file in {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotCreate{"无法创建 {}：{}", "cannot create {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotWrite{"无法写入 {}：{}", "cannot write {}: {}"};
inline constexpr Message<std::string_view, std::string_view> kCannotReplace{"无法替换 {}：{}", "cannot replace {}: {}"};
inline constexpr Message<> kExistsAlready{"它已经存在", "it exists already"};

// Where a file is written (output_file): --output and the ledger files `log` rewrites.
inline constexpr Message<> kInputIsPlan{"计划文件", "plan"};
inline constexpr Message<> kInputIsLogFile{"台账文件", "log file"};
inline constexpr Message<> kInputIsTemplate{"模板", "template"};
inline constexpr Message<> kInputIsPartial{"子模板", "partial"};
inline constexpr Message<> kInputIsDocument{"计划文档", "plan document"};
// The file as given, what it is to the run (kInputIs…), the file as the run read it.
inline constexpr Diagnosis<Message<std::string_view, std::string_view, std::string_view>> kOutputIsInput{
    "output-is-input",
    {"不能写入 {}：这是本次读取的{}（{}），写入会毁掉它",
     "will not write {}: it is the {} this command reads ({}), and writing would destroy it"},
    {"请为输出另选一个文件名", "choose another file name for the output"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kOutputIsFolder{
    "output-is-folder",
    {"不能写入 {}：它是文件夹", "cannot write {}: it is a folder"},
    {"请写出文件名，例如 {}/报告.txt", "give a file's name, e.g. {}/report.txt"}};
inline constexpr Diagnosis<Message<std::string_view>> kOutputIsDisk{
    "output-is-disk",
    {"不能写入 {}：它是磁盘设备（块设备），plancheck 从不写入磁盘设备", "will not write {}: it is a disk (a block device), and plancheck never writes to one"},
    {"请写出普通文件的名称", "give the name of an ordinary file"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view>> kOutputReadOnly{
    "output-read-only",
    {"不能替换 {}：它是只读文件", "will not replace {}: it is read-only"},
    {"如确要替换，请先让它可写（chmod u+w {}），或另选一个文件名",
     "to replace it, make it writable first (chmod u+w {}), or choose another file name"}};
inline constexpr Diagnosis<Message<std::string_view>> kLogFileNotRegular{
    "log-file-not-regular",
    {"不能写入台账文件 {}：它不是普通文件", "cannot write the log file {}: it is not a regular file"},
    {"台账文件须是普通的 .yaml 文件：请移走它，再记录一次", "a log file must be an ordinary .yaml file: move this one away and log again"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<std::string_view>> kLogFileOutsidePlan{
    "log-file-outside-plan",
    {"不能写入 {}：它指向计划文件夹之外（{}）", "will not write {}: it leads outside the plan's folder (to {})"},
    {"plancheck 只写入计划所在文件夹（{}）内的台账文件：请用文件本身代替该链接",
     "plancheck writes log files only inside the plan's folder ({}): put the file itself in place of the link"}};

// The log file a new entry goes to (log_target).
inline constexpr Diagnosis<Message<std::string_view>> kFileNotYaml{
    "file-not-yaml",
    {"--file {} 不是 .yaml 或 .yml 文件，plancheck 不会读取它",
     "--file {} is not a .yaml or .yml file, so plancheck would never read it"},
    {"文件名请写成 log/2022-06.yaml 这样", "name the file like log/2022-06.yaml"}};
inline constexpr Diagnosis<Message<std::string_view>, Message<std::string_view, std::string_view>> kFileNotInLogs{
    "file-not-in-logs",
    {"--file {} 不在此计划的台账路径中，plancheck 不会读取它",
     "--file {} is not among this plan's logs, so plancheck would never read it"},
    {"此计划从 {} 读取台账（见 {} 中的 'logs'）", "the plan reads its ledger from {} (see 'logs' in {})"}};
inline constexpr Diagnosis<Message<std::string_view>> kNoLogsListed{
    "no-logs-listed",
    {"{} 的 'logs' 中没有列出任何台账文件或文件夹", "{} lists no log files or folders in 'logs'"},
    {"请在 'plan' 中写上，例如 'logs: [log]'", "write e.g. 'logs: [log]' in 'plan'"}};

// A new plan repo (init).
inline constexpr Message<std::string_view> kNotAFolder{"{} 已存在，但不是文件夹", "{} exists and is not a folder"};
inline constexpr Message<> kNameNewFolder{"请指定一个新文件夹（或空文件夹）的名称",
                                          "give the name of a new folder (or of an empty one)"};
inline constexpr Message<std::string_view, std::string_view> kAlreadyHas{
    "{} 中已有 {}：plancheck init 不会覆盖任何内容",
    "{} already has {}: plancheck init never overwrites anything"};
inline constexpr Message<std::string_view> kKeptGitAttributes{
    "{0} 已存在，未改动。要让 git 自动合并两人同时记的台账，请在其中加上一行：log/*.yaml merge=union",
    "{0} exists and was left as it was. For git to merge entries two people add at the same time, add the line: "
    "log/*.yaml merge=union"};
inline constexpr Message<> kMoveOutOfTheWay{"请换一个文件夹，或先把这些移走",
                                            "choose another folder, or move these out of the way first"};

// Writing files: log, init, -o.
inline constexpr Message<int> kDefaultPlanTitle{"{}年工作要点", "Work plan {}"};
inline constexpr Message<> kStarterPlan{"计划，每种规则都有一个示例：请按本单位修改",
                                        "the plan, with an example of each kind of rule: edit it"};
inline constexpr Message<> kStarterReadme{"本单位如何记录和检查（中文）", "how the office records and checks (in Chinese)"};

// A new entry that would count for nothing.
inline constexpr Message<std::string_view> kOrForce{"{}；如确需照样记录，请加 --force", "{}; or add --force to record it anyway"};

// Word files through pandoc.
inline constexpr Message<> kPandocMissing{"写 Word 文件（.docx）需要 pandoc，本机没有安装",
                                         "writing a Word file (.docx) needs pandoc, which is not installed"};
inline constexpr Message<> kPandocInstallHint{"请安装：sudo apt-get install pandoc（或在 plancheck 源码目录运行 bash scripts/setup.sh）",
                                              "install it with: sudo apt-get install pandoc (or run bash "
                                              "scripts/setup.sh in plancheck's source folder)"};
inline constexpr Message<std::string_view> kPandocFailed{"pandoc 未能生成 Word 文件：{}",
                                                         "pandoc could not make the Word file: {}"};
inline constexpr Message<> kPandocVersionHint{"plancheck 需要 pandoc 2.17 或更新的版本（查看：pandoc --version）",
                                              "plancheck needs pandoc 2.17 or newer (see pandoc --version)"};


// Every diagnosis above, for docs/diagnostics.md.
inline auto write_catalogue() {
  return catalogue(kAlreadyInLedger, kDoesNotReadBack, kCannotAppend, kTargetOutsidePlanFolder, kNoEntryAtLine, kCannotChange, kOutputIsInput, kOutputIsFolder, kOutputIsDisk,
                   kOutputReadOnly, kLogFileNotRegular, kLogFileOutsidePlan, kFileNotYaml, kFileNotInLogs,
                   kNoLogsListed);
}

}  // namespace plancheck::messages
