// mojo/memory/arc_pointer.hpp -- Mojo's ArcPointer[T]: shared ownership of one
// heap-allocated T with an atomic reference count.  Copying a pointer adds a
// reference, destroying one drops it, and the last one destroys the value.
// Host only.
//
// Lifecycle as stdlib/README.md: the C++ copy is Mojo's copy (count + 1), the
// move steals; m__del__() drops this reference and, if it was the last, runs
// the value's Mojo destructor (detail::destroy) before freeing; it leaves the
// pointer empty.  The C++ destructor of a pointer that still holds a reference
// drops it too, but ends the value with its C++ destructor only (no Mojo
// __del__): sema calls m__del__ wherever T's destruction runs user code.
//
// Mojo 1.2 API (std.memory): ArcPointer(value^) (ImplicitlyCopyable: `var q = p`
// shares), ArcPointer(copy=p), p.copy(), p[] (a mutable reference even through
// a read-only pointer), p.ptr() / p.unsafe_ptr(), p.count() -> UInt64 (the
// strong count), p.weak_count() -> UInt64, `p is q`, `p is not q`, `p == q`
// (compares the values), print(p) prints the value, repr(p)
// `ArcPointer[SIMD[DType.int, 1]](Int(3))`.  0.25.6: the same, count() -> UInt64.
// Not provided: WeakPointer / downgrade (weak_count() is always 0 here).
#pragma once

#include "mojo/config.hpp"

#include <atomic>
#include <cstdint>
#include <new>
#include <string>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/memory/unsafe_pointer.hpp"

namespace mojo {

namespace detail {
// The shared allocation: the count beside the value, one allocation per value.
template <class T>
struct ArcBlock {
    std::atomic<std::uint64_t> strong;
    T value;
};
}  // namespace detail

template <class T>
class ArcPointer {
    detail::ArcBlock<T>* b_ = nullptr;

    void add_ref() const noexcept {
        if (b_) b_->strong.fetch_add(1, std::memory_order_relaxed);
    }
    // Drops this reference; returns the block if it was the last one (the
    // caller then ends the value).  acq_rel: every write made through other
    // references happens-before the value's destruction.
    detail::ArcBlock<T>* drop_ref() noexcept {
        detail::ArcBlock<T>* b = b_;
        b_ = nullptr;
        if (b && b->strong.fetch_sub(1, std::memory_order_acq_rel) == 1) return b;
        return nullptr;
    }
    static void free_block(detail::ArcBlock<T>* b) noexcept {
        b->~ArcBlock();
        detail::free(b);
    }

public:
    using value_type = T;

    // ---- C++ lifecycle ----
    ArcPointer() noexcept = default;
    ArcPointer(const ArcPointer& o) noexcept : b_(o.b_) { add_ref(); }
    ArcPointer(ArcPointer&& o) noexcept : b_(o.b_) { o.b_ = nullptr; }
    ArcPointer& operator=(const ArcPointer& o) noexcept {
        if (b_ != o.b_) {
            o.add_ref();
            if (auto* last = drop_ref()) free_block(last);
            b_ = o.b_;
        }
        return *this;
    }
    ArcPointer& operator=(ArcPointer&& o) noexcept {
        if (this != &o) {
            if (auto* last = drop_ref()) free_block(last);
            b_ = o.b_;
            o.b_ = nullptr;
        }
        return *this;
    }
    ~ArcPointer() {
        if (auto* last = drop_ref()) free_block(last);
    }

    // ---- Mojo constructors ----
    // ArcPointer(value^): count 1.
    static ArcPointer m__init__(T value) {
        ArcPointer r;
        auto* b = static_cast<detail::ArcBlock<T>*>(detail::alloc<detail::ArcBlock<T>>(Int(1)));
        ::new (static_cast<void*>(&b->strong)) std::atomic<std::uint64_t>(1);
        ::new (static_cast<void*>(&b->value)) T(std::move(value));
        r.b_ = b;
        return r;
    }
    // ArcPointer(copy=p) / p.copy(): another reference to the same value.
    static ArcPointer from_copy(const ArcPointer& copy) noexcept { return ArcPointer(copy); }
    static ArcPointer m__copyinit__(const ArcPointer& copy) noexcept { return ArcPointer(copy); }
    static ArcPointer m__moveinit__(ArcPointer& take) noexcept { return ArcPointer(std::move(take)); }
    ArcPointer copy() const noexcept { return ArcPointer(*this); }

    // The Mojo destructor: drops this reference; the last one runs the value's
    // __del__ and frees.  Leaves the pointer empty.
    void m__del__() {
        if (auto* last = drop_ref()) {
            detail::destroy(last->value);
            free_block(last);
        }
    }

    // ---- access (shared: a mutable reference whatever the pointer's constness) ----
    T& m__getitem__() const noexcept { return b_->value; }
    T& operator*() const noexcept { return b_->value; }
    T* operator->() const noexcept { return &b_->value; }
    T* ptr() const noexcept { return &b_->value; }
    T* unsafe_ptr() const noexcept { return &b_->value; }

    // Strong references now (other threads may change it right after).
    UInt64 count() const noexcept { return UInt64(b_ ? b_->strong.load(std::memory_order_relaxed) : 0); }
    UInt64 weak_count() const noexcept { return UInt64(0); }

    // ---- identity and value comparison ----
    bool m__is__(const ArcPointer& o) const noexcept { return b_ == o.b_; }
    bool m__isnot__(const ArcPointer& o) const noexcept { return b_ != o.b_; }
    bool m__eq__(const ArcPointer& o) const { return detail::equal(b_->value, o.b_->value); }
    bool m__ne__(const ArcPointer& o) const { return !m__eq__(o); }
    template <class H>
    void m__hash__(H& hasher) const {
        detail::hash_into(hasher, b_->value);
    }

    // ---- printing: the value's text; repr ArcPointer[T](repr(value)) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_value(w, b_->value);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, mojo_type_name());
        w.write_bytes("(", 1);
        detail::write_repr_value(w, b_->value);
        w.write_bytes(")", 1);
    }
    static std::string mojo_type_name() { return "ArcPointer[" + detail::type_name<T>() + "]"; }
};

}  // namespace mojo
