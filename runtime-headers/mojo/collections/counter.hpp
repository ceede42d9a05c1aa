// mojo/collections/counter.hpp -- Mojo's Counter[V]: a Dict[V, Int] of
// counts (a missing key counts 0). Printing lists the entries most common
// first, in the order Mojo's (unstable) sort leaves them. Host only.
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
#include "mojo/collections/optional.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

// An element of Counter.most_common(): the value and its count
// (Mojo's fields `_value`, `_count`). Ordered by count, larger first.
template <class V>
struct CountTuple {
    V _value;
    Int _count;

    static CountTuple m__init__(const V& value, Int count) { return CountTuple{detail::copy_value(value), count}; }
    static CountTuple m__copyinit__(const CountTuple& o) { return CountTuple{detail::copy_value(o._value), o._count}; }
    CountTuple copy() const { return m__copyinit__(*this); }
    void m__del__() { detail::destroy(_value); }
    bool m__lt__(const CountTuple& o) const noexcept { return _count > o._count; }
    bool m__le__(const CountTuple& o) const noexcept { return _count >= o._count; }
    bool m__gt__(const CountTuple& o) const noexcept { return _count < o._count; }
    bool m__ge__(const CountTuple& o) const noexcept { return _count <= o._count; }
    bool m__eq__(const CountTuple& o) const noexcept { return _count == o._count; }
    bool m__ne__(const CountTuple& o) const noexcept { return _count != o._count; }
};

template <class V>
class Counter {
    using Table = Dict<V, Int>;
    Table data_;

public:
    using value_type = V;

    // ---- C++ lifecycle: the Dict's ----
    Counter() noexcept = default;

    // ---- Mojo constructors ----
    static Counter m__init__() noexcept { return Counter(); }  // Counter[V]()
    static Counter from_values(Variadic<V> values) {           // Counter[V](a, b, a)
        Counter c;
        for (const V& v : values.items) c.add_one(v);
        return c;
    }
    static Counter from_list(const List<V>& items) {  // Counter[V](list)
        Counter c;
        for (const V& v : items) c.add_one(v);
        return c;
    }
    static Counter fromkeys(const List<V>& keys, Int value) {  // Counter[V].fromkeys(keys, n)
        Counter c;
        for (const V& k : keys) c.data_.m__setitem__(detail::copy_value(k), value);
        return c;
    }
    static Counter from_copy(const Counter& copy) { return Counter(copy); }
    Counter copy() const { return Counter(*this); }

    void m__del__() { data_.m__del__(); }

    // ---- counts ----
    Int m__getitem__(const V& key) const {  // c[key] (0 if absent)
        const Int* p = data_.find_ptr(key);
        return p ? *p : Int(0);
    }
    void m__setitem__(const V& value, Int count) { data_.m__setitem__(detail::copy_value(value), count); }
    // The count for key, inserting 0 first: `c[k] += 1` in one lookup.
    Int& count_ref(V key) { return data_.setdefault(std::move(key), Int(0)); }
    bool m__contains__(const V& key) const { return data_.m__contains__(key); }
    Int m__len__() const noexcept { return data_.m__len__(); }
    bool m__bool__() const noexcept { return data_.m__bool__(); }
    explicit operator bool() const noexcept { return data_.m__bool__(); }
    Optional<Int> get(const V& value) const { return data_.get(value); }
    Int get(const V& value, Int default_value) const { return data_.get(value, default_value); }
    Raises<Int> pop(const V& value) { return data_.pop(value); }
    Int pop(const V& value, Int default_value) { return data_.pop(value, default_value); }
    Raises<CountTuple<V>> popitem() {
        auto r = data_.popitem();
        if (r.has_error()) return std::move(r).take_error();
        DictEntry<V, Int> e = std::move(r).take_value();
        return CountTuple<V>{std::move(e.key), e.value};
    }
    void clear() { data_.clear(); }
    auto keys() const noexcept { return data_.keys(); }
    auto values() noexcept { return data_.values(); }
    auto values() const noexcept { return data_.values(); }
    auto items() noexcept { return data_.items(); }
    auto items() const noexcept { return data_.items(); }
    auto begin() const noexcept { return data_.begin(); }
    auto end() const noexcept { return data_.end(); }

    Int total() const {
        Int t(0);
        for (const auto& e : data_.items()) t += e.value;
        return t;
    }
    // The n most common (value, count) pairs, most common first (Mojo's sort).
    List<CountTuple<V>> most_common(Int n) const {
        List<CountTuple<V>> items = List<CountTuple<V>>::with_capacity(data_.m__len__());
        for (const auto& e : data_.items()) items.append(CountTuple<V>{detail::copy_value(e.key), e.value});
        items.sort_by([](const CountTuple<V>& a, const CountTuple<V>& b) { return a._count > b._count; });
        if (n.value < items.size()) items.shrink(Int(n.value < 0 ? 0 : n.value));
        return items;
    }
    // Each value repeated count times, in insertion order.
    List<V> elements() const {
        List<V> out;
        for (const auto& e : data_.items())
            for (std::int64_t k = 0; k < e.value.value; ++k) out.append(detail::copy_value(e.key));
        return out;
    }
    void update(const Counter& other) {
        for (const auto& e : other.data_.items()) count_ref(detail::copy_value(e.key)) += e.value;
    }
    void subtract(const Counter& other) {
        for (const auto& e : other.data_.items()) count_ref(detail::copy_value(e.key)) -= e.value;
    }

