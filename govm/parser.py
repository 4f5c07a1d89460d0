"""Go source text -> ``govm.ast``.

The grammar is ``grammar/go.lark``, an LALR(1) Lark grammar that follows
the Go specification.  This module adds what a grammar cannot express:

* ``GoPostLexer``: Go's automatic semicolon insertion (spec "Semicolons"),
  the conversion of Lark's character columns to gc's byte columns, and the
  validation and decoding of literals with gc's messages;
* ``_Builder``: the Lark callbacks, run while parsing (no parse tree is
  built), that produce ``govm.ast`` nodes and perform the few checks gc's
  parser performs;
* the translation of every failure into a ``CompileError`` worded like gc's.

API: ``parse(src, filename="") -> ast.File``.  It raises ``CompileError``
for any bad input and never any other exception.

The Lark parser is built once per process, from Lark's cache file when
possible (``~/.cache/govm/`` or the temporary directory).
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import threading
import unicodedata
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedToken

from . import ast
from .ast import Pos
from .errors import CompileError

GRAMMAR_PATH = Path(__file__).resolve().parent.parent / "grammar" / "go.lark"

__all__ = ["parse", "tokenize", "GoPostLexer", "GRAMMAR_PATH"]


# ---------------------------------------------------------------- per-parse state

class _State:
    __slots__ = ("src", "lines", "nonascii", "eof", "guards", "used_guards", "guard_pos", "arrows")

    def __init__(self, src: str):
        self.src = src
        self.lines = None
        self.nonascii = None
        if not src.isascii():
            self.lines = src.split("\n")
            self.nonascii = {i + 1 for i, l in enumerate(self.lines) if not l.isascii()}
        nl = src.count("\n")
        last = src[src.rfind("\n") + 1:]
        self.eof = Pos(nl + 1, _blen(last) + 1)
        self.guards = []          # TypeAssertExpr nodes of x.(type)
        self.used_guards = set()  # ids of those that head a type switch
        self.guard_pos = {}       # id -> error position for "x := y.(type)"
        self.arrows = {}          # id(ChanType) -> position of "<-" in "chan<-"

    def bytecol(self, line: int, col: int) -> int:
        """Lark's 1-based character column -> gc's 1-based byte column."""
        if self.nonascii is not None and line in self.nonascii:
            return _blen(self.lines[line - 1][:col - 1]) + 1
        return col


_tls = threading.local()
_lock = threading.Lock()


def _utf8(s: str) -> bytes:
    """s in UTF-8; invalid input (surrogates, e.g. from bytes decoded with
    "surrogateescape") is kept as the raw bytes it came from."""
    try:
        return s.encode("utf-8")
    except UnicodeEncodeError:
        pass
    try:
        return s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")


def _blen(s: str) -> int:
    """Length in bytes of s in UTF-8."""
    return len(_utf8(s))


def _U(c: int) -> str:
    """Go's %#U."""
    s = "U+%04X" % c
    if c <= 0x10FFFF and not (0xD800 <= c < 0xE000) and chr(c).isprintable():
        s += " '%s'" % chr(c)
    return s


def _q(c: str) -> str:
    """Go's %q of a rune."""
    if c == "'":
        return "'\\''"
    r = repr(c)
    if r.startswith('"'):
        r = "'" + r[1:-1] + "'"
    return r


# ---------------------------------------------------------------- literals

class _LitError(Exception):
    """A literal error: offset in bytes from the token start, or absolute Pos."""

    def __init__(self, where, msg):
        self.where = where
        self.msg = msg


_BASENAME = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}
_HEX = "0123456789abcdefABCDEF"


def _digits(s, i, base, invalid):
    """gc's scanner.digits on s[i:]; returns (i, digsep, invalid)."""
    n = len(s)
    ds = 0
    if base <= 10:
        mx = chr(ord("0") + base)
        while i < n and (s[i].isdigit() and s[i] <= "9" or s[i] == "_"):
            if s[i] == "_":
                ds |= 2
            else:
                ds |= 1
                if s[i] >= mx and invalid < 0:
                    invalid = i
            i += 1
    else:
        while i < n and (s[i] in _HEX or s[i] == "_"):
            ds |= 2 if s[i] == "_" else 1
            i += 1
    return i, ds, invalid


def _invalid_sep(x):
    """gc's invalidSep: index of the first misplaced '_' in x, or -1."""
    x1 = " "
    d = "."
    i = 0
    if len(x) >= 2 and x[0] == "0":
        x1 = x[1].lower()
        if x1 in "xob":
            d = "0"
            i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() and d <= "9" or x1 == "x" and d in _HEX:
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1


def _bigint(digits: str, base: int) -> int:
    if base != 10 or len(digits) <= 4000:
        return int(digits, base)
    v = 0
    for k in range(0, len(digits), 4000):
        chunk = digits[k:k + 4000]
        v = v * 10 ** len(chunk) + int(chunk)
    return v


def _float(text: str, hexa: bool) -> float:
    try:
        return float.fromhex(text) if hexa else float(text)
    except OverflowError:
        return float("inf")


