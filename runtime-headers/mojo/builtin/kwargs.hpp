// `var **opts: T`: the keyword arguments no other parameter took, in the
// order the call wrote them.  The callee owns them (Mojo's `var`), so this is
// a small vector of (key, value) entries; `items()` yields them as they are.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "mojo/builtin/int.hpp"
#include "mojo/builtin/string.hpp"

namespace mojo {

template <class T>
struct KwargsEntry {
  String key;
  T value;
};

template <class T>
struct Kwargs {
  std::vector<KwargsEntry<T>> entries;
  Kwargs() = default;
  Kwargs(std::initializer_list<KwargsEntry<T>> xs) : entries(xs) {}
  Int size() const { return Int(static_cast<std::int64_t>(entries.size())); }
  const KwargsEntry<T>& operator[](std::int64_t i) const { return entries[static_cast<std::size_t>(i)]; }
};

}  // namespace mojo
