#include "driver/cli.hpp"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>

#include "diag/catalog.hpp"
#include "diag/diagnostic.hpp"
#include "driver/build_cache.hpp"
#include "driver/paths.hpp"
#include "driver/pch.hpp"
#include "driver/phase_times.hpp"
#include "driver/process.hpp"
#include "driver/toolchain.hpp"
#include "pipeline.hpp"

#ifndef MOJOC_VERSION
#define MOJOC_VERSION "0.0.0"
#endif

namespace fs = std::filesystem;

namespace mojoc::driver {
namespace {

constexpr int kExitUserError = 1;
constexpr int kExitInternal = 70;  // EX_SOFTWARE

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// ---------------------------------------------------------------------------
// Internal compiler errors.

// The input being compiled, for crash messages (fixed buffer: the signal
// handler may only touch async-signal-safe state).
char g_ice_input[4096] = "<no input>";

struct InternalError : std::exception {
  std::string message;
  explicit InternalError(std::string m) : message(std::move(m)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

void write_str(const char* s) {
  ssize_t r = ::write(2, s, std::strlen(s));
  (void)r;
}

extern "C" void on_fatal_signal(int sig) {
  write_str("internal compiler error: ");
  write_str(sig == SIGSEGV ? "segmentation fault"
            : sig == SIGABRT ? "aborted"
            : sig == SIGBUS  ? "bus error"
            : sig == SIGFPE  ? "arithmetic exception"
            : sig == SIGILL  ? "illegal instruction"
                             : "fatal signal");
  write_str(" while compiling ");
  write_str(g_ice_input);
  write_str("\nmojoc: this is a bug in mojoc, not in your program; please report it\n");
  ::_exit(kExitInternal);
}

void install_crash_handlers() {
  // An alternate stack, so that a stack overflow (deep recursion in a
  // phase) still reaches the handler.
  static std::vector<char> alt(1 << 16);
  stack_t ss{};
  ss.ss_sp = alt.data();
  ss.ss_size = alt.size();
  sigaltstack(&ss, nullptr);
  struct sigaction sa{};
  sa.sa_handler = on_fatal_signal;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) sigaction(sig, &sa, nullptr);
}

// ---------------------------------------------------------------------------
// Driver-level diagnostics (no source location).

void driver_error(diag::Code code, const std::string& where, const std::string& message, bool color) {
  const diag::CodeInfo& ci = diag::info(code);
  const char* red = color ? "\x1b[1;31m" : "";
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out = std::string(bold) + where + ": " + reset + red + "error[" + std::string(ci.code) + "]" +
                    reset + bold + ": " + (message.empty() ? std::string(ci.title) : message) + reset + "\n";
  if (!ci.help.empty()) out += "  = " + std::string(bold) + "help" + reset + ": " + std::string(ci.help) + "\n";
  std::fputs(out.c_str(), stderr);
}

bool has_mojo_extension(const std::string& path) {
  auto ends = [&](const std::string& suf) {
    return path.size() >= suf.size() && path.compare(path.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(".mojo") || ends(".\xF0\x9F\x94\xA5");
}

bool parse_int_option(const std::string& s, int& out) {
  if (s.size() != 1 || s[0] < '0' || s[0] > '3') return false;
  out = s[0] - '0';
  return true;
}

// ---------------------------------------------------------------------------
// C++ compilation of the generated code.

struct Built {
  std::string binary;    // path of the executable
  std::string temp_dir;  // to delete afterwards ("" when the binary lives in the cache)
  bool cache_hit = false;
  double compile_ms = 0;
  std::string pch_note;
};

Built compile_generated(const CliOptions& o, const PipelineResult& pr, bool color) {
  Built b;
  const std::string root = cache_root();
  std::string err;
  auto tc = find_toolchain(o.cxx, root, err);
  if (!tc) {
    driver_error(diag::Code::ToolchainNotFound, "mojoc", err, color);
    std::exit(kExitUserError);
  }
  const std::string runtime = runtime_include_dir();
  CodegenFlags cf;
  cf.opt_level = o.opt_level;
  cf.werror = o.werror;
  cf.sanitizers = o.sanitizers;  // part of `flags`, hence of the cache key and the PCH key
  std::vector<std::string> flags = codegen_flags(*tc, cf, runtime);
  const std::string rh = runtime_hash(runtime, root);
  BuildCache cache(root);
  const std::string key = cache_key({pr.header, pr.source, flags, tc->cxx, tc->version, rh, host_cpu_id()});
  auto t0 = Clock::now();
  if (o.use_cache && cache.has_binary(key)) {
    b.binary = cache.binary_path(key);
    b.cache_hit = true;
    return b;
  }
  std::string work;
  if (o.use_cache) {
    work = cache.make_work_dir();
  } else {
    std::string templ = (fs::temp_directory_path() / "mojoc-XXXXXX").string();
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back('\0');
    if (::mkdtemp(buf.data())) work = buf.data();
  }
  if (work.empty()) throw InternalError("cannot create a work directory under " + root);
  const std::string stem = fs::path(pr.header_name).stem().string();
  const std::string cpp = work + "/" + stem + ".cpp";
  if (!write_file_atomic(work + "/" + pr.header_name, pr.header) || !write_file_atomic(cpp, pr.source))
    throw InternalError("cannot write generated C++ to " + work);

  std::vector<std::string> argv = {tc->cxx};
  argv.insert(argv.end(), flags.begin(), flags.end());
  bool want_pch = o.use_cache && std::getenv("MOJOC_NO_PCH") == nullptr;
  if (want_pch) {
    PchResult pch = ensure_pch(*tc, flags, runtime, rh, root);
    if (pch.ok) argv.insert(argv.end(), pch.use_flags.begin(), pch.use_flags.end());
    b.pch_note = pch.ok ? (pch.built_now ? "PCH built" : "PCH") : "no PCH";
  } else {
    b.pch_note = "no PCH";
  }
  argv.insert(argv.end(), {"-I" + work, cpp, "-o", work + "/" + stem});
  ProcessResult r = run_capture(argv);
  b.compile_ms = ms_since(t0);
  if (!r.started || r.exit_code != 0) {
    std::string msg = "the C++ compiler rejected the code generated for " + o.input + "\n";
    std::string cmd;
    for (const auto& a : argv) cmd += (cmd.empty() ? "" : " ") + a;
    msg += "command: " + cmd + "\n" + r.err + r.out;
    msg += "(the generated C++ is kept in " + work + ")\n";
    throw InternalError(msg);
  }
  if (o.use_cache) {
    if (!cache.store_binary(key, work + "/" + stem)) throw InternalError("cannot store the binary in " + root);
    std::error_code ec;
    fs::remove_all(work, ec);
    b.binary = cache.binary_path(key);
  } else {
    b.binary = work + "/" + stem;
    b.temp_dir = work;
  }
  return b;
}

void print_phase_times(const std::string& input, const PhaseTimes& t, const Built* built, double total_ms) {
  std::fprintf(stderr, "mojoc: phase times for %s\n", input.c_str());
  std::fprintf(stderr, "  lex          %10.3f ms\n", t.lex_ms);
  std::fprintf(stderr, "  parse        %10.3f ms\n", t.parse_ms);
  std::fprintf(stderr, "  sema         %10.3f ms\n", t.sema_ms);
  std::fprintf(stderr, "  emit         %10.3f ms\n", t.emit_ms);
  if (built)
    std::fprintf(stderr, "  c++ compile  %10.3f ms (%s)\n", built->compile_ms,
                 built->cache_hit ? "cache hit" : built->pch_note.c_str());
  std::fprintf(stderr, "  total        %10.3f ms\n", total_ms);
}

}  // namespace

// ---------------------------------------------------------------------------

std::string version_text() { return std::string("mojoc ") + MOJOC_VERSION + " (Mojo to C++20)\n"; }

std::string help_text() {
  return R"(mojoc: compiles Mojo to C++20

usage:
  mojoc run [options] prog.mojo [args...]   compile (cached) and run; args go to the program
  mojoc build [options] prog.mojo [-o out]  build a native executable (default ./<stem>)
  mojoc check [options] prog.mojo           front end only: report diagnostics
  mojoc [options] prog.mojo --emit=cpp -o dir/   write dir/<stem>.hpp + dir/<stem>.cpp (library)
  mojoc [options] prog.mojo --emit=tokens|ast    print the tokens or the AST

options:
  -o PATH               output file (build) or directory (--emit=cpp)
  -O0 -O1 -O2 -O3       optimization level of the generated C++ (default -O2)
  -I DIR                search DIR for imported modules
  --cxx=g++|clang++|PATH   C++ compiler (default: $MOJOC_CXX, g++, clang++)
  --mojo-era=ERA        Mojo edition: auto (default), legacy, modern, or a version (24.4, 26.1, 1.0)
  --target=cpu          code target (cuda and hip are planned)
  --no-line-directives  no #line directives in the generated C++
  --no-cache            do not read or write the build cache (no PCH either)
  --no-color, --color   diagnostics colour (default: only when stderr is a terminal)
  --time-phases         print the wall time of each phase to stderr
  --Werror              compile generated C++ with -Wall -Wextra -Werror
  --sanitize=LIST       run/build only: compile with -fsanitize=LIST (address, undefined, leak,
                        thread; comma-separated) plus -fno-omit-frame-pointer -g; with
                        undefined also -fno-sanitize-recover=all (any UB report is fatal)
  --version, --help

Generated C++ is compiled with: -std=c++20 -ffp-contract=off -O2 -march=native
Build cache: $XDG_CACHE_HOME/mojoc (else ~/.cache/mojoc).  MOJOC_NO_PCH=1 disables the runtime PCH.
Exit codes: 0 ok, 1 error in the program, 70 internal compiler error; `run` returns the program's code.
)";
}

CliParse parse_cli(const std::vector<std::string>& args) {
  CliParse res;
  CliOptions& o = res.options;
  bool explicit_command = false;
  std::size_t i = 0;
  if (!args.empty()) {
    const std::string& a = args[0];
    if (a == "run") o.command = Command::Run, explicit_command = true, i = 1;
    else if (a == "build") o.command = Command::Build, explicit_command = true, i = 1;
    else if (a == "check") o.command = Command::Check, explicit_command = true, i = 1;
    else if (a == "help") o.command = Command::Help, explicit_command = true, i = 1;
  }
  auto fail = [&](std::string msg) {
    res.ok = false;
    res.error = std::move(msg);
    return res;
  };
  auto value_of = [&](const std::string& a, const std::string& name, std::string& out) -> int {
    // 1: matched "--name=value" or "--name value"; 0: not this option; -1: value missing
    if (a == name) {
      if (i + 1 >= args.size()) return -1;
      out = args[++i];
      return 1;
    }
    if (a.rfind(name + "=", 0) == 0) {
      out = a.substr(name.size() + 1);
      return 1;
    }
    return 0;
  };
  bool options_done = false;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!o.input.empty() && o.command == Command::Run) {  // everything after the file is the program's
      o.program_args.push_back(a);
      continue;
    }
    if (options_done || a.empty() || a[0] != '-' || a == "-") {
      if (!o.input.empty()) return fail("more than one input file ('" + o.input + "' and '" + a + "')");
      o.input = a;
      continue;
    }
    std::string v;
    int m = 0;
    if (a == "--") { options_done = true; continue; }
    if (a == "--help" || a == "-h") { o.command = Command::Help; explicit_command = true; continue; }
    if (a == "--version") { o.command = Command::Version; explicit_command = true; continue; }
    if (a == "--no-line-directives") { o.line_directives = false; continue; }
    if (a == "--no-cache") { o.use_cache = false; continue; }
    if (a == "--no-color") { o.color = false; continue; }
    if (a == "--color") { o.color = true; continue; }
    if (a == "--time-phases") { o.time_phases = true; continue; }
    if (a == "--Werror") { o.werror = true; continue; }
    if (a.size() == 3 && a[0] == '-' && a[1] == 'O') {
      if (!parse_int_option(a.substr(2), o.opt_level)) return fail("unknown optimization level '" + a + "'");
      continue;
    }
    if (a == "-o") {
      if (i + 1 >= args.size()) return fail("missing value after '-o'");
      o.output = args[++i];
      continue;
    }
    if (a.rfind("-o", 0) == 0 && a.size() > 2 && a[2] != '-') { o.output = a.substr(2); continue; }
    if (a == "-I") {
      if (i + 1 >= args.size()) return fail("missing directory after '-I'");
      o.include_dirs.push_back(args[++i]);
      continue;
    }
    if (a.rfind("-I", 0) == 0 && a.size() > 2) { o.include_dirs.push_back(a.substr(2)); continue; }
    if ((m = value_of(a, "--cxx", v)) != 0) {
      if (m < 0 || v.empty()) return fail("missing value for '--cxx'");
      o.cxx = v;
      continue;
    }
    if ((m = value_of(a, "--mojo-era", v)) != 0) {
      if (m < 0 || v.empty()) return fail("missing value for '--mojo-era'");
      o.era = v;
      continue;
    }
    if ((m = value_of(a, "--target", v)) != 0) {
      if (m < 0) return fail("missing value for '--target'");
      if (v != "cpu" && v != "cuda" && v != "hip") return fail("unknown target '" + v + "' (expected cpu, cuda or hip)");
      o.target = v;
      continue;
    }
    if ((m = value_of(a, "--sanitize", v)) != 0) {
      if (m < 0 || v.empty()) return fail("missing value for '--sanitize' (expected e.g. address,undefined)");
      std::string err;
      if (!parse_sanitize_list(v, o.sanitizers, err)) return fail(err);
      continue;
    }
    if ((m = value_of(a, "--emit", v)) != 0) {
      if (m < 0) return fail("missing value for '--emit'");
      if (v == "cpp") o.emit = EmitKind::Cpp;
      else if (v == "tokens") o.emit = EmitKind::Tokens;
      else if (v == "ast") o.emit = EmitKind::Ast;
      else if (v == "exe") o.emit = EmitKind::Exe;
      else return fail("unknown --emit kind '" + v + "' (expected cpp, tokens, ast or exe)");
      continue;
    }
    return fail("unknown option '" + a + "'");
  }
  if (o.emit != EmitKind::None && o.emit != EmitKind::Exe) {
    if (explicit_command && o.command != Command::Build && o.command != Command::Help &&
        o.command != Command::Version)
      return fail("--emit cannot be combined with 'run' or 'check'");
    if (o.command == Command::Build) o.command = Command::Emit;
  }
  if (!o.sanitizers.empty() && (o.command == Command::Check || o.command == Command::Emit))
    return fail("--sanitize applies only to 'run' and 'build'");
  if (o.command != Command::Help && o.command != Command::Version && o.input.empty())
    return fail("no input file");
  res.ok = true;
  return res;
}

int run_command(const CliOptions& o) {
  if (o.command == Command::Help) {
    std::fputs(help_text().c_str(), stdout);
    return 0;
  }
  if (o.command == Command::Version) {
    std::fputs(version_text().c_str(), stdout);
    return 0;
  }
  const bool color = o.color.value_or(::isatty(2) && std::getenv("NO_COLOR") == nullptr &&
                                      !(std::getenv("TERM") && std::strcmp(std::getenv("TERM"), "dumb") == 0));
  std::snprintf(g_ice_input, sizeof g_ice_input, "%s", o.input.c_str());
  // For the test suite: proves that a crash becomes an ICE with exit code 70.
  if (const char* c = std::getenv("MOJOC_INTERNAL_TEST_CRASH")) {
    if (std::strcmp(c, "segv") == 0) ::raise(SIGSEGV);
    if (std::strcmp(c, "abort") == 0) std::abort();
    if (std::strcmp(c, "throw") == 0) throw InternalError("test exception");
  }
  if (!has_mojo_extension(o.input)) {
    driver_error(diag::Code::BadExtension, o.input, "", color);
    return kExitUserError;
  }
  {
    std::error_code ec;
    int why = ::access(o.input.c_str(), R_OK) != 0 ? errno : fs::is_directory(o.input, ec) ? EISDIR : 0;
    if (why != 0) {
      driver_error(diag::Code::CannotReadFile, o.input, std::string("cannot read input file: ") + std::strerror(why),
                   color);
      return kExitUserError;
    }
  }
  if (o.target != "cpu") {
    driver_error(diag::Code::BadOption, "mojoc", "--target=" + o.target + " is not supported yet (only cpu)", color);
    return kExitUserError;
  }
  auto t_start = Clock::now();

  SourceManager sources;
  diag::DiagEngine diags(sources);
  CompileOptions co;
  co.era = o.era;
  co.line_directives = o.line_directives;
  co.library_mode = o.command == Command::Emit && o.emit == EmitKind::Cpp;
  co.include_dirs = o.include_dirs;
  StopAfter stop = StopAfter::Cpp;
  if (o.emit == EmitKind::Tokens) stop = StopAfter::Tokens;
  else if (o.emit == EmitKind::Ast) stop = StopAfter::Ast;
  else if (o.command == Command::Check) stop = StopAfter::Sema;

  PhaseTimes times;
  PipelineResult pr = run_pipeline_timed(sources, diags, o.input, co, stop, &times);
  if (!diags.all().empty()) diags.render(stderr, color);
  if (!pr.ok) {
    if (!diags.has_errors()) throw InternalError("the front end failed without reporting an error");
    if (o.time_phases) print_phase_times(o.input, times, nullptr, ms_since(t_start));
    return kExitUserError;
  }

  switch (o.command) {
    case Command::Check:
      if (o.time_phases) print_phase_times(o.input, times, nullptr, ms_since(t_start));
      return 0;
    case Command::Emit: {
      if (o.emit != EmitKind::Cpp) {
        std::fwrite(pr.dump.data(), 1, pr.dump.size(), stdout);
        if (!pr.dump.empty() && pr.dump.back() != '\n') std::fputc('\n', stdout);
        return 0;
      }
      std::string dir = o.output.empty() ? "." : o.output;
      std::string stem = fs::path(pr.header_name).stem().string();
      if (!make_dirs(dir) || !write_file_atomic(dir + "/" + pr.header_name, pr.header) ||
          !write_file_atomic(dir + "/" + stem + ".cpp", pr.source)) {
        driver_error(diag::Code::CannotWriteOutput, dir, "cannot write generated C++ to '" + dir + "'", color);
        return kExitUserError;
      }
      if (o.time_phases) print_phase_times(o.input, times, nullptr, ms_since(t_start));
      return 0;
    }
    case Command::Build:
    case Command::Run: {
      Built b = compile_generated(o, pr, color);
      if (o.time_phases) print_phase_times(o.input, times, &b, ms_since(t_start));
      int code = 0;
      if (o.command == Command::Run) {
        std::fflush(stdout);
        std::vector<std::string> argv = {b.binary};
        argv.insert(argv.end(), o.program_args.begin(), o.program_args.end());
        code = run_inherit(argv);
      } else {
        std::string out = o.output.empty() ? "./" + fs::path(pr.header_name).stem().string() : o.output;
        std::error_code ec;
        std::string tmp = temp_sibling(out);
        fs::copy_file(b.binary, tmp, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(tmp, out, ec);
        if (ec) {
          fs::remove(tmp, ec);
          driver_error(diag::Code::CannotWriteOutput, out, "cannot write '" + out + "'", color);
          code = kExitUserError;
        }
      }
      if (!b.temp_dir.empty()) {
        std::error_code ec;
        fs::remove_all(b.temp_dir, ec);
      }
      return code;
    }
    default:
      return 0;
  }
}

int main_entry(int argc, char** argv) {
  install_crash_handlers();
  std::vector<std::string> args(argv + 1, argv + argc);
  CliParse p = parse_cli(args);
  if (!p.ok) {
    bool color = p.options.color.value_or(::isatty(2) != 0);
    driver_error(diag::Code::BadOption, "mojoc", p.error, color);
    return kExitUserError;
  }
  try {
    return run_command(p.options);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "internal compiler error: %s\n  while compiling %s\n", e.what(), g_ice_input);
    std::fprintf(stderr, "mojoc: this is a bug in mojoc, not in your program; please report it\n");
    return kExitInternal;
  } catch (...) {
    std::fprintf(stderr, "internal compiler error: unknown exception while compiling %s\n", g_ice_input);
    return kExitInternal;
  }
}

}  // namespace mojoc::driver
