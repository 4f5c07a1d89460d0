"""Tests for the parser stage: grammar/go.lark + govm/parser.py.

Error messages and positions in SYNTAX_ERRORS were checked against
``go tool compile`` of Go 1.19 (first error reported).
"""
import os
import random
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from govm import ast
from govm import parser as gparser
from govm.errors import CompileError
from govm.parser import parse, tokenize

P = ast.Pos


def F(body):
    return "package main\n\nfunc main() {\n" + body + "\n}\n"


def body(src):
    """Statements of a function body."""
    return parse("package p\nfunc f() {\n" + src + "\n}\n").decls[0].body.stmts


def expr(src):
    """The expression src, parsed on line 3 at column 6 (after "\t_ = ")."""
    s = body("\t_ = " + src)
    assert len(s) == 1 and isinstance(s[0], ast.AssignStmt), s
    return s[0].rhs[0]


def error(src):
    with pytest.raises(CompileError) as ei:
        parse(src, "x.go")
    return str(ei.value).split("\n")[0]


def walk(n):
    """All nodes under n (checks that only govm.ast nodes and values appear)."""
    out = []
    stack = [n]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, ast.Node):
            out.append(x)
            assert isinstance(x.pos, ast.Pos) and x.pos.line >= 1 and x.pos.col >= 1, x
            for k, v in vars(x).items():
                if k not in ("pos", "type", "value", "obj", "sig", "target", "kind"):
                    stack.append(v)
        else:
            assert x is None or isinstance(x, (str, bytes, int, float, complex, bool, ast.Pos)), repr(x)
    return out


def toks(src):
    return [(t, v) for t, v, _ in tokenize(src)]


# ---------------------------------------------------------------- semicolons

def test_semicolon_after_ident_literal_and_closers():
    assert toks("x\n1\n'a'\n\"s\"\n`r`\n1.5\n2i\n)\n]\n}\n") == [
        ("IDENT", "x"), ("SEMI", "newline"), ("INT", "1"), ("SEMI", "newline"),
        ("CHAR", "'a'"), ("SEMI", "newline"), ("STRING", '"s"'), ("SEMI", "newline"),
        ("STRING", "`r`"), ("SEMI", "newline"), ("FLOAT", "1.5"), ("SEMI", "newline"),
        ("IMAG", "2i"), ("SEMI", "newline"), ("RPAREN", ")"), ("SEMI", "newline"),
        ("RBRACK", "]"), ("SEMI", "newline"), ("RBRACE", "}"), ("SEMI", "newline")]


def test_semicolon_after_keywords_and_incdec():
    for kw in ("break", "continue", "fallthrough", "return"):
        assert toks(kw + "\n") == [(kw.upper(), kw), ("SEMI", "newline")]
    assert toks("x++\ny--\n") == [("IDENT", "x"), ("INC", "++"), ("SEMI", "newline"),
                                  ("IDENT", "y"), ("DEC", "--"), ("SEMI", "newline")]


def test_no_semicolon_after_other_tokens():
    for src in ("go\n", "if\n", "func\n", "chan\n", "x +\n", "(\n", "[\n", "{\n", ",\n", ".\n", "x =\n", "<-\n"):
        assert all(t != "SEMI" for t, _ in toks(src)), src
    assert toks("x +\ny\n") == [("IDENT", "x"), ("ADD", "+"), ("IDENT", "y"), ("SEMI", "newline")]


def test_semicolon_blank_lines_and_explicit():
    assert toks("x\n\n\n  \ny;z") == [("IDENT", "x"), ("SEMI", "newline"), ("IDENT", "y"),
                                      ("SEMI", ";"), ("IDENT", "z"), ("SEMI", "EOF")]


def test_semicolon_at_eof():
    assert toks("x") == [("IDENT", "x"), ("SEMI", "EOF")]
    assert tokenize("a\n  b")[-1] == ("SEMI", "EOF", P(2, 4))
    assert toks("x // comment") == [("IDENT", "x"), ("SEMI", "EOF")]
    assert toks("x(") == [("IDENT", "x"), ("LPAREN", "(")]


def test_semicolon_comments():
    # a line comment does not hide the newline
    assert tokenize("x // c\ny") == [("IDENT", "x", P(1, 1)), ("SEMI", "newline", P(1, 7)),
                                     ("IDENT", "y", P(2, 1)), ("SEMI", "EOF", P(2, 2))]
    # a general comment containing newlines acts like a newline (at the comment)
    assert tokenize("x /* a\nb */ y") == [("IDENT", "x", P(1, 1)), ("SEMI", "newline", P(1, 3)),
                                          ("IDENT", "y", P(2, 6)), ("SEMI", "EOF", P(2, 7))]
    # ... and one on a single line like a space
    assert toks("x /* a */ y") == [("IDENT", "x"), ("IDENT", "y"), ("SEMI", "EOF")]
    # a newline after the comment after a trigger token
    assert toks("x /* a */\ny") == [("IDENT", "x"), ("SEMI", "newline"), ("IDENT", "y"), ("SEMI", "EOF")]


def test_semicolon_positions_at_newline():
    assert tokenize("ab\n")[1] == ("SEMI", "newline", P(1, 3))


def test_token_columns_are_bytes():
    t = tokenize('"héllo" + x')
    assert t[1] == ("ADD", "+", P(1, 10))
    assert t[2] == ("IDENT", "x", P(1, 12))
    t = tokenize("/* ⌘ */ y")
    assert t[0] == ("IDENT", "y", P(1, 11))


def test_operators_longest_match():
    assert [t for t, _ in toks("a &^= b &^ c && d & e <<= f << g <- h <= i ... j . k := l")] == [
        "IDENT", "OP_ASSIGN", "IDENT", "AND_NOT", "IDENT", "LAND", "IDENT", "AND", "IDENT",
        "OP_ASSIGN", "IDENT", "SHL", "IDENT", "ARROW", "IDENT", "LEQ", "IDENT", "ELLIPSIS",
        "IDENT", "PERIOD", "IDENT", "DEFINE", "IDENT", "SEMI"]
    assert toks("x.5") == [("IDENT", "x"), ("FLOAT", ".5"), ("SEMI", "EOF")]


# ---------------------------------------------------------------- literals

@pytest.mark.parametrize("src,kind,val", [
    ("0", "INT", 0), ("42", "INT", 42), ("1_000_000", "INT", 1000000),
    ("0x1F", "INT", 31), ("0X_ff", "INT", 255), ("0o17", "INT", 15), ("0O7_7", "INT", 63),
    ("0777", "INT", 511), ("0_7", "INT", 7), ("0b101", "INT", 5), ("0B_1_0", "INT", 2),
    ("18446744073709551616", "INT", 2 ** 64),
    ("1.5", "FLOAT", 1.5), (".25", "FLOAT", 0.25), ("1.", "FLOAT", 1.0), ("1e3", "FLOAT", 1000.0),
    ("1E-2", "FLOAT", 0.01), ("0.5e+1", "FLOAT", 5.0), ("1_0.2_5", "FLOAT", 10.25),
    ("0x1p-2", "FLOAT", 0.25), ("0x1.8p1", "FLOAT", 3.0), ("0X.8P0", "FLOAT", 0.5),
    ("089.5", "FLOAT", 89.5), ("08e1", "FLOAT", 80.0), ("1e400", "FLOAT", float("inf")),
    ("1i", "IMAG", 1j), ("1.5i", "IMAG", 1.5j), ("0123i", "IMAG", 123j), ("0x10i", "IMAG", 16j),
    ("0b11i", "IMAG", 3j), ("1e2i", "IMAG", 100j), ("0o7i", "IMAG", 7j),
    ("'a'", "CHAR", 97), ("'\\n'", "CHAR", 10), ("'\\x41'", "CHAR", 65), ("'\\u00e9'", "CHAR", 0xE9),
    ("'\\U0001F600'", "CHAR", 0x1F600), ("'\\377'", "CHAR", 255), ("'\\''", "CHAR", 39),
    ("'é'", "CHAR", 0xE9), ("'\\\\'", "CHAR", 92), ("'\\a'", "CHAR", 7), ("'\\v'", "CHAR", 11),
    ('"a\\tb"', "STRING", b"a\tb"), ('"\\xff\\x00"', "STRING", b"\xff\x00"),
    ('"é"', "STRING", "é".encode()), ('"\\u00e9"', "STRING", b"\xc3\xa9"),
    ('"\\U0001F600"', "STRING", "\U0001F600".encode()), ('"\\377\\000"', "STRING", b"\xff\x00"),
    ('"\\""', "STRING", b'"'), ('"\'"', "STRING", b"'"), ('""', "STRING", b""),
    ("`a\\n`", "STRING", b"a\\n"), ("`a\r\nb`", "STRING", b"a\nb"), ("`\"`", "STRING", b'"'),
])
def test_literal_decoding(src, kind, val):
    x = expr(src)
    assert isinstance(x, ast.BasicLit)
    assert x.kind == kind and x.raw == src
    assert x.lit == val and type(x.lit) is type(val)


