// Unit tests for runtime-headers/mojo/memory/* (pointer loads/stores, memcpy
// and friends, OwnedPointer, ArcPointer, Span) and runtime-headers/mojo/
// algorithm/* (vectorize, tile, map, parallelize, elementwise, reductions).
// Expected call sequences and values were printed by the real compilers
// (Mojo 1.2, and 0.25.6 where it has the function); the Mojo programs and
// their traces are in tests/pending/NOTES-algorithm-from-real-mojo.md.
#include <doctest/doctest.h>

#include "value_text.hpp"

#include <atomic>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "mojo/algorithm/elementwise.hpp"
#include "mojo/algorithm/map.hpp"
#include "mojo/algorithm/parallelize.hpp"
#include "mojo/algorithm/reduction.hpp"
#include "mojo/algorithm/tile.hpp"
#include "mojo/algorithm/vectorize.hpp"
#include "mojo/builtin/repr.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/memory/arc_pointer.hpp"
#include "mojo/memory/memory.hpp"
#include "mojo/memory/owned_pointer.hpp"
#include "mojo/memory/span.hpp"

using namespace mojo;

namespace {

using test_text::R;
using test_text::S;

// Records closure calls as "width:index" (or "width:index/evl").
struct Trace {
    std::string s;
    void add(int width, Int i) {
        if (!s.empty()) s += ' ';
        s += std::to_string(width) + ":" + std::to_string(i.value);
    }
    void add(int width, Int i, Int evl) {
        add(width, i);
        s += "/" + std::to_string(evl.value);
    }
};

template <int W, int U>
std::string vec(std::int64_t size) {
    Trace t;
    algorithm::vectorize<W, U>(Int(size), [&](Int i) { t.add(W, i); }, [&](Int i) { t.add(1, i); });
    return t.s;
}
template <int W, std::int64_t N, int U>
std::string vec_static() {
    Trace t;
    constexpr int tail = algorithm::vectorize_tail_width(W, N);
    algorithm::vectorize_static<W, N, U>([&](Int i) { t.add(W, i); }, [&](Int i) { t.add(tail, i); });
    return t.s;
}
template <int W, int U>
std::string vec_evl(std::int64_t size) {
    Trace t;
    algorithm::vectorize_evl<W, U>(Int(size), [&](Int i, Int evl) { t.add(W, i, evl); });
    return t.s;
}

// A generated-style struct whose Mojo destructor is counted.
struct Res {
    Int id;
    static inline int dels = 0;
    void m__del__() { ++dels; }
    bool m__eq__(const Res& o) const { return id == o.id; }
    void write_to(Writer& w) const { w.write("Res(", id, ")"); }
};

}  // namespace

// ---------------------------------------------------------------------------
// vectorize
// ---------------------------------------------------------------------------

TEST_CASE("vectorize: Mojo's call sequence (dynamic size)") {
    // Mojo 1.2 vectorize[4, unroll_factor=U](size, worker) and 0.25.6
    // vectorize[worker, 4, unroll_factor=U](size) print the same.
    CHECK(vec<4, 1>(0) == "");
    CHECK(vec<4, 1>(1) == "1:0");
    CHECK(vec<4, 1>(3) == "1:0 1:1 1:2");
    CHECK(vec<4, 1>(4) == "4:0");
    CHECK(vec<4, 1>(5) == "4:0 1:4");
    CHECK(vec<4, 1>(11) == "4:0 4:4 1:8 1:9 1:10");
    CHECK(vec<4, 1>(37) == "4:0 4:4 4:8 4:12 4:16 4:20 4:24 4:28 4:32 1:36");
    CHECK(vec<4, 2>(0) == "");
    CHECK(vec<4, 2>(1) == "1:0");
    CHECK(vec<4, 2>(3) == "1:0 1:1 1:2");
    CHECK(vec<4, 2>(4) == "4:0");
    CHECK(vec<4, 2>(5) == "4:0 1:4");
    CHECK(vec<4, 2>(11) == "4:0 4:4 1:8 1:9 1:10");
    CHECK(vec<4, 2>(8) == "4:0 4:4");
    CHECK(vec<4, 2>(12) == "4:0 4:4 4:8");
    CHECK(vec<4, 2>(37) == "4:0 4:4 4:8 4:12 4:16 4:20 4:24 4:28 4:32 1:36");
    CHECK(vec<4, 3>(-5) == "");
    // W = 16 (simd_width_of[DType.float32] on AVX-512): 2W+3 and 4WU+5
    CHECK(vec<16, 1>(15) == "1:0 1:1 1:2 1:3 1:4 1:5 1:6 1:7 1:8 1:9 1:10 1:11 1:12 1:13 1:14");
    CHECK(vec<16, 1>(17) == "16:0 1:16");
    CHECK(vec<16, 1>(35) == "16:0 16:16 1:32 1:33 1:34");
    CHECK(vec<16, 2>(133) == "16:0 16:16 16:32 16:48 16:64 16:80 16:96 16:112 1:128 1:129 1:130 1:131 1:132");
}

