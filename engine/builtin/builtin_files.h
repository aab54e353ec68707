// The library files embedded at build time (see cmake/embed.cmake).
#pragma once

namespace tenken::builtin {

struct File {
  const char* path;  // relative to the repository: "rules/backup.yaml"
  const unsigned char* data;
  unsigned long size;
};

extern const File kFiles[];
extern const unsigned long kFileCount;

}  // namespace tenken::builtin
