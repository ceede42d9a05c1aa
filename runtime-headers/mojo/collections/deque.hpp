// mojo/collections/deque.hpp -- Mojo's Deque[T]: a double-ended queue on a
// power-of-two ring buffer, with Mojo's optional maxlen (pushing onto a full
// deque drops an element at the other end). Lifecycle as stdlib/README.md.
// Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/collections/optional.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

template <class T>
class Deque;

namespace detail {
// What sema names the iterator of a Deque (never materialised: `for` is a C++
// range-for over the Deque).
template <class T>
using DequeIter = T*;
}  // namespace detail

template <class T>
class Deque {
    T* data_ = nullptr;
    std::int64_t head_ = 0;  // physical index of element 0
    std::int64_t len_ = 0;
    std::int64_t cap_ = 0;      // 0 or a power of two
    std::int64_t maxlen_ = -1;  // -1: unbounded

    T& at(std::int64_t i) noexcept { return data_[(head_ + i) & (cap_ - 1)]; }
    const T& at(std::int64_t i) const noexcept { return data_[(head_ + i) & (cap_ - 1)]; }

public:
    using value_type = T;

    template <bool Const>
    class Iter {
        using D = std::conditional_t<Const, const Deque*, Deque*>;
        D d_;
        std::int64_t i_;

    public:
        Iter(D d, std::int64_t i) noexcept : d_(d), i_(i) {}
        decltype(auto) operator*() const noexcept { return d_->at(i_); }
        Iter& operator++() noexcept {
            ++i_;
            return *this;
        }
        bool operator!=(const Iter& o) const noexcept { return i_ != o.i_; }
        bool operator==(const Iter& o) const noexcept { return i_ == o.i_; }
    };

    // ---- C++ lifecycle ----
    Deque() noexcept = default;
    Deque(const Deque& o) : maxlen_(o.maxlen_) {
        reserve(o.len_);
        for (std::int64_t i = 0; i < o.len_; ++i) ::new (static_cast<void*>(data_ + i)) T(detail::copy_value(o.at(i)));
        len_ = o.len_;
    }
    Deque(Deque&& o) noexcept { steal(o); }
    Deque& operator=(const Deque& o) {
        if (this != &o) {
            Deque tmp(o);
            release();
            steal(tmp);
        }
        return *this;
    }
    Deque& operator=(Deque&& o) noexcept {
        if (this != &o) {
            release();
            steal(o);
        }
        return *this;
    }
    ~Deque() { release(); }

    // ---- Mojo constructors ----
    // Deque[T](*, elements=None, capacity=64, min_capacity=64, maxlen=-1, shrink=True)
    static Deque m__init__(Optional<List<T>> elements = Optional<List<T>>(), Int capacity = Int(64),
                           Int min_capacity = Int(64), Int maxlen = Int(-1), bool shrink = true) {
        (void)min_capacity;
        (void)shrink;  // storage policy only: not observable
        Deque d;
        d.maxlen_ = maxlen.value > 0 ? maxlen.value : -1;
        std::int64_t c = capacity.value > 0 ? capacity.value : 64;
        if (d.maxlen_ > 0 && c > d.maxlen_ + 1) c = d.maxlen_ + 1;
        d.reserve(c < 8 ? 8 : c);
        if (elements.has_value()) d.extend(elements.take());
        return d;
    }
    // Deque[T](a, b, c) / [a, b] literal: __init__(out self, var *values: T, __list_literal__)
    template <class... Marker>
    static Deque from_literal(Variadic<T> values, const Marker&...) {
        Deque d;
        d.reserve(std::int64_t(values.items.size()));
        for (const T& x : values.items) d.append(T(x));  // moved in Mojo: no __copyinit__
        return d;
    }
    static Deque from_copy(const Deque& copy) { return Deque(copy); }
    Deque copy() const { return Deque(*this); }

    void m__del__() {
        for (std::int64_t i = 0; i < len_; ++i) detail::destroy(at(i));
        release();
    }

    // ---- size and access ----
    Int m__len__() const noexcept { return Int(len_); }
    bool m__bool__() const noexcept { return len_ != 0; }
    explicit operator bool() const noexcept { return len_ != 0; }
    std::int64_t size() const noexcept { return len_; }
    T& m__getitem__(Int i) noexcept { return at(detail::norm_index(i.value, len_)); }
    const T& m__getitem__(Int i) const noexcept { return at(detail::norm_index(i.value, len_)); }
    T& operator[](std::int64_t i) noexcept { return at(detail::norm_index(i, len_)); }
    const T& operator[](std::int64_t i) const noexcept { return at(detail::norm_index(i, len_)); }