def test_huge_literals():
    x = expr("1" * 5000)
    assert x.lit == int("1" * 1000) * 10 ** 4000 + int("1" * 4000)
    assert expr("0x" + "f" * 3000).lit == 16 ** 3000 - 1
    assert expr("0x1p99999").lit == float("inf")


def test_multiline_raw_string_positions():
    s = body('\t_ = `a\nb\r\nc`\n\t_ = x')
    assert s[0].rhs[0].lit == b"a\nb\nc"
    assert s[1].pos == P(6, 2) and s[1].rhs[0].pos == P(6, 6)


@pytest.mark.parametrize("lit,msg,col", [
    ("0b102", "invalid digit '2' in binary literal", 11),
    ("0o18", "invalid digit '8' in octal literal", 10),
    ("089", "invalid digit '8' in octal literal", 8),
    ("0x", "hexadecimal literal has no digits", 9),
    ("1__0", "'_' must separate successive digits", 9),
    ("1_", "'_' must separate successive digits", 8),
    ("0_x", "'_' must separate successive digits", 8),
    ("0x1.5", "hexadecimal mantissa requires a 'p' exponent", 12),
    ("0b1.0", "invalid radix point in binary literal", 10),
    ("1e+", "exponent has no digits", 10),
    ("0x1e3p", "exponent has no digits", 13),
    ("0b1e3", "'e' exponent requires decimal mantissa", 10),
    ("1p3", "'p' exponent requires hexadecimal mantissa", 8),
    ("''", "empty rune literal or unescaped '", 8),
    ("'ab'", "more than one character in rune literal", 7),
    ("'\\400'", "octal escape value 256 > 255", 12),
    ("'\\q'", "unknown escape", 9),
    ("'a", "newline in rune literal", 9),
    ('"\\x4g"', "invalid character 'g' in hexadecimal escape", 11),
    ('"\\uD800"', "escape is invalid Unicode code point U+D800", 14),
    ('"\\U00110000"', "escape is invalid Unicode code point U+110000", 18),
    ('"a\\qb"', "unknown escape", 10),
    ('"abc', "newline in string", 11),
    ('"a\\', "unknown escape", 10),
])
def test_literal_errors(lit, msg, col):
    assert error(F("\tx := " + lit)) == "x.go:4:%d: %s" % (col, msg)


def test_unterminated_at_eof():
    assert error('package p\nvar x = "abc') == "x.go:2:9: string not terminated"
    assert error("package p\nvar x = `abc\n\n") == "x.go:2:9: string not terminated"
    assert error("package p\nvar x = 'a") == "x.go:2:9: rune literal not terminated"
    assert error("package p\n/* abc\n\n") == "x.go:2:1: comment not terminated"
    assert error("package p\n/*/") == "x.go:2:1: comment not terminated"


def test_invalid_characters():
    assert error("package p\nvar x = 1 # 2") == "x.go:2:11: invalid character U+0023 '#'"
    assert error("package p\nvar x = €") == "x.go:2:9: invalid character U+20AC '€' in identifier"
    assert error("package p\nvar é = 1 @") == "x.go:2:12: invalid character U+0040 '@'"
    assert error("package p\nvar x = \x01") == "x.go:2:9: invalid character U+0001"
    assert error("package p\n// \x00\n") == "x.go:2:4: invalid NUL character"
    assert error("package p\nvar s = \"\udcff\"\n") == "x.go:2:10: invalid UTF-8 encoding"
    assert error("package p\n\ufeffvar x int\n") == "x.go:2:1: invalid BOM in the middle of the file"
    assert parse("\ufeffpackage p\n").pos == P(1, 4)
    assert error(b"package p\nvar s = \"\xff\"\n") == "x.go:2:10: invalid UTF-8 encoding"


def test_unicode_identifiers():
    f = parse("package p\nvar ñandú, 世界 = 1, 2\n")
    assert [n.name for n in f.decls[0].specs[0].names] == ["ñandú", "世界"]
    assert f.decls[0].specs[0].names[1].pos == P(2, 14)


# ---------------------------------------------------------------- declarations

def test_package_and_imports():
    f = parse('package main\nimport "fmt"\nimport (\n\tm "math"\n\t. "os"\n\t_ "io"; "strings"\n)\n', "a.go")
    assert f.package.name == "main" and f.pos == P(1, 1) and f.filename == "a.go"
    assert [(i.name.name if i.name else None, i.path) for i in f.imports] == [
        (None, b"fmt"), ("m", b"math"), (".", b"os"), ("_", b"io"), (None, b"strings")]
    assert f.imports[1].pos == P(4, 2) and f.imports[0].pos == P(2, 8)
    assert f.decls == []


def test_const_groups_and_iota():
    f = parse("package p\nconst (\n\ta, b = iota, iota * 2\n\tc, d\n\t_\n\te int = 5\n\tf\n)\nconst g = 1\n")
    d = f.decls[0]
    assert d.tok == "const" and d.pos == P(2, 1)
    assert [s.iota for s in d.specs] == [0, 1, 2, 3, 4]
    assert [[n.name for n in s.names] for s in d.specs] == [["a", "b"], ["c", "d"], ["_"], ["e"], ["f"]]
    assert [len(s.values) for s in d.specs] == [2, 0, 0, 1, 0]
    assert d.specs[1].typ is None and d.specs[3].typ.name == "int"
    assert f.decls[1].specs[0].iota == 0 and f.decls[1].specs[0].values[0].lit == 1


def test_var_and_type_decls():
    f = parse("package p\nvar (\n\tx int\n\ty, z = 1, 2\n\tw []string = nil\n)\n"
              "type (\n\tT struct{}\n\tA = T\n\tI interface{ M() }\n)\ntype N [4]int\n")
    v = f.decls[0]
    assert [(len(s.names), s.typ is not None, len(s.values)) for s in v.specs] == [(1, True, 0), (2, False, 2), (1, True, 1)]
    t = f.decls[1]
    assert [(s.name.name, s.alias, type(s.typ).__name__) for s in t.specs] == [
        ("T", False, "StructType"), ("A", True, "Ident"), ("I", False, "InterfaceType")]
    assert isinstance(f.decls[2].specs[0].typ, ast.ArrayType) and f.decls[2].specs[0].typ.len.lit == 4


