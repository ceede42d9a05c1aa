// The emitter's shared state.  One file per concern: emit_module.cpp (file
// layout, namespaces, main), emit_function.cpp (signatures, bodies),
// emit_stmt.cpp, emit_expr.cpp, emit_names.cpp, line_directives.cpp.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "emit/emit.hpp"

namespace mojoc::emit {

// Where a `raise` (or a failing call) goes.
struct RaiseTarget {
  bool to_label = false;      // false: return the Error from the function
  std::string err_var;        // for to_label
  std::string label;
  std::string pending_flag;   // set to true before jumping (try/finally without except)
};

struct FinallyFrame {
  const tir::Block* body;
  std::vector<RaiseTarget> raise_targets;  // context to emit the finally body in
  std::size_t loop_depth;                  // loops open when the try began
};

struct LoopFrame {
  std::string break_label;   // non-empty when the loop has an else (break jumps past it)
  std::size_t finally_depth; // finally frames open when the loop began
};

class Emitter {
 public:
  Emitter(const tir::Program& p, const SourceManager& s, const EmitOptions& o) : program(p), sources(s), options(o) {}
  CppOutput run();

  // emit_names.cpp
  static std::string ident(const std::string& mojo_name);
  static std::string string_literal(const std::string& bytes);
  std::string ns_of(const tir::Module& m) const;
  std::string local_name(const tir::Local& l) const;
  std::string global_name(const tir::Global& g) const;
  std::string function_name(const tir::Function& f) const;
  std::string struct_name(const tir::Struct& st) const;
  std::string bound_type(const tir::Struct& st) const;    // mojo::List<mojo::Int>
  std::vector<std::string> runtime_includes() const;      // headers of @__cpp declarations

  // emit_closure.cpp
  std::string closure(const tir::ClosureExpr& c);
  void enter_body(const tir::Function& f, bool nested);
  std::string function_pointer_type(sema::Type t) const;

  // line_directives.cpp
  void line(Span s);

  // emit_function.cpp
  std::string cpp_type(sema::Type t) const;
  std::string result_type(const tir::Function& f) const;
  std::string signature(const tir::Function& f, bool with_names) const;
  std::string param_type(const tir::Local& p) const;
  static std::string method_name(const tir::Function& f);  // m__init__, m__del__, area, ...
  static bool is_constructor(const tir::Function& f);
  bool receiver_is_mutable(const tir::Function& f) const;
  // A `ref` result over `ref` arguments comes in two C++ versions: one for
  // mutable arguments (returning T&) and a const one (returning const T&),
  // as Mojo infers the result's mutability from the arguments'.
  static bool has_const_variant(const tir::Function& f);
  bool const_variant = false;  // emitting that const version
  // Declares (or defines) f, and its const variant when it has one.
  void each_variant(const tir::Function& f, const std::function<void()>& emit_one);
  void function(const tir::Function& f);
  void collect_reads(const tir::Block& b);
  void collect_reads(const tir::Expr& e);

  // emit_struct.cpp
  void struct_definition(const tir::Struct& st);
  void struct_methods(const tir::Struct& st);
  std::string lifecycle_call(const char* what, const tir::Expr& x);  // copy / move / destroy of x

  // emit_stmt.cpp
  void block(const tir::Block& b);
  void stmt(const tir::Stmt& s);
  void raise_stmt(const std::string& error_expr);
  void run_finallies(std::size_t down_to);
  void try_stmt(const tir::Try& t);

  // emit_expr.cpp
  std::string expr(const tir::Expr& e, bool bare_ok = false);
  std::string constant(const tir::Expr& e, bool bare_ok) const;
  std::string call(const tir::Call& c);
  std::string raw_index(const tir::Expr& e);
  std::string op(const tir::Op& o);
  std::string compare_chain(const tir::CompareChain& c);
  std::string print(const tir::Print& p);
  static bool is_simple(const tir::Expr& e);
  // emit_order.cpp: Mojo's left-to-right evaluation of operands (tir::has_effects decides)
  std::string in_order(const std::vector<const tir::Expr*>& operands, const std::function<std::string()>& render);
  // expr() without redundant outer parentheses (statement and argument positions)
  std::string top(const tir::Expr& e, bool bare_ok = false);
  static std::string strip_parens(const std::string& s);

  // output
  void out_line(const std::string& text);
  // A new name for an emitter temporary, never one of the function's own locals.
  std::string fresh(const std::string& base) {
    std::string n;
    do n = base + "_" + std::to_string(++counter);
    while (local_names.count(n));
    return n;
  }

  const tir::Program& program;
  const SourceManager& sources;
  const EmitOptions& options;
  std::string buf;
  int indent = 0;
  int counter = 0;
  const tir::Module* cur_module = nullptr;
  const tir::Function* cur_fn = nullptr;
  std::set<const tir::Local*> read_locals;
  std::set<std::string> local_names;  // C++ names of the current function's locals
  std::vector<RaiseTarget> raise_targets;
  std::vector<FinallyFrame> finally_frames;
  std::vector<LoopFrame> loops;
  std::map<const tir::Expr*, std::string> hoisted;  // operands already computed into temporaries
};

}  // namespace mojoc::emit
