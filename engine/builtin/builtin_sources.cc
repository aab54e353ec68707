// builtin_sources(): the embedded rules/ and checklists/ as Sources over the embedded bytes.
#include "builtin/builtin_files.h"
#include "tenken/engine.h"

namespace tenken {

std::vector<std::shared_ptr<const Source>> builtin_sources() {
  std::vector<std::shared_ptr<const Source>> out;
  for (unsigned long i = 0; i < builtin::kFileCount; ++i) {
    const builtin::File& f = builtin::kFiles[i];
    out.push_back(Source::of_static_text(f.path, {reinterpret_cast<const char*>(f.data), f.size}));
  }
  return out;
}

}  // namespace tenken