def scan_number(s: str):
    """Validate a NUMBER token as gc's scanner does; return (kind, value)."""
    n = len(s)
    kind = "INT"
    base = 10
    prefix = ""
    digsep = 0
    invalid = -1
    i = 0
    seen_point = False
    if s[0] != ".":
        if s[0] == "0":
            i = 1
            c = s[1].lower() if n > 1 else ""
            if c == "x":
                i, base, prefix = 2, 16, "x"
            elif c == "o":
                i, base, prefix = 2, 8, "o"
            elif c == "b":
                i, base, prefix = 2, 2, "b"
            else:
                base, prefix, digsep = 8, "0", 1
        i, ds, invalid = _digits(s, i, base, invalid)
        digsep |= ds
        if i < n and s[i] == ".":
            if prefix in ("o", "b"):
                raise _LitError(i, "invalid radix point in %s literal" % _BASENAME[base])
            i += 1
            seen_point = True
    else:
        i = 1
        seen_point = True
    if seen_point:
        kind = "FLOAT"
        i, ds, invalid = _digits(s, i, base, invalid)
        digsep |= ds
    if digsep & 1 == 0:
        raise _LitError(i, "%s literal has no digits" % _BASENAME[base])
    if i < n and s[i].lower() in "ep":
        e = s[i].lower()
        if e == "e" and prefix not in ("", "0"):
            raise _LitError(i, "%s exponent requires decimal mantissa" % _q(s[i]))
        if e == "p" and prefix != "x":
            raise _LitError(i, "%s exponent requires hexadecimal mantissa" % _q(s[i]))
        i += 1
        kind = "FLOAT"
        if i < n and s[i] in "+-":
            i += 1
        i, ds, _ = _digits(s, i, 10, -1)
        digsep = ds | (digsep & 2)
        if ds & 1 == 0:
            raise _LitError(i, "exponent has no digits")
    elif prefix == "x" and kind == "FLOAT":
        raise _LitError(i, "hexadecimal mantissa requires a 'p' exponent")
    imag = i < n and s[i] == "i"
    if kind == "INT" and not imag and invalid >= 0:
        raise _LitError(invalid, "invalid digit %s in %s literal" % (_q(s[invalid]), _BASENAME[base]))
    if digsep & 2:
        j = _invalid_sep(s)
        if j >= 0:
            raise _LitError(j, "'_' must separate successive digits")

    clean = s.replace("_", "")
    if imag:
        clean = clean[:-1]
    if kind == "INT":
        if prefix in ("x", "o", "b"):
            v = _bigint(clean[2:], base)
        elif prefix == "0" and not imag:
            v = _bigint(clean, 8)
        else:
            v = _bigint(clean, 10)   # decimal; also "0123i" (decimal for compatibility)
        if not imag:
            return "INT", v
        try:
            return "IMAG", complex(0, float(v))
        except OverflowError:
            return "IMAG", complex(0, float("inf"))
    f = _float(clean, prefix == "x")
    if imag:
        return "IMAG", complex(0, f)
    return "FLOAT", f


_SIMPLE_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}


def _scan_quoted(src: str, start: int, quote: str):
    """gc's stdString / rune scanner, from the opening quote at src[start].

    Returns (items, end) where items is a list of ints (code points) and
    bytes (raw byte escapes); raises _LitError with an absolute index into
    src (negative-encoded as ('abs', index)) or ('start', 0).
    """
    i = start + 1
    n = len(src)
    items = []
    count = 0
    while True:
        if i >= n:
            raise _LitError(("start", 0),
                            "rune literal not terminated" if quote == "'" else "string not terminated")
        c = src[i]
        if c == quote:
            i += 1
            break
        if c == "\n":
            raise _LitError(("abs", i), "newline in rune literal" if quote == "'" else "newline in string")
        count += 1
        if c != "\\":
            items.append(ord(c))
            i += 1
            continue
        # escape
        i += 1
        if i >= n:
            continue  # complain about EOF above
        c = src[i]
        if c == quote:
            items.append(ord(c))
            i += 1
            continue
        e = _SIMPLE_ESC.get(c)
        if e is not None:
            items.append(e)
            i += 1
            continue
        if "0" <= c <= "7":
            nd, base, mx = 3, 8, 255
        elif c == "x":
            i += 1
            nd, base, mx = 2, 16, 255
        elif c == "u":
            i += 1
            nd, base, mx = 4, 16, 0x10FFFF
        elif c == "U":
            i += 1
            nd, base, mx = 8, 16, 0x10FFFF
        else:
            raise _LitError(("abs", i), "unknown escape")
        x = 0
        eof = False
        for _ in range(nd):
            if i >= n:
                eof = True
                break
            ch = src[i]
            if "0" <= ch <= "9":
                d = ord(ch) - 48
            elif "a" <= ch.lower() <= "f" and len(ch) == 1 and ch.isascii():
                d = ord(ch.lower()) - 87
            else:
                d = base
            if d >= base:
                raise _LitError(("abs", i), "invalid character %s in %s escape" % (_q(ch), _BASENAME[base]))
            x = x * base + d
            i += 1
        if eof:
            continue
        if x > mx and base == 8:
            raise _LitError(("abs", i), "octal escape value %d > 255" % x)
        if x > mx or 0xD800 <= x < 0xE000:
            raise _LitError(("abs", i), "escape is invalid Unicode code point %s" % _U(x))
        items.append(bytes((x,)) if mx == 255 else x)
    if quote == "'":
        if count == 0:
            raise _LitError(("abs", i - 1), "empty rune literal or unescaped '")
        if count != 1:
            raise _LitError(("start", 0), "more than one character in rune literal")
    return items, i


def _encode(items) -> bytes:
    out = bytearray()
    for x in items:
        if type(x) is bytes:
            out += x
        else:
            out += _utf8(chr(x))
    return bytes(out)


# ---------------------------------------------------------------- semicolons

# tokens after which a newline (or EOF) becomes ";" (spec "Semicolons")
_NLSEMI = frozenset((
    "IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "BREAK", "CONTINUE",
    "FALLTHROUGH", "RETURN", "INC", "DEC", "RPAREN", "RBRACK", "RBRACE"))


class GoPostLexer:
    """Lark post-lexer: Go's automatic semicolon insertion and literals.

    A newline (or EOF, or a general comment spanning lines) becomes a SEMI
    token with value "newline" (resp. "EOF") when the previous token is an
    identifier, a literal, one of the keywords break continue fallthrough
    return, or one of ++ -- ) ] }.  Comments are dropped.  Literals are
    checked as gc checks them; their decoded value replaces ``token.value``
    (the token itself, a str, keeps the source spelling).
    """

    always_accept = ("NEWLINE", "LINE_COMMENT", "BLOCK_COMMENT", "NUMBER", "RAW_STRING", "TILDE")

    def process(self, stream):
        st = _tls.state
        fix = st.nonascii is not None
        src = st.src
        nlsemi = False
        for tok in stream:
            if fix:
                tok.column = st.bytecol(tok.line, tok.column)
            t = tok.type
            if t == "NEWLINE":
                if nlsemi:
                    nlsemi = False
                    yield Token("SEMI", "newline", tok.start_pos, tok.line, tok.column)
                continue
            if t == "LINE_COMMENT":
                continue
            if t == "BLOCK_COMMENT":
                if len(tok) < 4 or not tok.endswith("*/"):
                    raise CompileError.at(Pos(tok.line, tok.column), "comment not terminated")
                if nlsemi and "\n" in tok:
                    nlsemi = False
                    yield Token("SEMI", "newline", tok.start_pos, tok.line, tok.column)
                continue
            if t == "NUMBER":
                try:
                    tok.type, tok.value = scan_number(str(tok))
                except _LitError as e:
                    raise CompileError.at(Pos(tok.line, tok.column + e.where), e.msg)
                nlsemi = True
                yield tok
                continue
            if t == "STRING" or t == "CHAR":
                s = str(tok)
                if t == "STRING" and len(s) >= 2 and s[-1] == '"' and "\\" not in s:
                    tok.value = _utf8(s[1:-1])
                else:
                    try:
                        items, _ = _scan_quoted(src, tok.start_pos, s[0])
                    except _LitError as e:
                        kind, at = e.where
                        if kind == "start":
                            pos = Pos(tok.line, tok.column)
                        else:
                            pos = Pos(tok.line, tok.column + _blen(src[tok.start_pos:at]))
                        raise CompileError.at(pos, e.msg)
                    if t == "STRING":
                        tok.value = _encode(items)
                    else:
                        x = items[0]
                        tok.value = x[0] if type(x) is bytes else x
                nlsemi = True
                yield tok
                continue
            if t == "RAW_STRING":
                s = str(tok)
                if len(s) < 2 or s[-1] != "`":
                    raise CompileError.at(Pos(tok.line, tok.column), "string not terminated")
                tok.type = "STRING"
                tok.value = _utf8(s[1:-1].replace("\r", ""))
                nlsemi = True
                yield tok
                continue
            nlsemi = t in _NLSEMI
            yield tok
        if nlsemi:
            e = st.eof
            yield Token("SEMI", "EOF", len(src), e.line, e.col)


