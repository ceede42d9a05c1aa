#include "sema/types.hpp"

#include <deque>
#include <map>

namespace mojoc::sema::types {

namespace {
const TypeInfo kTypes[] = {
    {TypeKind::Int, "Int", "mojo::Int", nullptr, {}, nullptr},
    {TypeKind::UInt, "UInt", "mojo::UInt", nullptr, {}, nullptr},
    {TypeKind::Int8, "Int8", "mojo::Int8", nullptr, {}, nullptr},
    {TypeKind::Int16, "Int16", "mojo::Int16", nullptr, {}, nullptr},
    {TypeKind::Int32, "Int32", "mojo::Int32", nullptr, {}, nullptr},
    {TypeKind::Int64, "Int64", "mojo::Int64", nullptr, {}, nullptr},
    {TypeKind::UInt8, "UInt8", "mojo::UInt8", nullptr, {}, nullptr},
    {TypeKind::UInt16, "UInt16", "mojo::UInt16", nullptr, {}, nullptr},
    {TypeKind::UInt32, "UInt32", "mojo::UInt32", nullptr, {}, nullptr},
    {TypeKind::UInt64, "UInt64", "mojo::UInt64", nullptr, {}, nullptr},
    {TypeKind::Bool, "Bool", "bool", nullptr, {}, nullptr},
    {TypeKind::Float32, "Float32", "float", nullptr, {}, nullptr},
    {TypeKind::Float64, "Float64", "double", nullptr, {}, nullptr},
    {TypeKind::String, "String", "mojo::String", nullptr, {}, nullptr},
    {TypeKind::StringLiteral, "StringLiteral", "mojo::StringLiteral", nullptr, {}, nullptr},
    {TypeKind::Error, "Error", "mojo::Error", nullptr, {}, nullptr},
    {TypeKind::NoneType, "NoneType", "void", nullptr, {}, nullptr},
    {TypeKind::DType, "DType", "mojo::StringLiteral", nullptr, {}, nullptr},
    {TypeKind::IntLiteral, "IntLiteral", "mojo::Int", nullptr, {}, nullptr},
    {TypeKind::FloatLiteral, "FloatLiteral", "double", nullptr, {}, nullptr},
    {TypeKind::Range, "range", "auto", nullptr, {}, nullptr},
    {TypeKind::Module, "module", "void", nullptr, {}, nullptr},
    {TypeKind::Function, "function", "void", nullptr, {}, nullptr},
    {TypeKind::Invalid, "<error>", "void", nullptr, {}, nullptr},
    {TypeKind::Struct, "<struct>", "void", nullptr, {}, nullptr},
    {TypeKind::TypeParam, "<param>", "void", nullptr, {}, nullptr},
    {TypeKind::Writer, "Writer", "mojo::Writer", nullptr, {}, nullptr},
    {TypeKind::Pointer, "<pointer>", "void", nullptr, {}, nullptr},
    {TypeKind::Closure, "<closure>", "auto", nullptr, {}, nullptr},
    {TypeKind::FnType, "<function>", "void", nullptr, {}, nullptr},
    {TypeKind::Variadic, "<variadic>", "void", nullptr, {}, nullptr},
    {TypeKind::Pack, "<pack>", "void", nullptr, {}, nullptr},
    {TypeKind::Kwargs, "<kwargs>", "void", nullptr, {}, nullptr},
    {TypeKind::KwEntry, "<kwentry>", "void", nullptr, {}, nullptr},
    {TypeKind::Simd, "<simd>", "void", nullptr, {}, nullptr},
};

// Names of user-defined types live as long as the process: types are
// compared by address and referenced from every typed tree.
const char* keep(const std::string& s) {
  static std::deque<std::string> pool;
  return pool.emplace_back(s).c_str();
}
}  // namespace

Type get(TypeKind k) { return &kTypes[static_cast<int>(k)]; }

bool is_integer(Type t) {
  switch (t->kind) {
    case TypeKind::Int: case TypeKind::UInt: case TypeKind::Int8: case TypeKind::Int16:
    case TypeKind::Int32: case TypeKind::Int64: case TypeKind::UInt8: case TypeKind::UInt16:
    case TypeKind::UInt32: case TypeKind::UInt64:
      return true;
    default:
      return false;
  }
}

bool is_signed_integer(Type t) {
  switch (t->kind) {
    case TypeKind::Int: case TypeKind::Int8: case TypeKind::Int16: case TypeKind::Int32:
    case TypeKind::Int64:
      return true;
    default:
      return false;
  }
}

bool is_float(Type t) { return t->kind == TypeKind::Float32 || t->kind == TypeKind::Float64; }
bool is_numeric(Type t) { return is_integer(t) || is_float(t); }
bool is_literal(Type t) {
  return t->kind == TypeKind::IntLiteral || t->kind == TypeKind::FloatLiteral ||
         t->kind == TypeKind::StringLiteral;
}
bool is_stringlike(Type t) { return t->kind == TypeKind::String || t->kind == TypeKind::StringLiteral; }

int bit_width(Type t) {
  switch (t->kind) {
    case TypeKind::Int8: case TypeKind::UInt8: return 8;
    case TypeKind::Int16: case TypeKind::UInt16: return 16;
    case TypeKind::Int32: case TypeKind::UInt32: case TypeKind::Float32: return 32;
    default: return 64;
  }
}

Type materialize(Type t) {
  switch (t->kind) {
    case TypeKind::IntLiteral: return int_();
    case TypeKind::FloatLiteral: return float64();
    case TypeKind::StringLiteral: return string();
    default: return t;
  }
}

Type by_name(const std::string& n) {
  if (n == "Int") return int_();
  if (n == "UInt") return uint();
  if (n == "Int8") return get(TypeKind::Int8);
  if (n == "Int16") return get(TypeKind::Int16);
  if (n == "Int32") return get(TypeKind::Int32);
  if (n == "Int64") return get(TypeKind::Int64);
  if (n == "UInt8") return get(TypeKind::UInt8);
  if (n == "UInt16") return get(TypeKind::UInt16);
  if (n == "UInt32") return get(TypeKind::UInt32);
  if (n == "UInt64") return get(TypeKind::UInt64);
  if (n == "Bool") return bool_();
  if (n == "Float32") return float32();
  if (n == "Float64") return float64();
  if (n == "String") return string();
  if (n == "StringLiteral") return string_literal();
  // views of a String's bytes are String values in mojoc (copies where Mojo borrows)
  if (n == "StringSlice" || n == "StaticString") return string();
  if (n == "Error") return error();
  if (n == "NoneType") return none();
  if (n == "DType") return dtype();
  if (n == "SIMDLength") return int_();  // Mojo 1.2's SIMD width type: an Int here
  if (n == "IntLiteral") return int_literal();
  if (n == "FloatLiteral") return float_literal();
  return nullptr;
}

std::string display(Type t) { return t->mojo_name; }

bool is_dtype_name(const std::string& n) {
  static const char* names[] = {"bool", "int", "uint", "uindex", "int8", "int16", "int32", "int64", "uint8", "uint16",
                                "uint32", "uint64", "float16", "bfloat16", "float32", "float64", "index",
                                "invalid", "int128", "uint128", "int256", "uint256"};
  for (const char* k : names)
    if (n == k) return true;
  return false;
}

Type make_struct(const std::string& mojo_name, const std::string& cpp_name, const tir::Struct* decl) {
  static std::deque<TypeInfo> pool;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Struct, keep(mojo_name), keep(cpp_name), nullptr, {}, nullptr});
  t.decl = decl;
  return &t;
}

