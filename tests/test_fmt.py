"""Tests for govm.fmt: byte-for-byte agreement with Go 1.19's fmt.

Two kinds of tests:

* Oracle tables (need ``go``; skipped with a reason otherwise).  Thousands of
  cases -- a product of verbs x flags/width/precision x values, random float
  bit patterns, format-string edge cases, Sprint/Sprintln mixes, composite
  values and the builtin println -- are written into ONE Go program, run
  once with ``go run`` (a module-scoped fixture), and each result is
  compared with govm.fmt's.  Each case carries its Python value tuples and
  the Go expression for the same value.
* Hard-coded cases: expected strings obtained by running real Go 1.19 (the
  same oracle, once, by hand); these run even without ``go``.
"""
from __future__ import annotations

import math
import os
import random
import shutil
import struct
import subprocess
import tempfile

import pytest

from govm import fmt as F

HAVE_GO = shutil.which("go") is not None


# ---------------------------------------------------------------- case building

class V:
    """A test value: ``py`` is the tuple handed to govm.fmt, ``go`` the Go expression."""

    def __init__(self, py, go):
        self.py, self.go = py, go

    def __repr__(self):
        return f"V({self.py!r})"


def go_string_lit(b: bytes) -> str:
    return '"' + "".join("\\x%02x" % c for c in b) + '"'


_NAMED = {"main.MyInt": "MyInt", "main.Celsius": "Celsius", "main.MyStr": "MyStr",
          "main.MyU8": "MyU8", "main.MyBool": "MyBool", "main.F32": "F32"}


def iv(kind, n, tname=None):
    conv = _NAMED[tname] if tname else kind
    return V((kind, n, tname) if tname else (kind, n), f"{conv}({n})")


def _go_float(x: float, conv: str) -> str:
    """A Go expression for the exact float x (a constant where possible: they
    compile much faster than function calls)."""
    if math.isnan(x):
        return "math.NaN()"
    if math.isinf(x):
        return f"math.Inf({1 if x > 0 else -1})"
    if x == 0 and math.copysign(1, x) < 0:
        return "math.Copysign(0, -1)"
    return f"{conv}({x!r})"


def fv(x, tname=None):
    e = _go_float(x, "float64")
    if tname:
        return V(("float64", x, tname), f"{_NAMED[tname]}({e})")
    return V(("float64", x), e)


def f32v(x, tname=None):
    x32 = F.to_float32(x)
    e = _go_float(x32, "float32")
    if not math.isfinite(x32) or e.startswith("math.Copysign"):
        e = f"float32({e})"
    if tname:
        return V(("float32", x32, tname), f"{_NAMED[tname]}({e})")
    return V(("float32", x32), e)


def sv(b, tname=None):
    if isinstance(b, str):
        b = b.encode()
    lit = go_string_lit(b)
    if tname:
        return V(("string", b, tname), f"{_NAMED[tname]}({lit})")
    return V(("string", b), f"string({lit})")


def bv(x, tname=None):
    if tname:
        return V(("bool", x, tname), f"{_NAMED[tname]}({'true' if x else 'false'})")
    return V(("bool", x), "true" if x else "false")


NIL = V(("nil", None), "nil")


class Case:
    def __init__(self, mode, fmt, args):
        self.mode, self.fmt, self.args = mode, fmt, args   # mode: printf/print/println

    def run_py(self) -> bytes:
        a = [v.py for v in self.args]
        if self.mode == "printf":
            return F.sprintf(self.fmt, a)
        if self.mode == "print":
            return F.sprint(a)
        return F.sprintln(a)

    def go_stmt(self) -> str:
        """One element of the Go program's case table: {mode, format, args}."""
        mode = {"printf": 0, "print": 1, "println": 2}[self.mode]
        args = ", ".join(v.go for v in self.args)
        return f"{{{mode}, {go_string_lit(self.fmt)}, []interface{{}}{{{args}}}}},"

    def __repr__(self):
        return f"{self.mode}({self.fmt!r}, {self.args!r})"


