#include "syntax/ast_dump.hpp"

#include <fmt/format.h>

namespace mojoc::ast {
namespace {

std::string quote(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\t': o += "\\t"; break;
      case '\r': o += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) o += fmt::format("\\x{:02x}", c);
        else o += static_cast<char>(c);
    }
  }
  return o + "\"";
}

std::string u128(unsigned __int128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v) { s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10))); v /= 10; }
  return s;
}

std::string ex(const ExprPtr& e);
std::string param(const Param& p);

std::string list(const std::vector<ExprPtr>& v) {
  std::string o;
  for (auto& e : v) {  // appended piecewise: `" " + std::string&&` trips g++ 12 -Wrestrict
    o += ' ';
    o += ex(e);
  }
  return o;
}
std::string args(const std::vector<Argument>& v) {
  std::string o;
  for (auto& a : v) {
    if (!a.keyword.empty()) o += " (kw " + a.keyword + " " + ex(a.value) + ")";
    else if (a.star == Argument::Star::Single) o += " (* " + ex(a.value) + ")";
    else if (a.star == Argument::Star::Double) o += " (** " + ex(a.value) + ")";
    else o += " " + ex(a.value);
  }
  return o;
}
const char* conv_name(Convention c) {
  switch (c) {
    case Convention::Default: return "";
    case Convention::Read: return "read";
    case Convention::Mut: return "mut";
    case Convention::Owned: return "owned";
    case Convention::Out: return "out";
    case Convention::Ref: return "ref";
    case Convention::Deinit: return "deinit";
  }
  return "?";
}
std::string params(const std::vector<Param>& v) {
  std::string o = "(";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) o += ' ';
    o += param(v[i]);
  }
  return o + ")";
}
std::string param(const Param& p) {
  switch (p.kind) {
    case Param::Kind::KwOnlyMarker: return "*";
    case Param::Kind::PosOnlyMarker: return "/";
    case Param::Kind::InferOnlyMarker: return "//";
    default: break;
  }
  std::string o = "(";
  if (p.kind == Param::Kind::VarPositional) o += "*";
  if (p.kind == Param::Kind::VarKeyword) o += "**";
  if (p.convention != Convention::Default) {
    o += conv_name(p.convention);
    if (!p.ref_origins.empty()) o += "[" + list(p.ref_origins).substr(1) + "]";
    o += " ";
  }
  o += p.name.empty() ? "_" : p.name;
  if (p.type) o += " : " + ex(p.type);
  if (p.default_value) o += " = " + ex(p.default_value);
  return o + ")";
}
std::string comp_clauses(const std::vector<CompFor>& cs) {
  std::string o;
  for (auto& c : cs) {
    o += " (for " + ex(c.target) + " " + ex(c.iter);
    for (auto& i : c.conditions) o += " (if " + ex(i) + ")";
    o += ")";
  }
  return o;
}

