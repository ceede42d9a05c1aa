// mojo/config.hpp -- compiler/target configuration shared by every runtime header.
#pragma once

// Core value types are usable from GPU kernels, so their member functions carry
// __host__ __device__ when a CUDA or HIP compiler sees them; plain C++ compilers
// must not see those keywords at all.
#if defined(__CUDACC__) || defined(__HIPCC__)
#define MOJO_HOST_DEVICE __host__ __device__
#define MOJO_HOST __host__
#else
#define MOJO_HOST_DEVICE
#define MOJO_HOST
#endif

// Defined while the device half of a CUDA/HIP translation unit is compiled.
// Host-only facilities (std::string, stdio, <charconv>) are hidden then, because
// device code may not call them.
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
#define MOJO_DEVICE_PASS 1
#endif

#if defined(__GNUC__) || defined(__clang__)
#define MOJO_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define MOJO_ALWAYS_INLINE inline
#endif

// MOJO_OUTLINE keeps a host helper out of line and opaque to the optimizer
// (GCC: noipa = noinline + no interprocedural analysis); MOJO_OUTLINE_GCC does
// so only for g++ and is empty elsewhere. String uses them for concatenation
// and for its move operations: inlined into generated code, g++ 12 partially
// constant-folds std::string's small-buffer paths against the caller's literals
// (a String built from a literal, then appended to) and reports impossible
// paths, e.g. -Warray-bounds "forming offset [32, 40] is out of the bounds
// [0, 32] of object '<anonymous>'" or -Wstringop-overflow, which -Werror makes
// fatal. Out of line the operands are opaque and that analysis has nothing to
// go on. (clang and nvcc's front end do not have the problem / know noipa.)
#if defined(__CUDACC__) || defined(__HIPCC__) || defined(__clang__)
#define MOJO_OUTLINE __attribute__((noinline))
#define MOJO_OUTLINE_GCC
#elif defined(__GNUC__)
#define MOJO_OUTLINE __attribute__((noipa))
#define MOJO_OUTLINE_GCC __attribute__((noipa))
#else
#define MOJO_OUTLINE
#define MOJO_OUTLINE_GCC
#endif