TEST_CASE("vectorize: static size, power-of-two remainder in one call") {
    CHECK(algorithm::vectorize_tail_width(4, 0) == 0);
    CHECK(algorithm::vectorize_tail_width(4, 2) == 2);
    CHECK(algorithm::vectorize_tail_width(4, 3) == 1);
    CHECK(algorithm::vectorize_tail_width(8, 12) == 4);
    CHECK(vec_static<4, 0, 1>() == "");
    CHECK(vec_static<4, 1, 1>() == "1:0");
    CHECK(vec_static<4, 2, 1>() == "2:0");
    CHECK(vec_static<4, 3, 1>() == "1:0 1:1 1:2");
    CHECK(vec_static<4, 4, 1>() == "4:0");
    CHECK(vec_static<4, 5, 1>() == "4:0 1:4");
    CHECK(vec_static<4, 11, 1>() == "4:0 4:4 1:8 1:9 1:10");
    CHECK(vec_static<4, 37, 1>() == "4:0 4:4 4:8 4:12 4:16 4:20 4:24 4:28 4:32 1:36");
    CHECK(vec_static<8, 15, 1>() == "8:0 1:8 1:9 1:10 1:11 1:12 1:13 1:14");
    CHECK(vec_static<8, 14, 1>() == "8:0 1:8 1:9 1:10 1:11 1:12 1:13");
    CHECK(vec_static<8, 12, 1>() == "8:0 4:8");
    CHECK(vec_static<4, 11, 2>() == "4:0 4:4 1:8 1:9 1:10");
    CHECK(vec_static<4, 12, 2>() == "4:0 4:4 4:8");
    CHECK(vec_static<4, 31, 3>() == "4:0 4:4 4:8 4:12 4:16 4:20 4:24 1:28 1:29 1:30");
    Trace t;
    algorithm::vectorize_static<4, 8>([&](Int i) { t.add(4, i); });
    CHECK(t.s == "4:0 4:4");
}

TEST_CASE("vectorize: the evl form keeps the width and passes the live lanes") {
    CHECK(vec_evl<4, 1>(0) == "");
    CHECK(vec_evl<4, 1>(1) == "4:0/1");
    CHECK(vec_evl<4, 1>(3) == "4:0/3");
    CHECK(vec_evl<4, 1>(4) == "4:0/4");
    CHECK(vec_evl<4, 1>(5) == "4:0/4 4:4/1");
    CHECK(vec_evl<4, 1>(11) == "4:0/4 4:4/4 4:8/3");
    CHECK(vec_evl<4, 2>(12) == "4:0/4 4:4/4 4:8/4");
    CHECK(vec_evl<4, 2>(37) == "4:0/4 4:4/4 4:8/4 4:12/4 4:16/4 4:20/4 4:24/4 4:28/4 4:32/4 4:36/1");
}

TEST_CASE("vectorize: one generic template lambda") {
    Trace t;
    algorithm::vectorize_generic<4>(Int(6), [&]<int w>(Int i) { t.add(w, i); });
    CHECK(t.s == "4:0 1:4 1:5");
    Trace u;
    algorithm::vectorize_static_generic<8, 12>([&]<int w>(Int i) { u.add(w, i); });
    CHECK(u.s == "8:0 4:8");
}

// ---------------------------------------------------------------------------
// tile and map
// ---------------------------------------------------------------------------

