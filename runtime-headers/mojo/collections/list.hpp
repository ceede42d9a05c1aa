// mojo/collections/list.hpp -- Mojo's List[T]: a growable array.
// Own buffer (pointer, length, capacity) so that `xs[i]` is one indexed load
// and the growth policy (and so capacity()) is Mojo's: double, starting at 1.
// Lifecycle as stdlib/README.md: the C++ copy is Mojo's copy (each element
// through detail::copy_value), the move steals the buffer, m__del__() runs
// every element's Mojo destructor and empties, the C++ destructor only frees.
// Also mojo::sort (Mojo's unstable sort, ported so that ties come out in
// Mojo's order). Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/collections/optional.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

namespace detail {

// ---- Mojo's sort (std/builtin/sort.mojo): insertion sort below 32 elements,
// else an explicit-stack quicksort with a median-of-3 pivot. Not stable; the
// exact algorithm matters because equal elements (by `less`) end up in
// Mojo's order only if the same swaps happen (Counter.most_common prints it).

inline constexpr std::int64_t kSortInsertionThreshold = 32;

template <class T, class Less>
inline void sort_insertion(T* a, std::int64_t n, Less& lt) {
    for (std::int64_t i = 1; i < n; ++i) {
        T value(std::move(a[i]));
        std::int64_t j = i;
        while (j > 0 && lt(value, a[j - 1])) {
            a[j] = std::move(a[j - 1]);
            --j;
        }
        a[j] = std::move(value);
    }
}

template <class T>
MOJO_ALWAYS_INLINE void sort_swap(T* a, std::int64_t i, std::int64_t j) {
    using std::swap;
    swap(a[i], a[j]);
}

template <class T, class Less>
MOJO_ALWAYS_INLINE void sort_sort2(T* a, std::int64_t i, std::int64_t j, Less& lt) {
    if (!lt(a[i], a[j])) sort_swap(a, i, j);
}

// everything "<" the pivot (a[0]) to its left
template <class T, class Less>
inline std::int64_t sort_partition_right(T* a, std::int64_t n, Less& lt) {
    std::int64_t left = 1, right = n - 1;
    while (true) {
        while (lt(a[left], a[0])) ++left;
        while (left < right && !lt(a[right], a[0])) --right;
        if (left >= right) {
            std::int64_t pivot = left - 1;
            sort_swap(a, pivot, 0);
            return pivot;
        }
        sort_swap(a, left, right);
        ++left;
        --right;
    }
}

// everything "<=" the pivot (a[0]) to its left
template <class T, class Less>
inline std::int64_t sort_partition_left(T* a, std::int64_t n, Less& lt) {
    std::int64_t left = 1, right = n - 1;
    while (true) {
        while (left < right && !lt(a[0], a[left])) ++left;
        while (lt(a[0], a[right])) --right;
        if (left >= right) {
            std::int64_t pivot = left - 1;
            sort_swap(a, pivot, 0);
            return pivot;
        }
        sort_swap(a, left, right);
        ++left;
        --right;
    }
}

template <class T, class Less>
inline void sort_span(T* base, std::int64_t size, Less lt) {
    if (size < kSortInsertionThreshold) {
        sort_insertion(base, size, lt);
        return;
    }
    struct Interval {
        T* p;
        std::int64_t n;
    };
    // Depth is logarithmic for all but adversarial inputs; grow when needed.
    std::int64_t cap = 64, top = 0;
    Interval* stack = alloc_uninit<Interval>(std::size_t(cap));
    auto push = [&](Interval iv) {
        if (top == cap) {
            Interval* bigger = alloc_uninit<Interval>(std::size_t(cap * 2));
            for (std::int64_t k = 0; k < top; ++k) bigger[k] = stack[k];
            free_uninit(stack);
            stack = bigger;
            cap *= 2;
        }
        stack[top++] = iv;
    };
    push({base, size});
    while (top > 0) {
        Interval iv = stack[--top];
        T* a = iv.p;
        std::int64_t len = iv.n;
        if (len < kSortInsertionThreshold) {
            sort_insertion(a, len, lt);
            continue;
        }
        // median of 3 into a[0]: sort3(len/2, 0, len-1)
        std::int64_t mid = len >> 1;
        sort_sort2(a, mid, 0, lt);
        sort_sort2(a, 0, len - 1, lt);
        sort_sort2(a, mid, 0, lt);
        // a[-1] == pivot: everything equal to it goes left, no recursion there
        if (a > base && !lt(a[-1], a[0])) {
            std::int64_t pivot = sort_partition_left(a, len, lt);
            if (len > pivot + 2) push({a + pivot + 1, len - pivot - 1});
            continue;
        }
        std::int64_t pivot = sort_partition_right(a, len, lt);
        if (len > pivot + 2) push({a + pivot + 1, len - pivot - 1});
        if (pivot > 1) push({a, pivot});
    }
    free_uninit(stack);
}

// What sema names the iterator of a List (`for x in xs` itself is a C++
// range-for over the List): a plain element pointer.
template <class T>
using ListIter = T*;

}  // namespace detail

