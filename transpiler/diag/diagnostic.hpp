// Diagnostics: what every phase reports, and how it is shown.
//
// Phases never print.  They append Diagnostics to a DiagEngine; the driver
// renders them at the end (or streams them) in the rustc/clang layout:
//
//   prog.mojo:3:11: error[E0301]: use of unknown declaration 'x'
//     |
//   3 |     print(x)
//     |           ^ not found in this scope
//     = note: ...
//     = help: ...
#pragma once

#include <cstdio>
#include <deque>
#include <string>
#include <vector>

#include "diag/catalog.hpp"
#include "syntax/source.hpp"

namespace mojoc::diag {

enum class Severity { Error, Warning, Note };

struct Note {
  Span span;            // may be invalid: then only the text is shown
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  Code code{};
  Span span;
  std::string message;  // the specific message; empty means the catalog title
  std::string label;    // text printed after the caret
  std::vector<Note> notes;
  std::string help;     // overrides the catalog's default help when set

  Diagnostic& note(Span s, std::string m) { notes.push_back({s, std::move(m)}); return *this; }
  Diagnostic& note(std::string m) { notes.push_back({Span{}, std::move(m)}); return *this; }
  Diagnostic& with_label(std::string l) { label = std::move(l); return *this; }
  Diagnostic& with_help(std::string h) { help = std::move(h); return *this; }
};

class DiagEngine {
 public:
  explicit DiagEngine(const SourceManager& sm) : sm_(sm) {}

  // Returns a reference valid until the engine is destroyed (deque), so
  // callers can chain .note()/.with_help().
  Diagnostic& error(Code c, Span s, std::string message = {});
  Diagnostic& warning(Code c, Span s, std::string message = {});

  std::size_t error_count() const { return errors_; }
  bool has_errors() const { return errors_ != 0; }
  const std::deque<Diagnostic>& all() const { return diags_; }

  // Diagnostics are sorted by position before rendering so that a run with
  // several errors reads top to bottom, whatever phase found them.
  void render(std::FILE* out, bool color) const;
  std::string render_to_string(bool color = false) const;
  std::string render_one(const Diagnostic& d, bool color) const;

 private:
  const SourceManager& sm_;
  std::deque<Diagnostic> diags_;
  std::size_t errors_ = 0;
};

}  // namespace mojoc::diag