TEST_CASE("tile: static, dynamic, primary/secondary and 2-D sequences") {
    Trace t;
    algorithm::tile<8, 4, 1>(Int(0), Int(23), [&](Int i) { t.add(8, i); }, [&](Int i) { t.add(4, i); },
                             [&](Int i) { t.add(1, i); });
    CHECK(t.s == "8:0 8:8 4:16 1:20 1:21 1:22");
    Trace t2;  // the last size does not fit: 11 is left unprocessed, as in Mojo
    algorithm::tile<4, 2>(Int(1), Int(12), [&](Int i) { t2.add(4, i); }, [&](Int i) { t2.add(2, i); });
    CHECK(t2.s == "4:1 4:5 2:9");
    Trace t3;
    algorithm::tile<4>(Int(5), Int(3), [&](Int i) { t3.add(4, i); });
    CHECK(t3.s == "");

    std::string d;
    auto dyn = [&](Int i, Int n) { d += std::to_string(i.value) + "+" + std::to_string(n.value) + " "; };
    algorithm::tile_dynamic(Int(0), Int(23), {Int(8), Int(3)}, dyn);
    CHECK(d == "0+8 8+8 16+3 19+3 22+1 ");
    d.clear();
    algorithm::tile_dynamic(Int(2), Int(12), {Int(5)}, dyn);
    CHECK(d == "2+5 7+5 ");
    d.clear();
    List<Int> sizes{Int(5)};
    algorithm::tile_dynamic(Int(2), Int(13), sizes, dyn);
    CHECK(d == "2+5 7+5 12+1 ");

    std::string b;
    auto bin = [&](int w) {
        return [&b, w](Int i, Int n) {
            b += std::to_string(w) + "@" + std::to_string(i.value) + "+" + std::to_string(n.value) + " ";
        };
    };
    algorithm::tile_binary<1, 4, 2>(Int(0), Int(23), {Int(8), Int(4)}, Int(3), bin(4), bin(2), bin(1));
    CHECK(b == "4@0+8 4@8+8 2@16+4 1@20+3 ");

    std::string g;
    auto t2d = [&](int tx, int ty) {
        return [&g, tx, ty](Int x, Int y) {
            g += std::to_string(tx) + "x" + std::to_string(ty) + "@" + std::to_string(x.value) + "," +
                 std::to_string(y.value) + " ";
        };
    };
    algorithm::tile_2d<algorithm::tile_sizes<4, 1>, algorithm::tile_sizes<2, 1>>(
        Int(0), Int(0), Int(6), Int(3), t2d(4, 2), t2d(1, 2), t2d(4, 1), t2d(1, 1));
    CHECK(g == "4x2@0,0 1x2@4,0 1x2@5,0 4x1@0,2 1x1@4,2 1x1@5,2 ");
}

TEST_CASE("map: func(0) .. func(size-1) in order") {
    Trace t;
    algorithm::map(Int(3), [&](Int i) { t.add(1, i); });
    CHECK(t.s == "1:0 1:1 1:2");
    algorithm::map(Int(0), [&](Int i) { t.add(9, i); });
    CHECK(t.s == "1:0 1:1 1:2");
    Trace u;  // the order sema emits: the closure first
    algorithm::map([&](Int i) { u.add(1, i); }, Int(2));
    CHECK(u.s == "1:0 1:1");
}

// ---------------------------------------------------------------------------
// parallelize, sync_parallelize, elementwise
// ---------------------------------------------------------------------------

TEST_CASE("parallelize: every item once; one worker is an ordered loop") {
    std::vector<std::int64_t> out(10, -1);
    algorithm::parallelize([&](Int i) { out[std::size_t(i.value)] = i.value * i.value; }, Int(10));
    CHECK(out == std::vector<std::int64_t>{0, 1, 4, 9, 16, 25, 36, 49, 64, 81});
    algorithm::parallelize([&](Int i) { out[std::size_t(i.value)] = i.value + 100; }, Int(10), Int(3));
    CHECK(out[0] == 100);
    CHECK(out[9] == 109);
    Trace t;  // Mojo: parallelize(w3, 5, 1) prints seq 0 .. seq 4 in order
    algorithm::parallelize([&](Int i) { t.add(1, i); }, Int(5), Int(1));
    CHECK(t.s == "1:0 1:1 1:2 1:3 1:4");
    Trace none;
    algorithm::parallelize([&](Int i) { none.add(1, i); }, Int(0));
    algorithm::parallelize([&](Int i) { none.add(1, i); }, Int(4), Int(0));
    CHECK(none.s == "");
    std::vector<std::atomic<int>> hits(1000);
    algorithm::parallelize([&](Int i) { hits[std::size_t(i.value)]++; }, Int(1000), Int(7));
    algorithm::sync_parallelize([&](Int i) { hits[std::size_t(i.value)]++; }, Int(1000));
    bool all_two = true;
    for (auto& h : hits) all_two = all_two && h.load() == 2;
    CHECK(all_two);
    // nested: the inner call runs on the calling worker
    std::atomic<int> inner{0};
    algorithm::parallelize([&](Int) { algorithm::parallelize([&](Int) { inner++; }, Int(5)); }, Int(4));
    CHECK(inner.load() == 20);
    // a raising closure that does not raise
    std::atomic<int> ok{0};
    algorithm::sync_parallelize([&](Int) -> Raises<void> {
        ok++;
        return {};
    }, Int(3));
    CHECK(ok.load() == 3);
}

