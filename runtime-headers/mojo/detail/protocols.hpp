// mojo/detail/protocols.hpp -- what the collections ask of their elements:
// equality, ordering, hashing, printing (str and repr) and the Mojo type name.
// Runtime code never calls ==, < or std::hash on an element directly but goes
// through these, so that a generated struct (whose C++ type has no operators,
// only m__eq__/m__lt__/m__hash__ members) works as an element and a key.
// Also: the fast built-in hash (strings, integers, floats), mojo::Hasher (the
// hasher a Mojo 1.x `__hash__[H: Hasher](self, mut hasher: H)` receives), index
// and slice normalisation, and the aborts Mojo performs on misuse. Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/repr.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/detail/write.hpp"

namespace mojo::detail {

// ---------------------------------------------------------------------------
// Equality and ordering
// ---------------------------------------------------------------------------

// a == b: a Mojo struct's __eq__ (m__eq__) if it has one, else C++ ==.
template <class A, class B>
MOJO_ALWAYS_INLINE bool equal(const A& a, const B& b);

// a < b: a Mojo struct's __lt__ (m__lt__) if it has one, else C++ <.
template <class A, class B>
MOJO_ALWAYS_INLINE bool less(const A& a, const B& b) {
    if constexpr (requires { a.m__lt__(b); }) return static_cast<bool>(a.m__lt__(b));
    else return static_cast<bool>(a < b);
}

// ---------------------------------------------------------------------------
// The built-in hash: a wyhash-style 64-bit hash (one 64x64->128 multiply per
// 16 bytes, one for an integer). Mojo's own hash values are not observable
// (Dict and Set iterate in insertion order), so only speed and quality matter.
// ---------------------------------------------------------------------------

inline constexpr std::uint64_t kHashP0 = 0xa0761d6478bd642full;
inline constexpr std::uint64_t kHashP1 = 0xe7037ed1a0b428dbull;
inline constexpr std::uint64_t kHashP2 = 0x8ebc6af09c88c6e3ull;
inline constexpr std::uint64_t kHashP3 = 0x589965cc75374cc3ull;

// 64x64 -> 128 multiply, folded: every input bit reaches every output bit.
MOJO_ALWAYS_INLINE std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) noexcept {
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}

