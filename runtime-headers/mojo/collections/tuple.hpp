// mojo/collections/tuple.hpp -- Mojo's Tuple[*Ts]: a fixed heterogeneous
// sequence, indexed at compile time (`t[0]` -> t.get<0>()). A std::tuple
// inside, with Mojo's lifecycle: the C++ copy copies each element through
// detail::copy_value, m__del__() Mojo-destroys each element. Supports C++
// structured bindings (`auto& [a, b] = t;`). Host only (printing).
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "mojo/builtin/int.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

template <class... Ts>
class Tuple {
    std::tuple<Ts...> v_;

    struct CopyTag {};
    template <std::size_t... I>
    Tuple(CopyTag, const Tuple& o, std::index_sequence<I...>) : v_(detail::copy_value(std::get<I>(o.v_))...) {}

    using Indices = std::index_sequence_for<Ts...>;

public:
    static constexpr std::size_t kSize = sizeof...(Ts);

    // ---- C++ lifecycle ----
    Tuple() = default;
    // Tuple<Int, String>{1, "a"}: each element built from its argument.
    template <class... Us,
              std::enable_if_t<sizeof...(Us) == sizeof...(Ts) && (sizeof...(Ts) > 0) &&
                                   (std::is_constructible_v<Ts, Us&&> && ...) &&
                                   !(sizeof...(Us) == 1 && (std::is_same_v<std::decay_t<Us>, Tuple> && ...)),
                               int> = 0>
    Tuple(Us&&... us) : v_(std::forward<Us>(us)...) {}
    Tuple(const Tuple& o) : Tuple(CopyTag{}, o, Indices{}) {}
    Tuple(Tuple&&) = default;
    Tuple& operator=(const Tuple& o) {
        if (this != &o) *this = Tuple(o);
        return *this;
    }
    Tuple& operator=(Tuple&&) = default;
    ~Tuple() = default;

    // ---- Mojo constructors ----
    // (a, b) / Tuple(a, b): __init__(out self, var *args: *Ts)
    template <class... Us>
    static Tuple m__init__(Us&&... us) {
        return Tuple(std::forward<Us>(us)...);
    }
    static Tuple from_copy(const Tuple& copy) { return Tuple(copy); }
    Tuple copy() const { return Tuple(*this); }

    // Mojo's destruction: each element's __del__.
    void m__del__() { del_all(Indices{}); }

    // ---- access: t[I] ----
    template <std::size_t I>
    auto& get() & noexcept {
        return std::get<I>(v_);
    }
    template <std::size_t I>
    const auto& get() const& noexcept {
        return std::get<I>(v_);
    }
    template <std::size_t I>
    auto&& get() && noexcept {
        return std::get<I>(std::move(v_));
    }
    std::tuple<Ts...>& std_tuple() noexcept { return v_; }
    const std::tuple<Ts...>& std_tuple() const noexcept { return v_; }

    static constexpr Int m__len__() noexcept { return Int(std::int64_t(sizeof...(Ts))); }

    // `value in t`: compares with the elements of the same type.
    template <class U>
    bool m__contains__(const U& value) const {
        return contains_impl(value, Indices{});
    }

    // ---- comparison: elementwise, lexicographic ----
    bool m__eq__(const Tuple& o) const { return eq_impl(o, Indices{}); }
    bool m__ne__(const Tuple& o) const { return !m__eq__(o); }
    bool m__lt__(const Tuple& o) const { return cmp(o) < 0; }
    bool m__le__(const Tuple& o) const { return cmp(o) <= 0; }
    bool m__gt__(const Tuple& o) const { return cmp(o) > 0; }
    bool m__ge__(const Tuple& o) const { return cmp(o) >= 0; }

    template <class H>
    void m__hash__(H& hasher) const {
        std::apply([&](const auto&... xs) { (hasher.update(xs), ...); }, v_);
    }

    // ---- printing: (1, x, 2.5); one element: (1,); repr Tuple[...](Int(1), 'x') ----
    template <class W>
    void write_to(W& w) const {
        w.write_bytes("(", 1);
        write_elems<false>(w, Indices{});
        if constexpr (sizeof...(Ts) == 1) w.write_bytes(",", 1);
        w.write_bytes(")", 1);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, mojo_type_name());
        w.write_bytes("(", 1);
        write_elems<true>(w, Indices{});
        if constexpr (sizeof...(Ts) == 1) w.write_bytes(",", 1);
        w.write_bytes(")", 1);
    }
    static std::string mojo_type_name() {
        std::string s = "Tuple[";
        std::size_t i = 0;
        ((s += (i++ ? ", " : "") + detail::type_name<Ts>()), ...);
        (void)i;
        return s + "]";
    }

private:
    template <std::size_t... I>
    void del_all(std::index_sequence<I...>) {
        (detail::destroy(std::get<I>(v_)), ...);
    }
    template <class U, std::size_t... I>
    bool contains_impl(const U& value, std::index_sequence<I...>) const {
        bool found = false;
        (
            [&] {
                using E = std::tuple_element_t<I, std::tuple<Ts...>>;
                if constexpr (std::is_same_v<E, U>)
                    if (!found && detail::equal(std::get<I>(v_), value)) found = true;
            }(),
            ...);
        return found;
    }
    template <std::size_t... I>
    bool eq_impl(const Tuple& o, std::index_sequence<I...>) const {
        return (detail::equal(std::get<I>(v_), std::get<I>(o.v_)) && ...);
    }
    // -1, 0, 1 by the first element that differs (by less()).
    int cmp(const Tuple& o) const {
        int r = 0;
        cmp_impl(o, r, Indices{});
        return r;
    }
    template <std::size_t... I>
    void cmp_impl(const Tuple& o, int& r, std::index_sequence<I...>) const {
        (
            [&] {
                if (r != 0) return;
                if (detail::less(std::get<I>(v_), std::get<I>(o.v_))) r = -1;
                else if (detail::less(std::get<I>(o.v_), std::get<I>(v_))) r = 1;
            }(),
            ...);
    }
    template <bool Repr, class W, std::size_t... I>
    void write_elems(W& w, std::index_sequence<I...>) const {
        (
            [&] {
                if (I) w.write_bytes(", ", 2);
                if constexpr (Repr) detail::write_repr_value(w, std::get<I>(v_));
                else detail::write_value(w, std::get<I>(v_));
            }(),
            ...);
    }
};

// get<I>(t), also what structured bindings use.
template <std::size_t I, class... Ts>
inline auto& get(Tuple<Ts...>& t) noexcept {
    return t.template get<I>();
}
template <std::size_t I, class... Ts>
inline const auto& get(const Tuple<Ts...>& t) noexcept {
    return t.template get<I>();
}
template <std::size_t I, class... Ts>
inline auto&& get(Tuple<Ts...>&& t) noexcept {
    return std::move(t).template get<I>();
}

template <class... Ts>
inline constexpr Int len(const Tuple<Ts...>&) noexcept {
    return Int(std::int64_t(sizeof...(Ts)));
}

}  // namespace mojo

template <class... Ts>
struct std::tuple_size<mojo::Tuple<Ts...>> : std::integral_constant<std::size_t, sizeof...(Ts)> {};
template <std::size_t I, class... Ts>
struct std::tuple_element<I, mojo::Tuple<Ts...>> {
    using type = std::tuple_element_t<I, std::tuple<Ts...>>;
};
