// Statements.
//
//   VarDecl x: Int = v        ⟶ mojo::Int x = v;
//   ForRange i in (a, b, s)   ⟶ for (mojo::Int i : mojo::range(a, b, s)) { ... }
//   While/For with else       ⟶ loop; { else } brk_N:;   (break ⟶ goto brk_N)
//   Raise e                   ⟶ return e;  |  { caught_N = e; goto except_N; }
//   Try                       ⟶ labelled blocks, see try_stmt below
//   Return v (inside finally) ⟶ { auto ret_N = v; <finally bodies>; return ret_N; }
#include "emit/emitter.hpp"

namespace mojoc::emit {

namespace {
const char* kUnusedLabel = ": __attribute__((unused));";
}

void Emitter::out_line(const std::string& text) {
  buf.append(static_cast<std::size_t>(indent) * 4, ' ');
  buf += text;
  buf += '\n';
}

void Emitter::block(const tir::Block& b) {
  for (auto& s : b) stmt(*s);
}

void Emitter::raise_stmt(const std::string& err) {
  const RaiseTarget& t = raise_targets.back();
  if (!t.to_label) {
    // a typed error leaves through the tagged form (the result may have the same type)
    out_line(cur_fn && cur_fn->error_type ? "return mojo::raised(" + err + ");" : "return " + err + ";");
  } else if (!t.pending_flag.empty()) {
    out_line("{ " + t.err_var + " = " + err + "; goto " + t.label + "_raise; }");
  } else {
    out_line("{ " + t.err_var + " = " + err + "; goto " + t.label + "; }");
  }
}

// Emits the finally bodies of frames [down_to, top) innermost first, each in
// the raising context of its own try statement.
void Emitter::run_finallies(std::size_t down_to) {
  for (std::size_t i = finally_frames.size(); i > down_to; --i) {
    FinallyFrame frame = finally_frames[i - 1];
    auto saved_targets = raise_targets;
    auto saved_frames = finally_frames;
    auto saved_loops = loops;
    raise_targets = frame.raise_targets;
    finally_frames.resize(i - 1);
    loops.resize(frame.loop_depth);
    out_line("{");
    ++indent;
    block(*frame.body);
    --indent;
    out_line("}");
    raise_targets = saved_targets;
    finally_frames = saved_frames;
    loops = saved_loops;
  }
}

void Emitter::stmt(const tir::Stmt& s) {
  line(s.span);
  switch (s.kind) {
    case tir::StmtKind::Expr: {
      const tir::Expr& e = *s.as<tir::ExprStmt>().expr;
      // `_ = x` only marks a use of x (it keeps x alive up to here)
      if (e.kind == tir::ExprKind::LocalRef || e.kind == tir::ExprKind::FieldRef) out_line("(void)" + expr(e) + ";");
      else out_line(top(e) + ";");
      return;
    }
    case tir::StmtKind::Destroy:
      out_line(lifecycle_call("destroy", *s.as<tir::Destroy>().target) + ";");
      return;
    case tir::StmtKind::VarDecl: {
      auto& v = s.as<tir::VarDecl>();
      if (v.init && v.init->kind == tir::ExprKind::Closure && v.init->as<tir::ClosureExpr>().fn->is_generic) {
        // one lambda per instance of a closure with compile-time parameters
        for (auto& [local, inst] : v.init->as<tir::ClosureExpr>().instances)
          out_line((read_locals.count(local) ? "" : "[[maybe_unused]] ") + std::string("auto ") + local_name(*local) +
                   " = " + closure(*inst) + ";");
        return;
      }
      std::string attr = read_locals.count(v.local) ? "" : "[[maybe_unused]] ";
      std::string decl = attr + cpp_type(v.local->type) + " " + local_name(*v.local);
      if (v.local->is_ref)  // `ref r = place`: a C++ reference to the place
        decl = attr + (v.local->is_mutable ? "" : "const ") + cpp_type(v.local->type) + "& " + local_name(*v.local);
      if (v.init) out_line(decl + " = " + top(*v.init, true) + ";");
      else out_line(decl + "{};");
      return;
    }
    case tir::StmtKind::Assign: {
      auto& a = s.as<tir::Assign>();
      if (a.destroy_old) {
        // the new value first, then the old one dies, then the store
        std::string tmp = fresh("new");
        out_line("{");
        ++indent;
        out_line("auto " + tmp + " = " + top(*a.value, true) + ";");
        out_line(lifecycle_call("destroy", *a.target) + ";");
        out_line(expr(*a.target) + " = std::move(" + tmp + ");");
        --indent;
        out_line("}");
        return;
      }
      if (a.value->kind == tir::ExprKind::Then && a.value->type->kind == tir::TypeKind::Struct &&
          !a.value->type->decl->trivial_move) {
        // the new value waited in a temporary while the old one died: it moves in
        std::string tmp = fresh("new");
        out_line("{");
        ++indent;
        out_line("auto " + tmp + " = " + top(*a.value, true) + ";");
        out_line(expr(*a.target) + " = " + cpp_type(a.value->type) + "::m__moveinit__(" + tmp + ");");
        --indent;
        out_line("}");
        return;
      }
      out_line(expr(*a.target) + " = " + top(*a.value, true) + ";");
      return;
    }
    case tir::StmtKind::ConstDecl: {
      auto& c = *s.as<tir::ConstDecl>().constant;
      out_line("[[maybe_unused]] constexpr " + cpp_type(c.type) + " " + ident(c.name) + " = " +
               constant(*c.value, true) + ";");
      return;
    }
    case tir::StmtKind::If: {
      auto& i = s.as<tir::If>();
      if (i.plain_block) {
        out_line("{");
        ++indent;
        block(i.then);
        --indent;
        out_line("}");
        return;
      }
      out_line("if (" + top(*i.cond) + ") {");
      ++indent;
      block(i.then);
      --indent;
      const tir::If* cur = &i;
      // else: if ... chains print as `} else if (...) {`
      while (cur->orelse.size() == 1 && cur->orelse[0]->kind == tir::StmtKind::If) {
        cur = &cur->orelse[0]->as<tir::If>();
        out_line("} else if (" + top(*cur->cond) + ") {");
        ++indent;
        block(cur->then);
        --indent;
      }
      if (!cur->orelse.empty()) {
        out_line("} else {");
        ++indent;
        block(cur->orelse);
        --indent;
      }
      out_line("}");
      return;
    }
    case tir::StmtKind::While:
    case tir::StmtKind::ForRange: {
      const tir::Block* body;
      const tir::Block* orelse;
      std::string head;
      if (s.kind == tir::StmtKind::While) {
        auto& w = s.as<tir::While>();
        head = "while (" + top(*w.cond) + ") {";
        body = &w.body;
        orelse = &w.orelse;
      } else {
        auto& f = s.as<tir::ForRange>();
        std::string attr = read_locals.count(f.var) ? "" : "[[maybe_unused]] ";
        if (f.container) {
          // a runtime container: C++ range-for (by reference, or a copy of each element)
          std::string var = f.var->is_ref ? (f.var->is_mutable ? "auto& " : "const auto& ") : cpp_type(f.var->type) + " ";
          head = "for (" + attr + var + local_name(*f.var) + " : " + top(*f.container) + ") {";
          body = &f.body;
          orelse = &f.orelse;
        } else {
        // range() takes Int: literal bounds print bare; range(n) when it starts at 0
        bool from_zero = f.start->kind == tir::ExprKind::IntConst && f.start->as<tir::IntConst>().value == 0 &&
                         !f.start->as<tir::IntConst>().origin && !f.step;
        std::string range = "mojo::range(";
        if (!from_zero) range += top(*f.start, true) + ", ";
        range += top(*f.stop, true);
        if (f.step) range += ", " + top(*f.step, true);
        range += ")";
        head = "for (" + attr + "mojo::Int " + local_name(*f.var) + " : " + range + ") {";
        body = &f.body;
        orelse = &f.orelse;
        }
      }
      LoopFrame frame;
      frame.finally_depth = finally_frames.size();
      if (!orelse->empty()) frame.break_label = fresh("brk");
      out_line(head);
      ++indent;
      loops.push_back(frame);
      block(*body);
      loops.pop_back();
      --indent;
      out_line("}");
      if (!orelse->empty()) {
        out_line("{");
        ++indent;
        block(*orelse);
        --indent;
        out_line("}");
        out_line(frame.break_label + kUnusedLabel);
      }
      return;
    }
    case tir::StmtKind::Break:
    case tir::StmtKind::Continue: {
      const LoopFrame& l = loops.back();
      run_finallies(l.finally_depth);
      if (s.kind == tir::StmtKind::Continue) out_line("continue;");
      else if (!l.break_label.empty()) out_line("goto " + l.break_label + ";");
      else out_line("break;");
      return;
    }
    case tir::StmtKind::Return: {
      auto& r = s.as<tir::Return>();
      bool has_finally = !finally_frames.empty();
      if (!r.value) {
        block(r.cleanup);
        if (has_finally) run_finallies(0);
        out_line(is_constructor(*cur_fn) ? "return " + local_name(*cur_fn->self) + ";"
                 : cur_fn->out_result     ? "return " + local_name(*cur_fn->out_result) + ";"
                 : cur_fn->raises         ? "return {};"
                                          : "return;");
        return;
      }
      if (!r.cleanup.empty() && !has_finally) {
        // the result is computed before the values still alive die
        std::string tmp = fresh("ret");
        out_line("{");
        ++indent;
        out_line(cpp_type(r.value->type) + " " + tmp + " = " + top(*r.value, true) + ";");
        block(r.cleanup);
        out_line("return " + tmp + ";");
        --indent;
        out_line("}");
        return;
      }
      if (!has_finally) {
        // `return x^` of a local whose move runs no user code: C++ moves (or elides) it itself
        if (r.value->kind == tir::ExprKind::Move && r.value->as<tir::Move>().operand->kind == tir::ExprKind::LocalRef &&
            (r.value->type->kind != tir::TypeKind::Struct || r.value->type->decl->trivial_move)) {
          out_line("return " + expr(*r.value->as<tir::Move>().operand) + ";");
          return;
        }
        out_line("return " + top(*r.value, true) + ";");
        return;
      }
      std::string tmp = fresh("ret");
      out_line("{");
      ++indent;
      out_line(cpp_type(r.value->type) + " " + tmp + " = " + top(*r.value, true) + ";");
      block(r.cleanup);
      run_finallies(0);
      out_line("return " + tmp + ";");
      --indent;
      out_line("}");
      return;
    }
    case tir::StmtKind::Raise: {
      auto& r = s.as<tir::Raise>();
      if (r.cleanup.empty()) {
        raise_stmt(r.reraise ? local_name(*r.reraise) : top(*r.value));
        return;
      }
      // the error is computed before the values still alive die
      std::string tmp = fresh("raised");
      out_line("{");
      ++indent;
      out_line("auto " + tmp + " = " + (r.reraise ? local_name(*r.reraise) : top(*r.value)) + ";");
      block(r.cleanup);
      raise_stmt(tmp);
      --indent;
      out_line("}");
      return;
    }
    case tir::StmtKind::Try:
      try_stmt(s.as<tir::Try>());
      return;
  }
}

// try: A except e: B else: C finally: D   ⟶
//   {
//     mojo::Error caught_N;  bool pend_N = false;  mojo::Error perr_N;
//     { A  (failing calls: MOJO_TRY_OR_GOTO(..., caught_N, except_N))  goto else_N; }
//   except_N: { mojo::Error& e = caught_N; B }  goto fin_N;
//   else_N: { C }
//   fin_N: { D }
//   }
// Errors escaping B or C while a finally block is pending jump to fin_N_raise,
// which sets pend_N; after D they continue outward.  Empty parts are omitted.
void Emitter::try_stmt(const tir::Try& t) {
  std::string n = std::to_string(++counter);
  bool has_finally = !t.finalbody.empty();
  bool has_else = !t.orelse.empty();
  // Errors can only wait for the finally block when something outside can take them.
  bool outer_can_raise = raise_targets.back().to_label || cur_fn->raises;
  bool pending = has_finally && outer_can_raise;
  std::string caught = "caught_" + n, except_l = "except_" + n, else_l = "else_" + n, fin_l = "fin_" + n;
  std::string pend = "pend_" + n, perr = "perr_" + n;
  out_line("{");
  ++indent;
  // the caught value has the type the body raises (a struct for typed raises)
  std::string caught_type = t.error ? cpp_type(t.error->type) : "mojo::Error";
  if (t.has_handler) out_line(caught_type + " " + caught + ";");
  if (pending) {
    out_line("bool " + pend + " = false;");
    out_line((cur_fn->error_type ? cpp_type(cur_fn->error_type) : std::string("mojo::Error")) + " " + perr + ";");
  }
  RaiseTarget to_finally{true, perr, fin_l, pend};
  RaiseTarget after_body = pending ? to_finally : raise_targets.back();
  RaiseTarget body_target = t.has_handler ? RaiseTarget{true, caught, except_l, ""} : after_body;
  if (has_finally) finally_frames.push_back(FinallyFrame{&t.finalbody, raise_targets, loops.size()});
  bool need_fin_label = pending;

  out_line("{");
  ++indent;
  raise_targets.push_back(body_target);
  block(t.body);
  raise_targets.pop_back();
  if (t.has_handler) out_line("goto " + (has_else ? else_l : fin_l) + ";");
  need_fin_label |= t.has_handler && !has_else;
  --indent;
  out_line("}");

  raise_targets.push_back(after_body);
  if (t.has_handler) {
    out_line(except_l + kUnusedLabel);
    out_line("{");
    ++indent;
    if (t.error) {
      std::string attr = read_locals.count(t.error) ? "" : "[[maybe_unused]] ";
      out_line(attr + caught_type + "& " + local_name(*t.error) + " = " + caught + ";");
    }
    block(t.handler);
    --indent;
    out_line("}");
    if (has_else || pending) {
      out_line("goto " + fin_l + ";");
      need_fin_label = true;
    }
  }
  if (has_else) {
    if (t.has_handler) out_line(else_l + kUnusedLabel);
    out_line("{");
    ++indent;
    block(t.orelse);
    --indent;
    out_line("}");
  }
  raise_targets.pop_back();
  if (has_finally) finally_frames.pop_back();
  if (pending) {
    out_line("goto " + fin_l + ";");
    out_line(fin_l + "_raise" + kUnusedLabel);
    out_line(pend + " = true;");
  }
  if (need_fin_label) out_line(fin_l + kUnusedLabel);
  if (has_finally) {
    out_line("{");
    ++indent;
    block(t.finalbody);
    --indent;
    out_line("}");
    if (pending) {
      out_line("if (" + pend + ") {");
      ++indent;
      raise_stmt(perr);
      --indent;
      out_line("}");
    }
  }
  --indent;
  out_line("}");
}

}  // namespace mojoc::emit
