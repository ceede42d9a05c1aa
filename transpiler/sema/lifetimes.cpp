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
//  1. backward liveness: for each statement, the tracked values still used
//     after it (loops iterate to a fixed point, `break` sees the loop's exit);
//  2. forward: the set of values that hold something ("alive") is followed
//     through the statements, and a Destroy is placed as soon as an alive
//     value is not live any more: inside the statement where Mojo's borrow of
//     it ends (a Then node: `print(a.x + 1)` loads a.x, then a dies), else
//     after the statement, at the top of a branch that does not use it, or
//     before a jump (Return/Raise cleanup, a raising call's on_error list).
// A copy at a value's last use becomes a move.  Fields are tracked one by one
// where Mojo does so: in a destructor (`deinit self`), in a move
// constructor's source and in a `mut self` method, so an unread field dies
// before the body and an overwritten field at its last read.
// Values that die at the same point die newest first (Mojo 1.x) or in the
// order of their last uses (Mojo 0.25); fields in declaration order.

#include <functional>
#include <map>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
using LocalSet = std::set<const tir::Local*>;

struct Lifetimes {
  Lifetimes(const Checker& checker, tir::Function& f, bool old) : c(checker), fn(f), legacy(old) {}
  const Checker& c;
  tir::Function& fn;
  bool legacy;
  std::map<const tir::Stmt*, LocalSet> after;   // live after each statement
  std::map<const tir::Block*, LocalSet> entry;  // live on entry to each block
  std::vector<std::pair<LocalSet, LocalSet>> loop_live;  // (exit, head) of the loops being analysed

  // Fields tracked one by one, as Mojo destroys them individually: those
  // with destructors of `deinit self`, of `mut self` (their old values die
  // at their last use before being overwritten) and of a move constructor's
  // source.  Each is a synthetic local standing for `root.field`.
  std::map<const tir::Local*, std::pair<const tir::Local*, int>> field_places;
  std::map<std::pair<const tir::Local*, int>, const tir::Local*> place_of;
  std::vector<std::unique_ptr<tir::Local>> synthetic;
  LocalSet exit_live;  // live when the function returns: a `mut self`'s fields belong to the caller
  LocalSet built;      // a constructor's fields: kept on return, destroyed when an error leaves
  LocalSet error_keep() const {
    LocalSet k;
    for (auto* l : exit_live)
      if (!built.count(l)) k.insert(l);
    return k;
  }

  void add_field_places(const tir::Local* root) {
    if (!root || root->type->kind != TypeKind::Struct) return;
    const tir::Struct& st = *root->type->decl;
    for (std::size_t i = 0; i < st.fields.size(); ++i) {
      if (!c.needs_destroy(st.fields[i].type)) continue;
      auto l = std::make_unique<tir::Local>();
      l->name = root->name + "." + st.fields[i].name;
      l->type = st.fields[i].type;
      l->span = st.fields[i].span;
      l->id = -1 - static_cast<int>(i);  // negative: fields die in declaration order
      field_places[l.get()] = {root, static_cast<int>(i)};
      place_of[{root, static_cast<int>(i)}] = l.get();
      synthetic.push_back(std::move(l));
    }
  }
  const tir::Local* place(const tir::Expr& e) const {
    if (e.kind != tir::ExprKind::FieldRef) return nullptr;
    auto& f = e.as<tir::FieldRef>();
    if (f.object->kind != tir::ExprKind::LocalRef) return nullptr;
    auto it = place_of.find({f.object->as<tir::LocalRef>().local, f.index});
    return it == place_of.end() ? nullptr : it->second;
  }

