// Driver pieces: hashing, cache keys, CLI parsing (driver/*.hpp).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "driver/build_cache.hpp"
#include "driver/cli.hpp"
#include "driver/hash.hpp"
#include "driver/paths.hpp"
#include "driver/phase_times.hpp"
#include "driver/process.hpp"

using namespace mojoc::driver;

TEST_CASE("SHA-256 matches the FIPS 180-2 test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  std::string million(1000000, 'a');
  CHECK(sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("incremental hashing equals one-shot hashing") {
  std::string data;
  for (int i = 0; i < 1000; ++i) data += static_cast<char>(i * 7);
  Sha256 h;
  for (std::size_t i = 0; i < data.size(); i += 13) h.update(std::string_view(data).substr(i, 13));
  CHECK(h.hex() == sha256_hex(data));
}

TEST_CASE("field() separates fields: (ab, c) != (a, bc)") {
  CHECK(Sha256().field("ab").field("c").hex() != Sha256().field("a").field("bc").hex());
}

namespace {
CacheKeyInputs base_inputs() {
  return {"// hpp\n", "int main() {}\n", {"-std=c++20", "-O2"}, "/usr/bin/g++", "g++ 12.2.0", "rt", "cpu"};
}
}  // namespace

TEST_CASE("cache key is stable and changes with every input") {
  const std::string k = cache_key(base_inputs());
  CHECK(k.size() == 64);
  CHECK(cache_key(base_inputs()) == k);
  auto changed = [&](auto mutate) {
    CacheKeyInputs in = base_inputs();
    mutate(in);
    return cache_key(in) != k;
  };
  CHECK(changed([](CacheKeyInputs& i) { i.source += " "; }));
  CHECK(changed([](CacheKeyInputs& i) { i.header = "// other\n"; }));
  CHECK(changed([](CacheKeyInputs& i) { i.flags[1] = "-O3"; }));
  CHECK(changed([](CacheKeyInputs& i) { i.flags.push_back("-Werror"); }));
  CHECK(changed([](CacheKeyInputs& i) { i.compiler_path = "/usr/bin/clang++"; }));
  CHECK(changed([](CacheKeyInputs& i) { i.compiler_version = "g++ 13"; }));
  CHECK(changed([](CacheKeyInputs& i) { i.runtime_hash = "rt2"; }));
  CHECK(changed([](CacheKeyInputs& i) { i.host_cpu = "other"; }));
  // Moving text between header and source is a different program.
  CHECK(changed([](CacheKeyInputs& i) { i.header = "// hpp\nint main() {}\n"; i.source = ""; }));
}

TEST_CASE("runtime hash follows header content") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("mojoc-unit-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "rt" / "mojo");
  REQUIRE(write_file_atomic((dir / "rt" / "mojo" / "core.hpp").string(), "#pragma once\n"));
  std::string cache = (dir / "cache").string();
  std::string h1 = runtime_hash((dir / "rt").string(), cache);
  CHECK(runtime_hash((dir / "rt").string(), cache) == h1);  // memoized, same answer
  REQUIRE(write_file_atomic((dir / "rt" / "mojo" / "core.hpp").string(), "#pragma once\nint x;\n"));
  CHECK(runtime_hash((dir / "rt").string(), cache) != h1);
  fs::remove_all(dir);
}

TEST_CASE("atomic write replaces the file and leaves no temporaries") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("mojoc-unit-w-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::string f = (dir / "sub" / "x.txt").string();
  REQUIRE(write_file_atomic(f, "one"));
  REQUIRE(write_file_atomic(f, "two"));
  CHECK(read_file(f).value_or("") == "two");
  int entries = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dir / "sub")) ++entries;
  CHECK(entries == 1);
  fs::remove_all(dir);
}