    Iter<false> begin() noexcept { return {this, 0}; }
    Iter<false> end() noexcept { return {this, len_}; }
    Iter<true> begin() const noexcept { return {this, 0}; }
    Iter<true> end() const noexcept { return {this, len_}; }

    // ---- both ends ----
    void append(T value) {
        if (maxlen_ > 0 && len_ == maxlen_) drop_left();
        grow_if_full();
        ::new (static_cast<void*>(data_ + ((head_ + len_) & (cap_ - 1)))) T(std::move(value));
        ++len_;
    }
    void appendleft(T value) {
        if (maxlen_ > 0 && len_ == maxlen_) drop_right();
        grow_if_full();
        head_ = (head_ - 1) & (cap_ - 1);
        ::new (static_cast<void*>(data_ + head_)) T(std::move(value));
        ++len_;
    }
    Raises<T> pop() {
        if (len_ == 0) return Error("IndexError: Deque is empty");
        T& slot = at(len_ - 1);
        T out(std::move(slot));
        slot.~T();
        --len_;
        return out;
    }
    Raises<T> popleft() {
        if (len_ == 0) return Error("IndexError: Deque is empty");
        T& slot = data_[head_];
        T out(std::move(slot));
        slot.~T();
        head_ = (head_ + 1) & (cap_ - 1);
        --len_;
        return out;
    }
    Raises<T> peek() const {
        if (len_ == 0) return Error("IndexError: Deque is empty");
        return detail::copy_value(at(len_ - 1));
    }
    Raises<T> peekleft() const {
        if (len_ == 0) return Error("IndexError: Deque is empty");
        return detail::copy_value(at(0));
    }
    // extend(values^): appends each (with maxlen, the oldest fall off the left).
    void extend(List<T> values) {
        for (auto& v : values) append(std::move(v));
    }
    // extendleft(values^): appendleft each, so they end up reversed.
    void extendleft(List<T> values) {
        for (auto& v : values) appendleft(std::move(v));
    }

    // ---- middle ----
    // insert(idx, value): idx clamped like Python; raises on a full bounded deque.
    Raises<void> insert(Int idx, T value) {
        if (len_ == maxlen_) return Error("IndexError: Deque is already at its maximum size");
        std::int64_t i = idx.value;
        if (i < -len_) i = 0;
        if (i > len_) i = len_;
        if (i < 0) i += len_;
        append(std::move(value));
        for (std::int64_t k = len_ - 1; k > i; --k) {
            using std::swap;
            swap(at(k), at(k - 1));
        }
        return {};
    }
    // remove(value): the first equal element; raises when there is none.
    Raises<void> remove(const T& value) {
        for (std::int64_t i = 0; i < len_; ++i)
            if (detail::equal(at(i), value)) {
                detail::destroy(at(i));
                for (std::int64_t k = i; k + 1 < len_; ++k) at(k) = std::move(at(k + 1));
                at(len_ - 1).~T();
                --len_;
                return {};
            }
        return Error("ValueError: Given element is not in deque");
    }
    Raises<Int> index(const T& value, Int start = Int(0), const Optional<Int>& stop = Optional<Int>()) const {
        std::int64_t b = detail::clip_index(start.value, len_);
        std::int64_t e = stop.has_value() ? detail::clip_index(stop.unsafe_value().value, len_) : len_;
        for (std::int64_t i = b; i < e; ++i)
            if (detail::equal(at(i), value)) return Int(i);
        return Error("ValueError: Given element is not in deque");
    }
    Int count(const T& value) const {
        std::int64_t n = 0;
        for (std::int64_t i = 0; i < len_; ++i) n += detail::equal(at(i), value) ? 1 : 0;
        return Int(n);
    }
    bool m__contains__(const T& value) const {
        for (std::int64_t i = 0; i < len_; ++i)
            if (detail::equal(at(i), value)) return true;
        return false;
    }
    void clear() {
        for (std::int64_t i = 0; i < len_; ++i) {
            detail::destroy(at(i));
            at(i).~T();
        }
        head_ = len_ = 0;
    }
    void reverse() noexcept {
        using std::swap;
        for (std::int64_t i = 0, j = len_ - 1; i < j; ++i, --j) swap(at(i), at(j));
    }
    // rotate(n=1): n > 0 moves elements from the right end to the left.
    void rotate(Int n = Int(1)) {
        if (len_ == 0) return;
        std::int64_t k = n.value % len_;
        if (k < 0) k += len_;
        if (k == 0) return;
        if (len_ == cap_) {  // full ring: rotating is moving the head
            head_ = (head_ - k) & (cap_ - 1);
            return;
        }
        for (std::int64_t s = 0; s < k; ++s) {  // move the last element to the front
            std::int64_t last = (head_ + len_ - 1) & (cap_ - 1);
            head_ = (head_ - 1) & (cap_ - 1);
            ::new (static_cast<void*>(data_ + head_)) T(std::move(data_[last]));
            data_[last].~T();
        }
    }