INTS = [
    iv("int", 0), iv("int", 1), iv("int", -1), iv("int", 42), iv("int", -42), iv("int", 255),
    iv("int", 1000000), iv("int", 9223372036854775807), iv("int", -9223372036854775808),
    iv("int8", -128), iv("int8", 127), iv("int16", -32768), iv("int32", 0x1F600),
    iv("int32", -5), iv("uint8", 200), iv("uint16", 65535), iv("uint32", 4294967295),
    iv("uint64", 18446744073709551615), iv("uint64", 1 << 63), iv("uint", 7),
    iv("uintptr", 0xDEAD), iv("int32", 0xD800), iv("int32", 0x110000), iv("int", 0x7F),
    iv("int", 10), iv("int", 0xFEFF), iv("int32", 0xE9), iv("int", 0x263A), iv("uint8", 39),
    iv("int", -7, "main.MyInt"), iv("uint8", 65, "main.MyU8"),
]
FLOATS = [
    fv(0.0), fv(-0.0), fv(1.0), fv(-1.0), fv(3.14), fv(1e6), fv(1e21), fv(1e20),
    fv(123456789.0), fv(1e-5), fv(1e-4), fv(0.1), fv(2.5), fv(1 / 3), fv(1e300),
    fv(5e-324), fv(math.inf), fv(-math.inf), fv(math.nan), fv(100000.0), fv(1234.5678),
    fv(0.000123), fv(-2.5e-10), fv(1.7976931348623157e308), fv(0.5), fv(1.5), fv(999999.5),
    fv(36.6, "main.Celsius"),
    f32v(0.1), f32v(1 / 3), f32v(16777216.0), f32v(1e10), f32v(3.4e38), f32v(1e-45),
    f32v(-2.5), f32v(1.0), f32v(0.3, "main.F32"),
]
STRINGS = [
    sv(""), sv("hi"), sv("hello, world"), sv("日本語"), sv(b"\xff\xfe"), sv("a\tb\n"),
    sv("`back`"), sv("é"), sv("\x7f"), sv("\U0001F600"), sv("\ufeff"), sv(b"\xe2\x82"),
    sv('quote"s'), sv("\\"), sv(b"\xed\xa0\x80"), sv("\x00\x01"), sv("\u00ad\u2028"),
    sv("named", "main.MyStr"),
]
BOOLS = [bv(True), bv(False), bv(True, "main.MyBool")]
VALUES = INTS + FLOATS + STRINGS + BOOLS + [NIL]

VERBS = "v d b o O x X c q U e E f F g G s t T p z".split()
SPECS = ["", "+", "-", "#", "0", " ", "5", "-5", "05", "+08", ".0", ".3", "8.3", "-8.3",
         "+.2", "# ", "#08", " 010", "+-6", ".10", "#-12", "+ ", "0-7"]


def matrix_cases():
    out = []
    for v in VALUES:
        for verb in VERBS:
            for spec in SPECS:
                out.append(Case("printf", f"%{spec}{verb}".encode(), [v]))
    return out


def _rand_floats(rng, n, bits):
    vals = []
    for i in range(n):
        r = i % 4
        if bits == 64:
            if r == 0:
                b = rng.getrandbits(64)
                x = struct.unpack("<d", struct.pack("<Q", b))[0]
            elif r == 1:
                x = float(f"{rng.randint(1, 10**rng.randint(1, 17))}e{rng.randint(-30, 30)}")
            elif r == 2:
                x = rng.choice([-1, 1]) * 2.0 ** rng.randint(-1074, 1023)
            else:
                x = rng.uniform(-1e7, 1e7)
            vals.append(fv(x))
        else:
            if r == 0:
                b = rng.getrandbits(32)
                x = struct.unpack("<f", struct.pack("<I", b))[0]
            elif r == 1:
                x = F.to_float32(float(f"{rng.randint(1, 10**rng.randint(1, 9))}e{rng.randint(-20, 20)}"))
            elif r == 2:
                x = rng.choice([-1, 1]) * 2.0 ** rng.randint(-149, 127)
            else:
                x = rng.uniform(-1e5, 1e5)
            vals.append(f32v(x))
    return vals


FLOAT_FORMATS = [b"%v", b"%e", b"%.3e", b"%g", b"%.5g", b"%f", b"%.2f", b"%x", b"%.3X",
                 b"%b", b"%.17g", b"%#g", b"%.0e", b"%.20e", b"%G", b"%.1f"]


def float_cases(bits):
    rng = random.Random(1919 + bits)
    vals = _rand_floats(rng, 700 if bits == 64 else 500, bits)
    return [Case("printf", f, [v]) for v in vals for f in FLOAT_FORMATS]


def I(n):
    return iv("int", n)