template <class T>
class List {
    T* data_ = nullptr;
    std::int64_t len_ = 0;
    std::int64_t cap_ = 0;

public:
    using value_type = T;
    using iterator = T*;
    using const_iterator = const T*;

    // ---- C++ lifecycle ----
    List() noexcept = default;
    // {a, b, c}: the elements are copied (Mojo copies).
    List(std::initializer_list<T> xs) {
        reserve_exact(std::int64_t(xs.size()));
        for (const T& x : xs) ::new (static_cast<void*>(data_ + len_++)) T(detail::copy_value(x));
    }
    List(const List& o) {
        reserve_exact(o.len_);
        for (std::int64_t i = 0; i < o.len_; ++i)
            ::new (static_cast<void*>(data_ + i)) T(detail::copy_value(o.data_[i]));
        len_ = o.len_;
    }
    List(List&& o) noexcept : data_(o.data_), len_(o.len_), cap_(o.cap_) {
        o.data_ = nullptr;
        o.len_ = o.cap_ = 0;
    }
    List& operator=(const List& o) {
        if (this != &o) {
            List tmp(o);
            swap(tmp);
        }
        return *this;
    }
    List& operator=(List&& o) noexcept {
        if (this != &o) {
            release();
            data_ = o.data_;
            len_ = o.len_;
            cap_ = o.cap_;
            o.data_ = nullptr;
            o.len_ = o.cap_ = 0;
        }
        return *this;
    }
    ~List() { release(); }
    void swap(List& o) noexcept {
        std::swap(data_, o.data_);
        std::swap(len_, o.len_);
        std::swap(cap_, o.cap_);
    }

    // ---- Mojo constructors (static, returning the value) ----
    static List m__init__() noexcept { return List(); }  // List[T]()
    static List with_capacity(Int capacity) {            // List[T](capacity=n)
        List r;
        r.reserve_exact(capacity.value);
        return r;
    }
    static List with_length(Int length, const T& fill) {  // List[T](length=n, fill=x)
        List r;
        r.reserve_exact(length.value);
        for (std::int64_t i = 0; i < length.value; ++i)
            ::new (static_cast<void*>(r.data_ + i)) T(detail::copy_value(fill));
        r.len_ = length.value < 0 ? 0 : length.value;
        return r;
    }
    // [a, b, c]: __init__(out self, var *values: T, __list_literal__: NoneType).
    // Whatever the call passes for the marker argument is ignored. Mojo moves
    // the values in: they are C++-copied out of the braced list, so no Mojo
    // __copyinit__ runs.
    template <class... Marker>
    static List from_literal(Variadic<T> values, const Marker&...) {
        List r;
        r.reserve_exact(std::int64_t(values.items.size()));
        for (const T& x : values.items) ::new (static_cast<void*>(r.data_ + r.len_++)) T(x);
        return r;
    }
    static List from_copy(const List& copy) { return List(copy); }  // List(copy=other)
    List copy() const { return List(*this); }                       // .copy()

    // Mojo's destruction: each element's __del__, then empty (buffer freed).
    void m__del__() {
        for (std::int64_t i = 0; i < len_; ++i) detail::destroy(data_[i]);
        release();
    }

    // ---- size ----
    Int m__len__() const noexcept { return Int(len_); }
    bool m__bool__() const noexcept { return len_ > 0; }
    explicit operator bool() const noexcept { return len_ > 0; }
    Int capacity() const noexcept { return Int(cap_); }
    std::int64_t size() const noexcept { return len_; }
    bool empty() const noexcept { return len_ == 0; }

