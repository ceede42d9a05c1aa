// SHA-256, used for build-cache keys (no external dependencies).
//
// The cache key of a compiled program is the hash of everything that can
// change the binary: the generated C++, the flags, the compiler identity and
// the runtime headers.  A cryptographic hash keeps accidental collisions out
// of the picture entirely.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mojoc::driver {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view data);
  // Hashes a length prefix first, so that ("ab","c") and ("a","bc") differ.
  Sha256& field(std::string_view data);
  std::array<std::uint8_t, 32> digest();
  std::string hex();  // lowercase, 64 characters

 private:
  void block(const std::uint8_t* p);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t buf_len_ = 0;
  std::uint64_t total_ = 0;
  bool done_ = false;
};

std::string sha256_hex(std::string_view data);

}  // namespace mojoc::driver
