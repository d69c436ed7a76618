#include "pdf/haru_document.h"

#include <hpdf_error.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace jianli::pdf {

HaruDocument::HaruDocument() {
  doc_ = HPDF_New(&HaruDocument::on_error, this);
  if (doc_ == nullptr)
    throw std::runtime_error("libharu could not create a PDF document (HPDF_New)");
}

HaruDocument::~HaruDocument() { HPDF_Free(doc_); }

void HPDF_STDCALL HaruDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  auto* doc = static_cast<HaruDocument*>(self);
  if (doc->error_ == HPDF_OK) {  // keep the first error: later ones are its consequences
    doc->error_ = error;
    doc->detail_ = detail;
  }
}

void HaruDocument::check(const char* call) {
  if (error_ == HPDF_OK) return;
  HPDF_STATUS error = error_, detail = detail_;
  error_ = detail_ = HPDF_OK;
  HPDF_ResetError(doc_);
  fail(call, error, detail);
}

void HaruDocument::check(HPDF_STATUS status, const char* call) {
  check(call);
  if (status != HPDF_OK) fail(call, status, HPDF_GetErrorDetail(doc_));
}

void HaruDocument::fail(const char* call, HPDF_STATUS error, HPDF_STATUS detail) {
  std::string message = std::string("libharu failed in ") + call + ": error " +
                        describe_haru_error(error) + ", detail " + std::to_string(detail);
  throw HaruError(message, call, error);
}

std::string HaruDocument::save_to_memory() {
  // libharu's memory stream copies byte by byte (about 15% of a run); its file stream
  // goes through stdio. An anonymous in-memory file gives the same bytes faster.
  int fd = memfd_create("jianli-pdf", 0);
  if (fd < 0) return save_through_stream();
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  HPDF_STATUS status = HPDF_SaveToFile(doc_, path.c_str());
  std::string bytes;
  if (status == HPDF_OK) {
    off_t size = lseek(fd, 0, SEEK_END);
    bytes.resize(size > 0 ? static_cast<size_t>(size) : 0);
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = pread(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    bytes.resize(done);
  }
  ::close(fd);
  check(status, "HPDF_SaveToStream");
  return bytes;
}

std::string HaruDocument::save_through_stream() {
  check(HPDF_SaveToStream(doc_), "HPDF_SaveToStream");
  HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
  check("HPDF_GetStreamSize");
  check(HPDF_ResetStream(doc_), "HPDF_ResetStream");
  std::string bytes(size, '\0');
  HPDF_UINT32 done = 0;
  while (done < size) {
    HPDF_UINT32 chunk = size - done;
    HPDF_STATUS status =
        HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()) + done, &chunk);
    done += chunk;
    if (status == HPDF_STREAM_EOF || chunk == 0) break;
    check(status, "HPDF_ReadFromStream");
  }
  error_ = detail_ = HPDF_OK;  // reading to the end reports HPDF_STREAM_EOF as an "error"
  HPDF_ResetError(doc_);
  if (done != size) throw std::runtime_error("libharu's memory stream ended early");
  return bytes;
}

std::string describe_haru_error(HPDF_STATUS error) {
  const char* meaning = nullptr;
  switch (error) {
    case HPDF_FILE_OPEN_ERROR:
      meaning = "cannot open the file";
      break;
    case HPDF_FONT_EXISTS:
      meaning = "a font with this PostScript name is already loaded";
      break;
    case HPDF_INVALID_PARAMETER:
      meaning = "invalid parameter";
      break;
    case HPDF_INVALID_FONT_NAME:
      meaning = "invalid font name";
      break;
    case HPDF_PAGE_OUT_OF_RANGE:
      meaning = "value out of range";
      break;
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      meaning = "the font's licence forbids embedding";
      break;
    case HPDF_TTF_INVALID_CMAP:
      meaning = "unusable cmap table";
      break;
    case HPDF_TTF_INVALID_FOMAT:
      meaning = "unsupported TrueType format";
      break;
    case HPDF_TTF_MISSING_TABLE:
      meaning = "TrueType font is missing a required table";
      break;
    case HPDF_FAILD_TO_ALLOC_MEM:
      meaning = "out of memory";
      break;
    default:
      break;
  }
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%04X", static_cast<unsigned>(error));
  return meaning ? std::string(hex) + " (" + meaning + ")" : std::string(hex);
}

}  // namespace jianli::pdf
