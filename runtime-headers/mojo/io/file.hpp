// mojo/io/file.hpp -- Mojo's builtin open() and FileHandle. Host only (POSIX).
//
// Like Mojo 1.2 this is a plain file descriptor with unbuffered read/write/
// lseek (so writes are visible to a reader at once), not a FILE*:
//   open(path, mode): mode "r" (read), "w" (create/truncate), "rw" (read and
//     write, created if missing, not truncated) or "a" (append). "w", "rw" and
//     "a" first create the missing parent directories.
//   FileHandle.read(size=-1) raises -> String   (whole rest when size < 0)
//   FileHandle.read_bytes(size=-1) raises -> List[UInt8]
//   FileHandle.write(*args)     (no raise; args formatted as print does, no separator)
//   FileHandle.seek(offset, whence=0) raises -> UInt64 (new position)
//   FileHandle.close() raises   (a second close does nothing)
//   __enter__ returns the handle; the file is closed when the handle is
//   destroyed (m__del__, or the C++ destructor).
// Error messages are Mojo's:
//   `invalid mode: "q". Can only be one of: {"r", "w", "rw", "a"}`
//   "Failed to open file '<p>': No such file or directory"
//   "invalid file handle" (reading/seeking a closed handle)
//   "Failed to seek in file: Invalid argument"
//   "Cannot construct a String from invalid UTF-8 data" (read() of bad UTF-8)
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/io/utf8.hpp"
#include "mojo/os/fs.hpp"
#include "mojo/os/path.hpp"

namespace mojo::io {

class FileHandle {
    int fd_ = -1;

    // Reads up to `size` bytes (all remaining when size < 0) into `out`.
    Raises<void> read_into(std::string& out, std::int64_t size) const {
        if (fd_ < 0) return Error("invalid file handle");
        std::size_t cap = size >= 0 ? static_cast<std::size_t>(size) : 256;
        out.resize(cap);
        std::size_t got = 0;
        while (true) {
            const ssize_t r = ::read(fd_, &out[got], out.size() - got);
            if (r < 0) {
                if (errno == EINTR) continue;
                return Error(String("Failed to read from file: ") + std::strerror(errno));
            }
            got += static_cast<std::size_t>(r);
            if ((size >= 0 && got == static_cast<std::size_t>(size)) || r == 0) break;
            if (size < 0 && got == out.size()) out.resize(out.size() * 2);
        }
        out.resize(got);
        return {};
    }

public:
    FileHandle() noexcept = default;
    explicit FileHandle(int fd) noexcept : fd_(fd) {}
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    FileHandle(FileHandle&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
    FileHandle& operator=(FileHandle&& o) noexcept {
        if (this != &o) {
            if (fd_ >= 0) ::close(fd_);
            fd_ = std::exchange(o.fd_, -1);
        }
        return *this;
    }
    ~FileHandle() {
        if (fd_ >= 0) ::close(fd_);
    }

    // FileHandle(): not open (every operation but write/close raises).
    static FileHandle m__init__() noexcept { return FileHandle(); }
    // FileHandle(path, mode) raises: the same as open(path, mode).
    static Raises<FileHandle> m__init__(const String& path, const String& mode) {
        int flags;
        bool create_dirs = true;
        const std::string& m = mode.str();
        if (m == "r") {
            flags = O_RDONLY | O_CLOEXEC;
            create_dirs = false;
        } else if (m == "w") flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
        else if (m == "rw") flags = O_RDWR | O_CREAT | O_CLOEXEC;
        else if (m == "a") flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC;
        else return Error("invalid mode: \"" + mode + "\". Can only be one of: {\"r\", \"w\", \"rw\", \"a\"}");
        if (create_dirs) {
            const String parent = mojo::os::path::dirname(path);
            if (parent.size() != 0) {
                Raises<void> r = mojo::os::makedirs(parent, Int(0777), true);
                if (r.has_error())
                    return Error("unable to create directories '" + parent + "': " + String(r.error().message()));
            }
        }
        const int fd = ::open(path.c_str(), flags, 0666);
        if (fd < 0) return Error("Failed to open file '" + path + "': " + std::strerror(errno));
        return FileHandle(fd);
    }

    Raises<void> close() {
        if (fd_ < 0) return {};
        const int r = ::close(fd_);
        fd_ = -1;
        if (r < 0) return Error(String("Failed to close file: ") + std::strerror(errno));
        return {};
    }
    // Mojo's destructor: close, ignoring errors.
    void m__del__() noexcept {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    // `with open(...) as f`: the handle itself (moved out, as `var self`).
    FileHandle m__enter__() { return std::move(*this); }

    Raises<String> read(Int size = Int(-1)) const {
        std::string bytes;
        MOJO_TRY(read_into(bytes, size.value));
        if (!detail::valid_utf8(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()))
            return Error("Cannot construct a String from invalid UTF-8 data");
        return String(std::move(bytes));
    }

    // Raw bytes appended one by one to any list of UInt8 (L needs append).
    template <class L>
    Raises<L> read_bytes(Int size = Int(-1)) const {
        std::string bytes;
        MOJO_TRY(read_into(bytes, size.value));
        L out{};
        for (unsigned char c : bytes) out.append(UInt8(c));
        return out;
    }

    // seek(offset, whence=0 (SEEK_SET) / 1 (SEEK_CUR) / 2 (SEEK_END)) -> new position.
    Raises<UInt64> seek(Int offset, UInt8 whence = UInt8(0)) const {
        if (fd_ < 0) return Error("invalid file handle");
        const off_t pos = ::lseek(fd_, static_cast<off_t>(offset.value), static_cast<int>(whence.value));
        if (pos < 0) return Error(String("Failed to seek in file: ") + std::strerror(errno));
        return UInt64(static_cast<std::uint64_t>(pos));
    }

    // write(*args): each argument's print text, no separator. On a closed
    // handle nothing is written (Mojo: undefined). Short writes are retried.
    template <class... Ts>
    void write(const Ts&... args) {
        std::string buf;
        mojo::detail::StringWriter w(buf);
        (mojo::detail::write_value(w, args), ...);
        write_raw(buf.data(), buf.size());
    }
    void write_raw(const char* p, std::size_t n) {
        if (fd_ < 0) return;
        while (n > 0) {
            const ssize_t r = ::write(fd_, p, n);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) return;
            p += r;
            n -= static_cast<std::size_t>(r);
        }
    }
    // Writer protocol (so a FileHandle can be the target of write_to).
    void write_bytes(const char* p, std::size_t n) { write_raw(p, n); }

    int fd() const noexcept { return fd_; }
};

// open(path, mode) raises -> FileHandle
inline Raises<FileHandle> open(const String& path, const String& mode) { return FileHandle::m__init__(path, mode); }

// FileHandle.read_bytes as a free function for the binding
// @__cpp("mojo::io::read_bytes<mojo::List<mojo::UInt8>>").
template <class L>
inline Raises<L> read_bytes(const FileHandle& f, Int size = Int(-1)) {
    return f.template read_bytes<L>(size);
}

}  // namespace mojo::io
