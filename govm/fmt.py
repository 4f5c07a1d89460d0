"""Go's ``fmt`` package and the ``print``/``println`` builtins, byte-exact with go1.19.

The VM calls into this module whenever a Go program prints.  Everything here
is plain Python; nothing is compiled by Numba.  The code is a port of
``fmt/print.go``, ``fmt/format.go`` and the parts of ``strconv`` they use
(``ftoa.go``, ``quote.go``, ``isprint.go``) and of ``runtime/print.go``; the
structure and the names follow Go's so that the two can be read side by side.

Entry points (the contract)
---------------------------
All of them take a sequence of *values* (below) and return ``bytes``; none of
them writes anywhere.  The VM writes the result to fd 1 (``fmt``) or fd 2
(builtins).

``sprint(args) -> bytes``
    ``fmt.Sprint``/``fmt.Print``: operands in their ``%v`` form, a space
    between two operands when neither is a string.
``sprintln(args) -> bytes``
    ``fmt.Sprintln``/``fmt.Println``: a space between all operands, then ``\\n``.
``sprintf(format: bytes, args) -> bytes``
    ``fmt.Sprintf``/``fmt.Printf``: the whole of Go's verb language -- flags
    ``+ - # 0 space``, width and precision (``*`` too), argument indexes
    ``%[n]d`` and every error form (``%!d(string=hi)``, ``%!d(MISSING)``,
    ``%!(EXTRA int=1, string=a)``, ``%!(NOVERB)``, ``%!(BADWIDTH)``,
    ``%!(BADPREC)``, ``%!d(BADINDEX)``).  ``format`` is the Go string's bytes
    (``str`` is accepted and encoded as UTF-8).
``print_bytes(args) -> bytes`` / ``println_bytes(args) -> bytes``
    The builtins ``print``/``println`` (the VM writes them to stderr):
    runtime formatting, i.e. floats as ``+1.500000e+000``, pointers as
    ``0xc000012345``, no spaces for ``print``, spaces and a newline for
    ``println``.
``format_float(v, fmt, prec, bitsize) -> str``
    ``strconv.FormatFloat``, exact (shortest round-trip digits for ``prec=-1``).
``quote(s: bytes) -> bytes``, ``quote_rune(r) -> bytes``, ``is_print(r)``
    ``strconv.Quote``, ``strconv.QuoteRune``, ``strconv.IsPrint`` (Go's own
    Unicode 13 tables, independent of Python's ``unicodedata`` version).
``type_string(t) -> str``
    The ``reflect`` spelling of a ``govm.types.Type`` (``struct { X int }``,
    ``interface {}``, ``main.T``, ``[]uint8`` ...), which is what ``%T``,
    ``%#v`` and the ``%!verb(type=value)`` error forms print.  The VM should
    use it to fill in the ``type_name`` slot of values (below).

Values
------
A value is a tuple ``(kind, value)``, ``(kind, value, type_name)`` or
``(kind, value, type_name, methods)``.  ``type_name`` (``None`` or missing
means "the kind itself") is the reflect spelling of the *dynamic* type, e.g.
``'main.Celsius'`` for ``type Celsius float64``; it is used only by ``%T``,
``%#v`` and the error forms.  The kinds:

===============================  ==============================================
kind                             value
===============================  ==============================================
``int int8 int16 int32 int64``   Python ``int``.  Any int is accepted and
``uint uint8 uint16 uint32``     wrapped to the kind's width (two's
``uint64 uintptr``               complement), so the VM may pass raw 64-bit
                                 slot contents (``-1`` as a ``uint64`` is
                                 ``18446744073709551615``).  ``byte``/``rune``
                                 are accepted as aliases of ``uint8``/``int32``.
``float64 float32``              Python ``float`` (a ``float32`` is rounded to
                                 single precision first, as Go stores it).
``complex128 complex64``         Python ``complex``.
``bool``                         Python ``bool`` (or 0/1).
``string``                       Python ``bytes``: Go strings are byte strings
                                 and may hold invalid UTF-8, which is handled
                                 exactly as Go does (one ``U+FFFD`` per bad
                                 byte, ``\\x..`` in ``%q``).
``nil``                          ``None``.  At top level: a nil interface
                                 (``fmt.Println(nil)`` prints ``<nil>``).
                                 Inside a composite: a nil interface-typed
                                 element/field; its ``type_name`` is the static
                                 interface type (``%#v`` prints
                                 ``interface {}(nil)``).
``struct``                       list of ``(field_name, value)`` pairs, in
                                 declaration order; an embedded field is named
                                 by its type name.  ``type_name`` required
                                 (``'main.Point'`` or ``'struct { X int }'``).
``slice`` / ``array``            list of values, or ``bytes`` when the element
                                 kind is ``uint8`` (then ``%s``/``%q``/``%x``
                                 print it as a string, as Go does).  A nil
                                 slice is ``None``.  ``type_name`` required
                                 (``'[]int'``, ``'[3]string'``).
``map``                          list of ``(key, value)`` pairs in any order
                                 (fmt sorts them as ``internal/fmtsort``
                                 does); ``None`` for a nil map.  ``type_name``
                                 required (``'map[string]int'``).
``ptr``                          an ``int`` address (0 is nil), or a pair
                                 ``(address, pointee)`` where ``pointee`` is a
                                 value: a non-nil pointer to a struct, array,
                                 slice or map prints as ``&{...}``/``&[...]``
                                 at top level, and as its address (``0x...``)
                                 when nested, exactly like Go.  ``type_name``
                                 required (``'*main.T'``).
``chan`` ``func``                an ``int`` address (0 is nil); printed as Go
``unsafe.Pointer``               prints pointers.
===============================  ==============================================

``methods`` (optional 4th slot) is a dict with any of the keys ``'Error'``,
``'String'``, ``'GoString'`` mapping to a zero-argument callable that runs the
Go method and returns its result as ``bytes``.  fmt calls them exactly where Go
would (``handleMethods``: ``Error`` before ``String`` for the verbs
``v s x X q``, ``GoString`` for ``%#v``; never for fields reached through an
unexported struct field).  If the callable raises :class:`MethodPanic`, the
output is Go's ``%!v(PANIC=String method: boom)`` (or ``<nil>`` when the
receiver is a nil pointer).

Deliberate gaps: ``%p`` of a slice or map prints ``0x0`` (the
representation carries no address; Go's output is address-dependent anyway),
``Formatter`` is not supported, and map keys of interface type sort by
(type name, value) whereas Go sorts them by the address of the type
descriptor.
"""
from __future__ import annotations

import math
import struct
from bisect import bisect_right
from functools import cmp_to_key

__all__ = [
    "sprint", "sprintln", "sprintf", "print_bytes", "println_bytes",
    "format_float", "quote", "quote_ascii", "quote_rune", "is_print",
    "can_backquote", "type_string", "type_name_of", "MethodPanic",
]


class MethodPanic(Exception):
    """Raised by a ``methods`` callable when the Go method panicked.

    ``value`` is the panic value (a value tuple); ``nil_receiver`` says the
    receiver was a nil pointer (Go then prints ``<nil>``)."""

    def __init__(self, value=None, nil_receiver=False):
        super().__init__(value)
        self.value = value
        self.nil_receiver = nil_receiver


# ---------------------------------------------------------------- UTF-8, Go style

RUNE_ERROR = 0xFFFD
MAX_RUNE = 0x10FFFF
_RUNE_ERROR_BYTES = b"\xef\xbf\xbd"


def decode_rune(s: bytes, i: int = 0):
    """``utf8.DecodeRune(s[i:])``: (rune, size); (RUNE_ERROR, 1) on a bad byte."""
    c = s[i]
    if c < 0x80:
        return c, 1
    if 0xC2 <= c <= 0xDF:
        n = 2
    elif 0xE0 <= c <= 0xEF:
        n = 3
    elif 0xF0 <= c <= 0xF4:
        n = 4
    else:
        return RUNE_ERROR, 1
    try:
        # Python's strict codec rejects overlongs, surrogates and > U+10FFFF,
        # exactly the sequences Go's decoder rejects.
        return ord(s[i:i + n].decode("utf-8")), n
    except UnicodeDecodeError:
        return RUNE_ERROR, 1


def iter_runes(s: bytes):
    """``for i, r := range s``: yields (index, rune, size)."""
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            yield i, c, 1
            i += 1
        else:
            r, size = decode_rune(s, i)
            yield i, r, size
            i += size


def rune_count(s: bytes) -> int:
    """``utf8.RuneCount``: each invalid byte counts as one rune."""
    if s.isascii():
        return len(s)
    try:
        return len(s.decode("utf-8"))
    except UnicodeDecodeError:
        return sum(1 for _ in iter_runes(s))


def valid_rune(r: int) -> bool:
    return 0 <= r < 0xD800 or 0xDFFF < r <= MAX_RUNE


def encode_rune(r: int) -> bytes:
    """``utf8.EncodeRune``: invalid runes encode as U+FFFD."""
    if not valid_rune(r):
        return _RUNE_ERROR_BYTES
    return chr(r).encode("utf-8")


