// ASAP destruction: every owned value with a destructor is destroyed right
// after its last use (DESIGN.md §5), never at the end of its scope.
//
//   var a = P(1)               VarDecl a = P(1)
//   var b = P(2)               VarDecl b = P(2)
//   print(a.x)         ⟶       Print(a.x); Destroy(a)        (a's last use)
//   use(b^)                    Call(use, [Move(b)])          (moved: never destroyed here)
//   if c:                      If c:
//       print(d.x)                 Print(d.x); Destroy(d)
//   else:                      else:
//       pass                       Destroy(d)               (dead on entry to this branch)
//   return r                   Return r, cleanup [Destroy(every value still alive)]
//
// Two passes over the typed tree of one function, after it was checked:
//  1. backward liveness: for each statement, the tracked locals still used
//     after it (loops iterate to a fixed point, `break` sees the loop's exit);
//  2. forward: the set of locals that hold a value ("alive") is followed
//     through the statements, and a Destroy is inserted as soon as an alive
//     local is not live any more: after a statement, at the top of a branch
//     that does not use it, before a jump.
// A destructor (`__del__`) additionally destroys the fields after its body.
//
// Granularity: a value dies after the *statement* holding its last use (and
// a temporary after the statement that created it).  An error propagating
// out of a call skips the destructors of the values alive at that point.
#include <functional>
#include <map>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
using LocalSet = std::set<const tir::Local*>;

struct Lifetimes {
  const Checker& c;
  tir::Function& fn;
  std::map<const tir::Stmt*, LocalSet> after;   // live after each statement
  std::map<const tir::Block*, LocalSet> entry;  // live on entry to each block
  std::vector<std::pair<LocalSet, LocalSet>> loop_live;  // (exit, head) of the loops being analysed

  bool tracked(const tir::Local* l) const {
    if (!c.needs_destroy(l->type)) return false;
    if (l == fn.self) return false;  // `out self` is the result; `deinit self` destroys its fields
    if (l->is_param) return l->convention == ast::Convention::Owned;
    return true;
  }

  // ---- uses
  void uses(const tir::Expr& e, LocalSet& out, LocalSet* moved = nullptr, LocalSet* temps = nullptr) const {
    using K = tir::ExprKind;
    switch (e.kind) {
      case K::LocalRef:
        if (tracked(e.as<tir::LocalRef>().local)) out.insert(e.as<tir::LocalRef>().local);
        break;
      case K::Call: for (auto& a : e.as<tir::Call>().args) uses(*a, out, moved, temps); break;
      case K::Op: for (auto& a : e.as<tir::Op>().operands) uses(*a, out, moved, temps); break;
      case K::Convert: uses(*e.as<tir::Convert>().operand, out, moved, temps); break;
      case K::Conditional: {
        auto& x = e.as<tir::Conditional>();
        uses(*x.cond, out, moved, temps);
        uses(*x.then, out, moved, temps);
        uses(*x.otherwise, out, moved, temps);
        break;
      }
      case K::CompareChain: for (auto& a : e.as<tir::CompareChain>().operands) uses(*a, out, moved, temps); break;
      case K::Print: {
        auto& p = e.as<tir::Print>();
        for (auto& a : p.values) uses(*a, out, moved, temps);
        if (p.sep) uses(*p.sep, out, moved, temps);
        if (p.end) uses(*p.end, out, moved, temps);
        if (p.flush) uses(*p.flush, out, moved, temps);
        break;
      }
      case K::FieldRef: uses(*e.as<tir::FieldRef>().object, out, moved, temps); break;
      case K::Copy: uses(*e.as<tir::Copy>().operand, out, moved, temps); break;
      case K::Move: {
        auto& op = *e.as<tir::Move>().operand;
        uses(op, out, moved, temps);
        if (moved && op.kind == K::LocalRef && tracked(op.as<tir::LocalRef>().local))
          moved->insert(op.as<tir::LocalRef>().local);
        break;
      }
      case K::TempRef: {
        auto& t = e.as<tir::TempRef>();
        uses(*t.init, out, moved, temps);
        if (temps && tracked(t.temp)) temps->insert(t.temp);
        break;
      }
      case K::WriteTo: uses(*e.as<tir::WriteTo>().value, out, moved, temps); break;
      default: break;
    }
  }