def test_func_decls_params_results_receivers():
    f = parse("package p\n"
              "func a() {}\n"
              "func b(x, y int, s string) (r int, err error) { return }\n"
              "func c(int, string) bool\n"
              "func d(xs ...int) {}\n"
              "func (t *T) m(a, b int, c ...string) {}\n"
              "func (T) n() (int) { return 0 }\n"
              "func e(a, b int,) func() int { return nil }\n")
    a, b, c, d, m, n, e = f.decls
    assert a.recv is None and a.typ.params == [] and a.typ.results == [] and a.body.stmts == []
    assert [[i.name for i in p.names] for p in b.typ.params] == [["x", "y"], ["s"]]
    assert [p.typ.name for p in b.typ.params] == ["int", "string"]
    assert [[i.name for i in p.names] for p in b.typ.results] == [["r"], ["err"]]
    assert [(p.names, p.typ.name) for p in c.typ.params] == [([], "int"), ([], "string")]
    assert c.body is None and c.typ.results[0].typ.name == "bool"
    assert isinstance(d.typ.params[0].typ, ast.Ellipsis) and d.typ.params[0].typ.elt.name == "int"
    assert m.recv.names[0].name == "t" and isinstance(m.recv.typ, ast.StarExpr)
    assert m.name.name == "m" and [len(p.names) for p in m.typ.params] == [2, 1]
    assert n.recv.names == [] and n.recv.typ.name == "T" and n.typ.results[0].typ.name == "int"
    assert isinstance(e.typ.results[0].typ, ast.FuncType)
    assert b.pos == P(3, 1) and b.name.pos == P(3, 6) and b.typ.pos == P(3, 1)


def test_types():
    f = parse("package p\nvar (\n"
              "\ta [3]int\n\tb []*T\n\tc map[string][]int\n\td chan int\n\te chan<- int\n"
              "\tf <-chan int\n\tg chan<- chan int\n\th <-chan <-chan int\n\ti chan (<-chan int)\n"
              "\tj func(int) (string, error)\n\tk struct {\n\t\tx, y int `json:\"x\"`\n\t\tT\n\t\t*pkg.U \"tag\"\n\t}\n"
              "\tl interface {\n\t\tM(x int) string\n\t\tio.Reader\n\t\tE\n\t}\n\tm (int)\n\tn pkg.T\n"
              "\to chan<- <-chan int\n)\n")
    t = {s.names[0].name: s.typ for s in f.decls[0].specs}
    assert isinstance(t["a"], ast.ArrayType) and t["a"].len.lit == 3
    assert t["b"].len is None and isinstance(t["b"].elt, ast.StarExpr)
    assert isinstance(t["c"], ast.MapType) and isinstance(t["c"].val, ast.ArrayType)
    assert (t["d"].dir, t["e"].dir, t["f"].dir) == ("both", "send", "recv")
    assert (t["g"].dir, t["g"].val.dir) == ("send", "both")
    assert (t["h"].dir, t["h"].val.dir) == ("recv", "recv")
    assert t["i"].dir == "both" and isinstance(t["i"].val, ast.ParenExpr) and t["i"].val.x.dir == "recv"
    assert (t["o"].dir, t["o"].val.dir) == ("send", "recv")
    assert [r.typ.name for r in t["j"].typ.results] if hasattr(t["j"], "typ") else True
    assert [r.typ.name for r in t["j"].results] == ["string", "error"]
    k = t["k"].fields
    assert [len(x.names) for x in k] == [2, 0, 0]
    assert k[0].tag == b'json:"x"' and k[1].tag is None and k[2].tag == b"tag"
    assert isinstance(k[2].typ, ast.StarExpr) and isinstance(k[2].typ.x, ast.SelectorExpr)
    m = t["l"].methods
    assert m[0].names[0].name == "M" and isinstance(m[0].typ, ast.FuncType)
    assert m[1].names == [] and isinstance(m[1].typ, ast.SelectorExpr) and m[2].typ.name == "E"
    assert isinstance(t["m"], ast.ParenExpr)
    assert isinstance(t["n"], ast.SelectorExpr) and t["n"].x.name == "pkg"


def test_ellipsis_array_type():
    x = expr("[...]string{\"a\"}")
    assert isinstance(x.typ.len, ast.Ellipsis) and x.typ.len.elt is None


# ---------------------------------------------------------------- expressions

def test_binary_precedence():
    x = expr("a || b && c == d + e * f")
    assert x.op == "||" and x.y.op == "&&" and x.y.y.op == "==" and x.y.y.y.op == "+" and x.y.y.y.y.op == "*"
    x = expr("a * b + c")
    assert x.op == "+" and x.x.op == "*"
    x = expr("a - b - c")
    assert x.op == "-" and x.x.op == "-" and x.x.x.name == "a"
    x = expr("a << 1 | b &^ c ^ d % e")
    assert x.op == "^" and x.x.op == "|" and x.x.x.op == "<<" and x.x.y.op == "&^"
    for op in ("==", "!=", "<", "<=", ">", ">="):
        assert expr("1 + 2 %s 3" % op).op == op


def test_unary():
    x = expr("-*p")
    assert isinstance(x, ast.UnaryExpr) and x.op == "-" and isinstance(x.x, ast.StarExpr)
    for op in ("+", "-", "!", "^", "&", "<-"):
        u = expr(op + "x")
        assert isinstance(u, ast.UnaryExpr) and u.op == op and u.pos == P(3, 6)
    x = expr("<-<-c")
    assert x.op == "<-" and x.x.op == "<-"
    x = expr("&T{1}")
    assert x.op == "&" and isinstance(x.x, ast.CompositeLit)
    x = expr("-1 * 2")
    assert x.op == "*" and x.x.op == "-"


def test_primary_expressions():
    x = expr("a.b.c")
    assert isinstance(x, ast.SelectorExpr) and x.sel.name == "c" and x.x.sel.name == "b"
    x = expr("a[i][j]")
    assert isinstance(x, ast.IndexExpr) and isinstance(x.x, ast.IndexExpr)
    s = expr("a[1:2]")
    assert (s.low.lit, s.high.lit, s.max, s.slice3) == (1, 2, None, False)
    s = expr("a[:]")
    assert (s.low, s.high, s.max, s.slice3) == (None, None, None, False)
    s = expr("a[:2:3]")
    assert (s.low, s.high.lit, s.max.lit, s.slice3) == (None, 2, 3, True)
    s = expr("a[1:]")
    assert s.low.lit == 1 and s.high is None
    c = expr("f(a, b...)")
    assert isinstance(c, ast.CallExpr) and len(c.args) == 2 and c.ellipsis
    c = expr("f(a, b,)")
    assert len(c.args) == 2 and not c.ellipsis
    c = expr("f()()")
    assert isinstance(c.fun, ast.CallExpr) and c.args == []
    t = expr("x.(T)")
    assert isinstance(t, ast.TypeAssertExpr) and t.typ.name == "T"
    t = expr("x.(*pkg.T)")
    assert isinstance(t.typ, ast.StarExpr)
    p = expr("(a + b) * c")
    assert p.op == "*" and isinstance(p.x, ast.ParenExpr)
    m = expr("(*T).M")
    assert isinstance(m, ast.SelectorExpr) and isinstance(m.x.x, ast.StarExpr)


def test_conversions_and_types_as_arguments():
    for src, fun in [("[]byte(s)", ast.ArrayType), ("(*int)(nil)", ast.ParenExpr),
                     ("map[string]int(nil)", ast.MapType), ("interface{}(x)", ast.InterfaceType),
                     ("chan int(nil)", ast.ChanType), ("(<-chan int)(nil)", ast.ParenExpr),
                     ("(func())(nil)", ast.ParenExpr), ("struct{}(x)", ast.StructType)]:
        c = expr(src)
        assert isinstance(c, ast.CallExpr) and isinstance(c.fun, fun), src
    c = expr("make(chan<- []int, 3)")
    assert c.args[0].dir == "send" and c.args[1].lit == 3
    assert expr("(<-chan int)(nil)").fun.x.dir == "recv"
    c = expr("new(struct{ a int })")
    assert isinstance(c.args[0], ast.StructType)
    c = expr("make(map[string]func() int)")
    assert isinstance(c.args[0].val, ast.FuncType)
    assert isinstance(expr("func() {}"), ast.FuncLit)
    assert isinstance(expr("func(x int) int { return x }(1)"), ast.CallExpr)
    assert isinstance(expr("<-chan int(nil)"), ast.UnaryExpr)   # receive from a conversion