# ---------------------------------------------------------------- strconv.IsPrint

# Ranges [lo, hi] of the runes for which go1.19's strconv.IsPrint is true
# (generated by running IsPrint over every rune with Go 1.19: Unicode 13.0).
_PRINT_RANGES = (
    0x20, 0x7E, 0xA1, 0xAC, 0xAE, 0x377, 0x37A, 0x37F, 0x384, 0x38A, 0x38C, 0x38C, 0x38E,
    0x3A1, 0x3A3, 0x52F, 0x531, 0x556, 0x559, 0x58A, 0x58D, 0x58F, 0x591, 0x5C7, 0x5D0, 0x5EA,
    0x5EF, 0x5F4, 0x606, 0x61B, 0x61E, 0x6DC, 0x6DE, 0x70D, 0x710, 0x74A, 0x74D, 0x7B1, 0x7C0,
    0x7FA, 0x7FD, 0x82D, 0x830, 0x83E, 0x840, 0x85B, 0x85E, 0x85E, 0x860, 0x86A, 0x8A0, 0x8B4,
    0x8B6, 0x8C7, 0x8D3, 0x8E1, 0x8E3, 0x983, 0x985, 0x98C, 0x98F, 0x990, 0x993, 0x9A8, 0x9AA,
    0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BC, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CE, 0x9D7, 0x9D7,
    0x9DC, 0x9DD, 0x9DF, 0x9E3, 0x9E6, 0x9FE, 0xA01, 0xA03, 0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13,
    0xA28, 0xA2A, 0xA30, 0xA32, 0xA33, 0xA35, 0xA36, 0xA38, 0xA39, 0xA3C, 0xA3C, 0xA3E, 0xA42,
    0xA47, 0xA48, 0xA4B, 0xA4D, 0xA51, 0xA51, 0xA59, 0xA5C, 0xA5E, 0xA5E, 0xA66, 0xA76, 0xA81,
    0xA83, 0xA85, 0xA8D, 0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3, 0xAB5, 0xAB9,
    0xABC, 0xAC5, 0xAC7, 0xAC9, 0xACB, 0xACD, 0xAD0, 0xAD0, 0xAE0, 0xAE3, 0xAE6, 0xAF1, 0xAF9,
    0xAFF, 0xB01, 0xB03, 0xB05, 0xB0C, 0xB0F, 0xB10, 0xB13, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33,
    0xB35, 0xB39, 0xB3C, 0xB44, 0xB47, 0xB48, 0xB4B, 0xB4D, 0xB55, 0xB57, 0xB5C, 0xB5D, 0xB5F,
    0xB63, 0xB66, 0xB77, 0xB82, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90, 0xB92, 0xB95, 0xB99, 0xB9A,
    0xB9C, 0xB9C, 0xB9E, 0xB9F, 0xBA3, 0xBA4, 0xBA8, 0xBAA, 0xBAE, 0xBB9, 0xBBE, 0xBC2, 0xBC6,
    0xBC8, 0xBCA, 0xBCD, 0xBD0, 0xBD0, 0xBD7, 0xBD7, 0xBE6, 0xBFA, 0xC00, 0xC0C, 0xC0E, 0xC10,
    0xC12, 0xC28, 0xC2A, 0xC39, 0xC3D, 0xC44, 0xC46, 0xC48, 0xC4A, 0xC4D, 0xC55, 0xC56, 0xC58,
    0xC5A, 0xC60, 0xC63, 0xC66, 0xC6F, 0xC77, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3,
    0xCB5, 0xCB9, 0xCBC, 0xCC4, 0xCC6, 0xCC8, 0xCCA, 0xCCD, 0xCD5, 0xCD6, 0xCDE, 0xCDE, 0xCE0,
    0xCE3, 0xCE6, 0xCEF, 0xCF1, 0xCF2, 0xD00, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD44, 0xD46, 0xD48,
    0xD4A, 0xD4F, 0xD54, 0xD63, 0xD66, 0xD7F, 0xD81, 0xD83, 0xD85, 0xD96, 0xD9A, 0xDB1, 0xDB3,
    0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6, 0xDCA, 0xDCA, 0xDCF, 0xDD4, 0xDD6, 0xDD6, 0xDD8, 0xDDF,
    0xDE6, 0xDEF, 0xDF2, 0xDF4, 0xE01, 0xE3A, 0xE3F, 0xE5B, 0xE81, 0xE82, 0xE84, 0xE84, 0xE86,
    0xE8A, 0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEC8, 0xECD,
    0xED0, 0xED9, 0xEDC, 0xEDF, 0xF00, 0xF47, 0xF49, 0xF6C, 0xF71, 0xF97, 0xF99, 0xFBC, 0xFBE,
    0xFCC, 0xFCE, 0xFDA, 0x1000, 0x10C5, 0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x1248,
    0x124A, 0x124D, 0x1250, 0x1256, 0x1258, 0x1258, 0x125A, 0x125D, 0x1260, 0x1288, 0x128A,
    0x128D, 0x1290, 0x12B0, 0x12B2, 0x12B5, 0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5,
    0x12C8, 0x12D6, 0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A, 0x135D, 0x137C, 0x1380,
    0x1399, 0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1400, 0x167F, 0x1681, 0x169C, 0x16A0, 0x16F8,
    0x1700, 0x170C, 0x170E, 0x1714, 0x1720, 0x1736, 0x1740, 0x1753, 0x1760, 0x176C, 0x176E,
    0x1770, 0x1772, 0x1773, 0x1780, 0x17DD, 0x17E0, 0x17E9, 0x17F0, 0x17F9, 0x1800, 0x180D,
    0x1810, 0x1819, 0x1820, 0x1878, 0x1880, 0x18AA, 0x18B0, 0x18F5, 0x1900, 0x191E, 0x1920,
    0x192B, 0x1930, 0x193B, 0x1940, 0x1940, 0x1944, 0x196D, 0x1970, 0x1974, 0x1980, 0x19AB,
    0x19B0, 0x19C9, 0x19D0, 0x19DA, 0x19DE, 0x1A1B, 0x1A1E, 0x1A5E, 0x1A60, 0x1A7C, 0x1A7F,
    0x1A89, 0x1A90, 0x1A99, 0x1AA0, 0x1AAD, 0x1AB0, 0x1AC0, 0x1B00, 0x1B4B, 0x1B50, 0x1B7C,
    0x1B80, 0x1BF3, 0x1BFC, 0x1C37, 0x1C3B, 0x1C49, 0x1C4D, 0x1C88, 0x1C90, 0x1CBA, 0x1CBD,
    0x1CC7, 0x1CD0, 0x1CFA, 0x1D00, 0x1DF9, 0x1DFB, 0x1F15, 0x1F18, 0x1F1D, 0x1F20, 0x1F45,
    0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B, 0x1F5D, 0x1F5D, 0x1F5F,
    0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FC4, 0x1FC6, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FDD, 0x1FEF,
    0x1FF2, 0x1FF4, 0x1FF6, 0x1FFE, 0x2010, 0x2027, 0x2030, 0x205E, 0x2070, 0x2071, 0x2074,
    0x208E, 0x2090, 0x209C, 0x20A0, 0x20BF, 0x20D0, 0x20F0, 0x2100, 0x218B, 0x2190, 0x2426,
    0x2440, 0x244A, 0x2460, 0x2B73, 0x2B76, 0x2B95, 0x2B97, 0x2C2E, 0x2C30, 0x2C5E, 0x2C60,
    0x2CF3, 0x2CF9, 0x2D25, 0x2D27, 0x2D27, 0x2D2D, 0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D70,
    0x2D7F, 0x2D96, 0x2DA0, 0x2DA6, 0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0,
    0x2DC6, 0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2DE0, 0x2E52, 0x2E80, 0x2E99,
    0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3001, 0x303F, 0x3041, 0x3096, 0x3099,
    0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0x9FFC,
    0xA000, 0xA48C, 0xA490, 0xA4C6, 0xA4D0, 0xA62B, 0xA640, 0xA6F7, 0xA700, 0xA7BF, 0xA7C2,
    0xA7CA, 0xA7F5, 0xA82C, 0xA830, 0xA839, 0xA840, 0xA877, 0xA880, 0xA8C5, 0xA8CE, 0xA8D9,
    0xA8E0, 0xA953, 0xA95F, 0xA97C, 0xA980, 0xA9CD, 0xA9CF, 0xA9D9, 0xA9DE, 0xA9FE, 0xAA00,
    0xAA36, 0xAA40, 0xAA4D, 0xAA50, 0xAA59, 0xAA5C, 0xAAC2, 0xAADB, 0xAAF6, 0xAB01, 0xAB06,
    0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26, 0xAB28, 0xAB2E, 0xAB30, 0xAB6B, 0xAB70,
    0xABED, 0xABF0, 0xABF9, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFA6D,
    0xFA70, 0xFAD9, 0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E,
    0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFBC1, 0xFBD3, 0xFD3F, 0xFD50, 0xFD8F,
    0xFD92, 0xFDC7, 0xFDF0, 0xFDFD, 0xFE00, 0xFE19, 0xFE20, 0xFE52, 0xFE54, 0xFE66, 0xFE68,
    0xFE6B, 0xFE70, 0xFE74, 0xFE76, 0xFEFC, 0xFF01, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF,
    0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0xFFE0, 0xFFE6, 0xFFE8, 0xFFEE, 0xFFFC, 0xFFFD, 0x10000,
    0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A, 0x1003C, 0x1003D, 0x1003F, 0x1004D, 0x10050,
    0x1005D, 0x10080, 0x100FA, 0x10100, 0x10102, 0x10107, 0x10133, 0x10137, 0x1018E, 0x10190,
    0x1019C, 0x101A0, 0x101A0, 0x101D0, 0x101FD, 0x10280, 0x1029C, 0x102A0, 0x102D0, 0x102E0,
    0x102FB, 0x10300, 0x10323, 0x1032D, 0x1034A, 0x10350, 0x1037A, 0x10380, 0x1039D, 0x1039F,
    0x103C3, 0x103C8, 0x103D5, 0x10400, 0x1049D, 0x104A0, 0x104A9, 0x104B0, 0x104D3, 0x104D8,
    0x104FB, 0x10500, 0x10527, 0x10530, 0x10563, 0x1056F, 0x1056F, 0x10600, 0x10736, 0x10740,
    0x10755, 0x10760, 0x10767, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835, 0x10837,
    0x10838, 0x1083C, 0x1083C, 0x1083F, 0x10855, 0x10857, 0x1089E, 0x108A7, 0x108AF, 0x108E0,
    0x108F2, 0x108F4, 0x108F5, 0x108FB, 0x1091B, 0x1091F, 0x10939, 0x1093F, 0x1093F, 0x10980,
    0x109B7, 0x109BC, 0x109CF, 0x109D2, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A13, 0x10A15,
    0x10A17, 0x10A19, 0x10A35, 0x10A38, 0x10A3A, 0x10A3F, 0x10A48, 0x10A50, 0x10A58, 0x10A60,
    0x10A9F, 0x10AC0, 0x10AE6, 0x10AEB, 0x10AF6, 0x10B00, 0x10B35, 0x10B39, 0x10B55, 0x10B58,
    0x10B72, 0x10B78, 0x10B91, 0x10B99, 0x10B9C, 0x10BA9, 0x10BAF, 0x10C00, 0x10C48, 0x10C80,
    0x10CB2, 0x10CC0, 0x10CF2, 0x10CFA, 0x10D27, 0x10D30, 0x10D39, 0x10E60, 0x10E7E, 0x10E80,
    0x10EA9, 0x10EAB, 0x10EAD, 0x10EB0, 0x10EB1, 0x10F00, 0x10F27, 0x10F30, 0x10F59, 0x10FB0,
    0x10FCB, 0x10FE0, 0x10FF6, 0x11000, 0x1104D, 0x11052, 0x1106F, 0x1107F, 0x110BC, 0x110BE,
    0x110C1, 0x110D0, 0x110E8, 0x110F0, 0x110F9, 0x11100, 0x11134, 0x11136, 0x11147, 0x11150,
    0x11176, 0x11180, 0x111DF, 0x111E1, 0x111F4, 0x11200, 0x11211, 0x11213, 0x1123E, 0x11280,
    0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A9, 0x112B0,
    0x112EA, 0x112F0, 0x112F9, 0x11300, 0x11303, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313,
    0x11328, 0x1132A, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339, 0x1133B, 0x11344, 0x11347,
    0x11348, 0x1134B, 0x1134D, 0x11350, 0x11350, 0x11357, 0x11357, 0x1135D, 0x11363, 0x11366,
    0x1136C, 0x11370, 0x11374, 0x11400, 0x1145B, 0x1145D, 0x11461, 0x11480, 0x114C7, 0x114D0,
    0x114D9, 0x11580, 0x115B5, 0x115B8, 0x115DD, 0x11600, 0x11644, 0x11650, 0x11659, 0x11660,
    0x1166C, 0x11680, 0x116B8, 0x116C0, 0x116C9, 0x11700, 0x1171A, 0x1171D, 0x1172B, 0x11730,
    0x1173F, 0x11800, 0x1183B, 0x118A0, 0x118F2, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C,
    0x11913, 0x11915, 0x11916, 0x11918, 0x11935, 0x11937, 0x11938, 0x1193B, 0x11946, 0x11950,
    0x11959, 0x119A0, 0x119A7, 0x119AA, 0x119D7, 0x119DA, 0x119E4, 0x11A00, 0x11A47, 0x11A50,
    0x11AA2, 0x11AC0, 0x11AF8, 0x11C00, 0x11C08, 0x11C0A, 0x11C36, 0x11C38, 0x11C45, 0x11C50,
    0x11C6C, 0x11C70, 0x11C8F, 0x11C92, 0x11CA7, 0x11CA9, 0x11CB6, 0x11D00, 0x11D06, 0x11D08,
    0x11D09, 0x11D0B, 0x11D36, 0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D, 0x11D3F, 0x11D47, 0x11D50,
    0x11D59, 0x11D60, 0x11D65, 0x11D67, 0x11D68, 0x11D6A, 0x11D8E, 0x11D90, 0x11D91, 0x11D93,
    0x11D98, 0x11DA0, 0x11DA9, 0x11EE0, 0x11EF8, 0x11FB0, 0x11FB0, 0x11FC0, 0x11FF1, 0x11FFF,
    0x12399, 0x12400, 0x1246E, 0x12470, 0x12474, 0x12480, 0x12543, 0x13000, 0x1342E, 0x14400,
    0x14646, 0x16800, 0x16A38, 0x16A40, 0x16A5E, 0x16A60, 0x16A69, 0x16A6E, 0x16A6F, 0x16AD0,
    0x16AED, 0x16AF0, 0x16AF5, 0x16B00, 0x16B45, 0x16B50, 0x16B59, 0x16B5B, 0x16B61, 0x16B63,
    0x16B77, 0x16B7D, 0x16B8F, 0x16E40, 0x16E9A, 0x16F00, 0x16F4A, 0x16F4F, 0x16F87, 0x16F8F,
    0x16F9F, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00,
    0x18D08, 0x1B000, 0x1B11E, 0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00,
    0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88, 0x1BC90, 0x1BC99, 0x1BC9C, 0x1BC9F, 0x1D000,
    0x1D0F5, 0x1D100, 0x1D126, 0x1D129, 0x1D172, 0x1D17B, 0x1D1E8, 0x1D200, 0x1D245, 0x1D2E0,
    0x1D2F3, 0x1D300, 0x1D356, 0x1D360, 0x1D378, 0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E,
    0x1D49F, 0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB,
    0x1D4BB, 0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505, 0x1D507, 0x1D50A, 0x1D50D, 0x1D514, 0x1D516,
    0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E, 0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A,
    0x1D550, 0x1D552, 0x1D6A5, 0x1D6A8, 0x1D7CB, 0x1D7CE, 0x1DA8B, 0x1DA9B, 0x1DA9F, 0x1DAA1,
    0x1DAAF, 0x1E000, 0x1E006, 0x1E008, 0x1E018, 0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026,
    0x1E02A, 0x1E100, 0x1E12C, 0x1E130, 0x1E13D, 0x1E140, 0x1E149, 0x1E14E, 0x1E14F, 0x1E2C0,
    0x1E2F9, 0x1E2FF, 0x1E2FF, 0x1E800, 0x1E8C4, 0x1E8C7, 0x1E8D6, 0x1E900, 0x1E94B, 0x1E950,
    0x1E959, 0x1E95E, 0x1E95F, 0x1EC71, 0x1ECB4, 0x1ED01, 0x1ED3D, 0x1EE00, 0x1EE03, 0x1EE05,
    0x1EE1F, 0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32, 0x1EE34,
    0x1EE37, 0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47, 0x1EE49,
    0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54, 0x1EE57,
    0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F, 0x1EE61,
    0x1EE62, 0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77, 0x1EE79,
    0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3, 0x1EEA5,
    0x1EEA9, 0x1EEAB, 0x1EEBB, 0x1EEF0, 0x1EEF1, 0x1F000, 0x1F02B, 0x1F030, 0x1F093, 0x1F0A0,
    0x1F0AE, 0x1F0B1, 0x1F0BF, 0x1F0C1, 0x1F0CF, 0x1F0D1, 0x1F0F5, 0x1F100, 0x1F1AD, 0x1F1E6,
    0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300,
    0x1F6D7, 0x1F6E0, 0x1F6EC, 0x1F6F0, 0x1F6FC, 0x1F700, 0x1F773, 0x1F780, 0x1F7D8, 0x1F7E0,
    0x1F7EB, 0x1F800, 0x1F80B, 0x1F810, 0x1F847, 0x1F850, 0x1F859, 0x1F860, 0x1F887, 0x1F890,
    0x1F8AD, 0x1F8B0, 0x1F8B1, 0x1F900, 0x1F978, 0x1F97A, 0x1F9CB, 0x1F9CD, 0x1FA53, 0x1FA60,
    0x1FA6D, 0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7A, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAA8, 0x1FAB0,
    0x1FAB6, 0x1FAC0, 0x1FAC2, 0x1FAD0, 0x1FAD6, 0x1FB00, 0x1FB92, 0x1FB94, 0x1FBCA, 0x1FBF0,
    0x1FBF9, 0x20000, 0x2A6DD, 0x2A700, 0x2B734, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0,
    0x2EBE0, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0xE0100, 0xE01EF,
)
_PRINT_LO = _PRINT_RANGES[0::2]
_PRINT_HI = _PRINT_RANGES[1::2]


