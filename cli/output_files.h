// Writing what tenken produces without destroying what it was not asked to.
//
// A regular file (or a path that does not exist yet) is written atomically: the content goes to a
// temporary file beside it, is flushed to disk, and is renamed over the path, so the path holds
// either its old content or the whole new content. A symbolic link is followed and its target is
// replaced; the link stays a link. A device or FIFO (/dev/null, /dev/stdout, a named pipe) is
// written straight into, never replaced. "" or "-" is standard output.
//
// Several outputs are all-or-nothing: every regular file is staged first, then standard output and
// devices are written, and only then are the staged files renamed into place.
#pragma once

#include <string>
#include <vector>

#include "tenken/status.h"

namespace tenken::cli {

struct OutputFile {
  std::string path;  // "" or "-": standard output
  std::string content;
};

// How write_files finishes. `each`: every file, and its folder, is flushed to disk before
// write_files returns, and temporary files that a killed run left beside it are removed (check,
// report: one or a few files). `at_the_end`: neither, for a run that writes thousands of files
// (batch) and then calls finish_folder once: per file, the flushing costs more than the rest of
// the work, and the sweep reads the whole folder.
enum class Durability { each, at_the_end };

// Writes every file, or (as far as the operating system allows) none of them. The message of a
// failed Status names the path and the reason ("out.html: cannot write: Permission denied").
Status write_files(const std::vector<OutputFile>& files, Durability durability = Durability::each);

// After write_files(..., at_the_end) into `folder` and the folders below it: flushes the file
// system that holds them to disk, and removes the temporary files killed runs left there.
Status finish_folder(const std::string& folder);

// write_files with one file.
Status write_output(const std::string& path, const std::string& content);

}  // namespace tenken::cli