def test_composite_literals():
    c = expr("[]T{{1, 2}, {3}}")
    assert isinstance(c, ast.CompositeLit) and isinstance(c.typ, ast.ArrayType)
    assert [e.typ for e in c.elts] == [None, None] and len(c.elts[0].elts) == 2
    c = expr("map[string]T{\"a\": {x: 1}}")
    kv = c.elts[0]
    assert isinstance(kv, ast.KeyValueExpr) and kv.key.lit == b"a" and kv.val.typ is None
    assert kv.val.elts[0].key.name == "x"
    c = expr("map[[2]int]string{{1, 2}: \"a\"}")
    assert isinstance(c.elts[0].key, ast.CompositeLit)
    c = expr("pkg.T{}")
    assert isinstance(c.typ, ast.SelectorExpr) and c.elts == []
    c = expr("[...]int{1, 2, 3,}")
    assert len(c.elts) == 3
    c = expr("struct{ a int }{a: 1}")
    assert isinstance(c.typ, ast.StructType)
    c = expr("[]*T{{}, &T{}}")
    assert c.elts[0].typ is None and c.elts[1].op == "&"
    c = expr("T{\n\t1,\n\t2,\n}")
    assert len(c.elts) == 2 and c.rbrace == P(6, 1)


def test_composite_literal_ambiguity_in_headers():
    # a bare type name in a header: "{" is the block
    s = body("\tif x == T {\n\t}")[0]
    assert isinstance(s, ast.IfStmt) and s.cond.y.name == "T" and s.body.stmts == []
    s = body("\tfor x := range T {\n\t}")[0]
    assert isinstance(s, ast.RangeStmt) and s.x.name == "T"
    s = body("\tswitch T {\n\t}")[0]
    assert isinstance(s, ast.SwitchStmt) and s.tag.name == "T"
    # parenthesized, or inside brackets: a composite literal
    s = body("\tif x == (T{}) {\n\t}")[0]
    assert isinstance(s.cond.y.x, ast.CompositeLit)
    s = body("\tfor _, v := range f(T{1}) {\n\t}")[0]
    assert isinstance(s.x.args[0], ast.CompositeLit)
    s = body("\tif m[T{1}] {\n\t}")[0]
    assert isinstance(s.cond.index, ast.CompositeLit)
    # explicit literal types need no parentheses
    s = body("\tfor _, x := range []int{1, 2} {\n\t}")[0]
    assert isinstance(s, ast.RangeStmt) and isinstance(s.x, ast.CompositeLit) and len(s.x.elts) == 2
    s = body("\tif v := map[string]int{\"a\": 1}; v != nil {\n\t}")[0]
    assert isinstance(s.init.rhs[0], ast.CompositeLit)
    s = body("\tswitch [2]int{1, 2}[0] {\n\t}")[0]
    assert isinstance(s.tag, ast.IndexExpr)
    s = body("\tfor _, b := range []byte(s) {\n\t}")[0]
    assert isinstance(s.x, ast.CallExpr)
    s = body("\tif f := func() bool { return true }; f() {\n\t}")[0]
    assert isinstance(s.init.rhs[0], ast.FuncLit)
    # a bare type name composite literal in a header is a syntax error, as in gc
    assert error(F("\tfor x := range T{1} {}")) == "x.go:4:22: syntax error: unexpected { at end of statement"
    assert error(F("\tif x == T{1} {\n\t}")) == "x.go:4:15: syntax error: unexpected { at end of statement"


# ---------------------------------------------------------------- statements

def test_simple_statements():
    s = body("\tx := 1\n\tx, y = y, x\n\tx++\n\ty--\n\tc <- 1\n\tf()\n\t<-c\n\t;\n\tx += 2")
    assert [type(t).__name__ for t in s] == ["AssignStmt", "AssignStmt", "IncDecStmt", "IncDecStmt",
                                             "SendStmt", "ExprStmt", "ExprStmt", "AssignStmt"]
    assert (s[0].op, s[1].op, s[2].op, s[3].op, s[7].op) == (":=", "=", "++", "--", "+=")
    assert len(s[1].lhs) == 2 and len(s[1].rhs) == 2


