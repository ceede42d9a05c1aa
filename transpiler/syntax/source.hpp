// Source files and spans.
//
// Every token, AST node and typed-tree node carries a Span so that a
// diagnostic can point at the exact bytes of the Mojo source, however late in
// the pipeline it is raised.  Offsets are byte offsets into the UTF-8 text;
// line and column are 1-based, and the column counts code points (so a caret
// lines up under non-ASCII identifiers the way an editor shows them).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mojoc {

struct Span {
  std::uint32_t file = 0;   // index into SourceManager
  std::uint32_t begin = 0;  // byte offset, inclusive
  std::uint32_t end = 0;    // byte offset, exclusive
  std::uint32_t line = 0;   // 1-based; 0 means "no location"
  std::uint32_t col = 0;    // 1-based, in code points

  bool valid() const { return line != 0; }
  // The smallest span that covers both (used when a parent node is built
  // from its first and last children).
  static Span cover(Span a, Span b) {
    if (!a.valid()) return b;
    if (!b.valid()) return a;
    Span s = a;
    if (b.begin < s.begin) { s.begin = b.begin; s.line = b.line; s.col = b.col; }
    if (b.end > s.end) s.end = b.end;
    return s;
  }
};

struct SourceFile {
  std::string path;     // as given by the user (diagnostics print this)
  std::string text;     // whole file, UTF-8
  std::vector<std::uint32_t> line_starts;  // byte offset of each line

  SourceFile(std::string p, std::string t);
  // The text of a 1-based line without its newline.
  std::string_view line_text(std::uint32_t line) const;
};

// Owns every loaded file for the whole compilation so spans stay valid.
class SourceManager {
 public:
  std::uint32_t add(std::string path, std::string text);
  // Reads a file from disk; returns false if it cannot be read.
  bool load(const std::string& path, std::uint32_t& id);
  const SourceFile& get(std::uint32_t id) const { return *files_[id]; }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace mojoc
