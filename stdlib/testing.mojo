"""Mojo's `testing` module (Mojo 1.2 signatures and messages, checked with the
compiler), bound to `runtime-headers/mojo/testing/testing.hpp`.

Every assertion raises an Error. Mojo's message starts with the caller's
location ("At /path/f.mojo:4:21: AssertionError: ..."); Mojo gets it from a
`location: Optional[SourceLocation] = None` keyword defaulting to the call
site. The C++ functions take it as a last `location` argument ("file:line:col")
that mojoc can fill in; without it the "At ...: " prefix is omitted:

    assert_equal(1, 2)       -> AssertionError: `left == right` comparison failed:
                                   left: 1
                                  right: 2
    assert_equal(1, 2, "m")  -> ... plus a line "  reason: m"
    assert_not_equal(3, 3)   -> AssertionError: `left != right` comparison failed: ...
    assert_true(False)       -> AssertionError: condition was unexpectedly False
    assert_false(True, "no") -> AssertionError: no
    assert_almost_equal(1.0, 1.1)
                             -> AssertionError: 1.0 is not close to 1.1 with a diff of 0.10000000000000009
    with assert_raises(): pass
                             -> AssertionError: Didn't raise at <location>

`with assert_raises(contains="x"):` swallows an error whose message contains
"x" and lets any other error propagate unchanged.

Not declared: the Span/List[StringSlice] assert_equal overloads,
assert_equal_pyobj, TestSuite, assert_aborts.
"""

@__cpp("mojo::testing::assert_equal", include="mojo/testing/testing.hpp")
def assert_equal[T: Equatable & Writable, //](lhs: T, rhs: T, msg: String = "") raises: ...

@__cpp("mojo::testing::assert_not_equal", include="mojo/testing/testing.hpp")
def assert_not_equal[T: Equatable & Writable, //](lhs: T, rhs: T, msg: String = "") raises: ...

@__cpp("mojo::testing::assert_true", include="mojo/testing/testing.hpp")
def assert_true[T: Boolable, //](val: T, msg: String = "condition was unexpectedly False") raises: ...

@__cpp("mojo::testing::assert_false", include="mojo/testing/testing.hpp")
def assert_false[T: Boolable, //](val: T, msg: String = "condition was unexpectedly True") raises: ...

@__cpp("mojo::testing::assert_almost_equal", include="mojo/testing/testing.hpp")
def assert_almost_equal(lhs: Float64, rhs: Float64, msg: String = "", *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05, equal_nan: Bool = False) raises: ...

@__cpp("mojo::testing::assert_almost_equal", include="mojo/testing/testing.hpp")
def assert_almost_equal(lhs: Float32, rhs: Float32, msg: String = "", *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05, equal_nan: Bool = False) raises: ...

@__cpp("mojo::testing::assert_is", include="mojo/testing/testing.hpp")
def assert_is[T: Equatable & Writable, //](lhs: T, rhs: T, msg: String = "") raises: ...

@__cpp("mojo::testing::assert_is_not", include="mojo/testing/testing.hpp")
def assert_is_not[T: Equatable & Writable, //](lhs: T, rhs: T, msg: String = "") raises: ...

@__cpp("mojo::testing::assert_raises", include="mojo/testing/testing.hpp")
struct assert_raises:
    def __init__(out self): ...
    @__cpp("with_contains")
    def __init__(out self, *, contains: String): ...
    def __enter__(self): ...
    # the block finished without raising: raises "AssertionError: Didn't raise at ..."
    def __exit__(self) raises: ...
    # the block raised `error`: True swallows it (no `contains`, or the message
    # contains it); False lets it propagate unchanged
    def __exit__(self, error: Error) raises -> Bool: ...