TEST_CASE("process: captures stdout, stderr and the exit code without a shell") {
  ProcessResult r = run_capture({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"});
  CHECK(r.started);
  CHECK(r.out == "out\n");
  CHECK(r.err == "err\n");
  CHECK(r.exit_code == 3);
  ProcessResult q = run_capture({"/bin/echo", "a b", "$HOME"});
  CHECK(q.out == "a b $HOME\n");
  ProcessResult missing = run_capture({"/nonexistent/program"});
  CHECK_FALSE(missing.started);
}

// ---------------------------------------------------------------------------

TEST_CASE("cli: run forwards everything after the input to the program") {
  CliParse p = parse_cli({"run", "--no-color", "-O3", "prog.mojo", "a", "--flag", "-O0"});
  REQUIRE(p.ok);
  CHECK(p.options.command == Command::Run);
  CHECK(p.options.input == "prog.mojo");
  CHECK(p.options.opt_level == 3);
  CHECK(p.options.color == false);
  CHECK(p.options.program_args == std::vector<std::string>{"a", "--flag", "-O0"});
}

TEST_CASE("cli: defaults") {
  CliParse p = parse_cli({"build", "x.mojo"});
  REQUIRE(p.ok);
  CHECK(p.options.opt_level == 2);
  CHECK(p.options.line_directives);
  CHECK(p.options.use_cache);
  CHECK_FALSE(p.options.color.has_value());
  CHECK(p.options.era == "auto");
  CHECK(p.options.target == "cpu");
}

TEST_CASE("cli: --emit=cpp without a command is the emit command") {
  CliParse p = parse_cli({"k.mojo", "--emit=cpp", "-o", "out/", "-I", "inc", "-Ilib", "--no-line-directives"});
  REQUIRE(p.ok);
  CHECK(p.options.command == Command::Emit);
  CHECK(p.options.emit == EmitKind::Cpp);
  CHECK(p.options.output == "out/");
  CHECK(p.options.include_dirs == std::vector<std::string>{"inc", "lib"});
  CHECK_FALSE(p.options.line_directives);
  CHECK(parse_cli({"k.mojo", "--emit", "tokens"}).options.emit == EmitKind::Tokens);
  CHECK(parse_cli({"k.mojo", "--emit=ast"}).options.emit == EmitKind::Ast);
}

TEST_CASE("cli: value options in both spellings") {
  CliParse p = parse_cli({"check", "--cxx=clang++", "--mojo-era", "24.4", "--time-phases", "--Werror", "--no-cache", "f.mojo"});
  REQUIRE(p.ok);
  CHECK(p.options.command == Command::Check);
  CHECK(p.options.cxx == "clang++");
  CHECK(p.options.era == "24.4");
  CHECK(p.options.time_phases);
  CHECK(p.options.werror);
  CHECK_FALSE(p.options.use_cache);
}

TEST_CASE("cli: errors") {
  CHECK_FALSE(parse_cli({"run", "--bogus", "x.mojo"}).ok);
  CHECK_FALSE(parse_cli({"build"}).ok);                       // no input
  CHECK_FALSE(parse_cli({"build", "a.mojo", "b.mojo"}).ok);   // two inputs
  CHECK_FALSE(parse_cli({"build", "-O7", "a.mojo"}).ok);
  CHECK_FALSE(parse_cli({"a.mojo", "--emit=llvm"}).ok);
  CHECK(parse_cli({"run", "a.mojo", "--emit=cpp"}).ok);  // after the input: a program argument
  CHECK_FALSE(parse_cli({"run", "--emit=cpp", "a.mojo"}).ok);
  CHECK_FALSE(parse_cli({"build", "-o"}).ok);
  CHECK(parse_cli({"--version"}).ok);
  CHECK(parse_cli({"--help"}).options.command == Command::Help);
}

TEST_CASE("module names become C++ identifiers") {
  CHECK(mojoc::cpp_identifier("hello") == "hello");
  CHECK(mojoc::cpp_identifier("my-prog") == "my_prog");
  CHECK(mojoc::cpp_identifier("2d") == "m_2d");
}
