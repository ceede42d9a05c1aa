// Declarations: def/fn, struct, trait, parameter lists, capture lists,
// decorators.
#include "syntax/grammar/common.hpp"

namespace mojoc::grammar {

using x3::_attr;
using x3::_val;
using boost::fusion::at_c;

void move_docstring(ast::Block& body, std::string& doc) {
  if (body.empty() || !body.front() || body.front()->kind != ast::StmtKind::Expr) return;
  auto& e = body.front()->as<ast::ExprStmt>().expr;
  if (!e || e->kind != ast::ExprKind::StringLit || e->as<ast::StringLitExpr>().is_template) return;
  doc = e->as<ast::StringLitExpr>().value;
  body.erase(body.begin());
}

namespace {
x3::rule<struct param_core_id, ast::Param> const param_core = "parameter";
x3::rule<struct conv_star_id, ast::Param> const conv_star = "parameter";
x3::rule<struct arg_list_id, std::vector<ast::Param>> const arg_list = "argument list";
x3::rule<struct capture_id, ast::Capture> const capture = "capture";
x3::rule<struct result_id, ast::ExprPtr> const result = "result type";
x3::rule<struct named_result_id, ast::Param> const named_result = "named result";
x3::rule<struct decorator_id, ast::Decorator> const decorator = "decorator";
x3::rule<struct decorated_target_id, ast::StmtPtr> const decorated_target =
    "definition after decorator";
}  // namespace

param_item_type const param_item = "parameter";
param_list_type const param_list = "parameter list";
funcdef_type const funcdef = "function definition";
structdef_type const structdef = "struct definition";
traitdef_type const traitdef = "trait definition";
decorated_type const decorated = "decorated definition";
capture_list_type const capture_list = "capture list";
// from other TUs
test_type const test = "expression";
type_expr_type const type_expr = "type";
postfix_type const postfix = "expression";
conv_type const conv = "argument convention";
effects_type const effects = "function effects";
block_type const block = "indented block";
if_stmt_type const if_stmt = "'if' statement";
for_stmt_type const for_stmt = "'for' statement";

namespace {
auto const set_val = [](auto& c) { _val(c) = _attr(c); };
auto const push_back = [](auto& c) { _val(c).push_back(_attr(c)); };

// parameters
auto const marker = [](ast::Param::Kind k) {
  return [k](auto& c) {
    _val(c).kind = k;
    _val(c).span = _attr(c)->span;
  };
};
auto const var_kw = [](auto& c) {
  _val(c) = _attr(c);
  _val(c).kind = ast::Param::Kind::VarKeyword;
  _val(c).span = where_span(c);
};
// the starred parameter keeps the convention read before the stars
auto starred_after_conv(ast::Param::Kind kind) {
  return [kind](auto& c) {
    ast::Convention cv = _val(c).convention;
    std::string sp = _val(c).convention_spelling;
    _val(c) = _attr(c);
    _val(c).convention = cv;
    _val(c).convention_spelling = sp;
    _val(c).kind = kind;
    _val(c).span = where_span(c);
  };
}
auto const conv_kw = starred_after_conv(ast::Param::Kind::VarKeyword);
auto const conv_pos = starred_after_conv(ast::Param::Kind::VarPositional);
auto const var_pos = [](auto& c) {
  _val(c) = _attr(c);
  _val(c).kind = ast::Param::Kind::VarPositional;
  _val(c).span = where_span(c);
};
auto const star_conv = [](auto& c) {
  _val(c).convention = _attr(c).conv;
  _val(c).convention_spelling = _attr(c).spelling;
};
// `mut *values: Int` / `var **kwargs: Int`: the convention comes before the stars
auto const conv_star_def = conv[star_conv] >> ((DOUBLESTAR >> param_core)[conv_kw] | (STAR >> param_core)[conv_pos]);
auto const param_item_def =
    T_DOUBLESLASH[marker(ast::Param::Kind::InferOnlyMarker)] |
    T_SLASH[marker(ast::Param::Kind::PosOnlyMarker)] | (DOUBLESTAR > param_core)[var_kw] |
    (STAR >> param_core)[var_pos] | T_STAR[marker(ast::Param::Kind::KwOnlyMarker)] | conv_star[set_val] |
    param_core[set_val];
auto const pc_conv = [](auto& c) {
  _val(c).convention = _attr(c).conv;
  _val(c).convention_spelling = _attr(c).spelling;
  _val(c).ref_origins = _attr(c).origins;
};
auto const pc_name = [](auto& c) {
  _val(c).name = name_of(_attr(c));
  _val(c).span = Span::cover(_val(c).span, _attr(c)->span);
};
auto const pc_type = [](auto& c) {
  _val(c).type = _attr(c);
  if (_attr(c)) _val(c).span = Span::cover(_val(c).span, _attr(c)->span);
};
auto const pc_default = [](auto& c) {
  _val(c).default_value = _attr(c);
  if (_attr(c)) _val(c).span = Span::cover(_val(c).span, _attr(c)->span);
};
// `*args: *Ts`: a variadic pack's element types
auto const pc_star_type = [](auto& c) {
  auto s = node<ast::StarredExpr>(where_span(c));
  s->operand = _attr(c);
  _val(c).type = s;
  _val(c).span = Span::cover(_val(c).span, s->span);
};
auto const param_core_def = -conv[pc_conv] >> T_NAME[pc_name] >>
                            -(COLON > ((STAR > type_expr)[pc_star_type] | type_expr[pc_type])) >>
                            -(ASSIGN > test[pc_default]);
auto const param_list_def = (LBRACKET >> -(param_item[push_back] % COMMA) >> -COMMA) > RBRACKET;
auto const arg_list_def = (LPAREN >> -(param_item[push_back] % COMMA) >> -COMMA) > RPAREN;

// capture lists: {mut a, b^, read}
auto const cap_conv = [](auto& c) {
  std::string_view w = _attr(c)->text;
  _val(c).convention = convention_of(w);
  _val(c).spelling = std::string(w);
  _val(c).span = _attr(c)->span;
  note_convention(w);
};
auto const cap_name = [](auto& c) {
  _val(c).name = name_of(_attr(c));
  _val(c).span = Span::cover(_val(c).span, _attr(c)->span);
};
auto const cap_transfer = [](auto& c) { _val(c).transfer = true; };
auto const capture_def = ((CONV_WORD[cap_conv] | T_VAR[cap_conv] | T_REF[cap_conv]) >> -T_NAME[cap_name] >>
                          -CARET[cap_transfer]) |
                         (T_NAME[cap_name] >> -CARET[cap_transfer]);
auto const capture_list_def = (LBRACE >> -(capture[push_back] % COMMA) >> -COMMA) > RBRACE;

// results
auto const new_ref = [](auto& c) { _val(c) = node<ast::RefTypeExpr>(_attr(c)->span); };
auto const ref_origin = [](auto& c) { _val(c)->template as<ast::RefTypeExpr>().origins.push_back(_attr(c)); };
auto const ref_type = [](auto& c) {
  auto& r = _val(c)->template as<ast::RefTypeExpr>();
  r.type = _attr(c);
  if (r.type) r.span = Span::cover(r.span, r.type->span);
};
auto const result_def = (T_REF[new_ref] >>
                         -((LBRACKET >> -(test[ref_origin] % COMMA)) > RBRACKET) >>
                         type_expr[ref_type]) |
                        type_expr[set_val];
auto const nr_name = [](auto& c) { _val(c).name = name_of(_attr(c)); };
auto const nr_type = [](auto& c) { _val(c).type = _attr(c); };
auto const named_result_def =
    ((LPAREN >> soft_p("out") >> T_NAME[nr_name] >> COLON) > type_expr[nr_type]) > RPAREN;

// def / fn
auto const new_fn = [](auto& c) {
  auto f = node<ast::FunctionDef>(_attr(c)->span);
  f->is_fn = _attr(c)->kind == Tok::KwFn;
  if (f->is_fn) state().markers.fn = true;
  _val(c) = f;
};
template <class T, class Ctx>
T& cur(Ctx& c) {
  return _val(c)->template as<T>();
}
auto const fn_name = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.name = name_of(_attr(c));
  f.name_span = _attr(c)->span;
};
auto const fn_params = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.params = std::move(_attr(c));
  f.has_param_list = true;
};
auto const fn_args = [](auto& c) { cur<ast::FunctionDef>(c).args = std::move(_attr(c)); };
auto const fn_caps = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.captures = std::move(_attr(c));
  f.has_capture_list = true;
  state().markers.capture_list = true;
};
auto const fn_eff = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.raises = f.raises || _attr(c).raises;
  if (_attr(c).raises_type) f.raises_type = _attr(c).raises_type;
  f.capturing = f.capturing || _attr(c).capturing;
  f.escaping = f.escaping || _attr(c).escaping;
};
auto const fn_named = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.result = _attr(c).type;
  f.result_name = _attr(c).name;
};
auto const fn_result = [](auto& c) { cur<ast::FunctionDef>(c).result = _attr(c); };
auto const fn_where = [](auto& c) { cur<ast::FunctionDef>(c).where_clause = _attr(c); };
auto const fn_body = [](auto& c) {
  auto& f = cur<ast::FunctionDef>(c);
  f.body = std::move(_attr(c));
  move_docstring(f.body, f.docstring);
  f.span = Span::cover(f.span, where_span(c));
};
auto const funcdef_def =
    T_DEF[new_fn] > (T_NAME[fn_name] >> -param_list[fn_params]) >
    (arg_list[fn_args] >> effects[fn_eff] >> -capture_list[fn_caps] >>
     -(ARROW > (named_result[fn_named] | result[fn_result])) >> effects[fn_eff] >>
     -(WHERE > test[fn_where])) >
    COLON > block[fn_body];

