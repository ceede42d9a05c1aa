// The checker's shared context.  Each check_*.cpp file implements the
// Checker methods for one construct; this header is the table of contents.
#pragma once

#include <deque>
#include <functional>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "sema/edition.hpp"
#include "sema/scope.hpp"
#include "sema/sema.hpp"
#include "sema/typed_tree.hpp"
#include "syntax/ast.hpp"

namespace mojoc::sema {

// Per-module state while checking.
struct ModuleInfo {
  std::shared_ptr<ast::Module> ast;
  tir::Module* module = nullptr;
  std::string module_name;  // for diagnostics (set for builtin modules too)
  Edition edition;
  std::string dir;  // directory of the file, for sibling imports
  Scope scope;      // module-level names (functions, constants, imports)
  std::map<std::string, std::vector<tir::Function*>> overloads;
  std::map<const tir::Function*, const ast::FunctionDef*> defs;
  enum class State { Loading, Declared, Checked } state = State::Loading;
  bool builtin = false;  // declared in C++ (no tir::Module of its own)
};

// A checked call argument, before overload resolution.
struct ArgIn {
  std::string keyword;
  tir::ExprPtr value;
  Span span;
  bool spread = false;  // f(*values): a variadic passed along whole
};

// One compile-time parameter of a function or struct: `T: Trait`, `n: Int = 4`.
struct ParamDecl {
  std::string name;
  Span span;
  bool is_type = false;
  std::vector<const tir::Trait*> bounds;   // is_type: `T: A & B`
  Type symbolic = nullptr;                 // is_type: the TypeParam generic code sees
  Type value_type = nullptr;               // a value: Int, Bool, StringLiteral, DType, or an earlier type parameter
  const ast::Expr* default_value = nullptr;
  bool infer_only = false;                 // left of `//`: never bound positionally
  bool keyword_only = false;               // after `*`
  std::string ref_name;                    // an implicit value parameter: its ParamRef's name (unique)
  std::vector<std::string> lifecycle;      // lifecycle traits in the bound (Copyable, Deinitable), as written
  Type fn_bound = nullptr;                 // `F: def(Int) -> Int`: the signature F's values have
  bool variadic = false;                   // `*Ts: Writable` / `*values: Int`: binds a list
};

// The operation a binary operator performs (check_operators.cpp).
tir::OpKind binop_kind(ast::BinOp op);

// Per-struct state while checking (the tir::Struct is the result).
struct StructInfo {
  const ast::StructDef* def = nullptr;
  ModuleInfo* module = nullptr;
  tir::Struct* decl = nullptr;
  std::map<std::string, std::vector<tir::Function*>> methods;  // overload sets by name
  std::map<const tir::Function*, const ast::FunctionDef*> defs;
  std::map<std::string, tir::Global*> constants;
  std::map<const tir::Function*, ModuleInfo*> def_module;  // where a method's body is checked (trait defaults)
  std::map<const tir::Function*, struct TraitInfo*> inherited;  // a trait default copied into this struct
  bool fieldwise_init = false;  // @fieldwise_init or @value
  bool value_decorator = false; // @value (legacy): also synthesizes copy and move
  bool defined = false;
  bool defining = false;  // its fields are being resolved (a field type reaching it again is a cycle)
  // Parametric structs: the generic StructInfo owns the parameter list and its
  // instances; each instance (and the generic itself, bound symbolically) has
  // an environment scope binding the parameters for its members.
  std::vector<ParamDecl> params;
  std::unique_ptr<Scope> env;
  StructInfo* generic = nullptr;                    // an instance: the struct it instantiates
  std::vector<tir::ParamValue> args;                // an instance: its binding
  std::map<std::string, tir::Struct*> instances;    // the generic: instances by key
  std::vector<std::unique_ptr<tir::Struct>> owned;  // the generic: symbolic instances (never emitted)
};

struct TraitInfo {
  const ast::TraitDef* def = nullptr;
  tir::Trait* decl = nullptr;
  std::map<const tir::Function*, const ast::FunctionDef*> defaults;  // default bodies
  std::set<const tir::Function*> broken;  // defaults whose generic check failed (not re-checked per struct)
};

class Checker {
 public:
  Checker(SourceManager& sources, diag::DiagEngine& diags, const SemaOptions& options);
  std::unique_ptr<tir::Program> run(std::shared_ptr<ast::Module> root);

  // ---- modules.cpp
  ModuleInfo* load_module(std::shared_ptr<ast::Module> ast, const std::string& path);
  // report=false: return null without a diagnostic when no such module exists
  ModuleInfo* import_module(const std::vector<std::string>& dotted, Span span, const ModuleInfo& from,
                            bool report = true);
  ModuleInfo* builtin_module(const std::string& name);  // std.math and friends, declared in C++
  std::map<std::string, ModuleInfo*> builtin_modules;
  bool is_stdlib_module(const std::vector<std::string>& dotted) const;
  ModuleInfo* load_module_file(const std::string& dir, const std::filesystem::path& rel, bool& failed);
  // prelude.cpp: names in scope without an import (List, Dict, Optional, ...)
  const Symbol* prelude_symbol(const std::string& name);
  ModuleInfo* stdlib_module(const std::string& dotted);  // "collections.list", loaded once
  std::map<std::string, ModuleInfo*> prelude_cache;

