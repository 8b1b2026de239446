#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Escapes UTF-8 text for a double- or single-quoted XML 1.0 attribute value: & < > " ' become
// entities; tab, line feed and carriage return become character references (an attribute value
// would otherwise lose them); what XML 1.0 cannot hold at all (other control characters,
// U+FFFE, U+FFFF, bytes that are not UTF-8) becomes U+FFFD.
std::string xml_escape(std::string_view text);

// The same for element content, which keeps quotes, tabs and line feeds as they are.
std::string xml_escape_text(std::string_view text);

}  // namespace plancheck
