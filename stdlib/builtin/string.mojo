"""Mojo's `String` methods and string functions, bound to the C++ runtime in
`runtime-headers/mojo/string/` (namespace `mojo::strings`; every method is a
free function taking the receiver first, see stdlib/README.md).

The signatures are Mojo 1.2's (argument names, keyword-only and positional-only
markers, defaults, `raises`). Where Mojo returns a `StringSlice` view (split,
strip, removeprefix, s[byte=...], ...), the C++ side returns a `String` copy,
and `split`/`splitlines` give a `List[String]`. Read-only string arguments
(`StringSlice`, `StaticString`) are `std::string_view` in C++, so String and
StringLiteral arguments both bind without a copy. The headers document every
behaviour checked against the real compilers.

Not bound here:
- `s[grapheme=i]`, `graphemes()`, iterating a String directly (`for g in s`,
  grapheme clusters in 1.2): needs the UAX #29 tables.
- Mojo before 26.2 (0.25.6) spells or behaves differently; the C++ for those
  forms exists (an edition-aware binding must pick it):
    len(s)                          mojo::len(s)           (byte length)
    s[i]                            mojo::strings::detail::legacy_byte_at(s, i)
    s[a:b:c]                        mojo::strings::detail::legacy_slice(s, a, b, c, has_a, has_b)
    s.isdigit() / s.isprintable()   mojo::strings::isdigit / isprintable
    s.center/ljust/rjust(w, fill)   mojo::strings::center / ljust / rjust
    s.startswith / s.endswith       mojo::strings::detail::startswith_legacy / endswith_legacy
    s.replace("", new)              mojo::strings::detail::replace_legacy  (per byte)
    s.format(...)                   mojo::strings::detail::format_legacy
    s.splitlines(keepends)          mojo::strings::detail::splitlines_legacy
    atof(s) / Float64(s)            mojo::strings::detail::atof_legacy
  (split, strip, find, rfind, count, upper, lower, isupper, islower, isspace,
  join, removeprefix/removesuffix, hash give the same results in both.)
"""