  // ---- check_module.cpp
  void declare_module(ModuleInfo& m);
  void check_module_bodies(ModuleInfo& m);
  void order_structs(ModuleInfo& m);
  void check_import(ModuleInfo& m, const ast::ImportStmt& s);
  void check_from_import(ModuleInfo& m, const ast::FromImportStmt& s);

  // ---- check_function.cpp
  void declare_function(ModuleInfo& m, const ast::FunctionDef& def);
  void check_function_body(ModuleInfo& m, tir::Function& fn, const ast::FunctionDef& def);
  Type resolve_type(const ast::Expr& e);
  // The type of a stored value (field, variable, argument): not a literal type.
  Type storage_type(const ast::Expr& e);
  bool block_terminates(const tir::Block& b) const;

  // Signature of a function or method (self and lifecycle roles included).
  std::unique_ptr<tir::Function> build_signature(ModuleInfo& m, const ast::FunctionDef& def, tir::Struct* owner);
  void check_body(ModuleInfo& m, tir::Function& fn, const ast::FunctionDef& def);
  void check_fields_initialized(tir::Function& f, const ast::FunctionDef& def);
  void check_ctor_return(Span at);  // every field of `out self` must be set here
  std::set<int> uninit_fields;  // fields of `out self` not yet assigned (constructors)
  bool assigning_field = false;  // checking the target of `self.x = ...`
  bool field_base = false;       // checking the object of `x.field`
  bool in_place_op = false;      // checking the target of `x += ...`

  // ---- check_struct.cpp
  void declare_struct_name(ModuleInfo& m, const ast::StructDef& def);
  void define_struct(StructInfo& si);
  void define_struct_constant(StructInfo& si, const ast::ComptimeStmt& c);
  // struct constants that call functions, evaluated once the module's functions are declared
  std::vector<std::pair<StructInfo*, const ast::ComptimeStmt*>> deferred_members;
  void synthesize_members(StructInfo& si);
  bool needs_destroy(Type t) const;
  bool is_copyable(Type t) const;
  bool is_implicitly_copyable(Type t) const;
  bool is_movable(Type t) const;
  const std::vector<tir::Function*>* find_methods(Type t, const std::string& name) const;
  StructInfo* builtin_method_table(Type t);
  std::map<TypeKind, StructInfo*> builtin_tables;
  std::map<const tir::Struct*, std::unique_ptr<StructInfo>> struct_infos;
  StructInfo* cur_struct = nullptr;  // whose members are being declared or checked (Self)

  // ---- check_trait.cpp
  void declare_trait(ModuleInfo& m, const ast::TraitDef& def);
  void check_conformance(StructInfo& si);
  void synthesize_writable(StructInfo& si);
  const tir::Function* trait_method(const tir::Trait* t, const std::string& name) const;
  bool conforms(Type t, const tir::Trait* trait) const;
  std::map<const tir::Trait*, std::unique_ptr<TraitInfo>> trait_infos;
  Type trait_self = nullptr;  // `Self` while a trait's methods are declared
  // Writable, Sized, ...: process-lifetime objects (the typed tree points at their methods)
  static const tir::Trait* builtin_trait(const std::string& name);
  // A built-in trait as this file's edition knows it (Stringable and Representable are gone in 1.x).
  const tir::Trait* edition_trait(const std::string& name) const {
    if ((name == "Stringable" || name == "Representable") && mod && !mod->edition.legacy) return nullptr;
    return builtin_trait(name);
  }

  // ---- check_members.cpp: fields, methods, constructors
  tir::ExprPtr check_field(tir::ExprPtr obj, const ast::AttributeExpr& e);
  tir::ExprPtr construct(tir::Struct* s, const ast::CallExpr& e);
  tir::ExprPtr call_method(tir::ExprPtr receiver, const std::vector<tir::Function*>& set, const std::string& name,
                           const ast::CallExpr& e, Span name_span);
  // Calls `name` on a checked receiver with checked arguments (operators, len(), with).
  tir::ExprPtr call_dunder(tir::ExprPtr receiver, const std::string& name, std::vector<tir::ExprPtr> args, Span span);
  tir::ExprPtr struct_text(tir::ExprPtr v, Span span, bool for_print);
  tir::ExprPtr check_template_string(const ast::StringLitExpr& e);
  static tir::StmtPtr plain_block(Span span, tir::Block body);
  bool report_needs_import(const std::string& n, Span at);
  tir::ExprPtr slice_call(tir::ExprPtr obj, const ast::SliceExpr& s, Span span);
  tir::ExprPtr legacy_string_index(tir::ExprPtr s, const ast::SubscriptExpr& e);
  const ast::Expr* template_field(const ast::NameExpr& raw);  // String(x) / print(x)

