// A tiny LD_PRELOAD library for the full-disk tests, used only where a small tmpfs cannot be
// mounted (tests/cli/fault_test.cc): write() to a file under $PLANCHECK_TEST_FULL_DIR fails with
// ENOSPC, as it would on a full disk. Everything else passes through to the C library.
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace {

bool on_full_disk(int fd) {
  const char* full = getenv("PLANCHECK_TEST_FULL_DIR");
  if (!full || !*full || fd <= 2) return false;
  char link[64], target[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t length = readlink(link, target, sizeof target - 1);
  if (length <= 0) return false;
  target[length] = '\0';
  return strncmp(target, full, strlen(full)) == 0;
}

}  // namespace

extern "C" ssize_t write(int fd, const void* buffer, size_t count) {
  using Write = ssize_t (*)(int, const void*, size_t);
  static Write real = reinterpret_cast<Write>(dlsym(RTLD_NEXT, "write"));
  if (count > 0 && on_full_disk(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buffer, count);
}