# ---------------------------------------------------------------- AST builder

def _p(tok) -> Pos:
    return Pos(tok.line, tok.column)


def _istok(x) -> bool:
    return type(x) is Token


def _err(pos, msg):
    raise CompileError.at(pos, msg)


_OPSTR_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5,
               ">>": 5, "&": 5, "&^": 5}


def expr_str(x) -> str:
    """A short Go rendering of an expression, as gc prints it in messages."""
    try:
        return _es(x)
    except RecursionError:
        return "..."


def _es(x) -> str:
    A = ast
    if x is None:
        return ""
    if isinstance(x, A.Ident):
        return x.name
    if isinstance(x, A.BasicLit):
        return x.raw
    if isinstance(x, A.ParenExpr):
        return "(" + _es(x.x) + ")"
    if isinstance(x, A.SelectorExpr):
        return _es(x.x) + "." + x.sel.name
    if isinstance(x, A.IndexExpr):
        return _es(x.x) + "[" + _es(x.index) + "]"
    if isinstance(x, A.SliceExpr):
        s = _es(x.x) + "[" + _es(x.low) + ":" + _es(x.high)
        if x.slice3:
            s += ":" + _es(x.max)
        return s + "]"
    if isinstance(x, A.TypeAssertExpr):
        return _es(x.x) + ".(" + ("type" if x.typ is None else _es(x.typ)) + ")"
    if isinstance(x, A.CallExpr):
        return _es(x.fun) + "(" + ", ".join(_es(a) for a in x.args) + ("..." if x.ellipsis else "") + ")"
    if isinstance(x, A.StarExpr):
        return "*" + _es(x.x)
    if isinstance(x, A.UnaryExpr):
        return x.op + _es(x.x)
    if isinstance(x, A.BinaryExpr):
        return _es(x.x) + " " + x.op + " " + _es(x.y)
    if isinstance(x, A.KeyValueExpr):
        return _es(x.key) + ": " + _es(x.val)
    if isinstance(x, A.CompositeLit):
        return (_es(x.typ) if x.typ is not None else "") + "{…}"
    if isinstance(x, A.FuncLit):
        return "func literal"
    if isinstance(x, A.ArrayType):
        if x.len is None:
            return "[]" + _es(x.elt)
        return "[" + _es(x.len) + "]" + _es(x.elt)
    if isinstance(x, A.Ellipsis):
        return "..." + _es(x.elt)
    if isinstance(x, A.MapType):
        return "map[" + _es(x.key) + "]" + _es(x.val)
    if isinstance(x, A.ChanType):
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[x.dir] + _es(x.val)
    if isinstance(x, A.FuncType):
        return "func(…)"
    if isinstance(x, A.StructType):
        return "struct{…}"
    if isinstance(x, A.InterfaceType):
        return "interface{…}" if x.methods else "interface{}"
    return "?"


def stmt_str(s) -> str:
    A = ast
    if isinstance(s, A.ExprStmt):
        return _es(s.x)
    if isinstance(s, A.AssignStmt):
        return ", ".join(_es(x) for x in s.lhs) + " " + s.op + " " + ", ".join(_es(x) for x in s.rhs)
    if isinstance(s, A.IncDecStmt):
        return _es(s.x) + s.op
    if isinstance(s, A.SendStmt):
        return _es(s.chan) + " <- " + _es(s.val)
    return "statement"


def _header_cond(stmt, keyword):
    """gc's header(): the condition of if/for/switch must be an expression."""
    A = ast
    if stmt is None or isinstance(stmt, A.ExprStmt):
        return None if stmt is None else stmt.x
    if isinstance(stmt, A.AssignStmt) and stmt.op == "=":
        s = "assignment (%s) = (%s)" % (", ".join(map(expr_str, stmt.lhs)), ", ".join(map(expr_str, stmt.rhs)))
    else:
        s = stmt_str(stmt)
    pos = stmt.oppos if isinstance(stmt, A.AssignStmt) else stmt.pos
    _err(pos, "syntax error: cannot use %s as value" % s)


def _gc_pos(n):
    """The position gc's syntax tree gives a node (operator of an operation)."""
    if isinstance(n, ast.ExprStmt):
        n = n.x
    if isinstance(n, (ast.BinaryExpr, ast.AssignStmt)):
        return n.oppos
    return n.pos


def _is_guard(x):
    return isinstance(x, ast.TypeAssertExpr) and x.typ is None


def _list(c):
    """Callback for left-recursive lists: X | list SEP X."""
    if len(c) == 1:
        return [c[0]]
    lst = c[0]
    lst.append(c[2])
    return lst


