// The pipeline, in order (DESIGN.md §2): lex → parse → sema → emit.
// The driver (driver/cli.cpp) takes the C++ from here to a binary.
#include "pipeline.hpp"

#include <chrono>
#include <filesystem>

#include "driver/paths.hpp"
#include "driver/phase_times.hpp"
#include "emit/emit.hpp"
#include "sema/sema.hpp"
#include "syntax/ast_dump.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

namespace mojoc {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// "prog.mojo" → "prog", "prog.🔥" → "prog".
std::string module_stem(const std::string& path) {
  std::filesystem::path p(path);
  return p.stem().string();
}

}  // namespace

std::string cpp_identifier(const std::string& name) {
  std::string out;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out += ok ? c : '_';
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "m_" + out;
  return out;
}

PipelineResult run_pipeline(SourceManager& sources, diag::DiagEngine& diags, const std::string& path,
                            const CompileOptions& options, StopAfter stop) {
  return run_pipeline_timed(sources, diags, path, options, stop, nullptr);
}

PipelineResult run_pipeline_timed(SourceManager& sources, diag::DiagEngine& diags, const std::string& path,
                                  const CompileOptions& options, StopAfter stop, PhaseTimes* times) {
  PipelineResult result;
  PhaseTimes local;
  PhaseTimes& t = times ? *times : local;
  result.module_name = cpp_identifier(module_stem(path));
  result.header_name = module_stem(path) + ".hpp";

  std::uint32_t file_id = 0;
  if (!sources.load(path, file_id)) {
    diags.error(diag::Code::CannotReadFile, Span{}, "cannot read input file '" + path + "'");
    return result;
  }

  // 1. lex
  auto t0 = Clock::now();
  std::vector<Token> tokens = lex(sources.get(file_id), file_id, diags);
  t.lex_ms = ms_since(t0);
  if (stop == StopAfter::Tokens) {
    result.dump = dump_tokens(tokens);
    result.ok = !diags.has_errors();
    return result;
  }
  if (diags.has_errors()) return result;

  // 2. parse
  t0 = Clock::now();
  std::shared_ptr<ast::Module> module = parse(tokens, file_id, diags);
  t.parse_ms = ms_since(t0);
  if (!module || diags.has_errors()) return result;
  if (module->name.empty()) module->name = module_stem(path);
  if (stop == StopAfter::Ast) {
    result.dump = ast::dump(*module);
    result.ok = true;
    return result;
  }

  // 3. sema.  Imports are searched next to the file, then in -I dirs, then
  // in the Mojo-side stdlib.
  sema::SemaOptions sema_opts;
  sema_opts.era = options.era;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  sema_opts.include_dirs.push_back(parent.empty() ? "." : parent.string());
  for (const auto& d : options.include_dirs) sema_opts.include_dirs.push_back(d);
  if (std::string std_dir = driver::stdlib_dir(); !std_dir.empty()) {
    sema_opts.include_dirs.push_back(std_dir);
    sema_opts.stdlib_dir = std_dir;
  }
  // A library (--emit=cpp, mojoc_add_library) needs no `main`.
  sema_opts.library_mode = options.library_mode;
  t0 = Clock::now();
  std::unique_ptr<tir::Program> program = sema::check(module, sources, diags, sema_opts);
  t.sema_ms = ms_since(t0);
  if (!program || diags.has_errors()) return result;
  if (stop == StopAfter::Sema) {
    result.ok = true;
    return result;
  }

  // 4. emit
  emit::EmitOptions emit_opts;
  emit_opts.line_directives = options.line_directives;
  emit_opts.library_mode = options.library_mode;
  emit_opts.api_namespace = options.api_namespace.empty() ? result.module_name : options.api_namespace;
  emit_opts.header_name = result.header_name;
  t0 = Clock::now();
  emit::CppOutput out = emit::emit_cpp(*program, sources, emit_opts);
  t.emit_ms = ms_since(t0);
  result.header = std::move(out.header);
  result.source = std::move(out.source);
  result.ok = !diags.has_errors();
  return result;
}

}  // namespace mojoc