    // ---- operators ----
    bool m__eq__(const Deque& o) const {
        if (len_ != o.len_) return false;
        for (std::int64_t i = 0; i < len_; ++i)
            if (!detail::equal(at(i), o.at(i))) return false;
        return true;
    }
    bool m__ne__(const Deque& o) const { return !m__eq__(o); }
    Deque m__add__(const Deque& o) const {
        Deque r(*this);
        for (std::int64_t i = 0; i < o.len_; ++i) r.append(detail::copy_value(o.at(i)));
        return r;
    }
    void m__iadd__(const Deque& o) {
        Deque src(o);  // o may be *this
        for (std::int64_t i = 0; i < src.len_; ++i) append(std::move(src.at(i)));
    }
    Deque m__mul__(Int n) const {
        Deque r;
        r.maxlen_ = maxlen_;
        for (std::int64_t k = 0; k < n.value; ++k)
            for (std::int64_t i = 0; i < len_; ++i) r.append(detail::copy_value(at(i)));
        return r;
    }
    void m__imul__(Int n) {
        if (n.value <= 0) {
            clear();
            return;
        }
        Deque orig(*this);
        for (std::int64_t k = 1; k < n.value; ++k)
            for (std::int64_t i = 0; i < orig.len_; ++i) append(detail::copy_value(orig.at(i)));
    }

    // ---- printing: [1, 2]; repr Deque[SIMD[DType.int, 1]]([Int(1), Int(2)]) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_sequence(w, *this);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_sequence_repr(w, mojo_type_name(), *this);
    }
    static std::string mojo_type_name() { return "Deque[" + detail::type_name<T>() + "]"; }

private:
    void drop_left() {
        detail::destroy(data_[head_]);
        data_[head_].~T();
        head_ = (head_ + 1) & (cap_ - 1);
        --len_;
    }
    void drop_right() {
        T& last = at(len_ - 1);
        detail::destroy(last);
        last.~T();
        --len_;
    }
    void grow_if_full() {
        if (__builtin_expect(len_ == cap_, 0)) reserve(cap_ ? cap_ * 2 : 8);
    }
    // Capacity >= n (a power of two); elements re-laid from index 0.
    void reserve(std::int64_t n) {
        if (n <= cap_) return;
        std::int64_t c = 8;
        while (c < n) c *= 2;
        T* fresh = detail::alloc_uninit<T>(std::size_t(c));
        for (std::int64_t i = 0; i < len_; ++i) {
            T& src = at(i);
            ::new (static_cast<void*>(fresh + i)) T(std::move(src));
            src.~T();
        }
        detail::free_uninit(data_);
        data_ = fresh;
        cap_ = c;
        head_ = 0;
    }
    void steal(Deque& o) noexcept {
        data_ = o.data_;
        head_ = o.head_;
        len_ = o.len_;
        cap_ = o.cap_;
        maxlen_ = o.maxlen_;
        o.data_ = nullptr;
        o.head_ = o.len_ = o.cap_ = 0;
    }
    void release() noexcept {
        if constexpr (!std::is_trivially_destructible_v<T>)
            for (std::int64_t i = 0; i < len_; ++i) at(i).~T();
        detail::free_uninit(data_);
        data_ = nullptr;
        head_ = len_ = cap_ = 0;
    }
};

template <class T>
inline Int len(const Deque<T>& d) noexcept {
    return d.m__len__();
}

}  // namespace mojo
