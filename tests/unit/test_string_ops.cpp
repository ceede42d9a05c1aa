// Unit tests of the String methods runtime (runtime-headers/mojo/string/).
// Every expected value was printed by the real Mojo compiler (1.2.0 unless a
// test says 0.25.6); the Mojo lines that printed them are quoted next to them.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "mojo/builtin/string.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/string/atof.hpp"
#include "mojo/string/case.hpp"
#include "mojo/string/codepoints.hpp"
#include "mojo/string/find.hpp"
#include "mojo/string/format.hpp"
#include "mojo/string/hash.hpp"
#include "mojo/string/join.hpp"
#include "mojo/string/justify.hpp"
#include "mojo/string/replace.hpp"
#include "mojo/string/split.hpp"
#include "mojo/string/strip.hpp"

namespace ms = mojo::strings;
using mojo::Int;
using mojo::String;

namespace {

std::string S(const String& s) { return s.str(); }

std::vector<std::string> V(const mojo::List<String>& xs) {
    std::vector<std::string> out;
    for (const String& x : xs) out.push_back(x.str());
    return out;
}
using VS = std::vector<std::string>;

template <class T>
T ok(mojo::Raises<T> r) {
    REQUIRE_MESSAGE(!r.has_error(), std::string(std::string_view(r.error().message())));
    return std::move(r).take_value();
}
template <class T>
std::string err(const mojo::Raises<T>& r) {
    REQUIRE(r.has_error());
    return std::string(std::string_view(r.error().message()));
}

// Runs fn in a child process; returns what it wrote on stdout and whether it
// died of SIGABRT (Mojo's aborts print on stdout, then stop the process).
std::string abort_output(const std::function<void()>& fn, bool& aborted) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    std::fflush(stdout);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::signal(SIGABRT, SIG_DFL);  // not doctest's crash report
        dup2(fds[1], 1);
        close(fds[0]);
        fn();
        mojo::detail::flush_stdout();
        _exit(0);
    }
    close(fds[1]);
    std::string out;
    char buf[256];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, std::size_t(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
    return out;
}
void check_aborts(const std::function<void()>& fn, const std::string& msg) {
    bool aborted = false;
    std::string out = abort_output(fn, aborted);
    CHECK(aborted);
    CHECK(out == msg + "\n");
}

}  // namespace

// ---------------------------------------------------------------------------
// split
// ---------------------------------------------------------------------------

TEST_CASE("split: separator") {
    CHECK(V(ms::split("a,b,,c,", ",")) == VS{"a", "b", "", "c", ""});
    CHECK(V(ms::split("", ",")) == VS{""});
    CHECK(V(ms::split(",,", ",")) == VS{"", "", ""});
    CHECK(V(ms::split("aaa", "aa")) == VS{"", "a"});
    CHECK(V(ms::split("héllo wörld", "ö")) == VS{"héllo w", "rld"});
    CHECK(V(ms::split("  hello  world  ", " ")) == VS{"", "", "hello", "", "world", "", ""});
    CHECK(V(ms::split("abc", "abcd")) == VS{"abc"});
    CHECK(V(ms::split("abc", "abc")) == VS{"", ""});
}

TEST_CASE("split: maxsplit") {
    CHECK(V(ms::split("a,b,,c,", ",", Int(1))) == VS{"a", "b,,c,"});
    CHECK(V(ms::split("a,b,,c,", ",", Int(2))) == VS{"a", "b", ",c,"});
    CHECK(V(ms::split("a,b,c", ",", Int(0))) == VS{"a,b,c"});
    CHECK(V(ms::split("a,b,c", ",", Int(-1))) == VS{"a", "b", "c"});
    CHECK(V(ms::split("a b", " ", Int(5))) == VS{"a", "b"});
    CHECK(V(ms::split("a,b,c", ",", Int(-5))) == VS{"a", "b", "c"});  // Mojo aborts (chosen: no limit)
}

TEST_CASE("split: empty separator yields every codepoint between empty strings, maxsplit ignored") {
    CHECK(V(ms::split("abc", "")) == VS{"", "a", "b", "c", ""});
    CHECK(V(ms::split("héllo", "")) == VS{"", "h", "é", "l", "l", "o", ""});
    CHECK(V(ms::split("", "")) == VS{"", ""});
    CHECK(V(ms::split("", "", Int(1))) == VS{"", ""});
    CHECK(V(ms::split("abc", "", Int(0))) == VS{"", "a", "b", "c", ""});
    CHECK(V(ms::split("abc", "", Int(1))) == VS{"", "a", "b", "c", ""});
    CHECK(V(ms::split("abc", "", Int(-1))) == VS{"", "a", "b", "c", ""});
}

TEST_CASE("split: whitespace") {
    CHECK(V(ms::split("  hello  world  ")) == VS{"hello", "world"});
    CHECK(V(ms::split("")) == VS{});
    CHECK(V(ms::split("   \t\n ")) == VS{});
    CHECK(V(ms::split_whitespace("  x  ", mojo::None)) == VS{"x"});
    // \x85, \u2028, \x1c are whitespace; \u00a0 and \x1f are not
    CHECK(V(ms::split("a\u00a0b\u2028c\u0085d\x1c"
                      "e\x1f"
                      "f")) == VS{"a\u00a0b", "c", "d", "e\x1f"
                                                          "f"});
    CHECK(V(ms::split("a\u3000b\u2009c\u200bd")) == VS{"a\u3000b\u2009c\u200bd"});
    CHECK(V(ms::split("a\tb\nc\x0b"
                      "d\x0c"
                      "e\rf")) == VS{"a", "b", "c", "d", "e", "f"});
    CHECK(V(ms::split("  \u2029héllo\u2028 wörld\u0085")) == VS{"héllo", "wörld"});
}

TEST_CASE("split: whitespace with maxsplit") {
    CHECK(V(ms::split_whitespace("  a  b  ", Int(0))) == VS{"a  b  "});
    CHECK(V(ms::split_whitespace("  a  b  ", Int(1))) == VS{"a", "b  "});
    CHECK(V(ms::split_whitespace("  a  b  ", Int(-1))) == VS{"a", "b"});
    CHECK(V(ms::split_whitespace("  a b  c ", Int(1))) == VS{"a", "b  c "});
    CHECK(V(ms::split("  x  y ", mojo::None, Int(1))) == VS{"x", "y "});
    CHECK(V(ms::split_whitespace("  x  y ", mojo::None, Int(1))) == VS{"x", "y "});
}

TEST_CASE("split: a long text") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += (i % 7 == 0 ? "  word\n" : "é\tx ");
    auto words = ms::split(text);
    CHECK(words.size() == 2000 / 7 + 1 + 2 * (2000 - (2000 / 7 + 1)));
    CHECK(S(words[0]) == "word");
    CHECK(S(words[1]) == "é");
    CHECK(S(words[2]) == "x");
}

