// S-expression dump of the AST for `mojoc --emit=ast` and parser tests.
// One statement per line, blocks indented by two spaces; the format is
// stable (tests compare it).
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace mojoc::ast {
std::string dump(const Module&);
std::string dump(const Expr&);  // one expression on one line
std::string dump(const Stmt&);  // one statement (with its blocks)
}  // namespace mojoc::ast