TEST_CASE("parallelize: Mojo's contiguous chunks per task") {
    // 10 items over 3 workers: divmod(10, 3) = (3, 1): [0,4) [4,7) [7,10).
    // Each chunk is visited in increasing order by one thread: record runs.
    std::vector<std::int64_t> prev(10, -2);
    algorithm::parallelize(
        [&](Int i) {
            thread_local std::int64_t last = -2;
            prev[std::size_t(i.value)] = last;
            last = i.value;
        },
        Int(10), Int(3));
    // the first item of each chunk starts a run; the others follow their predecessor
    for (int i : {1, 2, 3, 5, 6, 8, 9}) CHECK(prev[std::size_t(i)] == i - 1);
}

TEST_CASE("elementwise: Mojo's per-chunk vectorize schedule") {
    // size <= 32768: one worker, vectorize's sequence
    Trace t;
    algorithm::elementwise<4>(Int(11), [&](Int i) { t.add(4, i); }, [&](Int i) { t.add(1, i); });
    CHECK(t.s == "4:0 4:4 1:8 1:9 1:10");
    // larger: chunks of ceildiv(size, workers), each with its own width-1 tail
    // (Mojo on 2 cores: 65539 -> tails 32768 32769 65538)
    const std::int64_t workers = algorithm::parallelism_level().value < 2 ? 1 : 2;
    std::vector<std::atomic<int>> width1(65539);
    std::vector<std::atomic<int>> covered(65539);
    algorithm::elementwise<4>(
        Int(65539),
        [&](Int i) {
            for (int k = 0; k < 4; ++k) covered[std::size_t(i.value + k)]++;
        },
        [&](Int i) {
            covered[std::size_t(i.value)]++;
            width1[std::size_t(i.value)]++;
        });
    bool once = true;
    for (auto& c : covered) once = once && c.load() == 1;
    CHECK(once);
    if (workers == 2 && algorithm::parallelism_level().value == 2) {
        std::vector<std::int64_t> tails;
        for (std::size_t i = 0; i < width1.size(); ++i)
            if (width1[i].load()) tails.push_back(std::int64_t(i));
        CHECK(tails == std::vector<std::int64_t>{32768, 32769, 65538});
    }
}

// ---------------------------------------------------------------------------
// reductions
// ---------------------------------------------------------------------------

namespace {
template <class T>
T val(std::int64_t i) {
    std::int64_t k = (i * 7919 + 13) % 2003;
    if (i % 17 == 3) k = k * 1000 + 3;
    T v = T(k) * T(0.1);
    if (i % 5 == 1) v = -v;
    return v;
}
}  // namespace