def is_print(r: int) -> bool:
    """``strconv.IsPrint``: letters, marks, numbers, punctuation, symbols and
    ASCII space, per Go 1.19's Unicode tables."""
    if 0x20 <= r <= 0x7E:
        return True
    if r < 0 or r > MAX_RUNE:
        return False
    i = bisect_right(_PRINT_LO, r) - 1
    return i >= 0 and r <= _PRINT_HI[i]


# ---------------------------------------------------------------- strconv quoting

_LOWERHEX = b"0123456789abcdef"
_ESCAPES = {7: b"\\a", 8: b"\\b", 12: b"\\f", 10: b"\\n", 13: b"\\r", 9: b"\\t", 11: b"\\v"}


def _append_escaped_rune(buf: bytearray, r: int, quote: int, ascii_only: bool) -> None:
    if r == quote or r == 0x5C:     # quote or backslash: always backslashed
        buf.append(0x5C)
        buf.append(r)
        return
    if ascii_only:
        if r < 0x80 and is_print(r):
            buf.append(r)
            return
    elif is_print(r):
        buf += encode_rune(r)
        return
    esc = _ESCAPES.get(r)
    if esc is not None:
        buf += esc
    elif r < 0x20 or r == 0x7F:
        buf += b"\\x" + bytes((_LOWERHEX[r >> 4], _LOWERHEX[r & 0xF]))
    else:
        if not valid_rune(r):
            r = 0xFFFD
        if r < 0x10000:
            buf += b"\\u%04x" % r
        else:
            buf += b"\\U%08x" % r


