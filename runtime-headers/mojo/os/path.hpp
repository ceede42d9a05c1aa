// mojo/os/path.hpp -- os.path: exists, isdir, isfile, islink, lexists, join,
// basename, dirname, split, split_extension, getsize, expanduser, expandvars,
// realpath, is_absolute. Host only (POSIX). String arguments (Mojo takes any
// PathLike; String and StringLiteral are the common ones).
//
// Semantics and error messages follow Mojo 1.2 (checked with the compiler):
//   dirname("/x/y/") == "/x/y", dirname("//a") == "//", basename("/x/") == "",
//   join("a", "/b") == "/b", join("a", "") == "a/",
//   split_extension(".bashrc") == (".bashrc", ""), ("a.") -> ("a", "."),
//   expandvars leaves unset variables as written, expanduser("~nosuchuser/x")
//   is unchanged. Errors: getsize: "unable to stat '<p>'", realpath:
//   "realpath failed to resolve: <strerror>".
#pragma once

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/os/env.hpp"

namespace mojo::os::path {

namespace detail {
// "a//" -> "a" unless the whole string is separators (then kept: "/", "//").
inline std::string strip_trailing_seps(std::string head) {
    if (head.empty() || head.find_first_not_of('/') == std::string::npos) return head;
    while (!head.empty() && head.back() == '/') head.pop_back();
    return head;
}
inline std::string errno_text(int err) { return std::strerror(err); }
}  // namespace detail

inline bool exists(const String& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0;
}
inline bool lexists(const String& p) {
    struct stat st;
    return ::lstat(p.c_str(), &st) == 0;
}
inline bool isdir(const String& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}
inline bool isfile(const String& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
inline bool islink(const String& p) {
    struct stat st;
    return ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}
inline bool is_absolute(const String& p) { return !p.str().empty() && p.str()[0] == '/'; }

// join(path, *paths): an absolute component restarts the path; '/' is added
// unless the path so far is empty or already ends with one.
inline String join(const String& path, const Variadic<String>& paths) {
    std::string r = path.str();
    for (std::int64_t i = 0; i < paths.size().value; ++i) {
        const std::string& c = paths[i].str();
        if (!c.empty() && c[0] == '/') r = c;
        else if (r.empty() || r.back() == '/') r += c;
        else {
            r += '/';
            r += c;
        }
    }
    return String(std::move(r));
}

inline String dirname(const String& p) {
    const std::string& s = p.str();
    const std::size_t i = s.rfind('/');
    return String(detail::strip_trailing_seps(i == std::string::npos ? std::string() : s.substr(0, i + 1)));
}
inline String basename(const String& p) {
    const std::string& s = p.str();
    const std::size_t i = s.rfind('/');
    return String(detail::strip_trailing_seps(i == std::string::npos ? s : s.substr(i + 1)));
}
// split(p) = (head, tail): the halves, bound one by one (Mojo returns a Tuple).
inline String split_head(const String& p) { return dirname(p); }
inline String split_tail(const String& p) {
    const std::string& s = p.str();
    const std::size_t i = s.rfind('/');
    return String(i == std::string::npos ? s : s.substr(i + 1));
}

namespace detail {
// Index where the extension starts (s.size() when there is none): the last
// '.' after the last '/', unless the name is only dots before it.
inline std::size_t extension_start(const std::string& s) {
    const std::size_t sep = s.rfind('/');
    const std::size_t dot = s.rfind('.');
    const std::ptrdiff_t head_end = sep == std::string::npos ? -1 : std::ptrdiff_t(sep);
    if (dot != std::string::npos && std::ptrdiff_t(dot) > head_end) {
        for (std::ptrdiff_t k = head_end + 1; k < std::ptrdiff_t(dot); ++k)
            if (s[std::size_t(k)] != '.') return dot;
    }
    return s.size();
}
}  // namespace detail
// split_extension(p) = (root, ext), bound as two halves.
inline String split_extension_root(const String& p) {
    const std::string& s = p.str();
    return String(s.substr(0, detail::extension_start(s)));
}
inline String split_extension_ext(const String& p) {
    const std::string& s = p.str();
    return String(s.substr(detail::extension_start(s)));
}

inline Raises<Int> getsize(const String& p) {
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) return Error("unable to stat '" + p + "'");
    return Int(static_cast<std::int64_t>(st.st_size));
}

inline Raises<String> realpath(const String& p) {
    char buf[PATH_MAX];
    if (::realpath(p.c_str(), buf) == nullptr) return Error(String("realpath failed to resolve: ") + detail::errno_text(errno));
    return String(buf);
}

// expanduser: "~" and "~/x" use $HOME (else the password database); "~user/x"
// that user's home. Unchanged when there is no home or no leading "~".
inline Raises<String> expanduser(const String& p) {
    const std::string& s = p.str();
    if (s.empty() || s[0] != '~') return p;
    std::size_t user_end = s.find('/', 1);
    if (user_end == std::string::npos) user_end = s.size();
    std::string home;
    if (s.size() > 1 && user_end > 1) {
        const std::string user = s.substr(1, user_end - 1);
        if (const struct passwd* pw = ::getpwnam(user.c_str())) home = pw->pw_dir ? pw->pw_dir : "";
    } else {
        const char* h = std::getenv("HOME");
        if (h && *h) home = h;
        else if (const struct passwd* pw = ::getpwuid(::getuid())) home = pw->pw_dir ? pw->pw_dir : "";
    }
    if (home.empty()) return p;
    const std::size_t slash = s.find('/');
    if (slash == std::string::npos) return String(home);
    return join(String(home), Variadic<String>{String(s.substr(slash + 1))});
}

namespace detail {
inline bool shell_special(unsigned char b) {
    return b == '*' || b == '#' || b == '$' || b == '@' || b == '!' || b == '?' || b == '-' || (b >= '0' && b <= '9');
}
inline bool name_char(unsigned char b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}
}  // namespace detail

// expandvars: "$name" and "${name}" are replaced by the variable's value when
// it is set and non-empty, and kept as written otherwise. Mojo's quirks are
// kept: "${HOME" (no closing brace) expands, "${@}" becomes "${".
inline String expandvars(const String& p) {
    const std::string& s = p.str();
    const std::size_t n = s.size();
    std::string out;
    bool any = false;
    std::size_t i = 0, j = 0;
    while (j < n) {
        if (s[j] == '$' && j + 1 < n) {
            any = true;
            out.append(s, i, j - i);
            // parse the name after '$'
            const std::size_t b = j + 1;
            std::string name;
            std::size_t length = 0;
            if (s[b] == '{') {
                if (n - b > 2 && detail::shell_special(static_cast<unsigned char>(s[b + 1])) && s[b + 2] == '}') {
                    name = s.substr(b + 1, 1);
                    length = 3;
                } else {
                    std::size_t k = 1;
                    while (b + k < n && s[b + k] != '}') ++k;
                    name = s.substr(b + 1, k - 1);
                    length = b + k < n ? k + 1 : k;
                }
            } else if (detail::shell_special(static_cast<unsigned char>(s[b]))) {
                name = s.substr(b, 1);
                length = 1;
            } else {
                std::size_t k = 0;
                while (b + k < n && detail::name_char(static_cast<unsigned char>(s[b + k]))) ++k;
                name = s.substr(b, k);
                length = k;
            }
            if (name.empty() || name[0] == '{') {
                out.append(s, j, length + 1);
            } else if (detail::shell_special(static_cast<unsigned char>(name[0]))) {
                out.append(s, j, 2);
            } else {
                const char* v = std::getenv(name.c_str());
                if (v && *v) out += v;
                else out.append(s, j, length + 1);
            }
            j += length;
            i = j + 1;
        }
        ++j;
    }
    if (!any) return p;
    if (i < n) out.append(s, i, std::string::npos);
    return String(std::move(out));
}

}  // namespace mojo::os::path