EDGE_FORMATS = [
    (b"%[2]d %[1]d", [I(1), I(2)]), (b"%[3]d", [I(1), I(2)]), (b"%[0]d", [I(1)]),
    (b"%[x]d", [I(1)]), (b"%[1]*d", [I(5), I(7)]), (b"%*d", [sv("x"), I(3)]),
    (b"%-*d|", [I(-6), I(3)]), (b"%*d|", [I(-6), I(3)]), (b"%.*d", [I(3), I(7)]),
    (b"%.*d", [I(-3), I(7)]), (b"%", []), (b"%!", []), (b"%z", [I(1)]),
    (b"%[2]2d", [I(1), I(2)]), (b"%[1].2d", [I(1)]), (b"%.[2]d", [I(1), I(2)]),
    (b"%10.[2]d", [I(1), I(2)]), (b"%[1]", [I(1)]), (b"%[", [I(1)]), (b"%d %d", [I(1)]),
    (b"%d", [I(1), I(2), sv("a"), NIL]), (b"%\xc3\xbc", [I(1)]), (b"%5%", []),
    (b"%-5%|", [I(1)]), (b"%d%%", [I(3)]), (b"abc", []), (b"abc", [I(1)]),
    (b"%[2]*[1]d", [I(12), I(5)]), (b"%[3]*.[2]*[1]f", [fv(12.0), I(2), I(6)]),
    (b"%d %d %#[1]x %#x", [I(16), I(17)]), (b"%[5]d", [I(1)]), (b"%[-1]d", [I(1)]),
    (b"%[1]d %d", [I(1), I(2), I(3)]), (b"%*d", [iv("uint64", 18446744073709551615), I(1)]),
    (b"%*d", [iv("int", 10000000), I(1)]), (b"%.*d", [iv("int", 10000000), I(1)]),
    (b"%*d", [iv("uint8", 4), I(1)]), (b"%*d", [iv("int", 4, "main.MyInt"), I(1)]),
    (b"%9999999d", [I(1)]), (b"%.", [I(1)]), (b"%.d", [I(0)]), (b"%5.d|", [I(0)]),
    (b"%-", []), (b"%#", [I(1)]), (b"%[1]d%[1]d", [I(4)]), (b"%d\xff%s", [I(1), sv("\xff")]),
    (b"%v %v", [NIL, NIL]), (b"%d", [NIL]), (b"%s", [NIL]), (b"%T", [NIL]), (b"%10v|", [NIL]),
    (b"%-10T|", [I(1)]), (b"%.2T", [fv(1.0)]), (b"%!(NOVERB)", []), (b"%*", [I(1)]),
    (b"%[2]*d", [I(1)]), (b"%1000001d", [I(1)]), (b"%.1000001d", [I(1)]),
    (b"%010.3f|%-010.3f|", [fv(-3.14159), fv(3.14159)]), (b"%+q %#q %#+q", [sv("é\t"), sv("é\t"), sv("é")]),
    (b"% x|% X|%# x|%#X", [sv("hello"), sv("hi"), sv("abc"), sv("xyz")]),
    (b"%.2x|%8.1x|%-8x|%08x|", [sv("hello"), sv("hello"), sv("hi"), sv("hi")]),
    (b"%6.2s|%-6.2s|%.0s|%06s", [sv("日本語"), sv("hello"), sv("abc"), sv("ab")]),
    (b"%x %X", [sv(""), sv("")]), (b"%5x|", [sv("")]),
    (b"%c%c%c", [iv("int32", 72), iv("int32", 0x4E16), iv("int", -1)]),
    (b"%q %+q %q", [iv("int32", 0x4E16), iv("int32", 0x4E16), iv("int32", 7)]),
    (b"%08.3d|%-08.3d|%+.3d|% .3d", [I(7), I(7), I(7), I(7)]),
    (b"%#b %#o %#O %#x %#X", [I(5), I(8), I(8), I(255), I(255)]),
    (b"%.3U|%.8U|%#.6U|%10U|%-10U|", [I(0x41), I(0x41), I(0x41), I(0x41), I(0x41)]),
    (b"%#v %#v %#v %#v", [iv("uint8", 10), iv("int", 10), sv("x"), fv(1.0)]),
    (b"%+v %#v", [fv(2.0), fv(1e7)]), (b"%#.3v|%#.0f|%#.0e|%#x", [fv(2.0), fv(3.0), fv(3.0), fv(1.0)]),
    (b"%#g|%#.4g|%#g|%#g", [fv(100000.0), fv(12.0), fv(1e-7), fv(0.0)]),
    (b"%6.2f|%-8.3e|%+.1e|% f|%08.2f|%+08.2f", [fv(3.14159)] * 6),
    (b"%08v|%-08v|% 8v|%+8v", [fv(math.inf), fv(math.nan), fv(math.nan), fv(math.nan)]),
    (b"%05t|%-7t|%.2t", [bv(True), bv(False), bv(True)]),
]


def edge_cases():
    return [Case("printf", f, a) for f, a in EDGE_FORMATS]


