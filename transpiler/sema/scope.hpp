// Lexical scopes: what a name means at one point of the program.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sema/typed_tree.hpp"

namespace mojoc::sema {

struct ModuleInfo;

struct Symbol {
  // Poisoned: an import that failed (already reported); uses stay silent.
  // TypeParam: a symbolic type parameter (generic code); TypeName: a name
  // bound to a concrete type (an instance's `T`, `comptime I = Int`);
  // ValueParam: a symbolic value parameter (`n` in generic code).
  enum class Kind {
    Local, Constant, Functions, Module, Builtin, Poisoned, Struct, Trait, TypeParam, TypeName, ValueParam,
    Pack  // a variadic parameter `*values: Int` / `*Ts: Trait` bound to a list (an instance)
  } kind = Kind::Local;
  tir::Local* local = nullptr;
  tir::Global* constant = nullptr;
  std::vector<tir::Function*>* functions = nullptr;  // an overload set
  ModuleInfo* module = nullptr;
  std::string builtin;  // name of a builtin function or type
  tir::Struct* strukt = nullptr;     // Struct
  const tir::Trait* trait = nullptr; // Trait
  Type type = nullptr;               // TypeParam, TypeName, ValueParam (its value's type); Struct: its type
  Span span;            // where it was declared (for notes)
  std::vector<tir::ParamValue> pack;  // Pack
};

class Scope {
 public:
  explicit Scope(Scope* parent = nullptr) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  const Symbol* lookup_local(const std::string& n) const {
    auto it = names_.find(n);
    return it == names_.end() ? nullptr : &it->second;
  }
  const Symbol* lookup(const std::string& n) const {
    for (const Scope* s = this; s; s = s->parent_)
      if (auto* sym = s->lookup_local(n)) return sym;
    return nullptr;
  }
  void define(const std::string& n, Symbol s) { names_[n] = std::move(s); }

 private:
  Scope* parent_;
  std::map<std::string, Symbol> names_;
};

}  // namespace mojoc::sema