Type pointer_to(Type elem) {
  static std::map<Type, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find(elem); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Pointer, keep("UnsafePointer[" + std::string(elem->mojo_name) + "]"),
                                           keep("<pointer>"), nullptr, {}, nullptr});
  t.elem = elem;
  made[elem] = &t;
  return &t;
}

Type variadic_of(Type elem, bool mut) {
  static std::map<std::pair<Type, bool>, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find({elem, mut}); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Variadic, keep("VariadicList[" + std::string(elem->mojo_name) + "]"),
                                           keep("<variadic>"), nullptr, {}, nullptr});
  t.elem = elem;
  t.thin = mut;
  made[{elem, mut}] = &t;
  return &t;
}

Type pack_of(Type elem) {
  static std::map<Type, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find(elem); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Pack, keep("*" + std::string(elem->mojo_name)), keep("<pack>"), nullptr, {}, nullptr});
  t.elem = elem;
  made[elem] = &t;
  return &t;
}

Type kwargs_of(Type elem) {
  static std::map<Type, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find(elem); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Kwargs, keep("OwnedKwargsDict[" + std::string(elem->mojo_name) + "]"),
                                           keep("<kwargs>"), nullptr, {}, nullptr});
  t.elem = elem;
  made[elem] = &t;
  return &t;
}