// struct
auto const new_struct = [](auto& c) { _val(c) = node<ast::StructDef>(_attr(c)->span); };
auto const st_name = [](auto& c) {
  auto& s = cur<ast::StructDef>(c);
  s.name = name_of(_attr(c));
  s.name_span = _attr(c)->span;
};
auto const st_params = [](auto& c) {
  auto& s = cur<ast::StructDef>(c);
  s.params = std::move(_attr(c));
  s.has_param_list = true;
};
auto const st_trait = [](auto& c) { cur<ast::StructDef>(c).traits.push_back(_attr(c)); };
auto const st_where = [](auto& c) { cur<ast::StructDef>(c).where_clause = _attr(c); };
auto const st_body = [](auto& c) {
  auto& s = cur<ast::StructDef>(c);
  s.body = std::move(_attr(c));
  move_docstring(s.body, s.docstring);
  s.span = Span::cover(s.span, where_span(c));
};
auto const structdef_def =
    T_STRUCT[new_struct] >
    (T_NAME[st_name] >> -param_list[st_params] >>
     -((LPAREN >> -(test[st_trait] % COMMA) >> -COMMA) > RPAREN) >> -(WHERE > test[st_where])) >
    COLON > block[st_body];

// trait
auto const new_trait = [](auto& c) { _val(c) = node<ast::TraitDef>(_attr(c)->span); };
auto const tr_name = [](auto& c) {
  auto& s = cur<ast::TraitDef>(c);
  s.name = name_of(_attr(c));
  s.name_span = _attr(c)->span;
};
auto const tr_params = [](auto& c) { cur<ast::TraitDef>(c).params = std::move(_attr(c)); };
auto const tr_base = [](auto& c) { cur<ast::TraitDef>(c).bases.push_back(_attr(c)); };
auto const tr_body = [](auto& c) {
  auto& s = cur<ast::TraitDef>(c);
  s.body = std::move(_attr(c));
  move_docstring(s.body, s.docstring);
  s.span = Span::cover(s.span, where_span(c));
};
auto const traitdef_def =
    T_TRAIT[new_trait] >
    (T_NAME[tr_name] >> -param_list[tr_params] >>
     -((LPAREN >> -(test[tr_base] % COMMA) >> -COMMA) > RPAREN)) >
    COLON > block[tr_body];