def _build_callbacks():
    A = ast

    class _Builder(Transformer):
        # ---- source file and declarations
        def start(self, c):
            pkg_pos, name = c[0]
            imports = []
            decls = []
            for x in c[2:]:
                t = type(x)
                if t is list:
                    imports.extend(x)
                elif t is not Token:
                    decls.append(x)
            return A.File(pkg_pos, name, imports, decls)

        def package_clause(self, c):
            name = A.Ident(_p(c[1]), str(c[1]))
            if name.name == "_":
                _err(name.pos, "invalid package name _")
            return (_p(c[0]), name)

        def import_decl(self, c):
            return [x for x in c if type(x) is A.ImportSpec]

        def import_spec(self, c):
            n, path = c
            name = None if n is None else A.Ident(_p(n), str(n))
            return A.ImportSpec(name.pos if name else _p(path), name, path.value)

        def _gendecl(self, c, tok):
            specs = [x for x in c[1:] if not _istok(x)]
            return A.GenDecl(_p(c[0]), tok, specs)

        def const_decl(self, c):
            d = self._gendecl(c, "const")
            for i, s in enumerate(d.specs):
                s.iota = i
            return d

        def var_decl(self, c):
            return self._gendecl(c, "var")

        def type_decl(self, c):
            return self._gendecl(c, "type")

        def _value_spec(self, c):
            names = c[0]
            typ = None
            values = []
            for x in c[1:]:
                if type(x) is list:
                    values = x
                elif not _istok(x):
                    typ = x
            return A.ValueSpec(names[0].pos, names, typ, values)

        const_spec = _value_spec
        var_spec = _value_spec

        def type_spec(self, c):
            name = A.Ident(_p(c[0]), str(c[0]))
            return A.TypeSpec(name.pos, name, c[-1], len(c) == 3)

        def identifier_list(self, c):
            if len(c) == 1:
                t = c[0]
                return [A.Ident(_p(t), str(t))]
            lst = c[0]
            t = c[2]
            lst.append(A.Ident(_p(t), str(t)))
            return lst

        expression_list = staticmethod(_list)
        expression_list_nc = staticmethod(_list)

        def func_decl(self, c):
            recv = None
            i = 1
            if type(c[1]) is list:
                fields = c[1]
                name_tok = c[2]
                n = sum(max(1, len(f.names)) for f in fields)
                if n == 0:
                    _err(_p(name_tok), "method has no receiver")
                if n > 1:
                    _err(_p(name_tok), "method has multiple receivers")
                recv = fields[0]
                i = 2
            name_tok = c[i]
            params, results = c[i + 1]
            body = c[i + 2] if len(c) > i + 2 else None
            pos = _p(c[0])
            return A.FuncDecl(pos, recv, A.Ident(_p(name_tok), str(name_tok)),
                              A.FuncType(pos, params, results), body)

        # ---- types
        def ident(self, c):
            t = c[0]
            return A.Ident(_p(t), str(t))

        def qualified_ident(self, c):
            a, _, b = c
            x = A.Ident(_p(a), str(a))
            return A.SelectorExpr(x.pos, x, A.Ident(_p(b), str(b)))

        def paren_type(self, c):
            return A.ParenExpr(_p(c[0]), c[1])

        def array_type(self, c):
            n = c[1]
            if _istok(n):
                n = A.Ellipsis(_p(n), None)
            return A.ArrayType(_p(c[0]), n, c[3])

        def slice_type(self, c):
            return A.ArrayType(_p(c[0]), None, c[2])

        def struct_type(self, c):
            return A.StructType(_p(c[0]), [x for x in c[2:-1] if type(x) is A.Field])

        def field_decl(self, c):
            tag = None
            if len(c) >= 2 and _istok(c[-1]):
                tag = c[-1].value
                c = c[:-1]
            if type(c[0]) is list:
                names = c[0]
                return A.Field(names[0].pos, names, c[1], tag)
            t = c[0]
            return A.Field(t.pos, [], t, tag)

        def embedded_field(self, c):
            if len(c) == 2:
                return A.StarExpr(_p(c[0]), c[1])
            return c[0]

        def pointer_type(self, c):
            return A.StarExpr(_p(c[0]), c[1])

        def function_type(self, c):
            params, results = c[1]
            return A.FuncType(_p(c[0]), params, results)

        def signature(self, c):
            params = c[0]
            if len(c) == 1:
                return params, []
            r = c[1]
            if type(r) is list:
                return params, r
            return params, [A.Field(r.pos, [], r)]

        def parameters(self, c):
            pars = []
            for x in c:
                if type(x) is tuple:
                    n, t = x
                    if n is None and type(t) is A.Ident:
                        pars.append([t, None])
                    else:
                        pars.append([n, t])
            if not pars:
                return []
            named = sum(1 for n, t in pars if n is not None and t is not None)
            if named == 0:
                out = []
                for n, t in pars:
                    t = t if t is not None else n
                    out.append(A.Field(t.pos, [], t))
                return out
            if named != len(pars):
                errpos = None
                typ = None
                for p in reversed(pars):
                    if p[1] is not None:
                        typ = p[1]
                        if p[0] is None:
                            errpos = typ.pos
                            p[0] = A.Ident(errpos, "_")
                    elif typ is not None:
                        p[1] = typ
                    else:
                        errpos = p[0].pos
                if errpos is not None:
                    _err(errpos, "syntax error: mixed named and unnamed parameters")
            out = []
            for n, t in pars:
                if out and out[-1].typ is t:
                    out[-1].names.append(n)
                else:
                    out.append(A.Field(n.pos, [n], t))
            return out

        def parameter_decl(self, c):
            n, dots, t = c
            if dots is not None:
                t = A.Ellipsis(_p(dots), t)
            return (None if n is None else A.Ident(_p(n), str(n)), t)

        def interface_type(self, c):
            return A.InterfaceType(_p(c[0]), [x for x in c[2:-1] if type(x) is A.Field])

        def method_elem(self, c):
            name = A.Ident(_p(c[0]), str(c[0]))
            params, results = c[1]
            return A.Field(name.pos, [name], A.FuncType(name.pos, params, results))

        def embedded_elem(self, c):
            return A.Field(c[0].pos, [], c[0])

        def map_type(self, c):
            return A.MapType(_p(c[0]), c[2], c[4])

        def chan_type(self, c):
            return A.ChanType(_p(c[0]), "both", c[1])

        def send_chan_type(self, c):
            t = A.ChanType(_p(c[0]), "send", c[2])
            _tls.state.arrows[id(t)] = _p(c[1])
            return t

        def recv_chan_type(self, c):
            return A.ChanType(_p(c[0]), "recv", c[2])

        # ---- expressions
        def binary_expr(self, c):
            x, op, y = c
            return A.BinaryExpr(x.pos, str(op), x, y, _p(op))

        def unary_expr(self, c):
            op, x = c
            o = str(op)
            pos = _p(op)
            if o == "*":
                return A.StarExpr(pos, x)
            if o == "<-" and type(x) is A.ChanType:
                # <-chan T: re-associate as go/parser does (spec: "<-"
                # associates with the leftmost chan possible)
                typ = x
                arrow = pos
                while True:
                    if typ.dir == "recv":
                        _err(typ.pos, "syntax error: unexpected <-, expecting chan")
                    d = typ.dir
                    typ.dir = "recv"
                    typ.pos, arrow = arrow, _tls.state.arrows.get(id(typ), typ.pos)
                    if d != "send" or type(typ.val) is not A.ChanType:
                        break
                    typ = typ.val
                if d == "send":
                    _err(arrow, "syntax error: unexpected <-, expecting chan")
                return x
            return A.UnaryExpr(pos, o, x)

        def selector(self, c):
            x = c[0]
            t = c[2]
            return A.SelectorExpr(x.pos, x, A.Ident(_p(t), str(t)))

        def type_assertion(self, c):
            x = c[0]
            return A.TypeAssertExpr(x.pos, x, c[3])

        def type_switch_guard(self, c):
            x = c[0]
            g = A.TypeAssertExpr(x.pos, x, None)
            _tls.state.guards.append(g)
            return g

        def index_expr(self, c):
            x = c[0]
            return A.IndexExpr(x.pos, x, c[2], _p(c[3]))

        def slice_expr(self, c):
            x = c[0]
            parts = [[]]
            colons = []
            for y in c[2:-1]:
                if _istok(y):
                    colons.append(y)
                    parts.append([])
                else:
                    parts[-1].append(y)
            idx = [p[0] if p else None for p in parts]
            if len(idx) == 3:
                if idx[1] is None:
                    _err(_p(colons[1]), "middle index required in 3-index slice")
                if idx[2] is None:
                    _err(_p(c[-1]), "final index required in 3-index slice")
                return A.SliceExpr(x.pos, x, idx[0], idx[1], idx[2], True)
            return A.SliceExpr(x.pos, x, idx[0], idx[1], None, False)

        def arguments(self, c):
            args = []
            dots = False
            for y in c[1:-1]:
                if _istok(y):
                    if y.type == "ELLIPSIS":
                        dots = True
                else:
                    args.append(y)
            return (args, dots, _p(c[-1]))

        def call_expr(self, c):
            f = c[0]
            args, dots, rparen = c[1]
            return A.CallExpr(f.pos, f, args, dots, rparen)

        def composite_lit(self, c):
            t, lit = c
            u = t
            while type(u) is A.ParenExpr:
                u = u.x
            tu = type(u)
            if not (tu is A.Ident or tu is A.ArrayType or tu is A.MapType or tu is A.StructType
                    or (tu is A.SelectorExpr and type(u.x) is A.Ident)):
                _err(lit.pos, "syntax error: unexpected { at end of statement")
            if u is not t:
                _err(lit.pos, "syntax error: cannot parenthesize type in composite literal")
            lit.typ = t
            lit.pos = t.pos
            return lit

        def literal_value(self, c):
            elts = [y for y in c[1:-1] if not _istok(y)]
            return A.CompositeLit(_p(c[0]), None, elts, _p(c[-1]))

        def key_value(self, c):
            k = c[0]
            return A.KeyValueExpr(k.pos, k, c[2])

        def paren_expr(self, c):
            return A.ParenExpr(_p(c[0]), c[1])

        def basic_lit(self, c):
            t = c[0]
            return A.BasicLit(_p(t), t.type, str(t), t.value)

        def function_lit(self, c):
            ft, body = c
            return A.FuncLit(ft.pos, ft, body)

        # ---- statements
        def block(self, c):
            return A.Block(_p(c[0]), [s for s in c[1:-1] if not _istok(s)], _p(c[-1]))

        def decl_stmt(self, c):
            d = c[0]
            return A.DeclStmt(d.pos, d)

        def labeled_stmt(self, c):
            label = A.Ident(_p(c[0]), str(c[0]))
            s = c[2] if len(c) > 2 else A.EmptyStmt(_p(c[1]))
            return A.LabeledStmt(label.pos, label, s)

        def expression_stmt(self, c):
            x = c[0]
            return A.ExprStmt(x.pos, x)

        def send_stmt(self, c):
            ch = c[0]
            return A.SendStmt(ch.pos, ch, c[2])

        def inc_dec_stmt(self, c):
            x = c[0]
            return A.IncDecStmt(x.pos, x, str(c[1]))

        def assignment(self, c):
            lhs, op, rhs = c
            if type(lhs) is not list:
                lhs = [lhs]
                rhs = [rhs]
            o = str(op)
            if o == ":=":
                for x in lhs:
                    if type(x) is not A.Ident:
                        _err(x.pos, "non-name %s on left side of :=" % expr_str(x))
                if len(rhs) == 1 and _is_guard(rhs[0]):
                    # gc's TypeSwitchGuard (and its error position) starts at the lhs
                    _tls.state.guard_pos[id(rhs[0])] = lhs[0].pos
            return A.AssignStmt(lhs[0].pos, lhs, o, rhs, _p(op))

        def _call_stmt(self, c, cls, kw):
            x = c[1]
            if type(x) is A.ParenExpr:
                _err(x.pos, "expression in %s must not be parenthesized" % kw)
            if type(x) is not A.CallExpr:
                _err(x.pos, "expression in %s must be function call" % kw)
            return cls(_p(c[0]), x)

        def go_stmt(self, c):
            return self._call_stmt(c, A.GoStmt, "go")

        def defer_stmt(self, c):
            return self._call_stmt(c, A.DeferStmt, "defer")

        def return_stmt(self, c):
            return A.ReturnStmt(_p(c[0]), c[1] if len(c) > 1 else [])

        def _branch(self, c, tok):
            label = None
            if len(c) > 1:
                label = A.Ident(_p(c[1]), str(c[1]))
            return A.BranchStmt(_p(c[0]), tok, label)

        def break_stmt(self, c):
            return self._branch(c, "break")

        def continue_stmt(self, c):
            return self._branch(c, "continue")

        def goto_stmt(self, c):
            return self._branch(c, "goto")

        def fallthrough_stmt(self, c):
            return self._branch(c, "fallthrough")

        def if_stmt(self, c):
            pos = _p(c[0])
            semi = None
            if _istok(c[2]) and c[2].type == "SEMI":
                init, semi, cstmt, body = c[1], c[2], c[3], c[4]
                rest = c[5:]
            else:
                init, cstmt, body = None, c[1], c[2]
                rest = c[3:]
            if cstmt is None:
                if semi is not None:
                    if semi.value in ("newline", "EOF"):
                        _err(_p(semi), "syntax error: unexpected %s, expecting { after if clause" % semi.value)
                    _err(_p(semi), "syntax error: missing condition in if statement")
                _err(body.pos, "syntax error: missing condition in if statement")
            cond = _header_cond(cstmt, "if")
            els = rest[1] if rest else None
            return A.IfStmt(pos, init, cond, body, els)

        def switch_stmt(self, c):
            pos = _p(c[0])
            if _istok(c[2]) and c[2].type == "SEMI":
                init, tstmt, j = c[1], c[3], 4
            else:
                init, tstmt, j = None, c[1], 2
            clauses = [x for x in c[j + 1:-1] if type(x) is A.CaseClause]
            rbrace = _p(c[-1])
            if type(tstmt) is A.ExprStmt and _is_guard(tstmt.x):
                _tls.state.used_guards.add(id(tstmt.x))
                return A.TypeSwitchStmt(pos, init, tstmt, clauses, rbrace)
            if (type(tstmt) is A.AssignStmt and tstmt.op == ":=" and len(tstmt.lhs) == 1
                    and len(tstmt.rhs) == 1 and _is_guard(tstmt.rhs[0])):
                _tls.state.used_guards.add(id(tstmt.rhs[0]))
                return A.TypeSwitchStmt(pos, init, tstmt, clauses, rbrace)
            tag = _header_cond(tstmt, "switch")
            return A.SwitchStmt(pos, init, tag, clauses, rbrace)

        def case_clause(self, c):
            if c[0].type == "CASE":
                lst, body = c[1], c[3:]
            else:
                lst, body = None, c[2:]
            return A.CaseClause(_p(c[0]), lst, [s for s in body if not _istok(s)])

        def select_stmt(self, c):
            return A.SelectStmt(_p(c[0]), [x for x in c[2:-1] if type(x) is A.CommClause])

        def comm_clause(self, c):
            if c[0].type == "CASE":
                comm, body = c[1], c[3:]
                ok = False
                t = type(comm)
                if t is A.SendStmt:
                    ok = True
                elif t is A.ExprStmt:
                    ok = _is_recv(comm.x)
                elif t is A.AssignStmt and comm.op in ("=", ":="):
                    ok = len(comm.rhs) == 1 and len(comm.lhs) <= 2 and _is_recv(comm.rhs[0])
                if not ok:
                    _err(_gc_pos(comm), "select case must be send or receive (possibly with assignment)")
            else:
                comm, body = None, c[2:]
            return A.CommClause(_p(c[0]), comm, [s for s in body if not _istok(s)])

        def for_stmt(self, c):
            pos = _p(c[0])
            body = c[-1]
            n = len(c)
            if n == 2:
                return A.ForStmt(pos, None, None, None, body)
            if n == 3:
                x = c[1]
                if type(x) is tuple:
                    key, val, tok, rx = x
                    return A.RangeStmt(pos, key, val, tok, rx, body)
                return A.ForStmt(pos, None, _header_cond(x, "for"), None, body)
            init, cstmt, post = c[1], c[3], c[5]
            if type(post) is A.AssignStmt and post.op == ":=":
                _err(post.oppos, "syntax error: cannot declare in post statement of for loop")
            return A.ForStmt(pos, init, _header_cond(cstmt, "for"), post, body)

        def range_clause(self, c):
            if len(c) == 2:
                return (None, None, None, c[1])
            lhs, op, _, x = c
            o = str(op)
            if len(lhs) > 2:
                _err(lhs[2].pos, "range clause permits at most two iteration variables")
            if o == ":=":
                for y in lhs:
                    if type(y) is not A.Ident:
                        _err(y.pos, "non-name %s on left side of :=" % expr_str(y))
            return (lhs[0], lhs[1] if len(lhs) > 1 else None, o, x)

    return _Builder()