@pytest.mark.parametrize("op", ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="])
def test_op_assign(op):
    s = body("\tx %s 1" % op)[0]
    assert isinstance(s, ast.AssignStmt) and s.op == op and s.oppos == P(3, 4)


def test_control_statements():
    s = body("\tgo f()\n\tdefer g(1)\n\treturn\n\treturn 1, 2\n\tgoto L\nL:\n\tfor {\n\t\tbreak\n\t\tcontinue L\n\t}\n"
             "\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}\n\t{\n\t}\n\tvar v int\n\tconst c = 1\n\ttype T int")
    names = [type(t).__name__ for t in s]
    assert names == ["GoStmt", "DeferStmt", "ReturnStmt", "ReturnStmt", "BranchStmt", "LabeledStmt",
                     "SwitchStmt", "Block", "DeclStmt", "DeclStmt", "DeclStmt"]
    assert s[2].results == [] and len(s[3].results) == 2
    assert s[4].tok == "goto" and s[4].label.name == "L"
    loop = s[5].stmt
    assert s[5].label.name == "L" and isinstance(loop, ast.ForStmt)
    assert [(b.tok, b.label and b.label.name) for b in loop.body.stmts] == [("break", None), ("continue", "L")]
    sw = s[6]
    assert sw.tag is None and sw.body[0].list[0].name == "true" and sw.body[1].list is None
    assert sw.body[0].body[0].tok == "fallthrough"
    assert [d.decl.tok for d in s[8:]] == ["var", "const", "type"]


def test_labeled_empty_statement():
    s = body("L:\n\t;\nM:\n")
    assert isinstance(s[0].stmt, ast.EmptyStmt) and isinstance(s[1].stmt, ast.EmptyStmt)


def test_if_else_chains():
    s = body("\tif x := f(); x > 0 {\n\t} else if y {\n\t} else {\n\t}")[0]
    assert isinstance(s.init, ast.AssignStmt) and s.cond.op == ">"
    assert isinstance(s.els, ast.IfStmt) and s.els.init is None and isinstance(s.els.els, ast.Block)


def test_for_forms():
    s = body("\tfor {}\n\tfor x < 10 {}\n\tfor i := 0; i < 10; i++ {}\n\tfor ;; {}\n\tfor i = 0; ; {}\n"
             "\tfor range c {}\n\tfor k := range m {}\n\tfor k, v := range m {}\n\tfor a[0], b.f = range m {}")
    assert (s[0].init, s[0].cond, s[0].post) == (None, None, None)
    assert s[1].cond.op == "<" and s[1].init is None
    assert s[2].init.op == ":=" and s[2].cond.op == "<" and isinstance(s[2].post, ast.IncDecStmt)
    assert (s[3].init, s[3].cond, s[3].post) == (None, None, None)
    assert s[4].init.op == "=" and s[4].cond is None
    assert (s[5].key, s[5].val, s[5].tok) == (None, None, None) and s[5].x.name == "c"
    assert s[6].key.name == "k" and s[6].val is None and s[6].tok == ":="
    assert (s[7].key.name, s[7].val.name) == ("k", "v")
    assert s[8].tok == "=" and isinstance(s[8].key, ast.IndexExpr)


def test_switch_forms():
    s = body("\tswitch x := f(); x {\n\tcase 1, 2:\n\tcase 3:\n\t\tg()\n\t\th()\n\t}\n"
             "\tswitch x\n\t{\n\t}\n"
             "\tswitch v := y.(type) {\n\tcase int, []string, *T, map[K]V, func(), chan int, <-chan int, nil:\n\tdefault:\n\t}\n"
             "\tswitch y.(type) {\n\t}\n\tswitch z := 1; t := y.(type) {\n\t}")
    a, b, c, d, e = s
    assert isinstance(a, ast.SwitchStmt) and a.init.op == ":=" and a.tag.name == "x"
    assert [len(cc.list) for cc in a.body] == [2, 1] and len(a.body[1].body) == 2
    assert b.init.x.name == "x" and b.tag is None
    assert isinstance(c, ast.TypeSwitchStmt) and c.init is None
    assert isinstance(c.assign, ast.AssignStmt) and c.assign.lhs[0].name == "v"
    g = c.assign.rhs[0]
    assert isinstance(g, ast.TypeAssertExpr) and g.typ is None
    kinds = [type(t).__name__ for t in c.body[0].list]
    assert kinds == ["Ident", "ArrayType", "StarExpr", "MapType", "FuncType", "ChanType", "ChanType", "Ident"]
    assert c.body[0].list[6].dir == "recv"
    assert isinstance(d, ast.TypeSwitchStmt) and isinstance(d.assign, ast.ExprStmt)
    assert isinstance(e, ast.TypeSwitchStmt) and e.init.op == ":=" and e.rbrace == P(19, 2)


def test_select():
    s = body("\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\tcase v, ok = <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}")[0]
    assert isinstance(s, ast.SelectStmt)
    comms = [type(c.comm).__name__ for c in s.body]
    assert comms == ["AssignStmt", "AssignStmt", "SendStmt", "ExprStmt", "NoneType"]
    assert s.body[0].comm.op == ":=" and len(s.body[0].body) == 1 and len(s.body[1].comm.lhs) == 2
    assert s.body[4].pos == P(9, 2)


def test_func_literals_and_closures():
    s = body("\tf := func(x int) (y int) {\n\t\treturn x\n\t}\n\tdefer func() { recover() }()\n\tgo func(c chan int) { c <- 1 }(c)")
    assert isinstance(s[0].rhs[0], ast.FuncLit) and s[0].rhs[0].typ.results[0].names[0].name == "y"
    assert isinstance(s[1].call.fun, ast.FuncLit) and isinstance(s[2].call.fun, ast.FuncLit)


# ---------------------------------------------------------------- positions

SAMPLE = """package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func main() {
	x := add(1, 2)
	var unused int
	if x > 2 {
		fmt.Println(x,
			"big")
	}
	s := []int{1, 2}
	for i := range s {
		s[i]++
	}
}
"""


def test_positions():
    f = parse(SAMPLE, "sample.go")
    add, main = f.decls
    assert add.pos == P(5, 1) and add.name.pos == P(5, 6)
    assert add.typ.params[0].names[1].pos == P(5, 13) and add.typ.params[0].typ.pos == P(5, 15)
    ret = add.body.stmts[0]
    assert ret.pos == P(6, 2)
    b = ret.results[0]
    assert b.pos == P(6, 9) and b.oppos == P(6, 11) and b.y.pos == P(6, 13)
    assert add.body.pos == P(5, 24) and add.body.rbrace == P(7, 1)   # "missing return" goes here
    s = main.body.stmts
    assert s[0].pos == P(10, 2) and s[0].oppos == P(10, 4) and s[0].lhs[0].pos == P(10, 2)
    call = s[0].rhs[0]
    assert call.pos == P(10, 7) and call.fun.pos == P(10, 7) and call.rparen == P(10, 15)
    assert [a.pos for a in call.args] == [P(10, 11), P(10, 14)]
    assert s[1].pos == P(11, 2) and s[1].decl.specs[0].names[0].pos == P(11, 6)   # "declared but not used"
    assert s[2].pos == P(12, 2) and s[2].cond.oppos == P(12, 7)
    pr = s[2].body.stmts[0].x
    assert pr.pos == P(13, 3) and pr.fun.sel.pos == P(13, 7) and pr.rparen == P(14, 9)
    assert pr.args[1].pos == P(14, 4)
    assert s[2].body.rbrace == P(15, 2)
    lit = s[3].rhs[0]
    assert lit.pos == P(16, 7) and lit.typ.pos == P(16, 7) and lit.rbrace == P(16, 17)
    assert s[4].pos == P(17, 2) and s[4].key.pos == P(17, 6) and s[4].x.pos == P(17, 17)
    inc = s[4].body.stmts[0]
    assert inc.pos == P(18, 3) and inc.x.rbrack == P(18, 6)
    assert main.body.rbrace == P(20, 1)


def test_positions_of_types_and_tabs():
    f = parse("package p\n\tvar\tx\tmap[string]*T\n")
    t = f.decls[0].specs[0].typ
    assert f.decls[0].pos == P(2, 2) and t.pos == P(2, 8) and t.val.pos == P(2, 19) and t.val.x.pos == P(2, 20)


def test_positions_non_ascii():
    f = parse('package p\nvar s, t = "日本語", x\n')
    spec = f.decls[0].specs[0]
    assert spec.values[0].pos == P(2, 12) and spec.values[1].pos == P(2, 25)


def test_every_node_has_a_position_and_no_parse_tree_leaks():
    f = parse(SAMPLE)
    nodes = walk(f)
    assert len(nodes) > 40


# ---------------------------------------------------------------- syntax errors

SYNTAX_ERRORS = [
    (F('\tx := []int{1, 2\n\t}'),
     'x.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    (F('\tx := 1\n\t}'),
     'x.go:6:1: syntax error: non-declaration statement outside function body'),
    (F('\tx := "abc'),
     'x.go:4:11: newline in string'),
    (F('\tx := @'),
     "x.go:4:7: invalid character U+0040 '@'"),
    (F('\tx := `abc'),
     'x.go:4:7: string not terminated'),
    ('package main\nx := 1\n',
     'x.go:2:1: syntax error: non-declaration statement outside function body'),
    (F('\tif x == 1\n\t{\n\t}'),
     'x.go:4:11: syntax error: unexpected newline, expecting { after if clause'),
    (F('\tif x == 1 \n'),
     'x.go:6:1: syntax error: unexpected }, expecting expression'),
    (F('\tfor i := 0; i < 10; i++\n\t{\n\t}'),
     'x.go:4:25: syntax error: unexpected newline, expecting { after for clause'),
    ('package main\nfunc main()\n{\n}\n',
     'x.go:3:1: syntax error: unexpected semicolon or newline before {'),
    (F('\tf(1, 2\n'),
     'x.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or )'),
    (F('\tx := "a\\qb"'),
     'x.go:4:10: unknown escape'),
    (F('\tx := 0x'),
     'x.go:4:9: hexadecimal literal has no digits'),
    (F("\tx := 'ab'"),
     'x.go:4:7: more than one character in rune literal'),
    ('package main\nfunc main() {\n\tx := 1\n',
     'x.go:4:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nfunc main() {\n\tx := 1',
     'x.go:3:8: syntax error: unexpected EOF, expecting }'),
    (F('\tx := '),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tx := 1 +'),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tx = 1 2'),
     'x.go:4:8: syntax error: unexpected literal 2 at end of statement'),
    (F('\tvar x int ='),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc f(a int b int) {\n}\n',
     'x.go:2:14: syntax error: unexpected b in parameter list; possibly missing comma or )'),
    ('package main\nimport "fmt"\nfunc main() {\n\tfmt.Println(1))\n}\n',
     'x.go:4:16: syntax error: unexpected ) at end of statement'),
    (F('\tif x := 1 {\n\t}'),
     'x.go:4:7: syntax error: cannot use x := 1 as value'),
    (F('\tfor x := 1; x < 2; y := 3 {\n\t}'),
     'x.go:4:23: syntax error: cannot declare in post statement of for loop'),
    (F('\tgo 1'),
     'x.go:4:5: expression in go must be function call'),
    (F('\tx := [3]int{1,2,3\n'),
     'x.go:4:19: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    ('main\n',
     'x.go:1:1: syntax error: package statement must be first'),
    (F('\telse {}'),
     'x.go:4:2: syntax error: unexpected else, expecting }'),
    (F('\tif true {} else x'),
     'x.go:4:18: syntax error: else must be followed by if or statement block'),
    ('package main\ntype T struct { a int b int }\n',
     'x.go:2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }'),
    (F('\tif x == T{1} {\n\t}'),
     'x.go:4:15: syntax error: unexpected { at end of statement'),
    (F('\tswitch {\n\tfoo\n\t}'),
     'x.go:5:2: syntax error: unexpected foo, expecting case or default or }'),
    (F('\tif x == 1 return'),
     'x.go:4:12: syntax error: unexpected return, expecting {'),
    (F('\tfor x == 1 return'),
     'x.go:4:13: syntax error: unexpected return, expecting {'),
    (F('\tswitch x return'),
     'x.go:4:11: syntax error: unexpected return, expecting {'),
    (F('\tif {\n\t}'),
     'x.go:4:5: syntax error: missing condition in if statement'),
    (F('\tif x := 1; {\n\t}'),
     'x.go:4:11: syntax error: missing condition in if statement'),
    (F('\tselect x {\n\t}'),
     'x.go:4:9: syntax error: missing { after select clause'),
    (F('\tfor i := 0; i < 3 {\n\t}'),
     'x.go:4:20: syntax error: unexpected {, expecting semicolon or newline'),
    (F('\tx := T{a: 1, b: 2 c: 3}'),
     'x.go:4:20: syntax error: unexpected c in composite literal; possibly missing comma or }'),
    (F('\tf(\n'),
     'x.go:6:1: syntax error: unexpected }, expecting expression'),
    ('package main\nimport "fmt"\nfunc main() {\n}\nimport "os"\n',
     'x.go:5:1: syntax error: non-declaration statement outside function body'),
    ('package main\nvar x = 1 2\n',
     'x.go:2:11: syntax error: unexpected literal 2 after top level declaration'),
    (F('\tx := [1, 2]'),
     'x.go:4:9: syntax error: unexpected comma; expecting ]'),
    (F('\ta, b += 1, 2'),
     'x.go:4:7: syntax error: unexpected +=, expecting := or = or comma'),
    (F('\tfunc f() {}'),
     'x.go:4:7: syntax error: unexpected f, expecting ('),
    (F("\tx := '"),
     'x.go:4:8: newline in rune literal'),
    (F("\tx := ''"),
     "x.go:4:8: empty rune literal or unescaped '"),
    (F("\tx := '\\400'"),
     'x.go:4:12: octal escape value 256 > 255'),
    (F('\tx := "\\x4g"'),
     "x.go:4:11: invalid character 'g' in hexadecimal escape"),
    (F('\tx := "\\uD800"'),
     'x.go:4:14: escape is invalid Unicode code point U+D800'),
    (F('\tx := 0b102'),
     "x.go:4:11: invalid digit '2' in binary literal"),
    (F('\tx := 0o18'),
     "x.go:4:10: invalid digit '8' in octal literal"),
    (F('\tx := 089'),
     "x.go:4:8: invalid digit '8' in octal literal"),
    (F('\tx := 1__0'),
     "x.go:4:9: '_' must separate successive digits"),
    (F('\tx := 0x1.5'),
     "x.go:4:12: hexadecimal mantissa requires a 'p' exponent"),
    (F('\tx := 0b1.0'),
     'x.go:4:10: invalid radix point in binary literal'),
    (F('\tx := 1e+'),
     'x.go:4:10: exponent has no digits'),
    (F('\tx := 0x1e3p'),
     'x.go:4:13: exponent has no digits'),
    (F('\tx := 1_'),
     "x.go:4:8: '_' must separate successive digits"),
    (F('\tx := 1 # 2'),
     "x.go:4:9: invalid character U+0023 '#'"),
    (F('\tx := €'),
     "x.go:4:7: invalid character U+20AC '€' in identifier"),
    (F('\tvar x = map[string]int{\n\t\t"a": 1\n\t}'),
     'x.go:5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    (F('\tfor {\n\t\tbreak\n\t}\n\tgoto'),
     'x.go:8:1: syntax error: unexpected }, expecting name'),
    (F('\tx := func() {'),
     'x.go:6:1: syntax error: unexpected EOF, expecting }'),
    (F('\t_ = x.(type)'),
     'x.go:4:6: invalid AST: use of .(type) outside type switch'),
    (F('\tswitch x := y.(type); z {\n\t}'),
     'x.go:4:9: invalid AST: use of .(type) outside type switch'),
    (F('\tgo (f())'),
     'x.go:4:5: expression in go must not be parenthesized'),
    (F('\tdefer f'),
     'x.go:4:8: expression in defer must be function call'),
    ('package main\nfunc f(a, b int, c) {\n}\n',
     'x.go:2:18: syntax error: mixed named and unnamed parameters'),
    ('package main\nfunc f(a int, []string) {\n}\n',
     'x.go:2:15: syntax error: mixed named and unnamed parameters'),
    ('package main\nfunc () f() {\n}\n',
     'x.go:2:9: method has no receiver'),
    (F('\tselect {\n\tcase x + 1:\n\t}'),
     'x.go:5:9: select case must be send or receive (possibly with assignment)'),
    (F('\tx := (T){1}'),
     'x.go:4:10: syntax error: cannot parenthesize type in composite literal'),
    (F('\tf() {}'),
     'x.go:4:6: syntax error: unexpected { at end of statement'),
    (F('\tif x {\n\t}\n\telse {\n\t}'),
     'x.go:6:2: syntax error: unexpected else, expecting }'),
    ('package main\nimport fmt\n',
     'x.go:2:11: syntax error: missing import path'),
    ('package main\nimport (\n\t"fmt"\n\tos\n)\n',
     'x.go:4:4: syntax error: missing import path'),
    ('package _\n',
     'x.go:1:9: invalid package name _'),
    ('package main\nvar x = [...]int{1,2\n',
     'x.go:2:21: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    ('package main\nfunc f() int {\n\treturn 1,\n}\n',
     'x.go:4:1: syntax error: unexpected }, expecting expression'),
    ('package main\ntype I interface { M() int N() }\n',
     'x.go:2:28: syntax error: unexpected N in interface type; possibly missing semicolon or newline or }'),
    ('package main\ntype T struct { a, b }\n',
     'x.go:2:22: syntax error: unexpected }, expecting type'),
    ('package main\nvar (\n\ta int b\n)\n',
     'x.go:3:8: syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or )'),
    (F('\tx := 1\n\tx++ ++'),
     'x.go:5:6: syntax error: unexpected ++ at end of statement'),
    (F('\tx <- '),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tcase 1:'),
     'x.go:4:2: syntax error: unexpected case, expecting }'),
    (F('\tx := struct{a int}{1}.a.'),
     'x.go:5:1: syntax error: unexpected }, expecting name or ('),
    (F('\tx := y.(1)'),
     'x.go:4:10: syntax error: unexpected literal 1, expecting type'),
    ('package main\n\x00\n',
     'x.go:2:1: invalid NUL character'),
    (F('\tx := []int{1,2,3}[1:2:3:4]'),
     'x.go:4:25: syntax error: unexpected :, expecting ]'),
    (F('\tfor x := range T{1} {}'),
     'x.go:4:22: syntax error: unexpected { at end of statement'),
    (F('\tswitch T{1} {}'),
     'x.go:4:11: syntax error: unexpected literal 1, expecting case or default or }'),
    ('package main\nvar x = 1 +\n',
     'x.go:3:1: syntax error: unexpected EOF, expecting expression'),
    (F('\tf(1, 2'),
     'x.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or )'),
    ('package main\nfunc main() {\n\tfor {\n\t}\n',
     'x.go:5:1: syntax error: unexpected EOF, expecting }'),
    ('package main\ntype T struct {\n',
     'x.go:3:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nvar x = []int{1, 2,\n',
     'x.go:3:1: syntax error: unexpected EOF, expecting }'),
    (F('\tx := map[string]int{\n\t\t"a": 1\n\t}'),
     'x.go:5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    (F('\tif x {\n\t} else {\n\t} else {\n\t}'),
     'x.go:6:4: syntax error: unexpected else at end of statement'),
    ('package main\nfunc f() (int, string {\n}\n',
     'x.go:2:23: syntax error: unexpected { in parameter list; possibly missing comma or )'),
    ('package main\nfunc f(x int) int { return x }}\n',
     'x.go:2:31: syntax error: unexpected } after top level declaration'),
    (F('\tx := T.{}'),
     'x.go:4:9: syntax error: unexpected {, expecting name or ('),
    (F('\tx := a.'),
     'x.go:5:1: syntax error: unexpected }, expecting name or ('),
    (F('\tx := a[1'),
     'x.go:4:10: syntax error: unexpected newline, expecting comma, : or ]'),
    (F('\tdefault:'),
     'x.go:4:2: syntax error: unexpected default, expecting }'),
    (F('\tx := 5 ++'),
     'x.go:4:9: syntax error: unexpected ++ at end of statement'),
    (F('\tfor i := 0; i < 3; i++ {'),
     'x.go:6:1: syntax error: unexpected EOF, expecting }'),
    (F('\tgo func() {}'),
     'x.go:4:5: expression in go must be function call'),
    (F('\tdefer recover'),
     'x.go:4:8: expression in defer must be function call'),
    (F('\tbreak 1'),
     'x.go:4:8: syntax error: unexpected literal 1 at end of statement'),
    (F('\tgoto 1'),
     'x.go:4:7: syntax error: unexpected literal 1, expecting name'),
    ('package main\ntype T\n',
     'x.go:2:7: syntax error: unexpected newline in type declaration'),
    ('package main\nvar\n',
     'x.go:3:1: syntax error: unexpected EOF, expecting name'),
    ('package main\nvar x int\nimport "fmt"\n',
     'x.go:3:1: syntax error: non-declaration statement outside function body'),
    (F('\tx := []int{1, 2, 3}['),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tswitch x { case 1: case 2 }'),
     'x.go:4:28: syntax error: unexpected }, expecting :'),
    (F('\tselect { case <-c }'),
     'x.go:4:20: syntax error: unexpected }, expecting :'),
    (F('\tx := ...'),
     'x.go:4:7: syntax error: unexpected ..., expecting expression'),
    (F('\tf(a..., b)'),
     'x.go:4:10: syntax error: unexpected b, expecting )'),
    (F('\tx := 1; x = = 2'),
     'x.go:4:14: syntax error: unexpected =, expecting expression'),
    (F('\tx := func(a int, b) {}'),
     'x.go:4:19: syntax error: mixed named and unnamed parameters'),
    (F('\tx := f(1,\n\t2\n\t)\n\t_ = x'),
     'x.go:5:3: syntax error: unexpected newline in argument list; possibly missing comma or )'),
    (F('\tif (x {\n\t}'),
     'x.go:5:3: syntax error: unexpected newline, expecting )'),
    (F('\tfmt.Println("a"\n'),
     'x.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )'),
    ('package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t}\n',
     'x.go:5:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nfunc main() {\n}\n}\n',
     'x.go:4:1: syntax error: non-declaration statement outside function body'),
    (F('\tvar x int = 1,'),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tx := []int{1 2}'),
     'x.go:4:15: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }'),
    (F('\tm := map[string]int{"a" 1}'),
     'x.go:4:26: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }'),
    (F('\tif x = 1 {\n\t}'),
     'x.go:4:7: syntax error: cannot use assignment (x) = (1) as value'),
    (F('\tx = := 1'),
     'x.go:4:6: syntax error: unexpected :=, expecting expression'),
    ('package main\ntype T struct { a int, b int }\n',
     'x.go:2:22: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }'),
    ('package main\ntype I interface { M() int, N() }\n',
     'x.go:2:27: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }'),
    ('package main\nimport ("fmt" "os")\n',
     'x.go:2:15: syntax error: unexpected literal "os" in grouped declaration; possibly missing semicolon or newline or )'),
    ('package main\nconst x =\n',
     'x.go:3:1: syntax error: unexpected EOF, expecting expression'),
    (F('\tx := <-'),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tgo f'),
     'x.go:4:5: expression in go must be function call'),
    (F('\tselect { default }'),
     'x.go:4:19: syntax error: unexpected }, expecting :'),
    (F('\tswitch x { default }'),
     'x.go:4:21: syntax error: unexpected }, expecting :'),
    (F('\tfor i := range {\n\t}'),
     'x.go:4:17: syntax error: unexpected {, expecting expression'),
    (F('\tx.('),
     'x.go:5:1: syntax error: unexpected }, expecting type'),
    (F('\ta := b := c'),
     'x.go:4:9: syntax error: unexpected := at end of statement'),
    ('package main\nfunc (r T) () {}\n',
     'x.go:2:12: syntax error: unexpected (, expecting name or ('),
    ('package main\ntype T =\n',
     'x.go:3:1: syntax error: unexpected EOF in type declaration'),
    (F('\tvar x, = 1'),
     'x.go:4:9: syntax error: unexpected =, expecting name'),
    (F('\tx, := 1'),
     'x.go:4:5: syntax error: unexpected :=, expecting expression'),
    (F('\tif x {\n\t} else if {\n\t}'),
     'x.go:5:12: syntax error: missing condition in if statement'),
    (F('\tvar c chan<- <-'),
     'x.go:5:1: syntax error: unexpected }, expecting chan'),
    (F('\tswitch x {\n\tcase 1,:\n\t}'),
     'x.go:5:9: syntax error: unexpected :, expecting expression'),
    (F('\treturn 1 2'),
     'x.go:4:11: syntax error: unexpected literal 2 at end of statement'),
    (F('\tdefer'),
     'x.go:5:1: syntax error: unexpected }, expecting expression'),
    (F('\tgoto'),
     'x.go:5:1: syntax error: unexpected }, expecting name'),
    (F('\tfor {\n\t\tbreak L M\n\t}'),
     'x.go:5:11: syntax error: unexpected M at end of statement'),
    (F('\tx := struct{a int}{1}.'),
     'x.go:5:1: syntax error: unexpected }, expecting name or ('),
    (F('\tx := [3]int{1, 2, 3}[1:2:3'),
     'x.go:4:28: syntax error: unexpected newline, expecting ]'),
    (F('\tvar x = 1 +\n\t\t2 +\n'),
     'x.go:7:1: syntax error: unexpected }, expecting expression'),
    ('package main\nfunc main() {\n\tx := 1\n\tif x > 0 {\n\t\tx++\n',
     'x.go:6:1: syntax error: unexpected EOF, expecting }'),
    ('package main\nfunc f(a int\n\t) {\n}\n',
     'x.go:2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )'),
    (F('\tx := []int{\n\t\t1,\n\t\t2\n\t}'),
     'x.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }'),
    (F('\tfor i := 0; i < 10; i++; {\n\t}'),
     'x.go:4:25: syntax error: unexpected semicolon, expecting { after for clause'),
    (F('\tif true {\n\t} else {\n\t} x := 1'),
     'x.go:6:4: syntax error: unexpected x at end of statement'),
    (F("\tx := '\\u12'"),
     "x.go:4:12: invalid character '\\'' in hexadecimal escape"),
    (F('\tx := "\\z"'),
     'x.go:4:9: unknown escape'),
    (F('\tx := 00.e'),
     'x.go:4:11: exponent has no digits'),
]


