#include "diag/diagnostic.hpp"

#include <algorithm>

namespace mojoc::diag {
namespace {

struct Palette {
  const char* bold = "";
  const char* red = "";
  const char* yellow = "";
  const char* blue = "";
  const char* green = "";
  const char* reset = "";
};

Palette palette(bool color) {
  if (!color) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[1;32m", "\x1b[0m"};
}

// Width in columns of a UTF-8 prefix (code points; good enough for carets
// under identifiers, which is what we point at).
std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string location(const SourceManager& sm, Span s) {
  if (!s.valid() || s.file >= sm.size()) return "<unknown>";
  return sm.get(s.file).path + ":" + std::to_string(s.line) + ":" + std::to_string(s.col);
}

// Prints the source line and a caret/underline under the span.
void snippet(std::string& out, const SourceManager& sm, Span s, const std::string& label,
             const Palette& p, const char* mark_color) {
  if (!s.valid() || s.file >= sm.size()) return;
  const SourceFile& f = sm.get(s.file);
  std::string_view line = f.line_text(s.line);
  std::string num = std::to_string(s.line);
  std::string pad(num.size(), ' ');
  // Tabs are expanded to one space so the caret lines up.
  std::string shown(line);
  std::replace(shown.begin(), shown.end(), '\t', ' ');
  out += pad + " " + p.blue + "|" + p.reset + "\n";
  out += std::string(p.blue) + num + " |" + p.reset + " " + shown + "\n";
  std::size_t start_col = s.col ? s.col - 1 : 0;
  // Underline the span while it stays on this line; at least one caret.
  std::size_t width = 1;
  std::uint32_t line_begin = f.line_starts[s.line - 1];
  if (s.end > s.begin && s.begin >= line_begin) {
    std::uint32_t line_end = line_begin + static_cast<std::uint32_t>(line.size());
    std::uint32_t e = std::min(s.end, line_end);
    if (e > s.begin) width = columns(std::string_view(f.text).substr(s.begin, e - s.begin));
    if (width == 0) width = 1;
  }
  out += pad + " " + p.blue + "|" + p.reset + " " + std::string(start_col, ' ') + mark_color + "^" +
         std::string(width - 1, '~');
  if (!label.empty()) out += " " + label;
  out += std::string(p.reset) + "\n";
}

}  // namespace

Diagnostic& DiagEngine::error(Code c, Span s, std::string message) {
  ++errors_;
  diags_.push_back(Diagnostic{Severity::Error, c, s, std::move(message), {}, {}, {}});
  return diags_.back();
}

Diagnostic& DiagEngine::warning(Code c, Span s, std::string message) {
  diags_.push_back(Diagnostic{Severity::Warning, c, s, std::move(message), {}, {}, {}});
  return diags_.back();
}

std::string DiagEngine::render_one(const Diagnostic& d, bool color) const {
  Palette p = palette(color);
  const CodeInfo& ci = info(d.code);
  const char* sev_color = d.severity == Severity::Error ? p.red : p.yellow;
  const char* sev = d.severity == Severity::Error ? "error" : "warning";
  std::string out;
  out += std::string(p.bold) + location(sm_, d.span) + ": " + p.reset + sev_color + sev + "[" +
         std::string(ci.code) + "]" + p.reset + p.bold + ": " +
         (d.message.empty() ? std::string(ci.title) : d.message) + p.reset + "\n";
  snippet(out, sm_, d.span, d.label, p, sev_color);
  for (const Note& n : d.notes) {
    if (n.span.valid()) {
      out += std::string(p.bold) + location(sm_, n.span) + ": " + p.reset + p.green + "note" + p.reset +
             ": " + n.message + "\n";
      snippet(out, sm_, n.span, "", p, p.green);
    } else {
      out += std::string("  = ") + p.bold + "note" + p.reset + ": " + n.message + "\n";
    }
  }
  std::string help = d.help.empty() ? std::string(ci.help) : d.help;
  if (!help.empty()) out += std::string("  = ") + p.bold + "help" + p.reset + ": " + help + "\n";
  return out;
}

std::string DiagEngine::render_to_string(bool color) const {
  std::vector<const Diagnostic*> order;
  for (const auto& d : diags_) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->span.file != b->span.file) return a->span.file < b->span.file;
    if (a->span.line != b->span.line) return a->span.line < b->span.line;
    return a->span.col < b->span.col;
  });
  std::string out;
  for (const Diagnostic* d : order) out += render_one(*d, color);
  if (errors_ > 0)
    out += std::to_string(errors_) + (errors_ == 1 ? " error" : " errors") + " generated.\n";
  return out;
}

void DiagEngine::render(std::FILE* out, bool color) const {
  std::string s = render_to_string(color);
  std::fwrite(s.data(), 1, s.size(), out);
}

}  // namespace mojoc::diag
