// mojo/memory/owned_pointer.hpp -- Mojo's OwnedPointer[T]: the single owner of
// one heap-allocated T.  `p[]` is a reference to the value; the pointer moves
// with `^` and is never copied implicitly; destroying it destroys the value
// once.  Host only.
//
// Lifecycle as stdlib/README.md: the C++ move steals, m__del__() runs the
// value's Mojo destructor (detail::destroy) and frees, leaving the pointer
// empty; the C++ destructor of a pointer still holding a value only releases
// it (C++ destructor of T, then the memory), never a Mojo __del__.
//
// Mojo 1.2 API (std.memory): OwnedPointer(value^), OwnedPointer(copy_value=x),
// OwnedPointer(other=p) (explicit deep copy), p[], p.ptr() (p.unsafe_ptr() is
// its deprecated name), p^.into_inner(); print(p) prints the value, repr(p)
// `OwnedPointer[SIMD[DType.int, 1]](Int(42))`.
#pragma once

#include "mojo/config.hpp"

#include <new>
#include <string>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/memory/unsafe_pointer.hpp"

namespace mojo {

template <class T>
class OwnedPointer {
    T* p_ = nullptr;

    static T* make(T&& value) {
        T* p = detail::alloc<T>(Int(1));
        // into the allocation through its __moveinit__, as Mojo moves it ("move 7")
        ::new (static_cast<void*>(p)) T(detail::move_value(value));
        return p;
    }
    // Ends the C++ lifetime of the value and frees it (no Mojo __del__).
    void release() noexcept {
        if (p_) {
            p_->~T();
            detail::free(p_);
            p_ = nullptr;
        }
    }

public:
    using value_type = T;

    // ---- C++ lifecycle: empty by default, movable, never copied ----
    OwnedPointer() noexcept = default;
    OwnedPointer(const OwnedPointer&) = delete;
    OwnedPointer& operator=(const OwnedPointer&) = delete;
    OwnedPointer(OwnedPointer&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    OwnedPointer& operator=(OwnedPointer&& o) noexcept {
        if (this != &o) {
            release();
            p_ = o.p_;
            o.p_ = nullptr;
        }
        return *this;
    }
    ~OwnedPointer() { release(); }

    // ---- Mojo constructors ----
    // OwnedPointer(value^): the value moves into a new allocation.
    static OwnedPointer m__init__(T value) {
        OwnedPointer r;
        r.p_ = make(std::move(value));
        return r;
    }
    // OwnedPointer(copy_value=x): a Mojo copy of x.
    static OwnedPointer from_copy_value(const T& copy_value) { return m__init__(detail::copy_value(copy_value)); }
    // OwnedPointer(other=p): a new allocation holding a Mojo copy of p's value.
    static OwnedPointer from_other(const OwnedPointer& other) { return m__init__(detail::copy_value(*other.p_)); }
    // OwnedPointer(unsafe_from_raw_pointer=q): adopts q, which must hold one
    // initialized T allocated by detail::alloc/mojo::alloc.
    static OwnedPointer unsafe_from_raw_pointer(T* q) noexcept {
        OwnedPointer r;
        r.p_ = q;
        return r;
    }
    static OwnedPointer m__moveinit__(OwnedPointer& take) noexcept { return OwnedPointer(std::move(take)); }
    // The Mojo destructor: the value's __del__, then the memory; leaves empty.
    void m__del__() {
        if (p_) {
            detail::destroy(*p_);
            release();
        }
    }

    // ---- access ----
    T& m__getitem__() noexcept { return *p_; }
    const T& m__getitem__() const noexcept { return *p_; }
    T& operator*() noexcept { return *p_; }
    const T& operator*() const noexcept { return *p_; }
    T* operator->() noexcept { return p_; }
    const T* operator->() const noexcept { return p_; }
    T* ptr() const noexcept { return p_; }
    T* unsafe_ptr() const noexcept { return p_; }
    bool has_value() const noexcept { return p_ != nullptr; }

    // p^.into_inner(): the value moves out (through its Mojo move) and the
    // allocation is freed; the pointer is left empty, so nothing is destroyed
    // twice.
    T into_inner() {
        T out = detail::move_value(*p_);
        release();
        return out;
    }

    // ---- printing: the value's text; repr OwnedPointer[T](repr(value)) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_value(w, *p_);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, mojo_type_name());
        w.write_bytes("(", 1);
        detail::write_repr_value(w, *p_);
        w.write_bytes(")", 1);
    }
    static std::string mojo_type_name() { return "OwnedPointer[" + detail::type_name<T>() + "]"; }
};

}  // namespace mojo
