// mojo/algorithm/worker_pool.hpp -- runs tasks 0..n-1 on the process's
// persistent, pinned worker threads and returns when all are done: what Mojo's
// runtime (its AsyncRT thread pool) does under sync_parallelize.  Internal
// (mojo::detail); parallelize.hpp is the Mojo-facing API.  Host only.
//
// Two backends:
//   * OpenMP (compiled with -fopenmp, _OPENMP defined): one `omp parallel`
//     region per call; libgomp keeps its threads alive between regions.
//   * otherwise a std::thread pool created on first use (workers sleep on a
//     condition variable between calls).
// Either way the calling thread takes part.  Thread k first runs task k (so
// with as many tasks as threads -- parallelize's default -- every thread gets
// exactly one, even if one of them wakes late), and the tasks beyond the team
// size are then handed out one at a time from a shared counter.  A call made
// from inside a task runs its tasks serially on the calling thread (no nested
// parallelism, no deadlock).
//
// Pinning (/work/shared/PERF.md "Pinning": two unpinned threads were seen
// sharing one vCPU): worker k is bound to the k-th CPU of the process's
// affinity mask, as OMP_PROC_BIND=true would bind it.  libgomp only honours
// proc_bind when OMP_PROC_BIND/OMP_PLACES were set before the program started
// (it reads them in a library constructor), so the runtime binds the threads
// itself.  The calling thread is bound to the first CPU for the duration of the
// call and gets its own mask back afterwards, so code outside parallel calls
// (and sys.info's core counts, which read the thread's mask) sees no change.
// MOJO_NO_PIN=1 in the environment turns binding off.
#pragma once

#include "mojo/config.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif

#ifdef _OPENMP
#include <omp.h>
#endif

#include "mojo/sys/info.hpp"

namespace mojo::detail {

// ---------------------------------------------------------------------------
// CPUs and binding
// ---------------------------------------------------------------------------

// The CPUs the process may run on, in order, captured on first use (before any
// thread of ours has been bound).
inline const std::vector<int>& pool_cpus() {
    static const std::vector<int> cpus = [] {
        std::vector<int> v;
#if defined(__linux__)
        cpu_set_t set;
        CPU_ZERO(&set);
        if (::sched_getaffinity(0, sizeof set, &set) == 0)
            for (int c = 0; c < CPU_SETSIZE; ++c)
                if (CPU_ISSET(c, &set)) v.push_back(c);
#endif
        return v;
    }();
    return cpus;
}

inline bool pool_pinning_enabled() {
    static const bool on = [] {
        const char* e = std::getenv("MOJO_NO_PIN");
        return !(e && e[0] && e[0] != '0');
    }();
    return on;
}

// Binds the calling thread to the CPU of worker `slot`.  Returns false when
// binding is off or impossible.
inline bool pin_current_thread(int slot) {
#if defined(__linux__)
    const std::vector<int>& cpus = pool_cpus();
    if (!pool_pinning_enabled() || cpus.size() < 2) return false;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpus[std::size_t(slot) % cpus.size()], &set);
    return ::pthread_setaffinity_np(::pthread_self(), sizeof set, &set) == 0;
#else
    (void)slot;
    return false;
#endif
}

// A worker thread is bound once per slot it serves (libgomp reuses the same
// threads in the same order, so this is normally one system call per thread
// for the life of the process).
inline void pin_worker_thread(int slot) {
    thread_local int pinned_slot = -1;
    if (pinned_slot == slot) return;
    if (pin_current_thread(slot)) pinned_slot = slot;
}

// Binds the calling thread to slot 0 for one parallel call and restores its
// previous mask afterwards.
class ScopedCallerPin {
#if defined(__linux__)
    cpu_set_t saved_;
#endif
    bool active_ = false;

public:
    explicit ScopedCallerPin(bool enable = true) {
#if defined(__linux__)
        if (enable && pool_pinning_enabled() && pool_cpus().size() >= 2 &&
            ::pthread_getaffinity_np(::pthread_self(), sizeof saved_, &saved_) == 0)
            active_ = pin_current_thread(0);
#endif
        (void)enable;
    }
    ~ScopedCallerPin() {
#if defined(__linux__)
        if (active_) ::pthread_setaffinity_np(::pthread_self(), sizeof saved_, &saved_);
#endif
    }
    ScopedCallerPin(const ScopedCallerPin&) = delete;
    ScopedCallerPin& operator=(const ScopedCallerPin&) = delete;
};

// True on a thread that is running a pool task (nested calls run serially).
inline bool& in_pool_task() {
    thread_local bool inside = false;
    return inside;
}

