#include "pdf/temporary_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace jianli::pdf {

TemporaryFile::TemporaryFile(const std::string& bytes) {
  const char* dir = std::getenv("TMPDIR");
  std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/jianli-font-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    throw std::runtime_error("cannot create a temporary file " + pattern + ": " +
                             std::strerror(errno));
  }
  path_ = pattern;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = errno;
      ::close(fd);
      ::unlink(path_.c_str());
      throw std::runtime_error("cannot write temporary file " + path_ + ": " +
                               std::strerror(saved));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    ::unlink(path_.c_str());
    throw std::runtime_error("cannot write temporary file " + path_);
  }
}

TemporaryFile::~TemporaryFile() { ::unlink(path_.c_str()); }

}  // namespace jianli::pdf