    // ---- element access: xs[i] (negative counts from the end) ----
    T& m__getitem__(Int i) noexcept { return data_[detail::norm_index(i.value, len_)]; }
    const T& m__getitem__(Int i) const noexcept { return data_[detail::norm_index(i.value, len_)]; }
    T& operator[](std::int64_t i) noexcept { return data_[detail::norm_index(i, len_)]; }
    const T& operator[](std::int64_t i) const noexcept { return data_[detail::norm_index(i, len_)]; }
    T& unsafe_get(Int i) noexcept { return data_[i.value]; }
    const T& unsafe_get(Int i) const noexcept { return data_[i.value]; }
    void unsafe_set(Int i, T value) { data_[i.value] = std::move(value); }
    T* unsafe_ptr() noexcept { return data_; }
    const T* unsafe_ptr() const noexcept { return data_; }
    T* data() noexcept { return data_; }
    const T* data() const noexcept { return data_; }

    // xs[start:end:step] (Python slice semantics; an omitted bound has
    // has_start/has_end false and its value ignored). A new List of copies.
    List slice(Int start, Int end, Int step, bool has_start, bool has_end) const {
        detail::SliceRange r = detail::slice_indices(len_, start.value, end.value, step.value, has_start, has_end);
        List out;
        out.reserve_exact(r.count);
        for (std::int64_t k = 0, i = r.start; k < r.count; ++k, i += r.step)
            ::new (static_cast<void*>(out.data_ + k)) T(detail::copy_value(data_[i]));
        out.len_ = r.count;
        return out;
    }

    // ---- iteration ----
    T* m__iter__() noexcept { return data_; }
    const T* m__iter__() const noexcept { return data_; }
    T* begin() noexcept { return data_; }
    T* end() noexcept { return data_ + len_; }
    const T* begin() const noexcept { return data_; }
    const T* end() const noexcept { return data_ + len_; }

    // ---- mutation ----
    void append(T value) {
        if (__builtin_expect(len_ >= cap_, 0)) grow_to(cap_ * 2 | std::int64_t(cap_ == 0));
        ::new (static_cast<void*>(data_ + len_)) T(std::move(value));
        ++len_;
    }
    // insert(i, v): i may be negative or past the end (clamped, as Python).
    void insert(Int i, T value) {
        std::int64_t at = i.value;
        if (at < 0) at = at + len_ < 0 ? 0 : at + len_;
        if (at > len_) at = len_;
        append(std::move(value));
        for (std::int64_t k = len_ - 1; k > at; --k) {
            using std::swap;
            swap(data_[k], data_[k - 1]);
        }
    }
    // extend(other^): takes other's elements.
    void extend(List other) {
        if (other.len_ == 0) return;
        if (len_ == 0 && cap_ < other.cap_) {
            swap(other);
            return;
        }
        std::int64_t need = len_ + other.len_;
        if (need > cap_) grow_to(cap_ * 2 > need ? cap_ * 2 : need);
        detail::relocate_n(data_ + len_, other.data_, std::size_t(other.len_));
        len_ = need;
        other.len_ = 0;
    }
    // pop() / pop(i): removes and returns the element (i may be negative).
    T pop() {
        if (__builtin_expect(len_ == 0, 0)) detail::index_out_of_bounds(-1, 0);
        T out(std::move(data_[len_ - 1]));
        data_[--len_].~T();
        return out;
    }
    T pop(Int i) {
        std::int64_t at = i.value < 0 ? i.value + len_ : i.value;
        if (__builtin_expect(at < 0 || at >= len_, 0)) detail::index_out_of_bounds(i.value, len_);
        T out(std::move(data_[at]));
        for (std::int64_t k = at; k + 1 < len_; ++k) data_[k] = std::move(data_[k + 1]);
        data_[--len_].~T();
        return out;
    }
    void reserve(Int new_capacity) {
        if (new_capacity.value > cap_) grow_to(new_capacity.value);
    }
    // resize(length, fill): drops (Mojo-destroys) the tail or appends copies.
    void resize(Int length, const T& fill) {
        if (length.value <= len_) {
            shrink(length);
            return;
        }
        reserve(length);
        while (len_ < length.value) ::new (static_cast<void*>(data_ + len_++)) T(detail::copy_value(fill));
    }
    void shrink(Int length) {
        std::int64_t n = length.value < 0 ? 0 : length.value;
        if (n > len_)
            detail::collection_abort(
                "ABORT: You are calling List.shrink with a new_size bigger than the current size. If you want to make "
                "the "
                "List bigger, provide a value to fill the new slots with. If not, make sure the new size is smaller "
                "than "
                "the current size.");
        while (len_ > n) {
            --len_;
            detail::destroy(data_[len_]);
            data_[len_].~T();
        }
    }
    // clear(): every element's __del__ runs; the capacity is kept.
    void clear() {
        for (std::int64_t i = 0; i < len_; ++i) detail::destroy(data_[i]);
        detail::destroy_cpp_n(data_, std::size_t(len_));
        len_ = 0;
    }
    void reverse() noexcept {
        using std::swap;
        for (std::int64_t i = 0, j = len_ - 1; i < j; ++i, --j) swap(data_[i], data_[j]);
    }
    void swap_elements(Int a, Int b) noexcept {
        using std::swap;
        swap(data_[a.value], data_[b.value]);
    }