Type kw_entry_of(Type elem) {
  static std::map<Type, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find(elem); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::KwEntry, keep("DictEntry[String, " + std::string(elem->mojo_name) + "]"),
                                           keep("<kwentry>"), nullptr, {}, nullptr});
  t.elem = elem;
  made[elem] = &t;
  return &t;
}

Type closure_type(const tir::Function* fn, const std::string& shown) {
  static std::deque<TypeInfo> pool;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Closure, keep(shown), "auto", nullptr, {}, nullptr});
  t.fn = fn;
  return &t;
}

Type fn_type(const std::string& shown, const tir::Function* signature, bool thin, bool capturing) {
  static std::map<std::string, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find(shown); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::FnType, keep(shown), "void", nullptr, {}, nullptr});
  t.fn = signature;
  t.thin = thin;
  t.capturing = capturing;
  made[shown] = &t;
  return &t;
}

Type make_param(const std::string& name, std::vector<const tir::Trait*> bounds) {
  static std::deque<TypeInfo> pool;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::TypeParam, keep(name), keep(name), nullptr, {}, nullptr});
  t.bounds = std::move(bounds);
  return &t;
}


namespace {
struct DTypeRow {
  const char* name;
  TypeKind kind;
};
const DTypeRow kDTypes[] = {
    {"bool", TypeKind::Bool},     {"int8", TypeKind::Int8},       {"int16", TypeKind::Int16},
    {"int32", TypeKind::Int32},   {"int64", TypeKind::Int64},     {"uint8", TypeKind::UInt8},
    {"uint16", TypeKind::UInt16}, {"uint32", TypeKind::UInt32},   {"uint64", TypeKind::UInt64},
    {"int", TypeKind::Int},       {"uint", TypeKind::UInt},       // Mojo 1.2's names for Int's and UInt's lanes
    {"index", TypeKind::Int},     {"uindex", TypeKind::UInt},     {"float32", TypeKind::Float32},
    {"float64", TypeKind::Float64},
};
}  // namespace

Type scalar_of_dtype(const std::string& dtype) {
  for (auto& r : kDTypes)
    if (dtype == r.name) return get(r.kind);
  return nullptr;
}

std::string dtype_of(Type scalar) {
  for (auto& r : kDTypes)
    if (scalar->kind == r.kind) return r.name;
  return "";
}

Type simd_of(Type elem, int width) {
  if (width == 1) return elem;
  static std::map<std::pair<Type, int>, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  if (auto it = made.find({elem, width}); it != made.end()) return it->second;
  std::string shown = "SIMD[DType." + dtype_of(elem) + ", " + std::to_string(width) + "]";
  std::string cpp = std::string("mojo::SIMD<") + elem->cpp_name + ", " + std::to_string(width) + ">";
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Simd, keep(shown), keep(cpp), nullptr, {}, nullptr});
  t.elem = elem;
  t.width = width;
  made[{elem, width}] = &t;
  return &t;
}

Type simd_symbolic(Type elem, const std::string& dtype_param, int width, const std::string& width_param) {
  static std::map<std::string, TypeInfo*> made;
  static std::deque<TypeInfo> pool;
  std::string d = elem ? "DType." + dtype_of(elem) : dtype_param;
  std::string w = width ? std::to_string(width) : width_param.empty() ? "?" : width_param;
  std::string shown = "SIMD[" + d + ", " + w + "]";
  if (auto it = made.find(shown); it != made.end()) return it->second;
  TypeInfo& t = pool.emplace_back(TypeInfo{TypeKind::Simd, keep(shown), keep("void"), nullptr, {}, nullptr});
  t.elem = elem;
  t.width = width;
  t.dtype_param = elem ? nullptr : keep(dtype_param);
  t.width_param = width ? nullptr : keep(width_param);
  t.symbolic = true;
  made[shown] = &t;
  return &t;
}

}  // namespace mojoc::sema::types