  // ---- check_simd_types.cpp / check_simd_ops.cpp / check_simd_methods.cpp
  bool is_simd_name(const std::string& n) const;  // SIMD / Scalar (not shadowed)
  Type simd_type(const ast::SubscriptExpr& sub);
  tir::ExprPtr intrinsic(std::string callee, Type t, Span s, std::vector<tir::ExprPtr> xs,
                         const char* header = "mojo/simd/all.hpp");
  tir::ExprPtr symbolic_value(Type t, Span s);
  tir::ExprPtr simd_splat(tir::ExprPtr x, Type to);
  tir::ExprPtr simd_construct(Type t, const ast::CallExpr& e);
  int simd_conversion_cost(const tir::Expr& e, Type to) const;
  tir::ExprPtr simd_binary(ast::BinOp aop, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span);
  tir::ExprPtr simd_unary(ast::UnaryOp op, tir::ExprPtr x, Span span);
  tir::ExprPtr simd_compare(tir::OpKind op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span);
  tir::ExprPtr simd_index(tir::ExprPtr v, const ast::SubscriptExpr& e);
  tir::ExprPtr simd_lane_store(tir::ExprPtr v, tir::ExprPtr index, tir::ExprPtr value, Span span);
  // v.method(args) / v.method[params](args) on a SIMD value or a scalar; null: not a SIMD method
  tir::ExprPtr simd_method(tir::ExprPtr v, const ast::AttributeExpr& attr, const ast::CallExpr& e,
                           const std::vector<ast::Argument>* params);
  bool has_simd_method(const std::string& name) const;
  tir::ExprPtr dtype_method(tir::ExprPtr d, const ast::AttributeExpr& attr, const ast::CallExpr& e);
  tir::ExprPtr tile_call(const std::vector<const ast::Argument*>& pos, std::map<std::string, const ast::Argument*>& kw,
                         Span at, const ast::CallExpr& e);
  void bind_simd_params(const std::vector<ParamDecl>& ps, std::vector<std::optional<tir::ParamValue>>& b, const std::map<Type, Type>& subst, Span at);
  tir::ExprPtr algorithm_call(const std::string& what, const std::vector<ast::Argument>& params, Span at,
                              const ast::CallExpr& e);
  tir::ExprPtr target_query(const std::string& name, const ast::SubscriptExpr& callee, const ast::CallExpr& e);

  // ---- check_pointers.cpp
  bool is_pointer_name(const std::string& n) const;
  // check_bindings.cpp: @__cpp declarations bound to the C++ runtime
  bool read_cpp_binding(const ast::Decorator& d, std::string& name, std::string& include);
  void apply_cpp_binding(tir::Function& f, const ast::FunctionDef& def, const tir::Struct* owner);
  tir::ExprPtr check_conforms_to(const ast::CallExpr& e);
  void instantiate_key_hash(Type t, Span at);
  bool method_where_holds(const tir::Function& m, Span at, const std::string& name);
  Type pointer_type(const ast::SubscriptExpr& e);
  tir::ExprPtr pointer_alloc(Type elem, const ast::CallExpr& e);
  tir::ExprPtr check_parametric_call(const ast::SubscriptExpr& callee, const ast::CallExpr& e);
  tir::ExprPtr pointer_index(tir::ExprPtr p, const ast::SubscriptExpr& e);
  tir::ExprPtr pointer_method(tir::ExprPtr p, const ast::AttributeExpr& attr, const ast::CallExpr& e);
  // memcpy(dest=, src=, count=), memset(p, v, n), memset_zero(p, n) (and 1.2's unsafe_ forms)
  tir::ExprPtr memory_call(const std::string& name, const ast::CallExpr& e);
  tir::ExprPtr pointer_to_place(const ast::CallExpr& e);
  tir::ExprPtr stack_allocation(const ast::SubscriptExpr& callee, const ast::CallExpr& e);
  // p.load[width=8](i), p.store[...](...), p.bitcast[T](): null when not one of these
  tir::ExprPtr pointer_param_method(tir::ExprPtr p, const ast::AttributeExpr& attr,
                                    const std::vector<ast::Argument>& params, const ast::CallExpr& e);

  // ---- check_ownership.cpp
  // `e` is stored, passed owned or returned: a Copy of an lvalue (E0313 when
  // the type cannot be copied implicitly), a Move for `x^`, else e itself.
  tir::ExprPtr take(tir::ExprPtr e, Span span);
  tir::ExprPtr check_transfer(const ast::TransferExpr& e);
  // A read use of a struct rvalue with a destructor: bind it to a temporary.
  tir::ExprPtr borrow(tir::ExprPtr e);
  static bool is_lvalue(const tir::Expr& e);
  const tir::Local* root_local(const tir::Expr& e) const;
  bool is_mutable_place(const tir::Expr& e) const;
  std::map<const tir::Local*, Span> moved_at;  // locals whose value was transferred (uninit again)
  std::vector<std::unique_ptr<tir::Local>>* temp_owner = nullptr;

  // ---- lifetimes.cpp: ASAP destruction (inserts Destroy statements)
  void place_destructions(tir::Function& f);

