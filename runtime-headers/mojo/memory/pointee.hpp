// mojo/memory/pointee.hpp -- the value a Mojo pointer points at, initialized,
// moved out and destroyed explicitly (UnsafePointer.init_pointee_copy/_move,
// take_pointee, destroy_pointee).  The memory itself stays allocated.
#pragma once

#include "mojo/config.hpp"

#include <new>
#include <utility>

#include "mojo/detail/lifecycle.hpp"

namespace mojo::detail {

// p.init_pointee_copy(v) / p.init_pointee_move(v^): sema already made the copy
// (or the move), so this only places the value into the uninitialized slot.
template <class T, class U>
MOJO_HOST_DEVICE inline void init_pointee(T* p, U&& value) {
    ::new (static_cast<void*>(p)) T(static_cast<U&&>(value));
}

// UnsafePointer[T](): the null pointer.
template <class T>
MOJO_HOST_DEVICE constexpr T* null_pointer() noexcept { return nullptr; }

// p.unsafe_write(T(...)): a temporary moves in through its __moveinit__.
template <class T, class U>
MOJO_HOST_DEVICE inline void init_pointee_moved(T* p, U&& value) {
    ::new (static_cast<void*>(p)) T(move_value(value));
}

// p.take_pointee(): the value moves out (through its __moveinit__, as in
// Mojo) and the slot is left uninitialized.
template <class T>
MOJO_HOST_DEVICE inline T take_pointee(T* p) {
    T out = move_value(*p);
    p->~T();
    return out;
}

// p.destroy_pointee(): runs __del__, then releases the C++ members.
template <class T>
MOJO_HOST_DEVICE inline void destroy_pointee(T* p) {
    destroy(*p);
    p->~T();
}

}  // namespace mojo::detail
