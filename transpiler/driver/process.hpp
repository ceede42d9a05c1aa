// Starting other programs: the C++ compiler, and the compiled Mojo program.
//
// This is the only file in mojoc that creates processes.  It uses
// posix_spawn with an explicit argv (never a shell), so paths with spaces or
// quotes in them need no escaping.
#pragma once

#include <string>
#include <vector>

namespace mojoc::driver {

struct ProcessResult {
  bool started = false;   // false: the program could not be executed at all
  int exit_code = -1;     // exit status, or 128+signal when killed by a signal
  int term_signal = 0;    // the signal that killed it, 0 if it exited
  std::string out;        // captured stdout
  std::string err;        // captured stderr (or the reason it did not start)
};

// Runs argv[0] (an absolute path, or a name looked up in PATH) with stdout
// and stderr captured.
ProcessResult run_capture(const std::vector<std::string>& argv);

// Runs argv[0] with mojoc's own stdin/stdout/stderr, waits, and returns its
// exit status (128+signal when it was killed by a signal, 127 when it could
// not start).
int run_inherit(const std::vector<std::string>& argv);

// Looks a program name up in $PATH; a name with a '/' is returned as is when
// it exists.  Returns "" when not found.
std::string find_program(const std::string& name);

}  // namespace mojoc::driver
