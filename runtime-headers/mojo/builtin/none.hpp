// mojo/builtin/none.hpp -- Mojo's None as a value: `Optional[Int] = None`
// passes it to a constructor that takes a NoneType. (A function returning
// None is `void` in C++; this type is only for None passed as a value.)
#pragma once

#include "mojo/config.hpp"

namespace mojo {

struct NoneType {
    template <class W>
    void write_to(W& w) const {
        w.write_bytes("None", 4);
    }
};
inline constexpr NoneType None{};

}  // namespace mojo