  // ---- check_comptime.cpp
  tir::Global* check_comptime(const ast::ComptimeStmt& s, tir::Module* owner);
  // Folds e to a constant when it can be evaluated at compile time (calls
  // included); null when it depends on a symbolic parameter or on run-time
  // values.  `why`/`where` say why not (for E0701).
  tir::ExprPtr comptime_fold(const tir::ExprPtr& e, std::string* why = nullptr, Span* where = nullptr);
  static bool is_symbolic(const tir::Expr& e);  // mentions a ParamRef (generic code)
  // Checks f's body now if it was not yet (compile-time calls may reach a
  // function before pass 2 does); false when it has none or it failed.
  bool ensure_body(const tir::Function& f);
  std::set<const tir::Function*> checking_bodies;  // bodies ensure_body is checking (recursion guard)

  // ---- check_comptime_flow.cpp: comptime if/for, constrained, comptime assert
  void check_comptime_if(const ast::IfStmt& s, tir::Block& out);
  void check_comptime_for(const ast::ForStmt& s, tir::Block& out);
  // false: reported (or the condition did not check)
  bool check_constraint(const ast::Expr& cond, const ast::Expr* message, Span at, Span call_at, bool is_assert);
  void report_constraint(const std::string& msg, Span at, Span call_at);
  bool in_generic_body() const;  // checking a generic body symbolically
  tir::ExprPtr require_constant(const tir::ExprPtr& x, Span at, tir::ExprKind kind, const std::string& context,
                                const std::string& help);
  bool in_comptime_for = false;  // the innermost loop is an unrolled `comptime for`

  // ---- check_closures.cpp: nested functions, lambdas, function values and types
  enum class CaptureKind { Imm, Mut, Ref, Copy, Move, LegacyCopy };
  struct ClosureInfo {
    Scope* outer_scope = nullptr;
    const tir::Function* outer_fn = nullptr;  // the function the closure is defined in
    bool has_list = false;
    std::map<std::string, std::pair<CaptureKind, Span>> listed;
    std::optional<CaptureKind> default_kind;
    bool parameter = false;    // @parameter / @__parameter: every outer name by reference
    bool legacy_copy = false;  // a legacy nested fn: outer values copied where it is defined
    bool lambda = false;       // a lambda without a list: immutable references
    std::set<std::string> copy_capture;  // @__copy_capture(x)
    std::map<const tir::Local*, Symbol> alias;  // outer local → the closure's view of it
    std::vector<std::pair<tir::Local*, CaptureKind>> order;
    std::set<const tir::Local*> uninferred;     // captured without a convention (reported at first use)
  };
  std::map<const tir::Function*, ClosureInfo> closure_infos;
  std::map<const tir::Function*, Scope*> closure_parent;  // the scope a closure's body sees around it
  std::vector<std::shared_ptr<ast::FunctionDef>> lambda_defs;  // lambdas as nested defs
  tir::Block pending_stmts;  // declarations a statement's expressions need first (lambdas)
  // check_collection_literals.cpp
  struct Comprehension {
    const ast::Stmt* sink;                         // the placeholder innermost statement
    std::function<void(tir::Block&)> add_element;  // checks the element and adds it
  };
  std::vector<Comprehension*> comprehensions;
  tir::Block comprehension_decls;
  std::vector<ast::StmtPtr> synthetic_ast;  // comprehension loops: kept alive while the tree refers to them
  std::map<const tir::Expr*, const ast::Expr*> literal_sources;  // a literal's value ⟶ its source, for retyping
  std::map<const tir::Expr*, std::pair<std::size_t, std::size_t>> literal_pending;
  std::map<const tir::Expr*, Span> untyped_literals;  // `[]` / `{}` waiting for a type from their context
  void report_untyped_literals();
  Type stdlib_instance(const std::string& name, std::vector<tir::ParamValue> args, Span at);
  bool is_stdlib_collection(Type t, const char* name) const;
  Type join_elements(std::vector<tir::ExprPtr>& elems);
  tir::ExprPtr literal_call(Type coll, const char* marker, std::vector<tir::ExprPtr> elems, Span at);
  tir::Local* pending_collection(Type coll, const char* base, Span at);
  tir::ExprPtr sequence_literal(const ast::Expr& e, const std::vector<ast::ExprPtr>& elements, const char* name,
                                const char* marker, Type want);
  tir::ExprPtr check_list_literal(const ast::ListLitExpr& e, Type want);
  tir::ExprPtr check_set_literal(const ast::SetLitExpr& e, Type want);
  tir::ExprPtr check_dict_literal(const ast::DictLitExpr& e, Type want);
  tir::ExprPtr check_comprehension(const ast::ComprehensionExpr& e, Type want);
  tir::ExprPtr retype_literal(const tir::Expr& e, Type want);
  const tir::Function* implicit_init_for(const tir::Expr& e, Type to) const;
  // check_tuples.cpp
  bool is_tuple(Type t) const;
  Type tuple_type(const std::vector<Type>& elems, Span at);
  tir::ExprPtr check_tuple_literal(const ast::TupleExpr& e, Type want);
  tir::ExprPtr make_tuple(std::vector<tir::ExprPtr> elems, Span at);
  tir::ExprPtr tuple_item(tir::ExprPtr t, const ast::Expr& index, Span span);
  tir::Local* destructure(tir::ExprPtr value, std::size_t count, Span at, tir::Block& out);
  tir::ExprPtr element_of(tir::Local* tuple, std::size_t i, Span at);
  void check_var_destructure(const ast::VarStmt& s, tir::Block& out);
  void check_assign_destructure(const ast::TupleExpr& targets, const ast::Expr& value_ast, Span span, tir::Block& out);
  std::map<std::pair<Type, int>, tir::Function*> tuple_getters;  // owned by program->runtime_functions
  std::vector<ast::ExprPtr> synthetic_exprs;
  bool building_closure = false;
  void check_nested_def(const ast::FunctionDef& def, tir::Block& out);
  std::unique_ptr<tir::Function> build_closure(const ast::FunctionDef& def, ClosureInfo ci, Span at,
                                               const ast::FunctionDef* nested = nullptr);
  tir::ExprPtr check_lambda(const ast::LambdaExpr& e);
  std::shared_ptr<tir::ClosureExpr> closure_value(const tir::Function& cf, Type t, Span span);
  // ---- check_closure_params.cpp: closures with compile-time parameters
  struct GenericClosure {
    const ast::FunctionDef* def = nullptr;
    tir::Function* generic = nullptr;
    tir::ClosureExpr* value = nullptr;      // its declaration's value: instances are added to it
    tir::Function* outer = nullptr;
    ModuleInfo* module = nullptr;
    std::map<std::string, tir::Local*> instances;
  };
  std::map<const tir::Local*, GenericClosure> generic_closures;  // by the variable holding the closure
  std::deque<std::unique_ptr<Scope>> closure_envs;               // instances' bound parameters
  void remember_generic_closure(tir::Function& cf, const ast::FunctionDef& def, tir::VarDecl& decl);
  bool is_generic_closure(const tir::Expr& e) const;
  // The instance `body[4]` of the closure `var` holds (checked on first use); null: reported.
  tir::Local* closure_instance(const tir::Local* var, const std::vector<tir::ParamValue>& values, Span site);
  tir::Local* closure_instance(const tir::Local* var, std::initializer_list<long long> ints, Span site);
  // body[4](i): an explicit instance, called
  tir::ExprPtr call_closure_instance(const tir::Local* var, const ast::SubscriptExpr& callee, const ast::CallExpr& e);
  tir::StmtPtr closure_decl(std::unique_ptr<tir::Function> cf, const std::string& name, Span name_span, Span span,
                            tir::Function* outer);
  void read_capture_list(ClosureInfo& ci, const std::vector<ast::Capture>& caps);
  const Symbol* capture_symbol(const Symbol& outer, const std::string& name) const;
  bool check_capture_use(const tir::Local* l, const std::string& name, Span at);
  bool owns_local(const tir::Function& f, const tir::Local* l) const;
  Type function_type(const ast::FnTypeExpr& e);
  bool callable_matches(Type callable, Type want) const;
  tir::ExprPtr function_value(const tir::Function* f, Span span);
  tir::ExprPtr call_value(tir::ExprPtr callee, const ast::CallExpr& e, const std::string& name);