    // ---- searching ----
    bool m__contains__(const T& value) const {
        for (std::int64_t i = 0; i < len_; ++i)
            if (detail::equal(data_[i], value)) return true;
        return false;
    }
    Int count(const T& value) const {
        std::int64_t n = 0;
        for (std::int64_t i = 0; i < len_; ++i) n += detail::equal(data_[i], value) ? 1 : 0;
        return Int(n);
    }
    // index(value, start=0, stop=None): start/stop are slice indices.
    Raises<Int> index(const T& value, Int start = Int(0), const Optional<Int>& stop = Optional<Int>()) const {
        std::int64_t b = detail::clip_index(start.value, len_);
        std::int64_t e = stop.has_value() ? detail::clip_index(stop.unsafe_value().value, len_) : len_;
        for (std::int64_t i = b; i < e; ++i)
            if (detail::equal(data_[i], value)) return Int(i);
        return Error("ValueError: Given element is not in list");
    }

    // ---- operators ----
    bool m__eq__(const List& o) const {
        if (len_ != o.len_) return false;
        for (std::int64_t i = 0; i < len_; ++i)
            if (!detail::equal(data_[i], o.data_[i])) return false;
        return true;
    }
    bool m__ne__(const List& o) const { return !m__eq__(o); }
    List m__add__(List other) const {
        List r(*this);
        r.extend(std::move(other));
        return r;
    }
    void m__iadd__(List other) { extend(std::move(other)); }
    List m__mul__(Int n) const {
        List r;
        if (n.value <= 0 || len_ == 0) return r;
        r.reserve_exact(len_ * n.value);
        for (std::int64_t k = 0; k < n.value; ++k)
            for (std::int64_t i = 0; i < len_; ++i)
                ::new (static_cast<void*>(r.data_ + r.len_++)) T(detail::copy_value(data_[i]));
        return r;
    }
    void m__imul__(Int n) {
        if (n.value <= 0 || len_ == 0) {
            clear();
            return;
        }
        std::int64_t orig = len_;
        reserve(Int(len_ * n.value));
        for (std::int64_t k = 1; k < n.value; ++k)
            for (std::int64_t i = 0; i < orig; ++i)
                ::new (static_cast<void*>(data_ + len_++)) T(detail::copy_value(data_[i]));
    }

    // Sorts in place with Mojo's algorithm (`sort(list)`), by detail::less.
    void sort() {
        detail::sort_span(data_, len_, [](const T& a, const T& b) { return detail::less(a, b); });
    }
    template <class Less>
    void sort_by(Less lt) {
        detail::sort_span(data_, len_, lt);
    }

    // Hashable when T is: every element in order.
    template <class H>
    void m__hash__(H& hasher) const {
        for (std::int64_t i = 0; i < len_; ++i) hasher.update(data_[i]);
    }

    // ---- printing: [1, 2, 3]; repr List[SIMD[DType.int, 1]]([Int(1), ...]) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_sequence(w, *this);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_sequence_repr(w, mojo_type_name(), *this);
    }
    static std::string mojo_type_name() { return "List[" + detail::type_name<T>() + "]"; }

private:
    void release() noexcept {
        detail::destroy_cpp_n(data_, std::size_t(len_));
        detail::free_uninit(data_);
        data_ = nullptr;
        len_ = cap_ = 0;
    }
    void reserve_exact(std::int64_t n) {
        if (n > cap_) grow_to(n);
    }
    void grow_to(std::int64_t n) {
        T* fresh = detail::alloc_uninit<T>(std::size_t(n));
        detail::relocate_n(fresh, data_, std::size_t(len_));
        detail::free_uninit(data_);
        data_ = fresh;
        cap_ = n;
    }
};

// Mojo's sort(list) (builtin): in place, by `<` (m__lt__), Mojo's algorithm.
template <class T>
inline void sort(List<T>& xs) {
    xs.sort();
}

// len(xs)
template <class T>
inline Int len(const List<T>& xs) noexcept {
    return xs.m__len__();
}

}  // namespace mojo
