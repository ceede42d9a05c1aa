// Unit tests for the collection runtime (runtime-headers/mojo/collections/*,
// runtime-headers/mojo/detail/protocols.hpp). Expected strings were produced by
// the real Mojo 1.2 compiler (`mojo run`) from the equivalent Mojo program,
// unless a comment says the behaviour is ours (legacy Mojo or Python, where
// Mojo 1.2 aborts or has no such operation).
#include <doctest/doctest.h>

#include "value_text.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "mojo/builtin/print.hpp"
#include "mojo/builtin/repr.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/collections/counter.hpp"
#include "mojo/collections/deque.hpp"
#include "mojo/collections/dict.hpp"
#include "mojo/collections/inline_array.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/collections/optional.hpp"
#include "mojo/collections/set.hpp"
#include "mojo/collections/tuple.hpp"
#include "mojo/detail/protocols.hpp"

using namespace mojo;

namespace {

using test_text::R;
using test_text::S;
template <class T>
std::string err(const Raises<T>& r) {
    REQUIRE(r.has_error());
    return std::string(std::string_view(r.error().message()));
}

// A generated-style struct (no constructors or operators of its own) whose
// Mojo copy and destruction are counted.
struct Tracked {
    Int id;
    static inline int copies = 0;
    static inline int dels = 0;
    static void reset() { copies = dels = 0; }
    static Tracked m__init__(Int id) { return Tracked{id}; }
    static Tracked m__copyinit__(const Tracked& o) {
        ++copies;
        return Tracked{o.id};
    }
    void m__del__() { ++dels; }
    bool m__eq__(const Tracked& o) const { return id == o.id; }
    bool m__lt__(const Tracked& o) const { return id < o.id; }
    UInt m__hash__() const { return UInt(std::uint64_t(id.value) * 31u); }  // legacy-style hash
    template <class W>
    void write_to(W& w) const {
        w.write("T", id);
    }
};

// Mojo 1.x style: __hash__[H: Hasher](self, mut hasher: H).
struct Point {
    Int x, y;
    bool m__eq__(const Point& o) const { return x == o.x && y == o.y; }
    template <class H>
    void m__hash__(H& hasher) const {
        hasher.update(x);
        hasher.update(y);
    }
    void write_to(Writer& w) const { w.write("Point(", x, ", ", y, ")"); }
};

// Every key collides.
struct Colliding {
    Int v;
    bool m__eq__(const Colliding& o) const { return v == o.v; }
    UInt m__hash__() const { return UInt(42u); }
    template <class W>
    void write_to(W& w) const {
        w.write(v);
    }
};

}  // namespace

// ===========================================================================
// protocols
// ===========================================================================

TEST_CASE("protocols: equal/less use m__eq__/m__lt__ when present") {
    CHECK(detail::equal(Int(3), Int(3)));
    CHECK(detail::less(String("a"), String("b")));
    CHECK(detail::equal(Tracked{1}, Tracked{1}));
    CHECK_FALSE(detail::less(Tracked{2}, Tracked{1}));
}