def _is_recv(x):
    while type(x) is ast.ParenExpr:
        x = x.x
    return type(x) is ast.UnaryExpr and x.op == "<-"


# ---------------------------------------------------------------- the Lark parser

_parser = None
_parser_lock = threading.Lock()


def _cache_path(grammar: str):
    """A writable (or at least readable) cache file for Lark, or None."""
    import lark
    key = hashlib.sha256((grammar + lark.__version__ + sys.version).encode()).hexdigest()[:20]
    fname = "go-lalr-%s.lark-cache" % key
    bases = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        bases.append(Path(xdg))
    try:
        bases.append(Path.home() / ".cache")
    except Exception:
        pass
    bases.append(Path(tempfile.gettempdir()))
    for base in bases:
        d = base / "govm"
        f = d / fname
        try:
            if f.is_file() and os.access(f, os.R_OK):
                return str(f)
            d.mkdir(parents=True, exist_ok=True)
            if os.access(d, os.W_OK | os.X_OK):
                return str(f)
        except OSError:
            continue
    return None


def _build_parser(cache=True):
    grammar = GRAMMAR_PATH.read_text()
    opts = dict(parser="lalr", lexer="basic", postlex=GoPostLexer(),
                transformer=_build_callbacks(), maybe_placeholders=True,
                propagate_positions=False)
    path = _cache_path(grammar) if cache else None
    if path is not None:
        try:
            return Lark(grammar, cache=path, **opts)
        except Exception:
            pass
    return Lark(grammar, **opts)