  // Owned values of struct type: their last use may turn a copy into a move.
  bool candidate(const tir::Local* l) const {
    if (field_places.count(l)) return true;
    if (l->is_ref) return false;  // a ref binding owns nothing
    if (l->captured) return false;  // a closure's view of an outer value: the outer function owns it
    if (l->type->kind != TypeKind::Struct && l->type->kind != TypeKind::TypeParam) return false;
    if (l == fn.self || l == fn.out_result) return false;  // results; `deinit self` destroys its fields
    // a move constructor's source is consumed field by field, never destroyed whole
    if (l->is_param && fn.method_kind == tir::MethodKind::Move) return false;
    if (l->is_param) return l->convention == ast::Convention::Owned;
    return true;
  }
  // Candidates whose destruction runs user code: they get Destroy statements.
  bool tracked(const tir::Local* l) const { return candidate(l) && c.needs_destroy(l->type); }

  // A copy of a value at its last use is a move (Mojo never copies a value
  // that dies right after); a move into an owned argument runs no move
  // constructor at all.  Only when the statement names the value once.
  void last_use_moves(tir::ExprPtr& e, const LocalSet& live_after, const std::map<const tir::Local*, int>& refs) {
    using K = tir::ExprKind;
    switch (e->kind) {
      case K::Copy: {
        auto& cp = e->as<tir::Copy>();
        if (cp.operand->kind == K::LocalRef && !cp.is_explicit) {
          const tir::Local* l = cp.operand->as<tir::LocalRef>().local;
          auto it = refs.find(l);
          if (candidate(l) && !live_after.count(l) && it != refs.end() && it->second == 1) {
            auto m = std::make_shared<tir::Move>(e->span, cp.operand);
            m->elide = cp.to_argument;
            e = m;
            moved_by_last_use.insert(l);
            return;
          }
        }
        last_use_moves(cp.operand, live_after, refs);
        return;
      }
      case K::Call: for (auto& a : e->as<tir::Call>().args) last_use_moves(a, live_after, refs); return;
      case K::Op: for (auto& a : e->as<tir::Op>().operands) last_use_moves(a, live_after, refs); return;
      case K::Convert: last_use_moves(e->as<tir::Convert>().operand, live_after, refs); return;
      case K::Print: for (auto& a : e->as<tir::Print>().values) last_use_moves(a, live_after, refs); return;
      case K::FieldRef: last_use_moves(e->as<tir::FieldRef>().object, live_after, refs); return;
      case K::TempRef: last_use_moves(e->as<tir::TempRef>().init, live_after, refs); return;
      case K::WriteTo: last_use_moves(e->as<tir::WriteTo>().value, live_after, refs); return;
      case K::Deref:
        last_use_moves(e->as<tir::Deref>().pointer, live_after, refs);
        last_use_moves(e->as<tir::Deref>().index, live_after, refs);
        return;
      case K::Conditional: {
        auto& c2 = e->as<tir::Conditional>();
        last_use_moves(c2.cond, live_after, refs);
        last_use_moves(c2.then, live_after, refs);
        last_use_moves(c2.otherwise, live_after, refs);
        return;
      }
      default: return;
    }
  }
  void count_refs(const tir::Expr& e, std::map<const tir::Local*, int>& refs) const {
    if (e.kind == tir::ExprKind::LocalRef) ++refs[e.as<tir::LocalRef>().local];
    tir::for_each_child(const_cast<tir::Expr&>(e), [&](tir::ExprPtr& x) { count_refs(*x, refs); });
  }
  LocalSet moved_by_last_use;