def _append_quoted(buf: bytearray, s: bytes, quote: int, ascii_only: bool) -> bytearray:
    buf.append(quote)
    for i, r, width in iter_runes(s):
        if width == 1 and r == RUNE_ERROR:
            c = s[i]
            buf += b"\\x" + bytes((_LOWERHEX[c >> 4], _LOWERHEX[c & 0xF]))
            continue
        _append_escaped_rune(buf, r, quote, ascii_only)
    buf.append(quote)
    return buf


def quote(s: bytes) -> bytes:
    """``strconv.Quote``."""
    return bytes(_append_quoted(bytearray(), s, 0x22, False))


def quote_ascii(s: bytes) -> bytes:
    """``strconv.QuoteToASCII``."""
    return bytes(_append_quoted(bytearray(), s, 0x22, True))


def quote_rune(r: int, ascii_only: bool = False) -> bytes:
    """``strconv.QuoteRune`` (``QuoteRuneToASCII`` with ``ascii_only``)."""
    if not valid_rune(r):
        r = RUNE_ERROR
    buf = bytearray(b"'")
    _append_escaped_rune(buf, r, 0x27, ascii_only)
    buf.append(0x27)
    return bytes(buf)


def can_backquote(s: bytes) -> bool:
    """``strconv.CanBackquote``."""
    for _i, r, wid in iter_runes(s):
        if wid > 1:
            if r == 0xFEFF:
                return False
            continue
        if r == RUNE_ERROR:
            return False
        if (r < 0x20 and r != 0x09) or r == 0x60 or r == 0x7F:
            return False
    return True


# ---------------------------------------------------------------- strconv.FormatFloat

class _FloatInfo:
    __slots__ = ("mantbits", "expbits", "bias")

    def __init__(self, mantbits, expbits, bias):
        self.mantbits, self.expbits, self.bias = mantbits, expbits, bias


_FLOAT32 = _FloatInfo(23, 8, -127)
_FLOAT64 = _FloatInfo(52, 11, -1023)
_MASK64 = (1 << 64) - 1


def to_float32(v: float) -> float:
    """Round a Python float to the nearest float32 (Go's ``float32(v)``)."""
    try:
        return struct.unpack("<f", struct.pack("<f", v))[0]
    except OverflowError:
        return math.copysign(math.inf, v)


