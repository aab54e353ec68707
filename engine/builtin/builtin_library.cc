// builtin_library(): the built-in library read from the image made at build time
// (make_library_image.cc), with its Origins in the embedded files.
#include "builtin/builtin_files.h"
#include "builtin/library_image.h"
#include "tenken/engine.h"

namespace tenken {

StatusOr<Library> builtin_library() {
  std::string_view image(reinterpret_cast<const char*>(builtin::kImage), builtin::kImageSize);
  return read_library_image(image, builtin_sources());
}

}  // namespace tenken