  // ---- uses
  void uses(const tir::Expr& e, LocalSet& out, LocalSet* moved = nullptr, LocalSet* temps = nullptr) const {
    using K = tir::ExprKind;
    switch (e.kind) {
      case K::LocalRef: {
        const tir::Local* l = e.as<tir::LocalRef>().local;
        if (candidate(l)) out.insert(l);
        if (l->ref_root && candidate(l->ref_root)) out.insert(l->ref_root);  // a use through a ref keeps its root alive
        if (l->type->kind == TypeKind::Closure)  // a closure in use keeps what it references alive
          for (const tir::Local* r : l->type->fn->captured_refs)
            if (candidate(r)) out.insert(r);
        for (auto& [synth, where] : field_places)  // the whole value: every tracked field
          if (where.first == l) out.insert(synth);
        break;
      }
      case K::Call:
        if (auto& cv = e.as<tir::Call>().callee_value) uses(*cv, out, moved, temps);
        for (auto& a : e.as<tir::Call>().args) uses(*a, out, moved, temps);
        break;
      case K::Closure:
        for (auto& c : e.as<tir::ClosureExpr>().copies) uses(*c.init, out, moved, temps);
        for (auto& inst : e.as<tir::ClosureExpr>().instances) uses(*inst.second, out, moved, temps);
        break;
      case K::VariadicPack:
        for (auto& x : e.as<tir::VariadicPack>().elements) uses(*x, out, moved, temps);
        break;
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
      case K::FieldRef:
        if (const tir::Local* p = place(e)) out.insert(p);
        else uses(*e.as<tir::FieldRef>().object, out, moved, temps);
        break;
      case K::Copy: uses(*e.as<tir::Copy>().operand, out, moved, temps); break;
      case K::Move: {
        auto& op = *e.as<tir::Move>().operand;
        uses(op, out, moved, temps);
        if (const tir::Local* p = place(op); p && moved) moved->insert(p);
        if (moved && op.kind == K::LocalRef && candidate(op.as<tir::LocalRef>().local))
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
      case K::Then: uses(*e.as<tir::Then>().value, out, moved, temps); break;
      case K::Deref:
        uses(*e.as<tir::Deref>().pointer, out, moved, temps);
        uses(*e.as<tir::Deref>().index, out, moved, temps);
        break;
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
        else if (const tir::Local* p = place(*a.target)) live.erase(p);
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
        LocalSet e = i.plain_block ? LocalSet{} : backward(i.orelse, live);
        l.insert(e.begin(), e.end());
        uses(*i.cond, l);
        return l;
      }
      case K::While:
      case K::ForRange: {
        // the loop head: what the condition, the body or the exit needs
        // (to a fixed point: the body's needs flow back to its start)
        bool w = s.kind == K::While;
        const tir::Block& body_b = w ? s.as<tir::While>().body : s.as<tir::ForRange>().body;
        const tir::Block& else_b = w ? s.as<tir::While>().orelse : s.as<tir::ForRange>().orelse;
        LocalSet exit = backward(else_b, live);
        LocalSet head = exit;
        if (w) uses(*s.as<tir::While>().cond, head);
        // a container being iterated stays alive through the whole loop
        const tir::Expr* container = w ? nullptr : s.as<tir::ForRange>().container.get();
        if (container) uses(*container, head);
        for (int round = 0; round < 8; ++round) {
          loop_live.emplace_back(live, head);
          LocalSet body = backward(body_b, head);
          loop_live.pop_back();
          LocalSet next = exit;
          next.insert(body.begin(), body.end());
          if (w) uses(*s.as<tir::While>().cond, next);
          if (container) uses(*container, next);
          if (next == head) break;
          head = next;
        }
        if (w) return head;
        auto& f = s.as<tir::ForRange>();  // range() bounds are evaluated once, before the loop
        LocalSet in = head;
        if (f.container) return in;
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
        if (!t.has_handler) return backward(t.body, els);
        // What the handler uses must survive every raising statement of the
        // body, and dies right after the last one (as in Mojo): the body is
        // analysed in two parts around that statement.
        std::size_t last = t.body.size();
        for (std::size_t i = 0; i < t.body.size(); ++i)
          if (stmt_raises(*t.body[i])) last = i;
        LocalSet live_in = els;
        for (std::size_t i = t.body.size(); i-- > 0;) {
          after[t.body[i].get()] = live_in;
          live_in = stmt_in(*t.body[i], live_in);
          if (i <= last) live_in.insert(handler.begin(), handler.end());
        }
        live_in.insert(handler.begin(), handler.end());
        entry[&t.body] = live_in;
        return live_in;
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
    LocalSet handler_live; // for a catching try: what the handler needs (everything else dies at the raise)
  };

  static bool expr_raises(const tir::Expr& e) {
    if (e.kind == tir::ExprKind::Call && e.as<tir::Call>().raises) return true;
    bool any = false;
    tir::for_each_child(const_cast<tir::Expr&>(e), [&](tir::ExprPtr& x) { any = any || expr_raises(*x); });
    return any;
  }
  static bool block_raises(const tir::Block& b) {
    for (auto& s : b)
      if (stmt_raises(*s)) return true;
    return false;
  }
  static bool stmt_raises(const tir::Stmt& s) {
    using K = tir::StmtKind;
    switch (s.kind) {
      case K::Expr: return expr_raises(*s.as<tir::ExprStmt>().expr);
      case K::VarDecl: return s.as<tir::VarDecl>().init && expr_raises(*s.as<tir::VarDecl>().init);
      case K::Assign: return expr_raises(*s.as<tir::Assign>().value);
      case K::Return: return s.as<tir::Return>().value && expr_raises(*s.as<tir::Return>().value);
      case K::Raise: return true;
      case K::If: return expr_raises(*s.as<tir::If>().cond) || block_raises(s.as<tir::If>().then) || block_raises(s.as<tir::If>().orelse);
      case K::While: return expr_raises(*s.as<tir::While>().cond) || block_raises(s.as<tir::While>().body) || block_raises(s.as<tir::While>().orelse);
      case K::ForRange: return block_raises(s.as<tir::ForRange>().body) || block_raises(s.as<tir::ForRange>().orelse);
      case K::Try: {
        auto& t = s.as<tir::Try>();
        return (!t.has_handler && block_raises(t.body)) || block_raises(t.handler) || block_raises(t.orelse) ||
               block_raises(t.finalbody);
      }
      default: return false;
    }
  }
  std::vector<Frame> frames;

  tir::StmtPtr destroy(const tir::Local* l, Span at) const {
    if (auto it = field_places.find(l); it != field_places.end()) {
      auto [root, index] = it->second;
      auto ref = std::make_shared<tir::FieldRef>(l->type, at, std::make_shared<tir::LocalRef>(root, at), index);
      return std::make_unique<tir::Destroy>(at, ref);
    }
    return std::make_unique<tir::Destroy>(at, std::make_shared<tir::LocalRef>(l, at));
  }

  // Destroys the alive locals not in `keep`.  Mojo 1.x destroys what dies
  // at one point like a stack (the newest first); Mojo 0.25 in the order of
  // the values' last uses in the statement (`last_pos`), left to right.
  void kill_except(LocalSet& alive, const LocalSet& keep, tir::Block& out, Span at,
                   const std::map<const tir::Local*, std::uint32_t>* last_pos = nullptr) const {
    std::vector<const tir::Local*> dead;
    for (auto* l : alive)
      if (!keep.count(l)) dead.push_back(l);
    auto pos = [&](const tir::Local* l) -> std::uint32_t {
      if (last_pos)
        if (auto it = last_pos->find(l); it != last_pos->end()) return it->second;
      return 0;
    };
    std::sort(dead.begin(), dead.end(), [&](auto* a, auto* b) {
      if (a->id < 0 && b->id < 0) return a->id > b->id;  // fields: in declaration order
      if (legacy && pos(a) != pos(b)) return pos(a) < pos(b);
      return legacy ? a->id < b->id : a->id > b->id;
    });
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
      const tir::Local* old_dies_in_value = nullptr;
      rewrite_last_uses(s);
      switch (s.kind) {
        case K::Expr: uses(*s.as<tir::ExprStmt>().expr, used, &moved, &temps); break;
        case K::VarDecl:
          if (auto& i = s.as<tir::VarDecl>().init) uses(*i, used, &moved, &temps);
          break;
        case K::Assign: {
          auto& a = s.as<tir::Assign>();
          uses(*a.value, used, &moved, &temps);
          if (a.target->kind == tir::ExprKind::LocalRef) {
            // the old value is used by the new one (else it died earlier):
            // it dies inside the value, see place_deaths below
            const tir::Local* l = a.target->as<tir::LocalRef>().local;
            if (tracked(l) && alive.count(l)) old_dies_in_value = l;
          } else if (const tir::Local* p = place(*a.target)) {
            if (alive.count(p)) old_dies_in_value = p;  // else it died at its last use
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
          error_cleanups(s, alive);
          uses(*i.cond, used, &moved, &temps);
          for (auto* l : moved) alive.erase(l);
          for (auto* l : temps) alive.insert(l);
          LocalSet a1 = alive, a2 = alive;
          forward(i.then, a1);
          if (!i.plain_block) forward(i.orelse, a2);
          bool t1 = terminates(i.then), t2 = i.plain_block || terminates(i.orelse);
          alive.clear();
          if (!t1) alive.insert(a1.begin(), a1.end());
          if (!t2) alive.insert(a2.begin(), a2.end());
          moved.clear();
          temps.clear();
          break;
        }
        case K::While:
        case K::ForRange: {
          // the body starts (each time) with what was alive before the loop
          bool w = s.kind == K::While;
          tir::Block& body_b = w ? s.as<tir::While>().body : s.as<tir::ForRange>().body;
          tir::Block& else_b = w ? s.as<tir::While>().orelse : s.as<tir::ForRange>().orelse;
          if (w) error_cleanups(s, alive);
          frames.push_back({alive, true, false, {}});
          LocalSet body = alive;
          forward(body_b, body);
          frames.pop_back();
          LocalSet els = alive;
          forward(else_b, els);
          alive = els;
          break;
        }
        case K::Try: {
          auto& t = s.as<tir::Try>();
          frames.push_back({alive, false, t.has_handler, entry[&t.handler]});
          LocalSet body = alive;
          forward(t.body, body);
          frames.pop_back();
          // the handler starts with what it needs; a raise destroyed the rest
          LocalSet handler;
          for (auto* l : alive)
            if (entry[&t.handler].count(l)) handler.insert(l);
          forward(t.handler, handler);
          LocalSet els = body;
          forward(t.orelse, els);
          LocalSet fin = els;
          fin.insert(handler.begin(), handler.end());
          forward(t.finalbody, fin);
          alive = fin;
          break;
        }
        case K::Return:
        case K::Raise: {
          // the value leaving is computed first; then what is still alive dies
          bool ret = s.kind == K::Return;
          const tir::ExprPtr& value = ret ? s.as<tir::Return>().value : s.as<tir::Raise>().value;
          tir::Block& cleanup = ret ? s.as<tir::Return>().cleanup : s.as<tir::Raise>().cleanup;
          if (ret) error_cleanups(s, alive);
          if (value) uses(*value, used, &moved, &temps);
          for (auto* l : moved) alive.erase(l);
          for (auto* l : temps) alive.insert(l);
          // a raise caught by an enclosing try keeps what its handler needs
          LocalSet keep = ret ? exit_live : error_keep();
          for (auto it = frames.rbegin(); !ret && it != frames.rend(); ++it)
            if (!it->is_loop && it->catches) {
              keep = it->handler_live;
              break;
            }
          kill_except(alive, keep, cleanup, s.span);
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
      // the values this statement uses for the last time
      std::vector<const tir::Local*> dying;
      const LocalSet& live = after[&s];
      for (auto* l : alive)
        if ((used.count(l) || temps.count(l)) && (!live.count(l) || l == old_dies_in_value)) dying.push_back(l);
      std::map<const tir::Local*, std::uint32_t> last_pos;
      if (legacy) positions(s, last_pos);
      tir::Block after_stmt;
      tir::ExprPtr* root = s.kind == K::Expr ? &s.as<tir::ExprStmt>().expr
                           : s.kind == K::VarDecl ? &s.as<tir::VarDecl>().init
                           : s.kind == K::Assign ? &s.as<tir::Assign>().value
                                                 : nullptr;
      if (root && *root) {
        LocalSet inner = place_deaths(*root, dying, after_stmt, last_pos, old_dies_in_value);
        // an error raised in this statement destroys what is alive, except
        // what may already have died inside the expression
        LocalSet at_risk;
        for (auto* l : alive)
          if (!inner.count(l)) at_risk.insert(l);
        error_cleanups(s, at_risk);
      } else {
        LocalSet group(dying.begin(), dying.end());
        kill_except(group, {}, after_stmt, s.span, &last_pos);
      }
      for (auto* l : dying) alive.erase(l);
      if (s.kind == K::VarDecl && s.as<tir::VarDecl>().init && tracked(s.as<tir::VarDecl>().local))
        alive.insert(s.as<tir::VarDecl>().local);
      if (s.kind == K::Assign && s.as<tir::Assign>().target->kind == tir::ExprKind::LocalRef) {
        const tir::Local* l = s.as<tir::Assign>().target->as<tir::LocalRef>().local;
        if (tracked(l)) alive.insert(l);
      }
      if (s.kind == K::Assign)
        if (const tir::Local* p = place(*s.as<tir::Assign>().target)) alive.insert(p);
      Span at = s.span;
      out.push_back(std::move(sp));
      for (auto& d : after_stmt) out.push_back(std::move(d));
      // anything else alive but not live any more (not used here) dies now too
      kill_except(alive, live, out, at, &last_pos);
    }
    b = std::move(out);
  }

  // ---- deaths inside a statement
  // Path from the root to the last node (in evaluation order) that names l.
  bool find_last(tir::ExprPtr& e, const tir::Local* l, std::vector<tir::ExprPtr*>& path,
                 std::vector<tir::ExprPtr*>& best) const {
    using K = tir::ExprKind;
    path.push_back(&e);
    bool hit = (e->kind == K::LocalRef && e->as<tir::LocalRef>().local == l) ||
               (e->kind == K::TempRef && e->as<tir::TempRef>().temp == l) || (place(*e) == l && l);
    if (auto it = field_places.find(l);
        it != field_places.end() && e->kind == K::LocalRef && e->as<tir::LocalRef>().local == it->second.first)
      hit = true;  // the whole value is used
    if (hit) best = path;
    auto kids = [&](std::vector<tir::ExprPtr>& xs) {
      for (auto& x : xs) find_last(x, l, path, best);
    };
    switch (e->kind) {
      case K::Call: kids(e->as<tir::Call>().args); break;
      case K::Op: kids(e->as<tir::Op>().operands); break;
      case K::Print: kids(e->as<tir::Print>().values); break;
      case K::CompareChain: kids(e->as<tir::CompareChain>().operands); break;
      case K::Convert: find_last(e->as<tir::Convert>().operand, l, path, best); break;
      case K::FieldRef: find_last(e->as<tir::FieldRef>().object, l, path, best); break;
      case K::Copy: find_last(e->as<tir::Copy>().operand, l, path, best); break;
      case K::TempRef: find_last(e->as<tir::TempRef>().init, l, path, best); break;
      case K::WriteTo: find_last(e->as<tir::WriteTo>().value, l, path, best); break;
      case K::Then: find_last(e->as<tir::Then>().value, l, path, best); break;
      case K::Deref:
        find_last(e->as<tir::Deref>().pointer, l, path, best);
        find_last(e->as<tir::Deref>().index, l, path, best);
        break;
      default: break;  // Conditional: its branches may not run; the value dies after the whole expression
    }
    path.pop_back();
    return !best.empty();
  }

  static bool by_reference(const tir::Local& p) {
    if (p.convention == ast::Convention::Mut || p.convention == ast::Convention::Deinit) return true;
    if (p.convention == ast::Convention::Owned) return false;
    auto k = p.type->kind;
    return k == TypeKind::Struct || k == TypeKind::TypeParam || k == TypeKind::String || k == TypeKind::Error ||
           k == TypeKind::Writer || k == TypeKind::StringLiteral;
  }

  // The node after which l's borrow ends: a use of a field by value (an
  // operator, a conversion, a by-value argument) ends it at that operand; a
  // by-reference argument or a receiver keeps it until the call returns;
  // print borrows its arguments.  Null: at the end of the statement.
  tir::ExprPtr* death_slot(tir::ExprPtr& root, const tir::Local* l) const {
    using K = tir::ExprKind;
    std::vector<tir::ExprPtr*> path, best;
    if (!find_last(root, l, path, best)) return nullptr;
    for (std::size_t i = best.size() - 1; i > 0; --i) {
      tir::Expr& parent = **best[i - 1];
      tir::Expr* child = best[i]->get();
      switch (parent.kind) {
        case K::FieldRef:
        case K::Then:
          continue;  // still a place inside l, or already wrapped
        case K::Deref:
          // p[i] through a pointer the value owns: the element is the
          // owner's memory, so the owner lives until the access is done
          // (dying earlier would free it first)
          continue;
        case K::Call: {
          auto& call = parent.as<tir::Call>();
          if (call.callee->returns_ref) continue;  // the result aliases its arguments: the borrow goes on
          std::size_t k = 0;
          while (k < call.args.size() && call.args[k].get() != child) ++k;
          const tir::Function& f = *call.callee;
          bool ref = k < f.params.size() ? by_reference(*f.params[k]) : false;
          if (!f.module && f.method_kind == tir::MethodKind::Free) ref = true;  // runtime functions take references
          if (ref) return i - 1 == 0 ? nullptr : best[i - 1];
          return best[i];
        }
        case K::Print:
        case K::WriteTo:
          return i - 1 == 0 ? nullptr : best[i - 1];
        case K::Copy:
        case K::Move:
          return i - 1 == 0 ? nullptr : best[i - 1];
        default:  // operators, conversions, a temporary's initializer: the operand is loaded
          return best[i];
      }
    }
    return nullptr;
  }

  // Places the deaths of `dying` (alive values last used in this statement):
  // inside the expression where Mojo's borrow ends, else after the statement.
  // `inside`: the old value of an assignment's target dies within the new
  // value at the latest, never after the store.
  // Returns the locals whose death was placed inside the expression.
  LocalSet place_deaths(tir::ExprPtr& root, std::vector<const tir::Local*> dying, tir::Block& after_stmt,
                        const std::map<const tir::Local*, std::uint32_t>& last_pos, const tir::Local* inside) {
    LocalSet placed_inside;
    std::map<tir::ExprPtr*, std::vector<const tir::Local*>> at;
    std::vector<tir::ExprPtr*> order;
    for (auto* l : dying) {
      tir::ExprPtr* slot = root ? death_slot(root, l) : nullptr;
      if (!slot && l == inside) slot = &root;
      if (!at.count(slot)) order.push_back(slot);
      at[slot].push_back(l);
    }
    for (tir::ExprPtr* slot : order) {
      LocalSet group(at[slot].begin(), at[slot].end());
      LocalSet members = group;
      tir::Block destroys;
      kill_except(group, {}, destroys, root ? root->span : fn.span, &last_pos);
      if (!slot) {
        for (auto& d : destroys) after_stmt.push_back(std::move(d));
        continue;
      }
      auto then = std::make_shared<tir::Then>((*slot)->span, *slot);
      for (auto& d : destroys) then->after.push_back(std::move(d));
      *slot = then;
      placed_inside.insert(members.begin(), members.end());
    }
    return placed_inside;
  }

  // A raising call in a simple statement: if it raises, the values alive at
  // the statement die before the error leaves (all of them, or those of the
  // enclosing try body when a handler catches it).
  void error_cleanups(tir::Stmt& s, const LocalSet& alive) {
    using K = tir::StmtKind;
    tir::Expr* root = nullptr;
    switch (s.kind) {
      case K::Expr: root = s.as<tir::ExprStmt>().expr.get(); break;
      case K::VarDecl: root = s.as<tir::VarDecl>().init.get(); break;
      case K::Assign: root = s.as<tir::Assign>().value.get(); break;
      case K::Return: root = s.as<tir::Return>().value.get(); break;
      case K::If: root = s.as<tir::If>().cond.get(); break;  // conditions raise before any branch runs
      case K::While: root = s.as<tir::While>().cond.get(); break;
      default: return;
    }
    if (!root || alive.empty()) return;
    LocalSet keep = error_keep();
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
      if (!it->is_loop && it->catches) {
        keep = it->handler_live;
        break;
      }
    std::function<void(tir::Expr&)> walk = [&](tir::Expr& x) {
      tir::for_each_child(x, [&](tir::ExprPtr& c) { walk(*c); });
      if (x.kind != tir::ExprKind::Call) return;
      auto& c2 = x.as<tir::Call>();
      if (c2.raises && c2.on_error.empty()) {
        LocalSet dying = alive;
        tir::Block d;
        kill_except(dying, keep, d, x.span);
        for (auto& st : d) c2.on_error.push_back(std::move(st));
      }
    };
    walk(*root);
  }

  // Where each local is last named in a simple statement (source offset).
  void positions(const tir::Stmt& s, std::map<const tir::Local*, std::uint32_t>& out) const {
    std::function<void(tir::Expr&)> walk = [&](tir::Expr& x) {
      const tir::Local* named = x.kind == tir::ExprKind::LocalRef  ? x.as<tir::LocalRef>().local
                                : x.kind == tir::ExprKind::TempRef ? x.as<tir::TempRef>().temp
                                                                   : nullptr;
      tir::for_each_child(x, [&](tir::ExprPtr& c) { walk(*c); });
      if (named) out[named] = std::max(out[named], x.span.begin);
    };
    switch (s.kind) {
      case tir::StmtKind::Expr: walk(*s.as<tir::ExprStmt>().expr); break;
      case tir::StmtKind::VarDecl: if (s.as<tir::VarDecl>().init) walk(*s.as<tir::VarDecl>().init); break;
      case tir::StmtKind::Assign: walk(*s.as<tir::Assign>().value); break;
      default: break;
    }
  }

  void rewrite_last_uses(tir::Stmt& s) {
    using K = tir::StmtKind;
    tir::ExprPtr* slot = nullptr;
    LocalSet live = after[&s];
    switch (s.kind) {
      case K::Expr: slot = &s.as<tir::ExprStmt>().expr; break;
      case K::VarDecl: slot = &s.as<tir::VarDecl>().init; break;
      case K::Assign:
        slot = &s.as<tir::Assign>().value;
        // `a = a.copy()`-style self assignment keeps a alive
        if (s.as<tir::Assign>().target->kind == tir::ExprKind::LocalRef)
          live.insert(s.as<tir::Assign>().target->as<tir::LocalRef>().local);
        break;
      case K::Return: slot = &s.as<tir::Return>().value; live.clear(); break;
      default: return;
    }
    if (!slot || !*slot) return;
    std::map<const tir::Local*, int> refs;
    count_refs(**slot, refs);
    last_use_moves(*slot, live, refs);
  }

};
}  // namespace

void Checker::place_destructions(tir::Function& f) {
  Lifetimes lt(*this, f, mod && mod->edition.legacy);
  if (f.method_kind == tir::MethodKind::Del) lt.add_field_places(f.self);
  if (f.method_kind == tir::MethodKind::Move && !f.params.empty()) lt.add_field_places(f.params[0]);
  if (f.method_kind == tir::MethodKind::Instance && f.self && f.self->convention == ast::Convention::Mut) {
    lt.add_field_places(f.self);
    for (auto& [synth, where] : lt.field_places) lt.exit_live.insert(synth);
  }
  bool ctor = f.method_kind == tir::MethodKind::Init || f.method_kind == tir::MethodKind::Copy;
  if (ctor && f.raises) {
    // a raising constructor: the fields set so far die if it raises
    lt.add_field_places(f.self);
    for (auto& [synth, where] : lt.field_places)
      if (where.first == f.self) {
        lt.exit_live.insert(synth);
        lt.built.insert(synth);
      }
  }
  lt.backward(f.body, lt.exit_live);
  LocalSet alive;
  for (auto* p : f.params)
    if (lt.tracked(p)) alive.insert(p);
  for (auto& [synth, where] : lt.field_places)
    if (!lt.built.count(synth)) alive.insert(synth);  // a constructor's fields start empty
  lt.forward(f.body, alive);
}

}  // namespace mojoc::sema
