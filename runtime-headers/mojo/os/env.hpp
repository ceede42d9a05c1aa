// mojo/os/env.hpp -- os.getenv, os.setenv, os.unsetenv (POSIX). Host only.
#pragma once

#include <cstdlib>

#include "mojo/builtin/string.hpp"

namespace mojo::os {

// getenv(name, default=""): the variable's value, or `default` when it is not
// set (a variable set to "" gives "").
inline String getenv(const String& name, const String& default_value = String()) {
    const char* v = std::getenv(name.c_str());
    return v ? String(v) : default_value;
}

// setenv(name, value, overwrite=True) -> Bool: whether libc's setenv succeeded
// (False for "" or a name containing '='); with overwrite=False an existing
// value is kept and the result is True.
inline bool setenv(const String& name, const String& value, bool overwrite = true) {
    return ::setenv(name.c_str(), value.c_str(), overwrite ? 1 : 0) == 0;
}

// unsetenv(name) -> Bool: False for "" or a name containing '='.
inline bool unsetenv(const String& name) { return ::unsetenv(name.c_str()) == 0; }

}  // namespace mojo::os