MOJO_ALWAYS_INLINE std::uint64_t hash_read8(const unsigned char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
MOJO_ALWAYS_INLINE std::uint64_t hash_read4(const unsigned char* p) noexcept {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// Hash of more than 16 bytes (out of line: the loop is rarely needed).
inline std::uint64_t hash_bytes_long(const unsigned char* p, std::size_t n) noexcept {
    std::uint64_t seed = kHashP3;
    std::size_t i = n;
    if (__builtin_expect(i > 48, 0)) {
        std::uint64_t s1 = seed, s2 = seed;
        do {
            seed = hash_mix(hash_read8(p) ^ kHashP1, hash_read8(p + 8) ^ seed);
            s1 = hash_mix(hash_read8(p + 16) ^ kHashP2, hash_read8(p + 24) ^ s1);
            s2 = hash_mix(hash_read8(p + 32) ^ kHashP3, hash_read8(p + 40) ^ s2);
            p += 48;
            i -= 48;
        } while (__builtin_expect(i > 48, 1));
        seed ^= s1 ^ s2;
    }
    while (__builtin_expect(i > 16, 0)) {
        seed = hash_mix(hash_read8(p) ^ kHashP1, hash_read8(p + 8) ^ seed);
        i -= 16;
        p += 16;
    }
    std::uint64_t a = hash_read8(p + i - 16) ^ kHashP1;
    std::uint64_t b = hash_read8(p + i - 8) ^ seed;
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return hash_mix(static_cast<std::uint64_t>(r) ^ kHashP0 ^ n, static_cast<std::uint64_t>(r >> 64) ^ kHashP1);
}

// Hash of n bytes. Short keys (words) stay inline: two overlapping 4-byte
// reads per side, no loop.
MOJO_ALWAYS_INLINE std::uint64_t hash_bytes(const void* data, std::size_t n) noexcept {
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t a, b;
    if (__builtin_expect(n > 16, 0)) return hash_bytes_long(p, n);
    if (__builtin_expect(n >= 4, 1)) {
        std::size_t q = (n >> 3) << 2;
        a = (hash_read4(p) << 32) | hash_read4(p + q);
        b = (hash_read4(p + n - 4) << 32) | hash_read4(p + n - 4 - q);
    } else if (n > 0) {
        a = (std::uint64_t(p[0]) << 16) | (std::uint64_t(p[n >> 1]) << 8) | p[n - 1];
        b = 0;
    } else {
        a = b = 0;
    }
    a ^= kHashP1;
    b ^= kHashP3;
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return hash_mix(static_cast<std::uint64_t>(r) ^ kHashP0 ^ n, static_cast<std::uint64_t>(r >> 64) ^ kHashP1);
}

// a[0, n) == b[0, n), inline for short strings (no library call).
MOJO_ALWAYS_INLINE bool bytes_equal(const char* a, const char* b, std::size_t n) noexcept {
    const auto* x = reinterpret_cast<const unsigned char*>(a);
    const auto* y = reinterpret_cast<const unsigned char*>(b);
    if (n >= 8) {
        if (n > 16) return std::memcmp(a, b, n) == 0;
        return ((hash_read8(x) ^ hash_read8(y)) | (hash_read8(x + n - 8) ^ hash_read8(y + n - 8))) == 0;
    }
    if (n >= 4) return ((hash_read4(x) ^ hash_read4(y)) | (hash_read4(x + n - 4) ^ hash_read4(y + n - 4))) == 0;
    for (std::size_t i = 0; i < n; ++i)
        if (x[i] != y[i]) return false;
    return true;
}

MOJO_ALWAYS_INLINE std::uint64_t hash_u64(std::uint64_t x) noexcept { return hash_mix(x ^ kHashP0, kHashP1); }

MOJO_ALWAYS_INLINE std::uint64_t hash_f64(double d) noexcept {
    if (d == 0.0) d = 0.0;  // -0.0 == 0.0, so they must hash alike
    std::uint64_t bits;
    std::memcpy(&bits, &d, 8);
    return hash_u64(bits);
}

template <class A, class B>
MOJO_ALWAYS_INLINE bool equal(const A& a, const B& b) {
    if constexpr (requires { a.m__eq__(b); }) {
        return static_cast<bool>(a.m__eq__(b));
    } else if constexpr (std::is_same_v<A, String> && std::is_same_v<B, String>) {
        return a.size() == b.size() && bytes_equal(a.data(), b.data(), a.size());  // keys: mostly short
    } else {
        return static_cast<bool>(a == b);
    }
}

template <class T>
inline constexpr bool has_builtin_hash_v = std::is_same_v<T, bool> || is_integer_v<T> || std::is_arithmetic_v<T> ||
                                           std::is_convertible_v<const T&, std::string_view>;

// The built-in hash of a scalar or string. Integers of every width hash by
// value (Int(3) and UInt8(3) alike), as do String and StringLiteral by bytes.
template <class T>
MOJO_ALWAYS_INLINE std::uint64_t builtin_hash(const T& x) noexcept {
    if constexpr (std::is_same_v<T, bool>) {
        return hash_u64(x ? 1u : 0u);
    } else if constexpr (is_integer_v<T>) {
        return hash_u64(static_cast<std::uint64_t>(x.value));
    } else if constexpr (std::is_floating_point_v<T>) {
        return hash_f64(static_cast<double>(x));
    } else if constexpr (std::is_integral_v<T>) {
        return hash_u64(static_cast<std::uint64_t>(x));
    } else if constexpr (std::is_same_v<T, String>) {
        return hash_bytes(x.data(), x.size());
    } else {
        std::string_view s = x;
        return hash_bytes(s.data(), s.size());
    }
}

}  // namespace mojo::detail

namespace mojo {

// The hasher handed to a Mojo 1.x `def __hash__[H: Hasher](self, mut hasher: H)`
// (generated as a member `m__hash__(H& hasher)`): `hasher.update(x)` feeds any
// scalar, string, or value with its own m__hash__ (nested); `finish()` gives
// the UInt64 result (Mojo consumes the hasher there; here it may be reused).
class Hasher {
    std::uint64_t state_ = detail::kHashP2;

    void absorb(std::uint64_t h) noexcept { state_ = detail::hash_mix(state_ ^ h, detail::kHashP1); }

public:
    Hasher() noexcept = default;
    static Hasher m__init__() noexcept { return Hasher(); }

    template <class T>
    void update(const T& value) {
        if constexpr (requires(Hasher & h) { value.m__hash__(h); }) {
            value.m__hash__(*this);
        } else if constexpr (requires { value.m__hash__(); }) {
            absorb(static_cast<std::uint64_t>(value.m__hash__()));
        } else {
            static_assert(detail::has_builtin_hash_v<T>,
                          "mojo::Hasher::update: value is not Hashable (give it m__hash__)");
            absorb(detail::builtin_hash(value));
        }
    }
    // Mojo's private spellings, used by some library-style code.
    template <class T>
    void _update_with_simd(const T& value) {
        update(value);
    }
    void _update_with_bytes(const void* p, std::size_t n) { absorb(detail::hash_bytes(p, n)); }

    UInt64 finish() const noexcept { return UInt64(detail::hash_mix(state_ ^ detail::kHashP0, detail::kHashP3)); }
};

namespace detail {
// `x.__hash__(hasher)` on a built-in value inside a user's 1.x __hash__
template <class H, class T>
inline void hash_into(H& hasher, const T& value) {
    hasher.update(value);
}
}  // namespace detail

}  // namespace mojo

namespace mojo::detail {

// hash(x) for a collection key: a legacy `fn __hash__(self) -> UInt` (m__hash__()
// returning an integer), else a 1.x `__hash__(self, mut hasher)` (m__hash__(h)
// with a mojo::Hasher), else the built-in hash.
template <class T>
MOJO_ALWAYS_INLINE std::uint64_t hash_of(const T& x) {
    if constexpr (requires { x.m__hash__(); }) {
        return static_cast<std::uint64_t>(x.m__hash__());
    } else if constexpr (requires(Hasher & h) { x.m__hash__(h); }) {
        Hasher h;
        x.m__hash__(h);
        return h.finish().value;
    } else {
        static_assert(has_builtin_hash_v<T>, "mojo: key is not Hashable (give it m__hash__)");
        return builtin_hash(x);
    }
}

// ---------------------------------------------------------------------------
// Mojo type names, as repr() and the error types (DictKeyError[K]) print them:
// Int is SIMD[DType.int, 1], Float64 is SIMD[DType.float64, 1], ...
// A collection provides `static std::string mojo_type_name()`; so may a
// generated struct. Otherwise the C++ name is used with its namespaces
// stripped (mojo_user::Point -> Point).
// ---------------------------------------------------------------------------

template <class T>
constexpr std::string_view cpp_type_name() {
#if defined(__clang__) || defined(__GNUC__)
    std::string_view p = __PRETTY_FUNCTION__;
    std::size_t b = p.find("T = ");
    if (b == std::string_view::npos) return "?";
    b += 4;
    std::size_t e = p.find_first_of(";]", b);
    return p.substr(b, e - b);
#else
    return "?";
#endif
}

template <class T>
inline std::string integer_dtype_name() {
    using R = typename T::raw_type;
    std::string s = std::is_signed_v<R> ? "int" : "uint";
    if constexpr (!std::is_same_v<T, Integer<R, true>>) s += std::to_string(sizeof(R) * 8);
    return s;
}

template <class T>
inline std::string type_name() {
    if constexpr (requires { T::mojo_type_name(); }) {
        return std::string(T::mojo_type_name());
    } else if constexpr (std::is_same_v<T, bool>) {
        return "Bool";
    } else if constexpr (is_integer_v<T>) {
        return "SIMD[DType." + integer_dtype_name<T>() + ", 1]";
    } else if constexpr (std::is_same_v<T, double>) {
        return "SIMD[DType.float64, 1]";
    } else if constexpr (std::is_same_v<T, float>) {
        return "SIMD[DType.float32, 1]";
    } else if constexpr (std::is_same_v<T, String>) {
        return "String";
    } else if constexpr (std::is_same_v<T, StringLiteral>) {
        return "StringLiteral";
    } else {
        std::string_view n = cpp_type_name<T>();
        std::size_t angle = n.find('<');
        std::size_t cut = n.rfind("::", angle);
        if (cut != std::string_view::npos) n.remove_prefix(cut + 2);
        return std::string(n);
    }
}

// ---------------------------------------------------------------------------
// Printing elements: str (print) and repr (repr(), and the elements inside a
// collection's repr).
// ---------------------------------------------------------------------------

template <class W>
MOJO_ALWAYS_INLINE void write_lit(W& w, std::string_view s) {
    w.write_bytes(s.data(), s.size());
}

// The repr text of v: Int(1), Float64(2.5), 'a', True, List[...](...), or a
// struct's own write_repr_to.
template <class W, class T>
inline void write_repr_value(W& w, const T& v) {
    if constexpr (requires { v.write_repr_to(w); }) {
        v.write_repr_to(w);
    } else if constexpr (requires(Writer & ww) { v.write_repr_to(ww); }) {
        Writer erased(w);
        v.write_repr_to(erased);
    } else if constexpr (std::is_same_v<T, bool>) {
        write_value(w, v);
    } else if constexpr (is_integer_v<T>) {
        write_lit(w, integer_repr_name<T>());
        write_lit(w, "(");
        write_value(w, v);
        write_lit(w, ")");
    } else if constexpr (std::is_same_v<T, double>) {
        write_lit(w, "Float64(");
        write_value(w, v);
        write_lit(w, ")");
    } else if constexpr (std::is_same_v<T, float>) {
        write_lit(w, "Float32(");
        write_value(w, v);
        write_lit(w, ")");
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        write_lit(w, quoted(std::string_view(v)));
    } else {
        write_value(w, v);  // no repr of its own: its str
    }
}

// The elements of a collection as print writes them, ", "-separated:
// `1, 2, 3` (write_value) or, for repr, `Int(1), Int(2)` (write_repr_value).
template <class W, class Range>
inline void write_elements(W& w, const Range& items, bool repr) {
    bool first = true;
    for (const auto& v : items) {
        if (!first) w.write_bytes(", ", 2);
        first = false;
        if (repr) write_repr_value(w, v);
        else write_value(w, v);
    }
}

// `[1, 2, 3]` (print) and `List[Int]([Int(1), Int(2)])` (repr): the text of every
// bracketed sequence (List, InlineArray, Deque, Span); `name` is its type as Mojo shows it.
template <class W, class Range>
inline void write_sequence(W& w, const Range& items) {
    w.write_bytes("[", 1);
    write_elements(w, items, false);
    w.write_bytes("]", 1);
}
template <class W, class Range, class Name>
inline void write_sequence_repr(W& w, const Name& name, const Range& items) {
    write_lit(w, name);
    w.write_bytes("([", 2);
    write_elements(w, items, true);
    w.write_bytes("])", 2);
}

// ---------------------------------------------------------------------------
// Aborts (Mojo writes these to stdout, then stops the process) and indices.
// ---------------------------------------------------------------------------

[[noreturn]] inline void collection_abort(std::string_view msg) {
    stdout_buffer.write_bytes(msg.data(), msg.size());
    stdout_buffer.write_bytes("\n", 1);
    flush_stdout();
    std::abort();
}

[[noreturn]] inline void index_out_of_bounds(std::int64_t i, std::int64_t len) {
    collection_abort("Assert Error: index " + std::to_string(i) + " is out of bounds, valid range is 0 to " +
                     std::to_string(len - 1));
}

// A negative index counts from the end (Python; legacy Mojo at run time --
// Mojo 1.2 rejects it). Bounds are checked only under MOJO_BOUNDS_CHECK, so
// that xs[i] stays a plain indexed load. The test is written as one unsigned
// compare against len, which a loop `i < len(xs)` already implies: clang then
// drops it (and vectorises), g++ turns it into a cmov.
MOJO_ALWAYS_INLINE std::int64_t norm_index(std::int64_t i, std::int64_t len) {
#ifdef MOJO_BOUNDS_CHECK
    std::int64_t orig = i;
#endif
    if (__builtin_expect(static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(len), 0)) i += len;
#ifdef MOJO_BOUNDS_CHECK
    if (i < 0 || i >= len) index_out_of_bounds(orig, len);
#endif
    return i;
}

// Python's slice.indices(len): clamps start/end, fills the defaults (an absent
// bound has has_start/has_end false), gives the number of selected elements.
struct SliceRange {
    std::int64_t start, end, step, count;
};
inline SliceRange slice_indices(std::int64_t len, std::int64_t start, std::int64_t end, std::int64_t step,
                                bool has_start, bool has_end) {
    if (step == 0) step = 1;  // Python raises; Mojo treats the step as 1 (chosen)
    if (step > 0) {
        if (!has_start) start = 0;
        else if (start < 0) start = start + len < 0 ? 0 : start + len;
        else if (start > len) start = len;
        if (!has_end) end = len;
        else if (end < 0) end = end + len < 0 ? 0 : end + len;
        else if (end > len) end = len;
    } else {
        if (!has_start) start = len - 1;
        else if (start < 0) start = start + len < 0 ? -1 : start + len;
        else if (start >= len) start = len - 1;
        if (!has_end) end = -1;
        else if (end < 0) end = end + len < 0 ? -1 : end + len;
        else if (end >= len) end = len - 1;
    }
    std::int64_t count = 0;
    if (step > 0 && start < end) count = (end - start + step - 1) / step;
    else if (step < 0 && start > end) count = (start - end + (-step) - 1) / (-step);
    return {start, end, step, count};
}

// A start/stop of List.index and Deque.index: a slice index (negative counts
// from the end), clamped to [0, len].
inline std::int64_t clip_index(std::int64_t i, std::int64_t len) {
    if (i < 0) i += len;
    return i < 0 ? 0 : (i > len ? len : i);
}

// ---------------------------------------------------------------------------
// Raw storage for the collections: uninitialised, suitably aligned.
// ---------------------------------------------------------------------------

template <class T>
inline T* alloc_uninit(std::size_t n) {
    if (n == 0) return nullptr;
    return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(alignof(T))));
}
template <class T>
inline void free_uninit(T* p) noexcept {
    if (p) ::operator delete(static_cast<void*>(p), std::align_val_t(alignof(T)));
}

// Moves n elements from src to uninitialised dst (non-overlapping) and ends
// the sources' C++ lifetimes (a relocation: no Mojo-visible move or del).
template <class T>
inline void relocate_n(T* dst, T* src, std::size_t n) noexcept {
    if constexpr (std::is_trivially_copyable_v<T>) {
        if (n) std::memcpy(static_cast<void*>(dst), static_cast<const void*>(src), n * sizeof(T));
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            ::new (static_cast<void*>(dst + i)) T(std::move(src[i]));
            src[i].~T();
        }
    }
}

template <class T>
inline void destroy_cpp_n(T* p, std::size_t n) noexcept {
    if constexpr (!std::is_trivially_destructible_v<T>)
        for (std::size_t i = 0; i < n; ++i) p[i].~T();
}

}  // namespace mojo::detail
