// Expressions: atoms, postfix trailers, displays, comprehensions, lambdas,
// function types, and the flat binary-operator list folded by precedence.
#include "syntax/grammar/common.hpp"
#include "syntax/lexer.hpp"

namespace mojoc::grammar {

using x3::_attr;
using x3::_val;
using boost::fusion::at_c;

// ------------------------------------------------------------ plain C++

bool can_start_operand(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Int: case Tok::Float: case Tok::String: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis: case Tok::LParen:
    case Tok::LBracket: case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde:
    case Tok::KwNot: case Tok::KwLambda: case Tok::KwFn: case Tok::KwDef:
      return true;
    default:
      return false;
  }
}

bool is_convention_word(std::string_view s) {
  return s == "mut" || s == "out" || s == "read" || s == "inout" || s == "owned" ||
         s == "borrowed" || s == "deinit" || s == "imm";
}

ast::Convention convention_of(std::string_view w) {
  using C = ast::Convention;
  if (w == "read" || w == "borrowed" || w == "imm") return C::Read;
  if (w == "mut" || w == "inout") return C::Mut;
  if (w == "owned" || w == "var") return C::Owned;
  if (w == "out") return C::Out;
  if (w == "ref") return C::Ref;
  if (w == "deinit") return C::Deinit;
  return C::Default;
}

void note_convention(std::string_view w) {
  auto& m = state().markers;
  if (w == "inout") m.inout = true;
  else if (w == "borrowed") m.borrowed = true;
  else if (w == "owned") m.owned = true;
  else if (w == "deinit") m.deinit = true;
}

bool binop_of(TokIt it, TokIt last, OpInfo& op, int& n) {
  using B = ast::BinOp;
  using C = ast::CmpOp;
  n = 1;
  op.span = it->span;
  auto bin = [&](B b, int prec, bool right = false) {
    op.cls = OpInfo::Bin;
    op.bop = b;
    op.prec = prec;
    op.right = right;
    return true;
  };
  auto cmp = [&](C c) {
    op.cls = OpInfo::Cmp;
    op.cop = c;
    op.prec = 4;
    return true;
  };
  switch (it->kind) {
    case Tok::KwOr: return bin(B::Or, 1);
    case Tok::KwAnd: return bin(B::And, 2);
    case Tok::Lt: return cmp(C::Lt);
    case Tok::Le: return cmp(C::Le);
    case Tok::Gt: return cmp(C::Gt);
    case Tok::Ge: return cmp(C::Ge);
    case Tok::EqEq: return cmp(C::Eq);
    case Tok::NotEq: return cmp(C::Ne);
    case Tok::KwIn: return cmp(C::In);
    case Tok::KwIs:
      if (std::next(it) != last && std::next(it)->kind == Tok::KwNot) {
        n = 2;
        op.span = Span::cover(it->span, std::next(it)->span);
        return cmp(C::IsNot);
      }
      return cmp(C::Is);
    case Tok::KwNot:
      if (std::next(it) != last && std::next(it)->kind == Tok::KwIn) {
        n = 2;
        op.span = Span::cover(it->span, std::next(it)->span);
        return cmp(C::NotIn);
      }
      return false;
    case Tok::Pipe: return bin(B::BitOr, 5);
    case Tok::Caret: return bin(B::BitXor, 6);
    case Tok::Amp: return bin(B::BitAnd, 7);
    case Tok::Shl: return bin(B::Shl, 8);
    case Tok::Shr: return bin(B::Shr, 8);
    case Tok::Plus: return bin(B::Add, 9);
    case Tok::Minus: return bin(B::Sub, 9);
    case Tok::Star: return bin(B::Mul, 10);
    case Tok::Slash: return bin(B::TrueDiv, 10);
    case Tok::DoubleSlash: return bin(B::FloorDiv, 10);
    case Tok::Percent: return bin(B::Mod, 10);
    case Tok::At: return bin(B::MatMul, 10);
    case Tok::DoubleStar: return bin(B::Pow, 12, true);
    default: return false;
  }
}

namespace {
constexpr int kNotPrec = 3;
constexpr int kUnaryPrec = 11;

struct Folder {
  Flat& f;
  std::size_t k = 0;                 // next operator
  std::vector<std::size_t> pi;       // next prefix per operand

