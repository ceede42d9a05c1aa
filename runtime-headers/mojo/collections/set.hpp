// mojo/collections/set.hpp -- Mojo's Set[T]: an insertion-ordered hash set,
// a Dict[T, <nothing>] underneath as in Mojo (so iteration, printing and pop()
// follow insertion order exactly as Mojo's). Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <string>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/collections/dict.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"

namespace mojo {

namespace detail {
// The value type of a Set's Dict: nothing (Mojo uses NoneType).
struct SetUnit {
    friend constexpr bool operator==(SetUnit, SetUnit) noexcept { return true; }
};
// What sema names the iterator of a Set (never materialised: `for` is a C++
// range-for over the Set).
template <class T>
using SetIter = const T*;
}  // namespace detail

template <class T>
class Set {
    using Table = Dict<T, detail::SetUnit>;
    Table data_;

    explicit Set(Table t) noexcept : data_(std::move(t)) {}

public:
    using value_type = T;

    // ---- C++ lifecycle: the Dict's (copy = Mojo copy of each element) ----
    Set() noexcept = default;

    // ---- Mojo constructors ----
    static Set m__init__() noexcept { return Set(); }  // Set[T]()
    // {a, b}: __init__(out self, *ts: T, __set_literal__: NoneType = None);
    // the marker argument, if passed, is ignored.
    template <class... Marker>
    static Set from_literal(Variadic<T> ts, const Marker&...) {
        Set s(Table::with_capacity(Int(std::int64_t(ts.items.size()))));
        for (const T& t : ts.items) s.add(detail::copy_value(t));
        return s;
    }
    static Set from_list(const List<T>& elements) {  // Set[T](list)
        Set s(Table::with_capacity(elements.m__len__()));
        for (const T& t : elements) s.add(detail::copy_value(t));
        return s;
    }
    static Set from_copy(const Set& copy) { return Set(copy); }
    Set copy() const { return Set(*this); }

    void m__del__() { data_.m__del__(); }

    // ---- size and membership ----
    Int m__len__() const noexcept { return data_.m__len__(); }
    bool m__bool__() const noexcept { return data_.m__bool__(); }
    explicit operator bool() const noexcept { return data_.m__bool__(); }
    std::int64_t size() const noexcept { return data_.size(); }
    bool m__contains__(const T& t) const { return data_.m__contains__(t); }

    // ---- mutation ----
    // add(t): as Mojo (`_data[t] = None`), an equal element already there is
    // replaced by t (and Mojo-destroyed), keeping its place.
    void add(T t) { data_.m__setitem__(std::move(t), detail::SetUnit{}); }
    // remove(t): raises DictKeyError[T] when t is absent.
    Raises<void> remove(const T& t) {
        auto r = data_.pop(t);
        if (r.has_error()) return std::move(r).take_error();
        return {};
    }
    void discard(const T& value) { (void)data_.pop(value, detail::SetUnit{}); }
    // pop(): the last inserted element; raises "Pop on empty set".
    Raises<T> pop() {
        auto r = data_.popitem();
        if (r.has_error()) return Error("Pop on empty set");
        return std::move(r).take_value().reap_key();
    }
    void clear() { data_.clear(); }

    // ---- set algebra (results in Mojo's element order) ----
    Set set_union(const Set& other) const {  // union (a C++ keyword)
        Set r(*this);
        for (const T& o : other) r.add(detail::copy_value(o));
        return r;
    }
    Set intersection(const Set& other) const {
        Set r;
        for (const T& v : *this)
            if (other.m__contains__(v)) r.add(detail::copy_value(v));
        return r;
    }
    Set difference(const Set& other) const {
        Set r;
        for (const T& v : *this)
            if (!other.m__contains__(v)) r.add(detail::copy_value(v));
        return r;
    }
    Set symmetric_difference(const Set& other) const {
        Set r;
        for (const T& v : *this)
            if (!other.m__contains__(v)) r.add(detail::copy_value(v));
        for (const T& v : other)
            if (!m__contains__(v)) r.add(detail::copy_value(v));
        return r;
    }
    void update(const Set& other) {
        if (&other == this) return;
        for (const T& o : other) add(detail::copy_value(o));
    }
    void intersection_update(const Set& other) { difference_update(difference(other)); }
    void difference_update(const Set& other) {
        if (&other == this) {
            clear();
            return;
        }
        for (const T& o : other) discard(o);
    }
    void symmetric_difference_update(const Set& other) { *this = symmetric_difference(other); }
    bool issubset(const Set& other) const {
        if (size() > other.size()) return false;
        for (const T& v : *this)
            if (!other.m__contains__(v)) return false;
        return true;
    }
    bool issuperset(const Set& other) const { return other.issubset(*this); }
    bool isdisjoint(const Set& other) const {
        for (const T& v : *this)
            if (other.m__contains__(v)) return false;
        return true;
    }

    // ---- operators ----
    bool m__eq__(const Set& other) const { return size() == other.size() && issubset(other); }
    bool m__ne__(const Set& other) const { return !m__eq__(other); }
    bool m__le__(const Set& other) const { return issubset(other); }
    bool m__ge__(const Set& other) const { return issuperset(other); }
    bool m__lt__(const Set& other) const { return size() < other.size() && issubset(other); }
    bool m__gt__(const Set& other) const { return size() > other.size() && other.issubset(*this); }
    Set m__or__(const Set& other) const { return set_union(other); }
    Set m__and__(const Set& other) const { return intersection(other); }
    Set m__sub__(const Set& other) const { return difference(other); }
    Set m__xor__(const Set& other) const { return symmetric_difference(other); }
    void m__ior__(const Set& other) { update(other); }
    void m__iand__(const Set& other) { intersection_update(other); }
    void m__isub__(const Set& other) { difference_update(other); }
    void m__ixor__(const Set& other) { symmetric_difference_update(other); }

    // ---- iteration (insertion order) ----
    auto begin() const noexcept { return data_.begin(); }
    auto end() const noexcept { return data_.end(); }

    // Hashable: order-independent (xor of the element hashes), as Mojo's.
    template <class H>
    void m__hash__(H& hasher) const {
        std::uint64_t h = 0;
        for (const T& v : *this) h ^= detail::hash_of(v);
        hasher.update(UInt64(h));
    }

    // ---- printing: {1, 2, 3}; repr Set[SIMD[DType.int, 1], Hasher=...]({Int(1)}) ----
    template <class W>
    void write_to(W& w) const {
        w.write_bytes("{", 1);
        detail::write_elements(w, *this, false);
        w.write_bytes("}", 1);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(
            w, "Set[" + detail::type_name<T>() + ", Hasher=AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]({");
        detail::write_elements(w, *this, true);
        w.write_bytes("})", 2);
    }
    static std::string mojo_type_name() {
        return "Set[" + detail::type_name<T>() + ", std.hash._ahash.AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]";
    }
};

template <class T>
inline Int len(const Set<T>& s) noexcept {
    return s.m__len__();
}

}  // namespace mojo
