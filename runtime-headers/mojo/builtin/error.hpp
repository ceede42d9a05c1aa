// mojo/builtin/error.hpp -- Mojo Error: a value carrying a message. Errors are
// values (returned through Raises<T>), never C++ exceptions, so that raising
// code stays legal in GPU kernels.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <utility>

#include "mojo/builtin/string.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/config.hpp"

namespace mojo {

// The message is either static text (an Error built from a string literal:
// no allocation, constexpr, works in device code) or an owned malloc'd copy
// (built from a runtime String on the host). malloc/free/memcpy rather than
// std::string because CUDA and HIP provide them in device code too, so every
// member can be __host__ __device__.
class Error {
    const char* ptr_ = "";
    std::size_t size_ = 0;
    bool owned_ = false;

    MOJO_HOST_DEVICE void copy_from(const char* p, std::size_t n) {
        char* b = static_cast<char*>(::malloc(n + 1));
        if (b == nullptr) {  // out of memory: keep a static message rather than crash
            ptr_ = "out of memory";
            size_ = 13;
            owned_ = false;
            return;
        }
        if (n != 0) ::memcpy(b, p, n);
        b[n] = '\0';
        ptr_ = b;
        size_ = n;
        owned_ = true;
    }
    MOJO_HOST_DEVICE void release() noexcept {
        if (owned_) ::free(const_cast<char*>(ptr_));
    }

public:
    MOJO_HOST_DEVICE constexpr Error() noexcept {}
    template <std::size_t N>
    MOJO_HOST_DEVICE constexpr Error(const char (&s)[N]) noexcept : ptr_(s), size_(N - 1) {}
    MOJO_HOST_DEVICE constexpr Error(StringLiteral m) noexcept : ptr_(m.ptr), size_(m.size) {}
    // Runtime text is copied.
    MOJO_HOST_DEVICE Error(const char* p, std::size_t n) { copy_from(p, n); }
    Error(const String& s) { copy_from(s.data(), s.size()); }
    Error(std::string_view s) { copy_from(s.data(), s.size()); }

    MOJO_HOST_DEVICE Error(const Error& o) : ptr_(o.ptr_), size_(o.size_), owned_(false) {
        if (o.owned_) copy_from(o.ptr_, o.size_);
    }
    MOJO_HOST_DEVICE Error(Error&& o) noexcept : ptr_(o.ptr_), size_(o.size_), owned_(o.owned_) {
        o.ptr_ = "";
        o.size_ = 0;
        o.owned_ = false;
    }
    MOJO_HOST_DEVICE Error& operator=(const Error& o) {
        if (this != &o) {
            release();
            ptr_ = o.ptr_;
            size_ = o.size_;
            owned_ = false;
            if (o.owned_) copy_from(o.ptr_, o.size_);
        }
        return *this;
    }
    MOJO_HOST_DEVICE Error& operator=(Error&& o) noexcept {
        if (this != &o) {
            release();
            ptr_ = o.ptr_;
            size_ = o.size_;
            owned_ = o.owned_;
            o.ptr_ = "";
            o.size_ = 0;
            o.owned_ = false;
        }
        return *this;
    }
    MOJO_HOST_DEVICE ~Error() { release(); }

    // A view of the message (valid while the Error lives). NUL-terminated.
    MOJO_HOST_DEVICE constexpr StringLiteral message() const noexcept { return StringLiteral(ptr_, size_); }
    MOJO_HOST_DEVICE constexpr const char* c_str() const noexcept { return ptr_; }

    // Writable: print(e) and String(e) give the message.
    template <class W>
    void write_to(W& w) const {
        w.write_bytes(ptr_, size_);
    }
    MOJO_HOST_DEVICE friend constexpr bool operator==(const Error& a, const Error& b) noexcept {
        return a.message() == b.message();
    }
};

}  // namespace mojo
