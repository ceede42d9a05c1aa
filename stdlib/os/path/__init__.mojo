"""Mojo's `os.path` (Mojo 1.2 signatures and behaviour, checked with the
compiler), bound to `runtime-headers/mojo/os/path.hpp`. Paths are String here
(Mojo: any PathLike).

Raising in Mojo 1.2: split_extension, expanduser, realpath, getsize (the
others do not). There is no `splitext` (it is `split_extension`), `abspath`,
`isabs` (it is `is_absolute`), `normpath` or `getcwd` in 1.2.
"""

@__cpp("mojo::os::path::exists", include="mojo/os/path.hpp")
def exists(path: String) -> Bool: ...

@__cpp("mojo::os::path::lexists", include="mojo/os/path.hpp")
def lexists(path: String) -> Bool: ...

@__cpp("mojo::os::path::isdir", include="mojo/os/path.hpp")
def isdir(path: String) -> Bool: ...

@__cpp("mojo::os::path::isfile", include="mojo/os/path.hpp")
def isfile(path: String) -> Bool: ...

@__cpp("mojo::os::path::islink", include="mojo/os/path.hpp")
def islink(path: String) -> Bool: ...

@__cpp("mojo::os::path::is_absolute", include="mojo/os/path.hpp")
def is_absolute(path: String) -> Bool: ...

# join("a", "b", "c") == "a/b/c"; an absolute part restarts: join("a", "/b") == "/b";
# join("a", "") == "a/".
@__cpp("mojo::os::path::join", include="mojo/os/path.hpp")
def join(path: String, *paths: String) -> String: ...

# dirname("/x/y.txt") == "/x", dirname("y") == "", dirname("/y") == "/"
@__cpp("mojo::os::path::dirname", include="mojo/os/path.hpp")
def dirname(path: String) -> String: ...

# basename("/x/y.txt") == "y.txt", basename("/x/") == ""
@__cpp("mojo::os::path::basename", include="mojo/os/path.hpp")
def basename(path: String) -> String: ...

@__cpp("mojo::os::path::split_head", include="mojo/os/path.hpp")
def _split_head(path: String) -> String: ...

@__cpp("mojo::os::path::split_tail", include="mojo/os/path.hpp")
def _split_tail(path: String) -> String: ...

# split("/x/y.txt") == ("/x", "y.txt")
def split(path: String) -> Tuple[String, String]:
    return (_split_head(path), _split_tail(path))

@__cpp("mojo::os::path::split_extension_root", include="mojo/os/path.hpp")
def _split_extension_root(path: String) -> String: ...

@__cpp("mojo::os::path::split_extension_ext", include="mojo/os/path.hpp")
def _split_extension_ext(path: String) -> String: ...

# split_extension("a/b.tar.gz") == ("a/b.tar", ".gz"); (".bashrc") -> (".bashrc", "")
def split_extension(path: String) raises -> Tuple[String, String]:
    return (_split_extension_root(path), _split_extension_ext(path))

# getsize: "unable to stat '<path>'" when it cannot.
@__cpp("mojo::os::path::getsize", include="mojo/os/path.hpp")
def getsize(path: String) raises -> Int: ...

# realpath: "realpath failed to resolve: No such file or directory".
@__cpp("mojo::os::path::realpath", include="mojo/os/path.hpp")
def realpath(path: String) raises -> String: ...

@__cpp("mojo::os::path::expanduser", include="mojo/os/path.hpp")
def expanduser(path: String) raises -> String: ...

# expandvars: "$NAME" / "${NAME}" replaced when set and non-empty, else kept.
@__cpp("mojo::os::path::expandvars", include="mojo/os/path.hpp")
def expandvars(path: String) -> String: ...
