// mojo/builtin/range.hpp -- Mojo range(). The trip count is computed once, so
// the loop is a simple counted loop the optimiser handles well, negative steps
// included, and start/stop near Int's limits cannot overflow.
#pragma once

#include <cstdint>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"

namespace mojo {

struct Range {
    Int start;
    Int step;
    std::uint64_t count;

    struct Iterator {
        std::uint64_t cur;  // unsigned so stepping past the end wraps instead of UB
        std::uint64_t step;
        std::uint64_t remaining;
        MOJO_HOST_DEVICE constexpr Int operator*() const noexcept { return Int(static_cast<std::int64_t>(cur)); }
        MOJO_HOST_DEVICE constexpr Iterator& operator++() noexcept {
            cur += step;
            --remaining;
            return *this;
        }
        MOJO_HOST_DEVICE constexpr bool operator!=(const Iterator& o) const noexcept { return remaining != o.remaining; }
        MOJO_HOST_DEVICE constexpr bool operator==(const Iterator& o) const noexcept { return remaining == o.remaining; }
    };

    MOJO_HOST_DEVICE constexpr Iterator begin() const noexcept {
        return {static_cast<std::uint64_t>(start.value), static_cast<std::uint64_t>(step.value), count};
    }
    MOJO_HOST_DEVICE constexpr Iterator end() const noexcept { return {0, 0, 0}; }
    MOJO_HOST_DEVICE constexpr Int len() const noexcept { return Int(count); }
    // r[i] (Mojo ranges are indexable).
    MOJO_HOST_DEVICE constexpr Int operator[](Int i) const noexcept { return start + i * step; }
};

// Step 0 is an error in Python; in Mojo it is undefined. We yield nothing.
MOJO_HOST_DEVICE constexpr Range range(Int start, Int stop, Int step) noexcept {
    std::uint64_t n = 0;
    if (step.value > 0 && start.value < stop.value) {
        std::uint64_t span = static_cast<std::uint64_t>(stop.value) - static_cast<std::uint64_t>(start.value);
        n = (span - 1) / static_cast<std::uint64_t>(step.value) + 1;
    } else if (step.value < 0 && start.value > stop.value) {
        std::uint64_t span = static_cast<std::uint64_t>(start.value) - static_cast<std::uint64_t>(stop.value);
        n = (span - 1) / (std::uint64_t(0) - static_cast<std::uint64_t>(step.value)) + 1;
    }
    return Range{start, step, n};
}
MOJO_HOST_DEVICE constexpr Range range(Int start, Int stop) noexcept { return range(start, stop, Int(1)); }
MOJO_HOST_DEVICE constexpr Range range(Int stop) noexcept { return range(Int(0), stop, Int(1)); }

MOJO_HOST_DEVICE constexpr Int len(const Range& r) noexcept { return r.len(); }

}  // namespace mojo