  // The per-function state, set aside while another body is checked
  // (a closure's, or one compile-time evaluation needs).
  struct FunctionState {
    ModuleInfo* mod = nullptr;
    tir::Function* fn = nullptr;
    Scope* scope = nullptr;
    int loop_depth = 0;
    std::vector<bool> raise_ctx;
    std::vector<const tir::Local*> handling;
    std::set<const tir::Local*> uninit;
    std::vector<const tir::Local*> hoisted;
    std::map<const tir::Local*, Span> moved_at;
    std::vector<std::unique_ptr<tir::Local>>* temp_owner = nullptr;
    std::set<int> uninit_fields;
    bool assigning_field = false, field_base = false, in_place_op = false, ref_result_call = false;
    bool in_comptime_for = false;
    std::vector<Span> call_parens;
    Span transfer_at;
    std::vector<Type> raise_types;
    StructInfo* cur_struct = nullptr;
    Type trait_self = nullptr;
    const tir::Function* checking_instance = nullptr;
    std::map<const tir::Function*, std::vector<std::optional<tir::ParamValue>>> explicit_params;
    tir::Block pending_stmts;
  };
  FunctionState suspend_function();
  void resume_function(FunctionState&& s);

  // ---- check_params.cpp: compile-time parameter lists and their bindings
  // Declares `[...]`; defines each name in `env` as it goes (later
  // parameters may use earlier ones), symbolically or, with `values`, bound.
  std::vector<ParamDecl> declare_params(const std::vector<ast::Param>& ps, Scope& env,
                                        const std::vector<tir::ParamValue>* values, bool& ok);
  void bind_param(Scope& env, const ParamDecl& p, const tir::ParamValue* value);
  // An explicit compile-time argument `f[3]` / `Box[Int]` for parameter p.
  std::optional<tir::ParamValue> param_argument(const ast::Expr& e, const ParamDecl& p, const std::string& what);
  std::optional<tir::ParamValue> function_argument(const ast::Expr& e, const ParamDecl& p, const std::string& what);
  using Binding = std::vector<std::optional<tir::ParamValue>>;
  // `f[Int, n=3]` / `Box[Int]`: binds the written arguments (positional ones
  // skip infer-only and keyword-only parameters).  false: reported.
  bool explicit_binding(const std::vector<ParamDecl>& ps, const std::vector<ast::Argument>& args, Binding& out,
                        const std::string& what, Span at);
  // Fills what is still unbound from the defaults; reports what cannot be
  // inferred.  Returns the complete list, or nullopt (reported).
  std::optional<std::vector<tir::ParamValue>> complete_binding(const std::vector<ParamDecl>& ps, Binding& b,
                                                               const std::string& what, Span at);
  Type struct_instance_type(StructInfo& g, const ast::SubscriptExpr& sub);
  static bool is_symbolic(const tir::ParamValue& v);
  static std::string param_display(const tir::ParamValue& v);   // "Int", "3", "True", "float32"
  static std::string param_key(const std::vector<tir::ParamValue>& vs);
  std::deque<std::unique_ptr<tir::Global>> param_globals;         // instances' value bindings
  bool binding_struct = false;  // binding a struct's parameters (diagnostics say so)
  bool declaring_params = false;  // inside a `[...]` parameter list (bare names of earlier parameters are fine)
  std::deque<std::vector<tir::Function*>> fn_sets;          // a function parameter's binding, as an overload set
  std::deque<std::unique_ptr<tir::Local>> param_locals;      // symbolic function parameters in generic code
  std::map<const tir::Function*, Type> closure_types;        // each closure's type
  std::vector<tir::ExprPtr> last_carriers;                   // instance_for_call: closures to pass along
  std::map<const tir::Local*, std::vector<const tir::Local*>> pack_elements;  // an instance's `args`: its arguments
  std::map<Type, std::vector<Type>> pack_types_binding;      // resolve_call → instance_for_call: `*Ts` inferred
  tir::ExprPtr pack_len(const tir::ExprPtr& pack, Span span);
  tir::ExprPtr pack_element(const tir::ExprPtr& pack, const ast::Expr& index, Span span);
  // `len(values)`, `values[i]` on a variadic compile-time parameter (nullptr: not one)
  tir::ExprPtr value_pack_len(const ast::Expr& e);
  tir::ExprPtr value_pack_element(const ast::SubscriptExpr& e);

