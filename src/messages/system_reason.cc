#include "messages/system_reason.h"

#include <cerrno>
#include <cstring>


namespace plancheck {

namespace messages {

// Why a system call failed: the common reasons; others as the system says them.
inline constexpr Message<> kNoSuchFile{"文件或文件夹不存在", "No such file or directory"};
inline constexpr Message<> kPermissionDenied{"没有权限", "Permission denied"};
inline constexpr Message<> kIsAFolder{"这是一个文件夹", "Is a directory"};
inline constexpr Message<> kPathNotAFolder{"路径中有一部分不是文件夹", "Not a directory"};
inline constexpr Message<> kDiskFull{"磁盘空间已满", "No space left on device"};
inline constexpr Message<> kReadOnly{"文件系统是只读的", "Read-only file system"};
inline constexpr Message<> kExists{"已经存在", "File exists"};

}  // namespace messages

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
