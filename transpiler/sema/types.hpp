// Types of the typed tree.
//
// A Type is a pointer to an interned, immutable TypeInfo, so types compare
// with `==`.  Builtin scalars are singletons (Type::int_(), ...); later kinds
// (structs, generic parameters, SIMD, List, ...) are allocated by a
// TypeTable owned by the tir::Program and are interned the same way.
//
// Compile-time literal types (IntLiteral, FloatLiteral, StringLiteral) exist
// as in Mojo: a literal keeps its literal type until something forces it to a
// runtime type ("materialization": IntLiteral→Int, FloatLiteral→Float64,
// StringLiteral→String), which sema makes explicit with a Convert node.
#pragma once

#include <string>
#include <vector>

namespace mojoc::tir {
struct Function;
struct Struct;
struct Trait;
}  // namespace mojoc::tir

namespace mojoc::sema {

enum class TypeKind {
  // run-time scalars
  Int, UInt, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64,
  Bool, Float32, Float64,
  // run-time others
  String, StringLiteral, Error, NoneType,
  DType,      // a dtype value (DType.float32); constants are StringConst holding the name
  // compile-time literal types
  IntLiteral, FloatLiteral,
  // sema-internal
  Range,     // result of range(...); only valid as a `for` iterable
  Module,    // a module name used as a value prefix (m.f)
  Function,  // a function/overload set name before it is called
  Invalid,   // error recovery: already diagnosed, suppresses cascades
  // user-defined (allocated by types::make_struct / make_param, not in get())
  Struct,     // a Mojo struct; TypeInfo::decl points at its tir::Struct
  TypeParam,  // a compile-time type parameter `T: Trait` inside generic code
  Writer,     // the `mut writer: Some[Writer]` argument of write_to
  Pointer,    // UnsafePointer[T] / Pointer[T, origin]: TypeInfo::elem is T
  Closure,    // one nested def or lambda: TypeInfo::fn is it (C++: a lambda, `auto`)
  FnType,     // `def(Int) thin -> Int`: TypeInfo::fn is a signature-only Function
  Variadic,   // `*values: T` inside its function: TypeInfo::elem is T (thin: `mut *values`)
  Pack,       // `*args: *Ts` in generic code: TypeInfo::elem is the element type parameter
  Kwargs,     // `var **opts: T`: TypeInfo::elem is T
  KwEntry,    // one `item` of `opts.items()`: `.key` (String) and `.value` (T = elem)
  Simd,       // SIMD[dtype, width], width > 1: elem is the lane's scalar type (Float32...).
              // Width 1 is the scalar type itself (Scalar[DType.float32] is Float32).
              // In generic code the dtype or width may be a parameter: `symbolic`.
};

struct TypeInfo {
  TypeKind kind;
  const char* mojo_name;  // as Mojo prints it in diagnostics
  const char* cpp_name;   // the C++ spelling in generated code
  const tir::Struct* decl = nullptr;              // Struct only
  std::vector<const tir::Trait*> bounds;          // TypeParam only: `T: A & B`
  const TypeInfo* elem = nullptr;                 // Pointer only: the pointee type
  const tir::Function* fn = nullptr;              // Closure: the closure; FnType: its signature
  bool thin = false;                              // FnType: a plain function pointer (no captures)
  bool capturing = false;                         // FnType: `capturing` (compile-time closures)
  bool escaping = false;                           // FnType: a legacy `escaping` closure value
  const TypeInfo* fn_bound = nullptr;             // TypeParam `F: def(Int) -> Int`: the function type
  int width = 0;                                  // Simd: the lane count (0 when symbolic)
  const char* dtype_param = nullptr;              // Simd symbolic: the DType parameter's name (elem unknown)
  const char* width_param = nullptr;              // Simd symbolic: the width parameter's name ("" = an expression)
  bool symbolic = false;                          // Simd: dtype or width is a compile-time parameter
};

using Type = const TypeInfo*;

namespace types {
Type get(TypeKind k);
inline Type int_() { return get(TypeKind::Int); }
inline Type uint() { return get(TypeKind::UInt); }
inline Type bool_() { return get(TypeKind::Bool); }
inline Type float64() { return get(TypeKind::Float64); }
inline Type float32() { return get(TypeKind::Float32); }
inline Type string() { return get(TypeKind::String); }
inline Type string_literal() { return get(TypeKind::StringLiteral); }
inline Type error() { return get(TypeKind::Error); }
inline Type none() { return get(TypeKind::NoneType); }
inline Type int_literal() { return get(TypeKind::IntLiteral); }
inline Type float_literal() { return get(TypeKind::FloatLiteral); }
inline Type invalid() { return get(TypeKind::Invalid); }
inline Type dtype() { return get(TypeKind::DType); }
// DType.<name> for the element types Mojo defines (bool, int8 ... float64, index).
bool is_dtype_name(const std::string& name);

bool is_integer(Type t);        // Int, UInt, Int8..UInt64 (not IntLiteral, not Bool)
bool is_signed_integer(Type t);
bool is_float(Type t);          // Float32, Float64
bool is_numeric(Type t);        // integer or float (run-time)
bool is_literal(Type t);        // IntLiteral, FloatLiteral, StringLiteral
bool is_stringlike(Type t);     // String, StringLiteral
int bit_width(Type t);          // integers and floats
// The run-time type a literal type becomes when stored (IntLiteral→Int, ...).
Type materialize(Type t);
// Looks a builtin type up by its Mojo name ("Int", "Float64", "Scalar"...).
Type by_name(const std::string& name);
std::string display(Type t);
// A new struct type (one per Mojo struct); cpp_name is its qualified C++ name.
Type make_struct(const std::string& mojo_name, const std::string& cpp_name, const tir::Struct* decl);
// A new type parameter of one generic function.
Type make_param(const std::string& name, std::vector<const tir::Trait*> bounds);
inline bool is_struct(Type t) { return t->kind == TypeKind::Struct; }
// The pointer type to `elem` (one per element type).
Type pointer_to(Type elem);
// The type of one closure (each nested def or lambda has its own).
Type closure_type(const tir::Function* fn, const std::string& shown);
// A function type, interned by its Mojo spelling (`def(Int) thin -> Int`).
Type fn_type(const std::string& shown, const tir::Function* signature, bool thin, bool capturing);
// The type of `*values: elem` (mutable elements for `mut *values`).
Type variadic_of(Type elem, bool mut);
// The type of `*args: *Ts` (one per element type parameter).
Type pack_of(Type elem);
// `var **opts: elem`, and the entries its items() yields.
Type kwargs_of(Type elem);
Type kw_entry_of(Type elem);
inline bool is_callable(Type t) { return t->kind == TypeKind::Closure || t->kind == TypeKind::FnType; }

// ---- SIMD (check_simd.cpp): SIMD[dt, 1] is the scalar itself.
// The scalar type of DType.<name> (bool, int8..uint64, index, uindex, float32, float64); null otherwise.
Type scalar_of_dtype(const std::string& dtype);
// The DType name of a scalar type ("float32"); "" if it is not a SIMD scalar.
std::string dtype_of(Type scalar);
// SIMD[dtype_of(elem), width]; elem itself when width == 1.
Type simd_of(Type elem, int width);
// SIMD[dt, w] in generic code: either part may be a parameter (elem null / width 0).
Type simd_symbolic(Type elem, const std::string& dtype_param, int width, const std::string& width_param);
inline bool is_simd(Type t) { return t->kind == TypeKind::Simd; }
// A value SIMD operations apply to: a SIMD vector, or a scalar of a dtype (Int, Float32, Bool...).
inline bool is_simd_like(Type t) { return is_simd(t) || !dtype_of(t).empty(); }
// The lane type (the scalar itself for a scalar) and the lane count (1 for a scalar).
inline Type lane_type(Type t) { return is_simd(t) ? t->elem : t; }
inline int lane_count(Type t) { return is_simd(t) ? t->width : 1; }
}  // namespace types

}  // namespace mojoc::sema