TEST_CASE("reductions: Mojo 1.2's summation order, bit for bit") {
    // max.algorithm sum/max/min/mean on AVX-512 (W = 16 for Float32, 8 for
    // Float64, unroll 8) -- the widths are explicit here so the test does not
    // depend on -march.
    const char* expected[] = {
        "0 0.0 0.0 0.0 nan 0.0 0.0 0.0 nan",
        "1 1.3000001 1.3000001 1.3000001 1.3000001 1.3 1.3 1.3 1.3",
        "2 -191.0 1.3000001 -192.3 -95.5 -191.0 1.3 -192.3 -95.5",
        "3 -8.0 183.0 -192.3 -2.6666667 -8.0 183.0 -192.3 -2.6666666666666665",
        "7 173866.0 173700.3 -192.3 24838.0 173866.00000000003 173700.30000000002 -192.3 24838.000000000004",
        "8 174002.5 173700.3 -192.3 21750.312 174002.5 173700.30000000002 -192.3 21750.3125",
        "15 174499.02 173700.3 -192.3 11633.268 174499.00000000003 173700.30000000002 -192.3 11633.266666666668",
        "16 174561.1 173700.3 -192.3 10910.068 174561.10000000003 173700.30000000002 -192.3 10910.068750000002",
        "17 174508.3 173700.3 -192.3 10265.194 174508.30000000005 173700.30000000002 -192.3 10265.194117647061",
        "31 191325.63 173700.3 -192.3 6171.7944 191325.60000000003 173700.30000000002 -192.3 6171.793548387098",
        "33 191316.3 173700.3 -192.3 5797.4634 191316.30000000002 173700.30000000002 -192.3 5797.463636363637",
        "63 350556.66 173700.3 -192.3 5564.3916 350556.6999999999 173700.30000000002 -192.3 5564.392063492061",
        "64 350573.0 173700.3 -192.3 5477.703 350573.0 173700.30000000002 -192.3 5477.703125",
        "65 350580.0 173700.3 -192.3 5393.5386 350580.0 173700.30000000002 -192.3 5393.538461538462",
        "100 395248.2 184400.3 -142200.3 3952.482 395248.2 184400.30000000002 -142200.30000000002 3952.482",
        "127 491491.53 184400.3 -142200.3 3870.012 491491.60000000003 184400.30000000002 -142200.30000000002 3870.012598425197",
        "128 491513.66 184400.3 -142200.3 3839.9504 491513.60000000003 184400.30000000002 -142200.30000000002 3839.9500000000003",
        "129 491526.34 184400.3 -142200.3 3810.2817 491526.30000000005 184400.30000000002 -142200.30000000002 3810.2813953488376",
        "130 491529.75 184400.3 -142200.3 3780.998 491529.70000000007 184400.30000000002 -142200.30000000002 3780.997692307693",
        "143 603089.56 184400.3 -142200.3 4217.4097 603089.5000000002 184400.30000000002 -142200.30000000002 4217.409090909093",
        "144 603163.0 184400.3 -142200.3 4188.632 603163.0000000001 184400.30000000002 -142200.30000000002 4188.631944444445",
        "255 725728.44 195100.3 -163600.3 2845.994 725728.6000000001 195100.30000000002 -163600.30000000002 2845.994509803922",
        "256 725762.0 195100.3 -163600.3 2835.0078 725762.0 195100.30000000002 -163600.30000000002 2835.0078125",
        "257 725737.9 195100.3 -163600.3 2823.8828 725737.9 195100.30000000002 -163600.30000000002 2823.882879377432",
        "300 871107.5 195100.3 -163600.3 2903.6916 871107.3999999999 195100.30000000002 -163600.30000000002 2903.691333333333",
        "1000 3691994.5 196300.3 -195700.3 3691.9944 3691994.6 196300.30000000002 -195700.30000000002 3691.9946",
        "1023 3633825.8 196300.3 -195700.3 3552.127 3633826.000000001 196300.30000000002 -195700.30000000002 3552.127077223852",
        "4099 14714521.0 199900.3 -198700.3 3589.7832 14714521.6 199900.30000000002 -198700.30000000002 3589.783264210783",
    };
    const std::int64_t ns[] = {0,  1,   2,   3,   7,   8,   15,  16,  17,  31,  33,   63,   64,  65,
                               100, 127, 128, 129, 130, 143, 144, 255, 256, 257, 300, 1000, 1023, 4099};
    using namespace mojo::detail;
    for (std::size_t c = 0; c < sizeof ns / sizeof ns[0]; ++c) {
        const std::int64_t n = ns[c];
        std::vector<float> a;
        std::vector<double> b;
        for (std::int64_t i = 0; i < n; ++i) {
            a.push_back(val<float>(i));
            b.push_back(val<double>(i));
        }
        float sa = reduce_in_mojo_order<16, 8, ReduceAdd>(a.data(), n, 0.0f);
        double sb = reduce_in_mojo_order<8, 8, ReduceAdd>(b.data(), n, 0.0);
        std::string line = S(Int(n)) + " " + S(sa) + " " +
                           S(reduce_in_mojo_order<16, 8, ReduceMax>(a.data(), n, reduce_lowest<float>())) + " " +
                           S(reduce_in_mojo_order<16, 8, ReduceMin>(a.data(), n, reduce_highest<float>())) + " " +
                           S(sa / float(n)) + " " + S(sb) + " " +
                           S(reduce_in_mojo_order<8, 8, ReduceMax>(b.data(), n, reduce_lowest<double>())) + " " +
                           S(reduce_in_mojo_order<8, 8, ReduceMin>(b.data(), n, reduce_highest<double>())) + " " +
                           S(sb / double(n));
        CHECK(line == expected[c]);
    }
}

