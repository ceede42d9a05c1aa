"""Mojo's `os` package (Mojo 1.2 signatures and messages, checked with the
compiler), bound to `runtime-headers/mojo/os/{env,fs}.hpp`.

Mojo takes any `PathLike` for paths; String (and StringLiteral, which
converts) is declared here. Errors carry Mojo's messages, e.g.
`Can not remove file: /nope Err: No such file or directory`,
`the directory '/nope' does not exist` (listdir), `Can not create directory:
/tmp Err: File exists` (mkdir; makedirs adds a second line
"set `makedirs(path, exist_ok=True)` to allow existing dirs").

Not in Mojo 1.2 (so not declared): `getcwd`, `rename`, `getpid`, `walk`,
`environ`, `cpu_count`. Not declared: `stat`/`lstat` (stat_result),
`symlink`/`link`, `abort` (Mojo prints "ABORT: <file:line:col>: msg" and
traps), `atomic`, `process`.
"""

comptime sep = "/"
comptime SEEK_SET: UInt8 = 0
comptime SEEK_CUR: UInt8 = 1
comptime SEEK_END: UInt8 = 2

# getenv(name, default=""): a variable set to "" gives "".
@__cpp("mojo::os::getenv", include="mojo/os/env.hpp")
def getenv(name: String, default: String = "") -> String: ...

# setenv/unsetenv return whether libc succeeded (False for "" or a name with
# '='); setenv(..., overwrite=False) keeps an existing value and returns True.
@__cpp("mojo::os::setenv", include="mojo/os/env.hpp")
def setenv(name: String, value: String, overwrite: Bool = True) -> Bool: ...

@__cpp("mojo::os::unsetenv", include="mojo/os/env.hpp")
def unsetenv(name: String) -> Bool: ...

# listdir: readdir order, without "." and "..".
@__cpp("mojo::os::listdir<mojo::List<mojo::String>>", include="mojo/os/fs.hpp")
def listdir(path: String) raises -> List[String]: ...

@__cpp("mojo::os::remove", include="mojo/os/fs.hpp")
def remove(path: String) raises: ...

@__cpp("mojo::os::unlink", include="mojo/os/fs.hpp")
def unlink(path: String) raises: ...

@__cpp("mojo::os::mkdir", include="mojo/os/fs.hpp")
def mkdir(path: String, mode: Int = 0o777) raises: ...

@__cpp("mojo::os::makedirs", include="mojo/os/fs.hpp")
def makedirs(path: String, mode: Int = 0o777, exist_ok: Bool = False) raises: ...

@__cpp("mojo::os::rmdir", include="mojo/os/fs.hpp")
def rmdir(path: String) raises: ...

# removedirs: rmdir(path), then its parents while they can be removed.
@__cpp("mojo::os::removedirs", include="mojo/os/fs.hpp")
def removedirs(path: String) raises: ...

@__cpp("mojo::os::chdir", include="mojo/os/fs.hpp")
def chdir(path: String) raises: ...

@__cpp("mojo::os::getuid", include="mojo/os/fs.hpp")
def getuid() -> Int: ...

@__cpp("mojo::os::isatty", include="mojo/os/fs.hpp")
def isatty(fd: Int) -> Bool: ...