def get_parser():
    """The process-wide Lark parser (built on first use)."""
    global _parser
    if _parser is None:
        with _parser_lock:
            if _parser is None:
                _parser = _build_parser()
    return _parser


# ---------------------------------------------------------------- errors

_TOKSTR = {
    "COMMA": "comma", "LPAREN": "(", "RPAREN": ")", "LBRACK": "[", "RBRACK": "]",
    "LBRACE": "{", "RBRACE": "}", "PERIOD": ".", "COLON": ":", "ELLIPSIS": "...",
    "ASSIGN": "=", "DEFINE": ":=", "ARROW": "<-", "STAR": "*", "SEMI": "semicolon or newline",
}

_KEYWORDS = {"BREAK", "CASE", "CHAN", "CONST", "CONTINUE", "DEFAULT", "DEFER", "ELSE",
             "FALLTHROUGH", "FOR", "FUNC", "GO", "GOTO", "IF", "IMPORT", "INTERFACE", "MAP",
             "PACKAGE", "RANGE", "RETURN", "SELECT", "STRUCT", "SWITCH", "TYPE", "VAR"}


def _tokdesc(tok) -> str:
    """How gc names the unexpected token."""
    t = tok.type
    if t == "$END":
        return "EOF"
    if t == "SEMI":
        v = tok.value
        return v if v in ("newline", "EOF") else "semicolon"
    if t in ("INT", "FLOAT", "IMAG", "CHAR", "STRING"):
        return "literal " + str(tok)
    if t == "COMMA":
        return "comma"
    return str(tok)


