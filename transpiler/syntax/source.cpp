#include "syntax/source.hpp"

#include <fstream>
#include <sstream>

namespace mojoc {

SourceFile::SourceFile(std::string p, std::string t) : path(std::move(p)), text(std::move(t)) {
  line_starts.push_back(0);
  for (std::uint32_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts.push_back(i + 1);
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts.size()) return {};
  std::uint32_t b = line_starts[line - 1];
  std::uint32_t e = line < line_starts.size() ? line_starts[line] : static_cast<std::uint32_t>(text.size());
  std::string_view v(text.data() + b, e - b);
  while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

std::uint32_t SourceManager::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

bool SourceManager::load(const std::string& path, std::uint32_t& id) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  id = add(path, ss.str());
  return true;
}

}  // namespace mojoc
