// mojo/os/fs.hpp -- os.listdir, remove, unlink, mkdir, makedirs, rmdir,
// removedirs, chdir, getuid, isatty. Host only (POSIX).
//
// Error messages are Mojo 1.2's (strerror text after " Err: "):
//   listdir:  "the directory '<p>' does not exist" (also for a file)
//   remove/unlink: "Can not remove file: <p> Err: No such file or directory"
//   mkdir:    "Can not create directory: <p> Err: File exists"
//   makedirs: the mkdir message + "\nset `makedirs(path, exist_ok=True)` to
//             allow existing dirs" (whatever the cause) unless exist_ok; with
//             exist_ok a path that is not a directory afterwards raises
//             "path not created: <p>\n<mkdir message>"
//   rmdir:    "Can not remove directory: <p> Err: Directory not empty"
//   chdir:    "chdir failed: <p> Err: No such file or directory"
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/os/path.hpp"

namespace mojo::os {

namespace detail {
inline String with_errno(const char* what, const String& p, int err) {
    return String(what) + p + " Err: " + std::strerror(err);
}
}  // namespace detail

// listdir(path) -> List[String]: the entries in readdir order, without "." and
// "..". L is the list type (mojo::List<mojo::String>); the binding names it:
// @__cpp("mojo::os::listdir<mojo::List<mojo::String>>"). It needs a default
// constructor and append(String).
template <class L>
inline Raises<L> listdir(const String& p) {
    if (!path::isdir(p)) return Error("the directory '" + p + "' does not exist");
    DIR* d = ::opendir(p.c_str());
    if (d == nullptr) return Error("unable to open the directory '" + p + "' Err: " + std::strerror(errno));
    L out{};
    while (const struct dirent* e = ::readdir(d)) {
        const char* n = e->d_name;
        if (std::strcmp(n, ".") == 0 || std::strcmp(n, "..") == 0) continue;
        out.append(String(n));
    }
    ::closedir(d);
    return out;
}

inline Raises<void> remove(const String& p) {
    if (::unlink(p.c_str()) != 0) return Error(detail::with_errno("Can not remove file: ", p, errno));
    return {};
}
inline Raises<void> unlink(const String& p) { return remove(p); }

inline Raises<void> mkdir(const String& p, Int mode = Int(0777)) {
    if (::mkdir(p.c_str(), static_cast<mode_t>(mode.value)) != 0)
        return Error(detail::with_errno("Can not create directory: ", p, errno));
    return {};
}

// makedirs(path, mode=0o777, exist_ok=False): creates the missing parents
// first (their errors are ignored, as in Mojo), then the leaf.
inline Raises<void> makedirs(const String& p, Int mode = Int(0777), bool exist_ok = false) {
    String head = path::split_head(p), tail = path::split_tail(p);
    if (tail.size() == 0) {
        tail = path::split_tail(head);
        head = path::split_head(head);
    }
    if (head.size() != 0 && tail.size() != 0 && !path::exists(head)) {
        (void)makedirs(head, Int(0777), exist_ok);
        if (tail == String(".")) return {};
    }
    Raises<void> r = mkdir(p, mode);
    if (r.has_error()) {
        if (!exist_ok)
            return Error(String(r.error().message()) + "\nset `makedirs(path, exist_ok=True)` to allow existing dirs");
        if (!path::isdir(p)) return Error("path not created: " + p + "\n" + String(r.error().message()));
    }
    return {};
}

inline Raises<void> rmdir(const String& p) {
    if (::rmdir(p.c_str()) != 0) return Error(detail::with_errno("Can not remove directory: ", p, errno));
    return {};
}

// removedirs(path): rmdir(path) (its error is raised), then each parent while
// it can be removed (the first failure stops silently).
inline Raises<void> removedirs(const String& p) {
    MOJO_TRY(rmdir(p));
    String head = path::split_head(p), tail = path::split_tail(p);
    if (tail.size() == 0) {
        tail = path::split_tail(head);
        head = path::split_head(head);
    }
    while (head.size() != 0 && tail.size() != 0) {
        if (rmdir(head).has_error()) break;
        tail = path::split_tail(head);
        head = path::split_head(head);
    }
    return {};
}

inline Raises<void> chdir(const String& p) {
    if (::chdir(p.c_str()) != 0) return Error(detail::with_errno("chdir failed: ", p, errno));
    return {};
}

inline Int getuid() noexcept { return Int(static_cast<std::int64_t>(::getuid())); }
inline bool isatty(Int fd) noexcept { return ::isatty(static_cast<int>(fd.value)) == 1; }

}  // namespace mojo::os
