"""Mojo's builtin `input()` (std.io.io), bound to
`runtime-headers/mojo/io/input.hpp`.

Checked with Mojo 1.2: `input(prompt="") raises -> String` prints the prompt
without a newline, returns the line without its final byte (the newline; a
"\r" before it is kept) and raises `EOF` at end of input. Each call reads
through a fresh FILE over dup(stdin), so with piped input only the first call
sees data (the second raises EOF), exactly as in Mojo.
"""

@__cpp("mojo::io::input", include="mojo/io/input.hpp")
def input(prompt: String = "") raises -> String: ...
