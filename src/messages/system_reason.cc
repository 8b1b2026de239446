#include "messages/system_reason.h"

#include <cerrno>
#include <cstring>

#include "messages/program.h"

namespace plancheck {

Text system_reason(int error_number) {
  using namespace messages;
  switch (error_number) {
    case ENOENT: return phrase(kNoSuchFile);
    case EACCES:
    case EPERM: return phrase(kPermissionDenied);
    case EISDIR: return phrase(kIsAFolder);
    case ENOTDIR: return phrase(kPathNotAFolder);
    case ENOSPC:
    case EDQUOT: return phrase(kDiskFull);
    case EROFS: return phrase(kReadOnly);
    case EEXIST: return phrase(kExists);
    default: return Text::verbatim(std::strerror(error_number));
  }
}

}  // namespace plancheck
