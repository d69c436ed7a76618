#include "cli/new_resume.h"

#include <fcntl.h>
#include <fmt/core.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

std::string template_path(StarterLanguage language, const std::string& data_dir) {
  const char* name = language == StarterLanguage::English ? "resume.en.md" : "resume.zh.md";
  return (fs::path(data_dir) / "data" / "new" / name).string();
}

int refuse(const std::string& message) {
  fmt::print(stderr, "jianli: error: {}\n", message);
  return 2;
}

bool write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

int write_starter(StarterLanguage language, const std::string& file, const std::string& data_dir) {
  std::ifstream in(template_path(language, data_dir), std::ios::binary);
  if (!in) return refuse("cannot read the starter '" + template_path(language, data_dir) + "'");
  std::ostringstream text;
  text << in.rdbuf();

  // O_EXCL: created here or not at all, even when another program makes the file meanwhile
  // or it is a dangling symlink (which O_CREAT alone would follow).
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0 && errno == EEXIST)
    return refuse("'" + file + "' already exists; jianli new never replaces a file: " +
                  "name another (jianli new cv.md)");
  if (fd < 0) {
    std::string folder = fs::path(file).parent_path().string();
    std::error_code ec;
    if (!folder.empty() && !fs::is_directory(folder, ec))
      return refuse("cannot write '" + file + "': the folder '" + folder +
                    "' does not exist; jianli does not create folders, make it first");
    return refuse("cannot write '" + file + "': " + std::strerror(errno));
  }
  bool written = write_all(fd, text.str());
  bool closed = ::close(fd) == 0;
  if (!written || !closed) {
    ::unlink(file.c_str());  // made by this call, so nothing the user had
    return refuse("cannot write '" + file + "': " + std::strerror(errno));
  }
  fmt::print(stderr, "jianli: wrote {}; edit it, then render it with: jianli {}\n", file, file);
  return 0;
}

}  // namespace jianli::cli
