#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <memory>

#include "model/error.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

// Temporary files being written, for the signal handler: fixed slots of owned C strings, so
// that the handler needs nothing but atomic loads and unlink (both async-signal-safe).
std::array<std::atomic<char*>, 64> g_temporaries{};

class TemporaryName {
 public:
  explicit TemporaryName(std::string path) : path_(std::move(path)) {
    char* copy = strdup(path_.c_str());
    for (auto& slot : g_temporaries) {
      char* empty = nullptr;
      if (slot.compare_exchange_strong(empty, copy)) {
        slot_ = &slot;
        return;
      }
    }
    free(copy);  // more than 64 at once: this one is simply not cleaned up on a signal
  }
  ~TemporaryName() {
    if (slot_) free(slot_->exchange(nullptr));
  }
  TemporaryName(const TemporaryName&) = delete;
  TemporaryName& operator=(const TemporaryName&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::atomic<char*>* slot_ = nullptr;
};

void on_signal(int signal) {
  for (auto& slot : g_temporaries)
    if (char* path = slot.load()) ::unlink(path);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

std::string kind_of(const fs::file_status& status) {
  switch (status.type()) {
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::character:
    case fs::file_type::block:
      return "a device";
    case fs::file_type::fifo:
      return "a FIFO (named pipe)";
    case fs::file_type::socket:
      return "a socket";
    default:
      return "not a regular file";
  }
}

// A file staged beside its target; removed unless renamed into place.
struct Staged {
  OutputTarget target;
  std::unique_ptr<TemporaryName> temporary;
  bool renamed = false;
  ~Staged() {
    if (temporary && !renamed) ::unlink(temporary->path().c_str());
  }
};

[[noreturn]] void fail(const OutputTarget& target, const std::string& why) {
  throw model::InputError(target.named, {}, "cannot write " + target.what + ": " + why);
}

void write_all(int fd, const std::string& bytes, const OutputTarget& target) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(target, std::strerror(errno));
    done += static_cast<size_t>(n);
  }
}

void stage(Staged& staged, const std::string& bytes) {
  const OutputTarget& target = staged.target;
  fs::path folder = fs::path(target.path).parent_path();
  if (folder.empty()) folder = ".";
  std::string name = (folder / ".jianli-XXXXXX").string();
  int fd = mkstemp(name.data());
  if (fd < 0)
    fail(target, "cannot create a file in '" + folder.string() + "': " + std::strerror(errno));
  staged.temporary = std::make_unique<TemporaryName>(name);
  struct stat existing {};
  mode_t mode = 0666;
  if (::stat(target.path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;  // the old file's mode, 0600 included
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode &= ~mask;
  }
  try {
    write_all(fd, bytes, target);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0)
    fail(target, std::strerror(errno));
}

}  // namespace

OutputTarget resolve_output(const std::string& named, const std::string& what, bool force) {
  if (named == "-") return {named, "", what};
  auto refuse = [&](const std::string& why) {
    throw model::InputError(named, {}, "cannot write " + what + ": " + why);
  };
  std::error_code ec;
  fs::path path(named);
  if (named.back() == '/' || fs::is_directory(path, ec)) refuse("it is a folder; give a file name");
  // A symlink (or a chain of them, bounded as the kernel bounds it) is followed: its target,
  // existing or not, is what gets replaced.
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(path, ec)); ++hops) {
    fs::path to = fs::read_symlink(path, ec);
    path = to.is_absolute() ? to : path.parent_path() / to;
  }
  fs::file_status status = fs::status(path, ec);
  if (fs::exists(status) && !fs::is_regular_file(status))
    refuse("it is " + kind_of(status) + ", which jianli does not replace; give a file name");
  // Read-only by its mode (root may write anyway; the mode says what its owner meant).
  const fs::perms writable =
      fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
  if (fs::exists(status) && !force && (status.permissions() & writable) == fs::perms::none)
    refuse("it is read-only; make it writable, or use --force to replace it");
  fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    refuse(
        "'" + folder.string() + "'" +
        (fs::exists(folder, ec) ? " is a file, not a folder" : " is a folder that does not exist"));
  }
  return {named, path.string(), what};
}

void write_outputs(const std::vector<std::pair<OutputTarget, std::string>>& outputs) {
  std::vector<Staged> staged(outputs.size());
  for (size_t i = 0; i < outputs.size(); ++i) {
    staged[i].target = outputs[i].first;
    if (!staged[i].target.to_stdout()) stage(staged[i], outputs[i].second);
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (staged[i].target.to_stdout()) {
      write_all(STDOUT_FILENO, outputs[i].second, staged[i].target);
      continue;
    }
    if (std::rename(staged[i].temporary->path().c_str(), staged[i].target.path.c_str()) != 0)
      fail(staged[i].target, std::strerror(errno));
    staged[i].renamed = true;
  }
}

void remove_temporaries_on_signals() {
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, on_signal);
}

}  // namespace jianli::cli
