// The prelude: names Mojo puts in scope without an import.
//
//   var xs = List[Int]()     (no import; no user declaration named List)
//     ⟶ stdlib/collections/list.mojo is loaded and declared, `List` comes from its scope,
//       and the module using it imports it (so C++ sees it first)
//
// Each prelude module is loaded the first time a program names one of its
// names, so a program that uses no collection parses no collection module.
// A user's own declaration of the same name wins: lookup() asks the prelude
// only after every scope of the program has failed.
#include <algorithm>
#include <map>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// name ⟶ the stdlib module that declares it (a path under stdlib/, dotted)
const std::map<std::string, std::string>& prelude_names() {
  static const std::map<std::string, std::string> names = {
      {"List", "collections.list"},
      {"Dict", "collections.dict"},
      {"KeyElement", "collections.dict"},
      {"Optional", "collections.optional"},
      {"OptionalReg", "collections.optional"},
      {"Tuple", "collections.tuple"},
      {"InlineArray", "collections.inline_array"},
      {"sort", "collections.list"},
      {"open", "io.file"},
      {"FileHandle", "io.file"},
      {"input", "io.io"},
      {"atof", "builtin.string"},
      {"atol", "builtin.string"},
      // std.memory's types (the rest of `memory` is modelled in C++: check_pointers.cpp)
      {"OwnedPointer", "memory.owned_pointer"},
      {"ArcPointer", "memory.arc_pointer"},
      {"Span", "memory.span"},
  };
  return names;
}
}  // namespace

ModuleInfo* Checker::stdlib_module(const std::string& dotted) {
  if (options.stdlib_dir.empty()) return nullptr;
  std::filesystem::path rel;
  std::size_t at = 0;
  while (at <= dotted.size()) {
    std::size_t dot = dotted.find('.', at);
    if (dot == std::string::npos) dot = dotted.size();
    rel /= dotted.substr(at, dot - at);
    at = dot + 1;
  }
  // declared outside whatever body is being checked
  FunctionState saved = suspend_function();
  bool failed = false;
  ModuleInfo* m = load_module_file(options.stdlib_dir, rel, failed);
  resume_function(std::move(saved));
  return m;
}

const Symbol* Checker::prelude_symbol(const std::string& name) {
  auto entry = prelude_names().find(name);
  if (entry == prelude_names().end()) return nullptr;
  ModuleInfo* m = nullptr;
  if (auto it = prelude_cache.find(name); it != prelude_cache.end()) {
    m = it->second;
  } else {
    prelude_cache[name] = nullptr;  // a module that names itself while loading finds nothing
    m = stdlib_module(entry->second);
    prelude_cache[name] = m;
  }
  const Symbol* s = m ? m->scope.lookup_local(name) : nullptr;
  if (s && mod && mod->module && m->module && m->module != mod->module) {
    auto& imports = mod->module->imports;
    if (std::find(imports.begin(), imports.end(), m->module) == imports.end()) imports.push_back(m->module);
  }
  return s;
}

}  // namespace mojoc::sema
