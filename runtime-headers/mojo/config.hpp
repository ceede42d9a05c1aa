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