    // ---- operators ----
    bool m__eq__(const Counter& o) const {
        return all_keys(o, [](Int a, Int b) { return a == b; }) &&
               o.all_keys(*this, [](Int a, Int b) { return a == b; });
    }
    bool m__ne__(const Counter& o) const { return !m__eq__(o); }
    bool le(const Counter& o) const {
        return all_keys(o, [](Int a, Int b) { return a <= b; });
    }
    bool lt(const Counter& o) const {
        return all_keys(o, [](Int a, Int b) { return a < b; });
    }
    bool gt(const Counter& o) const { return o.lt(*this); }
    bool ge(const Counter& o) const { return o.le(*this); }
    Counter m__add__(const Counter& o) const {
        Counter r;
        r.update(*this);
        r.update(o);
        return r.m__pos__();
    }
    void m__iadd__(const Counter& o) {
        update(o);
        keep_positive();
    }
    Counter m__sub__(const Counter& o) const {
        Counter r(*this);
        r.subtract(o);
        return r.m__pos__();
    }
    void m__isub__(const Counter& o) {
        subtract(o);
        keep_positive();
    }
    Counter m__and__(const Counter& o) const {
        Counter r;
        for (const auto& e : data_.items())
            if (o.m__contains__(e.key)) {
                Int a = e.value, b = o.m__getitem__(e.key);
                r.m__setitem__(e.key, a < b ? a : b);
            }
        return r;
    }
    void m__iand__(const Counter& o) { *this = m__and__(o); }
    Counter m__or__(const Counter& o) const {
        Counter r;
        for (const auto& e : data_.items()) {
            Int a = e.value, b = o.get(e.key, Int(0));
            Int m = a < b ? b : a;
            if (m > 0) r.m__setitem__(e.key, m);
        }
        for (const auto& e : o.data_.items())
            if (!m__contains__(e.key) && e.value > 0) r.m__setitem__(e.key, e.value);
        return r;
    }
    void m__ior__(const Counter& o) {
        for (const auto& e : o.data_.items()) {
            Int a = get(e.key, Int(0)), b = e.value;
            Int m = a < b ? b : a;
            if (m > 0) m__setitem__(e.key, m);
        }
    }
    Counter m__pos__() const {
        Counter r;
        for (const auto& e : data_.items())
            if (e.value > 0) r.m__setitem__(e.key, e.value);
        return r;
    }
    Counter m__neg__() const {
        Counter r;
        for (const auto& e : data_.items())
            if (e.value < 0) r.m__setitem__(e.key, -e.value);
        return r;
    }

    // ---- printing: {a: 3, b: 2} (most common first); repr Counter[String]({'a': Int(3)}) ----
    template <class W>
    void write_to(W& w) const {
        write_body<false>(w);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, mojo_type_name());
        w.write_bytes("(", 1);
        write_body<true>(w);
        w.write_bytes(")", 1);
    }
    static std::string mojo_type_name() { return "Counter[" + detail::type_name<V>() + "]"; }

private:
    void add_one(const V& v) {
        Int* p = data_.find_ptr(v);
        if (p) *p += 1;
        else data_.m__setitem__(detail::copy_value(v), Int(1));
    }
    template <class Pred>
    bool all_keys(const Counter& o, Pred pred) const {
        for (const auto& e : data_.items())
            if (!pred(e.value, o.get(e.key, Int(0)))) return false;
        return true;
    }
    void keep_positive() {
        List<V> drop;
        for (const auto& e : data_.items())
            if (e.value <= 0) drop.append(detail::copy_value(e.key));
        for (const V& k : drop) (void)data_.pop(k, Int(0));
    }
    template <bool Repr, class W>
    void write_body(W& w) const {
        List<CountTuple<V>> items = most_common(data_.m__len__());
        w.write_bytes("{", 1);
        for (std::int64_t i = 0; i < items.size(); ++i) {
            if (i) w.write_bytes(", ", 2);
            if constexpr (Repr) detail::write_repr_value(w, items[i]._value);
            else detail::write_value(w, items[i]._value);
            w.write_bytes(": ", 2);
            if constexpr (Repr) detail::write_repr_value(w, items[i]._count);
            else detail::write_value(w, items[i]._count);
        }
        w.write_bytes("}", 1);
    }
};

template <class V>
inline Int len(const Counter<V>& c) noexcept {
    return c.m__len__();
}

}  // namespace mojo