TEST_CASE("reductions: public API, integers, NaN, signed zero, empty") {
    List<float> xs{1.0f, 2.0f, 3.0f};
    CHECK(S(algorithm::sum(xs).value()) == "6.0");
    CHECK(S(algorithm::max(Span<const float>(xs)).value()) == "3.0");
    CHECK(S(algorithm::min(xs).value()) == "1.0");
    CHECK(S(algorithm::mean(xs).value()) == "2.0");
    List<Int> ys{Int(5), Int(-2), Int(9)};
    CHECK(S(algorithm::sum(ys).value()) == "12");
    CHECK(S(algorithm::max(ys).value()) == "9");
    CHECK(S(algorithm::min(ys).value()) == "-2");
    CHECK(S(algorithm::mean(ys).value()) == "4");
    List<Int> neg{Int(-5), Int(2)};
    CHECK(S(algorithm::mean(neg).value()) == "-2");  // floor division
    CHECK(S(algorithm::product(neg).value()) == "-10");
    List<Int> empty_i;
    CHECK(S(algorithm::mean(empty_i).value()) == "0");
    CHECK(S(algorithm::max(empty_i).value()) == "0");
    List<float> empty_f;
    CHECK(S(algorithm::sum(empty_f).value()) == "0.0");
    CHECK(S(algorithm::max(empty_f).value()) == "0.0");
    CHECK(S(algorithm::mean(empty_f).value()) == "nan");
    List<Int32> z{Int32(7), Int32(-3), Int32(9)};
    CHECK(S(algorithm::mean(z).value()) == "4");
    CHECK(S(algorithm::sum(z).value()) == "13");
    List<UInt8> u{UInt8(200), UInt8(100)};
    CHECK(S(algorithm::sum(u).value()) == "44");
    CHECK(S(algorithm::mean(u).value()) == "22");
    const double nan = std::nan("");
    const double inf = INFINITY;
    List<double> c{1.0, nan, 3.0};
    CHECK(S(algorithm::max(c).value()) + " " + S(algorithm::min(c).value()) + " " + S(algorithm::sum(c).value()) ==
          "3.0 1.0 nan");
    List<double> only_nan{nan, nan};
    CHECK(S(algorithm::max(only_nan).value()) + " " + S(algorithm::min(only_nan).value()) == "-inf inf");
    List<double> minf{-inf};
    CHECK(S(algorithm::max(minf).value()) == "-inf");
    List<double> g(List<double>::with_length(Int(40), 1.0));
    g[5] = nan;
    CHECK(S(algorithm::max(g).value()) == "1.0");
    // Signed zeros (Mojo on AVX-512, W = 8 for Float64: two elements are the
    // scalar tail, op(x, acc) keeps x on a tie).
    {
        using namespace mojo::detail;
        const double z1[] = {0.0, -0.0}, z2[] = {-0.0, 0.0};
        CHECK(S(reduce_in_mojo_order<8, 8, ReduceMax>(z1, 2, reduce_lowest<double>())) + " " +
                  S(reduce_in_mojo_order<8, 8, ReduceMin>(z1, 2, reduce_highest<double>())) ==
              "-0.0 -0.0");
        CHECK(S(reduce_in_mojo_order<8, 8, ReduceMax>(z2, 2, reduce_lowest<double>())) + " " +
                  S(reduce_in_mojo_order<8, 8, ReduceMin>(z2, 2, reduce_highest<double>())) ==
              "0.0 0.0");
    }
    List<float> bb{1.5f, 2.5f};
    CHECK(S(algorithm::product(bb).value()) == "3.75");
    List<Int64> lo{Int64::min()};
    CHECK(S(algorithm::max(lo).value()) == "-9223372036854775808");
}

// ---------------------------------------------------------------------------
// memory: loads, stores, memcpy, memset, alloc
// ---------------------------------------------------------------------------

