// What is embedded at build time: the library files (cmake/embed.cmake), and the library image
// made from them (make_library_image.cc).
#pragma once

namespace tenken::builtin {

struct File {
  const char* path;  // relative to the repository: "rules/backup.yaml"
  const unsigned char* data;
  unsigned long size;
};

extern const File kFiles[];
extern const unsigned long kFileCount;

extern const unsigned char kImage[];
extern const unsigned long kImageSize;

}  // namespace tenken::builtin