def fuzz_cases():
    """Random format strings over Go's format alphabet, with random arguments."""
    rng = random.Random(42)
    alphabet = ["%", "%", "%", "#", "+", "-", " ", "0", "1", "2", "9", ".", "*", "[", "]", "[1]",
                "[2]", "[3]", "v", "d", "s", "x", "q", "f", "T", "c", "!", "\xc3\xa9", "a"]
    pool = INTS[:12] + FLOATS[:8] + STRINGS[:6] + BOOLS[:2] + [NIL, iv("int", -3), iv("uint", 2)]
    out = []
    for _ in range(3000):
        f = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        args = [rng.choice(pool) for _ in range(rng.randint(0, 4))]
        out.append(Case("printf", f.encode("latin-1").decode("unicode_escape").encode("latin-1"), args))
    return out


def print_cases():
    groups = [
        [I(1), I(2)], [sv("a"), sv("b")], [I(1), sv("a"), I(2)], [sv("a"), I(1), I(2), sv("b")],
        [fv(1.5), fv(2.0), bv(True)], [NIL, NIL], [NIL, sv("x"), NIL], [], [sv("")],
        [sv(""), sv("")], [I(3), sv(""), I(4)], [sv("x", "main.MyStr"), I(1)],
        [fv(1e21), fv(1e-7), f32v(0.1), fv(123456789.0), fv(12345678.0), fv(1e20)],
        [iv("uint8", 255), iv("int8", -1), sv(b"\xff")],
    ]
    out = []
    for g in groups:
        out.append(Case("print", b"", g))
        out.append(Case("println", b"", g))
    return out


# composite values: Python representation + the Go expression for the same value
GO_TYPES = """
type MyInt int
type Celsius float64
type MyStr string
type MyU8 uint8
type MyBool bool
type F32 float32
type Point struct{ X, Y int }
type Inner struct {
	A string
	b []int
}
type Weekday int

func (d Weekday) String() string {
	if d == 0 {
		return "Sunday"
	}
	return "Day" + string(rune('0'+int(d)))
}

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

type Both int

func (b Both) String() string { return "string" }
func (b Both) Error() string  { return "error" }

type Bytes []byte
type Emb struct {
	Point
	Name string
}
type Hidden struct {
	Pub  Weekday
	priv Weekday
}
type K struct {
	A int
	B string
}
type Outer struct {
	P   Point
	Q   *Point
	In  Inner
	Any interface{}
	M   map[string]int
}
"""


def P(x, y):
    return ("struct", [("X", ("int", x)), ("Y", ("int", y))], "main.Point")