// How many threads a parallel call may use: Mojo's parallelism_level(), the
// runtime's worker count, which follows the affinity mask (1 under
// `taskset -c 0`); it is the physical core count.
inline std::int64_t pool_size() {
    static const std::int64_t n = [] {
        std::int64_t k = mojo::sys::num_physical_cores().value;
        return k < 1 ? std::int64_t(1) : k;
    }();
    return n;
}

// ---------------------------------------------------------------------------
// The std::thread backend
// ---------------------------------------------------------------------------

#ifndef _OPENMP
class ThreadPool {
    struct Job {
        void (*fn)(void*, std::int64_t);
        void* ctx;
        std::int64_t ntasks;
    };
    std::vector<std::thread> threads_;
    std::mutex m_;
    std::condition_variable wake_, done_;
    std::uint64_t generation_ = 0;
    int busy_ = 0;  // workers still inside the current job
    bool stop_ = false;
    Job job_{};
    std::atomic<std::int64_t> next_{0};
    std::mutex call_;  // one parallel call at a time (calls from several user threads queue)

    // Slot k's own task, then the shared ones (the counter starts at the team size).
    void drain(const Job& job, int slot) {
        if (slot < job.ntasks) job.fn(job.ctx, slot);
        for (std::int64_t i; (i = next_.fetch_add(1, std::memory_order_relaxed)) < job.ntasks;) job.fn(job.ctx, i);
    }
    void worker(int slot) {
        pin_worker_thread(slot);
        in_pool_task() = true;
        std::uint64_t seen = 0;
        for (;;) {
            Job job;
            {
                std::unique_lock<std::mutex> lk(m_);
                wake_.wait(lk, [&] { return stop_ || generation_ != seen; });
                if (stop_) return;
                seen = generation_;
                job = job_;
            }
            drain(job, slot);
            std::lock_guard<std::mutex> lk(m_);
            if (--busy_ == 0) done_.notify_one();
        }
    }

public:
    explicit ThreadPool(int workers) {
        threads_.reserve(std::size_t(workers));
        for (int k = 1; k <= workers; ++k) threads_.emplace_back([this, k] { worker(k); });
    }
    ~ThreadPool() {
        {
            std::lock_guard<std::mutex> lk(m_);
            stop_ = true;
        }
        wake_.notify_all();
        for (auto& t : threads_) t.join();
    }
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    void run(std::int64_t ntasks, void (*fn)(void*, std::int64_t), void* ctx) {
        std::lock_guard<std::mutex> call(call_);
        ScopedCallerPin pin;
        {
            std::lock_guard<std::mutex> lk(m_);
            job_ = Job{fn, ctx, ntasks};
            next_.store(std::int64_t(threads_.size()) + 1, std::memory_order_relaxed);
            busy_ = int(threads_.size());
            ++generation_;
        }
        wake_.notify_all();
        in_pool_task() = true;
        drain(job_, 0);
        in_pool_task() = false;
        std::unique_lock<std::mutex> lk(m_);
        done_.wait(lk, [&] { return busy_ == 0; });
    }

    static ThreadPool& instance() {
        static ThreadPool pool(int(pool_size()) - 1);
        return pool;
    }
};
#endif

// ---------------------------------------------------------------------------
// run_tasks
// ---------------------------------------------------------------------------

// Calls task(i) for every i in [0, ntasks) on up to pool_size() threads and
// returns when all calls have returned.  task must be safe to call
// concurrently.
template <class Task>
inline void run_tasks(std::int64_t ntasks, Task& task) {
    if (ntasks <= 0) return;
    (void)pool_cpus();  // capture the process's CPUs before any thread is bound
    const std::int64_t threads = ntasks < pool_size() ? ntasks : pool_size();
    if (threads <= 1 || in_pool_task()) {
        for (std::int64_t i = 0; i < ntasks; ++i) task(i);
        return;
    }
#ifdef _OPENMP
    if (omp_in_parallel()) {
        for (std::int64_t i = 0; i < ntasks; ++i) task(i);
        return;
    }
    std::atomic<std::int64_t> next{-1};
#pragma omp parallel num_threads(int(threads))
    {
        const int tid = omp_get_thread_num();
        const std::int64_t team = omp_get_num_threads();  // may be fewer than asked
        ScopedCallerPin pin(tid == 0);
        if (tid != 0) pin_worker_thread(tid);
        bool& inside = in_pool_task();
        inside = true;
        // Every thread sets the shared counter to the team size before taking
        // from it (they all write the same value; the first write wins).
        std::int64_t unset = -1;
        next.compare_exchange_strong(unset, team, std::memory_order_relaxed);
        if (tid < ntasks) task(tid);
        for (std::int64_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < ntasks;) task(i);
        inside = false;
    }
#else
    ThreadPool::instance().run(
        ntasks, [](void* ctx, std::int64_t i) { (*static_cast<Task*>(ctx))(i); }, static_cast<void*>(&task));
#endif
}

}  // namespace mojo::detail
