#include "pdf/font_subset.h"

#include <hb-subset.h>
#include <hb.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <stdexcept>

#include "model/error.h"
#include "pdf/composite_glyphs.h"

namespace jianli::pdf {
namespace {

template <class T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using InputPtr =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

bool has_table(hb_face_t* face, hb_tag_t tag) {
  BlobPtr table(hb_face_reference_table(face, tag));
  return hb_blob_get_length(table.get()) > 0;
}

// Tables libharu never reads; dropping them keeps hb-subset from pulling in glyphs that only
// substitutions reach (vertical forms, ligatures) and saves it work on large CJK fonts.
constexpr hb_tag_t kUnusedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('v', 'h', 'e', 'a'),
    HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'), HB_TAG('g', 'a', 's', 'p'),
};

}  // namespace

std::string subset_font(const std::string& path, int index, const std::set<char16_t>& characters,
                        int variant) {
  BlobPtr file(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!file) throw model::InputError("cannot read font file " + path);
  if (index < 0 || static_cast<unsigned>(index) >= hb_face_count(file.get())) {
    throw model::InputError("font file " + path + " has no face number " + std::to_string(index));
  }
  FacePtr face(hb_face_create(file.get(), static_cast<unsigned>(index)));
  if (hb_face_get_glyph_count(face.get()) == 0) {
    throw model::InputError("font file " + path + " holds no glyphs (not a font?)");
  }
  if (!has_table(face.get(), HB_TAG('g', 'l', 'y', 'f'))) {
    throw model::InputError("font " + path +
                            " has no TrueType outlines (glyf table); libharu 2.3.0 cannot embed "
                            "OpenType/CFF fonts. Use a TrueType font, or convert it to TrueType");
  }

  InputPtr input(hb_subset_input_create_or_fail());
  if (!input) throw std::runtime_error("hb-subset: out of memory");
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char16_t c : characters) hb_set_add(unicodes, c);
  for (char32_t c : {U' ', U'H', U'x'}) hb_set_add(unicodes, c);
  const char32_t spare[] = {U'.', U'-', U'0', U'1', U'a'};
  for (int i = 0; i < variant && i < static_cast<int>(std::size(spare)); ++i)
    hb_set_add(unicodes, spare[i]);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kUnusedTables) hb_set_add(dropped, tag);
  // Glyph ids are NOT retained: renumbering is what keeps composite parts below 32768.
  // Hinting is dropped: PDF viewers rasterise the outlines themselves.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);

  FacePtr subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) throw model::InputError("hb-subset could not subset font " + path);
  BlobPtr bytes(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(bytes.get(), &length);
  if (data == nullptr || length == 0) {
    throw model::InputError("hb-subset produced an empty font from " + path);
  }
  return flatten_nested_composites(std::string(data, length));
}

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