def composite_cases():
    ints = ("slice", [("int", 1), ("int", 2), ("int", 3)], "[]int")
    strs = ("slice", [("string", b"a"), ("string", b"b c")], "[]string")
    arr = ("array", [("float64", 1.5), ("float64", 2.0)], "[2]float64")
    m = ("map", [(("string", b"b"), ("int", 2)), (("string", b"a"), ("int", 1)),
                 (("string", b"c"), ("int", 3))], "map[string]int")
    mi = ("map", [(("int", 10), ("bool", True)), (("int", -5), ("bool", False))], "map[int]bool")
    bs = ("slice", b"hi\x00", "[]uint8")
    ba = ("array", b"ab", "[2]uint8")
    anys = ("slice", [("int", 1), ("string", b"x"), ("nil", None, "interface {}"), ("float64", 2.5),
                      ("bool", True)], "[]interface {}")
    inner = ("struct", [("A", ("string", b"s")), ("b", ("slice", [("int", 7)], "[]int"))], "main.Inner")
    outer = ("struct", [("P", P(1, 2)), ("Q", ("ptr", 0, "*main.Point")), ("In", inner),
                        ("Any", ("nil", None, "interface {}")),
                        ("M", ("map", None, "map[string]int"))], "main.Outer")
    anon = ("struct", [("N", ("int", 5)), ("S", ("string", b"t"))], "struct { N int; S string }")
    nilslice = ("slice", None, "[]int")
    nilbytes = ("slice", None, "[]uint8")
    empty = ("struct", [], "struct {}")
    pp = ("ptr", (0xc000010000, P(3, 4)), "*main.Point")
    pslice = ("ptr", (0xc000010000, ints), "*[]int")
    nested = ("slice", [P(1, 2), P(3, 4)], "[]main.Point")
    mm = ("map", [(("string", b"k"), ("slice", [("int", 1)], "[]int"))], "map[string][]int")
    vals = [
        (ints, "[]int{1, 2, 3}"), (strs, '[]string{"a", "b c"}'), (arr, "[2]float64{1.5, 2.0}"),
        (m, 'map[string]int{"b": 2, "a": 1, "c": 3}'), (mi, "map[int]bool{10: true, -5: false}"),
        (bs, '[]byte("hi\\x00")'), (ba, '[2]byte{97, 98}'),
        (anys, '[]interface{}{1, "x", nil, 2.5, true}'), (P(1, -2), "Point{1, -2}"),
        (outer, 'Outer{P: Point{1, 2}, In: Inner{"s", []int{7}}}'),
        (anon, 'struct{ N int; S string }{5, "t"}'), (nilslice, "[]int(nil)"),
        (nilbytes, "[]byte(nil)"), (empty, "struct{}{}"), (pp, "&Point{3, 4}"),
        (pslice, "&[]int{1, 2, 3}"), (nested, "[]Point{{1, 2}, {3, 4}}"),
        (mm, 'map[string][]int{"k": {1}}'),
    ]
    def wd(n):
        return ("int", n, "main.Weekday", {"String": lambda: b"Sunday" if n == 0 else b"Day%d" % n})
    err = ("ptr", (0xc000012345, ("struct", [("msg", ("string", b"bad"))], "main.Err")), "*main.Err",
           {"Error": lambda: b"err: bad"})
    both = ("int", 1, "main.Both", {"String": lambda: b"string", "Error": lambda: b"error"})
    vals += [
        (wd(3), "Weekday(3)"), (wd(0), "Weekday(0)"),
        (("slice", [wd(0), wd(2)], "[]main.Weekday"), "[]Weekday{0, 2}"),
        (err, '&Err{"bad"}'), (both, "Both(1)"),
        (("struct", [("Pub", wd(1)), ("priv", wd(2))], "main.Hidden"), "Hidden{1, 2}"),
        (("ptr", 0, "*main.Point"), "(*Point)(nil)"),
        (("slice", b"bytes", "main.Bytes"), 'Bytes("bytes")'),
        (("slice", [("uint8", 104, "main.MyU8"), ("uint8", 105, "main.MyU8")], "[]main.MyU8"),
         "[]MyU8{104, 105}"),
        (("struct", [("Point", P(1, 2)), ("Name", ("string", b"e"))], "main.Emb"), 'Emb{Point{1, 2}, "e"}'),
        (("map", [(("bool", True), ("int", 1)), (("bool", False), ("int", 0))], "map[bool]int"),
         "map[bool]int{true: 1, false: 0}"),
        (("map", [(("float64", 2.5), ("string", b"b")), (("float64", -1.0), ("string", b"a")),
                  (("float64", math.inf), ("string", b"c"))], "map[float64]string"),
         'map[float64]string{2.5: "b", -1: "a", math.Inf(1): "c"}'),
        (("map", [(("struct", [("A", ("int", 2)), ("B", ("string", b"x"))], "main.K"), ("int", 1)),
                  (("struct", [("A", ("int", 1)), ("B", ("string", b"z"))], "main.K"), ("int", 2)),
                  (("struct", [("A", ("int", 1)), ("B", ("string", b"y"))], "main.K"), ("int", 3))],
          "map[main.K]int"), 'map[K]int{{2, "x"}: 1, {1, "z"}: 2, {1, "y"}: 3}'),
        (("map", [(("array", [("int", 2), ("int", 1)], "[2]int"), ("nil", None, "interface {}")),
                  (("array", [("int", 1), ("int", 9)], "[2]int"), ("int", 5))], "map[[2]int]interface {}"),
         "map[[2]int]interface{}{{2, 1}: nil, {1, 9}: 5}"),
        (("map", [(("uint8", 200), ("float64", 0.5)), (("uint8", 3), ("float64", 1e21))], "map[uint8]float64"),
         "map[uint8]float64{200: 0.5, 3: 1e21}"),
        (("map", [(("string", b"k2"), ("map", [(("int", 2), ("int", 3)), (("int", 1), ("int", 4))], "map[int]int")),
                  (("string", b"k1"), ("map", None, "map[int]int"))], "map[string]map[int]int"),
         'map[string]map[int]int{"k2": {2: 3, 1: 4}, "k1": nil}'),
        (("map", [], "map[string]int"), "map[string]int{}"),
        (("slice", [("string", b"a"), ("string", b"\xff")], "[]string"), '[]string{"a", "\\xff"}'),
        (("array", [], "[0]int"), "[0]int{}"),
        (("slice", [("slice", [("int", 1)], "[]int"), ("slice", None, "[]int")], "[][]int"),
         "[][]int{{1}, nil}"),
        (("ptr", (0xc000010000, ("array", [("int", 1), ("int", 2)], "[2]int")), "*[2]int"), "&[2]int{1, 2}"),
        (("ptr", (0xc000010000, ("map", [(("int", 1), ("int", 1))], "map[int]int")), "*map[int]int"),
         "&map[int]int{1: 1}"),
        (("slice", [("float32", F.to_float32(0.1)), ("float32", 2.0)], "[]float32"), "[]float32{0.1, 2}"),
        (("struct", [("A", ("int", -1)), ("B", ("string", b""))], "main.K"), "K{-1, \"\"}"),
    ]
    out = []
    for py, go in vals:
        v = V(py, go)
        for f in [b"%v", b"%+v", b"%#v", b"%T", b"%d", b"%s", b"%x", b"%q", b"%5v", b"%-4d|", b"%03v",
                  b"%X", b"% x", b"%6.2v", b"%+q", b"%#x", b"%t", b"%c", b"%.1f"]:
            out.append(Case("printf", f, [v]))
        out.append(Case("println", b"", [v, v]))
        out.append(Case("print", b"", [v, I(1)]))
    return out