class _Decimal:
    """strconv's ``decimal``: digits ``d`` (ASCII, no leading/trailing zeros)
    with the decimal point after ``dp`` digits; value 0 has ``d == b''``."""
    __slots__ = ("d", "dp")

    def __init__(self, d: bytes = b"", dp: int = 0):
        self.d, self.dp = d, dp

    @classmethod
    def exact(cls, mant: int, e2: int) -> "_Decimal":
        """The exact decimal value of mant * 2**e2."""
        if mant == 0:
            return cls()
        if e2 >= 0:
            s = str(mant << e2).encode()
            dp = len(s)
        else:
            s = str(mant * 5 ** (-e2)).encode()
            dp = len(s) + e2
        t = s.rstrip(b"0")
        return cls(t, dp)

    def _should_round_up(self, nd: int) -> bool:
        d = self.d
        if d[nd] == 0x35 and nd + 1 == len(d):     # exactly halfway: round to even
            return nd > 0 and (d[nd - 1] - 0x30) % 2 == 1
        return d[nd] >= 0x35

    def round(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        if self._should_round_up(nd):
            self.round_up(nd)
        else:
            self.round_down(nd)

    def round_down(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        self.d = self.d[:nd].rstrip(b"0")
        if not self.d:
            self.dp = 0

    def round_up(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        d = self.d
        for i in range(nd - 1, -1, -1):
            if d[i] < 0x39:
                self.d = d[:i] + bytes((d[i] + 1,))
                return
        self.d = b"1"
        self.dp += 1


def _round_shortest(d: _Decimal, mant: int, exp: int, flt: _FloatInfo) -> None:
    """strconv's roundShortest: shortest digits that read back as the float."""
    if mant == 0:
        d.d = b""
        return
    minexp = flt.bias + 1
    if exp > minexp and 332 * (d.dp - len(d.d)) >= 100 * (exp - flt.mantbits):
        return
    upper = _Decimal.exact(mant * 2 + 1, exp - flt.mantbits - 1)
    if mant > 1 << flt.mantbits or exp == minexp:
        mantlo, explo = mant - 1, exp
    else:
        mantlo, explo = mant * 2 - 1, exp - 1
    lower = _Decimal.exact(mantlo * 2 + 1, explo - flt.mantbits - 1)
    inclusive = mant % 2 == 0
    upperdelta = 0
    ui = 0
    ud, ld, md = upper.d, lower.d, d.d
    while True:
        mi = ui - upper.dp + d.dp
        if mi >= len(md):
            break
        li = ui - upper.dp + lower.dp
        l = ld[li] if 0 <= li < len(ld) else 0x30
        m = md[mi] if mi >= 0 else 0x30
        u = ud[ui] if ui < len(ud) else 0x30
        okdown = l != m or (inclusive and li + 1 == len(ld))
        if upperdelta == 0 and m + 1 < u:
            upperdelta = 2
        elif upperdelta == 0 and m != u:
            upperdelta = 1
        elif upperdelta == 1 and (m != 0x39 or u != 0x30):
            upperdelta = 2
        okup = upperdelta > 0 and (inclusive or upperdelta > 1 or ui + 1 < len(ud))
        if okdown and okup:
            d.round(mi + 1)
            return
        if okdown:
            d.round_down(mi + 1)
            return
        if okup:
            d.round_up(mi + 1)
            return
        ui += 1


def _shortest_float64(v: float) -> _Decimal:
    """Shortest round-trip digits of a finite float64, via Python's repr (which
    is David Gay's shortest, correctly rounded; identical to Go's choice)."""
    r = repr(abs(v))
    if "e" in r:
        mant, e = r.split("e")
        e = int(e)
    else:
        mant, e = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    digits = (ip + fp).encode()
    dp = len(ip) + e
    stripped = digits.lstrip(b"0")
    dp -= len(digits) - len(stripped)
    stripped = stripped.rstrip(b"0")
    if not stripped:
        return _Decimal()
    return _Decimal(stripped, dp)


def _fmt_e(neg: bool, d: bytes, dp: int, prec: int, fmt: str) -> str:
    out = ["-"] if neg else []
    out.append(chr(d[0]) if d else "0")
    if prec > 0:
        out.append(".")
        frac = d[1:prec + 1].decode()
        out.append(frac + "0" * (prec - len(frac)))
    exp = dp - 1 if d else 0
    out.append(fmt)
    if exp < 0:
        out.append("-")
        exp = -exp
    else:
        out.append("+")
    out.append("%02d" % exp)
    return "".join(out)


def _fmt_f(neg: bool, d: bytes, dp: int, prec: int) -> str:
    out = ["-"] if neg else []
    if dp > 0:
        ip = d[:dp].decode()
        out.append(ip + "0" * (dp - len(ip)))
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
        frac = []
        for i in range(prec):
            j = dp + i
            frac.append(chr(d[j]) if 0 <= j < len(d) else "0")
        out.append("".join(frac))
    return "".join(out)


def _format_digits(shortest: bool, neg: bool, d: bytes, dp: int, prec: int, fmt: str) -> str:
    if fmt in "eE":
        return _fmt_e(neg, d, dp, prec, fmt)
    if fmt == "f":
        return _fmt_f(neg, d, dp, prec)
    if fmt in "gG":
        nd = len(d)
        eprec = prec
        if eprec > nd and nd >= dp:
            eprec = nd
        if shortest:
            eprec = 6
        exp = dp - 1
        if exp < -4 or exp >= eprec:
            if prec > nd:
                prec = nd
            return _fmt_e(neg, d, dp, prec - 1, "e" if fmt == "g" else "E")
        if prec > dp:
            prec = nd
        return _fmt_f(neg, d, dp, max(prec - dp, 0))
    return "%" + fmt


def _fmt_b(neg: bool, mant: int, exp: int, flt: _FloatInfo) -> str:
    exp -= flt.mantbits
    return ("-" if neg else "") + str(mant) + "p" + ("+" if exp >= 0 else "") + str(exp)


def _fmt_x(prec: int, fmt: str, neg: bool, mant: int, exp: int, flt: _FloatInfo) -> str:
    if mant == 0:
        exp = 0
    mant = (mant << (60 - flt.mantbits)) & _MASK64
    while mant != 0 and mant & (1 << 60) == 0:
        mant = (mant << 1) & _MASK64
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > 1 << 59:
            mant += 1
        mant = (mant << (60 - shift)) & _MASK64
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    hexd = "0123456789abcdef" if fmt == "x" else "0123456789ABCDEF"
    out = ["-"] if neg else []
    out.append("0" + fmt + "01"[(mant >> 60) & 1])
    mant = (mant << 4) & _MASK64
    if prec < 0 and mant != 0:
        out.append(".")
        while mant != 0:
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & _MASK64
    elif prec > 0:
        out.append(".")
        for _ in range(prec):
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & _MASK64
    out.append("p" if fmt == "x" else "P")
    if exp < 0:
        out.append("-")
        exp = -exp
    else:
        out.append("+")
    out.append("%02d" % exp)
    return "".join(out)


def format_float(v: float, fmt: str, prec: int, bitsize: int = 64) -> str:
    """``strconv.FormatFloat(v, fmt, prec, bitsize)`` for fmt in ``bxXeEfgG``."""
    if bitsize == 32:
        flt = _FLOAT32
        bits = struct.unpack("<I", struct.pack("<f", to_float32(v)))[0]
    else:
        flt = _FLOAT64
        bits = struct.unpack("<Q", struct.pack("<d", v))[0]
    neg = bits >> (flt.expbits + flt.mantbits) != 0
    exp = (bits >> flt.mantbits) & ((1 << flt.expbits) - 1)
    mant = bits & ((1 << flt.mantbits) - 1)
    if exp == (1 << flt.expbits) - 1:
        if mant != 0:
            return "NaN"
        return "-Inf" if neg else "+Inf"
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << flt.mantbits
    exp += flt.bias

    if fmt == "b":
        return _fmt_b(neg, mant, exp, flt)
    if fmt in "xX":
        return _fmt_x(prec, fmt, neg, mant, exp, flt)

    shortest = prec < 0
    if shortest:
        if bitsize == 64:
            dec = _shortest_float64(v)
        else:
            dec = _Decimal.exact(mant, exp - flt.mantbits)
            _round_shortest(dec, mant, exp, flt)
        nd = len(dec.d)
        if fmt in "eE":
            prec = max(nd - 1, 0)
        elif fmt == "f":
            prec = max(nd - dec.dp, 0)
        elif fmt in "gG":
            prec = nd
    else:
        dec = _Decimal.exact(mant, exp - flt.mantbits)
        if fmt in "eE":
            dec.round(prec + 1)
        elif fmt == "f":
            dec.round(dec.dp + prec)
        elif fmt in "gG":
            if prec == 0:
                prec = 1
            dec.round(prec)
    return _format_digits(shortest, neg, dec.d, dec.dp, prec, fmt)


# ---------------------------------------------------------------- values

_INT_BITS = {
    "int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
    "uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64,
}
_SIGNED = frozenset(("int", "int8", "int16", "int32", "int64"))
_KIND_ALIASES = {"byte": "uint8", "rune": "int32"}
_ADDRESS_KINDS = frozenset(("ptr", "chan", "func", "unsafe.Pointer", "map", "slice"))


def _kind(a) -> str:
    k = a[0]
    return _KIND_ALIASES.get(k, k)


def type_name_of(a) -> str:
    """The reflect type string of a value: its ``type_name`` or its kind."""
    if len(a) > 2 and a[2]:
        return a[2]
    k = _kind(a)
    if k == "nil":
        return "<nil>"
    return k


def _methods(a):
    return a[3] if len(a) > 3 else None


def _int_value(kind: str, v) -> int:
    """Wrap v to the width of an integer kind; returns the Go value."""
    v = int(v)
    bits = _INT_BITS[kind]
    mask = (1 << bits) - 1
    v &= mask
    if kind in _SIGNED and v >> (bits - 1):
        v -= 1 << bits
    return v


def _address(a) -> int:
    v = a[1]
    if isinstance(v, tuple):
        v = v[0]
    if v is None or isinstance(v, (list, bytes, bytearray)):
        return 0
    return int(v) & _MASK64


def _is_exported(name: str) -> bool:
    return bool(name) and name[0].isupper()


# ---------------------------------------------------------------- the printer (pp + fmt)

_LDIGITS = "0123456789abcdefx"
_UDIGITS = "0123456789ABCDEFX"
_NIL_ANGLE = b"<nil>"
_NIL_PAREN = b"(nil)"


def _too_large(x: int) -> bool:
    return x > 1000000 or x < -1000000


def _parsenum(s: bytes, start: int, end: int):
    """(num, isnum, newi), as fmt's parsenum."""
    if start >= end:
        return 0, False, end
    num, isnum, newi = 0, False, start
    while newi < end and 0x30 <= s[newi] <= 0x39:
        if _too_large(num):
            return 0, False, end
        num = num * 10 + s[newi] - 0x30
        isnum = True
        newi += 1
    return num, isnum, newi


def _parse_arg_number(fmt: bytes, start: int):
    """(index, wid, ok) for the bracketed number at fmt[start]."""
    if len(fmt) - start < 3:
        return 0, 1, False
    for i in range(start + 1, len(fmt)):
        if fmt[i] == 0x5D:  # ']'
            width, ok, newi = _parsenum(fmt, start + 1, i)
            if not ok or newi != i:
                return 0, i - start + 1, False
            return width - 1, i - start + 1, True
    return 0, 1, False


def _int_from_arg(a, argnum: int):
    """(num, isint, newargnum), as fmt's intFromArg."""
    num, isint, newargnum = 0, False, argnum
    if argnum < len(a):
        arg = a[argnum]
        k = _kind(arg)
        if k in _INT_BITS:
            n = _int_value(k, arg[1])
            if k in _SIGNED:
                num, isint = n, True
            elif n < 1 << 63:
                num, isint = n, True
        newargnum = argnum + 1
        if _too_large(num):
            num, isint = 0, False
    return num, isint, newargnum


class _Printer:
    """Go's ``pp`` and ``fmt`` merged: a byte buffer plus the current flags."""

    def __init__(self):
        self.buf = bytearray()
        self.clearflags()
        self.arg = None        # the current argument (None: Go's nil interface)
        self.value = None      # the current value in printValue (None: invalid)
        self.erroring = False
        self.panicking = False
        self.reordered = False
        self.good_arg_num = True

    # ------------------------------------------------------------ fmt.go

    def clearflags(self):
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plusV = self.sharpV = False
        self.wid = self.prec = 0

    def _flags(self):
        return (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
                self.space, self.zero, self.plusV, self.sharpV, self.wid, self.prec)

    def _set_flags(self, f):
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
         self.space, self.zero, self.plusV, self.sharpV, self.wid, self.prec) = f

    def write_padding(self, n: int):
        if n <= 0:
            return
        self.buf += (b"0" if self.zero else b" ") * n

    def pad(self, b: bytes):
        if not self.wid_present or self.wid == 0:
            self.buf += b
            return
        width = self.wid - rune_count(b)
        if not self.minus:
            self.write_padding(width)
            self.buf += b
        else:
            self.buf += b
            self.write_padding(width)

    pad_string = pad

    def fmt_boolean(self, v: bool):
        self.pad_string(b"true" if v else b"false")

    def fmt_unicode(self, u: int):
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        tail = b""
        if self.sharp and u <= MAX_RUNE and is_print(u):
            tail = b" '" + encode_rune(u) + b"'"
        h = "%X" % u
        if len(h) < prec:
            h = "0" * (prec - len(h)) + h
        old = self.zero
        self.zero = False
        self.pad(b"U+" + h.encode() + tail)
        self.zero = old

    def fmt_integer(self, u: int, base: int, is_signed: bool, verb: str, digits: str):
        u &= _MASK64
        negative = is_signed and u >> 63 != 0
        if negative:
            u = (-u) & _MASK64
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old
                return
        elif self.zero and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = ("%x" if digits is _LDIGITS else "%X") % u
        elif base == 8:
            s = "%o" % u
        else:
            s = format(u, "b")
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8:
                if s[0] != "0":
                    s = "0" + s
            elif base == 16:
                s = "0" + digits[16] + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        old = self.zero
        self.zero = False
        self.pad(s.encode())
        self.zero = old

    def truncate(self, s: bytes) -> bytes:
        if self.prec_present:
            n = self.prec
            for i, _r, _w in iter_runes(s):
                n -= 1
                if n < 0:
                    return s[:i]
        return s

    def fmt_s(self, s: bytes):
        self.pad_string(self.truncate(s))

    def fmt_sbx(self, s: bytes, digits: str):
        length = len(s)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        out = []
        prefix = "0" + digits[16]
        if self.sharp:
            out.append(prefix)
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append(prefix)
            c = s[i]
            out.append(digits[c >> 4] + digits[c & 0xF])
        self.buf += "".join(out).encode()
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s: bytes):
        s = self.truncate(s)
        if self.sharp and can_backquote(s):
            self.pad_string(b"`" + s + b"`")
            return
        if self.plus:
            self.pad(quote_ascii(s))
        else:
            self.pad(quote(s))

    def fmt_c(self, c: int):
        r = c if c <= MAX_RUNE else RUNE_ERROR
        self.pad(encode_rune(r))

    def fmt_qc(self, c: int):
        r = c if c <= MAX_RUNE else RUNE_ERROR
        self.pad(quote_rune(r, self.plus))

    def fmt_float(self, v: float, size: int, verb: str, prec: int):
        if self.prec_present:
            prec = self.prec
        s = format_float(v, verb, prec, size)
        num = bytearray(s.encode())
        if num[0] in b"-+":
            pass
        else:
            num[0:0] = b"+"
        if self.space and num[0] == 0x2B and not self.plus:
            num[0] = 0x20
        if num[1] in b"IN":
            old = self.zero
            self.zero = False
            if num[1] == 0x4E and not self.space and not self.plus:
                num = num[1:]
            self.pad(bytes(num))
            self.zero = old
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in ("v", "g", "G", "x"):
                digits = prec
                if digits == -1:
                    digits = 6
            tail = b""
            has_point = False
            saw_nonzero = False
            i = 1
            while i < len(num):
                c = num[i]
                if c == 0x2E:
                    has_point = True
                elif c in b"pP":
                    tail = bytes(num[i:])
                    del num[i:]
                    break
                elif c in b"eE" and verb not in ("x", "X"):
                    tail = bytes(num[i:])
                    del num[i:]
                    break
                else:
                    if c != 0x30:
                        saw_nonzero = True
                    if saw_nonzero:
                        digits -= 1
                i += 1
            if not has_point:
                if len(num) == 2 and num[1] == 0x30:
                    digits -= 1
                num.append(0x2E)
            if digits > 0:
                num += b"0" * digits
            num += tail
        if self.plus or num[0] != 0x2B:
            if self.zero and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.write_padding(self.wid - len(num))
                self.buf += num[1:]
                return
            self.pad(bytes(num))
            return
        self.pad(bytes(num[1:]))

    # ------------------------------------------------------------ print.go

    def fmt_bool(self, v: bool, verb: str):
        if verb in ("t", "v"):
            self.fmt_boolean(v)
        else:
            self.bad_verb(verb)

    def fmt0x64(self, v: int, leading0x: bool):
        sharp = self.sharp
        self.sharp = leading0x
        self.fmt_integer(v, 16, False, "v", _LDIGITS)
        self.sharp = sharp

    def fmt_int(self, v: int, is_signed: bool, verb: str):
        """pp.fmtInteger; v is the Go value (any sign), reinterpreted as uint64."""
        u = v & _MASK64
        if verb == "v":
            if self.sharpV and not is_signed:
                self.fmt0x64(u, True)
            else:
                self.fmt_integer(u, 10, is_signed, verb, _LDIGITS)
        elif verb == "d":
            self.fmt_integer(u, 10, is_signed, verb, _LDIGITS)
        elif verb == "b":
            self.fmt_integer(u, 2, is_signed, verb, _LDIGITS)
        elif verb in ("o", "O"):
            self.fmt_integer(u, 8, is_signed, verb, _LDIGITS)
        elif verb == "x":
            self.fmt_integer(u, 16, is_signed, verb, _LDIGITS)
        elif verb == "X":
            self.fmt_integer(u, 16, is_signed, verb, _UDIGITS)
        elif verb == "c":
            self.fmt_c(u)
        elif verb == "q":
            self.fmt_qc(u)
        elif verb == "U":
            self.fmt_unicode(u)
        else:
            self.bad_verb(verb)

    def fmt_flt(self, v: float, size: int, verb: str):
        if verb == "v":
            self.fmt_float(v, size, "g", -1)
        elif verb in ("b", "g", "G", "x", "X"):
            self.fmt_float(v, size, verb, -1)
        elif verb in ("f", "e", "E"):
            self.fmt_float(v, size, verb, 6)
        elif verb == "F":
            self.fmt_float(v, size, "f", 6)
        else:
            self.bad_verb(verb)

    def fmt_complex(self, v: complex, size: int, verb: str):
        if verb in ("v", "b", "g", "G", "x", "X", "f", "F", "e", "E"):
            old_plus = self.plus
            self.buf.append(0x28)
            self.fmt_flt(v.real, size // 2, verb)
            self.plus = True
            self.fmt_flt(v.imag, size // 2, verb)
            self.buf += b"i)"
            self.plus = old_plus
        else:
            self.bad_verb(verb)

    def fmt_string(self, v: bytes, verb: str):
        if verb == "v":
            if self.sharpV:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(v, _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(v, _UDIGITS)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(verb)

    def fmt_bytes(self, v, verb: str, type_string: str, elem_type: str = "uint8"):
        """pp.fmtBytes: v is bytes, or None for a nil slice."""
        if verb in ("v", "d"):
            if self.sharpV:
                self.buf += type_string.encode()
                if v is None:
                    self.buf += _NIL_PAREN
                    return
                self.buf.append(0x7B)
                for i, c in enumerate(v):
                    if i > 0:
                        self.buf += b", "
                    self.fmt0x64(c, True)
                self.buf.append(0x7D)
            else:
                self.buf.append(0x5B)
                for i, c in enumerate(v or b""):
                    if i > 0:
                        self.buf.append(0x20)
                    self.fmt_integer(c, 10, False, verb, _LDIGITS)
                self.buf.append(0x5D)
        elif verb == "s":
            self.fmt_s(bytes(v or b""))
        elif verb == "x":
            self.fmt_sbx(bytes(v or b""), _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(bytes(v or b""), _UDIGITS)
        elif verb == "q":
            self.fmt_q(bytes(v or b""))
        else:
            self.print_value(("slice", v, "[]uint8"), verb, 0, True)

    def fmt_pointer(self, a, verb: str):
        k = _kind(a)
        if k not in _ADDRESS_KINDS:
            self.bad_verb(verb)
            return
        u = _address(a)
        if verb == "v":
            if self.sharpV:
                self.buf += b"(" + type_name_of(a).encode() + b")("
                if u == 0:
                    self.buf += b"nil"
                else:
                    self.fmt0x64(u, True)
                self.buf.append(0x29)
            else:
                if u == 0:
                    self.pad_string(_NIL_ANGLE)
                else:
                    self.fmt0x64(u, not self.sharp)
        elif verb == "p":
            self.fmt0x64(u, not self.sharp)
        elif verb in ("b", "o", "d", "x", "X"):
            self.fmt_int(u, False, verb)
        else:
            self.bad_verb(verb)

    def bad_verb(self, verb: str):
        self.erroring = True
        self.buf += b"%!" + verb.encode("utf-8", "surrogatepass") + b"("
        if self.arg is not None:
            self.buf += type_name_of(self.arg).encode() + b"="
            self.print_arg(self.arg, "v")
        elif self.value is not None:
            self.buf += type_name_of(self.value).encode() + b"="
            self.print_value(self.value, "v", 0, True)
        else:
            self.buf += _NIL_ANGLE
        self.buf.append(0x29)
        self.erroring = False

    def catch_panic(self, arg, verb: str, method: str, exc: MethodPanic):
        if _kind(arg) == "ptr" and _address(arg) == 0 or exc.nil_receiver:
            self.buf += _NIL_ANGLE
            return
        if self.panicking:
            raise exc
        old = self._flags()
        self.clearflags()
        self.buf += b"%!" + verb.encode() + b"(PANIC=" + method.encode() + b" method: "
        self.panicking = True
        try:
            self.print_arg(exc.value if exc.value is not None else ("nil", None), "v")
        finally:
            self.panicking = False
        self.buf.append(0x29)
        self._set_flags(old)

    def handle_methods(self, verb: str) -> bool:
        if self.erroring or self.arg is None:
            return False
        methods = _methods(self.arg)
        if not methods:
            return False
        arg = self.arg
        if self.sharpV:
            fn = methods.get("GoString")
            if fn is not None:
                try:
                    self.fmt_s(_as_bytes(fn()))
                except MethodPanic as e:
                    self.catch_panic(arg, verb, "GoString", e)
                return True
        elif verb in ("v", "s", "x", "X", "q"):
            for name in ("Error", "String"):
                fn = methods.get(name)
                if fn is not None:
                    try:
                        self.fmt_string(_as_bytes(fn()), verb)
                    except MethodPanic as e:
                        self.catch_panic(arg, verb, name, e)
                    return True
        return False

    def print_arg(self, arg, verb: str):
        k = _kind(arg)
        if k == "nil":
            self.arg = None
            self.value = None
            if verb in ("T", "v"):
                self.pad_string(_NIL_ANGLE)
            else:
                self.bad_verb(verb)
            return
        self.arg = arg
        self.value = None
        if verb == "T":
            self.fmt_s(type_name_of(arg).encode())
            return
        if verb == "p":
            self.fmt_pointer(arg, "p")
            return
        if _methods(arg) and self.handle_methods(verb):
            return
        v = arg[1]
        if k in _INT_BITS:
            self.fmt_int(_int_value(k, v), k in _SIGNED, verb)
        elif k == "string":
            self.fmt_string(_as_bytes(v), verb)
        elif k == "float64":
            self.fmt_flt(float(v), 64, verb)
        elif k == "float32":
            self.fmt_flt(to_float32(float(v)), 32, verb)
        elif k == "bool":
            self.fmt_bool(bool(v), verb)
        elif (k == "slice" and type_name_of(arg) == "[]uint8" and not _methods(arg)
              and (v is None or isinstance(v, (bytes, bytearray)))):
            self.fmt_bytes(v, verb, "[]byte")
        else:
            self.print_value(arg, verb, 0, True)

    def print_value(self, a, verb: str, depth: int, can_iface: bool):
        """pp.printValue; can_iface is reflect's CanInterface (False below an
        unexported struct field)."""
        k = _kind(a)
        if depth > 0 and can_iface and k != "nil":
            self.arg = a
            if _methods(a) and self.handle_methods(verb):
                return
        self.arg = None
        self.value = a
        v = a[1]
        if k in _INT_BITS:
            self.fmt_int(_int_value(k, v), k in _SIGNED, verb)
        elif k == "string":
            self.fmt_string(_as_bytes(v), verb)
        elif k == "float64":
            self.fmt_flt(float(v), 64, verb)
        elif k == "float32":
            self.fmt_flt(to_float32(float(v)), 32, verb)
        elif k == "bool":
            self.fmt_bool(bool(v), verb)
        elif k == "complex128":
            self.fmt_complex(complex(v), 128, verb)
        elif k == "complex64":
            c = complex(v)
            self.fmt_complex(complex(to_float32(c.real), to_float32(c.imag)), 64, verb)
        elif k == "nil":
            # an interface holding nil (at depth 0 the VM's nil never gets here)
            if self.sharpV:
                self.buf += (a[2] if len(a) > 2 and a[2] else "interface {}").encode()
                self.buf += _NIL_PAREN
            else:
                self.buf += _NIL_ANGLE
        elif k == "map":
            tn = type_name_of(a)
            if self.sharpV:
                self.buf += tn.encode()
                if v is None:
                    self.buf += _NIL_PAREN
                    return
                self.buf.append(0x7B)
            else:
                self.buf += b"map["
            for i, (key, val) in enumerate(_sort_map(v or ())):
                if i > 0:
                    self.buf += b", " if self.sharpV else b" "
                self.print_value(key, verb, depth + 1, can_iface)
                self.buf.append(0x3A)
                self.print_value(val, verb, depth + 1, can_iface)
            self.buf += b"}" if self.sharpV else b"]"
        elif k == "struct":
            if self.sharpV:
                self.buf += type_name_of(a).encode()
            self.buf.append(0x7B)
            for i, (name, fv) in enumerate(v):
                if i > 0:
                    self.buf += b", " if self.sharpV else b" "
                if (self.plusV or self.sharpV) and name:
                    self.buf += _as_bytes(name) + b":"
                self.print_value(fv, verb, depth + 1,
                                 can_iface and _is_exported(_as_str(name)))
            self.buf.append(0x7D)
        elif k in ("slice", "array"):
            tn = type_name_of(a)
            is_bytes = isinstance(v, (bytes, bytearray))
            if verb in ("s", "q", "x", "X"):
                b = _byte_elems(v, tn)
                if b is not None:
                    self.fmt_bytes(b, verb, tn)
                    return
            if is_bytes:
                et = _elem_type(tn)
                elems = [("uint8", c, et) for c in v]
            else:
                elems = v or ()
            if self.sharpV:
                self.buf += tn.encode()
                if k == "slice" and v is None:
                    self.buf += _NIL_PAREN
                    return
                self.buf.append(0x7B)
                for i, e in enumerate(elems):
                    if i > 0:
                        self.buf += b", "
                    self.print_value(e, verb, depth + 1, can_iface)
                self.buf.append(0x7D)
            else:
                self.buf.append(0x5B)
                for i, e in enumerate(elems):
                    if i > 0:
                        self.buf.append(0x20)
                    self.print_value(e, verb, depth + 1, can_iface)
                self.buf.append(0x5D)
        elif k == "ptr":
            if depth == 0 and isinstance(v, tuple) and v[0] and v[1] is not None:
                pk = _kind(v[1])
                if pk in ("array", "slice", "struct", "map"):
                    self.buf.append(0x26)
                    self.print_value(v[1], verb, depth + 1, can_iface)
                    return
            self.fmt_pointer(a, verb)
        elif k in _ADDRESS_KINDS:
            self.fmt_pointer(a, verb)
        else:
            raise TypeError(f"govm.fmt: unknown value kind {k!r}")

    # ------------------------------------------------------------ doPrint*

    def arg_number(self, argnum: int, fmt: bytes, i: int, numargs: int):
        if len(fmt) <= i or fmt[i] != 0x5B:
            return argnum, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(fmt, i)
        if ok and 0 <= index < numargs:
            return index, i + wid, True
        self.good_arg_num = False
        return argnum, i + wid, ok

    def do_printf(self, fmt: bytes, a):
        end = len(fmt)
        argnum = 0
        after_index = False
        self.reordered = False
        i = 0
        while i < end:
            self.good_arg_num = True
            lasti = i
            j = fmt.find(b"%", i)
            i = end if j < 0 else j
            if i > lasti:
                self.buf += fmt[lasti:i]
            if i >= end:
                break
            i += 1
            self.clearflags()
            simple = False
            while i < end:
                c = fmt[i]
                if c == 0x23:      # '#'
                    self.sharp = True
                elif c == 0x30:    # '0'
                    self.zero = not self.minus
                elif c == 0x2B:    # '+'
                    self.plus = True
                elif c == 0x2D:    # '-'
                    self.minus = True
                    self.zero = False
                elif c == 0x20:    # ' '
                    self.space = True
                else:
                    if 0x61 <= c <= 0x7A and argnum < len(a):
                        verb = chr(c)
                        if verb == "v":
                            self.sharpV = self.sharp
                            self.sharp = False
                            self.plusV = self.plus
                            self.plus = False
                        self.print_arg(a[argnum], verb)
                        argnum += 1
                        i += 1
                        simple = True
                    break
                i += 1
            if simple:
                continue

            argnum, i, after_index = self.arg_number(argnum, fmt, i, len(a))

            if i < end and fmt[i] == 0x2A:   # '*'
                i += 1
                self.wid, self.wid_present, argnum = _int_from_arg(a, argnum)
                if not self.wid_present:
                    self.buf += b"%!(BADWIDTH)"
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    self.good_arg_num = False

            if i + 1 < end and fmt[i] == 0x2E:   # '.'
                i += 1
                if after_index:
                    self.good_arg_num = False
                argnum, i, after_index = self.arg_number(argnum, fmt, i, len(a))
                if i < end and fmt[i] == 0x2A:
                    i += 1
                    self.prec, self.prec_present, argnum = _int_from_arg(a, argnum)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        self.buf += b"%!(BADPREC)"
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True

            if not after_index:
                argnum, i, after_index = self.arg_number(argnum, fmt, i, len(a))

            if i >= end:
                self.buf += b"%!(NOVERB)"
                break

            c = fmt[i]
            if c < 0x80:
                verb, size = chr(c), 1
            else:
                r, size = decode_rune(fmt, i)
                verb = chr(r)
            i += size

            if verb == "%":
                self.buf.append(0x25)
            elif not self.good_arg_num:
                self.buf += b"%!" + verb.encode() + b"(BADINDEX)"
            elif argnum >= len(a):
                self.buf += b"%!" + verb.encode() + b"(MISSING)"
            else:
                if verb == "v":
                    self.sharpV = self.sharp
                    self.sharp = False
                    self.plusV = self.plus
                    self.plus = False
                self.print_arg(a[argnum], verb)
                argnum += 1

        if not self.reordered and argnum < len(a):
            self.clearflags()
            self.buf += b"%!(EXTRA "
            for n, arg in enumerate(a[argnum:]):
                if n > 0:
                    self.buf += b", "
                if _kind(arg) == "nil":
                    self.buf += _NIL_ANGLE
                else:
                    self.buf += type_name_of(arg).encode() + b"="
                    self.print_arg(arg, "v")
            self.buf.append(0x29)

    def do_print(self, a):
        prev_string = False
        for n, arg in enumerate(a):
            is_string = _kind(arg) == "string"
            if n > 0 and not is_string and not prev_string:
                self.buf.append(0x20)
            self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, a):
        for n, arg in enumerate(a):
            if n > 0:
                self.buf.append(0x20)
            self.print_arg(arg, "v")
        self.buf.append(0x0A)


def _as_bytes(s) -> bytes:
    if isinstance(s, str):
        return s.encode("utf-8")
    return bytes(s)


def _as_str(s) -> str:
    if isinstance(s, (bytes, bytearray)):
        return s.decode("utf-8", "replace")
    return s


def _byte_elems(v, tn: str):
    """The bytes of a slice/array whose element kind is uint8, else None."""
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if not v:
        return b"" if _elem_type(tn) == "uint8" else None
    if all(_kind(e) == "uint8" for e in v):
        return bytes(_int_value("uint8", e[1]) for e in v)
    return None


def _elem_type(tn: str) -> str:
    """Element type of a slice/array type string: '[]T' / '[N]T' -> 'T'."""
    if tn.startswith("["):
        j = tn.find("]")
        if j >= 0:
            return tn[j + 1:]
    return "uint8"


# ---------------------------------------------------------------- map key order (internal/fmtsort)

def _compare(a, b) -> int:
    ka, kb = _kind(a), _kind(b)
    if ka != kb:
        # interface-typed keys holding different dynamic types (Go orders
        # these by type descriptor address: not reproducible); nil first
        if ka == "nil":
            return -1
        if kb == "nil":
            return 1
        ta, tb = type_name_of(a), type_name_of(b)
        return -1 if ta < tb else (1 if ta > tb else 0)
    va, vb = a[1], b[1]
    if ka in _INT_BITS:
        x, y = _int_value(ka, va), _int_value(ka, vb)
    elif ka == "string":
        x, y = _as_bytes(va), _as_bytes(vb)
    elif ka in ("float64", "float32"):
        x, y = float(va), float(vb)
        if math.isnan(x):
            return -1
        if math.isnan(y):
            return 1
    elif ka == "bool":
        x, y = bool(va), bool(vb)
    elif ka in ("complex128", "complex64"):
        c = _compare(("float64", complex(va).real), ("float64", complex(vb).real))
        if c:
            return c
        return _compare(("float64", complex(va).imag), ("float64", complex(vb).imag))
    elif ka in _ADDRESS_KINDS:
        x, y = _address(a), _address(b)
    elif ka == "struct":
        for (_n1, f1), (_n2, f2) in zip(va, vb):
            c = _compare(f1, f2)
            if c:
                return c
        return 0
    elif ka == "array":
        ea = [("uint8", c) for c in va] if isinstance(va, (bytes, bytearray)) else va
        eb = [("uint8", c) for c in vb] if isinstance(vb, (bytes, bytearray)) else vb
        for e1, e2 in zip(ea, eb):
            c = _compare(e1, e2)
            if c:
                return c
        return 0
    elif ka == "nil":
        return 0
    else:
        raise TypeError(f"govm.fmt: cannot order map keys of kind {ka!r}")
    return -1 if x < y else (1 if x > y else 0)


def _sort_map(pairs):
    return sorted(pairs, key=cmp_to_key(lambda p, q: _compare(p[0], q[0])))


# ---------------------------------------------------------------- public API

def sprint(args) -> bytes:
    """``fmt.Sprint(args...)`` (what ``fmt.Print`` writes)."""
    p = _Printer()
    p.do_print(args)
    return bytes(p.buf)


def sprintln(args) -> bytes:
    """``fmt.Sprintln(args...)`` (what ``fmt.Println`` writes)."""
    p = _Printer()
    p.do_println(args)
    return bytes(p.buf)


def sprintf(format, args) -> bytes:
    """``fmt.Sprintf(format, args...)`` (what ``fmt.Printf`` writes)."""
    p = _Printer()
    p.do_printf(_as_bytes(format), args)
    return bytes(p.buf)


# ---------------------------------------------------------------- builtin print/println (runtime/print.go)

def _runtime_float(v: float) -> bytes:
    """runtime.printfloat: '+1.234568e+003' (7 digits, rounded the runtime's way)."""
    if v != v:
        return b"NaN"
    if v + v == v and v > 0:
        return b"+Inf"
    if v + v == v and v < 0:
        return b"-Inf"
    n = 7
    buf = bytearray(n + 7)
    buf[0] = 0x2B
    e = 0
    if v == 0:
        if math.copysign(1.0, v) < 0:
            buf[0] = 0x2D
    else:
        if v < 0:
            v = -v
            buf[0] = 0x2D
        while v >= 10:
            e += 1
            v /= 10
        while v < 1:
            e -= 1
            v *= 10
        h = 5.0
        for _ in range(n):
            h /= 10
        v += h
        if v >= 10:
            e += 1
            v /= 10
    for i in range(n):
        s = int(v)
        buf[i + 2] = s + 0x30
        v -= float(s)
        v *= 10
    buf[1] = buf[2]
    buf[2] = 0x2E
    buf[n + 2] = 0x65
    buf[n + 3] = 0x2B
    if e < 0:
        e = -e
        buf[n + 3] = 0x2D
    buf[n + 4] = e // 100 + 0x30
    buf[n + 5] = e // 10 % 10 + 0x30
    buf[n + 6] = e % 10 + 0x30
    return bytes(buf)


def _runtime_one(a) -> bytes:
    k = _kind(a)
    v = a[1]
    if k in _INT_BITS:
        return str(_int_value(k, v)).encode()
    if k == "string":
        return _as_bytes(v)
    if k == "bool":
        return b"true" if v else b"false"
    if k == "float64":
        return _runtime_float(float(v))
    if k == "float32":
        return _runtime_float(to_float32(float(v)))
    if k in ("complex128", "complex64"):
        c = complex(v)
        return b"(" + _runtime_float(c.real) + _runtime_float(c.imag) + b"i)"
    if k in ("ptr", "chan", "func", "unsafe.Pointer", "map"):
        return b"0x%x" % _address(a)
    if k == "nil":
        return b"nil"
    raise TypeError(f"govm.fmt: print/println of kind {k!r} is not supported")


def print_bytes(args) -> bytes:
    """What the builtin ``print(args...)`` writes (to stderr): no separators."""
    return b"".join(_runtime_one(a) for a in args)


def println_bytes(args) -> bytes:
    """What the builtin ``println(args...)`` writes (to stderr)."""
    return b" ".join(_runtime_one(a) for a in args) + b"\n"


# ---------------------------------------------------------------- reflect type strings

def type_string(t) -> str:
    """The ``reflect.Type.String()`` spelling of a ``govm.types.Type``."""
    from . import types as T
    if isinstance(t, T.Named):
        if t.obj is None or getattr(t.obj, "pkg", "main") in ("", None, "builtin"):
            return t.name
        return f"{getattr(t.obj, 'pkg', 'main')}.{t.name}"
    if isinstance(t, T.Basic):
        return t.kind
    if isinstance(t, T.Pointer):
        return "*" + type_string(t.elem)
    if isinstance(t, T.Slice):
        return "[]" + type_string(t.elem)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + type_string(t.elem)
    if isinstance(t, T.Map):
        return f"map[{type_string(t.key)}]{type_string(t.elem)}"
    if isinstance(t, T.Chan):
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[t.dir] + type_string(t.elem)
    if isinstance(t, T.Struct):
        if not t.fields:
            return "struct {}"
        parts = [type_string(f.type) if f.embedded else f"{f.name} {type_string(f.type)}"
                 for f in t.fields]
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, T.Interface):
        if not t.methods:
            return "interface {}"
        return "interface { " + "; ".join(
            m.name + type_string(m.type)[4:] for m in t.methods) + " }"
    if isinstance(t, T.Signature):
        ps = []
        for i, p in enumerate(t.params):
            if t.variadic and i == len(t.params) - 1:
                ps.append("..." + type_string(p.type.elem))
            else:
                ps.append(type_string(p.type))
        s = "func(" + ", ".join(ps) + ")"
        if len(t.results) == 1:
            s += " " + type_string(t.results[0].type)
        elif t.results:
            s += " (" + ", ".join(type_string(r.type) for r in t.results) + ")"
        return s
    return str(t)
