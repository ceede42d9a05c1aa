// The `mojoc` command line: parsing (pure, unit-tested) and the commands.
//
//   mojoc run prog.mojo [args...]        compile (cached) and run
//   mojoc build prog.mojo [-o prog]      native executable
//     (run/build --sanitize=address,undefined: compile with -fsanitize=...)
//   mojoc check prog.mojo                front end only (lex, parse, sema)
//   mojoc prog.mojo --emit=cpp -o dir/   <stem>.hpp + <stem>.cpp, library mode
//   mojoc prog.mojo --emit=tokens|ast    dumps to stdout
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mojoc::driver {

enum class Command { Run, Build, Check, Emit, Help, Version };
enum class EmitKind { None, Tokens, Ast, Cpp, Exe };

struct CliOptions {
  Command command = Command::Build;
  EmitKind emit = EmitKind::None;
  std::string input;
  std::vector<std::string> program_args;  // `run`: everything after the input file
  std::string output;                     // -o
  int opt_level = 2;                      // -O0..-O3
  std::string cxx;                        // --cxx=
  std::vector<std::string> include_dirs;  // -I
  bool line_directives = true;            // --no-line-directives
  std::string era = "auto";               // --mojo-era=
  std::string target = "cpu";             // --target=
  bool use_cache = true;                  // --no-cache
  std::optional<bool> color;              // --color / --no-color; unset = isatty(stderr)
  bool time_phases = false;               // --time-phases
  bool werror = false;                    // --Werror
  std::vector<std::string> sanitizers;    // --sanitize=: canonical order, no duplicates
};

struct CliParse {
  bool ok = false;
  std::string error;  // for E1003
  CliOptions options;
};

// args excludes argv[0].
CliParse parse_cli(const std::vector<std::string>& args);

std::string help_text();
std::string version_text();

// Runs a parsed command; returns the process exit code
// (0 ok, 1 user error, 70 internal compiler error, or the program's own code for `run`).
int run_command(const CliOptions& options);

// The whole of main(): parse, install crash handlers, run, map failures to exit codes.
int main_entry(int argc, char** argv);

}  // namespace mojoc::driver
