// Functions: one C++ function per Mojo function.
//
//   def f(x: Int, mut y: Int, s: String) raises -> Int
//     ⟶ mojo::Raises<mojo::Int> f(mojo::Int x, mojo::Int& y, const mojo::String& s)
//   def main()  ⟶ void main()   (namespaced; the C++ ::main calls it via run_main)
#include "emit/emitter.hpp"

namespace mojoc::emit {

std::string Emitter::cpp_type(sema::Type t) const {
  if (t->kind == tir::TypeKind::IntLiteral) return "mojo::Int";
  if (t->kind == tir::TypeKind::FloatLiteral) return "double";
  return t->cpp_name;
}

std::string Emitter::result_type(const tir::Function& f) const {
  std::string r = cpp_type(f.result);
  if (f.raises) return "mojo::Raises<" + r + ">";
  return r;
}

std::string Emitter::signature(const tir::Function& f, bool definition) const {
  std::string s = result_type(f) + " " + ident(f.name) + "(";
  for (std::size_t i = 0; i < f.params.size(); ++i) {
    const tir::Local& p = *f.params[i];
    if (i) s += ", ";
    if (definition && !read_locals.count(&p)) s += "[[maybe_unused]] ";
    std::string t = cpp_type(p.type);
    bool scalar = p.type->kind != tir::TypeKind::String && p.type->kind != tir::TypeKind::Error;
    if (p.convention == ast::Convention::Mut) t += "&";
    else if (!scalar && !p.is_mutable) t = "const " + t + "&";
    s += t + " " + local_name(p);
    // The API header repeats Mojo's default values for C++ callers (generated
    // calls always pass every argument, so the .cpp never relies on them).
    if (!definition && cur_module == program.root && f.defaults[i]) s += " = " + constant(*f.defaults[i], false);
  }
  return s + ")";
}

namespace {
struct ReadCollector {
  std::set<const tir::Local*>& out;
  void expr(const tir::Expr& e) {
    switch (e.kind) {
      case tir::ExprKind::LocalRef: out.insert(e.as<tir::LocalRef>().local); break;
      case tir::ExprKind::Call: for (auto& a : e.as<tir::Call>().args) expr(*a); break;
      case tir::ExprKind::Op: for (auto& a : e.as<tir::Op>().operands) expr(*a); break;
      case tir::ExprKind::Convert: expr(*e.as<tir::Convert>().operand); break;
      case tir::ExprKind::Conditional: {
        auto& c = e.as<tir::Conditional>();
        expr(*c.cond); expr(*c.then); expr(*c.otherwise);
        break;
      }
      case tir::ExprKind::CompareChain: for (auto& a : e.as<tir::CompareChain>().operands) expr(*a); break;
      case tir::ExprKind::Print: {
        auto& p = e.as<tir::Print>();
        for (auto& a : p.values) expr(*a);
        if (p.sep) expr(*p.sep);
        if (p.end) expr(*p.end);
        if (p.flush) expr(*p.flush);
        break;
      }
      default: break;
    }
  }
  void block(const tir::Block& b) {
    for (auto& s : b) stmt(*s);
  }
  void stmt(const tir::Stmt& s) {
    switch (s.kind) {
      case tir::StmtKind::Expr: expr(*s.as<tir::ExprStmt>().expr); break;
      case tir::StmtKind::VarDecl: if (s.as<tir::VarDecl>().init) expr(*s.as<tir::VarDecl>().init); break;
      case tir::StmtKind::Assign: {
        auto& a = s.as<tir::Assign>();
        expr(*a.value);
        // assigning through a reference parameter is a use
        if (a.target->kind == tir::ExprKind::LocalRef && a.target->as<tir::LocalRef>().local->is_param) expr(*a.target);
        break;
      }
      case tir::StmtKind::If: {
        auto& i = s.as<tir::If>();
        expr(*i.cond); block(i.then); block(i.orelse);
        break;
      }
      case tir::StmtKind::While: {
        auto& w = s.as<tir::While>();
        expr(*w.cond); block(w.body); block(w.orelse);
        break;
      }
      case tir::StmtKind::ForRange: {
        auto& f = s.as<tir::ForRange>();
        expr(*f.start); expr(*f.stop);
        if (f.step) expr(*f.step);
        block(f.body); block(f.orelse);
        break;
      }
      case tir::StmtKind::Return: if (s.as<tir::Return>().value) expr(*s.as<tir::Return>().value); break;
      case tir::StmtKind::Raise: {
        auto& r = s.as<tir::Raise>();
        if (r.value) expr(*r.value);
        if (r.reraise) out.insert(r.reraise);
        break;
      }
      case tir::StmtKind::Try: {
        auto& t = s.as<tir::Try>();
        block(t.body); block(t.handler); block(t.orelse); block(t.finalbody);
        break;
      }
      default: break;
    }
  }
};

bool ends_in_jump(const tir::Block& b) {
  if (b.empty()) return false;
  auto k = b.back()->kind;
  return k == tir::StmtKind::Return || k == tir::StmtKind::Raise;
}
}  // namespace

void Emitter::collect_reads(const tir::Block& b) { ReadCollector{read_locals}.block(b); }
void Emitter::collect_reads(const tir::Expr& e) { ReadCollector{read_locals}.expr(e); }

void Emitter::function(const tir::Function& f) {
  cur_fn = &f;
  read_locals.clear();
  local_names.clear();
  counter = 0;
  collect_reads(f.body);
  for (auto& l : f.locals) local_names.insert(local_name(*l));
  raise_targets.clear();
  raise_targets.push_back(RaiseTarget{});
  finally_frames.clear();
  loops.clear();
  line(f.span);
  out_line(signature(f, true) + " {");
  ++indent;
  block(f.body);
  if (!ends_in_jump(f.body)) {
    if (f.result->kind != tir::TypeKind::NoneType) out_line("__builtin_unreachable();");
    else if (f.raises) out_line("return {};");
  }
  --indent;
  out_line("}");
  cur_fn = nullptr;
}

}  // namespace mojoc::emit
