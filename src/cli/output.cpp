#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "model/error.h"

namespace jianli::cli {
namespace fs = std::filesystem;

void write_atomically(const std::string& path, const std::string& bytes) {
  fs::path target(path);
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    bool is_file = fs::exists(folder, ec);
    throw model::InputError(
        path, {},
        "cannot write the PDF: '" + folder.string() +
            (is_file ? "' is a file, not a folder" : "' is a folder that does not exist"));
  }
  std::string tmp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(tmp.data());
  if (fd < 0)
    throw model::InputError(
        path, {}, "cannot write the PDF in '" + folder.string() + "': " + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      throw model::InputError(path, {}, "cannot write the PDF: " + why);
    }
    done += static_cast<size_t>(n);
  }
  fchmod(fd, 0644);
  if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw model::InputError(path, {}, "cannot write the PDF: " + why);
  }
}

}  // namespace jianli::cli
