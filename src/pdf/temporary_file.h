// A file under $TMPDIR (or /tmp) holding some bytes, for libharu 2.3.0, which loads fonts
// only from files; removed when this object dies.
#pragma once

#include <string>

namespace jianli::pdf {

class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& bytes);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace jianli::pdf