RUNTIME_VALUES = [I(0), I(-5), iv("int8", -128), iv("uint64", 18446744073709551615), iv("uintptr", 255),
                  fv(0.0), fv(-0.0), fv(1.0), fv(-1.5), fv(3.14159265358979), fv(1e100), fv(1e-300),
                  fv(123456789.0), fv(0.1), fv(9.9999999), fv(99999995.0), fv(math.inf), fv(-math.inf),
                  fv(math.nan), fv(5e-324), fv(1.7976931348623157e308), f32v(0.1), f32v(3.4e38),
                  bv(True), bv(False), sv("str"), sv(""), fv(2.5, "main.Celsius"), iv("int", 3, "main.MyInt")]


def runtime_groups():
    rng = random.Random(7)
    groups = [[v] for v in RUNTIME_VALUES]
    groups += [RUNTIME_VALUES[i:i + 3] for i in range(0, len(RUNTIME_VALUES), 3)]
    groups.append([])
    groups += [[fv(x)] for x in (rng.uniform(-1e6, 1e6) for _ in range(150))]
    groups += [[fv(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])] for _ in range(150)]
    return groups


ALL_GROUPS = {
    "matrix": matrix_cases,
    "float64": lambda: float_cases(64),
    "float32": lambda: float_cases(32),
    "edge": edge_cases,
    "fuzz": fuzz_cases,
    "print": print_cases,
    "composite": composite_cases,
}


# ---------------------------------------------------------------- the oracle run

def _go_program(cases, rgroups) -> str:
    lines = ["package main", "", 'import (\n\t"bufio"\n\t"fmt"\n\t"math"\n\t"os"\n)', GO_TYPES,
             "var _ = math.Inf", "", "type C struct {\n\tmode int\n\tf    string\n\ta    []interface{}\n}",
             "", "var cases = []C{"]
    lines += ["\t" + c.go_stmt() for c in cases]
    lines.append("}")
    lines.append("")
    lines.append("func runtimePrints() {")
    for g in rgroups:
        args = ", ".join(v.go for v in g)
        lines.append(f"\tprint({args})\n\tprint(\"|\\n\")\n\tprintln({args})")
    lines.append("}")
    lines.append("""
func main() {
	w := bufio.NewWriter(os.Stdout)
	for _, c := range cases {
		var s string
		switch c.mode {
		case 0:
			s = fmt.Sprintf(c.f, c.a...)
		case 1:
			s = fmt.Sprint(c.a...)
		default:
			s = fmt.Sprintln(c.a...)
		}
		fmt.Fprintf(w, "%d\\n", len(s))
		w.WriteString(s)
	}
	w.Flush()
	runtimePrints()
}
""")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def oracle():
    if not HAVE_GO:
        pytest.skip("go toolchain not installed: oracle comparisons need `go run`")
    groups = {name: fn() for name, fn in ALL_GROUPS.items()}
    allcases = [c for name in groups for c in groups[name]]
    rgroups = runtime_groups()
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "main.go")
        with open(src, "w") as f:
            f.write(_go_program(allcases, rgroups))
        env = dict(os.environ)
        env.pop("GOFLAGS", None)
        env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "govm-test-gocache"))
        env["GO111MODULE"] = "off"
        p = subprocess.run(["go", "run", src], capture_output=True, env=env, cwd=d, timeout=600)
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-3000:]
    out = p.stdout
    results = []
    pos = 0
    while pos < len(out):
        nl = out.index(b"\n", pos)
        n = int(out[pos:nl])
        results.append(out[nl + 1:nl + 1 + n])
        pos = nl + 1 + n
    assert len(results) == len(allcases)
    expected = {}
    k = 0
    for name in groups:
        expected[name] = list(zip(groups[name], results[k:k + len(groups[name])]))
        k += len(groups[name])
    expected["runtime"] = (rgroups, p.stderr)
    return expected