std::string ex(const ExprPtr& p) {
  if (!p) return "<null>";
  const Expr& e = *p;
  switch (e.kind) {
    case ExprKind::Name: return e.as<NameExpr>().name;
    case ExprKind::IntLit: {
      auto& i = e.as<IntLitExpr>();
      if (i.overflow) return "(int-overflow " + i.text + ")";
      std::string v = u128(i.value);
      return v == i.text ? v : "(int " + i.text + " " + v + ")";
    }
    case ExprKind::FloatLit: return e.as<FloatLitExpr>().text;
    case ExprKind::StringLit: {
      auto& s = e.as<StringLitExpr>();
      if (!s.is_template) return quote(s.value);
      std::string o = "(tstr";
      for (std::size_t i = 0; i < s.literal_parts.size(); ++i) {
        o += " " + quote(s.literal_parts[i]);
        if (i < s.fields.size()) o += " {" + ex(s.fields[i]) + "}";
      }
      return o + ")";
    }
    case ExprKind::BoolLit: return e.as<BoolLitExpr>().value ? "True" : "False";
    case ExprKind::NoneLit: return "None";
    case ExprKind::Ellipsis: return "...";
    case ExprKind::Unary: {
      auto& u = e.as<UnaryExpr>();
      return fmt::format("({} {})", spelling(u.op), ex(u.operand));
    }
    case ExprKind::Binary: {
      auto& b = e.as<BinaryExpr>();
      return fmt::format("({} {} {})", spelling(b.op), ex(b.lhs), ex(b.rhs));
    }
    case ExprKind::Compare: {
      auto& c = e.as<CompareExpr>();
      if (c.ops.size() == 1)
        return fmt::format("({} {} {})", spelling(c.ops[0]), ex(c.operands[0]), ex(c.operands[1]));
      std::string o = "(cmp " + ex(c.operands[0]);
      for (std::size_t i = 0; i < c.ops.size(); ++i)
        o += std::string(" ") + spelling(c.ops[i]) + " " + ex(c.operands[i + 1]);
      return o + ")";
    }
    case ExprKind::Conditional: {
      auto& c = e.as<ConditionalExpr>();
      return fmt::format("(ifexp {} {} {})", ex(c.cond), ex(c.then), ex(c.otherwise));
    }
    case ExprKind::Call: {
      auto& c = e.as<CallExpr>();
      return "(call " + ex(c.callee) + args(c.args) + ")";
    }
    case ExprKind::Attribute: {
      auto& a = e.as<AttributeExpr>();
      return "(. " + ex(a.object) + " " + a.name + ")";
    }
    case ExprKind::Subscript: {
      auto& s = e.as<SubscriptExpr>();
      return "(sub " + ex(s.object) + args(s.indices) + ")";
    }
    case ExprKind::Slice: {
      auto& s = e.as<SliceExpr>();
      auto o = [](const ExprPtr& x) { return x ? ex(x) : std::string("_"); };
      return "(slice " + o(s.lower) + " " + o(s.upper) + " " + o(s.step) + ")";
    }
    case ExprKind::Tuple: return "(tuple" + list(e.as<TupleExpr>().elements) + ")";
    case ExprKind::ListLit: return "(list" + list(e.as<ListLitExpr>().elements) + ")";
    case ExprKind::SetLit: return "(set" + list(e.as<SetLitExpr>().elements) + ")";
    case ExprKind::DictLit: {
      auto& d = e.as<DictLitExpr>();
      std::string o = "(dict";
      for (std::size_t i = 0; i < d.keys.size(); ++i)
        o += " (" + ex(d.keys[i]) + " " + (i < d.values.size() ? ex(d.values[i]) : "<null>") + ")";
      return o + ")";
    }
    case ExprKind::Comprehension: {
      auto& c = e.as<ComprehensionExpr>();
      const char* k = c.comp == ComprehensionExpr::Kind::List ? "listcomp"
                      : c.comp == ComprehensionExpr::Kind::Set ? "setcomp"
                      : c.comp == ComprehensionExpr::Kind::Dict ? "dictcomp"
                                                                 : "genexp";
      std::string o = std::string("(") + k + " " + ex(c.element);
      if (c.comp == ComprehensionExpr::Kind::Dict) o += " " + ex(c.value);
      return o + comp_clauses(c.clauses) + ")";
    }
    case ExprKind::Lambda: {
      auto& l = e.as<LambdaExpr>();
      std::string o = "(lambda " + params(l.params);
      if (l.result_type) o += " -> " + ex(l.result_type);
      return o + " " + ex(l.body) + ")";
    }
    case ExprKind::Walrus: {
      auto& w = e.as<WalrusExpr>();
      return "(:= " + w.name + " " + ex(w.value) + ")";
    }
    case ExprKind::Transfer: return "(^ " + ex(e.as<TransferExpr>().operand) + ")";
    case ExprKind::Starred: {
      auto& s = e.as<StarredExpr>();
      return std::string(s.double_star ? "(** " : "(* ") + ex(s.operand) + ")";
    }
    case ExprKind::FnType: {
      auto& f = e.as<FnTypeExpr>();
      std::string o = "(fntype " + params(f.params);
      if (f.raises) o += " raises";
      if (f.capturing) o += " capturing";
      if (f.escaping) o += " escaping";
      if (f.result) o += " -> " + ex(f.result);
      return o + ")";
    }
    case ExprKind::RefType: {
      auto& r = e.as<RefTypeExpr>();
      return "(ref [" + (r.origins.empty() ? std::string() : list(r.origins).substr(1)) + "] " +
             ex(r.type) + ")";
    }
  }
  return "?";
}