  ast::ExprPtr prefix() {
    auto& o = f.operands[k];
    if (pi[k] < o.prefixes.size()) {
      const Token* t = o.prefixes[pi[k]++];
      auto u = node<ast::UnaryExpr>(t->span);
      u->op = t->kind == Tok::Minus ? ast::UnaryOp::Neg
              : t->kind == Tok::Plus ? ast::UnaryOp::Pos
              : t->kind == Tok::Tilde ? ast::UnaryOp::Invert
                                      : ast::UnaryOp::Not;
      u->operand = expr(t->kind == Tok::KwNot ? kNotPrec : kUnaryPrec);
      if (u->operand) u->span = Span::cover(u->span, u->operand->span);
      return u;
    }
    return o.atom;
  }

  ast::ExprPtr expr(int min_prec) {
    ast::ExprPtr lhs = prefix();
    while (k < f.ops.size() && f.ops[k].prec >= min_prec) {
      const OpInfo op = f.ops[k];
      if (op.cls == OpInfo::Cmp) {
        auto c = node<ast::CompareExpr>(lhs ? lhs->span : op.span);
        c->operands.push_back(lhs);
        while (k < f.ops.size() && f.ops[k].cls == OpInfo::Cmp && f.ops[k].prec >= min_prec) {
          c->ops.push_back(f.ops[k].cop);
          c->op_spans.push_back(f.ops[k].span);
          ++k;
          auto rhs = expr(op.prec + 1);
          if (rhs) c->span = Span::cover(c->span, rhs->span);
          c->operands.push_back(rhs);
        }
        lhs = c;
        continue;
      }
      ++k;
      auto rhs = expr(op.right ? op.prec : op.prec + 1);
      auto b = node<ast::BinaryExpr>(lhs ? lhs->span : op.span);
      b->op = op.bop;
      b->op_span = op.span;
      b->lhs = lhs;
      b->rhs = rhs;
      if (rhs) b->span = Span::cover(b->span, rhs->span);
      lhs = b;
    }
    return lhs;
  }
};
}  // namespace

ast::ExprPtr fold(Flat& f) {
  if (f.operands.empty()) return nullptr;
  if (f.operands.size() == 1 && f.operands[0].prefixes.empty()) return f.operands[0].atom;
  Folder fo{f, 0, std::vector<std::size_t>(f.operands.size(), 0)};
  auto e = fo.expr(0);
  return e;
}

ast::ExprPtr make_name(const Token* t) {
  auto n = node<ast::NameExpr>(t->span);
  n->name = name_of(t);
  return n;
}

