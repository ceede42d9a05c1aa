// `#line N "file.mojo"` before each function and statement, so compiler
// messages and debuggers point at the Mojo source (EmitOptions::line_directives).
#include "emit/emitter.hpp"

namespace mojoc::emit {

void Emitter::line(Span s) {
  if (!options.line_directives || !s.valid() || s.file >= sources.size()) return;
  buf += "#line " + std::to_string(s.line) + " " + string_literal(sources.get(s.file).path) + "\n";
}

}  // namespace mojoc::emit