@pytest.mark.parametrize("src,msg", SYNTAX_ERRORS, ids=[m.split(" ", 1)[0] + m.split(": ", 1)[1][:30]
                                                        for _, m in SYNTAX_ERRORS])
def test_syntax_errors_like_gc(src, msg):
    assert error(src) == msg


def test_error_carries_filename_and_positions():
    with pytest.raises(CompileError) as ei:
        parse(F("\tx := []int{1, 2\n\t}"), "dir/prog.go")
    e = ei.value
    assert e.filename == "dir/prog.go"
    assert e.errors[0][0] == P(4, 17)
    assert str(e) == "dir/prog.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"


def test_semantic_checks_done_by_the_parser():
    assert error(F("\tx.y := 1")) == "x.go:4:2: non-name x.y on left side of :="
    assert error(F("\t_ = x.(type)")) == "x.go:4:6: invalid AST: use of .(type) outside type switch"
    assert error(F("\tswitch x := y.(type); z {\n\t}")) == "x.go:4:9: invalid AST: use of .(type) outside type switch"
    assert error(F("\tfor k, v, w := range x {\n\t}")) == "x.go:4:12: range clause permits at most two iteration variables"
    assert error(F("\tgo func() {}")) == "x.go:4:5: expression in go must be function call"
    assert error(F("\tdefer (f())")) == "x.go:4:8: expression in defer must not be parenthesized"
    assert error("package p\nfunc () f() {}\n") == "x.go:2:9: method has no receiver"