TEST_CASE("pointer loads, stores, strided access, memcpy/memset (Mojo 1.2 values)") {
    float* p = mojo::detail::alloc<float>(Int(32));
    for (int i = 0; i < 32; ++i) p[i] = float(i);
    CHECK(S(load<8>(p, Int(3))) == "[3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]");
    store(p, Int(0), SIMD<float, 4>::of(9.0f, 8.0f, 7.0f, 6.0f));
    CHECK(S(load<4>(p, Int(0))) == "[9.0, 8.0, 7.0, 6.0]");
    CHECK(S(load<1>(p, Int(5))) == "5.0");
    store(p, Int(6), SIMD<float, 2>::of(66.0f, 77.0f));
    CHECK(S(load<4>(p, Int(4))) == "[4.0, 5.0, 66.0, 77.0]");
    float* q = alloc<float>(Int(32), Int(64));
    CHECK(reinterpret_cast<std::uintptr_t>(q) % 64 == 0);
    mojo::memcpy(q, p, Int(32));
    CHECK(S(load<8>(q)) == "[9.0, 8.0, 7.0, 6.0, 4.0, 5.0, 66.0, 77.0]");
    mojo::memset(q, UInt8(1), Int(4));  // 4 elements = 16 bytes of 0x01
    CHECK(S(load<4>(q)) == "[2.3694278e-38, 2.3694278e-38, 2.3694278e-38, 2.3694278e-38]");
    mojo::memset_zero(q, Int(2));
    CHECK(S(load<4>(q)) == "[0.0, 0.0, 2.3694278e-38, 2.3694278e-38]");
    mojo::memset_zero<4>(q);
    CHECK(S(load<4>(q)) == "[0.0, 0.0, 0.0, 0.0]");
    CHECK(S(strided_load<4>(p, Int(2))) == "[9.0, 7.0, 4.0, 66.0]");
    strided_store(p, SIMD<float, 4>::of(-1.0f, -2.0f, -3.0f, -4.0f), Int(3));
    CHECK(S(load<16>(p)) ==
          "[-1.0, 8.0, 7.0, -2.0, 4.0, 5.0, -3.0, 77.0, 8.0, -4.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0]");
    mojo::memmove(p + 1, p, Int(4));
    CHECK(S(load<8>(p)) == "[-1.0, -1.0, 8.0, 7.0, -2.0, 5.0, -3.0, 77.0]");
    Int* r = mojo::detail::alloc<Int>(Int(4));
    mojo::memset(r, UInt8(255), Int(2));
    CHECK(S(r[0]) + " " + S(r[1]) == "-1 -1");
    store(r, Int(3), 42);
    CHECK(S(load<1>(r, Int(3))) == "42");
    mojo::detail::free(r);
    mojo::detail::free(p);
    mojo::detail::free(q);
    Int* e = mojo::detail::alloc<Int>(Int(0));  // a valid pointer even for 0 elements
    CHECK(e != nullptr);
    mojo::detail::free(e);
}

// ---------------------------------------------------------------------------
// OwnedPointer, ArcPointer, Span
// ---------------------------------------------------------------------------

TEST_CASE("OwnedPointer: value access, moves, one destruction, printing") {
    Res::dels = 0;
    auto a = OwnedPointer<Res>::m__init__(Res{Int(1)});
    CHECK(a.m__getitem__().id == Int(1));
    a.m__getitem__().id = Int(5);
    CHECK(S(a) == "Res(5)");
    OwnedPointer<Res> b = std::move(a);  // var b = a^
    CHECK(b.m__getitem__().id == Int(5));
    CHECK(!a.has_value());
    b.m__del__();
    CHECK(Res::dels == 1);
    b.m__del__();  // already empty: nothing more
    CHECK(Res::dels == 1);
    auto c = OwnedPointer<Int>::m__init__(Int(7));
    c.m__getitem__() += Int(1);
    CHECK(S(c) == "8");
    CHECK(R(OwnedPointer<Int>::m__init__(Int(42))) == "OwnedPointer[SIMD[DType.int, 1]](Int(42))");
    CHECK(R(OwnedPointer<String>::m__init__(String("hi"))) == "OwnedPointer[String]('hi')");
    auto d = OwnedPointer<Int>::from_copy_value(Int(42));
    auto e = OwnedPointer<Int>::from_other(d);
    e.m__getitem__() = Int(1);
    CHECK(S(d) + " " + S(e) == "42 1");
    Int v = e.into_inner();
    CHECK(v == Int(1));
    CHECK(!e.has_value());
}

