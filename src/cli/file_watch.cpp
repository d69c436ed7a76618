#include "cli/file_watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

// Written and closed, or renamed into place (an editor's save by rename, `mv`, `cp` onto it
// ends with a close-write too).
constexpr uint32_t kSaveEvents = IN_CLOSE_WRITE | IN_MOVED_TO;

}  // namespace

FileWatch::FileWatch() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
  if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "inotify");
}

FileWatch::~FileWatch() { ::close(fd_); }

void FileWatch::set_files(const std::vector<std::string>& paths) {
  std::vector<fs::path> names;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::path named = fs::absolute(path, ec).lexically_normal();
    names.push_back(named);
    fs::path target = fs::canonical(named, ec);
    if (!ec && target != named) names.push_back(target);
  }
  std::map<std::string, int> folders;
  std::set<std::pair<int, std::string>> files;
  for (const fs::path& name : names) {
    std::string folder = name.parent_path().string();
    auto known = folder_watch_.find(folder);
    int wd = known != folder_watch_.end()
                 ? known->second
                 : inotify_add_watch(fd_, folder.c_str(), kSaveEvents | IN_ONLYDIR);
    if (wd < 0) continue;  // a folder that is gone: nothing in it can be saved
    folders[folder] = wd;
    files.emplace(wd, name.filename().string());
  }
  for (const auto& [folder, wd] : folder_watch_)
    if (!folders.count(folder)) inotify_rm_watch(fd_, wd);
  folder_watch_ = std::move(folders);
  files_ = std::move(files);
}

bool FileWatch::read_events() {
  bool saved = false;
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return saved;  // EAGAIN: every queued event is read
    for (char* at = buffer; at < buffer + n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      if (event->len > 0 && files_.count({event->wd, event->name})) saved = true;
      at += sizeof(inotify_event) + event->len;
    }
  }
}

FileWatch::Wake FileWatch::wait(int signal_fd) {
  for (;;) {
    pollfd fds[2] = {{signal_fd, POLLIN, 0}, {fd_, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "poll");
    }
    if (fds[0].revents) return Wake::Signalled;
    if (fds[1].revents && read_events()) return Wake::Saved;
  }
}

}  // namespace jianli::cli
