// An HPDF_Doc that frees itself and turns libharu's error callbacks into exceptions.
#pragma once

#include <hpdf.h>

#include <stdexcept>
#include <string>

namespace jianli::pdf {

// A libharu failure: which call, and libharu's error code, so callers can tell them apart.
class HaruError : public std::runtime_error {
 public:
  HaruError(const std::string& message, std::string call, HPDF_STATUS code)
      : std::runtime_error(message), call(std::move(call)), code(code) {}
  std::string call;
  HPDF_STATUS code;
};

// libharu reports errors through a callback and then refuses every later call until
// HPDF_ResetError (libharu-2.3.md, "Errors"). We record the error in the callback (throwing
// through libharu's C frames would be unsafe) and raise it at the next check().
class HaruDocument {
 public:
  HaruDocument();
  ~HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  HPDF_Doc get() const { return doc_; }

  // Throws HaruError naming `call` if libharu reported an error since the last check.
  void check(const char* call);

  // Checks, then also insists on HPDF_OK from a libharu call returning a status.
  void check(HPDF_STATUS status, const char* call);

  // Checks, then also insists on a non-null handle from a libharu constructor.
  template <class Handle>
  Handle check(Handle handle, const char* call) {
    check(call);
    if (handle == nullptr) fail(call, HPDF_GetError(doc_), HPDF_GetErrorDetail(doc_));
    return handle;
  }

  // Saves the document to libharu's memory stream and returns its bytes.
  std::string save_to_memory();
  std::string save_through_stream();  // when no in-memory file can be had

 private:
  static void HPDF_STDCALL on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
  [[noreturn]] void fail(const char* call, HPDF_STATUS error, HPDF_STATUS detail);

  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
};

// "0x1060 (TrueType font is missing a required table)" for the codes we are likely to meet.
std::string describe_haru_error(HPDF_STATUS error);

}  // namespace jianli::pdf