// decorators
auto const dec_at = [](auto& c) { _val(c).span = _attr(c)->span; };
auto const dec_expr = [](auto& c) {
  _val(c).expr = _attr(c);
  _val(c).name = decorator_name(_attr(c));
  if (_attr(c)) _val(c).span = Span::cover(_val(c).span, _attr(c)->span);
  auto& m = state().markers;
  if (_val(c).name == "value") m.value_decorator = true;
  else if (_val(c).name == "parameter") m.parameter_decorator = true;
  else if (_val(c).name == "fieldwise_init") m.fieldwise_init = true;
};
auto const decorator_def = (T_AT[dec_at] > postfix[dec_expr]) > NEWLINE;
auto const decorated_target_def =
    funcdef[set_val] | structdef[set_val] | traitdef[set_val] | if_stmt[set_val] | for_stmt[set_val];

void attach_decorators(ast::StmtPtr& s, std::vector<ast::Decorator>& decs) {
  if (!s) return;
  switch (s->kind) {
    case ast::StmtKind::Function: s->as<ast::FunctionDef>().decorators = std::move(decs); break;
    case ast::StmtKind::Struct: s->as<ast::StructDef>().decorators = std::move(decs); break;
    case ast::StmtKind::Trait: s->as<ast::TraitDef>().decorators = std::move(decs); break;
    case ast::StmtKind::If:
      for (auto& d : decs)
        if (d.name == "parameter") s->as<ast::IfStmt>().comptime = true;
      break;
    case ast::StmtKind::For: {
      auto& f = s->as<ast::ForStmt>();
      for (auto& d : decs) {
        if (d.name == "parameter" || d.name == "unroll") f.comptime = true;
        if (d.name == "unroll" && d.expr && d.expr->kind == ast::ExprKind::Call) {
          auto& call = d.expr->as<ast::CallExpr>();
          if (!call.args.empty() && call.args[0].value &&
              call.args[0].value->kind == ast::ExprKind::IntLit)
            f.unroll_factor = static_cast<int>(call.args[0].value->as<ast::IntLitExpr>().value);
        }
      }
      break;
    }
    default: break;
  }
  if (!decs.empty() && !s->span.valid()) s->span = decs.front().span;
}
auto const attach = [](auto& c) {
  auto& decs = at_c<0>(_attr(c));
  ast::StmtPtr s = at_c<1>(_attr(c));
  attach_decorators(s, decs);
  _val(c) = s;
};
auto const decorated_def = (+decorator > decorated_target)[attach];
}  // namespace

namespace {
BOOST_SPIRIT_DEFINE(param_core, conv_star, arg_list, capture, result, named_result, decorator,
                    decorated_target)
}
BOOST_SPIRIT_DEFINE(param_item, param_list, funcdef, structdef, traitdef, decorated, capture_list)
BOOST_SPIRIT_INSTANTIATE(param_item_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(param_list_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(funcdef_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(structdef_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(traitdef_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(decorated_type, TokIt, Context)
BOOST_SPIRIT_INSTANTIATE(capture_list_type, TokIt, Context)

}  // namespace mojoc::grammar