  // ---- instantiate.cpp: instances of generic functions and structs
  // The instance of `g` for `values` (created once; its body is checked later).
  tir::Function* instantiate(tir::Function* g, const std::vector<tir::ParamValue>& values, Span site);
  // Box[Int]: the struct instance for `values` (symbolic values give an
  // unemitted instance used while checking generic code).
  Type instantiate_struct(StructInfo& g, const std::vector<tir::ParamValue>& values, Span site);
  void check_pending_instances();
  // `where` clauses: false when the binding violates g's clause (reported).
  bool check_where(const tir::Function& g, const std::vector<tir::ParamValue>& values, Span at, const std::string& name);
  bool where_holds(const ast::Expr& clause, const std::vector<ParamDecl>& ps, const std::vector<tir::ParamValue>& values,
                   Span at, const std::string& head, Span declared, const std::string& declared_what);
  const ast::FunctionDef* def_of(const tir::Function& f) const;
  // The function a call to generic `g` runs, once overload resolution picked
  // g and inferred `subst`: an instance, or g itself inside generic code.
  const tir::Function* instance_for_call(const tir::Function* g, std::map<Type, Type>& subst, const std::string& name,
                                         Span at, Span callee_at);
  // Notes naming the calls that instantiated the body being checked.
  void add_instance_notes(diag::Diagnostic& d);
  const tir::Function* checking_instance = nullptr;
  // The compile-time bindings a function's signature and body see.
  Scope* env_of(const tir::Function& f) const;
  std::map<const tir::Function*, std::unique_ptr<Scope>> env_scopes;
  std::map<const tir::Function*, std::vector<ParamDecl>> fn_params;
  struct InstanceSite {
    Span site;                            // the call that asked for it
    const tir::Function* from = nullptr;  // the function that call is in
  };
  std::map<const tir::Function*, InstanceSite> instance_sites;
  std::map<std::string, tir::Function*> function_instances;
  std::vector<tir::Function*> pending_instances;
  std::set<const tir::Function*> broken_generics;  // generic bodies that failed their own check
  const std::vector<tir::ParamValue>* binding_values = nullptr;  // build_signature: bind params to these
  // explicit `f[...]` arguments per candidate, while a parametric call resolves
  std::map<const tir::Function*, std::vector<std::optional<tir::ParamValue>>> explicit_params;