# Construction, +, +=, comparisons, bool(s), print and String(x) are the core
# language's (sema's built-in String type); only the methods are declared here,
# so only the traits that need no further declaration are listed (Mojo's String
# is also Boolable, Comparable, Defaultable, Hashable, KeyElement, ...).
@__cpp("mojo::String", include="mojo/builtin/string.hpp")
struct String(Copyable, Movable, Writable):
    # --- length and indexing ------------------------------------------------
    # (1.2 rejects len(s), s[i] and s[a:b]: use these.)
    def byte_length(self) -> Int: ...                       # String::byte_length()

    @__cpp("mojo::strings::count_codepoints", include="mojo/string/codepoints.hpp")
    def count_codepoints(self) -> Int: ...

    # s[byte=i]: the codepoint starting at byte i (aborts off a boundary).
    @__cpp("mojo::strings::byte_at", include="mojo/string/codepoints.hpp")
    def __getitem__(self, *, byte: Int) -> String: ...
    # s[byte=a:b]: C++ byte_slice(s, start, end, has_start, has_end) -- the
    # slice arrives expanded as for List.slice (an omitted bound: has_* false).
    # (not declared yet: mojoc has no ContiguousSlice type)
    # @__cpp("mojo::strings::byte_slice", include="mojo/string/codepoints.hpp")
    # def __getitem__(self, *, byte: ContiguousSlice) -> String: ...
    # s[codepoint=i]
    @__cpp("mojo::strings::codepoint_at", include="mojo/string/codepoints.hpp")
    def __getitem__(self, *, codepoint: Int) -> String: ...
    # s[codepoint=a:b]: codepoint_slice(s, start, end, has_start, has_end)
    # @__cpp("mojo::strings::codepoint_slice", include="mojo/string/codepoints.hpp")
    # def __getitem__(self, *, codepoint: ContiguousSlice) -> String: ...

    # --- iteration ------------------------------------------------------------
    @__cpp("mojo::strings::codepoints", include="mojo/string/codepoints.hpp")
    def codepoints(self) -> CodepointsIter: ...
    @__cpp("mojo::strings::codepoint_slices", include="mojo/string/codepoints.hpp")
    def codepoint_slices(self) -> CodepointSliceIter: ...
    @__cpp("mojo::strings::as_bytes", include="mojo/string/codepoints.hpp")
    def as_bytes(self) -> BytesIter: ...                    # Mojo: Span[Byte, origin]
    @__cpp("mojo::strings::bytes", include="mojo/string/codepoints.hpp")
    def bytes(self) -> BytesIter: ...

    # --- operators --------------------------------------------------------------
    @__cpp("mojo::strings::contains", include="mojo/string/find.hpp")
    def __contains__(self, substr: StringSlice) -> Bool: ...
    @__cpp("mojo::repeat", include="mojo/builtin/string.hpp")
    def __mul__(self, n: Int) -> String: ...
    # 1.x hashing protocol: the bytes go to the caller's hasher (mojo::Hasher).
    # (not declared yet: mojoc has no Hasher trait; Dict keys hash Strings directly)
    # @__cpp("mojo::strings::hash_update", include="mojo/string/hash.hpp")
    # def __hash__[H: Hasher](self, mut hasher: H): ...
    @__cpp("mojo::atol", include="mojo/builtin/atol.hpp")
    def __int__(self) raises -> Int: ...
    @__cpp("mojo::strings::atof", include="mojo/string/atof.hpp")
    def __float__(self) raises -> Float64: ...

    # --- splitting and joining ------------------------------------------------
    @__cpp("mojo::strings::split", include="mojo/string/split.hpp")
    def split(self, sep: StringSlice) -> List[String]: ...
    @__cpp("mojo::strings::split", include="mojo/string/split.hpp")
    def split(self, sep: StringSlice, maxsplit: Int) -> List[String]: ...
    # The whitespace forms: split_whitespace(s[, None][, maxsplit]) accepts the
    # None argument or its absence.
    @__cpp("mojo::strings::split_whitespace", include="mojo/string/split.hpp")
    def split(self, sep: NoneType = None) -> List[String]: ...
    @__cpp("mojo::strings::split_whitespace", include="mojo/string/split.hpp")
    def split(self, sep: NoneType = None, *, maxsplit: Int) -> List[String]: ...
    @__cpp("mojo::strings::splitlines", include="mojo/string/split.hpp")
    def splitlines(self, keepends: Bool = False) -> List[String]: ...
    # elems: any List (the C++ join takes any range); elements written as print would.
    @__cpp("mojo::strings::join", include="mojo/string/join.hpp")
    def join[T: Copyable & Writable](self, elems: List[T]) -> String: ...

    # --- stripping ----------------------------------------------------------------
    @__cpp("mojo::strings::strip", include="mojo/string/strip.hpp")
    def strip(self, chars: StringSlice) -> String: ...
    @__cpp("mojo::strings::strip", include="mojo/string/strip.hpp")
    def strip(self) -> String: ...
    @__cpp("mojo::strings::rstrip", include="mojo/string/strip.hpp")
    def rstrip(self, chars: StringSlice) -> String: ...
    @__cpp("mojo::strings::rstrip", include="mojo/string/strip.hpp")
    def rstrip(self) -> String: ...
    @__cpp("mojo::strings::lstrip", include="mojo/string/strip.hpp")
    def lstrip(self, chars: StringSlice) -> String: ...
    @__cpp("mojo::strings::lstrip", include="mojo/string/strip.hpp")
    def lstrip(self) -> String: ...
    @__cpp("mojo::strings::removeprefix", include="mojo/string/strip.hpp")
    def removeprefix(self, prefix: StringSlice, /) -> String: ...
    @__cpp("mojo::strings::removesuffix", include="mojo/string/strip.hpp")
    def removesuffix(self, suffix: StringSlice, /) -> String: ...

    # --- searching ------------------------------------------------------------------
    @__cpp("mojo::strings::find", include="mojo/string/find.hpp")
    def find(self, substr: StringSlice, start: Int = 0) -> Int: ...
    @__cpp("mojo::strings::rfind", include="mojo/string/find.hpp")
    def rfind(self, substr: StringSlice, start: Int = 0) -> Int: ...
    @__cpp("mojo::strings::count", include="mojo/string/find.hpp")
    def count(self, substr: StringSlice) -> Int: ...
    @__cpp("mojo::strings::startswith", include="mojo/string/find.hpp")
    def startswith(self, prefix: StringSlice, start: Int = 0, end: Int = -1) -> Bool: ...
    @__cpp("mojo::strings::endswith", include="mojo/string/find.hpp")
    def endswith(self, suffix: StringSlice, start: Int = 0, end: Int = -1) -> Bool: ...
    @__cpp("mojo::strings::replace", include="mojo/string/replace.hpp")
    def replace(self, old: StringSlice, new: StringSlice) -> String: ...

    # --- case and character classes ---------------------------------------------------
    @__cpp("mojo::strings::upper", include="mojo/string/case.hpp")
    def upper(self) -> String: ...
    @__cpp("mojo::strings::lower", include="mojo/string/case.hpp")
    def lower(self) -> String: ...
    @__cpp("mojo::strings::isupper", include="mojo/string/case.hpp")
    def isupper(self) -> Bool: ...
    @__cpp("mojo::strings::islower", include="mojo/string/case.hpp")
    def islower(self) -> Bool: ...
    @__cpp("mojo::strings::is_ascii_digit", include="mojo/string/case.hpp")
    def is_ascii_digit(self) -> Bool: ...
    # Deprecated in 1.2 (warning: "'isspace' is deprecated, use
    # 'is_ascii_whitespace' instead"); both accept U+0085, U+2028, U+2029.
    @__cpp("mojo::strings::isspace", include="mojo/string/case.hpp")
    def isspace(self) -> Bool: ...
    @__cpp("mojo::strings::is_ascii_whitespace", include="mojo/string/case.hpp")
    def is_ascii_whitespace(self) -> Bool: ...
    @__cpp("mojo::strings::is_ascii_printable", include="mojo/string/case.hpp")
    def is_ascii_printable(self) -> Bool: ...

    # --- padding (widths in bytes) ---------------------------------------------------------
    @__cpp("mojo::strings::ascii_rjust", include="mojo/string/justify.hpp")
    def ascii_rjust(self, width: Int, fillchar: StaticString = " ") -> String: ...
    @__cpp("mojo::strings::ascii_ljust", include="mojo/string/justify.hpp")
    def ascii_ljust(self, width: Int, fillchar: StaticString = " ") -> String: ...
    @__cpp("mojo::strings::ascii_center", include="mojo/string/justify.hpp")
    def ascii_center(self, width: Int, fillchar: StaticString = " ") -> String: ...

    # --- formatting ----------------------------------------------------------------------------
    # C++: template format(fmt, const Ts&... args) -> Raises<String>.
    @__cpp("mojo::strings::format", include="mojo/string/format.hpp")
    def format[*Ts: Writable](self, *args: *Ts) raises -> String: ...
    # "...".format(...) on a literal: Mojo checks the format string at compile
    # time, so the call does not raise (sema calls this for a literal receiver)
    @__cpp("mojo::strings::format_literal", include="mojo/string/format.hpp")
    def __literal_format[*Ts: Writable](self, *args: *Ts) -> String: ...


