// mojo/sys/info.hpp -- sys.info: facts about the machine and the compilation
// target (num_physical_cores, simd_width_of, size_of, CompilationTarget, ...).
//
// Mojo answers the target questions for the CPU it compiles for (it compiles
// for the host, like -march=native); here they describe the target the
// generated C++ is compiled for, read from the compiler's predefined macros.
// Compile with -march=native to get Mojo's answers on the same machine (on an
// AVX-512 host simd_width_of[DType.float64]() is 8 in Mojo; without -march a
// plain x86-64 build says 2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <thread>
#include <type_traits>

#if defined(__linux__)
#include <sched.h>
#include <cstdio>
#include <set>
#include <utility>
#endif
#include <sys/stat.h>

#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/config.hpp"

namespace mojo::sys {

namespace detail {
// Bytes in one SIMD register of the target.
inline constexpr std::int64_t vector_bytes =
#if defined(__AVX512F__)
    64;
#elif defined(__AVX__)
    32;
#elif defined(__SSE2__) || defined(__ARM_NEON) || defined(__ARM_NEON__) || defined(__ALTIVEC__)
    16;
#else
    16;  // chosen for targets without a known vector unit
#endif

#if defined(__linux__)
// CPUs this process may run on (Mojo counts cores within the affinity mask:
// under `taskset -c 0` every core count is 1).
inline bool affinity(cpu_set_t& set) noexcept {
    CPU_ZERO(&set);
    return sched_getaffinity(0, sizeof set, &set) == 0;
}
inline long read_long(const char* path) noexcept {
    std::FILE* f = std::fopen(path, "r");
    if (!f) return -1;
    long v = -1;
    if (std::fscanf(f, "%ld", &v) != 1) v = -1;
    std::fclose(f);
    return v;
}
#endif
}  // namespace detail

// Logical CPUs (hardware threads) available to the process.
inline Int num_logical_cores() noexcept {
#if defined(__linux__)
    cpu_set_t set;
    if (detail::affinity(set)) return Int(CPU_COUNT(&set));
#endif
    const unsigned n = std::thread::hardware_concurrency();
    return Int(n == 0 ? 1 : n);
}

// Physical cores among them (distinct package/core ids on Linux; the logical
// count elsewhere).
inline Int num_physical_cores() {
#if defined(__linux__)
    cpu_set_t set;
    if (detail::affinity(set)) {
        std::set<std::pair<long, long>> cores;
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
            if (!CPU_ISSET(cpu, &set)) continue;
            char path[128];
            std::snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%d/topology/core_id", cpu);
            const long core = detail::read_long(path);
            std::snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%d/topology/physical_package_id", cpu);
            const long pkg = detail::read_long(path);
            if (core < 0) return Int(CPU_COUNT(&set));  // no topology: count threads
            cores.insert({pkg, core});
        }
        if (!cores.empty()) return Int(static_cast<std::int64_t>(cores.size()));
    }
#endif
    return num_logical_cores();
}

// Performance cores: Mojo reports the physical cores on non-hybrid CPUs (we do
// not tell P-cores from E-cores on hybrid ones).
inline Int num_performance_cores() { return num_physical_cores(); }

// Whether the machine has a GPU Mojo could use. Mojo asks its GPU runtime; we
// look for the NVIDIA (/dev/nvidia0) and AMD (/dev/kfd) device nodes (chosen).
inline bool has_accelerator() noexcept {
    struct stat st;
    return ::stat("/dev/nvidia0", &st) == 0 || ::stat("/dev/kfd", &st) == 0;
}

MOJO_HOST_DEVICE constexpr bool is_little_endian() noexcept { return __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__; }
MOJO_HOST_DEVICE constexpr bool is_big_endian() noexcept { return __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__; }
MOJO_HOST_DEVICE constexpr bool is_64bit() noexcept { return sizeof(void*) == 8; }
MOJO_HOST_DEVICE constexpr bool is_32bit() noexcept { return sizeof(void*) == 4; }
MOJO_HOST_DEVICE constexpr bool is_gpu() noexcept {
#if defined(MOJO_DEVICE_PASS)
    return true;
#else
    return false;
#endif
}

namespace detail {
template <class T>
struct scalar_bytes {
    static constexpr std::int64_t value = static_cast<std::int64_t>(sizeof(T));
};
template <class U, bool I>
struct scalar_bytes<Integer<U, I>> {
    static constexpr std::int64_t value = static_cast<std::int64_t>(sizeof(U));
};
}  // namespace detail

// simd_width_of[T](): how many T fit in one SIMD register of the target
// (at least 1). T is the element type: double, float, mojo::Int, mojo::Int8, ...
template <class T>
MOJO_HOST_DEVICE constexpr Int simd_width_of() noexcept {
    constexpr std::int64_t b = detail::scalar_bytes<T>::value;
    return Int(b >= detail::vector_bytes ? 1 : detail::vector_bytes / b);
}
// The DType form, simd_width_of[DType.float64](): the dtype by name ("float64",
// "int8", "bool", "index"/"int", ...) as mojoc spells DType values.
constexpr Int simd_width_of(StringLiteral dtype) noexcept {
    std::int64_t bytes = 8;  // int/uint/index/float64/int64/uint64 and unknown names
    const std::string_view n(dtype.ptr, dtype.size);
    if (n == "bool" || n == "int8" || n == "uint8" || n.substr(0, 7) == "float8_") bytes = 1;
    else if (n == "int16" || n == "uint16" || n == "float16" || n == "bfloat16") bytes = 2;
    else if (n == "int32" || n == "uint32" || n == "float32") bytes = 4;
    return Int(bytes >= detail::vector_bytes ? 1 : detail::vector_bytes / bytes);
}

// size_of[T](), align_of[T](), bit_width_of[T](): of the C++ representation,
// which equals Mojo's for scalars (Int: 8, Float32: 4) but not for library types
// (Mojo's String is 24 bytes, ours wraps a std::string).
template <class T>
MOJO_HOST_DEVICE constexpr Int size_of() noexcept {
    return Int(static_cast<std::int64_t>(sizeof(T)));
}
template <class T>
MOJO_HOST_DEVICE constexpr Int align_of() noexcept {
    return Int(static_cast<std::int64_t>(alignof(T)));
}
template <class T>
MOJO_HOST_DEVICE constexpr Int bit_width_of() noexcept {
    return Int(static_cast<std::int64_t>(sizeof(T) * 8));
}

// CompilationTarget.is_x86() etc.: properties of the compilation target.
struct CompilationTarget {
    MOJO_HOST_DEVICE static constexpr bool is_x86() noexcept {
#if defined(__x86_64__) || defined(__i386__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool is_linux() noexcept {
#if defined(__linux__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool is_macos() noexcept {
#if defined(__APPLE__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool is_apple_silicon() noexcept {
#if defined(__APPLE__) && defined(__aarch64__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_sse4() noexcept {
#if defined(__SSE4_1__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_avx() noexcept {
#if defined(__AVX__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_avx2() noexcept {
#if defined(__AVX2__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_avx512f() noexcept {
#if defined(__AVX512F__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_fma() noexcept {
#if defined(__FMA__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_vnni() noexcept {
#if defined(__AVX512VNNI__) || defined(__AVXVNNI__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_intel_amx() noexcept {
#if defined(__AMX_TILE__)
        return true;
#else
        return false;
#endif
    }
    MOJO_HOST_DEVICE static constexpr bool has_neon() noexcept {
#if defined(__ARM_NEON) || defined(__ARM_NEON__)
        return true;
#else
        return false;
#endif
    }
};

}  // namespace mojo::sys