  // ---- check_stmt.cpp (dispatch) and one file per statement kind
  void check_block(const ast::Block& in, tir::Block& out);
  void check_stmt(const ast::Stmt& s, tir::Block& out);
  void check_var(const ast::VarStmt& s, tir::Block& out);           // check_var.cpp
  void check_assign(const ast::AssignStmt& s, tir::Block& out);     // check_assign.cpp
  void check_aug_assign(const ast::AugAssignStmt& s, tir::Block& out);
  tir::ExprPtr assign_target(const ast::Expr& t);
  bool check_setitem(const ast::SubscriptExpr& t, tir::ExprPtr value, Span span, tir::Block& out);
  void check_aug_setitem(tir::ExprPtr obj, const ast::SubscriptExpr& t, const ast::AugAssignStmt& s, tir::Block& out);
  void check_if(const ast::IfStmt& s, tir::Block& out);             // check_if.cpp
  void check_while(const ast::WhileStmt& s, tir::Block& out);       // check_loops.cpp
  void check_for(const ast::ForStmt& s, tir::Block& out);
  void iterate_container(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out, const ast::Expr* target = nullptr,
                         const ast::Expr* index = nullptr);
  void iterate_reversed(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out);
  void iterate_struct(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out);
  // Body and `else` of a while/for; bind_target declares the loop variable
  // inside the body's scope (empty for `while`).
  void check_loop_blocks(const ast::Block& body, const ast::Block& orelse, tir::Block& body_out,
                         tir::Block& orelse_out, const std::function<void()>& bind_target);
  void check_break_continue(const ast::Stmt& s, tir::Block& out);
  void check_return(const ast::ReturnStmt& s, tir::Block& out);     // check_return.cpp
  void check_raise(const ast::RaiseStmt& s, tir::Block& out);       // check_try.cpp
  void check_try(const ast::TryStmt& s, tir::Block& out);
  void check_with(const ast::WithStmt& s, tir::Block& out);         // check_with.cpp
  void check_with_items(const ast::WithStmt& s, std::size_t item, tir::Block& out);

  // ---- check_expr.cpp (dispatch) and one file per expression kind
  tir::ExprPtr check_expr(const ast::Expr& e);
  // check + materialize literal types (the value is stored or passed on)
  tir::ExprPtr check_value(const ast::Expr& e);
  tir::ExprPtr check_condition(const ast::Expr& e);
  tir::ExprPtr check_int_literal(const ast::IntLitExpr& e);         // check_literals.cpp
  tir::ExprPtr check_float_literal(const ast::FloatLitExpr& e);
  tir::ExprPtr check_string_literal(const ast::StringLitExpr& e);
  tir::ExprPtr check_name(const ast::NameExpr& e);                  // check_names.cpp
  tir::ExprPtr check_attribute_value(const ast::AttributeExpr& e);
  tir::ExprPtr struct_parameter(const StructInfo& info, const std::string& name, Span span);
  tir::ExprPtr check_unary(const ast::UnaryExpr& e);                // check_operators.cpp
  tir::ExprPtr check_binary(const ast::BinaryExpr& e);
  tir::ExprPtr binary_op(ast::BinOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span);
  tir::ExprPtr check_compare(const ast::CompareExpr& e);
  tir::ExprPtr check_conditional(const ast::ConditionalExpr& e);
  // check_dunders.cpp: operators on structs
  bool accepts(Type self_type, const std::string& name, const tir::Expr& arg) const;
  bool has_method(Type t, const std::string& name) const;
  bool declares(Type t, const char* builtin_trait_name) const;
  tir::ExprPtr struct_binary(ast::BinOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span);
  tir::ExprPtr struct_unary(ast::UnaryOp op, tir::ExprPtr x, Span span);
  tir::ExprPtr struct_compare(ast::CmpOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span);
  tir::ExprPtr check_subscript(const ast::SubscriptExpr& e);
  tir::ExprPtr check_call(const ast::CallExpr& e);                  // check_calls.cpp
  tir::ExprPtr check_call_inner(const ast::CallExpr& e);
  tir::ExprPtr call_overloads(const std::vector<tir::Function*>& fns, const std::string& name,
                              const ast::CallExpr& e);
  bool check_args(const ast::CallExpr& e, std::vector<ArgIn>& args);
  // Overload resolution and argument passing; `receiver` is the `self` of a method call.
  tir::ExprPtr resolve_call(const std::vector<tir::Function*>& fns, const std::string& name, std::vector<ArgIn> args,
                            tir::ExprPtr receiver, Span span, Span paren, bool is_init = false);
  // A type for diagnostics that shows a literal's value: 'FloatLiteral[1.5]'.
  std::string literal_display(const tir::Expr& e) const;
  // One argument passed by its parameter's convention (copy, move, borrow, mutable place).
  tir::ExprPtr pass_argument(tir::ExprPtr v, const tir::Local& param, Span at, const std::string& callee);
  tir::ExprPtr variadic_pack(const tir::Local& param, const std::vector<int>& rest, std::vector<ArgIn>& args,
                             const std::string& callee, Span span);
  void iterate_variadic(const ast::ForStmt& s, tir::ExprPtr seq, tir::Block& out);
  void iterate_kwargs(const ast::ForStmt& s, tir::ExprPtr opts, const std::string& which, tir::Block& out);
  tir::ExprPtr check_builtin_call(const std::string& name, const ast::CallExpr& e);  // builtins.cpp
  tir::ExprPtr check_method_call(const ast::AttributeExpr& callee, const ast::CallExpr& e);  // check_members.cpp
  tir::ExprPtr builtin_method_call(tir::ExprPtr obj, const ast::AttributeExpr& callee, const ast::CallExpr& e);
  bool require_writable(const tir::ExprPtr& v, Span at);