TEST_CASE("splitlines") {
    // Mojo 1.2: \t \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 \n \r \r\n break lines; space, \x1f, \0, \u00a0 do not
    for (const char* sep : {"\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\u0085", "\u2028", "\u2029", "\r\n", "\n", "\r"}) {
        std::string a = std::string("a") + sep + "b";
        CHECK(ms::splitlines(a).size() == 2);
        CHECK(ms::splitlines(a + sep, true).size() == 2);
    }
    for (const char* sep : {"\x1f", " ", "\u00a0"}) CHECK(ms::splitlines(std::string("a") + sep + "b").size() == 1);
    CHECK(ms::splitlines(std::string_view("a\0b", 3)).size() == 1);
    CHECK(ms::splitlines("a\n\rb").size() == 3);
    CHECK(ms::splitlines("a\n\rb\n\r", true).size() == 4);
    CHECK(V(ms::splitlines("a\n\nb\n")) == VS{"a", "", "b"});
    CHECK(V(ms::splitlines("")) == VS{});
    CHECK(V(ms::splitlines("\n")) == VS{""});
    CHECK(V(ms::splitlines("a\r\n", true)) == VS{"a\r\n"});
    CHECK(V(ms::splitlines("\r\r\n\n")) == VS{"", "", ""});
    CHECK(V(ms::splitlines("a\rx\nb")) == VS{"a", "x", "b"});
    CHECK(V(ms::splitlines("a\rx\nb", true)) == VS{"a\r", "x\n", "b"});
    CHECK(V(ms::splitlines("a\r\r\nb")) == VS{"a", "", "b"});
    CHECK(V(ms::splitlines("\r\nb")) == VS{"", "b"});
    CHECK(V(ms::splitlines("ab\r")) == VS{"ab"});
    CHECK(V(ms::splitlines("ab\r\n", true)) == VS{"ab\r\n"});
    CHECK(V(ms::splitlines("é\n\u2028x", true)) == VS{"é\n", "\u2028", "x"});
    CHECK(V(ms::splitlines("x\r\u2028")) == VS{"x", ""});
    CHECK(V(ms::splitlines("a\nb\r\nc\rd\x0b"
                           "e\x0c"
                           "f\x1cg\x1dh\x1ei\u0085j\u2028k\u2029l")) ==
          VS{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"});
}

// ---------------------------------------------------------------------------
// strip, removeprefix, removesuffix
// ---------------------------------------------------------------------------

TEST_CASE("strip without chars: posix space bytes only") {
    CHECK(S(ms::strip(" \t\n\x0b\x0c\r\x1c\x1d\x1e hi \x1f")) == "hi \x1f");
    CHECK(S(ms::strip(" \u0085hi\u2028 ")) == "\u0085hi\u2028");
    CHECK(S(ms::strip("\u00a0hi ")) == "\u00a0hi");
    CHECK(S(ms::strip("")) == "");
    CHECK(S(ms::lstrip("   ")) == "");
    CHECK(S(ms::rstrip("   ")) == "");
    CHECK(S(ms::lstrip("  a  ")) == "a  ");
    CHECK(S(ms::rstrip("  a  ")) == "  a");
}

TEST_CASE("strip with chars: a set of codepoints") {
    CHECK(S(ms::strip("xxhixx", "x")) == "hi");
    CHECK(S(ms::strip("xyhiyx", "xy")) == "hi");
    CHECK(S(ms::lstrip("xyhiyx", "xy")) == "hiyx");
    CHECK(S(ms::rstrip("xyhiyx", "xy")) == "xyhi");
    CHECK(S(ms::strip("xyhiyx", "")) == "xyhiyx");
    CHECK(S(ms::strip("éhié", "é")) == "hi");
    CHECK(S(ms::strip("éhiè", "\u00a9")) == "éhiè");  // é/è and © share a last byte
    CHECK(S(ms::strip("abc", "abc")) == "");
    CHECK(S(ms::strip("🔥a🔥", "🔥")) == "a");
    CHECK(S(ms::rstrip("ab🔥", "🔥b")) == "a");
}

TEST_CASE("removeprefix / removesuffix") {
    CHECK(S(ms::removeprefix("TestHook", "Test")) == "Hook");
    CHECK(S(ms::removeprefix("TestHook", "Hook")) == "TestHook");
    CHECK(S(ms::removesuffix("TestHook", "Hook")) == "Test");
    CHECK(S(ms::removesuffix("TestHook", "")) == "TestHook");
    CHECK(S(ms::removeprefix("TestHook", "")) == "TestHook");
    CHECK(S(ms::removeprefix("Te", "Test")) == "Te");
    CHECK(S(ms::removesuffix("ok", "Hook")) == "ok");
}

// ---------------------------------------------------------------------------
// find, rfind, count, contains, startswith, endswith
// ---------------------------------------------------------------------------

TEST_CASE("find / rfind") {
    // print(String("hello").find("l"), ...find("z"), ...find(""), ...find("", 3), ...find("", 10))
    CHECK(ms::find("hello", "l").value == 2);
    CHECK(ms::find("hello", "z").value == -1);
    CHECK(ms::find("hello", "").value == 0);
    CHECK(ms::find("hello", "", Int(3)).value == 0);
    CHECK(ms::find("hello", "", Int(10)).value == 0);
    CHECK(ms::find("hello", "l", Int(3)).value == 3);
    CHECK(ms::find("hello", "l", Int(4)).value == -1);
    CHECK(ms::find("hello", "lo", Int(10)).value == -1);
    CHECK(ms::find("hello", "h", Int(-2)).value == -1);
    CHECK(ms::find("hello", "lo", Int(-2)).value == 3);
    CHECK(ms::find("hello", "l", Int(-1)).value == -1);
    CHECK(ms::find("hello", "h", Int(-10)).value == 0);
    CHECK(ms::rfind("hello", "l").value == 3);
    CHECK(ms::rfind("hello", "z").value == -1);
    CHECK(ms::rfind("hello", "").value == 5);
    CHECK(ms::rfind("hello", "", Int(3)).value == 5);
    CHECK(ms::rfind("hello", "", Int(6)).value == 5);
    CHECK(ms::rfind("hello", "l", Int(3)).value == 3);
    CHECK(ms::rfind("hello", "l", Int(4)).value == -1);
    CHECK(ms::rfind("hello", "h", Int(-5)).value == 0);
    CHECK(ms::rfind("hello", "l", Int(-2)).value == 3);
    CHECK(ms::rfind("hello", "o", Int(-10)).value == 4);
    CHECK(ms::find("", "").value == 0);
    CHECK(ms::rfind("", "").value == 0);
    CHECK(ms::find("", "a").value == -1);
    CHECK(ms::find("héllo", "l").value == 3);
    CHECK(ms::rfind("héllo", "l").value == 4);
}

// The Mojo program: for sub in ["", "h", "l", "lo", "o", "hé", "é", "llo", "x", "\xa9"],
// for start in [-9, -7, -6, -5, -3, -1, 0, 1, 2, 3, 4, 5, 6, 7, 9]:
// print(s.find(sub, start), s.rfind(sub, start)) with s = "héllo" (same in 1.2 and 0.25.6).
static const int kFindGrid[] = {
     0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,  0,  6,
     0,  0,  0,  0,  0,  0, -1, -1, -1, -1, -1, -1,  0,  0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
     3,  4,  3,  4,  3,  4,  3,  4,  3,  4, -1, -1,  3,  4,  3,  4,  3,  4,  3,  4,  4,  4, -1, -1, -1, -1, -1, -1, -1, -1,
     4,  4,  4,  4,  4,  4,  4,  4,  4,  4, -1, -1,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4, -1, -1, -1, -1, -1, -1, -1, -1,
     5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5, -1, -1, -1, -1, -1, -1,
     0,  0,  0,  0,  0,  0, -1, -1, -1, -1, -1, -1,  0,  0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
     1,  1,  1,  1,  1,  1,  1,  1, -1, -1, -1, -1,  1,  1,  1,  1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
     3,  3,  3,  3,  3,  3,  3,  3,  3,  3, -1, -1,  3,  3,  3,  3,  3,  3,  3,  3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};

TEST_CASE("find / rfind: the oracle grid") {
    const char* subs[] = {"", "h", "l", "lo", "o", "hé", "é", "llo", "x", "\u00a9"};
    const int starts[] = {-9, -7, -6, -5, -3, -1, 0, 1, 2, 3, 4, 5, 6, 7, 9};
    int k = 0;
    for (const char* sub : subs)
        for (int st : starts) {
            INFO("sub=" << sub << " start=" << st);
            CHECK(ms::find("héllo", sub, Int(st)).value == kFindGrid[2 * k]);
            CHECK(ms::rfind("héllo", sub, Int(st)).value == kFindGrid[2 * k + 1]);
            ++k;
        }
    CHECK(k == int(sizeof kFindGrid / sizeof kFindGrid[0]) / 2);
}

TEST_CASE("count / contains") {
    CHECK(ms::count("aaaa", "aa").value == 2);
    CHECK(ms::count("aaaaa", "aa").value == 2);
    CHECK(ms::count("aaaa", "").value == 5);
    CHECK(ms::count("héllo", "").value == 7);  // bytes + 1
    CHECK(ms::count("", "").value == 1);
    CHECK(ms::count("abc", "d").value == 0);
    CHECK(ms::count("héllo", "l").value == 2);
    CHECK(ms::count("héllo", "é").value == 1);
    CHECK(ms::count("", "a").value == 0);
    CHECK(ms::contains("hello", "ell"));
    CHECK(ms::contains("hello", ""));
    CHECK(!ms::contains("hello", "x"));
    CHECK(ms::contains("", ""));
}

// For sub in ["", "h", "l", "lo", "o", "hé", "é", "llo", "x"], start in
// [-7, -6, -3, -1, 0, 1, 2, 3, 5, 6, 7], end in [-1, -3, -2, 0, 1, 3, 4, 6, 7, 9]:
// print(s.startswith(sub, start, end), s.endswith(sub, start, end)) with s = "héllo".
static const char* kAffix12 =
    "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTFFFFTTTTTTTTTTTTFFFFFFFFFFFFTTTTTTTTTTTTTTTTTTTTTTTTTT"
    "TTTTTTFFTTTTTTTTTTTTTTTTTTFFFFTTTTTTTTTTTTTTTTFFFFTTTTTTTTTTTTFFFFFFFFFFFFTTTTTTTTFFFFFFFFFFFFTTTTTT"
    "FFFFFFFFFFFFFFFFFFFFTFTFTFFFTTTFTFTFTFTFTFTFTFFFTTTFTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "TFTFTFFFTTTFTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFTFFFFFFFFFFFTFFFFFFFTFFFFFFTFFFTTFFFFFFTTTFTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFTFFFFFFFFFFFTFFFFFFFTFFFFFFFFFFFTFFFFFFFTFFFFFFTFFFTTFFFFFFTTTFTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFT"
    "FTFFFFFFFFFFFFFTFTFTFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFT"
    "FTFFFFFFFFFFFFFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFTFT"
    "FTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTTTFFFFFFFFFFFFTTTTTTFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFT"
    "FTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTTTFFFFFFFFFFFFTTTTTTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "TFTTTFFFFFTTTFTFTFTFTFTTTFFFFFTTTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFTTTFFFFFTTTFTFTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFTFFFFFFFFFFFTFFFFFFFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFTFFFFFFFTFFFFFFFFTFTTTFFFFFTTTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTTTFFFFFFFFFFFFTTTTTT"
    "FFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTFTFFFFFFFFFFFFFTFTFTTTFFFFFFFFFFFFTTTTTT"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
// the same program run by Mojo 0.25.6
static const char* kAffix025 =
    "FTTTTTTTTTTTTTTTTTTTFTTTTTTTTTTTTTTTTTTTFTTTTTTTTTTTTTTTTTTTFTTFTFTTTTTTTTTTTTTTTTTFTFTTTTTTTTTTTTTT"
    "FTTFTFTFTTTTTTTTTTTTFTTFTFTFTFTTTTTTTTTTFTTFTFTFTFTTTTTTTTTTFTTFTFTFTFTFTFTTTTTTFTTFTFTFTFTFTFTTTTTT"
    "FTTFTFTFTFTFTFTFTTTTFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFTFFFFFFFFTFFFFFFFFFF"
    "TFFFFFFFTTTFTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFF"
    "TFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFTFFFFFFFFFFFTTTFTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFF"
    "FTFFFFFFFFFFFFFTFFFFTFFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFF"
    "FTFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFFFF"
    "FTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFF"
    "FTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFTTFFFFFFFFFFFFTTTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFTFFFFFFFFFFTFFFFFFFFTFFFFFFFFFTTTFTFTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFTFFFFFFFFTFFFFFFFFFFTFFFFFFFF"
    "FFFFFFFFFFFTFFFFFFFFTFFFFFFFFFTTTFTFTFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFF"
    "TFFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFFTFFFFFFFFFFFFFTFFFFTTFFFFFFFFFFFFTTTFTF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";

TEST_CASE("startswith / endswith: the oracle grid") {
    const char* subs[] = {"", "h", "l", "lo", "o", "hé", "é", "llo", "x"};
    const int starts[] = {-7, -6, -3, -1, 0, 1, 2, 3, 5, 6, 7};
    const int ends[] = {-1, -3, -2, 0, 1, 3, 4, 6, 7, 9};
    std::string g12 = kAffix12, g025 = kAffix025;
    REQUIRE(g12.size() == 1980);
    REQUIRE(g025.size() == 1980);
    int k = 0;
    for (const char* sub : subs)
        for (int st : starts)
            for (int en : ends) {
                INFO("sub=" << sub << " start=" << st << " end=" << en);
                CHECK(ms::startswith("héllo", sub, Int(st), Int(en)) == (g12[2 * k] == 'T'));
                CHECK(ms::endswith("héllo", sub, Int(st), Int(en)) == (g12[2 * k + 1] == 'T'));
                CHECK(ms::detail::startswith_legacy("héllo", sub, Int(st), Int(en)) == (g025[2 * k] == 'T'));
                CHECK(ms::detail::endswith_legacy("héllo", sub, Int(st), Int(en)) == (g025[2 * k + 1] == 'T'));
                ++k;
            }
}

TEST_CASE("startswith / endswith: simple cases") {
    CHECK(ms::startswith("hello", "he"));
    CHECK(ms::startswith("hello", ""));
    CHECK(ms::startswith("hello", "lo", Int(3)));
    CHECK(ms::startswith("hello", "l", Int(2), Int(3)));
    CHECK(!ms::startswith("hello", "ll", Int(2), Int(3)));
    CHECK(ms::endswith("hello", "lo"));
    CHECK(ms::endswith("hello", ""));
    CHECK(ms::endswith("hello", "ll", Int(0), Int(4)));
    CHECK(!ms::endswith("hello", "hello!"));
    CHECK(!ms::endswith("hello", "l", Int(3)));
    CHECK(!ms::startswith("hello", "h", Int(10)));
    CHECK(ms::startswith("hello", "", Int(5)));
    CHECK(!ms::startswith("hello", "", Int(6)));
    CHECK(!ms::endswith("hello", "", Int(6)));
    CHECK(ms::startswith("hello", "l", Int(-3)));  // 1.2: from the end
    CHECK(!ms::detail::startswith_legacy("hello", "l", Int(-3)));
    CHECK(ms::detail::endswith_legacy("hello", "", Int(6)));  // 0.25.6: True
    CHECK(!ms::endswith("hello", "l", Int(1), Int(-1)));       // end -1 is "to the end"
}

// ---------------------------------------------------------------------------
// replace
// ---------------------------------------------------------------------------

TEST_CASE("replace") {
    CHECK(S(ms::replace("hello", "l", "L")) == "heLLo");
    CHECK(S(ms::replace("hello", "", "-")) == "-h-e-l-l-o");
    CHECK(S(ms::replace("héllo", "", "-")) == "-h-é-l-l-o");
    CHECK(S(ms::replace("", "", "-")) == "");
    CHECK(S(ms::replace("", "a", "-")) == "");
    CHECK(S(ms::replace("aaaa", "aa", "b")) == "bb");
    CHECK(S(ms::replace("aaaaa", "aa", "b")) == "bba");
    CHECK(S(ms::replace("hello", "l", "")) == "heo");
    CHECK(S(ms::replace("hello", "xyz", "Q")) == "hello");
    CHECK(S(ms::replace("héllo", "é", "e")) == "hello");
    CHECK(S(ms::replace("hello world", "world", "mojo")) == "hello mojo");
    // 0.25.6 interleaves bytes
    CHECK(S(ms::detail::replace_legacy("héllo", "", "-")) == "-h-\xC3-\xA9-l-l-o");
    CHECK(S(ms::detail::replace_legacy("hello", "l", "L")) == "heLLo");
}

// ---------------------------------------------------------------------------
// case and character classes
// ---------------------------------------------------------------------------

TEST_CASE("upper / lower") {
    CHECK(S(ms::upper("Hello Wörld ÉÀ ß ǅ ﬁ İ")) == "HELLO WÖRLD ÉÀ SS Ǆ FI İ");
    CHECK(S(ms::lower("Hello Wörld ÉÀ ß ǅ ﬁ İ Σ")) == "hello wörld éà ß ǆ ﬁ i σ");
    CHECK(S(ms::lower("ΑΣ")) == "ασ");  // no final sigma
    CHECK(S(ms::upper("")) == "");
    CHECK(S(ms::upper("\u1f80")) == "\u1f88");  // Mojo: one codepoint (Python: two)
    CHECK(S(ms::upper("ŉ")) == "ʼN");
    CHECK(S(ms::upper("\u0390")) == "\u0399\u0308\u0301");  // three codepoints
    CHECK(S(ms::lower("ABC xyz 123 🔥")) == "abc xyz 123 🔥");
    CHECK(S(ms::upper("abc xyz 123 🔥")) == "ABC XYZ 123 🔥");
    CHECK(S(ms::lower("ÀÉÎÕÜ ĀĒ Ω Ж Ꭰ 𐐀")) == "àéîõü āē ω ж ꭰ 𐐨");
    CHECK(S(ms::upper("àéîõü āē ω ж ꭰ 𐐨")) == "ÀÉÎÕÜ ĀĒ Ω Ж Ꭰ 𐐀");
}

TEST_CASE("isupper / islower") {
    CHECK(ms::isupper("ABC"));
    CHECK(!ms::isupper("AbC"));
    CHECK(ms::isupper("A1 "));
    CHECK(!ms::isupper("123"));
    CHECK(!ms::isupper(""));
    CHECK(ms::isupper("ÉÀ"));
    CHECK(ms::isupper("ǅ"));
    CHECK(ms::islower("abc"));
    CHECK(!ms::islower("aBc"));
    CHECK(ms::islower("a1 "));
    CHECK(!ms::islower("123"));
    CHECK(!ms::islower(""));
    CHECK(ms::islower("éà"));
    CHECK(ms::islower("ǅ"));
    CHECK(ms::islower("ß"));
}

TEST_CASE("is_ascii_digit / isspace / is_ascii_printable") {
    CHECK(ms::is_ascii_digit("123"));
    CHECK(!ms::is_ascii_digit(""));
    CHECK(!ms::is_ascii_digit("12a"));
    CHECK(!ms::is_ascii_digit("١٢"));
    CHECK(ms::isdigit("123"));
    CHECK(ms::isspace(" \t"));
    CHECK(!ms::isspace(""));
    CHECK(!ms::isspace(" a"));
    CHECK(ms::isspace("\u0085\u2028\u2029\x1c"));
    CHECK(!ms::isspace("\u00a0"));
    CHECK(!ms::isspace("\x1f"));
    CHECK(ms::is_ascii_whitespace("\u2028"));
    CHECK(ms::is_ascii_whitespace("  "));
    CHECK(!ms::is_ascii_whitespace(std::string_view("\0", 1)));
    CHECK(ms::is_ascii_printable("abc ~"));
    CHECK(ms::is_ascii_printable(""));
    CHECK(!ms::is_ascii_printable("a\t"));
    CHECK(!ms::is_ascii_printable("é"));
    CHECK(!ms::is_ascii_printable("\x7f"));
    CHECK(ms::isprintable("ab"));
}

// ---------------------------------------------------------------------------
// justify, repeat, join, codepoint count, hash
// ---------------------------------------------------------------------------

TEST_CASE("ascii_center / ascii_ljust / ascii_rjust") {
    CHECK(S(ms::ascii_center("hi", Int(7))) == "  hi   ");
    CHECK(S(ms::ascii_center("hi", Int(6), "*")) == "**hi**");
    CHECK(S(ms::ascii_center("hi", Int(5), "*")) == "*hi**");
    CHECK(S(ms::ascii_ljust("hi", Int(5), "-")) == "hi---");
    CHECK(S(ms::ascii_rjust("hi", Int(5), "-")) == "---hi");
    CHECK(S(ms::ascii_rjust("hello", Int(3))) == "hello");
    CHECK(S(ms::ascii_rjust("hé", Int(4), "-")) == "-hé");
    CHECK(S(ms::ascii_center("hi", Int(-3))) == "hi");
    CHECK(S(ms::center("hi", Int(7), "*")) == "**hi***");  // 0.25.6 spelling
    // a fill that is not one byte: 1.2 pads with its first byte, 0.25.6 with all of it
    CHECK(S(ms::ascii_rjust("hi", Int(5), "é")) == "\xC3\xC3\xC3hi");
    CHECK(S(ms::ascii_center("hi", Int(7), "ab")) == "aahiaaa");
    CHECK(S(ms::rjust("hi", Int(5), "é")) == "éééhi");
    CHECK(S(ms::center("hi", Int(7), "ab")) == "ababhiab");
    check_aborts([] { (void)ms::ascii_ljust("hi", Int(5), ""); },
                 "Assert Error: index 0 is out of bounds, valid range is 0 to -1");
    CHECK(S(ms::ascii_ljust("hi", Int(2), "")) == "hi");
}

TEST_CASE("__mul__ (mojo::repeat)") {
    CHECK(S(mojo::repeat("ab", Int(3))) == "ababab");
    CHECK(S(mojo::repeat("ab", Int(0))) == "");
    CHECK(S(mojo::repeat("ab", Int(-2))) == "");
}

TEST_CASE("join") {
    mojo::List<String> abc{String("a"), String("b"), String("c")};
    CHECK(S(ms::join(", ", abc)) == "a, b, c");
    mojo::List<Int> nums{Int(1), Int(2), Int(3)};
    CHECK(S(ms::join(", ", nums)) == "1, 2, 3");
    CHECK(S(ms::join(", ", mojo::List<String>())) == "");
    CHECK(S(ms::join("", mojo::List<String>{String("x"), String("y")})) == "xy");
    std::vector<std::string_view> views{"é", "🔥"};
    CHECK(S(ms::join("-", views)) == "é-🔥");
    std::vector<double> fs{1.0, 2.5};
    CHECK(S(ms::join(" ", fs)) == "1.0 2.5");
}

TEST_CASE("count_codepoints") {
    CHECK(ms::count_codepoints("abcé").value == 4);
    CHECK(ms::count_codepoints("").value == 0);
    CHECK(ms::count_codepoints("aé🔥z").value == 4);
}

TEST_CASE("hash: Mojo's AHash values") {
    // print(hash(String("hello")), hash(String("")), hash(String("a")))
    CHECK(ms::hash("hello").value == 15194610732995203403ull);
    CHECK(ms::hash("").value == 11583516797109448887ull);
    CHECK(ms::hash("a").value == 12818954954410788605ull);
}

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------

TEST_CASE("format") {
    auto f = [](std::string_view fmt) { return ms::format(fmt, Int(1), String("two"), 3.5); };
    CHECK(S(ok(f("{} {} {}"))) == "1 two 3.5");
    CHECK(S(ok(f("{0} {2} {1} {0}"))) == "1 3.5 two 1");
    CHECK(S(ok(f("{{}} {{0}} }} {{"))) == "{} {0} } {");
    CHECK(err(f("{}{}{}{}")) == "Automatic indexing require more args in *args");
    CHECK(err(f("{0}{}")) == "Cannot both use manual and automatic indexing");
    CHECK(err(f("{}{0}")) == "Cannot both use manual and automatic indexing");
    CHECK(err(f("{3}")) == "Index 3 not in *args");
    CHECK(err(f("{-1}")) == "Index -1 not in *args");
    CHECK(S(ok(f("{ 1 }"))) == "two");
    CHECK(S(ok(f("{+1}"))) == "two");
    CHECK(err(f("{1_0}")) == "Index 10 not in *args");
    CHECK(err(f("{name}")) == "Index name not in kwargs");
    CHECK(S(ok(f("{!r} {!s} {}"))) == "Int(1) two 3.5");
    CHECK(S(ok(f("{1!r}"))) == "'two'");
    CHECK(err(f("{!}")) == "Empty conversion flag.");
    CHECK(err(f("{!x}")) == "Conversion flag \"x\" not recognized.");
    CHECK(err(f("{!rr}")) == "Conversion flag \"rr\" not recognized.");
    CHECK(err(f("{0:>5}")) == "Index 0:>5 not in kwargs");
    CHECK(err(f("{")) == "there is a single curly { left unclosed or unescaped");
    CHECK(err(f("}")) == "there is a single curly } left unclosed or unescaped");
    CHECK(err(f("a}b")) == "there is a single curly } left unclosed or unescaped");
    CHECK(err(f("{a{")) == "there is a single curly { left unclosed or unescaped");
    CHECK(err(f("{ {")) == "there is a single curly { left unclosed or unescaped");
    CHECK(S(ok(f("{{{}}}"))) == "{1}");
    CHECK(err(f("{}}")) == "there is a single curly } left unclosed or unescaped");
    CHECK(err(f("{{}")) == "there is a single curly } left unclosed or unescaped");
    CHECK(err(f("{0}{1}{2}{3}{}")) == "Index 3 not in *args");
    CHECK(err(f("{3}{}")) == "Index 3 not in *args");
    CHECK(err(f("{}{3}")) == "Index 3 not in *args");
    CHECK(S(ok(f("é{}é"))) == "é1é");
    CHECK(S(ok(f(""))) == "");
    CHECK(err(f("{1.x}")) == "Index 1.x not in kwargs");
    CHECK(err(f("{0[1]}")) == "Index 0[1] not in kwargs");
    CHECK(err(f("{}{}{}{")) == "there is a single curly { left unclosed or unescaped");
    CHECK(S(ok(f("{!r}"))) == "Int(1)");
    CHECK(S(ok(ms::format("{!r} {!r}", String("it's"), String("a\"b")))) == "'it\\'s' 'a\"b'");
    CHECK(S(ok(ms::format("{!r}", String("a'b\"c")))) == "'a\\'b\"c'");
    CHECK(S(ok(ms::format("{!r} {!r} {!r}", Int(1), 2.5, true))) == "Int(1) Float64(2.5) True");
    CHECK(S(ok(ms::format("{!r}", String("tab\there\né\x01")))) == "'tab\\there\\né\\x01'");
    CHECK(S(ok(ms::format("no fields"))) == "no fields");
    CHECK(err(ms::format("{}")) == "Automatic indexing require more args in *args");
}

TEST_CASE("format: Mojo 0.25.6") {
    auto f = [](std::string_view fmt) { return ms::detail::format_legacy(fmt, Int(1), String("two"), 3.5); };
    CHECK(S(ok(f("{!r} {!s} {}"))) == "1 two 3.5");
    CHECK(err(f("{!x}")) == "Conversion flag \"x\" not recognised.");
    CHECK(S(ok(ms::detail::format_legacy("{!r} {!r}", String("it's"), String("a\"b")))) == "\"it's\" 'a\"b'");
    CHECK(S(ok(ms::detail::format_legacy("{!r}", String("a'b\"c")))) == "\"a'b\"c\"");
    CHECK(S(ok(ms::detail::format_legacy("{!r} {!r} {!r}", Int(1), 2.5, true))) == "1 SIMD[DType.float64, 1](2.5) True");
}

// ---------------------------------------------------------------------------
// atof
// ---------------------------------------------------------------------------

namespace {
// what print(atof(s)) shows, or "ERR <message>"
std::string atof_text(mojo::Raises<double> r) {
    if (r.has_error()) return "ERR " + std::string(std::string_view(r.error().message()));
    return mojo::detail::to_std_string(r.value());
}
struct AtofCase {
    const char* in;
    const char* out;
};
}  // namespace

TEST_CASE("atof: Mojo 1.2") {
    const AtofCase cases[] = {
        {"1.5", "1.5"},
        {"  2.25  ", "2.25"},
        {"+3", "3.0"},
        {"-4.5", "-4.5"},
        {"+-5", "-5.0"},
        {"-+5", "ERR String is not convertible to float: '-+5'. The first character of '+5' should be a digit or dot to "
                "convert it to a float."},
        {"1.5f", "1.5"},
        {"1.5F", "1.5"},
        {"1.5ff", "ERR String is not convertible to float: '1.5ff'. The last character of '1.5f' should be a digit or dot "
                  "to convert it to a float."},
        {"nan", "nan"},
        {"-nan", "nan"},
        {"NaN", "nan"},
        {"inf", "inf"},
        {"-inf", "-inf"},
        {"INF", "inf"},
        {"in", "inf"},
        {"infinity", "inf"},
        {"-Infinity", "-inf"},
        {"infinityf", "inf"},
        {"infinit", "ERR String is not convertible to float: 'infinit'. The first character of 'infinit' should be a digit "
                    "or dot to convert it to a float."},
        {"1-5", "ERR String is not convertible to float: '1-5'. Invalid character(s) in the number: '1-5'"},
        {"1+5", "ERR String is not convertible to float: '1+5'. Invalid character(s) in the number: '1+5'"},
        {"1.2.3", "ERR String is not convertible to float: '1.2.3'. Invalid character(s) in the number: '1.2.3'"},
        {"1e5", "100000.0"},
        {"1E5", "100000.0"},
        {"1e+5", "100000.0"},
        {"1e-5", "1e-05"},
        {"1.5e3", "1500.0"},
        {".5", "0.5"},
        {"5.", "5.0"},
        {".", "ERR String is not convertible to float: '.'"},
        {"-.", "ERR String is not convertible to float: '-.'. Invalid character(s) in the number: '.'"},
        {"..", "ERR String is not convertible to float: '..'. Invalid character(s) in the number: '..'"},
        {".e5", "ERR String is not convertible to float: '.e5'. Invalid character(s) in the number: '.e5'"},
        {"e5", "ERR String is not convertible to float: 'e5'. The first character of 'e5' should be a digit or dot to "
               "convert it to a float."},
        {"1e", "ERR String is not convertible to float: '1e'. The last character of '1e' should be a digit or dot to "
               "convert it to a float."},
        {"1_000", "ERR String is not convertible to float: '1_000'. Invalid character(s) in the number: '1_000'"},
        {"abc", "ERR String is not convertible to float: 'abc'. The first character of 'abc' should be a digit or dot to "
                "convert it to a float."},
        {"", "ERR String is not convertible to float: ''"},
        {" ", "ERR String is not convertible to float: ' '. The first character of '' should be a digit or dot to convert "
              "it to a float."},
        {"1 2", "ERR String is not convertible to float: '1 2'. Invalid character(s) in the number: '1 2'"},
        {"0x10", "ERR String is not convertible to float: '0x10'. Invalid character(s) in the number: '0x10'"},
        {"123456789012345678901234", "1.2345678901234569e+23"},
        {"1234567890123456789012345", "1.2345678901234568e+24"},
        {"18446744073709551615", "1.8446744073709552e+19"},
        {"18446744073709551616", "1.8446744073709552e+19"},
        {"99999999999999999999", "1e+20"},
        {"1e400", "inf"},
        {"1e-400", "0.0"},
        {"4.9e-324", "5e-324"},
        {"2.5e-324", "5e-324"},
        {"2.4703282292062328e-324", "5e-324"},
        {"1.7976931348623157e308", "1.7976931348623157e+308"},
        {"1.7976931348623159e308", "inf"},
        {"0.1", "0.1"},
        {"0.3", "0.3"},
        {"1e23", "1e+23"},
        {"9007199254740993", "9007199254740992.0"},
        {"123.456e-2", "1.23456"},
        {"1e18446744073709551615", "inf"},
        {"1ee5", "ERR String is not convertible to float: '1ee5'. Invalid character(s) in the number: '1ee5'"},
        {"1e5.5", "ERR String is not convertible to float: '1e5.5'. Invalid character(s) in the number: '1e5.5'"},
        {"1.5e-3.5", "ERR String is not convertible to float: '1.5e-3.5'. Invalid character(s) in the number: '1.5e-3.5'"},
        {"\t7\n", "7.0"},
        {"\u00a05", "ERR String is not convertible to float: '\u00a05'. The first character of '\u00a05' should be a digit "
                    "or dot to convert it to a float."},
        {"\x1c" "5\x1e", "5.0"},
        {"1,5", "ERR String is not convertible to float: '1,5'. Invalid character(s) in the number: '1,5'"},
        {"٣", "ERR String is not convertible to float: '٣'. The first character of '٣' should be a digit or dot to convert "
              "it to a float."},
        {"0", "0.0"},
        {"-0", "-0.0"},
        {"-0.0", "-0.0"},
        {"00012", "12.0"},
        {"1e0000000000000000000001", "10.0"},
        {"3.14159265358979323846", "3.141592653589793"},
        {"12345678901234567890.5", "1.2345678901234567e+19"},
        {"0.000000000000000000000000000001", "1e-30"},
        {"-", "ERR String is not convertible to float: '-'. The first character of '' should be a digit or dot to convert "
              "it to a float."},
        {"i", "ERR String is not convertible to float: 'i'. The first character of 'i' should be a digit or dot to "
              "convert it to a float."},
        {"+", "ERR String is not convertible to float: '+'. The first character of '' should be a digit or dot to convert "
              "it to a float."},
        {"f", "ERR String is not convertible to float: 'f'. The first character of '' should be a digit or dot to convert "
              "it to a float."},
        {"-f", "ERR String is not convertible to float: '-f'. The first character of '' should be a digit or dot to "
               "convert it to a float."},
        {"1e5f", "100000.0"},
        {"1e+", "ERR String is not convertible to float: '1e+'. The last character of '1e+' should be a digit or dot to "
                "convert it to a float."},
        {"+.5", "0.5"},
        {"-.5", "-0.5"},
        {"1.5E+3f", "1500.0"},
        {".5.", "ERR String is not convertible to float: '.5.'. Invalid character(s) in the number: '.5.'"},
        {"1..", "ERR String is not convertible to float: '1..'. Invalid character(s) in the number: '1..'"},
        {"0.0e10", "0.0"},
        {"++5", "ERR String is not convertible to float: '++5'. The first character of '+5' should be a digit or dot to "
                "convert it to a float."},
        {"-5-", "ERR String is not convertible to float: '-5-'. The last character of '5-' should be a digit or dot to "
                "convert it to a float."},
        {"nanf", "nan"},
        {"-in", "-inf"},
        {"  -inf  ", "-inf"},
        {"1e-320", "1e-320"},
        {"2e-308", "2e-308"},
        {"1e-324", "0.0"},
        {"3e-324", "5e-324"},
        {"it's", "ERR String is not convertible to float: 'it\\'s'. The first character of 'it's' should be a digit or dot "
                 "to convert it to a float."},
        {"a\tb", "ERR String is not convertible to float: 'a\\tb'. The first character of 'a\tb' should be a digit or dot "
                 "to convert it to a float."},
        {"1.5 f", "ERR String is not convertible to float: '1.5 f'. The last character of '1.5 ' should be a digit or dot "
                  "to convert it to a float."},
        {"1.5f ", "1.5"},
        {"0e99999999999999999999", "0.0"},
        {"1e99999999999999999999", "inf"},
        {"1e-99999999999999999999", "0.0"},
        {"1.e5", "100000.0"},
        {"5E-3", "0.005"},
        {"-0e5", "-0.0"},
        {".f", "ERR String is not convertible to float: '.f'. Invalid character(s) in the number: '.'"},
        {"5ef", "ERR String is not convertible to float: '5ef'. The last character of '5e' should be a digit or dot to "
                "convert it to a float."},
        {"iNfInItY", "inf"},
        {"in f", "ERR String is not convertible to float: 'in f'. The first character of 'in ' should be a digit or dot to "
                 "convert it to a float."},
        // from Mojo's own test suite (test_atof.mojo): long mantissas round exactly
        {"47421763.548648646474532187448684", "47421763.54864865"},
        {"1.00000000000000011102230246251565404236316680908203125", "1.0"},
        {"1.000000000000000111022302462515654042363166809082031251", "1.0000000000000002"},
        {"2.2250738585072009e-308", "2.225073858507201e-308"},
    };
    for (const AtofCase& c : cases) {
        INFO("atof(" << c.in << ")");
        CHECK(atof_text(ms::atof(c.in)) == c.out);
    }
}

TEST_CASE("atof: Mojo 0.25.6 (detail::atof_legacy)") {
    const AtofCase cases[] = {
        {"1.5", "1.5"},
        {"+-5", "-5.0"},
        {"1-5", "105.0"},
        {"1+5", "105.0"},
        {"1.2.3", "1.23"},
        {"-.", "-0.0"},
        {"..", "0.0"},
        {".e5", "0.0"},
        {".5.", "0.5"},
        {"1..", "1.0"},
        {".f", "0.0"},
        {"1ee5", "100000.0"},
        {"1e5.5", "5.1"},
        {"1.5e-3.5", "1.5"},
        {"1e18446744073709551615", "0.1"},
        {"123456789012345678901234", "ERR String is not convertible to float: '123456789012345678901234'. The string is "
                                     "too large to be converted to an integer: '123456789012345678901234'."},
        {"1234567890123456789012345", "ERR String is not convertible to float: '1234567890123456789012345'. The number is "
                                      "too long, it's not supported yet. '1234567890123456789012345'"},
        {"18446744073709551615", "1.8446744073709552e+19"},
        {"18446744073709551616", "ERR String is not convertible to float: '18446744073709551616'. The string is too "
                                 "large to be converted to an integer: '18446744073709551616'."},
        {"3.14159265358979323846", "ERR String is not convertible to float: '3.14159265358979323846'. The string is too "
                                   "large to be converted to an integer: '314159265358979323846'."},
        {"0.000000000000000000000000000001", "ERR String is not convertible to float: '0.000000000000000000000000000001'. "
                                             "The number is too long, it's not supported yet. "
                                             "'0.000000000000000000000000000001'"},
        {"0e99999999999999999999", "ERR String is not convertible to float: '0e99999999999999999999'. The string is too "
                                   "large to be converted to an integer: '99999999999999999999'."},
        {"it's", "ERR String is not convertible to float: \"it's\". The first character of 'it's' should be a digit or "
                 "dot to convert it to a float."},
        {"1e400", "inf"},
        {"1e-400", "0.0"},
        {"4.9e-324", "5e-324"},
        {"1e23", "1e+23"},
        {"9007199254740993", "9007199254740992.0"},
        {"1e0000000000000000000001", "10.0"},
        {"", "ERR String is not convertible to float: ''"},
        {"nan", "nan"},
        {"-in", "-inf"},
        {"1_000", "ERR String is not convertible to float: '1_000'. Invalid character(s) in the number: '1_000'"},
        {"e5", "ERR String is not convertible to float: 'e5'. The first character of 'e5' should be a digit or dot to "
               "convert it to a float."},
    };
    for (const AtofCase& c : cases) {
        INFO("atof_legacy(" << c.in << ")");
        CHECK(atof_text(ms::detail::atof_legacy(c.in)) == c.out);
    }
}

// ---------------------------------------------------------------------------
// indexing, slicing, iteration
// ---------------------------------------------------------------------------

TEST_CASE("byte= and codepoint= indexing (Mojo 1.2)") {
    const String s("aé🔥z");
    CHECK(s.byte_length().value == 8);
    CHECK(S(ms::byte_at(s, Int(0))) == "a");
    CHECK(S(ms::byte_at(s, Int(1))) == "é");
    CHECK(S(ms::byte_at(s, Int(3))) == "🔥");
    CHECK(S(ms::byte_at(s, Int(7))) == "z");
    CHECK(S(ms::byte_slice(s, Int(0), Int(3))) == "aé");
    CHECK(S(ms::byte_slice(s, Int(1), Int(0), true, false)) == "é🔥z");
    CHECK(S(ms::byte_slice(s, Int(0), Int(3), false, true)) == "aé");
    CHECK(S(ms::byte_slice(s, Int(8), Int(8))) == "");
    CHECK(S(ms::byte_slice(s, Int(0), Int(0), false, false)) == "aé🔥z");
    CHECK(S(ms::codepoint_at(s, Int(0))) == "a");
    CHECK(S(ms::codepoint_at(s, Int(1))) == "é");
    CHECK(S(ms::codepoint_at(s, Int(2))) == "🔥");
    CHECK(S(ms::codepoint_at(s, Int(3))) == "z");
    CHECK(S(ms::codepoint_slice(s, Int(1), Int(3))) == "é🔥");
    CHECK(S(ms::codepoint_slice(s, Int(2), Int(0), true, false)) == "🔥z");
    CHECK(S(ms::codepoint_slice(s, Int(0), Int(2), false, true)) == "aé");
    CHECK(S(ms::codepoint_slice(s, Int(4), Int(0), true, false)) == "");
    CHECK(S(ms::codepoint_slice(s, Int(0), Int(0))) == "");
}

TEST_CASE("indexing aborts (Mojo 1.2 messages)") {
    const std::string s = "aé🔥z";
    check_aborts([&] { (void)ms::byte_at(s, Int(2)); },
                 "Assert Error: String span index, 2 does not lie on a codepoint boundary.");
    check_aborts([&] { (void)ms::byte_at(s, Int(8)); }, "Assert Error: index 8 is out of bounds, valid range is 0 to 7");
    check_aborts([&] { (void)ms::byte_at(s, Int(-1)); }, "Assert Error: index -1 is out of bounds, valid range is 0 to 7");
    check_aborts([&] { (void)ms::byte_slice(s, Int(2), Int(3)); },
                 "Assert Error: String span starts on2 which is not a codepoint boundary.");
    check_aborts([&] { (void)ms::byte_slice(s, Int(1), Int(2)); },
                 "Assert Error: String span ends on, 2 which is not a codepoint boundary.");
    check_aborts([&] { (void)ms::byte_slice(s, Int(5), Int(3)); },
                 "Assert Error: slice start index 5 is greater than slice end index 3");
    check_aborts([&] { (void)ms::byte_slice(s, Int(-2), Int(0), true, false); },
                 "Assert Error: slice start index -2 is out of bounds, valid range is 0 to 8");
    check_aborts([&] { (void)ms::byte_slice(s, Int(0), Int(9), false, true); },
                 "Assert Error: slice end index 9 is out of bounds, valid range is 0 to 8");
    check_aborts([&] { (void)ms::byte_slice(s, Int(9), Int(3)); },
                 "Assert Error: slice start index 9 is out of bounds, valid range is 0 to 8");
    check_aborts([&] { (void)ms::codepoint_at(s, Int(4)); }, "ABORT: codepoint index is out of bounds: 4");
    check_aborts([&] { (void)ms::codepoint_at(s, Int(-1)); }, "ABORT: codepoint index is out of bounds: -1");
    check_aborts([&] { (void)ms::codepoint_slice(s, Int(3), Int(2)); },
                 "Assert Error: slice start index 3 is greater than slice end index 2");
    check_aborts([&] { (void)ms::codepoint_slice(s, Int(1), Int(9)); },
                 "Assert Error: slice end index 9 is out of bounds, valid range is 0 to 4");
    check_aborts([&] { (void)ms::codepoint_slice(s, Int(-1), Int(0), true, false); },
                 "Assert Error: slice start index -1 is out of bounds, valid range is 0 to 4");
    check_aborts([&] { (void)ms::codepoint_slice(s, Int(5), Int(2)); },
                 "Assert Error: slice start index 5 is out of bounds, valid range is 0 to 4");
}

TEST_CASE("codepoints(), codepoint_slices(), as_bytes()") {
    const String s("aé🔥z");
    std::vector<std::uint32_t> cps;
    std::string printed;
    for (ms::Codepoint c : ms::codepoints(s)) {
        cps.push_back(c.to_u32().value);
        printed += mojo::detail::to_std_string(c) + "|";
    }
    CHECK(cps == std::vector<std::uint32_t>{97, 233, 128293, 122});
    CHECK(printed == "a|é|🔥|z|");
    CHECK(ms::codepoints(s).m__len__().value == 4);
    std::string slices;
    for (const String& c : ms::codepoint_slices(s)) slices += S(c) + "|";
    CHECK(slices == "a|é|🔥|z|");
    auto b = ms::as_bytes(s);
    CHECK(b.m__len__().value == 8);
    CHECK(b.m__getitem__(Int(0)).value == 97);
    CHECK(b.m__getitem__(Int(1)).value == 195);
    CHECK(b.m__getitem__(Int(2)).value == 169);
    std::string bs;
    for (mojo::UInt8 x : ms::bytes(s)) bs += std::to_string(x.value) + ",";
    CHECK(bs == "97,195,169,240,159,148,165,122,");
    int n = 0;
    for (ms::Codepoint c : ms::codepoints("")) n += int(c.value);
    CHECK(n == 0);
}

TEST_CASE("legacy s[i] and s[a:b:c] (Mojo 0.25.6)") {
    const std::string s = "aé🔥z";
    CHECK(S(ms::detail::legacy_byte_at(s, Int(0))) == "a");
    CHECK(S(ms::detail::legacy_byte_at(s, Int(1))) == "\xC3");
    CHECK(S(ms::detail::legacy_byte_at(s, Int(3))) == "\xF0");
    CHECK(S(ms::detail::legacy_byte_at(s, Int(-1))) == "z");
    CHECK(S(ms::detail::legacy_byte_at(s, Int(7))) == "z");
    auto sl = [&](std::int64_t a, std::int64_t b, std::int64_t c, bool ha, bool hb) {
        return S(ms::detail::legacy_slice(s, Int(a), Int(b), Int(c), ha, hb));
    };
    CHECK(sl(0, 3, 1, true, true) == "aé");
    CHECK(sl(1, 0, 1, true, false) == "é🔥z");
    CHECK(sl(0, 3, 1, false, true) == "aé");
    CHECK(sl(-1, 0, 1, true, false) == "z");
    CHECK(sl(-5, -1, 1, true, true) == "🔥");
    CHECK(sl(5, 2, 1, true, true) == "");
    CHECK(sl(0, 100, 1, true, true) == "aé🔥z");
    CHECK(sl(-100, 2, 1, true, true) == "a\xC3");
    CHECK(sl(0, 0, 2, false, false) == "a\xA9\x9F\xA5");
    CHECK(sl(1, 0, 0, true, true) == "");
    const std::string t = "hello";
    CHECK(S(ms::detail::legacy_byte_at(t, Int(1))) == "e");
    CHECK(S(ms::detail::legacy_byte_at(t, Int(-5))) == "h");
    CHECK(S(ms::detail::legacy_slice(t, Int(0), Int(0), Int(-1), false, false)) == "olleh");
    CHECK(S(ms::detail::legacy_slice(t, Int(4), Int(1), Int(-1), true, true)) == "oll");
    CHECK(S(ms::detail::legacy_slice(t, Int(1), Int(5), Int(2), true, true)) == "el");
    check_aborts([&] { (void)ms::detail::legacy_byte_at(s, Int(8)); },
                 "Assert Error: String index out of bounds: index (8) valid range: -8 <= index < 8");
    check_aborts([&] { (void)ms::detail::legacy_byte_at(s, Int(-9)); },
                 "Assert Error: String index out of bounds: index (-9) valid range: -8 <= index < 8");
}

TEST_CASE("hash_update feeds the caller's hasher") {
    mojo::Hasher a, b;
    ms::hash_update("hello", a);
    b.update(std::string_view("hello"));
    CHECK(a.finish().value == b.finish().value);
}

TEST_CASE("splitlines: Mojo 0.25.6 drops a \\n line after a \\r line") {
    // show(s, keep) printed len and reprs in both compilers
    auto l = [](std::string_view s) { return V(ms::detail::splitlines_legacy(s)); };
    CHECK(l("a\rx\nb") == VS{"a", "b"});
    CHECK(V(ms::detail::splitlines_legacy("a\rx\nb", true)) == VS{"a\r", "x\n", "b"});
    CHECK(l("a\r\r\nb") == VS{"a", "", "b"});
    CHECK(l("\r\nb") == VS{"", "b"});
    CHECK(l("a\r\n\nb") == VS{"a", "", "b"});
    CHECK(l("a\r\n\n\nb") == VS{"a", "", "", "b"});
    CHECK(l("a\rb\r\nc\n") == VS{"a", "b", "c"});
    CHECK(l("a\r\rx\n") == VS{"a", ""});
    CHECK(l("\r\n\r\n") == VS{"", ""});
    CHECK(l("ab\r") == VS{"ab"});
    // Mojo 1.2 on the same inputs
    CHECK(V(ms::splitlines("a\r\n\n\nb")) == VS{"a", "", "", "b"});
    CHECK(V(ms::splitlines("a\rb\r\nc\n")) == VS{"a", "b", "c"});
    CHECK(V(ms::splitlines("a\r\rx\n")) == VS{"a", "", "x"});
    CHECK(V(ms::splitlines("\r\n\r\n")) == VS{"", ""});
}