ast::ExprPtr make_string(const std::vector<const Token*>& toks) {
  auto s = node<ast::StringLitExpr>(toks.front()->span);
  s->span.end = toks.back()->span.end;
  for (const Token* t : toks) {
    if (t->tstring) s->is_template = true;
  }
  if (!s->is_template) {
    for (const Token* t : toks) s->value += t->str;
    return s;
  }
  // t-string: split `{expr}` fields; literal parts alternate with fields.
  // Field expressions are kept as Names when they are plain identifiers;
  // otherwise as the raw text inside a Name (sema re-parses; see report).
  std::string lit;
  for (const Token* t : toks) {
    const std::string& body = t->str;
    if (!t->tstring) { lit += body; continue; }
    for (std::size_t i = 0; i < body.size(); ++i) {
      char c = body[i];
      if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') { lit += '{'; ++i; continue; }
      if (c == '}' && i + 1 < body.size() && body[i + 1] == '}') { lit += '}'; ++i; continue; }
      if (c == '{') {
        std::size_t j = i + 1;
        int depth = 1;
        for (; j < body.size(); ++j) {
          if (body[j] == '{') ++depth;
          else if (body[j] == '}' && --depth == 0) break;
        }
        std::string field = body.substr(i + 1, j - i - 1);
        s->literal_parts.push_back(lit);
        s->value += lit;
        lit.clear();
        auto n = node<ast::NameExpr>(t->span);
        n->span.begin = t->body_offset + static_cast<std::uint32_t>(i + 1);
        n->span.end = n->span.begin + static_cast<std::uint32_t>(field.size());
        // trim
        std::size_t a = field.find_first_not_of(" \t"), b = field.find_last_not_of(" \t");
        n->name = a == std::string::npos ? std::string() : field.substr(a, b - a + 1);
        s->fields.push_back(n);
        i = j;
        continue;
      }
      if (!t->raw && c == '\\') {
        std::size_t j = i + 1;
        while (j < body.size() && body[j] != '{' && body[j] != '}' && body[j] != '\\') ++j;
        lit += lexer_detail::decode_escapes(body.substr(i, j - i), Span{}, nullptr, nullptr);
        i = j - 1;
        continue;
      }
      lit += c;
    }
  }
  s->literal_parts.push_back(lit);
  s->value += lit;
  return s;
}

std::string decorator_name(const ast::ExprPtr& e) {
  if (!e) return {};
  switch (e->kind) {
    case ast::ExprKind::Name: return e->as<ast::NameExpr>().name;
    case ast::ExprKind::Attribute: return e->as<ast::AttributeExpr>().name;
    case ast::ExprKind::Call: return decorator_name(e->as<ast::CallExpr>().callee);
    case ast::ExprKind::Subscript: return decorator_name(e->as<ast::SubscriptExpr>().object);
    default: return {};
  }
}

bool valid_target(const ast::ExprPtr& e) {
  if (!e) return false;
  switch (e->kind) {
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: case ast::ExprKind::Subscript:
    case ast::ExprKind::Call:  // a `ref` result is assignable (sema decides)
      return true;
    case ast::ExprKind::Starred: return valid_target(e->as<ast::StarredExpr>().operand);
    case ast::ExprKind::Tuple:
      for (auto& x : e->as<ast::TupleExpr>().elements)
        if (!valid_target(x)) return false;
      return true;
    case ast::ExprKind::ListLit:
      for (auto& x : e->as<ast::ListLitExpr>().elements)
        if (!valid_target(x)) return false;
      return true;
    default: return false;
  }
}

// ------------------------------------------------------------ rules

namespace {
x3::rule<struct atom_id, ast::ExprPtr> const atom = "expression";
x3::rule<struct operand_id, FlatOperand> const operand = "expression";
x3::rule<struct flat_id, Flat> const flat = "expression";
x3::rule<struct star_elem_id, ast::ExprPtr> const star_elem = "expression";
x3::rule<struct comp_for_id, ast::CompFor> const comp_for = "'for' clause";
x3::rule<struct comp_clauses_id, std::vector<ast::CompFor>> const comp_clauses = "'for' clause";
x3::rule<struct call_args_id, std::vector<ast::Argument>> const call_args = "arguments";
x3::rule<struct call_arg_id, ast::Argument> const call_arg = "argument";
x3::rule<struct sub_items_id, std::vector<ast::Argument>> const sub_items = "subscript";
x3::rule<struct sub_item_id, ast::Argument> const sub_item = "subscript";
x3::rule<struct slice_tail_id, SliceTail> const slice_tail = "slice";
x3::rule<struct paren_id, ast::ExprPtr> const paren = "expression";
x3::rule<struct list_disp_id, ast::ExprPtr> const list_disp = "expression";
x3::rule<struct brace_disp_id, ast::ExprPtr> const brace_disp = "expression";
x3::rule<struct lambda_id, ast::ExprPtr> const lambda = "lambda";
x3::rule<struct fn_type_id, ast::ExprPtr> const fn_type = "function type";
x3::rule<struct fn_type_param_id, ast::Param> const fn_type_param = "parameter type";
x3::rule<struct plain_param_id, ast::Param> const plain_param = "parameter";
x3::rule<struct target_elem_id, ast::ExprPtr> const target_elem = "assignment target";
x3::rule<struct name_str_id, const Token*> const name_tok = "identifier";
}  // namespace

test_type const test = "expression";
or_test_type const or_test = "expression";
namedexpr_type const namedexpr = "expression";
testlist_type const testlist = "expression";
postfix_type const postfix = "expression";
target_list_type const target_list = "assignment target";
type_expr_type const type_expr = "type";
conv_type const conv = "argument convention";
effects_type const effects = "function effects";
param_item_type const param_item = "parameter";  // decl.cpp
capture_list_type const capture_list = "capture list";  // decl.cpp

namespace {
auto const set_val = [](auto& c) { _val(c) = _attr(c); };
auto const set_val_span = [](auto& c) {
  _val(c) = _attr(c);
  if (_val(c)) {
    auto k = _val(c)->kind;
    if (k == ast::ExprKind::Tuple || k == ast::ExprKind::ListLit || k == ast::ExprKind::SetLit ||
        k == ast::ExprKind::DictLit || k == ast::ExprKind::Comprehension)
      _val(c)->span = where_span(c);
  }
};

// Turns _val into a Tuple on the first `, x`.
void tuple_append(ast::ExprPtr& v, ast::ExprPtr x, Span s) {
  if (!v || v->kind != ast::ExprKind::Tuple || v->as<ast::TupleExpr>().parenthesized) {
    auto t = node<ast::TupleExpr>(v ? v->span : s);
    t->elements.push_back(v);
    v = t;
  }
  auto& t = v->as<ast::TupleExpr>();
  if (x) {
    t.span = Span::cover(t.span, x->span);
    t.elements.push_back(std::move(x));
  }
}
auto const tuple_push = [](auto& c) { tuple_append(_val(c), _attr(c), where_span(c)); };
auto const tuple_trailing = [](auto& c) { tuple_append(_val(c), nullptr, where_span(c)); };
auto const mark_parens = [](auto& c) {
  auto& v = _val(c);
  if (v && v->kind == ast::ExprKind::Tuple) v->template as<ast::TupleExpr>().parenthesized = true;
};

ast::ExprPtr make_comp(ast::ComprehensionExpr::Kind k, ast::ExprPtr elem,
                       std::vector<ast::CompFor> clauses, Span s) {
  auto c = node<ast::ComprehensionExpr>(s);
  c->comp = k;
  c->element = std::move(elem);
  c->clauses = std::move(clauses);
  return c;
}

// atoms
auto const mk_name = [](auto& c) { _val(c) = make_name(_attr(c)); };
auto const mk_int = [](auto& c) {
  const Token* t = _attr(c);
  auto n = node<ast::IntLitExpr>(t->span);
  n->text = std::string(t->text);
  n->value = t->int_value;
  n->overflow = t->int_overflow;
  _val(c) = n;
};
auto const mk_float = [](auto& c) {
  const Token* t = _attr(c);
  auto n = node<ast::FloatLitExpr>(t->span);
  n->text = std::string(t->text);
  n->value = t->float_value;
  _val(c) = n;
};
auto const mk_str = [](auto& c) { _val(c) = make_string(_attr(c)); };
auto const mk_bool = [](auto& c) {
  const Token* t = _attr(c);
  auto n = node<ast::BoolLitExpr>(t->span);
  n->value = t->kind == Tok::KwTrue;
  _val(c) = n;
};
auto const mk_none = [](auto& c) { _val(c) = node<ast::NoneLitExpr>(_attr(c)->span); };
auto const mk_ellipsis = [](auto& c) { _val(c) = node<ast::EllipsisExpr>(_attr(c)->span); };

auto const atom_def = T_NAME[mk_name] | T_INT[mk_int] | T_FLOAT[mk_float] | (+T_STRING)[mk_str] |
                      T_TRUE[mk_bool] | T_FALSE[mk_bool] | T_NONE[mk_none] |
                      T_ELLIPSIS[mk_ellipsis] | paren[set_val_span] | list_disp[set_val_span] |
                      brace_disp[set_val_span] | fn_type[set_val];

// ( ... )
auto const mk_empty_tuple = [](auto& c) {
  auto t = node<ast::TupleExpr>(where_span(c));
  t->parenthesized = true;
  _val(c) = t;
};
auto const mk_gen = [](auto& c) {
  _val(c) = make_comp(ast::ComprehensionExpr::Kind::Generator, _val(c), _attr(c), where_span(c));
};
auto const paren_def =
    LPAREN >> (RPAREN[mk_empty_tuple] |
               x3::omit[(star_elem[set_val] >>
                         (comp_clauses[mk_gen] |
                          (*(COMMA >> star_elem)[tuple_push] >> -COMMA[tuple_trailing]))) >
                        RPAREN][mark_parens]);

// [ ... ]
auto const mk_empty_list = [](auto& c) { _val(c) = node<ast::ListLitExpr>(where_span(c)); };
auto const mk_listcomp = [](auto& c) {
  _val(c) = make_comp(ast::ComprehensionExpr::Kind::List, _val(c), _attr(c), where_span(c));
};
auto const wrap_list = [](auto& c) {
  auto l = node<ast::ListLitExpr>(_val(c) ? _val(c)->span : Span{});
  l->elements.push_back(_val(c));
  _val(c) = l;
};
auto const push_list = [](auto& c) { _val(c)->template as<ast::ListLitExpr>().elements.push_back(_attr(c)); };
auto const list_disp_def =
    LBRACKET >> (RBRACKET[mk_empty_list] |
                 ((star_elem[set_val] >>
                   (comp_clauses[mk_listcomp] |
                    (x3::eps[wrap_list] >> *(COMMA >> star_elem)[push_list] >> -COMMA))) >
                  RBRACKET));

// { ... }
auto const mk_empty_dict = [](auto& c) { _val(c) = node<ast::DictLitExpr>(where_span(c)); };
auto const mk_dict1 = [](auto& c) {
  auto d = node<ast::DictLitExpr>(_val(c) ? _val(c)->span : Span{});
  d->keys.push_back(_val(c));
  d->values.push_back(_attr(c));
  _val(c) = d;
};
auto const mk_dictcomp = [](auto& c) {
  auto& d = _val(c)->template as<ast::DictLitExpr>();
  auto comp = make_comp(ast::ComprehensionExpr::Kind::Dict, d.keys[0], _attr(c), where_span(c));
  comp->template as<ast::ComprehensionExpr>().value = d.values[0];
  _val(c) = comp;
};
auto const push_key = [](auto& c) { _val(c)->template as<ast::DictLitExpr>().keys.push_back(_attr(c)); };
auto const push_value = [](auto& c) { _val(c)->template as<ast::DictLitExpr>().values.push_back(_attr(c)); };
auto const mk_setcomp = [](auto& c) {
  _val(c) = make_comp(ast::ComprehensionExpr::Kind::Set, _val(c), _attr(c), where_span(c));
};
auto const wrap_set = [](auto& c) {
  auto l = node<ast::SetLitExpr>(_val(c) ? _val(c)->span : Span{});
  l->elements.push_back(_val(c));
  _val(c) = l;
};
auto const push_set = [](auto& c) { _val(c)->template as<ast::SetLitExpr>().elements.push_back(_attr(c)); };
auto const brace_disp_def =
    LBRACE >>
    (RBRACE[mk_empty_dict] |
     ((star_elem[set_val] >>
       (((COLON > test)[mk_dict1] >>
         (comp_clauses[mk_dictcomp] |
          (*((COMMA >> test[push_key]) > COLON > test[push_value]) >> -COMMA))) |
        comp_clauses[mk_setcomp] | (x3::eps[wrap_set] >> *(COMMA >> star_elem)[push_set] >> -COMMA))) >
      RBRACE));

// comprehension clauses
auto const cf_target = [](auto& c) { _val(c).target = _attr(c); };
auto const cf_iter = [](auto& c) { _val(c).iter = _attr(c); };
auto const cf_cond = [](auto& c) { _val(c).conditions.push_back(_attr(c)); };
auto const comp_for_def = FOR > target_list[cf_target] > IN > or_test[cf_iter] >>
                          *(IF > or_test[cf_cond]);
auto const push_back = [](auto& c) { _val(c).push_back(_attr(c)); };
auto const comp_clauses_def = +comp_for[push_back];

// call arguments
auto const arg_kw = [](auto& c) {
  _val(c).keyword = name_of(at_c<0>(_attr(c)));
  _val(c).value = at_c<1>(_attr(c));
  _val(c).span = where_span(c);
};
auto const arg_star = [](auto& c) {
  _val(c).star = ast::Argument::Star::Single;
  _val(c).value = _attr(c);
  _val(c).span = where_span(c);
};
auto const arg_dstar = [](auto& c) {
  _val(c).star = ast::Argument::Star::Double;
  _val(c).value = _attr(c);
  _val(c).span = where_span(c);
};
auto const arg_value = [](auto& c) {
  _val(c).value = _attr(c);
  _val(c).span = where_span(c);
};
auto const arg_gen = [](auto& c) {
  auto e = _val(c).value;
  _val(c).value = make_comp(ast::ComprehensionExpr::Kind::Generator, e, _attr(c),
                            Span::cover(e ? e->span : Span{}, where_span(c)));
};
auto const call_arg_def = ((T_NAME >> ASSIGN) > test)[arg_kw] | (DOUBLESTAR > test)[arg_dstar] |
                          (STAR > test)[arg_star] |
                          (namedexpr[arg_value] >> -comp_clauses[arg_gen]);
auto const call_args_def = -(call_arg[push_back] % COMMA) >> -COMMA;

// subscripts and slices
auto const st_upper = [](auto& c) { _val(c).upper = _attr(c); };
auto const st_step = [](auto& c) { _val(c).step = _attr(c); };
auto const slice_tail_def = -test[st_upper] >> -(COLON >> -test[st_step]);
auto const sub_starred = [](auto& c) {
  auto s = node<ast::StarredExpr>(where_span(c));
  s->operand = _attr(c);
  _val(c).value = s;
  _val(c).span = s->span;
};
auto const sub_slice_nolower = [](auto& c) {
  auto s = node<ast::SliceExpr>(where_span(c));
  s->upper = _attr(c).upper;
  s->step = _attr(c).step;
  _val(c).value = s;
  _val(c).span = s->span;
};
auto const sub_slice_lower = [](auto& c) {
  auto s = node<ast::SliceExpr>(Span::cover(_val(c).span, where_span(c)));
  s->lower = _val(c).value;
  s->upper = _attr(c).upper;
  s->step = _attr(c).step;
  _val(c).value = s;
  _val(c).span = s->span;
};
auto const sub_item_def = ((T_NAME >> ASSIGN) > test)[arg_kw] | (STAR > or_test)[sub_starred] |
                          (COLON >> slice_tail)[sub_slice_nolower] |
                          (test[arg_value] >> -(COLON >> slice_tail)[sub_slice_lower]);
auto const sub_items_def = -(sub_item[push_back] % COMMA) >> -COMMA;

// postfix trailers
auto const name_tok_def = T_NAME;
auto const mk_attr = [](auto& c) {
  auto a = node<ast::AttributeExpr>(Span::cover(_val(c) ? _val(c)->span : Span{}, where_span(c)));
  a->object = _val(c);
  a->name = name_of(_attr(c));
  a->name_span = _attr(c)->span;
  _val(c) = a;
};
auto const mk_call = [](auto& c) {
  auto a = node<ast::CallExpr>(Span::cover(_val(c) ? _val(c)->span : Span{}, where_span(c)));
  a->callee = _val(c);
  a->args = std::move(_attr(c));
  // f(a=1, 2) is a syntax error in Mojo, as in Python (`*xs` may follow a
  // keyword).  X3 may re-run this action when an enclosing alternative
  // backtracks, so each offending argument is reported once.
  bool seen_keyword = false;
  for (auto& arg : a->args) {
    if (!arg.keyword.empty() || arg.star == ast::Argument::Star::Double) {
      seen_keyword = true;
    } else if (seen_keyword && arg.star == ast::Argument::Star::None &&
               state().reported.insert({diag::Code::PositionalAfterKeyword, arg.span.begin}).second) {
      Span at = arg.value ? arg.value->span : arg.span;
      state().diags->error(diag::Code::PositionalAfterKeyword, at,
                           "positional argument follows keyword argument")
          .with_label("positional argument after a keyword argument");
    }
  }
  _val(c) = a;
};
auto const mk_sub = [](auto& c) {
  auto a = node<ast::SubscriptExpr>(Span::cover(_val(c) ? _val(c)->span : Span{}, where_span(c)));
  a->object = _val(c);
  a->indices = std::move(_attr(c));
  _val(c) = a;
};
auto const mk_transfer = [](auto& c) {
  auto a = node<ast::TransferExpr>(Span::cover(_val(c) ? _val(c)->span : Span{}, where_span(c)));
  a->operand = _val(c);
  _val(c) = a;
};
auto const postfix_def = atom[set_val] >>
                         *((DOT > name_tok)[mk_attr] | ((LPAREN >> call_args) > RPAREN)[mk_call] |
                           ((LBRACKET >> sub_items) > RBRACKET)[mk_sub] |
                           (CARET >> !P_OPERAND_START)[mk_transfer]);

// flat operator list
auto const push_prefix = [](auto& c) { _val(c).prefixes.push_back(_attr(c)); };
auto const set_atom = [](auto& c) { _val(c).atom = _attr(c); };
auto const operand_def = *T_PREFIX[push_prefix] >> postfix[set_atom];
auto const push_operand = [](auto& c) {
  if (_val(c).operands.size() >= 20000 || _attr(c).prefixes.size() > 200)
    throw x3::expectation_failure<TokIt>(x3::_where(c).begin(), "a simpler expression");
  _val(c).operands.push_back(std::move(_attr(c)));
};
auto const push_op = [](auto& c) { _val(c).ops.push_back(_attr(c)); };
auto const flat_def = operand[push_operand] >> *(BINOP[push_op] > operand[push_operand]);
auto const do_fold = [](auto& c) { _val(c) = fold(_attr(c)); };
auto const or_test_def = flat[do_fold];

// conditional, lambda, walrus
auto const mk_cond = [](auto& c) {
  auto e = node<ast::ConditionalExpr>(Span::cover(_val(c) ? _val(c)->span : Span{}, where_span(c)));
  e->then = _val(c);
  e->cond = at_c<0>(_attr(c));
  e->otherwise = at_c<1>(_attr(c));
  _val(c) = e;
};
auto const test_def =
    nest[lambda[set_val] | (or_test[set_val] >> -((IF > or_test) > ELSE > test)[mk_cond])];
auto const mk_walrus = [](auto& c) {
  auto w = node<ast::WalrusExpr>(where_span(c));
  w->name = name_of(at_c<0>(_attr(c)));
  w->name_span = at_c<0>(_attr(c))->span;
  w->value = at_c<1>(_attr(c));
  _val(c) = w;
};
auto const namedexpr_def = ((T_NAME >> WALRUS) > test)[mk_walrus] | test[set_val];
auto const mk_star = [](auto& c) {
  auto s = node<ast::StarredExpr>(where_span(c));
  s->operand = _attr(c);
  _val(c) = s;
};
auto const star_elem_def = (STAR > or_test)[mk_star] | namedexpr[set_val];
auto const testlist_def = star_elem[set_val] >> *(COMMA >> star_elem)[tuple_push] >>
                          -COMMA[tuple_trailing];
auto const target_elem_def = (STAR > postfix)[mk_star] | postfix[set_val];
auto const target_list_def = target_elem[set_val] >> *(COMMA >> target_elem)[tuple_push] >>
                             -COMMA[tuple_trailing];
auto const type_expr_def = or_test;

auto const new_lambda = [](auto& c) { _val(c) = node<ast::LambdaExpr>(_attr(c)->span); };
auto const lam_param = [](auto& c) { _val(c)->template as<ast::LambdaExpr>().params.push_back(_attr(c)); };
auto const lam_ret = [](auto& c) { _val(c)->template as<ast::LambdaExpr>().result_type = _attr(c); };
auto const lam_caps = [](auto& c) {
  auto& l = _val(c)->template as<ast::LambdaExpr>();
  l.captures = std::move(_attr(c));
  l.has_capture_list = true;
};
auto const lam_body = [](auto& c) {
  auto& l = _val(c)->template as<ast::LambdaExpr>();
  l.body = _attr(c);
  if (l.body) l.span = Span::cover(l.span, l.body->span);
};
auto const lambda_def =
    ((T_LAMBDA[new_lambda] >>
      ((LPAREN >> -(param_item[lam_param] % COMMA) >> -COMMA >> RPAREN >> -capture_list[lam_caps] >>
        -(ARROW > type_expr[lam_ret])) |
       -(plain_param[lam_param] % COMMA))) > COLON) > test[lam_body];
auto const pp_name = [](auto& c) {
  _val(c).name = name_of(_attr(c));
  _val(c).span = _attr(c)->span;
};
auto const pp_default = [](auto& c) { _val(c).default_value = _attr(c); };
auto const plain_param_def = T_NAME[pp_name] >> -(ASSIGN > test[pp_default]);

// fn(Int, mut x: Float64) raises capturing -> Int
auto const new_fntype = [](auto& c) { _val(c) = node<ast::FnTypeExpr>(_attr(c)->span); };
auto const ft_param = [](auto& c) { _val(c)->template as<ast::FnTypeExpr>().params.push_back(_attr(c)); };
auto const ft_effects = [](auto& c) {
  auto& f = _val(c)->template as<ast::FnTypeExpr>();
  f.raises = f.raises || _attr(c).raises;
  f.capturing = f.capturing || _attr(c).capturing;
  f.escaping = f.escaping || _attr(c).escaping;
  f.thin = f.thin || _attr(c).thin;
};
auto const ft_result = [](auto& c) {
  auto& f = _val(c)->template as<ast::FnTypeExpr>();
  f.result = _attr(c);
  if (f.result) f.span = Span::cover(f.span, f.result->span);
};
auto const fn_type_def = T_DEF[new_fntype] >> LPAREN >> -(fn_type_param[ft_param] % COMMA) >>
                         -COMMA >> RPAREN >> effects[ft_effects] >>
                         -(ARROW > type_expr[ft_result]);
auto const ftp_conv = [](auto& c) {
  _val(c).convention = _attr(c).conv;
  _val(c).convention_spelling = _attr(c).spelling;
  _val(c).ref_origins = _attr(c).origins;
};
auto const ftp_named = [](auto& c) {
  _val(c).name = name_of(at_c<0>(_attr(c)));
  _val(c).type = at_c<1>(_attr(c));
  _val(c).span = where_span(c);
};
auto const ftp_unnamed = [](auto& c) {
  _val(c).type = _attr(c);
  _val(c).span = where_span(c);
};
auto const fn_type_param_def =
    -conv[ftp_conv] >> (((T_NAME >> COLON) > type_expr)[ftp_named] | type_expr[ftp_unnamed]);

// conventions: mut x / inout x / var x / ref [o] x / out self ...
auto const conv_word = [](auto& c) {
  std::string_view w = _attr(c)->text;
  _val(c).conv = convention_of(w);
  _val(c).spelling = std::string(w);
  note_convention(w);
};
auto const conv_var = [](auto& c) {
  _val(c).conv = ast::Convention::Owned;
  _val(c).spelling = "var";
};
auto const conv_ref = [](auto& c) {
  _val(c).conv = ast::Convention::Ref;
  _val(c).spelling = "ref";
};
auto const conv_origin = [](auto& c) { _val(c).origins.push_back(_attr(c)); };
// the convention word is followed by the name, or by `*`/`**` (`mut *values`, `var **kwargs`)
auto const conv_def = (CONV_WORD[conv_word] >> &(T_NAME | STAR | DOUBLESTAR)) |
                      (T_VAR[conv_var] >> &(T_NAME | STAR | DOUBLESTAR)) |
                      (T_REF[conv_ref] >>
                       -((LBRACKET >> -(test[conv_origin] % COMMA)) > RBRACKET) >> &T_NAME);

// effects after a signature: raises [T], capturing [origins], escaping
auto const eff_raises = [](auto& c) { _val(c).raises = true; };
auto const eff_raises_type = [](auto& c) { _val(c).raises_type = _attr(c); };
auto const eff_capturing = [](auto& c) { _val(c).capturing = true; };
auto const eff_escaping = [](auto& c) { _val(c).escaping = true; };
auto const eff_thin = [](auto& c) { _val(c).thin = true; };
auto const effects_def =
    // `raises {imm k}`: a capture list follows, not a raised type
    *((T_RAISES[eff_raises] >> -(!LBRACE >> postfix[eff_raises_type])) |
      (T_CAPTURING[eff_capturing] >> -((LBRACKET >> -(x3::omit[test] % COMMA)) > RBRACKET)) |
      T_ESCAPING[eff_escaping] | THIN_WORD[eff_thin]);
}  // namespace

namespace {
BOOST_SPIRIT_DEFINE(atom, operand, flat, star_elem, comp_for, comp_clauses, call_args, call_arg,
                    sub_items, sub_item, slice_tail, paren, list_disp, brace_disp, lambda, fn_type,
                    fn_type_param, plain_param, target_elem, name_tok)
}
BOOST_SPIRIT_DEFINE(test, or_test, namedexpr, testlist, postfix, target_list, type_expr, conv,
                    effects)
BOOST_SPIRIT_INSTANTIATE(test_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(or_test_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(namedexpr_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(testlist_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(postfix_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(target_list_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(type_expr_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(conv_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(effects_type, TokIt, Context)

}  // namespace mojoc::grammar