  // ---- check_conversions.cpp
  // Implicit conversion of `e` to `to`; reports E0401 (with `what` as context) and returns
  // an Invalid-typed expr on failure.
  tir::ExprPtr coerce(tir::ExprPtr e, Type to, const char* what = nullptr);
  // Cost of converting implicitly (0 exact, larger is worse), or -1 if impossible.
  int conversion_cost(const tir::Expr& e, Type to) const;
  tir::ExprPtr materialize(tir::ExprPtr e);
  tir::ExprPtr explicit_convert(tir::ExprPtr e, Type to, Span span);
  tir::ExprPtr invalid(Span s);
  // A string as a condition or Bool(s): true when it is not empty.
  tir::ExprPtr string_truth(tir::ExprPtr s, Span span);
  static const tir::Function* string_repeat_function();  // builtins.cpp

  // ---- scopes and locals
  void push_scope();
  void pop_scope();
  tir::Local* new_local(const std::string& name, Type t, Span span);
  const Symbol* lookup(const std::string& name) const;
  // Names whose declaration was rejected (already reported): later uses stay silent.
  static void poison(Scope& s, const std::string& name) {
    Symbol p;
    p.kind = Symbol::Kind::Poisoned;
    if (!name.empty() && !s.lookup_local(name)) s.define(name, p);
  }
  void poison_target(const ast::Expr& target) {
    Scope& s = scope ? *scope : mod->scope;
    if (target.kind == ast::ExprKind::Name) poison(s, target.as<ast::NameExpr>().name);
    if (target.kind == ast::ExprKind::Tuple)
      for (auto& e : target.as<ast::TupleExpr>().elements) poison_target(*e);
  }

  // ---- diagnostics helpers
  diag::Diagnostic& error(diag::Code c, Span s, std::string msg = {});
  diag::Diagnostic& unsupported(Span s, const std::string& what);
  Span point(std::uint32_t file, std::uint32_t offset) const;  // a 1-char span at a byte offset
  Span find_after(Span from, const std::string& text) const;    // first `text` at/after `from`
  Span find_before(Span value, const std::string& text) const;  // last `text` before `value`
  Span line_start(Span s) const;                                // column 1 of s's line
  Span call_paren(const ast::CallExpr& e) const;                // the '(' of a call
  Span arg_span(const ast::Argument& a) const;                  // keyword or value of an argument
  Span expr_loc(const ast::Expr& e) const;                      // a call's '(', a field's '.', else the start
  std::vector<Span> call_parens;  // the calls being checked, innermost last (where a use is reported)
  Span transfer_at;               // the '^' of the transfer being checked
  void mark_initialized(const tir::Local* l) { uninit.erase(l); }
  // Definite-initialization snapshots.  A legacy `def` may declare a variable
  // implicitly inside a block; it is hoisted to function scope (see
  // check_assign.cpp) and did not exist when earlier snapshots were taken, so
  // restoring a snapshot must count it as uninitialized at that point.
  struct InitState {
    std::set<const tir::Local*> uninit;
    std::size_t locals = 0;  // fn->locals.size() when taken
  };
  InitState init_state() const { return {uninit, fn ? fn->locals.size() : 0}; }
  std::set<const tir::Local*> as_of(const InitState& s) const {
    auto u = s.uninit;
    for (const tir::Local* l : hoisted)
      if (static_cast<std::size_t>(l->id) >= s.locals) u.insert(l);
    return u;
  }
  tir::Local* hoist_implicit(const std::string& name, Type t, Span span);  // check_assign.cpp
  bool can_raise() const;
  // `err`: the type raised (null: Error).  A try body catches one error type;
  // a function propagates only its own.
  void check_raise_allowed(Span at, bool is_call, Type err = nullptr);
  std::vector<Type> raise_types;
  bool ref_result_call = false;  // passing the arguments of a call with a `ref` result  // parallel to raise_ctx: the error type a catching try body raises

  // ---- state
  SourceManager& sources;
  diag::DiagEngine& diags;
  SemaOptions options;
  std::unique_ptr<tir::Program> program;
  std::vector<std::unique_ptr<ModuleInfo>> modules;
  std::map<std::string, ModuleInfo*> modules_by_path;

  ModuleInfo* mod = nullptr;         // module being checked
  tir::Function* fn = nullptr;       // function being checked (null at module level)
  Scope* scope = nullptr;            // innermost scope
  std::vector<std::unique_ptr<Scope>> scope_stack;
  int loop_depth = 0;
  // Raising contexts, innermost last: true = errors are caught here (try body).
  std::vector<bool> raise_ctx;
  std::vector<const tir::Local*> handling;  // errors being handled (for bare `raise`)
  std::set<const tir::Local*> uninit;      // declared without a value, not yet definitely assigned
  std::vector<const tir::Local*> hoisted;  // implicit declarations moved to function scope
};

std::string cmp_spelling(tir::OpKind k);
bool calls_something(const ast::Expr& e);  // check_module.cpp
// "add" for BinOp::Add: the stem of __add__, __radd__, __iadd__ (check_dunders.cpp)
const char* dunder_stem(ast::BinOp op);

}  // namespace mojoc::sema
