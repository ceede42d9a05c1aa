// Names in the generated C++: Mojo names are kept; C++ keywords and names
// the runtime reserves get a trailing `_`; non-ASCII becomes _uXXXX.
#include <cstdio>
#include <set>

#include "emit/emitter.hpp"

namespace mojoc::emit {

std::string Emitter::ident(const std::string& n) {
  static const std::set<std::string> reserved = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
      "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
      "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
      "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
      "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
      "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
      "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
      "final", "override", "import", "module",
      // names the generated code itself relies on
      "mojo", "std", "main", "main_", "argc", "argv", "NULL", "assert", "errno", "stdout", "stderr", "stdin",
      "EOF", "INFINITY", "NAN", "offsetof", "setjmp", "va_arg", "unix", "linux",
      // C library functions a module name (the C++ namespace) could collide with
      "time", "random", "exit", "abort", "signal", "select", "remove", "rename", "clock", "open", "close",
      "read", "write", "printf", "malloc", "free", "index", "system", "sleep", "pipe", "dup",
      // C macros a Mojo constant could be named after
      "SEEK_SET", "SEEK_CUR", "SEEK_END", "EXIT_SUCCESS", "EXIT_FAILURE", "BUFSIZ", "FILENAME_MAX", "RAND_MAX",
      "CHAR_BIT", "INT_MAX", "INT_MIN", "UINT_MAX", "LONG_MAX", "LONG_MIN", "SIZE_MAX", "PATH_MAX", "M_PI", "M_E",
      "HUGE_VAL", "DBL_MAX", "DBL_MIN", "DBL_EPSILON", "FLT_MAX", "FLT_MIN", "FLT_EPSILON", "EDOM", "ERANGE",
      "EINVAL", "ENOENT", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "TRUE", "FALSE", "MIN", "MAX", "unix"};
  std::string out;
  for (unsigned char ch : n) {
    if (std::isalnum(ch) || ch == '_') out += static_cast<char>(ch);
    else {
      char b[8];
      std::snprintf(b, sizeof b, "_x%02X", ch);
      out += b;
    }
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "_" + out;
  // identifiers with a double underscore or _Capital are reserved in C++
  if (out.find("__") != std::string::npos || (out.size() > 1 && out[0] == '_' && std::isupper(static_cast<unsigned char>(out[1]))))
    out = "m" + out;
  if (reserved.count(out)) out += "_";
  return out;
}

std::string Emitter::string_literal(const std::string& bytes) {
  std::string out = "\"";
  bool prev_hex = false;
  for (unsigned char ch : bytes) {
    bool hexdigit = std::isxdigit(ch);
    if (prev_hex && hexdigit) out += "\"\"";  // stop a \x escape from swallowing the next char
    prev_hex = false;
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (ch < 0x20 || ch >= 0x7F) {
          char b[8];
          std::snprintf(b, sizeof b, "\\x%02X", ch);
          out += b;
          prev_hex = true;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

std::string Emitter::ns_of(const tir::Module& m) const {
  // ident() also keeps a module named `main` (main.mojo) from clashing with `int main`
  if (&m == program.root && !options.api_namespace.empty()) return ident(options.api_namespace);
  return ident(m.name);
}

std::string Emitter::local_name(const tir::Local& l) const {
  if (l.name.empty()) return "err_" + std::to_string(l.id);
  return ident(l.name);
}

std::string Emitter::global_name(const tir::Global& g) const {
  if (!g.module || g.module == cur_module) return ident(g.name);
  return "::" + ns_of(*g.module) + "::" + ident(g.name);
}

std::string Emitter::struct_name(const tir::Struct& st) const {
  return st.cpp_name.empty() ? ident(st.name) : st.cpp_name;  // an instance: Box__Int
}

std::string Emitter::function_name(const tir::Function& f) const {
  if (!f.module) return f.name;  // a runtime function (sema/builtins.cpp): a qualified C++ name
  if (f.bound) return f.binding;  // @__cpp (stdlib/README.md)
  std::string n = f.cpp_name.empty() ? ident(f.name) : f.cpp_name;
  if (f.module != cur_module || local_names.count(n)) return "::" + ns_of(*f.module) + "::" + n;
  return n;
}

}  // namespace mojoc::emit
