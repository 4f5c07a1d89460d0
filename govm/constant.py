"""Exact constant values and arithmetic for the type checker.

Go evaluates constant expressions exactly (the spec asks for at least 256
bits of mantissa; gc uses ``go/constant``).  This module is the small part
of ``go/constant`` that govm needs, with Python values:

=========  ===========================  ==================================
Go kind    Python representation        notes
=========  ===========================  ==================================
Int        ``int``                      untyped int/rune, all integer types
Float      ``fractions.Fraction``       exact rationals; typed float32/64
                                        values are rounded to the type by
                                        ``representable`` after every step
Bool       ``bool``
String     ``bytes``                    Go strings are byte sequences
unknown    ``None``                     after an earlier error
=========  ===========================  ==================================

Invariants: a Float value is *always* a ``Fraction`` (even ``2.0``), an Int
value always a Python ``int`` (never ``bool``: test ``type(v) is int``),
so the kind of a value is its Python type.  Values are immutable.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction

from . import types as T


# ---------------------------------------------------------------- kinds

def is_int(v) -> bool:
    return type(v) is int


def is_float(v) -> bool:
    return type(v) is Fraction


def is_numeric(v) -> bool:
    return type(v) is int or type(v) is Fraction


def to_int(v):
    """The Int value equal to v, or None if v is not an integral number."""
    if type(v) is int:
        return v
    if type(v) is Fraction and v.denominator == 1:
        return v.numerator
    return None


def to_float(v):
    if type(v) is int:
        return Fraction(v)
    return v


def sign(v) -> int:
    if v is None or not is_numeric(v):
        return 1
    return (v > 0) - (v < 0)


# ---------------------------------------------------------------- literals

_MAX_DEC_EXP = 5000
_HEXFLOAT = re.compile(r"0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$")


def from_literal(kind: str, raw: str, lit):
    """Constant value of a BasicLit (kind 'INT', 'FLOAT', 'CHAR', 'STRING')."""
    if kind in ("INT", "CHAR"):
        return int(lit)
    if kind == "STRING":
        return bytes(lit)
    if kind == "FLOAT":
        s = raw.replace("_", "")
        m = _HEXFLOAT.match(s)
        if m:
            ip, fp, ex = m.group(1) or "", m.group(2) or "", int(m.group(3))
            mant = int(ip + fp, 16) if (ip + fp) else 0
            e = ex - 4 * len(fp)
            return Fraction(mant) * (Fraction(2) ** e)
        m = re.match(r"^([0-9.]*)[eE]([+-]?[0-9]+)$", s)
        if m and abs(int(m.group(2))) > _MAX_DEC_EXP:
            # gc keeps such values as big floats; a capped exponent keeps
            # the (overflow) diagnostics right without a gigantic rational
            if int(m.group(2)) < 0:
                return Fraction(0)
            return Fraction(m.group(1) or "0") * Fraction(10) ** _MAX_DEC_EXP
        try:
            # Fraction parses decimal literals with exponents exactly
            return Fraction(s)
        except (ValueError, ZeroDivisionError):
            return Fraction(lit)
    raise ValueError(kind)


# ---------------------------------------------------------------- floats

def _round_binary(v: Fraction, mant: int, qmin: int, maxval: Fraction):
    """Round v to the nearest binary float with `mant` significant bits and
    smallest quantum 2**qmin (ties to even); None if it overflows."""
    if v == 0:
        return Fraction(0)
    neg = v < 0
    a = -v if neg else v
    n, d = a.numerator, a.denominator
    e = n.bit_length() - d.bit_length()          # 2**(e-1) <= a < 2**(e+1)
    if Fraction(n, d) >= Fraction(2) ** e:
        e += 1                                   # now 2**(e-1) <= a < 2**e
    q = max(e - mant, qmin)
    scaled = a / (Fraction(2) ** q)
    m = scaled.numerator // scaled.denominator
    rem = scaled - m
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and m & 1):
        m += 1
    r = Fraction(m) * (Fraction(2) ** q)
    if r > maxval:
        return None
    return -r if neg else r


_MAX32 = Fraction((1 << 24) - 1) * (Fraction(2) ** 104)
_MAX64 = Fraction((1 << 53) - 1) * (Fraction(2) ** 971)


def round_float32(v):
    return _round_binary(to_float(v), 24, -149, _MAX32)


def round_float64(v):
    v = to_float(v)
    try:
        f = v.numerator / v.denominator          # correctly rounded
    except OverflowError:
        return None
    if math.isinf(f):
        return None
    return Fraction(f)


def py_float(v) -> float:
    """Nearest Python float (inf when out of range)."""
    v = to_float(v)
    try:
        return v.numerator / v.denominator
    except OverflowError:
        return math.inf if v > 0 else -math.inf


# ---------------------------------------------------------------- representability

INT_RANGE = {}
for _t, _bits in T.INT_BITS.items():
    if _t in T.UNSIGNED:
        INT_RANGE[_t] = (0, (1 << _bits) - 1)
    else:
        INT_RANGE[_t] = (-(1 << (_bits - 1)), (1 << (_bits - 1)) - 1)

OK, TRUNCATED, OVERFLOWS, INVALID = 0, 1, 2, 3


def representation(v, vtyp, typ):
    """Represent constant v (of basic type vtyp) as basic type typ.

    Returns (value, code): code OK with the converted value, or TRUNCATED /
    OVERFLOWS (numeric) / INVALID (kind mismatch), as go/types'
    ``representation``."""
    if v is None:
        return None, OK
    ok, r = _representable(v, typ)
    if ok:
        return r, OK
    if T.is_numeric(vtyp) and T.is_numeric(typ):
        if not T.is_integer(vtyp) and T.is_integer(typ):
            return None, TRUNCATED
        return None, OVERFLOWS
    return None, INVALID


def _representable(v, typ):
    u = typ.underlying()
    if T.is_integer(u):
        i = to_int(v) if is_numeric(v) else None
        if i is None:
            return False, None
        if u in (T.UNTYPED_INT, T.UNTYPED_RUNE):
            return True, i
        lo, hi = INT_RANGE[u]
        return lo <= i <= hi, i
    if T.is_float(u):
        if not is_numeric(v):
            return False, None
        f = to_float(v)
        if u is T.FLOAT32:
            r = round_float32(f)
        elif u is T.FLOAT64:
            r = round_float64(f)
        else:
            return True, f
        return r is not None, r
    if T.is_string(u):
        return type(v) is bytes, v
    if T.is_boolean(u):
        return type(v) is bool, v
    return False, None


def representable(v, typ) -> bool:
    return _representable(v, typ)[0]


# ---------------------------------------------------------------- operations

def compare(x, op: str, y) -> bool:
    if is_numeric(x) and is_numeric(y):
        a, b = x, y
    else:
        a, b = x, y
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    if op == ">=":
        return a >= b
    raise ValueError(op)


def unary(op: str, x, prec: int = 0):
    """prec: bit size for ^ on unsigned types (0 otherwise)."""
    if x is None:
        return None
    if op == "+":
        return x
    if op == "-":
        return -x
    if op == "!":
        return not x
    if op == "^":
        z = ~x
        if prec > 0:
            z &= (1 << prec) - 1
        return z
    raise ValueError(op)


def _quo_trunc(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def binary(x, op: str, y, intdiv: bool = False):
    if x is None or y is None:
        return None
    if op == "&&":
        return x and y
    if op == "||":
        return x or y
    if type(x) is bytes:
        if op == "+":
            return x + y
        raise ValueError(op)
    if op in ("%", "&", "|", "^", "&^") or (op == "/" and intdiv):
        a, b = to_int(x), to_int(y)
        if op == "/":
            return _quo_trunc(a, b)
        if op == "%":
            return a - _quo_trunc(a, b) * b
        if op == "&":
            return a & b
        if op == "|":
            return a | b
        if op == "^":
            return a ^ b
        return a & ~b
    if type(x) is Fraction or type(y) is Fraction:
        x, y = to_float(x), to_float(y)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return to_float(x) / to_float(y)
    raise ValueError(op)


def shift(x, op: str, s: int):
    x = to_int(x)
    if op == "<<":
        return x << s
    return x >> s


def bit_len(v) -> int:
    return abs(v).bit_length() if type(v) is int else 0


# ---------------------------------------------------------------- printing

def _go_quote(b: bytes) -> str:
    """strconv.Quote of a byte string."""
    out = ['"']
    s = b.decode("utf-8", errors="surrogateescape")
    for ch in s:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:                 # invalid byte
            out.append("\\x%02x" % (o - 0xDC00))
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\a":
            out.append("\\a")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\v":
            out.append("\\v")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    out.append('"')
    return "".join(out)


def _fmt_g6(f: float) -> str:
    s = "%.6g" % f
    return s


def to_str(v) -> str:
    """go/constant's Value.String(): the form gc prints in messages."""
    if v is None:
        return "unknown"
    if type(v) is bool:
        return "true" if v else "false"
    if type(v) is int:
        return str(v)
    if type(v) is bytes:
        s = _go_quote(v)
        if len(s) > 72:
            s = s[:69] + "..."
        return s
    if type(v) is Fraction:
        f = py_float(v)
        if not math.isinf(f) and (f == 0) == (v == 0):
            return _fmt_g6(f)
        # out of float64 range: approximate decimal
        a = abs(v)
        e = int((a.numerator.bit_length() - a.denominator.bit_length()) * 0.30102999566398120)
        m = a / (Fraction(10) ** e)
        while m >= 10:
            m /= 10
            e += 1
        while m < 1:
            m *= 10
            e -= 1
        mf = float(m) * (1 if v > 0 else -1)
        return "%.6ge%+d" % (mf, e)
    return str(v)


def py_value(v, typ):
    """The annotation value of constant v of type typ (see govm.ast):
    int for integer kinds, float for float kinds, bool, bytes."""
    if v is None:
        return None
    if T.is_float(typ) or (type(v) is Fraction and not T.is_integer(typ)):
        return py_float(v)
    if T.is_integer(typ):
        i = to_int(v)
        return i if i is not None else py_float(v)
    return v
