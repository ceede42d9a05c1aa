// Import resolution: finds sibling modules (next to the importing file, then
// in -I directories), lexes and parses them, and declares them.
//
//   import helpers          ⟶ <dir>/helpers.mojo (or .🔥, or helpers/__init__.mojo)
//   import std.math / math  ⟶ E0901 (the standard library is not modelled yet)
#include <algorithm>
#include <filesystem>

#include "sema/checker.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

namespace mojoc::sema {

namespace fs = std::filesystem;

namespace {
std::string stem_of(const std::string& path) {
  fs::path p(path);
  std::string s = p.filename().string();
  // a package is named by its folder: pkg/__init__.mojo is module `pkg`
  if (s == "__init__.mojo" && p.has_parent_path()) return p.parent_path().filename().string();
  for (const char* ext : {".mojo", ".\xF0\x9F\x94\xA5"}) {
    std::string e = ext;
    if (s.size() > e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return s.substr(0, s.size() - e.size());
  }
  return p.stem().string();
}
}  // namespace

ModuleInfo* Checker::load_module(std::shared_ptr<ast::Module> ast, const std::string& path) {
  auto info = std::make_unique<ModuleInfo>();
  info->ast = ast;
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::path(path), ec);
  // the stdlib is written in Mojo 1.x whatever edition the program uses
  bool in_stdlib = false;
  if (!options.stdlib_dir.empty()) {
    std::error_code ec2;
    fs::path std_abs = fs::weakly_canonical(fs::path(options.stdlib_dir), ec2);
    in_stdlib = !ec && !ec2 && abs.string().rfind(std_abs.string() + "/", 0) == 0;
  }
  info->edition = decide_edition(ast->markers, in_stdlib ? "1.2" : options.era);
  info->dir = fs::path(path).parent_path().string();
  auto mod_ir = std::make_unique<tir::Module>();
  info->module_name = stem_of(path);
  // The C++ namespace comes from tir::Module::name, so two modules with the
  // same file name in different folders (a/util.mojo, b/util.mojo) get
  // util and util_2.
  mod_ir->name = info->module_name;
  // a stdlib module's namespace never meets a C library name (time, random, ...)
  if (in_stdlib) mod_ir->name = "std_" + info->module_name;
  for (int n = 2; std::any_of(program->modules.begin(), program->modules.end(),
                              [&](const auto& other) { return other->name == mod_ir->name; });
       ++n)
    mod_ir->name = info->module_name + "_" + std::to_string(n);
  mod_ir->path = path;
  mod_ir->file = ast->file;
  info->module = mod_ir.get();
  program->modules.push_back(std::move(mod_ir));
  ModuleInfo* raw = info.get();
  modules.push_back(std::move(info));
  modules_by_path[ec ? path : abs.string()] = raw;
  declare_module(*raw);
  return raw;
}

// Standard-library modules mojoc models in C++ (no .mojo source): their
// functions are Builtin symbols handled by builtins.cpp as "<module>.<name>".
ModuleInfo* Checker::builtin_module(const std::string& name) {
  static const std::map<std::string, std::vector<std::string>> known = {
      {"math", {"sqrt", "floor", "ceil", "trunc", "exp", "log", "sin", "cos", "tan"}},
      // the raw-pointer subset of `memory` (check_pointers.cpp)
      {"memory", {"UnsafePointer", "Pointer", "unsafe_alloc", "alloc", "MutUntrackedOrigin", "MutAnyOrigin", "memcpy",
                  "memmove", "memset", "memset_zero", "unsafe_memcpy", "unsafe_memmove", "unsafe_memset",
                  "unsafe_memset_zero", "stack_allocation", "bitcast"}},
      {"memory.alloc", {"unsafe_alloc", "alloc"}},
      {"memory.unsafe_pointer", {"UnsafePointer"}},
      {"memory.pointer", {"Pointer"}},
      // the loops over closures (check_algorithm.cpp)
      {"algorithm", {"vectorize", "parallelize", "sync_parallelize", "map", "tile"}},
      {"algorithm.functional", {"vectorize", "parallelize", "sync_parallelize", "map", "tile"}},
      {"max.algorithm", {"parallelize", "sync_parallelize"}},  // Mojo 1.2 moved parallelize to MAX
  };
  auto k = known.find(name);
  if (k == known.end()) return nullptr;
  if (auto it = builtin_modules.find(name); it != builtin_modules.end()) return it->second;
  auto info = std::make_unique<ModuleInfo>();
  info->builtin = true;
  info->state = ModuleInfo::State::Checked;
  info->module_name = name;
  for (auto& f : k->second) {
    Symbol s;
    s.kind = Symbol::Kind::Builtin;
    s.builtin = name.substr(0, name.find('.')) + "." + f;
    info->scope.define(f, s);
  }
  ModuleInfo* raw = info.get();
  builtin_modules[name] = raw;
  modules.push_back(std::move(info));
  return raw;
}

bool Checker::is_stdlib_module(const std::vector<std::string>& dotted) const {
  if (dotted.empty()) return false;
  static const char* names[] = {"std", "math", "sys", "time", "collections", "memory", "random", "testing", "os", "max",
                                "python", "algorithm", "utils", "benchmark", "builtin", "gpu", "bit", "complex",
                                "pathlib", "tempfile", "buffer", "layout", "runtime", "hashlib", "logger",
                                "subprocess", "sort", "io", "itertools", "compile", "reflection"};
  for (const char* n : names)
    if (dotted[0] == n) return true;
  return false;
}

// <dir>/<rel>.mojo (or .🔥, or <rel>/__init__.mojo), loaded once; `failed`
// when the file exists but does not parse.
ModuleInfo* Checker::load_module_file(const std::string& dir, const fs::path& rel, bool& failed) {
  fs::path d(dir);
  for (fs::path cand : {d / rel.string().append(".mojo"), d / rel.string().append(".\xF0\x9F\x94\xA5"),
                        d / rel / "__init__.mojo"}) {
    std::error_code ec;
    if (!fs::is_regular_file(cand, ec)) continue;
    fs::path abs = fs::weakly_canonical(cand, ec);
    std::string key = ec ? cand.string() : abs.string();
    if (auto it = modules_by_path.find(key); it != modules_by_path.end()) return it->second;
    std::uint32_t id = 0;
    if (!sources.load(cand.string(), id)) continue;
    auto tokens = lex(sources.get(id), id, diags);
    auto ast = parse(tokens, id, diags);
    if (!ast) {
      failed = true;
      return nullptr;
    }
    ast->file = id;
    return load_module(ast, cand.string());
  }
  return nullptr;
}

ModuleInfo* Checker::import_module(const std::vector<std::string>& dotted, Span span, const ModuleInfo& from,
                                   bool report) {
  if (dotted.empty()) {
    unsupported(span, "this import");
    return nullptr;
  }
  std::string joined;
  for (auto& c : dotted) joined += (joined.empty() ? "" : ".") + c;
  if (dotted[0] != "std") {
    fs::path rel;
    for (auto& c : dotted) rel /= c;
    std::vector<fs::path> dirs;
    dirs.push_back(from.dir.empty() ? fs::path(".") : fs::path(from.dir));
    for (auto& d : options.include_dirs) dirs.push_back(d);
    for (auto& d : dirs) {
      bool failed = false;
      if (ModuleInfo* found = load_module_file(d, rel, failed)) return found;
      if (failed) return nullptr;
    }
  } else if (!options.stdlib_dir.empty() && dotted.size() > 1) {
    // std.collections.list ⟶ <stdlib>/collections/list.mojo
    fs::path rel;
    for (std::size_t i = 1; i < dotted.size(); ++i) rel /= dotted[i];
    bool failed = false;
    if (ModuleInfo* found = load_module_file(options.stdlib_dir, rel, failed)) return found;
    if (failed) return nullptr;
  }
  {
    std::vector<std::string> rest = dotted;
    if (!rest.empty() && rest[0] == "std") rest.erase(rest.begin());
    std::string dotted_rest;
    for (auto& c : rest) dotted_rest += (dotted_rest.empty() ? "" : ".") + c;
    if (!rest.empty())
      if (ModuleInfo* b = builtin_module(dotted_rest)) return b;
  }
  if (!report) return nullptr;
  if (is_stdlib_module(dotted)) {
    unsupported(span, "standard library module '" + joined + "'");
    return nullptr;
  }
  error(diag::Code::UnknownModule, span, "unable to locate module '" + joined + "'");
  return nullptr;
}

}  // namespace mojoc::sema
