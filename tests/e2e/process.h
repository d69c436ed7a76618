// Running jianli and poppler's tools from tests, the way a user would.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace jianli::test {

struct Result {
  int status = -1;
  std::string out;  // stdout and stderr together
};

inline Result run(const std::string& command) {
  Result r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// stdout and stderr apart, to check that messages go to stderr.
struct SplitResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline SplitResult run_split(const std::string& command) {
  char err_path[] = "/tmp/jianli-stderr-XXXXXX";
  int fd = mkstemp(err_path);
  if (fd < 0) return {};
  close(fd);
  SplitResult r;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  if (pipe) {
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    int raw = pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }
  r.err = slurp(err_path);
  unlink(err_path);
  return r;
}

inline std::string jianli() { return JIANLI_BINARY; }

}  // namespace jianli::test
