// The layout-aware lexer: source text -> tokens with NEWLINE/INDENT/DEDENT.
//
// Blank and comment-only lines are skipped; lines are joined inside () [] {}
// and after a trailing backslash.  Errors (E01xx) are reported to `diags`;
// lexing always runs to the end and always ends with an End token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/source.hpp"
#include "syntax/token.hpp"

namespace mojoc {

std::vector<Token> lex(const SourceFile& file, std::uint32_t file_id, diag::DiagEngine& diags);

// One token per line: "line:col KIND text" (for `mojoc --emit=tokens`).
std::string dump_tokens(const std::vector<Token>&);

namespace lexer_detail {
// Decodes the escapes of a (non-raw) string body.  `at` is the span of the
// body's first byte (used to place E0103 diagnostics); returns the bytes.
std::string decode_escapes(std::string_view body, Span at, const SourceFile* file,
                           diag::DiagEngine* diags);
}  // namespace lexer_detail

}  // namespace mojoc