def _check(pairs):
    bad = []
    for case, want in pairs:
        try:
            got = case.run_py()
        except Exception as e:  # report, don't stop at the first one
            got = f"<{type(e).__name__}: {e}>".encode()
        if got != want:
            bad.append((case, want, got))
    assert not bad, f"{len(bad)}/{len(pairs)} mismatches, first ones:\n" + "\n".join(
        f"  {c!r}\n     go: {w!r}\n   govm: {g!r}" for c, w, g in bad[:15])


@pytest.mark.parametrize("group", list(ALL_GROUPS))
def test_against_go(oracle, group):
    pairs = oracle[group]
    assert len(pairs) > 0
    _check(pairs)


def test_case_counts(oracle):
    total = sum(len(oracle[g]) for g in ALL_GROUPS)
    assert total > 10000


def test_runtime_print_against_go(oracle):
    rgroups, stderr = oracle["runtime"]
    want = stderr
    got = b"".join(F.print_bytes([v.py for v in g]) + b"|\n" + F.println_bytes([v.py for v in g])
                   for g in rgroups)
    if got != want:
        wl, gl = want.split(b"\n"), got.split(b"\n")
        for i, (a, b) in enumerate(zip(wl, gl)):
            assert a == b, f"line {i}: go {a!r} != govm {b!r}"
        assert len(wl) == len(gl)


# ---------------------------------------------------------------- hard-coded (from real Go 1.19)

def S(*args):
    return [a.py for a in args]


# Every expected string below was printed by go1.19.8 linux/amd64.
HARDCODED = [
    (b"%v|%v|%v|%v|%v", S(fv(1e6), fv(3.14), fv(1e-5), fv(12345678.0), fv(1e20)),
     b"1e+06|3.14|1e-05|1.2345678e+07|1e+20"),
    (b"%v %v %v", S(fv(math.inf), fv(-math.inf), fv(math.nan)), b"+Inf -Inf NaN"),
    (b"%v %v", S(f32v(0.1), f32v(1 / 3)), b"0.1 0.33333334"),
    (b"%d", S(sv("hi")), b"%!d(string=hi)"),
    (b"%d", S(I(1), I(1), sv("a")), b"1%!(EXTRA int=1, string=a)"),
    (b"%d %d", S(I(1)), b"1 %!d(MISSING)"),
    (b"%", [], b"%!(NOVERB)"),
    (b"%*d", S(sv("x"), I(1)), b"%!(BADWIDTH)1"),
    (b"%.*d", S(sv("x"), I(1)), b"%!(BADPREC)1"),
    (b"%[3]d", S(I(1)), b"%!d(BADINDEX)"),
    (b"%-8.3f|%08.3f|%+d|% d", S(fv(3.14159), fv(-3.14159), I(5), I(5)),
     b"3.142   |-003.142|+5| 5"),
    (b"%q %q %+q %#q", S(sv("a\"b"), iv("int32", 0x263A), sv("\u263a"), sv("x`y")),
     b"\"a\\\"b\" '\xe2\x98\xba' \"\\u263a\" \"x`y\""),
    (b"%x %X % x %#x", S(sv("hi"), I(255), sv("hi"), I(255)), b"6869 FF 68 69 0xff"),
    (b"%U %#U %c", S(I(0x1F600), I(0x41), I(0x41)), b"U+1F600 U+0041 'A' A"),
    (b"%t %v %5t|", S(bv(True), bv(False), bv(True)), b"true false  true|"),
    (b"%T %T %T %T", S(I(1), fv(1.0), sv(""), iv("int", 2, "main.MyInt")),
     b"int float64 string main.MyInt"),
    (b"%e %E %.2e %g %G", S(fv(123456.789), fv(0.000123), fv(1.0), fv(1e-7), fv(1e21)),
     b"1.234568e+05 1.230000E-04 1.00e+00 1e-07 1E+21"),
    (b"%s", S(sv(b"\xff")), b"\xff"),
    (b"%q", S(sv(b"\xff\xe2\x82")), b'"\\xff\\xe2\\x82"'),
    (b"%6.2s|%-4s|%04d|%x", S(sv("hello"), sv("ab"), I(-12), I(-255)), b"    he|ab  |-012|-ff"),
]

HARDCODED_PRINT = [
    ("println", S(I(1), sv("a"), fv(1.5)), b"1 a 1.5\n"),
    ("print", S(I(1), I(2), sv("a"), I(3), sv("b"), sv("c")), b"1 2a3bc"),
    ("println", S(NIL, bv(True)), b"<nil> true\n"),
]

