// Shared by the runtime unit tests: a value's text as print and repr write it.
#pragma once

#include <string>

#include "mojo/builtin/repr.hpp"
#include "mojo/builtin/string.hpp"

namespace test_text {

template <class T>
std::string S(const T& v) {
    return mojo::String(v).str();
}
template <class T>
std::string R(const T& v) {
    return mojo::repr(v).str();
}

}  // namespace test_text