# What s.codepoints() yields: a Unicode codepoint (prints as its character).
@__cpp("mojo::strings::Codepoint", include="mojo/string/codepoints.hpp")
struct Codepoint(Copyable, Movable, Writable, EqualityComparable):
    def to_u32(self) -> UInt32: ...
    def utf8_byte_length(self) -> Int: ...
    def is_ascii(self) -> Bool: ...
    def is_ascii_digit(self) -> Bool: ...
    def is_ascii_upper(self) -> Bool: ...
    def is_ascii_lower(self) -> Bool: ...
    def is_ascii_printable(self) -> Bool: ...
    def is_posix_space(self) -> Bool: ...
    def __int__(self) -> Int: ...
    def __eq__(self, other: Self) -> Bool: ...
    def __ne__(self, other: Self) -> Bool: ...


# The iterables of s.codepoints(), s.codepoint_slices(), s.as_bytes()/s.bytes()
# (Mojo: CodepointsIter, CodepointSliceIter, Span[Byte]/BytesIter). As for List,
# __iter__/__next__ only give sema the element type: `for c in s.codepoints()`
# is a C++ range-for over the object (begin()/end() yield Codepoint, String and
# UInt8); len() is the number of items.
@__cpp("mojo::strings::CodepointRange", include="mojo/string/codepoints.hpp")
struct CodepointsIter(Copyable, Movable, Sized):
    def __len__(self) -> Int: ...
    def __iter__(self) -> Self: ...
    def __next__(mut self) -> Codepoint: ...


@__cpp("mojo::strings::CodepointSliceRange", include="mojo/string/codepoints.hpp")
struct CodepointSliceIter(Copyable, Movable, Sized):
    def __len__(self) -> Int: ...
    def __iter__(self) -> Self: ...
    def __next__(mut self) -> String: ...                   # Mojo: StringSlice


@__cpp("mojo::strings::ByteRange", include="mojo/string/codepoints.hpp")
struct BytesIter(Copyable, Movable, Sized):
    def __len__(self) -> Int: ...
    def __getitem__(self, idx: Int) -> UInt8: ...
    def __iter__(self) -> Self: ...
    def __next__(mut self) -> UInt8: ...


# --- free functions -----------------------------------------------------------------------------

# atof("2.25") == 2.25; raises "String is not convertible to float: ..." (atof.hpp).
@__cpp("mojo::strings::atof", include="mojo/string/atof.hpp")
def atof(str_slice: StringSlice) raises -> Float64: ...


# hash(s): Mojo's default hasher on the bytes (UInt64, the value Mojo prints).
@__cpp("mojo::strings::hash", include="mojo/string/hash.hpp")
def hash(s: StringSlice) -> UInt64: ...

# atol("12") == 12, atol("ff", 16) == 255; raises on anything else (builtin/atol.hpp).
@__cpp("mojo::atol", include="mojo/builtin/atol.hpp")
def atol(str_slice: StringSlice, base: Int = 10) raises -> Int: ...

# Provided by the core language instead: ord(s) / chr(c) (builtin/radix.hpp).