  // ---- pass 1: liveness
  LocalSet backward(const tir::Block& b, LocalSet live) {
    for (auto it = b.rbegin(); it != b.rend(); ++it) {
      after[it->get()] = live;
      live = stmt_in(**it, live);
    }
    entry[&b] = live;
    return live;
  }

  LocalSet stmt_in(const tir::Stmt& s, LocalSet live) {
    using K = tir::StmtKind;
    switch (s.kind) {
      case K::Expr: uses(*s.as<tir::ExprStmt>().expr, live); return live;
      case K::VarDecl: {
        auto& v = s.as<tir::VarDecl>();
        live.erase(v.local);
        if (v.init) uses(*v.init, live);
        return live;
      }
      case K::Assign: {
        auto& a = s.as<tir::Assign>();
        if (a.target->kind == tir::ExprKind::LocalRef) live.erase(a.target->as<tir::LocalRef>().local);
        else uses(*a.target, live);
        uses(*a.value, live);
        return live;
      }
      case K::Destroy: uses(*s.as<tir::Destroy>().target, live); return live;
      case K::Return: {
        LocalSet l;
        if (auto& v = s.as<tir::Return>().value) uses(*v, l);
        return l;
      }
      case K::Raise: {
        LocalSet l;
        if (auto& v = s.as<tir::Raise>().value) uses(*v, l);
        return l;
      }
      case K::Break: return loop_live.empty() ? live : loop_live.back().first;
      case K::Continue: return loop_live.empty() ? live : loop_live.back().second;
      case K::If: {
        auto& i = s.as<tir::If>();
        LocalSet l = backward(i.then, live);
        LocalSet e = backward(i.orelse, live);
        l.insert(e.begin(), e.end());
        uses(*i.cond, l);
        return l;
      }
      case K::While: {
        auto& w = s.as<tir::While>();
        LocalSet exit = backward(w.orelse, live);
        LocalSet head = exit;
        uses(*w.cond, head);
        for (int round = 0; round < 8; ++round) {
          loop_live.emplace_back(live, head);
          LocalSet body = backward(w.body, head);
          loop_live.pop_back();
          LocalSet next = exit;
          next.insert(body.begin(), body.end());
          uses(*w.cond, next);
          if (next == head) break;
          head = next;
        }
        return head;
      }
      case K::ForRange: {
        auto& f = s.as<tir::ForRange>();
        LocalSet exit = backward(f.orelse, live);
        LocalSet head = exit;
        for (int round = 0; round < 8; ++round) {
          loop_live.emplace_back(live, head);
          LocalSet body = backward(f.body, head);
          loop_live.pop_back();
          LocalSet next = exit;
          next.insert(body.begin(), body.end());
          if (next == head) break;
          head = next;
        }
        LocalSet in = head;
        uses(*f.start, in);
        uses(*f.stop, in);
        if (f.step) uses(*f.step, in);
        return in;
      }
      case K::Try: {
        auto& t = s.as<tir::Try>();
        LocalSet fin = backward(t.finalbody, live);
        LocalSet els = backward(t.orelse, fin);
        LocalSet handler = backward(t.handler, fin);
        LocalSet body_out = els;
        body_out.insert(handler.begin(), handler.end());
        LocalSet body = backward(t.body, body_out);
        // the handler may start anywhere in the body
        body.insert(handler.begin(), handler.end());
        return body;
      }
      case K::ConstDecl: return live;
    }
    return live;
  }

  // ---- pass 2: insert Destroy statements
  struct Frame {
    LocalSet entry_alive;  // alive when the loop (or try body) began
    bool is_loop;
    bool catches;          // a try with a handler: a raise inside jumps there
  };
  std::vector<Frame> frames;

  tir::StmtPtr destroy(const tir::Local* l, Span at) const {
    return std::make_unique<tir::Destroy>(at, std::make_shared<tir::LocalRef>(l, at));
  }

