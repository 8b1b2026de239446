#include "read/repeated_entries.h"

#include "read/read_messages.h"
#include "read/source_text.h"

namespace plancheck {

void RepeatFinder::add_file(const Ledger& ledger, std::size_t first, std::string_view text,
                            Diagnostics& diagnostics) {
  if (first >= ledger.entries.size()) return;
  std::size_t warnings = diagnostics.size();
  for (std::size_t i = first; i < ledger.entries.size(); ++i) {
    const Entry& entry = ledger.entries[i];
    auto [found, added] = first_with_.try_emplace(entry.fingerprint, static_cast<std::uint32_t>(i));
    if (added) continue;
    const Entry& original = ledger.entries[found->second];
    diagnostics.push_back(
        Diagnostic{Severity::warning, ledger.files[entry.file], entry.line, entry.column,
                   phrase(messages::kRepeatedEntry.message, ledger.files[original.file], original.line),
                   phrase(messages::kRepeatedEntry.hint)});
  }
  quote_source_lines(diagnostics, warnings, text, ledger.files[ledger.entries[first].file]);
}

}  // namespace plancheck