def _expected_desc(t: str) -> str:
    if t in _TOKSTR:
        return _TOKSTR[t]
    if t in _KEYWORDS:
        return t.lower()
    if t == "IDENT":
        return "name"
    if t in ("INT", "FLOAT", "IMAG", "CHAR", "STRING"):
        return "literal"
    return {"OP_ASSIGN": "op=", "INC": "++", "DEC": "--", "$END": "EOF"}.get(t, t.lower())


_OPENERS = {"LPAREN": "RPAREN", "LBRACK": "RBRACK", "LBRACE": "RBRACE"}
_CLOSERS = {"RPAREN", "RBRACK", "RBRACE"}


def _can_shift(table, stack, term) -> bool:
    """Whether the LALR parser in configuration `stack` can shift `term`
    (after the reductions it would perform first)."""
    from lark.parsers.lalr_analysis import Shift
    stack = list(stack)
    for _ in range(10000):
        acts = table.get(stack[-1])
        if acts is None or term not in acts:
            return False
        action, arg = acts[term]
        if action is Shift:
            return True
        size = len(arg.expansion)
        if size:
            del stack[-size:]
        nxt = table[stack[-1]].get(arg.origin.name)
        if nxt is None:
            return False
        stack.append(nxt[1])
    return False


def _syntax_error(e, st: _State) -> CompileError:
    tok = e.token
    if tok.type == "$END":
        pos = st.eof
    else:
        pos = Pos(tok.line, tok.column)
    T = _tokdesc(tok)
    ps = e.state
    values = list(ps.value_stack) if ps is not None else []
    states = list(ps.state_stack) if ps is not None else []
    table = ps.parse_conf.parse_table.states if ps is not None else {}
    # e.expected is the action set of a possibly merged LALR state; keep the
    # terminals that really can be shifted from here
    E = {t for t in e.expected if _can_shift(table, states, t)} if states else set(e.expected)

    def err(msg):
        return CompileError.at(pos, "syntax error: " + msg)

    if not values:
        return err("package statement must be first")

    # innermost unclosed bracket on the parser stack
    opener = None
    k = -1
    depth = 0
    for i in range(len(values) - 1, -1, -1):
        v = values[i]
        if _istok(v):
            if v.type in _CLOSERS:
                depth += 1
            elif v.type in _OPENERS:
                if depth == 0:
                    opener, k = v, i
                    break
                depth -= 1
    kind = None
    if opener is not None:
        prev = values[k - 1] if k > 0 else None
        prevt = prev.type if prev is not None and _istok(prev) else None
        acts = table.get(states[k + 1], {}) if k + 1 < len(states) else {}
        if opener.type == "LBRACE":
            if prevt == "STRUCT":
                kind = "struct"
            elif prevt == "INTERFACE":
                kind = "interface"
            elif "CASE" in acts:
                kind = "switch"
            elif "RETURN" in acts:
                kind = "block"
            else:
                kind = "complit"
        elif opener.type == "LPAREN":
            if prevt in ("IMPORT", "VAR", "CONST", "TYPE"):
                kind = "group"
            elif "ELLIPSIS" in acts and "INT" not in acts:
                kind = "params"
            elif "RPAREN" in acts and "INT" in acts:
                kind = "args"
            else:
                kind = "paren"
        else:
            kind = "index"

    expr_ok = "INT" in E and "IDENT" in E
    stmt_ok = "RETURN" in E

    # top level
    if opener is None or kind == "group":
        if opener is None and "FUNC" in E and "VAR" in E:
            if tok.type == "LBRACE" and len(values) >= 2 and type(values[-2]) is ast.FuncDecl \
                    and values[-2].body is None:
                return err("unexpected semicolon or newline before {")
            return CompileError.at(pos, "syntax error: non-declaration statement outside function body")
        if opener is None and "SEMI" in E:
            return err("unexpected %s after top level declaration" % T)

    if values and _istok(values[-1]) and values[-1].type == "ELSE" and "IF" in E:
        return err("else must be followed by if or statement block")
    if "STRING" in E and any(_istok(v) and v.type == "IMPORT" for v in values):
        if tok.type in ("INT", "FLOAT", "IMAG", "CHAR"):
            return err("import path must be a string")
        return err("missing import path")

    # headers of if / for / switch / select
    if kind in (None, "block", "switch", "complit") and not expr_ok:
        kw = None
        semis = 0
        ranged = False
        for v in reversed(values[k + 1:]):
            if _istok(v):
                if v.type == "RANGE":
                    ranged = True
                if v.type in ("IF", "FOR", "SWITCH", "SELECT"):
                    kw = v.type
                    break
                if v.type == "SEMI":
                    semis += 1
                if v.type in ("LBRACE", "RBRACE"):
                    break
            elif type(v) is ast.Block:
                break
        if kw is not None and ("LBRACE" in E or kw == "FOR" and "SEMI" in E):
            if kw == "SELECT":
                return err("missing { after select clause")
            if ranged:
                return err("unexpected %s, expecting { after for clause" % T)
            if semis == 0:
                return err("unexpected %s, expecting {" % T)
            if kw == "IF":
                return err("unexpected %s, expecting { after if clause" % T)
            if kw == "SWITCH":
                return err("missing { after switch clause")
            if semis == 1:
                return err("unexpected %s, expecting semicolon or newline" % T)
            return err("unexpected %s, expecting { after for clause" % T)

    if tok.type == "$END" and opener is not None:
        return err("unexpected EOF, expecting %s" % _TOKSTR[_OPENERS[opener.type]])

    lists = {
        "complit": ("composite literal", "COMMA", "RBRACE"),
        "args": ("argument list", "COMMA", "RPAREN"),
        "params": ("parameter list", "COMMA", "RPAREN"),
        "struct": ("struct type", "SEMI", "RBRACE"),
        "interface": ("interface type", "SEMI", "RBRACE"),
        "group": ("grouped declaration", "SEMI", "RPAREN"),
    }
    if kind in lists:
        ctx, sep, close = lists[kind]
        if sep in E and close in E:
            return err("unexpected %s in %s; possibly missing %s or %s"
                       % (T, ctx, _TOKSTR[sep] if sep != "SEMI" else "semicolon or newline", _TOKSTR[close]))
    if "DEFINE" in E and "ASSIGN" in E and "COMMA" in E and "SEMI" not in E:
        return err("unexpected %s, expecting := or = or comma" % T)
    if stmt_ok and "RBRACE" in E:
        return err("unexpected %s, expecting }" % T)
    if "COLON" in E:
        for v in reversed(values[k + 1:]):
            if _istok(v) and v.type in ("CASE", "DEFAULT", "COLON"):
                if v.type != "COLON":
                    return err("unexpected %s, expecting :" % T)
                break
    if "SEMI" in E and ("RBRACE" in E or "CASE" in E) and kind in ("block", "switch", None) and not expr_ok:
        return err("unexpected %s at end of statement" % T)
    if kind == "switch" and "CASE" in E or {"CASE", "DEFAULT", "RBRACE"} <= E:
        return err("unexpected %s, expecting case or default or }" % T)
    if expr_ok:
        return err("unexpected %s, expecting expression" % T)
    if kind == "index" and "RBRACK" in E:
        if "COLON" in E:
            return err("unexpected %s, expecting comma, : or ]" % T)
        if tok.type == "COMMA":
            return err("unexpected comma; expecting ]")
        return err("unexpected %s, expecting ]" % T)
    tv = values[:-1] if values and _istok(values[-1]) and values[-1].type == "ASSIGN" else values
    if "MAP" in E and "CHAN" in E and "INT" not in E and len(tv) >= 2 and \
            _istok(tv[-1]) and tv[-1].type == "IDENT" and _istok(tv[-2]) and \
            (tv[-2].type == "TYPE" or kind == "group" and values[k - 1].type == "TYPE"):
        return err("unexpected %s in type declaration" % T)
    if "MAP" in E and "CHAN" in E and "INT" not in E:
        return err("unexpected %s, expecting type" % T)
    if opener is not None and opener.type == "LPAREN" and "RPAREN" in E:
        return err("unexpected %s, expecting )" % T)
    if E == {"IDENT"} and type(values[-1]) is list:
        return err("unexpected %s, expecting name or (" % T)
    if len(E) == 1:
        return err("unexpected %s, expecting %s" % (T, _expected_desc(next(iter(E)))))
    if E == {"COMMA", "RPAREN"} or E == {"COMMA", "RBRACE"}:
        return err("unexpected %s, expecting comma or %s" % (T, _TOKSTR[(E - {"COMMA"}).pop()]))
    if "IDENT" in E and "LPAREN" in E and len(E) == 2:
        if _istok(values[-1]) and values[-1].type in ("VAR", "CONST", "TYPE"):
            return err("unexpected %s, expecting name" % T)
        return err("unexpected %s, expecting name or (" % T)
    return err("unexpected %s" % T)


