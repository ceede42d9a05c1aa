// Wall time of each pipeline phase, for `--time-phases`.
#pragma once

#include "pipeline.hpp"

namespace mojoc {

struct PhaseTimes {
  double lex_ms = 0, parse_ms = 0, sema_ms = 0, emit_ms = 0;
};

// run_pipeline() with timings: the same phases, also recording how long each took.
PipelineResult run_pipeline_timed(SourceManager& sources, diag::DiagEngine& diags, const std::string& path,
                                  const CompileOptions& options, StopAfter stop, PhaseTimes* times);

// "my-prog" → "my_prog": a module name usable as a C++ namespace.
std::string cpp_identifier(const std::string& name);

}  // namespace mojoc
