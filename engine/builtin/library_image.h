// The library image: a Library written as bytes, so that the built-in library is compiled into
// tenken at build time and read at start without parsing any YAML (builtin_library(), engine.h).
//
// The image holds every field of the Library. Where something was written (an Origin) is kept as
// the index of its file among the sources the library was loaded from and the byte offset in it;
// the image names those files with their sizes, and reading it back needs the same files (the
// embedded rules/ and checklists/), so that messages and `lint` still point at line and column.
//
// Layout: the magic line "tenken library image\n", the format version, the files (path and size),
// then the library. Numbers are 32-bit little-endian, texts a length and their bytes, a list its
// length and its items, a real number its 64 bits. The same Library gives the same bytes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tenken/engine.h"
#include "tenken/status.h"

namespace tenken {

// Raised whenever the layout changes; an image of another version is refused when read.
inline constexpr uint32_t kLibraryImageVersion = 3;

// The image of `library`, loaded from `sources`. Fails when an Origin points into a file that is
// not among them.
StatusOr<std::string> write_library_image(const Library& library,
                                          const std::vector<std::shared_ptr<const Source>>& sources);

// The Library written in `image`, its Origins pointing into `sources`, which must be the files it
// was written from (same paths and sizes, same order). Fails, naming the byte where, when the image
// is cut short, damaged, of another version, or made from other files.
StatusOr<Library> read_library_image(std::string_view image,
                                     const std::vector<std::shared_ptr<const Source>>& sources);

}  // namespace tenken