  // Destroys, in declaration order, the alive locals not in `keep`.
  void kill_except(LocalSet& alive, const LocalSet& keep, tir::Block& out, Span at) const {
    std::vector<const tir::Local*> dead;
    for (auto* l : alive)
      if (!keep.count(l)) dead.push_back(l);
    std::sort(dead.begin(), dead.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (auto* l : dead) {
      out.push_back(destroy(l, at));
      alive.erase(l);
    }
  }

  bool terminates(const tir::Block& b) const {
    if (b.empty()) return false;
    auto k = b.back()->kind;
    return k == tir::StmtKind::Return || k == tir::StmtKind::Raise || k == tir::StmtKind::Break ||
           k == tir::StmtKind::Continue;
  }

  void forward(tir::Block& b, LocalSet& alive) {
    tir::Block out;
    // values that are dead on entry (a branch that does not use them)
    Span top = b.empty() ? fn.span : b.front()->span;
    kill_except(alive, entry[&b], out, top);
    for (auto& sp : b) {
      tir::Stmt& s = *sp;
      using K = tir::StmtKind;
      LocalSet used, moved, temps;
      switch (s.kind) {
        case K::Expr: uses(*s.as<tir::ExprStmt>().expr, used, &moved, &temps); break;
        case K::VarDecl:
          if (auto& i = s.as<tir::VarDecl>().init) uses(*i, used, &moved, &temps);
          break;
        case K::Assign: {
          auto& a = s.as<tir::Assign>();
          uses(*a.value, used, &moved, &temps);
          if (a.target->kind == tir::ExprKind::LocalRef) {
            const tir::Local* l = a.target->as<tir::LocalRef>().local;
            if (tracked(l) && alive.count(l)) a.destroy_old = true;
          } else if (a.target->kind == tir::ExprKind::FieldRef && c.needs_destroy(a.target->type)) {
            // a field of a constructor's `out self` holds nothing yet
            const tir::Local* root = c.root_local(*a.target);
            bool building = root == fn.self && (fn.method_kind == tir::MethodKind::Init ||
                                                fn.method_kind == tir::MethodKind::Copy ||
                                                fn.method_kind == tir::MethodKind::Move);
            a.destroy_old = !building;
          }
          break;
        }
        case K::Destroy: {
          auto& t = *s.as<tir::Destroy>().target;
          if (t.kind == tir::ExprKind::LocalRef) moved.insert(t.as<tir::LocalRef>().local);
          break;
        }
        case K::If: {
          auto& i = s.as<tir::If>();
          uses(*i.cond, used, &moved, &temps);
          for (auto* l : moved) alive.erase(l);
          for (auto* l : temps) alive.insert(l);
          LocalSet a1 = alive, a2 = alive;
          forward(i.then, a1);
          forward(i.orelse, a2);
          bool t1 = terminates(i.then), t2 = terminates(i.orelse);
          alive.clear();
          if (!t1) alive.insert(a1.begin(), a1.end());
          if (!t2) alive.insert(a2.begin(), a2.end());
          moved.clear();
          temps.clear();
          break;
        }
        case K::While: {
          auto& w = s.as<tir::While>();
          frames.push_back({alive, true, false});
          LocalSet body = alive;
          forward(w.body, body);
          frames.pop_back();
          LocalSet els = alive;
          forward(w.orelse, els);
          alive = els;
          break;
        }
        case K::ForRange: {
          auto& f = s.as<tir::ForRange>();
          frames.push_back({alive, true, false});
          LocalSet body = alive;
          forward(f.body, body);
          frames.pop_back();
          LocalSet els = alive;
          forward(f.orelse, els);
          alive = els;
          break;
        }
        case K::Try: {
          auto& t = s.as<tir::Try>();
          frames.push_back({alive, false, t.has_handler});
          LocalSet body = alive;
          forward(t.body, body);
          frames.pop_back();
          LocalSet handler = alive;
          forward(t.handler, handler);
          LocalSet els = body;
          forward(t.orelse, els);
          LocalSet fin = els;
          fin.insert(handler.begin(), handler.end());
          forward(t.finalbody, fin);
          alive = fin;
          break;
        }
        case K::Return: {
          auto& r = s.as<tir::Return>();
          if (r.value) uses(*r.value, used, &moved, &temps);
          for (auto* l : moved) alive.erase(l);
          for (auto* l : temps) alive.insert(l);
          kill_except(alive, {}, r.cleanup, s.span);
          out.push_back(std::move(sp));
          field_cleanup(out, s.span, /*before_last=*/true);
          continue;
        }
        case K::Raise: {
          auto& r = s.as<tir::Raise>();
          if (r.value) uses(*r.value, used, &moved, &temps);
          for (auto* l : moved) alive.erase(l);
          for (auto* l : temps) alive.insert(l);
          // caught by an enclosing try: only the values of the try body die
          LocalSet keep;
          for (auto it = frames.rbegin(); it != frames.rend(); ++it)
            if (!it->is_loop && it->catches) {
              keep = it->entry_alive;
              break;
            }
          kill_except(alive, keep, r.cleanup, s.span);
          out.push_back(std::move(sp));
          continue;
        }
        case K::Break:
        case K::Continue: {
          // the values declared inside the loop die at the jump
          LocalSet keep;
          for (auto it = frames.rbegin(); it != frames.rend(); ++it)
            if (it->is_loop) {
              keep = it->entry_alive;
              break;
            }
          kill_except(alive, keep, out, s.span);
          out.push_back(std::move(sp));
          continue;
        }
        case K::ConstDecl: break;
      }
      for (auto* l : moved) alive.erase(l);
      for (auto* l : temps) alive.insert(l);
      if (s.kind == K::VarDecl && s.as<tir::VarDecl>().init && tracked(s.as<tir::VarDecl>().local))
        alive.insert(s.as<tir::VarDecl>().local);
      if (s.kind == K::Assign && s.as<tir::Assign>().target->kind == tir::ExprKind::LocalRef) {
        const tir::Local* l = s.as<tir::Assign>().target->as<tir::LocalRef>().local;
        if (tracked(l)) alive.insert(l);
      }
      Span at = s.span;
      const LocalSet& live = after[&s];
      out.push_back(std::move(sp));
      kill_except(alive, live, out, at);
    }
    b = std::move(out);
  }

  // A destructor destroys its fields after its own body (also on an early
  // return): Destroy(self.f) for each field with a destructor.
  void field_cleanup(tir::Block& out, Span at, bool before_last) const {
    if (fn.method_kind != tir::MethodKind::Del || !fn.owner) return;
    tir::Block extra;
    for (std::size_t i = 0; i < fn.owner->fields.size(); ++i) {
      const tir::Field& f = fn.owner->fields[i];
      if (!c.needs_destroy(f.type)) continue;
      auto ref = std::make_shared<tir::FieldRef>(f.type, at, std::make_shared<tir::LocalRef>(fn.self, at),
                                                 static_cast<int>(i));
      extra.push_back(std::make_unique<tir::Destroy>(at, ref));
    }
    if (extra.empty()) return;
    if (before_last) {
      // a `return` in a destructor: its cleanup list runs before the jump
      auto& r = out.back()->as<tir::Return>();
      for (auto& x : extra) r.cleanup.push_back(std::move(x));
      return;
    }
    for (auto& x : extra) out.push_back(std::move(x));
  }
};
}  // namespace

void Checker::place_destructions(tir::Function& f) {
  Lifetimes lt{*this, f, {}, {}, {}, {}};
  lt.backward(f.body, {});
  LocalSet alive;
  for (auto* p : f.params)
    if (lt.tracked(p)) alive.insert(p);
  lt.forward(f.body, alive);
  bool ends = !f.body.empty() && (f.body.back()->kind == tir::StmtKind::Return || f.body.back()->kind == tir::StmtKind::Raise);
  if (!ends) lt.field_cleanup(f.body, f.span, false);
}

}  // namespace mojoc::sema
