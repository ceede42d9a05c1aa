// mojo/string/hash.hpp -- the value Mojo's hash(s) prints for a String or
// StringLiteral: its default hasher (an AHash port, keys all zero) fed with
// the string's bytes. hash("hello") == 15194610732995203403, hash("") ==
// 11583516797109448887 (UInt64; the same in Mojo 1.2 and 0.25.6).
//
// hash_update(s, hasher) is String.__hash__(hasher): it hands the bytes to
// the caller's hasher. Dict/Set keep their own faster hash
// (mojo/detail/protocols.hpp): Mojo's collections iterate in insertion order,
// so only a printed hash(s) shows which function ran. Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "mojo/builtin/integer.hpp"

namespace mojo::strings {
namespace detail {

struct AHasher {
    static constexpr std::uint64_t kMultiple = 6364136223846793005ull;
    // pi digits, xor'ed with the (zero) key
    std::uint64_t buffer = 0x243F6A8885A308D3ull;
    std::uint64_t pad = 0x13198A2E03707344ull;
    std::uint64_t extra0 = 0xA4093822299F31D0ull;
    std::uint64_t extra1 = 0x082EFA98EC4E6C89ull;

    static std::uint64_t folded_multiply(std::uint64_t a, std::uint64_t b) noexcept {
        const unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
        return static_cast<std::uint64_t>(m) ^ static_cast<std::uint64_t>(m >> 64);
    }
    static std::uint64_t read64(const unsigned char* p) noexcept {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    static std::uint64_t read32(const unsigned char* p) noexcept {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    static std::uint64_t read16(const unsigned char* p) noexcept {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }

    void large_update(std::uint64_t a, std::uint64_t b) noexcept {
        const std::uint64_t combined = folded_multiply(a ^ extra0, b ^ extra1);
        const std::uint64_t x = (buffer + pad) ^ combined;
        buffer = (x << 23) | (x >> 41);
    }

    void update_bytes(const void* data, std::size_t n) noexcept {
        const auto* p = static_cast<const unsigned char*>(data);
        buffer = (buffer + std::uint64_t(n)) * kMultiple;
        if (n > 8) {
            if (n > 16) {
                large_update(read64(p + n - 16), read64(p + n - 8));
                std::size_t off = 0;
                while (n - off > 16) {
                    large_update(read64(p + off), read64(p + off + 8));
                    off += 16;
                }
            } else {
                large_update(read64(p), read64(p + n - 8));
            }
        } else if (n >= 4) {
            large_update(read32(p), read32(p + n - 4));
        } else if (n >= 2) {
            large_update(read16(p), std::uint64_t(p[n - 1]));
        } else if (n == 1) {
            large_update(p[0], p[0]);
        } else {
            large_update(0, 0);
        }
    }

    std::uint64_t finish() const noexcept {
        const unsigned rot = unsigned(buffer & 63);
        const std::uint64_t folded = folded_multiply(buffer, pad);
        return rot == 0 ? folded : (folded << rot) | (folded >> (64 - rot));
    }
};

}  // namespace detail

// hash(s)
inline UInt64 hash(std::string_view s) noexcept {
    detail::AHasher h;
    h.update_bytes(s.data(), s.size());
    return UInt64(h.finish());
}

// s.__hash__(hasher) (1.x `__hash__[H: Hasher](self, mut hasher: H)`): feeds
// the bytes to whatever hasher the caller holds (mojo::Hasher for a Dict key).
template <class H>
inline void hash_update(std::string_view s, H& hasher) {
    hasher.update(s);
}

}  // namespace mojo::strings
