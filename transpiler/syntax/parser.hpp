// The parser: tokens -> AST (syntax/ast.hpp), by a Spirit X3 grammar over
// the token vector (syntax/grammar/).  Errors are E02xx diagnostics; the
// parser recovers at statement boundaries so one run reports several.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/ast.hpp"
#include "syntax/token.hpp"

namespace mojoc {

// Never throws, never crashes; on errors returns a (possibly partial) module
// and reports diagnostics.  `tokens` must end with an End token (lex() does).
std::shared_ptr<ast::Module> parse(const std::vector<Token>& tokens, std::uint32_t file_id,
                                   diag::DiagEngine& diags);

}  // namespace mojoc
