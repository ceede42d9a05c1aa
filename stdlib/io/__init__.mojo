"""Mojo's `std.io` package: `open`/`FileHandle` (io.file) and `input` (io.io).
All three are builtins in Mojo (no import needed); the prelude should load
them from here."""

from io.file import FileHandle, open
from io.io import input