TEST_CASE("ArcPointer: shared value, counts, last reference destroys") {
    Res::dels = 0;
    auto x = ArcPointer<Res>::m__init__(Res{Int(2)});
    CHECK(x.count() == UInt64(1));
    ArcPointer<Res> y = x.copy();
    CHECK(x.count() == UInt64(2));
    CHECK(y.count() == UInt64(2));
    y.m__getitem__().id = Int(9);
    CHECK(x.m__getitem__().id == Int(9));
    y.m__del__();  // _ = y^
    CHECK(Res::dels == 0);
    CHECK(x.count() == UInt64(1));
    x.m__del__();
    CHECK(Res::dels == 1);
    auto z = ArcPointer<Int>::m__init__(Int(3));
    ArcPointer<Int> z2 = z;  // ImplicitlyCopyable
    CHECK(S(z.count()) + " " + S(z2.m__getitem__()) == "2 3");
    auto w = ArcPointer<Int>::m__init__(Int(3));
    CHECK(z.m__is__(z2));
    CHECK(!z.m__is__(w));
    CHECK(z.m__eq__(w));
    CHECK(!z.m__ne__(w));
    CHECK(z.m__isnot__(w));
    CHECK(S(z) == "3");
    CHECK(R(z) == "ArcPointer[SIMD[DType.int, 1]](Int(3))");
    CHECK(*z.ptr() == Int(3));
    {
        ArcPointer<Int> tmp = z;  // C++ scope end drops the reference (no Mojo __del__ needed for Int)
        CHECK(z.count() == UInt64(3));
    }
    CHECK(z.count() == UInt64(2));
    std::atomic<int> done{0};
    algorithm::parallelize(
        [&](Int) {
            ArcPointer<Int> local = z;
            done++;
        },
        Int(1000));
    CHECK(z.count() == UInt64(2));
    CHECK(done.load() == 1000);
}

TEST_CASE("Span: views of a List, slices, printing (Mojo 1.2 text)") {
    List<Int> xs{Int(1), Int(2), Int(3), Int(4), Int(5)};
    Span<Int> s(xs);
    CHECK(S(len(s)) + " " + S(s.m__getitem__(Int(0))) + " " + S(s.m__getitem__(Int(4))) == "5 1 5");
    Int total(0);
    for (Int x : s) total += x;
    CHECK(total == Int(15));
    Span<Int> t = s.slice(Int(1), Int(4), Int(1), true, true);
    CHECK(S(len(t)) + " " + S(t[0]) == "3 2");
    CHECK(S(t) == "[2, 3, 4]");
    CHECK(R(t) == "Span[mut=True, SIMD[DType.int, 1]]([Int(2), Int(3), Int(4)])");
    CHECK(S(s.slice(Int(3), Int(0), Int(1), true, false)) == "[4, 5]");
    CHECK(S(s.slice(Int(0), Int(2), Int(1), false, true)) == "[1, 2]");
    CHECK(s.m__bool__());
    CHECK(!s.slice(Int(2), Int(2), Int(1), true, true).m__bool__());
    Span<const Int> ro(xs);
    CHECK(R(ro) == "Span[mut=False, SIMD[DType.int, 1]]([Int(1), Int(2), Int(3), Int(4), Int(5)])");
    List<double> fs{1.5, 2.5};
    CHECK(S(Span<double>(fs)) == "[1.5, 2.5]");
    List<String> ss{String("a"), String("b")};
    CHECK(S(Span<String>(ss)) + " " + R(Span<String>(ss)) == "[a, b] Span[mut=True, String](['a', 'b'])");
    CHECK(s.m__contains__(Int(3)));
    CHECK(!s.m__contains__(Int(9)));
    CHECK(s.m__eq__(Span<Int>(xs)));
    CHECK(s.m__eq__(ro));
    for (Int i = Int(0); i < len(s); i += Int(1)) s.m__getitem__(i) += Int(10);  // a mutable view
    CHECK(S(xs) == "[11, 12, 13, 14, 15]");
    List<Int> empty;
    CHECK(S(Span<Int>(empty)) + " " + S(len(Span<Int>(empty))) == "[] 0");
    Span<const Int> conv = s;  // mutable -> read-only
    CHECK(len(conv) == Int(5));
    auto fromp = Span<Int>::from_ptr(xs.data() + 1, Int(2));
    CHECK(S(fromp) == "[12, 13]");
    fromp.fill(Int(0));
    CHECK(S(xs) == "[11, 0, 0, 14, 15]");
    InlineArray<Int, 3> arr = InlineArray<Int, 3>::filled(Int(7));
    CHECK(S(Span<Int>(arr)) == "[7, 7, 7]");
}