HARDCODED_RUNTIME = [
    ("println", S(fv(1.5), I(-3), bv(True), sv("s")), b"+1.500000e+000 -3 true s\n"),
    ("print", S(I(1), I(2), sv("x")), b"12x"),
    ("println", S(fv(0.0), fv(1e100), fv(math.nan), fv(-math.inf)),
     b"+0.000000e+000 +1.000000e+100 NaN -Inf\n"),
    ("println", S(fv(123456789.0), f32v(0.1)), b"+1.234568e+008 +1.000000e-001\n"),
]


@pytest.mark.parametrize("fmt,args,want", HARDCODED)
def test_hardcoded_printf(fmt, args, want):
    assert F.sprintf(fmt, args) == want


@pytest.mark.parametrize("mode,args,want", HARDCODED_PRINT)
def test_hardcoded_print(mode, args, want):
    assert (F.sprintln if mode == "println" else F.sprint)(args) == want


@pytest.mark.parametrize("mode,args,want", HARDCODED_RUNTIME)
def test_hardcoded_runtime(mode, args, want):
    assert (F.println_bytes if mode == "println" else F.print_bytes)(args) == want


# ---------------------------------------------------------------- pure-Python properties

def test_shortest_float64_matches_exact_algorithm():
    """The repr() fast path for float64 shortest digits agrees with the exact
    port of strconv's roundShortest."""
    rng = random.Random(3)
    for _ in range(3000):
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if not math.isfinite(x) or x == 0:
            continue
        bits = struct.unpack("<Q", struct.pack("<d", x))[0]
        exp = (bits >> 52) & 0x7FF
        mant = bits & ((1 << 52) - 1)
        if exp == 0:
            exp = 1
        else:
            mant |= 1 << 52
        exp -= 1023
        d = F._Decimal.exact(mant, exp - 52)
        F._round_shortest(d, mant, exp, F._FLOAT64)
        fast = F._shortest_float64(x)
        assert (d.d, d.dp) == (fast.d, fast.dp), x


def test_go_utf8_decoding():
    assert list(F.iter_runes(b"a\xe2\x82\xff\xe2\x82\xac")) == [
        (0, 0x61, 1), (1, 0xFFFD, 1), (2, 0xFFFD, 1), (3, 0xFFFD, 1), (4, 0x20AC, 3)]
    assert F.rune_count(b"\xed\xa0\x80") == 3      # surrogate encoding: 3 bad bytes
    assert F.encode_rune(0xD800) == b"\xef\xbf\xbd"


def test_is_print_table():
    assert F.is_print(ord("a")) and F.is_print(0x20) and not F.is_print(0x7F)
    assert not F.is_print(0xAD) and F.is_print(0xE9) and not F.is_print(0xFEFF)
    assert not F.is_print(0x1FAF0)      # added in Unicode 14: not printable in go1.19
    assert F.is_print(0x1F600) and not F.is_print(0x110000)


def test_int_wrapping():
    assert F.sprint([("uint64", -1)]) == b"18446744073709551615"
    assert F.sprint([("int8", 200)]) == b"-56"
    assert F.sprint([("byte", 65), ("rune", 66)]) == b"65 66"


def test_type_string():
    from govm import types as T
    st = T.Struct([T.StructField("X", T.INT), T.StructField("Y", T.STRING)])
    assert F.type_string(st) == "struct { X int; Y string }"
    assert F.type_string(T.Struct([])) == "struct {}"
    assert F.type_string(T.Slice(T.BYTE)) == "[]uint8"
    assert F.type_string(T.Map(T.STRING, T.Interface())) == "map[string]interface {}"
    assert F.type_string(T.Pointer(T.Array(T.INT, 3))) == "*[3]int"


def test_methods_extension():
    v = ("int", 3, "main.Weekday", {"String": lambda: b"Wednesday"})
    assert F.sprintf(b"%v|%s|%d|%q|%x|%5v|", [v] * 6) == b'Wednesday|Wednesday|3|"Wednesday"|57656' \
        b'46e6573646179|Wednesday|'
    err = ("ptr", (0xc000010000, ("struct", [("s", ("string", b"boom"))], "errors.errorString")),
           "*errors.errorString", {"Error": lambda: b"boom"})
    assert F.sprintln([err]) == b"boom\n"

    def panics():
        raise F.MethodPanic(("string", b"oops"))
    assert F.sprint([("int", 1, "main.T", {"String": panics})]) == b"%!v(PANIC=String method: oops)"
    inner = ("struct", [("w", v), ("W", v)], "main.S")
    assert F.sprint([inner]) == b"{3 Wednesday}"      # unexported field: no method call