def _char_error(e, st: _State) -> CompileError:
    src = st.src
    i = e.pos_in_stream
    c = src[i] if 0 <= i < len(src) else "\0"
    pos = Pos(e.line, st.bytecol(e.line, e.column))
    o = ord(c)
    if c == "\0":
        return CompileError.at(pos, "invalid NUL character")
    if 0xD800 <= o < 0xE000:
        return CompileError.at(pos, "invalid UTF-8 encoding")
    if o >= 0x80:
        if unicodedata.category(c) == "Nd":
            return CompileError.at(pos, "identifier cannot begin with digit %s" % _U(o))
        return CompileError.at(pos, "invalid character %s in identifier" % _U(o))
    return CompileError.at(pos, "invalid character %s" % _U(o))


_SPECIAL = re.compile("[\x00\ud800-\udfff\ufeff]")


def _prescan(src: str, st: _State):
    """Errors gc's source reader reports anywhere, even in comments: the
    earliest NUL, invalid UTF-8 or misplaced BOM, as (offset, Pos, msg)."""
    for m in _SPECIAL.finditer(src):
        i = m.start()
        c = src[i]
        if c == "\ufeff" and i == 0:
            continue
        line = src.count("\n", 0, i) + 1
        col = i - (src.rfind("\n", 0, i) + 1) + 1
        pos = Pos(line, st.bytecol(line, col))
        if c == "\0":
            return pos, "invalid NUL character"
        if c == "\ufeff":
            return pos, "invalid BOM in the middle of the file"
        return pos, "invalid UTF-8 encoding"
    return None


def _before(p: Pos, q: Pos) -> bool:
    return (p.line, p.col) < (q.line, q.col)


# ---------------------------------------------------------------- API

def parse(src: str, filename: str = "") -> ast.File:
    """Parse one Go source file; raise CompileError on any error."""
    try:
        return _parse(src, filename)
    except CompileError as e:
        e.filename = filename
        e.args = (e.format(),)
        raise
    except Exception as e:   # never let anything else escape
        raise CompileError.at(Pos(1, 1), "syntax error: internal parser error (%s: %s)"
                              % (type(e).__name__, e), filename) from None


def tokenize(src: str):
    """The token stream the grammar sees (after semicolon insertion), as a
    list of (type, text, Pos); a SEMI's text is "newline", "EOF" or ";".
    For tests and debugging."""
    try:
        parser = get_parser()
        st = _State(src)
        with _lock:
            _tls.state = st
            try:
                return [(t.type, t.value if t.type == "SEMI" else str(t), Pos(t.line, t.column))
                        for t in parser.lex(src)]
            except UnexpectedCharacters as e:
                raise _char_error(e, st) from None
            finally:
                _tls.state = None
    except CompileError:
        raise
    except Exception as e:
        raise CompileError.at(Pos(1, 1), "syntax error: internal parser error (%s: %s)"
                              % (type(e).__name__, e)) from None


def _parse(src, filename):
    if isinstance(src, (bytes, bytearray)):
        src = bytes(src).decode("utf-8", "surrogateescape")
    if not isinstance(src, str):
        raise CompileError.at(Pos(1, 1), "invalid source")
    parser = get_parser()
    st = _State(src)
    early = _prescan(src, st)
    with _lock:
        _tls.state = st
        try:
            try:
                f = parser.parse(src)
            except UnexpectedToken as e:
                raise _syntax_error(e, st) from None
            except UnexpectedCharacters as e:
                raise _char_error(e, st) from None
        except CompileError as e:
            if early is not None:
                p = e.errors[0][0]
                if not _before(p, early[0]):
                    raise CompileError.at(early[0], early[1]) from None
            raise
        finally:
            _tls.state = None
    if early is not None:
        raise CompileError.at(early[0], early[1])
    unused = [g for g in st.guards if id(g) not in st.used_guards]
    if unused:
        p = min(st.guard_pos.get(id(g), g.pos) for g in unused)
        raise CompileError.at(p, "invalid AST: use of .(type) outside type switch")
    f.filename = filename
    return f
