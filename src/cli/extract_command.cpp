// `jianli extract`: the files a PDF carries (--attach-source) written back, byte for byte.
#include <fcntl.h>
#include <fmt/core.h>
#include <unistd.h>

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

#include "cli/check_command.h"
#include "cli/render.h"
#include "model/error.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

struct Embedded {
  std::string name;
  std::string bytes;
};

std::vector<Embedded> embedded_files(const std::string& path, const std::string& pdf_bytes) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile(path.c_str(), pdf_bytes.data(), pdf_bytes.size());
  std::vector<Embedded> files;
  QPDFEmbeddedFileDocumentHelper helper(pdf);
  for (auto& [key, spec] : helper.getEmbeddedFiles()) {
    auto data = spec->getEmbeddedFileStream().getStreamData(qpdf_dl_all);
    // Only the file's own name: a name with a folder in it must not write elsewhere.
    std::string name = fs::path(spec->getFilename()).filename().string();
    if (name.empty() || name == "." || name == "..")
      throw model::InputError(path, {},
                              "carries a file with no usable name ('" + spec->getFilename() + "')");
    files.push_back(
        {name, std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize())});
  }
  return files;
}

// O_EXCL: a file that appears between the check and the write is not replaced either.
void write_new_file(const fs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0)
    throw model::InputError(path.string(), {},
                            std::string("cannot create it: ") + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      throw model::InputError(path.string(), {},
                              std::string("write failed: ") + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0)
    throw model::InputError(path.string(), {},
                            std::string("write failed: ") + std::strerror(errno));
}

int extract(const std::string& input, const std::string& dir_option) {
  std::vector<Embedded> files = embedded_files(input, read_input(input, "a PDF"));
  if (files.empty()) {
    fmt::print(stderr,
               "{}: error: carries no files; render with --attach-source to embed the "
               "résumé's Markdown\n",
               input);
    return 1;
  }
  fs::path dir = dir_option.empty() ? fs::path(input).parent_path() : fs::path(dir_option);
  if (dir.empty()) dir = ".";
  // Every name checked before anything is written: all the files or none.
  for (const Embedded& file : files) {
    std::error_code ec;
    fs::path target = dir / file.name;
    if (fs::exists(fs::symlink_status(target, ec)))
      throw model::InputError(target.string(), {},
                              "already exists; jianli extract never replaces a file: move it "
                              "away or give another folder with -d");
  }
  for (const Embedded& file : files) {
    write_new_file(dir / file.name, file.bytes);
    fmt::print(stderr, "{}\n", (dir / file.name).string());
  }
  return 0;
}

}  // namespace

int run_extract(int argc, char** argv) {
  CLI::App app{"jianli extract: writes back the files a PDF carries (--attach-source)",
               "jianli extract"};
  std::string input, dir;
  app.add_option("PDF", input, "a PDF rendered with --attach-source")->required();
  app.add_option("-d,--out-dir", dir, "folder to write them in (default: beside the PDF)")
      ->check(CLI::ExistingDirectory);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  try {
    return extract(input, dir);
  } catch (const model::InputError& e) {
    fmt::print(stderr, "{}: error: {}\n", e.file(), e.what());
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: error: {}\n", input, e.what());
  }
  return 1;
}

}  // namespace jianli::cli