# ---------------------------------------------------------------- robustness

def test_robustness_random_mutations():
    rng = random.Random(1234)
    pieces = list("(){}[];:,.=+-*/%&|^<>!~@#$?\\'\"`\n\t 019abx_\x00\u00e9\u20ac\udcff") + [
        "/*", "*/", "//", "<-", ":=", "...", "func", "chan", "if", "else", "for", "range", "switch",
        "case", "select", "type", "struct", "interface", "map", "0x", "1e", "'\\", '"\\', "\\u",
        ".(type)", "&^=", "0b1.", "go", "defer", "return"]
    base = SAMPLE + "type T struct{ a, b int; c string `t` }\n" \
        "func (t *T) M(xs ...int) (r int) {\n\tswitch v := interface{}(t).(type) {\n\tcase *T:\n\t\t_ = v\n\t}\n" \
        "\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n\tm := map[string][]int{\"a\": {1}}\n\tgoto L\nL:\n\treturn len(m) << 2\n}\n"
    parse(base)
    for _ in range(300):
        s = list(base)
        for _ in range(rng.randint(1, 5)):
            op = rng.random()
            p = rng.randrange(len(s) + 1)
            if op < 0.4:
                s[p:p] = rng.choice(pieces)
            elif op < 0.7:
                del s[p:p + rng.randint(1, 20)]
            elif op < 0.85:
                q = rng.randrange(len(s) + 1)
                s[p:p] = s[q:q + rng.randint(1, 30)]
            else:
                s = s[:p]
        src = "".join(s)
        try:
            walk(parse(src, "m.go"))
        except CompileError as e:
            assert "internal parser error" not in str(e), (src, str(e))
            assert e.errors and isinstance(e.errors[0][0], ast.Pos)


