#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace plancheck {

// Called under the lock with the file's bytes before and after the append; any error it returns
// stops the write.
using AppendCheck = std::function<Diagnostics(std::string_view before, std::string_view after)>;

struct AppendResult {
  bool written = false;
  bool created = false;    // the file did not exist before
  int first_line = 0;      // the line of the file where the appended (or changed) text starts
  std::string removed;     // the text a change took out of the file
  Diagnostics diagnostics;  // from the check, or why the file could not be written
};

// Appends `text` (whole lines) to `file`, creating the file and its folder when missing. The
// existing bytes stay exactly as they were; a missing final line break is added first, and a file
// with CRLF line ends gets CRLF lines.
//
// An entry is written whole or not at all, and concurrent appenders never lose each other's
// text: under an exclusive flock the file is read, checked, and its new content written to a
// temporary file in the same folder, flushed and renamed over it. The lock is held on the folder,
// not the file: the rename replaces the file's inode, so a writer waiting on a lock of the old
// inode would read stale content and drop the entry appended just before.
AppendResult append_to_file(const std::string& file, std::string_view text, const AppendCheck& check);

// One file's part of an append to several files.
struct AppendRequest {
  std::string file;
  std::string text;
  AppendCheck check;
};

// The same for several files at once (import), all or nothing: every folder is locked (in one
// order, so that two importers cannot deadlock), every file read and checked, and only when all
// checks pass is each file replaced; if one cannot be written, those already replaced get their
// old content back (a file that did not exist is removed). One result per request, in order.
std::vector<AppendResult> append_to_files(const std::vector<AppendRequest>& requests);

// `text` (lines ending in \n) with the line ends of `file_text`: CRLF when it uses CRLF.
std::string with_line_ends_of(std::string_view file_text, std::string_view text);

// What a change makes of a file's bytes: the new bytes, the line where the change starts and the
// text it took out — or, in `problems`, why it cannot be made (then nothing is written).
struct ChangedText {
  std::string after;
  int first_line = 1;
  std::string removed;
  Diagnostics problems;
};

// One file's part of a change: `change` makes the new bytes from the old ones, under the lock.
struct ChangeRequest {
  std::string file;
  std::function<ChangedText(std::string_view before)> change;
  AppendCheck check;
};

// What append_to_files does, for any change of the files' bytes (an entry replaced or removed):
// the same locks, checks, atomic renames and all-or-nothing.
std::vector<AppendResult> change_files(const std::vector<ChangeRequest>& requests);

}  // namespace plancheck