TEST_CASE("protocols: hashes") {
    CHECK(detail::hash_of(String("hello")) == detail::hash_of(StringLiteral("hello")));
    CHECK(detail::hash_of(String("hello")) != detail::hash_of(String("hellp")));
    CHECK(detail::hash_of(0.0) == detail::hash_of(-0.0));
    CHECK(detail::hash_of(Int(5)) == detail::hash_of(UInt8(5)));
    CHECK(detail::hash_of(Tracked{2}) == 62u);  // m__hash__() -> UInt is used as is
    Hasher h1, h2;
    Point{Int(1), Int(2)}.m__hash__(h1);
    Point{Int(2), Int(1)}.m__hash__(h2);
    CHECK(h1.finish() != h2.finish());
    CHECK(detail::hash_of(Point{Int(1), Int(2)}) == detail::hash_of(Point{Int(1), Int(2)}));
    // every length class of the byte hash
    std::string s;
    std::vector<std::uint64_t> seen;
    for (int n = 0; n < 100; ++n) {
        seen.push_back(detail::hash_bytes(s.data(), s.size()));
        s += char('a' + n % 26);
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        for (std::size_t j = i + 1; j < seen.size(); ++j) CHECK(seen[i] != seen[j]);
}

TEST_CASE("protocols: Mojo type names") {
    CHECK(detail::type_name<Int>() == "SIMD[DType.int, 1]");
    CHECK(detail::type_name<UInt>() == "SIMD[DType.uint, 1]");
    CHECK(detail::type_name<Int8>() == "SIMD[DType.int8, 1]");
    CHECK(detail::type_name<UInt64>() == "SIMD[DType.uint64, 1]");
    CHECK(detail::type_name<double>() == "SIMD[DType.float64, 1]");
    CHECK(detail::type_name<float>() == "SIMD[DType.float32, 1]");
    CHECK(detail::type_name<bool>() == "Bool");
    CHECK(detail::type_name<String>() == "String");
    CHECK(detail::type_name<Point>() == "Point");  // C++ name without namespaces
    CHECK(detail::type_name<List<Int>>() == "List[SIMD[DType.int, 1]]");
}

TEST_CASE("protocols: slice_indices follows Python") {
    auto r = detail::slice_indices(6, 0, 0, -1, false, false);  // [::-1]
    CHECK(r.start == 5);
    CHECK(r.count == 6);
    r = detail::slice_indices(6, -100, 100, 3, true, true);
    CHECK(r.start == 0);
    CHECK(r.count == 2);
    r = detail::slice_indices(6, 10, 0, 1, true, false);
    CHECK(r.count == 0);
}

// ===========================================================================
// List
// ===========================================================================

TEST_CASE("List: printing (Mojo 1.2)") {
    CHECK(S(List<String>{"a", "b"}) == "[a, b]");
    CHECK(S(List<Int>{1, 2, 3}) == "[1, 2, 3]");
    CHECK(S(List<double>{1.0, 2.5, 0.1}) == "[1.0, 2.5, 0.1]");
    CHECK(S(List<double>{1e100, 1.5e-7, -0.0, 3.0}) == "[1e+100, 1.5e-07, -0.0, 3.0]");
    CHECK(S(List<float>{1.5f, 0.1f}) == "[1.5, 0.1]");
    CHECK(S(List<bool>{true, false}) == "[True, False]");
    CHECK(S(List<List<Int>>{{1, 2}, {}, {3}}) == "[[1, 2], [], [3]]");
    CHECK(S(List<List<String>>{{"x", "y'"}, {}}) == "[[x, y'], []]");
    CHECK(S(List<Int>()) == "[]");
    CHECK(S(List<Optional<Int>>{Optional<Int>(1), None}) == "[1, None]");
    CHECK(S(List<Tuple<Int, String>>{{Int(1), String("a")}, {Int(2), String("b")}}) == "[(1, a), (2, b)]");
    CHECK(R(List<String>{"a", "b"}) == "List[String](['a', 'b'])");
    CHECK(R(List<Int>{1, 2, 3}) == "List[SIMD[DType.int, 1]]([Int(1), Int(2), Int(3)])");
    CHECK(R(List<Int8>{Int8(1), Int8(2)}) == "List[SIMD[DType.int8, 1]]([Int8(1), Int8(2)])");
    CHECK(R(List<UInt>{UInt(1), UInt(2)}) == "List[SIMD[DType.uint, 1]]([UInt(1), UInt(2)])");
    CHECK(R(List<float>{1.5f}) == "List[SIMD[DType.float32, 1]]([Float32(1.5)])");
    CHECK(R(List<bool>{true, false}) == "List[Bool]([True, False])");
    CHECK(R(List<List<Int>>{{1}}) == "List[List[SIMD[DType.int, 1]]]([List[SIMD[DType.int, 1]]([Int(1)])])");
    CHECK(R(List<Optional<Int>>{Optional<Int>(1)}) ==
          "List[Optional[SIMD[DType.int, 1]]]([Optional[SIMD[DType.int, 1]](Int(1))])");
    CHECK(R(List<String>()) == "List[String]([])");
}

TEST_CASE("List: constructors, growth and access") {
    auto a = List<Int>::m__init__();
    CHECK(a.m__len__() == 0);
    CHECK_FALSE(a.m__bool__());
    for (int i = 0; i < 5; ++i) a.append(Int(i));
    CHECK(a.capacity() == 8);  // Mojo doubles from 1: 1, 2, 4, 8
    CHECK(a.m__bool__());
    CHECK(a.m__getitem__(Int(2)) == 2);
    a.m__getitem__(Int(2)) = 20;
    CHECK(a[2] == 20);
    CHECK(a.m__getitem__(Int(-1)) == 4);  // negative from the end (legacy Mojo; 1.2 aborts)
    auto b = List<Int>::with_capacity(Int(10));
    CHECK(b.capacity() == 10);
    CHECK(b.m__len__() == 0);
    CHECK(S(List<String>::with_length(Int(3), String("z"))) == "[z, z, z]");
    CHECK(S(List<Int>::from_literal({1, 2, 3})) == "[1, 2, 3]");
    CHECK(S(List<Int>::from_literal({4, 5}, None)) == "[4, 5]");  // the literal marker is ignored
    int sum = 0;
    for (auto& x : a) sum += int(x.value);
    CHECK(sum == 0 + 1 + 20 + 3 + 4);
}

TEST_CASE("List: mutation (Mojo 1.2 results)") {
    List<Int> l{1, 2, 3, 4, 5, 6};
    CHECK(S(l.m__mul__(Int(2))) == "[1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]");
    CHECK(S(l.m__add__(l.copy())) == "[1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]");
    CHECK(l.m__eq__(l.copy()));
    CHECK_FALSE(l.m__ne__(l.copy()));
    CHECK(l.m__contains__(Int(3)));
    CHECK_FALSE(l.m__contains__(Int(9)));
    CHECK(l.count(Int(3)) == 1);
    l.m__iadd__(List<Int>{7, 8});
    CHECK(S(l) == "[1, 2, 3, 4, 5, 6, 7, 8]");
    CHECK(S(l.m__mul__(Int(0))) == "[]");
    CHECK(S(l.m__mul__(Int(-1))) == "[]");
    l.reverse();
    CHECK(S(l) == "[8, 7, 6, 5, 4, 3, 2, 1]");
    l.resize(Int(3), Int(0));
    CHECK(S(l) == "[8, 7, 6]");
    l.resize(Int(5), Int(0));
    CHECK(S(l) == "[8, 7, 6, 0, 0]");
    l.m__imul__(Int(2));
    CHECK(S(l) == "[8, 7, 6, 0, 0, 8, 7, 6, 0, 0]");
    l.shrink(Int(2));
    CHECK(S(l) == "[8, 7]");

    List<Int> m{1, 2, 3};
    m.insert(Int(3), Int(9));
    CHECK(S(m) == "[1, 2, 3, 9]");
    m.insert(Int(0), Int(0));
    CHECK(S(m) == "[0, 1, 2, 3, 9]");
    m.insert(Int(-1), Int(7));  // Python: before the last (Mojo 1.2 aborts)
    CHECK(S(m) == "[0, 1, 2, 3, 7, 9]");
    m.insert(Int(100), Int(5));  // Python: clamped to the end
    CHECK(S(m) == "[0, 1, 2, 3, 7, 9, 5]");
    CHECK(m.pop() == 5);
    CHECK(m.pop(Int(0)) == 0);
    CHECK(m.pop(Int(-1)) == 9);  // legacy/Python
    CHECK(S(m) == "[1, 2, 3, 7]");
    m.extend(List<Int>{10, 11});
    CHECK(S(m) == "[1, 2, 3, 7, 10, 11]");
    List<Int> e;
    e.extend(List<Int>{1});
    CHECK(S(e) == "[1]");
    m.swap_elements(Int(0), Int(1));
    CHECK(S(m) == "[2, 1, 3, 7, 10, 11]");
    m.clear();
    CHECK(m.m__len__() == 0);
    CHECK(S(m) == "[]");
}

TEST_CASE("List: index raises Mojo's message") {
    List<Int> l{1, 2, 3, 4, 5, 6};
    CHECK(l.index(Int(3)).value() == 2);
    CHECK(l.index(Int(3), Int(-4)).value() == 2);
    CHECK(l.index(Int(3), Int(0), Optional<Int>(3)).value() == 2);
    CHECK(err(l.index(Int(7))) == "ValueError: Given element is not in list");
    CHECK(err(l.index(Int(3), Int(3))) == "ValueError: Given element is not in list");
}

TEST_CASE("List: slicing (Python rules; strided results checked with Mojo 1.2)") {
    List<Int> l{1, 2, 3, 4, 5, 6};
    CHECK(S(l.slice(Int(1), Int(4), Int(1), true, true)) == "[2, 3, 4]");
    CHECK(S(l.slice(Int(0), Int(0), Int(2), false, false)) == "[1, 3, 5]");
    CHECK(S(l.slice(Int(0), Int(0), Int(-1), false, false)) == "[6, 5, 4, 3, 2, 1]");
    CHECK(S(l.slice(Int(4), Int(1), Int(-1), true, true)) == "[5, 4, 3]");
    CHECK(S(l.slice(Int(-100), Int(100), Int(3), true, true)) == "[1, 4]");
    CHECK(S(l.slice(Int(-2), Int(0), Int(1), true, false)) == "[5, 6]");  // Mojo 1.2 aborts; Python
    CHECK(S(l.slice(Int(10), Int(0), Int(1), true, false)) == "[]");      // Mojo 1.2 aborts; Python
    CHECK(S(l.slice(Int(0), Int(-10), Int(1), false, true)) == "[]");     // Mojo 1.2 aborts; Python
    CHECK(S(List<String>{"a", "b", "c"}.slice(Int(1), Int(0), Int(1), true, false)) == "[b, c]");
}

TEST_CASE("List: sort uses Mojo's algorithm") {
    std::mt19937_64 rng(7);
    for (int n : {0, 1, 2, 5, 31, 32, 33, 100, 1000, 5000}) {
        List<Int> l;
        for (int i = 0; i < n; ++i) l.append(Int(std::int64_t(rng() % 50)));
        sort(l);
        for (int i = 1; i < n; ++i) CHECK(l[i - 1] <= l[i]);
    }
    List<String> s{"pear", "apple", "fig"};
    sort(s);
    CHECK(S(s) == "[apple, fig, pear]");
    List<Tracked> t{Tracked{3}, Tracked{1}, Tracked{2}};
    sort(t);
    CHECK(S(t) == "[T1, T2, T3]");
}

TEST_CASE("List: lifecycle (copy = Mojo copy, m__del__ once per element)") {
    Tracked::reset();
    {
        List<Tracked> a;
        for (int i = 0; i < 10; ++i) a.append(Tracked{Int(i)});  // moved in: no copies
        CHECK(Tracked::copies == 0);
        List<Tracked> b(a);
        CHECK(Tracked::copies == 10);
        b.m__getitem__(Int(0)).id = 99;
        CHECK(a[0].id == 0);            // independent
        List<Tracked> c(std::move(a));  // steals
        CHECK(Tracked::copies == 10);
        CHECK(a.m__len__() == 0);
        CHECK(c.m__len__() == 10);
        c.m__del__();
        CHECK(Tracked::dels == 10);
        CHECK(c.m__len__() == 0);
        Tracked p = b.pop();  // handed out, not destroyed
        CHECK(Tracked::dels == 10);
        CHECK(p.id == 9);
        b.shrink(Int(5));  // 4 dropped
        CHECK(Tracked::dels == 14);
        b.clear();
        CHECK(Tracked::dels == 19);
        List<Tracked> d{Tracked{1}, Tracked{2}};  // {..} copies (Mojo copies)
        CHECK(Tracked::copies == 12);
        auto lit = List<Tracked>::from_literal({Tracked{1}, Tracked{2}}, None);  // [a, b]: moved in Mojo
        CHECK(Tracked::copies == 12);
        CHECK(lit.m__len__() == 2);
    }
    CHECK(Tracked::dels == 19);  // C++ destructors never run Mojo's __del__
}

// ===========================================================================
// Dict
// ===========================================================================

TEST_CASE("Dict: printing (Mojo 1.2)") {
    Dict<String, Int> d;
    d.m__setitem__("a", 1);
    d.m__setitem__("b", 2);
    CHECK(S(d) == "{a: 1, b: 2}");
    CHECK(R(d) == "Dict[String, SIMD[DType.int, 1]]({'a': Int(1), 'b': Int(2)})");
    CHECK(S(Dict<String, Int>()) == "{}");
    Dict<Int, List<String>> dl;
    dl.m__setitem__(1, List<String>{"p", "q"});
    CHECK(S(dl) == "{1: [p, q]}");
    Dict<String, List<double>> df;
    df.m__setitem__("x", List<double>{1.0, 2.0});
    CHECK(S(df) == "{x: [1.0, 2.0]}");
    Dict<Int, double> d8;
    d8.m__setitem__(1, 0.5);
    CHECK(R(d8) == "Dict[SIMD[DType.int, 1], SIMD[DType.float64, 1]]({Int(1): Float64(0.5)})");
    Dict<String, Dict<String, Int>> nd;
    Dict<String, Int> inner;
    inner.m__setitem__("i", 1);
    nd.m__setitem__("o", inner);
    CHECK(S(nd) == "{o: {i: 1}}");
    CHECK(R(nd) ==
          "Dict[String, Dict[String, SIMD[DType.int, 1], std.hash._ahash.AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, "
          "4]]]]({'o': Dict[String, SIMD[DType.int, 1]]({'i': Int(1)})})");
    Dict<Point, Int> dp;
    dp.m__setitem__(Point{Int(1), Int(2)}, 3);
    CHECK(S(dp) == "{Point(1, 2): 3}");
}

TEST_CASE("Dict: errors carry Mojo 1.2's messages") {
    Dict<String, Int> d;
    d.m__setitem__("a", 1);
    CHECK(err(d.m__getitem__("zz")) == "DictKeyError[String]()");
    CHECK(err(d.pop("zz")) == "DictKeyError[String]()");
    CHECK(err(Dict<Int, Int>().m__getitem__(5)) == "DictKeyError[SIMD[DType.int, 1]]()");
    CHECK(err(Dict<Int, Int>().popitem()) == "EmptyDictError()");
    CHECK(err(Dict<Point, Int>().m__getitem__(Point{})) == "DictKeyError[Point]()");
    CHECK(d.m__getitem__("a").value() == 1);
    *d.getitem_ptr("a").value() += 5;
    CHECK(d.m__getitem__("a").value() == 6);
    CHECK(err(d.getitem_ptr("q")) == "DictKeyError[String]()");
}

TEST_CASE("Dict: insertion order and the methods (Mojo 1.2 results)") {
    Dict<String, Int> d;
    d.m__setitem__("a", 1);
    d.m__setitem__("b", 2);
    d.m__setitem__("c", 3);
    CHECK(d.pop("a").value() == 1);
    d.m__setitem__("a", 4);  // re-inserted: goes last
    d.m__setitem__("b", 5);  // updated: keeps its place
    CHECK(S(d) == "{b: 5, c: 3, a: 4}");
    CHECK(d.get("zz").or_else(-1) == -1);
    CHECK(d.get("b").value() == 5);
    CHECK(d.get("zz", 7) == 7);
    CHECK(d.pop("zz", 8) == 8);
    CHECK(S(d.get("zz")) == "None");
    CHECK(d.setdefault("q", 9) == 9);
    CHECK(d.setdefault("b", 10) == 5);
    CHECK(S(d) == "{b: 5, c: 3, a: 4, q: 9}");
    auto e = d.popitem().take_value();
    CHECK(S(e.key) == "q");
    CHECK(e.value == 9);
    CHECK(d.m__len__() == 3);
    Dict<String, Int> o;
    o.m__setitem__("x", 1);
    o.m__setitem__("b", 100);
    d.update(o);
    CHECK(S(d) == "{b: 100, c: 3, a: 4, x: 1}");
    CHECK(S(d.m__or__(o)) == "{b: 100, c: 3, a: 4, x: 1}");
    CHECK(d.m__eq__(d.copy()));
    CHECK_FALSE(d.m__eq__(o));
    CHECK(d.m__contains__("x"));
    CHECK_FALSE(d.m__contains__("zz"));
    CHECK(d.m__bool__());
    CHECK_FALSE(Dict<Int, Int>().m__bool__());
    std::string keys, values, items;
    for (auto& k : d) keys += S(k) + ",";
    for (auto& v : d.values()) values += S(v) + ",";
    for (auto& it : d.items()) items += S(it.key) + " " + S(it.value) + ";";
    CHECK(keys == "b,c,a,x,");
    CHECK(values == "100,3,4,1,");
    CHECK(items == "b 100;c 3;a 4;x 1;");
    for (auto& v : d.values()) v += 1;  // `for ref v in d.values()`
    for (auto& it : d.items()) it.value += 1;
    CHECK(S(d) == "{b: 102, c: 5, a: 6, x: 3}");
    CHECK(S(Dict<String, Int>::fromkeys(List<String>{"a", "b"}, 0)) == "{a: 0, b: 0}");
    auto lit = Dict<String, Int>::from_literal(List<String>{"a", "b", "a"}, List<Int>{1, 2, 3}, None);
    CHECK(S(lit) == "{a: 3, b: 2}");
    d.clear();
    CHECK(S(d) == "{}");
    d.m__setitem__("z", 1);
    CHECK(S(d) == "{z: 1}");
}

TEST_CASE("Dict: many inserts and deletes agree with a model") {
    std::mt19937_64 rng(12345);
    Dict<Int, Int> d;
    std::map<std::int64_t, std::int64_t> model;
    std::vector<std::int64_t> order;  // insertion order of live keys
    for (int step = 0; step < 200000; ++step) {
        std::int64_t k = std::int64_t(rng() % 3000);
        int op = int(rng() % 10);
        if (op < 6) {
            d.m__setitem__(Int(k), Int(step));
            if (!model.count(k)) order.push_back(k);
            model[k] = step;
        } else if (op < 9) {
            auto r = d.pop(Int(k));
            if (model.count(k)) {
                REQUIRE(r.ok());
                CHECK(r.value() == model[k]);
                model.erase(k);
                order.erase(std::find(order.begin(), order.end(), k));
            } else {
                CHECK(r.has_error());
            }
        } else {
            CHECK(d.m__contains__(Int(k)) == (model.count(k) == 1));
        }
        if (step % 20000 == 0) {
            REQUIRE(d.size() == std::int64_t(model.size()));
            std::size_t i = 0;
            for (auto& key : d) {
                REQUIRE(i < order.size());
                CHECK(key == order[i++]);
            }
        }
    }
    CHECK(d.size() == std::int64_t(model.size()));
    for (auto& [k, v] : model) CHECK(d.m__getitem__(Int(k)).value() == v);
    Dict<Int, Int> big;
    for (int i = 0; i < 100000; ++i) big.m__setitem__(Int(i), Int(i * 2));
    for (int i = 0; i < 100000; i += 2) (void)big.pop(Int(i));
    CHECK(big.size() == 50000);
    CHECK(big.m__getitem__(Int(99999)).value() == 199998);
    CHECK_FALSE(big.m__contains__(Int(50000)));
    int first = -1;
    for (auto& k : big) {
        first = int(k.value);
        break;
    }
    CHECK(first == 1);
}

TEST_CASE("Dict: every key colliding still works") {
    Dict<Colliding, Int> d;
    for (int i = 0; i < 300; ++i) d.m__setitem__(Colliding{Int(i)}, Int(i));
    for (int i = 0; i < 300; i += 3) CHECK(d.pop(Colliding{Int(i)}).value() == i);
    for (int i = 0; i < 300; ++i) CHECK(d.m__contains__(Colliding{Int(i)}) == (i % 3 != 0));
    for (int i = 0; i < 300; i += 3) d.m__setitem__(Colliding{Int(i)}, Int(-i));
    CHECK(d.size() == 300);
    CHECK(d.m__getitem__(Colliding{Int(3)}).value() == -3);
    Dict<Point, String> dp;  // Mojo 1.x __hash__(hasher) keys
    for (int i = 0; i < 100; ++i) dp.m__setitem__(Point{Int(i), Int(-i)}, String(Int(i)));
    CHECK(S(dp.m__getitem__(Point{Int(7), Int(-7)}).value()) == "7");
    CHECK_FALSE(dp.m__contains__(Point{Int(7), Int(7)}));
}

TEST_CASE("Dict: lifecycle") {
    Tracked::reset();
    {
        Dict<Tracked, Tracked> d;
        for (int i = 0; i < 20; ++i) d.m__setitem__(Tracked{Int(i)}, Tracked{Int(100 + i)});
        CHECK(Tracked::copies == 0);
        Dict<Tracked, Tracked> c(d);
        CHECK(Tracked::copies == 40);
        c.m__setitem__(Tracked{Int(0)}, Tracked{Int(7)});  // replaces: old key and value destroyed
        CHECK(Tracked::dels == 2);
        CHECK(d.m__getitem__(Tracked{Int(0)}).value().id == 100);  // independent (the copy out is counted)
        CHECK(Tracked::copies == 41);
        Tracked v = d.pop(Tracked{Int(1)}).take_value();  // key destroyed, value handed out
        CHECK(Tracked::dels == 3);
        CHECK(v.id == 101);
        d.m__del__();
        CHECK(Tracked::dels == 3 + 38);
        CHECK(d.size() == 0);
        c.clear();
        CHECK(Tracked::dels == 41 + 40);
        Dict<Tracked, Tracked> moved(std::move(c));
        CHECK(Tracked::copies == 41);
    }
    CHECK(Tracked::dels == 81);
}

// ===========================================================================
// Set
// ===========================================================================

TEST_CASE("Set: printing and algebra (Mojo 1.2)") {
    auto s = Set<Int>::from_literal({1, 2, 3});
    CHECK(S(s) == "{1, 2, 3}");
    CHECK(S(Set<String>::from_literal({"a", "b"})) == "{a, b}");
    CHECK(S(Set<Int>()) == "{}");
    CHECK(R(s) ==
          "Set[SIMD[DType.int, 1], Hasher=AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]({Int(1), Int(2), Int(3)})");
    CHECK(R(Set<String>::from_literal({"a", "b"})) ==
          "Set[String, Hasher=AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]({'a', 'b'})");
    auto s1 = Set<Int>::from_literal({1, 2, 3, 4});
    auto s2 = Set<Int>::from_literal({3, 4, 5, 6});
    CHECK(S(s1.m__or__(s2)) == "{1, 2, 3, 4, 5, 6}");
    CHECK(S(s1.m__and__(s2)) == "{3, 4}");
    CHECK(S(s1.m__sub__(s2)) == "{1, 2}");
    CHECK(S(s1.m__xor__(s2)) == "{1, 2, 5, 6}");
    CHECK(S(s1.set_union(s2)) == "{1, 2, 3, 4, 5, 6}");
    CHECK(S(s2.intersection(s1)) == "{3, 4}");
    CHECK(S(s2.difference(s1)) == "{5, 6}");
    CHECK(S(s2.symmetric_difference(s1)) == "{5, 6, 1, 2}");
    CHECK_FALSE(s1.m__eq__(s2));
    CHECK(s1.m__ne__(s2));
    CHECK(s1.m__le__(s1));
    CHECK_FALSE(s1.m__lt__(s1));
    CHECK_FALSE(s1.m__ge__(s2));
    CHECK(s1.issubset(s1.m__or__(s2)));
    CHECK_FALSE(s1.isdisjoint(s2));
    s1.add(Int(0));
    s1.discard(Int(2));
    s1.discard(Int(99));
    CHECK(S(s1) == "{1, 3, 4, 0}");
    CHECK(s1.m__len__() == 4);
    CHECK(s1.m__contains__(Int(3)));
    CHECK_FALSE(s1.m__contains__(Int(2)));
    CHECK(s1.pop().value() == 0);  // the last inserted
    CHECK(S(s1) == "{1, 3, 4}");
    CHECK(S(Set<Int>::from_list(List<Int>{5, 1, 5, 2})) == "{5, 1, 2}");
    CHECK(err(Set<Int>().pop()) == "Pop on empty set");
    CHECK(err(s1.remove(Int(9))) == "DictKeyError[SIMD[DType.int, 1]]()");
    CHECK(s1.remove(Int(1)).ok());
    CHECK(S(s1) == "{3, 4}");
    s1.m__ior__(Set<Int>::from_literal({9}));
    s1.m__isub__(Set<Int>::from_literal({3}));
    CHECK(S(s1) == "{4, 9}");
    s1.m__iand__(Set<Int>::from_literal({9, 10}));
    CHECK(S(s1) == "{9}");
    s1.m__ixor__(Set<Int>::from_literal({9, 10}));
    CHECK(S(s1) == "{10}");
    Set<Int> c = s1.copy();
    c.add(Int(11));
    CHECK(S(s1) == "{10}");
    std::string it;
    for (auto& x : c) it += S(x);
    CHECK(it == "1011");
}

TEST_CASE("Set: lifecycle") {
    Tracked::reset();
    {
        Set<Tracked> s;
        for (int i = 0; i < 5; ++i) s.add(Tracked{Int(i)});
        s.add(Tracked{Int(2)});  // as Mojo: the equal element is replaced (old one destroyed)
        CHECK(Tracked::dels == 1);
        Set<Tracked> c(s);
        CHECK(Tracked::copies == 5);
        c.m__del__();
        CHECK(Tracked::dels == 6);
    }
    CHECK(Tracked::dels == 6);
}

// ===========================================================================
// Optional
// ===========================================================================

TEST_CASE("Optional (Mojo 1.2)") {
    CHECK(S(Optional<Int>(3)) == "3");
    CHECK(S(Optional<Int>()) == "None");
    CHECK(S(Optional<String>("hi")) == "hi");
    CHECK(R(Optional<Int>(3)) == "Optional[SIMD[DType.int, 1]](Int(3))");
    CHECK(R(Optional<Int>()) == "Optional[SIMD[DType.int, 1]](None)");
    CHECK(R(Optional<String>("q")) == "Optional[String]('q')");
    CHECK(S(Optional<List<Int>>(List<Int>{1, 2})) == "[1, 2]");
    CHECK(err(Optional<Int>().m__getitem__()) == "EmptyOptionalError[SIMD[DType.int, 1]]()");
    CHECK(err(Optional<String>().m__getitem__()) == "EmptyOptionalError[String]()");
    CHECK(Optional<Int>(4).m__getitem__().value() == 4);
    Optional<String> os("x");
    CHECK(os.m__eq__(Optional<String>("x")));
    CHECK_FALSE(os.m__is__(None));
    CHECK(os.m__isnot__(None));
    CHECK(S(os.or_else("d")) == "x");
    CHECK(S(os) == "x");  // or_else on an lvalue copies
    CHECK(S(std::move(os).or_else("d")) == "x");
    Optional<Int> ot = None;
    CHECK(ot.or_else(4) == 4);
    CHECK(ot.m__eq__(None));
    CHECK(ot.m__is__(None));
    CHECK(ot.m__invert__());
    Optional<Int> oi(5);
    CHECK(oi.take() == 5);
    CHECK(S(oi) == "None");
    Optional<Int> lit = 7;  // implicit from a value
    CHECK(lit.value() == 7);
    lit.value() = 8;
    CHECK(lit.unsafe_value() == 8);
    int n = 0;
    for (auto& x : lit) n += int(x.value);
    for (auto& x : ot) n += int(x.value);
    CHECK(n == 8);
    CHECK(Optional<Int>::some(Int(1)).has_value());
    CHECK_FALSE(Optional<Int>::none(None).has_value());
    CHECK(Optional<Int>(1).m__ne__(Optional<Int>()));
}

TEST_CASE("Optional: lifecycle") {
    Tracked::reset();
    {
        Optional<Tracked> a(Tracked{Int(1)});
        Optional<Tracked> b(a);
        CHECK(Tracked::copies == 1);
        Optional<Tracked> c(std::move(a));
        CHECK_FALSE(a.has_value());
        CHECK(Tracked::copies == 1);
        b.m__del__();
        CHECK(Tracked::dels == 1);
        CHECK_FALSE(b.has_value());
        Tracked t = c.take();
        CHECK(Tracked::dels == 1);
        CHECK(t.id == 1);
    }
    CHECK(Tracked::dels == 1);
}

// ===========================================================================
// Tuple
// ===========================================================================

TEST_CASE("Tuple (Mojo 1.2)") {
    Tuple<Int, String, double> t(1, "x", 2.5);
    CHECK(S(t) == "(1, x, 2.5)");
    CHECK(S(Tuple<Int>(1)) == "(1,)");
    CHECK(S(Tuple<>()) == "()");
    CHECK(S(Tuple<Int, Tuple<Int, String>, List<Int>>(1, Tuple<Int, String>(2, "a"), List<Int>{3, 4})) ==
          "(1, (2, a), [3, 4])");
    CHECK(R(Tuple<Int, String, double, bool>(1, "x", 2.5, true)) ==
          "Tuple[SIMD[DType.int, 1], String, SIMD[DType.float64, 1], Bool](Int(1), 'x', Float64(2.5), True)");
    CHECK(R(Tuple<Int>(1)) == "Tuple[SIMD[DType.int, 1]](Int(1),)");
    CHECK(S(Tuple<String>("a")) == "(a,)");
    CHECK(R(Tuple<String>("a")) == "Tuple[String]('a',)");
    CHECK(t.get<0>() == 1);
    t.get<1>() = "y";
    CHECK(S(get<1>(t)) == "y");
    auto& [a, b, c] = t;
    CHECK(a == 1);
    CHECK(S(b) == "y");
    CHECK(c == 2.5);
    CHECK(t.m__len__() == 3);
    Tuple<Int, String> t1(1, "s"), t2(1, "t");
    CHECK_FALSE(t1.m__eq__(t2));
    CHECK(t1.m__lt__(t2));
    CHECK(t1.m__ne__(t2));
    CHECK(t1.m__le__(t1));
    CHECK_FALSE(t2.m__lt__(t1));
    CHECK(t1.m__contains__(String("s")));
    CHECK_FALSE(t1.m__contains__(String("t")));
    CHECK(t1.m__contains__(Int(1)));
    auto m = Tuple<Int, String>::m__init__(Int(3), String("z"));
    CHECK(S(m) == "(3, z)");
    Dict<Tuple<Int, Int>, String> keyed;  // tuples hash
    keyed.m__setitem__(Tuple<Int, Int>(1, 2), "p");
    CHECK(keyed.m__contains__(Tuple<Int, Int>(1, 2)));
    CHECK_FALSE(keyed.m__contains__(Tuple<Int, Int>(2, 1)));
}

TEST_CASE("Tuple: lifecycle") {
    Tracked::reset();
    {
        Tuple<Tracked, Int, Tracked> t(Tracked{Int(1)}, Int(2), Tracked{Int(3)});
        Tuple<Tracked, Int, Tracked> c(t);
        CHECK(Tracked::copies == 2);
        c.get<0>().id = 9;
        CHECK(t.get<0>().id == 1);
        c.m__del__();
        CHECK(Tracked::dels == 2);
    }
    CHECK(Tracked::dels == 2);
}

// ===========================================================================
// InlineArray
// ===========================================================================

TEST_CASE("InlineArray (Mojo 1.2's Array)") {
    auto a = InlineArray<Int, 3>::filled(Int(7));
    CHECK(S(a) == "[7, 7, 7]");
    CHECK(R(a) == "Array[SIMD[DType.int, 1], 3]([Int(7), Int(7), Int(7)])");
    CHECK(S(InlineArray<String, 2>::filled(String("x"))) == "[x, x]");
    CHECK(a.m__len__() == 3);
    a.m__getitem__(Int(0)) = 1;
    a[-1] = 3;  // legacy negative index
    CHECK(S(a) == "[1, 7, 3]");
    CHECK(a.m__contains__(Int(7)));
    CHECK_FALSE(a.m__contains__(Int(8)));
    auto b = a.copy();
    CHECK(a.m__eq__(b));
    b[1] = 0;
    CHECK(a.m__ne__(b));
    CHECK(S(InlineArray<Int, 4>()) == "[0, 0, 0, 0]");
    CHECK(S(InlineArray<Int, 3>::from_literal({4, 5, 6})) == "[4, 5, 6]");
    int sum = 0;
    for (auto& x : a) sum += int(x.value);
    CHECK(sum == 11);
    CHECK(S(Array<Int, 0>()) == "[]");
    Tracked::reset();
    {
        auto t = InlineArray<Tracked, 4>::filled(Tracked{Int(1)});
        CHECK(Tracked::copies == 4);
        InlineArray<Tracked, 4> u(t);
        CHECK(Tracked::copies == 8);
        u.m__del__();
        CHECK(Tracked::dels == 4);
    }
    CHECK(Tracked::dels == 4);
}

// ===========================================================================
// Deque
// ===========================================================================

TEST_CASE("Deque (Mojo 1.2)") {
    Deque<Int> q;
    q.append(Int(1));
    q.append(Int(2));
    q.appendleft(Int(0));
    CHECK(S(q) == "[0, 1, 2]");
    CHECK(R(q) == "Deque[SIMD[DType.int, 1]]([Int(0), Int(1), Int(2)])");
    CHECK(q.m__len__() == 3);
    CHECK(q.m__getitem__(Int(0)) == 0);
    CHECK(q.m__getitem__(Int(-1)) == 2);
    Deque<Int> e;
    CHECK(err(e.pop()) == "IndexError: Deque is empty");
    CHECK(err(e.popleft()) == "IndexError: Deque is empty");
    CHECK(err(e.peek()) == "IndexError: Deque is empty");
    CHECK(err(e.peekleft()) == "IndexError: Deque is empty");
    CHECK(err(e.remove(Int(3))) == "ValueError: Given element is not in deque");
    CHECK(err(e.index(Int(3))) == "ValueError: Given element is not in deque");
    CHECK(S(e) == "[]");

    Deque<Int> r;
    for (int i = 0; i < 6; ++i) r.append(Int(i));
    r.rotate(Int(2));
    CHECK(S(r) == "[4, 5, 0, 1, 2, 3]");
    r.rotate(Int(-3));
    CHECK(S(r) == "[1, 2, 3, 4, 5, 0]");
    List<Int> ex{10, 11, 12};
    r.extendleft(ex.copy());
    CHECK(S(r) == "[12, 11, 10, 1, 2, 3, 4, 5, 0]");
    r.extend(ex.copy());
    CHECK(S(r) == "[12, 11, 10, 1, 2, 3, 4, 5, 0, 10, 11, 12]");
    CHECK(r.insert(Int(2), Int(99)).ok());
    CHECK(S(r) == "[12, 11, 99, 10, 1, 2, 3, 4, 5, 0, 10, 11, 12]");
    CHECK(r.peek().value() == 12);
    CHECK(r.peekleft().value() == 12);
    CHECK(r.index(Int(99)).value() == 2);
    CHECK(r.count(Int(10)) == 2);
    CHECK(r.m__contains__(Int(11)));
    CHECK(r.remove(Int(10)).ok());
    CHECK(S(r) == "[12, 11, 99, 1, 2, 3, 4, 5, 0, 10, 11, 12]");
    r.reverse();
    CHECK(S(r) == "[12, 11, 10, 0, 5, 4, 3, 2, 1, 99, 11, 12]");
    CHECK(r.m__len__() == 12);
    CHECK(r.pop().value() == 12);
    CHECK(r.popleft().value() == 12);

    auto q2 = Deque<Int>::from_literal({1, 2});
    CHECK(S(q2) == "[1, 2]");
    CHECK(S(q2.m__add__(q2)) == "[1, 2, 1, 2]");
    CHECK(S(q2.m__mul__(Int(3))) == "[1, 2, 1, 2, 1, 2]");
    CHECK(q2.m__eq__(q2.copy()));
    q2.m__iadd__(q2);
    CHECK(S(q2) == "[1, 2, 1, 2]");

    auto q3 = Deque<Int>::m__init__(None, Int(64), Int(64), Int(3), true);
    for (int i = 0; i < 5; ++i) q3.append(Int(i));
    CHECK(S(q3) == "[2, 3, 4]");
    q3.appendleft(Int(9));
    CHECK(S(q3) == "[9, 2, 3]");
    CHECK(err(q3.insert(Int(0), Int(5))) == "IndexError: Deque is already at its maximum size");
    auto q4 = Deque<Int>::m__init__(Optional<List<Int>>(List<Int>{1, 2, 3}), Int(64), Int(64), Int(-1), true);
    CHECK(S(q4) == "[1, 2, 3]");

    // wrap-around and growth
    Deque<Int> w;
    for (int i = 0; i < 100; ++i) {
        w.append(Int(i));
        w.appendleft(Int(-i));
        if (i % 3 == 0) (void)w.popleft();
    }
    CHECK(w.m__len__() == 166);
    CHECK(w.m__getitem__(Int(-1)) == 99);
    w.rotate(Int(1000));
    w.rotate(Int(-1000));
    CHECK(w.m__getitem__(Int(-1)) == 99);
    std::int64_t n = 0;
    for (auto& x : w) n += x.value != 0 ? 1 : 0;
    CHECK(n >= 160);
}

TEST_CASE("Deque: lifecycle") {
    Tracked::reset();
    {
        Deque<Tracked> q;
        for (int i = 0; i < 10; ++i) q.append(Tracked{Int(i)});
        Deque<Tracked> c(q);
        CHECK(Tracked::copies == 10);
        (void)q.remove(Tracked{Int(3)});
        CHECK(Tracked::dels == 1);
        q.clear();
        CHECK(Tracked::dels == 10);
        c.m__del__();
        CHECK(Tracked::dels == 20);
    }
    CHECK(Tracked::dels == 20);
}

// ===========================================================================
// Counter
// ===========================================================================

TEST_CASE("Counter (Mojo 1.2)") {
    auto c = Counter<String>::from_list(List<String>{"a", "b", "a", "c", "a", "b"});
    CHECK(c.m__getitem__("a") == 3);
    CHECK(c.m__getitem__("zz") == 0);
    CHECK(c.total() == 6);
    CHECK(c.m__len__() == 3);
    CHECK(S(c) == "{a: 3, b: 2, c: 1}");
    CHECK(R(Counter<String>::from_list(List<String>{"a", "b", "a"})) == "Counter[String]({'a': Int(2), 'b': Int(1)})");
    auto mc = c.most_common(Int(2));
    CHECK(mc.m__len__() == 2);
    CHECK(S(mc[0]._value) == "a");
    CHECK(mc[0]._count == 3);
    CHECK(S(mc[1]._value) == "b");
    CHECK(c.most_common(Int(5)).m__len__() == 3);
    CHECK(S(Counter<String>::from_list(List<String>{"a", "b", "a"}).elements()) == "[a, a, b]");
    CHECK(S(Counter<String>()) == "{}");
    CHECK(err(Counter<String>().pop("x")) == "DictKeyError[String]()");
    CHECK(err(Counter<String>().popitem()) == "EmptyDictError()");

    Counter<String> d;
    d.m__setitem__("x", 2);
    d.m__setitem__("y", -1);
    CHECK(S(d) == "{x: 2, y: -1}");
    CHECK(d.total() == 1);
    CHECK(S(d.m__neg__()) == "{y: 1}");
    CHECK(S(d.m__pos__()) == "{x: 2}");
    d.count_ref("x") += 5;
    CHECK(d.m__getitem__("x") == 7);
    CHECK(d.get("zz").m__is__(None));
    CHECK(d.get("zz", Int(4)) == 4);

    // ties: the order Mojo's unstable sort leaves them in
    CHECK(S(Counter<Int>::from_list(List<Int>{5, 3, 9, 1, 7, 2, 8, 4, 6, 0, 11, 12, 13, 3, 9})) ==
          "{3: 2, 9: 2, 5: 1, 1: 1, 7: 1, 2: 1, 8: 1, 4: 1, 6: 1, 0: 1, 11: 1, 12: 1, 13: 1}");
    CHECK(S(Counter<Int>::from_list(List<Int>{5,  3, 9, 1, 7, 7, 5, 1, 3, 9,  4,  4,  4,  4,  10, 10, 10,
                                              10, 2, 2, 2, 2, 8, 8, 8, 8, 22, 21, 20, 23, 24, 25, 26})) ==
          "{4: 4, 10: 4, 2: 4, 8: 4, 5: 2, 3: 2, 9: 2, 1: 2, 7: 2, 22: 1, 21: 1, 20: 1, 23: 1, 24: 1, 25: 1, 26: 1}");
    List<Int> l;
    std::int64_t x = 12345;
    for (int i = 0; i < 300; ++i) {
        x = (x * 1103515245 + 12345) % 2147483648LL;
        l.append(Int(x % 97));
    }
    CHECK(S(Counter<Int>::from_list(l)) ==
          "{11: 8, 26: 7, 71: 7, 90: 7, 21: 7, 65: 6, 74: 6, 17: 6, 79: 6, 30: 5, 58: 5, 82: 5, 80: 5, 78: 5, 37: 5, "
          "76: 5, 47: 5, 33: 5, 22: 5, 19: 5, 57: 5, 87: 5, 3: 4, 72: 4, 38: 4, 0: 4, 66: 4, 36: 4, 68: 4, 27: 4, 1: "
          "4, 12: 4, 9: 4, 6: 4, 53: 4, 83: 3, 62: 3, 95: 3, 31: 3, 60: 3, 2: 3, 96: 3, 54: 3, 85: 3, 59: 3, 91: 3, "
          "35: 3, 48: 3, 32: 3, 46: 3, 10: 3, 41: 3, 49: 3, 70: 3, 34: 3, 51: 3, 63: 3, 24: 3, 18: 3, 15: 3, 28: 3, "
          "67: 2, 94: 2, 5: 2, 20: 2, 42: 2, 50: 2, 61: 2, 25: 2, 88: 2, 39: 2, 8: 2, 16: 2, 73: 2, 64: 2, 43: 2, 89: "
          "1, 75: 1, 56: 1, 69: 1, 84: 1, 7: 1, 52: 1, 13: 1, 4: 1, 40: 1, 92: 1, 86: 1, 45: 1, 93: 1, 44: 1}");

    auto a = Counter<Int>::from_list(List<Int>{1, 1, 2});
    auto b = Counter<Int>::from_list(List<Int>{1, 3, 3});
    CHECK(S(a.m__add__(b)) == "{1: 3, 3: 2, 2: 1}");
    CHECK(S(a.m__sub__(b)) == "{1: 1, 2: 1}");
    CHECK(S(a.m__and__(b)) == "{1: 1}");
    CHECK(S(a.m__or__(b)) == "{1: 2, 3: 2, 2: 1}");
    CHECK(a.m__eq__(a.copy()));
    CHECK_FALSE(a.m__eq__(b));
    CHECK(Counter<Int>::fromkeys(List<Int>{1, 2}, Int(1)).le(a));
    CHECK(S(Counter<Int>::from_values({7, 7, 8})) == "{7: 2, 8: 1}");
    std::string keys;
    for (auto& k : a) keys += S(k);
    CHECK(keys == "12");
}