@pytest.mark.parametrize("src", [
    "", "\n", "package", "package p\nimport", '"' * 7, "`", "/*", "'", "}", "package p;;;",
    "package p\nvar x = " + "(" * 3000 + "1" + ")" * 3000,
    "package p\nvar x = " + "-" * 3001 + "1",
    "package p\nfunc f() {" + "{" * 2000 + "}" * 2000 + "}",
    "\x00\x01\x02", "package p\n" + "\udcff" * 3,
    "package p\nvar s = \"\\", "package p\nvar s = '\\", "package p\nvar s = '\\x",
], ids=lambda s: repr(s[:16]))
def test_robustness_garbage(src):
    try:
        parse(src)
    except CompileError as e:
        assert "internal parser error" not in str(e)


def test_random_bytes():
    rng = random.Random(99)
    for _ in range(100):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        for src in (data, b"package p\n" + data, b"package p\nfunc f() {\n" + data):
            try:
                parse(src)
            except CompileError as e:
                assert "internal parser error" not in str(e)


# ---------------------------------------------------------------- start-up and speed

def test_cache_dir_not_writable(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        monkeypatch.setenv("XDG_CACHE_HOME", str(ro))
        monkeypatch.setenv("HOME", str(ro))
        monkeypatch.setattr(gparser.tempfile, "gettempdir", lambda: str(ro))
        path = gparser._cache_path("grammar text")
        if os.access(ro, os.W_OK):   # running as root: permissions are not enforced
            assert path is None or path.startswith(str(ro))
        else:
            assert path is None
        p = gparser._build_parser()   # works without a cache
        gparser._tls.state = gparser._State("package p\n")
        try:
            f = p.parse("package p\n")
        finally:
            gparser._tls.state = None
        assert f.package.name == "p"
    finally:
        ro.chmod(0o700)


def test_grammar_conflicts_are_the_documented_ones():
    import logging
    from lark import Lark, logger

    records = []

    class H(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    h = H()
    old = logger.level
    logger.addHandler(h)
    logger.setLevel(logging.WARNING)
    try:
        Lark(gparser.GRAMMAR_PATH.read_text(), parser="lalr", lexer="basic",
             postlex=gparser.GoPostLexer(), debug=True)
    finally:
        logger.removeHandler(h)
        logger.setLevel(old)
    rules = {r.strip() for r in records if r.strip().startswith("*")}
    terms = {r.split("terminal ")[1].split(":")[0] for r in records if "conflict" in r}
    assert rules == {"* <signature : parameters>", "* <type_name : IDENT>"}, records
    assert terms == {"LPAREN", "LBRACK", "STAR", "ARROW", "PERIOD"}, records


def test_parse_speed():
    lines = ["package p", ""]
    for i in range(100):
        lines += ["func f%d(a, b int, s []string) (int, error) {" % i,
                  "\tm := map[string]int{\"x\": a, \"y\": b}",
                  "\tfor i, v := range s {",
                  "\t\tif len(v) > i && m[v] != 0 {",
                  "\t\t\tm[v] += a * (b - i) << 1",
                  "\t\t}",
                  "\t}",
                  "\treturn m[\"x\"], nil",
                  "}", ""]
    src = "\n".join(lines)
    parse(src)
    t = time.perf_counter()
    f = parse(src)
    dt = time.perf_counter() - t
    assert len(f.decls) == 100
    assert dt < 2.0, dt   # about 40 ms on the reference machine


# ---------------------------------------------------------------- Go's own tests

MUST_PARSE = """helloworld.go ken/for.go ken/label.go ken/mfunc.go ken/simpfun.go ken/simpvar.go
ken/simpswitch.go ken/robfor.go ken/divmod.go peano.go turing.go escape3.go compos.go closure1.go
closure2.go func6.go ken/litfun.go ken/array.go ken/simparray.go ken/slicearray.go ken/simpbool.go
ken/ptrfun.go ken/strvar.go ken/ptrvar.go ken/shift.go 235.go stack.go func5.go escape.go
chan/sieve1.go chan/fifo.go chan/goroutines.go chan/select.go chan/select4.go chan/select6.go
chan/select8.go chan/sendstmt.go chan/zerosize.go ken/chan1.go gc.go gc1.go escape_goto.go
escape_selfassign.go escape_struct_return.go escape_level.go escape_array.go escape_indir.go
escape_closure.go escape_field.go escape_struct_param1.go escape_struct_param2.go
escape_calls.go""".split()

# type parameter lists and constraints: what makes a file generic
GENERIC = re.compile(r"\[\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)*\s+(any|comparable|interface|~|\*?[A-Za-z_][\w.]*\s*[\],|])"
                     r"|\bfunc\s+(\([^)]*\)\s*)?\w+\s*\[|\bany\b|\bcomparable\b")


def goroot_test_dir():
    go = shutil.which("go")
    if go is None:
        pytest.skip("go is not installed")
    try:
        root = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip("go env GOROOT failed: %s" % e)
    d = Path(root) / "test"
    if not root or not d.is_dir():
        pytest.skip("no test directory in GOROOT %r" % root)
    return d


def test_goroot_run_tests_parse():
    d = goroot_test_dir()
    ok, generic, failed = [], [], []
    for p in sorted(d.rglob("*.go")):
        src = p.read_bytes().decode("utf-8", "surrogateescape")
        if src.split("\n", 1)[0].strip() != "// run":
            continue
        rel = str(p.relative_to(d))
        try:
            f = parse(src, rel)
            assert f.package.name
            ok.append(rel)
        except CompileError as e:
            if GENERIC.search(src):
                generic.append(rel)
            else:
                failed.append("%s: %s" % (rel, e))
    print("GOROOT // run tests: %d parse, %d skipped (generics), %d failed" % (len(ok), len(generic), len(failed)))
    assert not failed, failed
    assert len(ok) >= 740


@pytest.mark.parametrize("name", MUST_PARSE)
def test_goroot_required_files_parse(name):
    # (the escape_*.go files are "// errorcheck" tests, the others "// run")
    p = goroot_test_dir() / name
    f = parse(p.read_text(), name)
    assert f.package.name == "main" or f.package.name
    walk(f)