struct Printer {
  std::string out;
  void line(int ind, const std::string& s) {
    out.append(static_cast<std::size_t>(ind) * 2, ' ');
    out += s;
    out += '\n';
  }
  void block(int ind, const Block& b) {
    for (auto& s : b) stmt(ind, s);
  }
  std::string decorators(const std::vector<Decorator>& ds) {
    std::string o;
    for (auto& d : ds) {
      o += '@';
      o += ex(d.expr);
      o += ' ';
    }
    return o;
  }
  void stmt(int ind, const StmtPtr& p) {
    if (!p) { line(ind, "<null>"); return; }
    const Stmt& s = *p;
    switch (s.kind) {
      case StmtKind::Expr: line(ind, "(expr " + ex(s.as<ExprStmt>().expr) + ")"); break;
      case StmtKind::Var: {
        auto& v = s.as<VarStmt>();
        const char* f = v.form == VarStmt::Form::Var ? "var"
                        : v.form == VarStmt::Form::Let ? "let"
                        : v.form == VarStmt::Form::Ref ? "ref"
                                                       : "decl";
        std::string o = std::string("(") + f + " " + ex(v.target);
        if (v.type) o += " : " + ex(v.type);
        if (v.value) o += " = " + ex(v.value);
        line(ind, o + ")");
        break;
      }
      case StmtKind::Assign: {
        auto& a = s.as<AssignStmt>();
        line(ind, "(=" + list(a.targets) + " " + ex(a.value) + ")");
        break;
      }
      case StmtKind::AugAssign: {
        auto& a = s.as<AugAssignStmt>();
        line(ind, fmt::format("({}= {} {})", spelling(a.op), ex(a.target), ex(a.value)));
        break;
      }
      case StmtKind::Pass: line(ind, "(pass)"); break;
      case StmtKind::Break: line(ind, "(break)"); break;
      case StmtKind::Continue: line(ind, "(continue)"); break;
      case StmtKind::Return: {
        auto& r = s.as<ReturnStmt>();
        line(ind, r.value ? "(return " + ex(r.value) + ")" : "(return)");
        break;
      }
      case StmtKind::Raise: {
        auto& r = s.as<RaiseStmt>();
        line(ind, r.value ? "(raise " + ex(r.value) + ")" : "(raise)");
        break;
      }
      case StmtKind::If: {
        auto& i = s.as<IfStmt>();
        line(ind, std::string("(") + (i.comptime ? "comptime-" : "") + (i.is_elif ? "elif " : "if ") +
                      ex(i.cond));
        block(ind + 1, i.then);
        if (!i.orelse.empty()) {
          if (i.orelse.size() == 1 && i.orelse[0]->kind == StmtKind::If &&
              i.orelse[0]->as<IfStmt>().is_elif) {
            stmt(ind, i.orelse[0]);
          } else {
            line(ind, "else");
            block(ind + 1, i.orelse);
          }
        }
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::While: {
        auto& w = s.as<WhileStmt>();
        line(ind, "(while " + ex(w.cond));
        block(ind + 1, w.body);
        if (!w.orelse.empty()) { line(ind, "else"); block(ind + 1, w.orelse); }
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::For: {
        auto& f = s.as<ForStmt>();
        std::string o = f.comptime ? "(comptime-for " : "(for ";
        if (f.unroll_factor) o += fmt::format("unroll={} ", *f.unroll_factor);
        if (f.binding == ForStmt::Binding::Ref) o += "ref ";
        if (f.binding == ForStmt::Binding::Var) o += "var ";
        line(ind, o + ex(f.target) + " in " + ex(f.iter));
        block(ind + 1, f.body);
        if (!f.orelse.empty()) { line(ind, "else"); block(ind + 1, f.orelse); }
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::Try: {
        auto& t = s.as<TryStmt>();
        line(ind, "(try");
        block(ind + 1, t.body);
        for (auto& h : t.handlers) {
          std::string o = "except";
          if (h.type) o += " " + ex(h.type);
          if (!h.name.empty()) o += " as " + h.name;
          line(ind, o);
          block(ind + 1, h.body);
        }
        if (!t.orelse.empty()) { line(ind, "else"); block(ind + 1, t.orelse); }
        if (!t.finalbody.empty()) { line(ind, "finally"); block(ind + 1, t.finalbody); }
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::With: {
        auto& w = s.as<WithStmt>();
        std::string o = "(with";
        for (auto& it : w.items) o += " (" + ex(it.context) + (it.target ? " as " + ex(it.target) : "") + ")";
        line(ind, o);
        block(ind + 1, w.body);
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::Function: {
        auto& f = s.as<FunctionDef>();
        std::string o = "(" + decorators(f.decorators) + (f.is_fn ? "fn " : "def ") + f.name;
        if (f.has_param_list) o += " [" + params(f.params) + "]";
        o += " " + params(f.args);
        if (f.has_capture_list) {
          o += " {";
          for (std::size_t i = 0; i < f.captures.size(); ++i) {
            auto& c = f.captures[i];
            if (i) o += " ";
            o += conv_name(c.convention);
            if (c.convention != Convention::Default && !c.name.empty()) o += " ";
            o += c.name + (c.transfer ? "^" : "");
          }
          o += "}";
        }
        if (f.raises) o += f.raises_type ? " raises " + ex(f.raises_type) : " raises";
        if (f.capturing) o += " capturing";
        if (f.escaping) o += " escaping";
        if (f.result) o += " -> " + (f.result_name.empty() ? "" : "(out " + f.result_name + ") ") + ex(f.result);
        if (f.where_clause) o += " where " + ex(f.where_clause);
        line(ind, o);
        if (!f.docstring.empty()) line(ind + 1, "(doc " + quote(f.docstring) + ")");
        block(ind + 1, f.body);
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::Struct: {
        auto& st = s.as<StructDef>();
        std::string o = "(" + decorators(st.decorators) + "struct " + st.name;
        if (st.has_param_list) o += " [" + params(st.params) + "]";
        if (!st.traits.empty()) o += " (" + list(st.traits).substr(1) + ")";
        if (st.where_clause) o += " where " + ex(st.where_clause);
        line(ind, o);
        if (!st.docstring.empty()) line(ind + 1, "(doc " + quote(st.docstring) + ")");
        block(ind + 1, st.body);
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::Trait: {
        auto& t = s.as<TraitDef>();
        std::string o = "(" + decorators(t.decorators) + "trait " + t.name;
        if (!t.params.empty()) o += " [" + params(t.params) + "]";
        if (!t.bases.empty()) o += " (" + list(t.bases).substr(1) + ")";
        line(ind, o);
        if (!t.docstring.empty()) line(ind + 1, "(doc " + quote(t.docstring) + ")");
        block(ind + 1, t.body);
        out.insert(out.size() - 1, ")");
        break;
      }
      case StmtKind::Comptime: {
        auto& c = s.as<ComptimeStmt>();
        std::string o = std::string("(comptime ") + c.name;
        if (!c.params.empty()) o += " [" + params(c.params) + "]";
        if (c.type) o += " : " + ex(c.type);
        if (c.value) o += " = " + ex(c.value);
        line(ind, o + ")");
        break;
      }
      case StmtKind::Import: {
        auto& i = s.as<ImportStmt>();
        std::string m;
        for (std::size_t k = 0; k < i.module.size(); ++k) m += (k ? "." : "") + i.module[k];
        line(ind, "(import " + m + (i.alias.empty() ? "" : " as " + i.alias) + ")");
        break;
      }
      case StmtKind::FromImport: {
        auto& i = s.as<FromImportStmt>();
        std::string m(static_cast<std::size_t>(i.relative_level), '.');
        for (std::size_t k = 0; k < i.module.size(); ++k) m += (k ? "." : "") + i.module[k];
        std::string o = "(from " + m + " import";
        for (auto& n : i.names) o += " " + n.name + (n.alias.empty() ? "" : " as " + n.alias);
        line(ind, o + ")");
        break;
      }
      case StmtKind::Assert: {
        auto& a = s.as<AssertStmt>();
        line(ind, std::string(a.comptime ? "(comptime-assert " : "(assert ") + ex(a.cond) +
                      (a.message ? " " + ex(a.message) : "") + ")");
        break;
      }
      case StmtKind::Del: line(ind, "(del" + list(s.as<DelStmt>().targets) + ")"); break;
    }
  }
};

}  // namespace

std::string dump(const Expr& e) {
  // wrap without owning
  return ex(std::shared_ptr<Expr>(std::shared_ptr<Expr>(), const_cast<Expr*>(&e)));
}

std::string dump(const Stmt& s) {
  Printer p;
  p.stmt(0, std::shared_ptr<Stmt>(std::shared_ptr<Stmt>(), const_cast<Stmt*>(&s)));
  return p.out;
}

std::string dump(const Module& m) {
  Printer p;
  if (!m.docstring.empty()) p.line(0, "(doc " + quote(m.docstring) + ")");
  p.block(0, m.body);
  return p.out;
}

}  // namespace mojoc::ast
