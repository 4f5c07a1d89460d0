"""Tests for govm.checker (and govm.constant).

Every expected error text below was produced by real go1.19
(``go build x.go`` on the same source, go1.19.8 linux/amd64): wording,
positions, continuation lines.  Only gc's trailing "too many errors" line is
not part of the checker's contract (the cases stay below 10 errors).

Sources are parsed with ``govm.parser``; while that module is not in the
tree, a fallback builds the same ``govm.ast`` from Go's own ``go/parser``
(a small Go program run through the installed toolchain), so the checker
can be tested on its own.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile

import pytest

from govm import ast as A
from govm import checker
from govm import constant as C
from govm import types as T
from govm.errors import CompileError

GO = shutil.which("go")


# ---------------------------------------------------------------- parsing

def _have_parser():
    try:
        from govm import parser  # noqa: F401
        return True
    except ImportError:
        return False


_DUMPER_SRC = r'''package main

import (
	"encoding/json"
	_ "go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
)

var fset = token.NewFileSet()
var posT = reflect.TypeOf(token.Pos(0))
var tokT = reflect.TypeOf(token.Token(0))

func dump(v reflect.Value) interface{} {
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return dump(v.Elem())
	case reflect.Struct:
		m := map[string]interface{}{"_t": v.Type().Name()}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			switch f.Name {
			case "Obj", "Scope", "Doc", "Comment", "Comments", "Unresolved", "Imports", "TypeParams":
				continue
			}
			fv := v.Field(i)
			if f.Type == posT {
				p := fset.Position(token.Pos(fv.Int()))
				m[f.Name] = []int{p.Line, p.Column}
				continue
			}
			if f.Type == tokT {
				m[f.Name] = token.Token(fv.Int()).String()
				continue
			}
			m[f.Name] = dump(fv)
		}
		return m
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		a := []interface{}{}
		for i := 0; i < v.Len(); i++ {
			a = append(a, dump(v.Index(i)))
		}
		return a
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int8, reflect.Int16:
		return v.Int()
	}
	return nil
}

func main() {
	f, err := parser.ParseFile(fset, os.Args[1], nil, 0)
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
	json.NewEncoder(os.Stdout).Encode(dump(reflect.ValueOf(f)))
}
'''

_dumper_path = None


def _dumper():
    global _dumper_path
    if _dumper_path is None:
        if GO is None:
            pytest.skip("neither govm.parser nor a Go toolchain is available")
        d = tempfile.mkdtemp(prefix="govm-goast-")
        with open(os.path.join(d, "main.go"), "w") as f:
            f.write(_DUMPER_SRC)
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module dump\ngo 1.19\n")
        exe = os.path.join(d, "dump")
        subprocess.run([GO, "build", "-o", exe, "."], cwd=d, check=True, capture_output=True)
        _dumper_path = exe
    return _dumper_path


def _P(p):
    return A.Pos(p[0], p[1])


_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34}


def _unquote(s):
    if s[0] == "`":
        return s[1:-1].replace("\r", "").encode()
    body, out, i = s[1:-1], bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        n = body[i + 1]
        if n in _ESC:
            out.append(_ESC[n])
            i += 2
        elif n == "x":
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif n in "uU":
            k = 4 if n == "u" else 8
            out += chr(int(body[i + 2:i + 2 + k], 16)).encode()
            i += 2 + k
        else:
            out.append(int(body[i + 1:i + 4], 8))
            i += 4
    return bytes(out)


def _conv(d):
    if d is None:
        return None
    if isinstance(d, list):
        return [_conv(x) for x in d]
    return _CONV[d["_t"]](d)


def _fields(fl):
    if fl is None:
        return []
    return [A.Field(_P(f["Names"][0]["NamePos"]) if f["Names"] else _conv(f["Type"]).pos,
                    [_conv(n) for n in (f["Names"] or [])], _conv(f["Type"]),
                    _unquote(f["Tag"]["Value"]) if f.get("Tag") else None) for f in fl["List"] or []]


def _basic(d):
    k, v = d["Kind"], d["Value"]
    if k == "INT":
        s = v.replace("_", "")
        lit = int(s, 8) if (len(s) > 1 and s[0] == "0" and s.isdigit()) else int(s, 0)
    elif k == "FLOAT":
        lit = float.fromhex(v) if v[:2].lower() == "0x" else float(v.replace("_", ""))
    elif k == "IMAG":
        lit = 1j
    elif k == "CHAR":
        b = _unquote('"' + v[1:-1] + '"')
        lit = b[0] if (v[1:3] == "\\x" or (v[1] == "\\" and v[2] in "01234567")) else ord(b.decode())
    else:
        lit = _unquote(v)
    return A.BasicLit(_P(d["ValuePos"]), k, v, lit)


def _gendecl(d):
    tok, specs = d["Tok"].lower(), []
    for i, s in enumerate(d["Specs"] or []):
        if s["_t"] == "ValueSpec":
            names = _conv(s["Names"])
            specs.append(A.ValueSpec(names[0].pos, names, _conv(s["Type"]), _conv(s["Values"] or []), i))
        elif s["_t"] == "TypeSpec":
            n = _conv(s["Name"])
            specs.append(A.TypeSpec(n.pos, n, _conv(s["Type"]), s["Assign"][0] != 0))
        else:
            n = _conv(s["Name"])
            specs.append(A.ImportSpec(n.pos if n else _P(s["Path"]["ValuePos"]), n, _unquote(s["Path"]["Value"])))
    return A.GenDecl(_P(d["TokPos"]), tok, specs)


def _first(x):
    return x.pos


_CONV = {
    "Ident": lambda d: A.Ident(_P(d["NamePos"]), d["Name"]),
    "BasicLit": _basic,
    "CompositeLit": lambda d: (lambda t: A.CompositeLit(t.pos if t else _P(d["Lbrace"]), t, _conv(d["Elts"] or []),
                                                        _P(d["Rbrace"])))(_conv(d["Type"])),
    "FuncLit": lambda d: A.FuncLit(_P(d["Type"]["Func"]), _conv(d["Type"]), _conv(d["Body"])),
    "ParenExpr": lambda d: A.ParenExpr(_P(d["Lparen"]), _conv(d["X"])),
    "SelectorExpr": lambda d: (lambda x: A.SelectorExpr(x.pos, x, _conv(d["Sel"])))(_conv(d["X"])),
    "IndexExpr": lambda d: (lambda x: A.IndexExpr(x.pos, x, _conv(d["Index"]), _P(d["Rbrack"])))(_conv(d["X"])),
    "SliceExpr": lambda d: (lambda x: A.SliceExpr(x.pos, x, _conv(d["Low"]), _conv(d["High"]), _conv(d["Max"]),
                                                  d["Slice3"]))(_conv(d["X"])),
    "TypeAssertExpr": lambda d: (lambda x: A.TypeAssertExpr(x.pos, x, _conv(d["Type"])))(_conv(d["X"])),
    "CallExpr": lambda d: (lambda f: A.CallExpr(f.pos, f, _conv(d["Args"] or []), d["Ellipsis"][0] != 0,
                                                _P(d["Rparen"])))(_conv(d["Fun"])),
    "StarExpr": lambda d: A.StarExpr(_P(d["Star"]), _conv(d["X"])),
    "UnaryExpr": lambda d: A.UnaryExpr(_P(d["OpPos"]), d["Op"], _conv(d["X"])),
    "BinaryExpr": lambda d: (lambda x: A.BinaryExpr(x.pos, d["Op"], x, _conv(d["Y"]), _P(d["OpPos"])))(_conv(d["X"])),
    "KeyValueExpr": lambda d: (lambda k: A.KeyValueExpr(k.pos, k, _conv(d["Value"])))(_conv(d["Key"])),
    "ArrayType": lambda d: A.ArrayType(_P(d["Lbrack"]), _conv(d["Len"]), _conv(d["Elt"])),
    "Ellipsis": lambda d: A.Ellipsis(_P(d["Ellipsis"]), _conv(d["Elt"])),
    "StructType": lambda d: A.StructType(_P(d["Struct"]), _fields(d["Fields"])),
    "FuncType": lambda d: A.FuncType(_P(d["Func"]), _fields(d["Params"]), _fields(d["Results"])),
    "InterfaceType": lambda d: A.InterfaceType(_P(d["Interface"]), _fields(d["Methods"])),
    "MapType": lambda d: A.MapType(_P(d["Map"]), _conv(d["Key"]), _conv(d["Value"])),
    "ChanType": lambda d: A.ChanType(_P(d["Begin"]), {1: "send", 2: "recv", 3: "both"}[d["Dir"]], _conv(d["Value"])),
    "DeclStmt": lambda d: (lambda g: A.DeclStmt(g.pos, g))(_conv(d["Decl"])),
    "EmptyStmt": lambda d: A.EmptyStmt(_P(d["Semicolon"])),
    "LabeledStmt": lambda d: (lambda l: A.LabeledStmt(l.pos, l, _conv(d["Stmt"])))(_conv(d["Label"])),
    "ExprStmt": lambda d: (lambda x: A.ExprStmt(x.pos, x))(_conv(d["X"])),
    "SendStmt": lambda d: (lambda c: A.SendStmt(c.pos, c, _conv(d["Value"])))(_conv(d["Chan"])),
    "IncDecStmt": lambda d: (lambda x: A.IncDecStmt(x.pos, x, d["Tok"]))(_conv(d["X"])),
    "AssignStmt": lambda d: (lambda l: A.AssignStmt(l[0].pos, l, d["Tok"], _conv(d["Rhs"]), _P(d["TokPos"])))(
        _conv(d["Lhs"])),
    "GoStmt": lambda d: A.GoStmt(_P(d["Go"]), _conv(d["Call"])),
    "DeferStmt": lambda d: A.DeferStmt(_P(d["Defer"]), _conv(d["Call"])),
    "ReturnStmt": lambda d: A.ReturnStmt(_P(d["Return"]), _conv(d["Results"] or [])),
    "BranchStmt": lambda d: A.BranchStmt(_P(d["TokPos"]), d["Tok"], _conv(d["Label"])),
    "BlockStmt": lambda d: A.Block(_P(d["Lbrace"]), _conv(d["List"] or []), _P(d["Rbrace"])),
    "IfStmt": lambda d: A.IfStmt(_P(d["If"]), _conv(d["Init"]), _conv(d["Cond"]), _conv(d["Body"]), _conv(d["Else"])),
    "CaseClause": lambda d: A.CaseClause(_P(d["Case"]), _conv(d["List"]) if d["List"] is not None else None,
                                         _conv(d["Body"] or [])),
    "SwitchStmt": lambda d: A.SwitchStmt(_P(d["Switch"]), _conv(d["Init"]), _conv(d["Tag"]),
                                         _conv(d["Body"]["List"] or []), _P(d["Body"]["Rbrace"])),
    "TypeSwitchStmt": lambda d: A.TypeSwitchStmt(_P(d["Switch"]), _conv(d["Init"]), _conv(d["Assign"]),
                                                 _conv(d["Body"]["List"] or []), _P(d["Body"]["Rbrace"])),
    "CommClause": lambda d: A.CommClause(_P(d["Case"]), _conv(d["Comm"]), _conv(d["Body"] or [])),
    "SelectStmt": lambda d: A.SelectStmt(_P(d["Select"]), _conv(d["Body"]["List"] or [])),
    "ForStmt": lambda d: A.ForStmt(_P(d["For"]), _conv(d["Init"]), _conv(d["Cond"]), _conv(d["Post"]),
                                   _conv(d["Body"])),
    "RangeStmt": lambda d: A.RangeStmt(_P(d["For"]), _conv(d["Key"]), _conv(d["Value"]),
                                       d["Tok"] if d["Tok"] != "ILLEGAL" else None, _conv(d["X"]), _conv(d["Body"])),
    "GenDecl": _gendecl,
    "FuncDecl": lambda d: (lambda r: A.FuncDecl(_P(d["Type"]["Func"]), r[0] if r else None, _conv(d["Name"]),
                                                _conv(d["Type"]), _conv(d["Body"])))(_fields(d["Recv"])),
}


def _go_parse(src, filename):
    with tempfile.NamedTemporaryFile("w", suffix=".go", delete=False) as f:
        f.write(src)
        fn = f.name
    try:
        out = subprocess.run([_dumper(), fn], capture_output=True, text=True)
    finally:
        os.unlink(fn)
    if out.returncode:
        raise SyntaxError(out.stderr)
    d = json.loads(out.stdout)
    imports, decls = [], []
    for g in d["Decls"] or []:
        x = _conv(g)
        if isinstance(x, A.GenDecl) and x.tok == "import":
            imports.extend(x.specs)
        else:
            decls.append(x)
    return A.File(A.Pos(1, 1), _conv(d["Name"]), imports, decls, filename)


def parse(src, filename="x.go"):
    if _have_parser():
        from govm import parser
        return parser.parse(src, filename)
    return _go_parse(src, filename)


def check(src):
    return checker.check(parse(src), "./x.go")


def errors_of(src):
    """The checker's errors formatted as gc prints them (all of them,
    sorted by position; ties keep report order)."""
    try:
        check(src)
    except CompileError as e:
        errs = sorted(e.errors, key=lambda pm: (pm[0].line, pm[0].col))
        return "\n".join(f"./x.go:{p.line}:{p.col}: {m}" for p, m in errs)
    return ""


# ---------------------------------------------------------------- error cases (expected output from go1.19)

ERROR_CASES = {
    'args': (r'''package main

func f(a int, b string) {}
func g(a ...int) {}
func h() (int, int) { return 1, 2 }

func main() {
	f(1, "a", 3)
	f(1)
	f()
	g(1, 2, "x")
	f(h())
	g(h())
	var s []int
	f(s...)
	g(s...)
}
''', r'''./x.go:8:12: too many arguments in call to f
	have (number, string, number)
	want (int, string)
./x.go:9:4: not enough arguments in call to f
	have (number)
	want (int, string)
./x.go:10:2: not enough arguments in call to f
	have ()
	want (int, string)
./x.go:11:10: cannot use "x" (untyped string constant) as int value in argument to g
./x.go:12:4: cannot use h() (value of type int) as type string in argument to f
./x.go:15:2: cannot use ... in call to non-variadic f'''),
    'assign_mismatch': (r'''package main

func f() int           { return 1 }
func g() (int, string) { return 1, "" }

func main() {
	a, b := f()
	var c, d int = 1
	e := g()
	var x, y int
	x, y = 1, 2, 3
	_, _, _, _, _, _, _ = a, b, c, d, e, x, y
}
''', r'''./x.go:7:10: assignment mismatch: 2 variables but f returns 1 value
./x.go:8:17: assignment mismatch: 2 variables but 1 value
./x.go:9:7: assignment mismatch: 1 variable but g returns 2 values
./x.go:11:9: assignment mismatch: 2 variables but 3 values'''),
    'cannot_assign': (r'''package main

const c = 1

func f() int { return 1 }

func main() {
	c = 2
	f() = 3
	"s" = "t"
	s := "abc"
	s[0] = 'x'
	len := 3
	_ = len
}
''', r'''./x.go:8:2: cannot assign to c (untyped int constant 1)
./x.go:9:2: cannot assign to f() (value of type int)
./x.go:10:2: cannot assign to "s" (untyped string constant)
./x.go:12:2: cannot assign to s[0] (value of type byte)'''),
    'cannot_use': (r'''package main

func f(s string) string { return 1 }

func main() {
	x := 1
	var s string = x
	s = x
	f(x)
	var b bool = 1
	_, _ = s, b
}
''', r'''./x.go:3:34: cannot use 1 (untyped int constant) as string value in return statement
./x.go:7:17: cannot use x (variable of type int) as type string in variable declaration
./x.go:8:6: cannot use x (variable of type int) as type string in assignment
./x.go:9:4: cannot use x (variable of type int) as type string in argument to f
./x.go:10:15: cannot use 1 (untyped int constant) as bool value in variable declaration'''),
    'constants': (r'''package main

func main() {
	var a int8 = 128
	var b uint = -1
	var c int = 1.5
	var d byte = 256
	var e float32 = 1e50
	const big = 1 << 100
	var f = big
	var g int64 = 1 << 63
	h := int8(200)
	var i uint8 = 255 + 1
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
''', r'''./x.go:4:15: cannot use 128 (untyped int constant) as int8 value in variable declaration (overflows)
./x.go:5:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
./x.go:6:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
./x.go:7:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
./x.go:8:18: cannot use 1e50 (untyped float constant 1e+50) as float32 value in variable declaration (overflows)
./x.go:10:10: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
./x.go:11:16: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in variable declaration (overflows)
./x.go:12:12: cannot convert 200 (untyped int constant) to type int8
./x.go:13:16: cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)'''),
    'constants2': (r'''package main

func main() {
	const k int8 = 100
	_ = k * 2
	_ = 10 / 0
	_ = 10 % 0
	_ = 1.0 / 0
	var j = "s" + 1
	var x uint8 = 1
	_ = x + 256
	_ = ^uint8(0) + 1
	const f float64 = 1 << 3
	var r rune = 'a' + 0x10FFFF
	_, _ = j, r
}
''', r'''./x.go:5:6: k * 2 (constant 200 of type int8) overflows int8
./x.go:6:11: invalid operation: division by zero
./x.go:7:11: invalid operation: division by zero
./x.go:8:12: invalid operation: division by zero
./x.go:9:10: invalid operation: "s" + 1 (mismatched types untyped string and untyped int)
./x.go:11:10: 256 (untyped int constant) overflows uint8
./x.go:12:6: ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8'''),
    'exprstmt': (r'''package main

import "fmt"

func f() int { return 1 }

func main() {
	x := 1
	x + 1
	f()
	len("abc")
	fmt.Sprint(1)
	int(x)
	x == 1
	println
	go f()
	defer int(x)
}
''', r'''./x.go:9:2: x + 1 (value of type int) is not used
./x.go:11:2: len("abc") (constant 3 of type int) is not used
./x.go:13:2: int(x) (value of type int) is not used
./x.go:14:2: x == 1 (untyped bool value) is not used
./x.go:15:2: println (built-in) must be called
./x.go:17:8: defer requires function call, not conversion int(x) (value of type int)'''),
    'fallthrough_dup': (r'''package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	case 1:
	case 3:
		fallthrough
	}
	switch {
	case x > 1, x > 1:
	}
	switch "a" {
	case "b", "b":
	}
	switch x {
	default:
	case 4:
	default:
	}
	fallthrough
}
''', r'''./x.go:10:4: fallthrough statement out of place
./x.go:12:7: duplicate case 1 (constant of type int) in expression switch
	./x.go:6:7: previous case
./x.go:14:3: cannot fallthrough final case in switch
./x.go:20:12: duplicate case "b" (constant of type string) in expression switch
	./x.go:20:7: previous case
./x.go:25:2: multiple defaults (first at ./x.go:23:2)
./x.go:27:2: fallthrough statement out of place'''),
    'labels': (r'''package main

func main() {
L:
	for {
		break L
	}
M:
	x := 1
	_ = x
	goto N
	y := 2
	_ = y
N:
	for {
		continue O
	}
	{
	P:
	}
	goto P
	break
	continue
Q:
	if true {
		break Q
	}
R:
	switch {
	default:
		continue R
	}
}
''', r'''./x.go:8:1: label M defined and not used
./x.go:11:7: goto N jumps over declaration of y at ./x.go:12:4
./x.go:16:12: continue label not defined: O
./x.go:21:7: goto P jumps into block starting at ./x.go:18:2
./x.go:22:2: break is not in a loop, switch, or select
./x.go:23:2: continue is not in a loop
./x.go:26:9: invalid break label Q
./x.go:31:12: invalid continue label R'''),
    'mismatched': (r'''package main

func main() {
	x := 1
	s := "a"
	_ = x + s
	var i8 int8 = 1
	_ = x == i8
	_ = s < 1
	_ = !x
	_ = -s
	_ = x && true
	f := 1.5
	_ = f % 2
	_ = x &^ f
}
''', r'''./x.go:6:6: invalid operation: x + s (mismatched types int and string)
./x.go:8:11: invalid operation: x == i8 (mismatched types int and int8)
./x.go:9:10: invalid operation: s < 1 (mismatched types string and untyped int)
./x.go:10:7: invalid operation: operator ! not defined on x (variable of type int)
./x.go:11:7: invalid operation: operator - not defined on s (variable of type string)
./x.go:12:6: invalid operation: x && true (mismatched types int and untyped bool)
./x.go:14:6: invalid operation: operator % not defined on f (variable of type float64)
./x.go:15:6: invalid operation: x &^ f (mismatched types int and float64)'''),
    'missing_return': (r'''package main

func a(x int) int {
	if x > 0 {
		return 1
	}
}

func b(x int) int {
	for {
	}
}

func c(x int) int {
	for {
		break
	}
}

func d(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func e(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func f(x int) (r int) {
L:
	for {
		for {
			break L
		}
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func main() {}
''', r'''./x.go:7:1: missing return
./x.go:18:1: missing return
./x.go:34:1: missing return
./x.go:43:1: missing return'''),
    'nonbool': (r'''package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	if x == 1 {
	} else if "s" {
	}
}
''', r'''./x.go:5:5: non-boolean condition in if statement
./x.go:7:6: non-boolean condition in for statement
./x.go:10:12: non-boolean condition in if statement'''),
    'ok_prog': (r'''package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int   { return p.X + p.Y }
func (p *Point) Move(d int) { p.X += d; p.Y += d }

const (
	A = iota
	B
	C
)

var counter = initCounter()

func initCounter() int { return B * 10 }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	p := Point{1, 2}
	p.Move(3)
	q := &p
	q.Move(1)
	fmt.Println(p.Sum(), q.Sum(), A, C, counter)
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	for i, v := range s {
		fmt.Printf("%d=%d\n", i, v)
	}
	m := map[string]int{"a": 1}
	m["b"]++
	if v, ok := m["a"]; ok {
		fmt.Println(v)
	}
	f := func(x int) int { return x * counter }
	fmt.Println(f(2), len(s), cap(s), s[1:3])
	var sink interface{} = p
	_ = sink
	x, y := divmod(17, 5)
	var u8 uint8 = 200
	u8 += 100
	str := "héllo"
	for _, r := range str {
		_ = r
	}
	b := str[1]
	fmt.Println(x, y, u8, b, string(rune(65)), float64(x)/2)
	var arr [3]int
	arr[2] = 5
	pa := &arr
	fmt.Println(pa[2], len(arr))
	switch {
	case x > 1:
		fallthrough
	case x > 2:
	default:
	}
	goto end
end:
}
''', r''''''),
    'redeclared': (r'''package main

func f() {}
func f() {}

type T int
type T string

func main() {
	x := 1
	var x int
	a := 2
	a := 3
	_, _ = x, a
}
''', r'''./x.go:4:6: f redeclared in this block
	./x.go:3:6: other declaration of f
./x.go:7:6: T redeclared in this block
	./x.go:6:6: other declaration of T
./x.go:11:6: x redeclared in this block
	./x.go:10:2: other declaration of x
./x.go:13:4: no new variables on left side of :='''),
    'shifts': (r'''package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	var i = 1.5 << 2
	var j = 1 << -1
	var k = 2.0 << s
	var u = 1 << 1.5
	var m int = 1 << s
	x := 1.0
	_ = x << 2
	_ = 1 << x
	_, _, _, _, _, _ = f, i, j, k, u, m
}
''', r'''./x.go:5:18: invalid operation: 1 << s (shift of type float64)
./x.go:6:10: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
./x.go:7:15: invalid operation: negative shift count -1 (untyped int constant)
./x.go:8:10: invalid operation: 2.0 << s (shift of type float64)
./x.go:9:15: 1.5 (untyped float constant) truncated to uint
./x.go:12:6: invalid operation: shifted operand x (variable of type float64) must be integer
./x.go:13:11: invalid operation: shift count x (variable of type float64) must be integer'''),
    'types_misc': (r'''package main

type T struct{ a, b int }
type S struct{ s S }
type P struct{ p *P }

var a = b
var b = c + a
var c = 1

func (t T) M()   {}
func (t *T) N()  {}
func (t T) M()   {}
func (t T) a()   {}

type I interface{ M() }

func main() {
	t := T{1, 2, 3}
	u := T{a: 1, c: 2}
	v := T{1}
	_ = t.z
	var i I = &t
	var j I = T{}
	T{}.N()
	_, _, _, _ = u, v, i, j
}
''', r'''./x.go:4:6: invalid recursive type S
	./x.go:4:6: S refers to
	./x.go:4:6: S
./x.go:7:5: initialization loop for a
	./x.go:7:5: a refers to
	./x.go:8:5: b refers to
	./x.go:7:5: a
./x.go:13:12: T.M redeclared in this block
	./x.go:11:12: other declaration of M
./x.go:14:12: field and method with the same name a
	./x.go:3:16: other declaration of a
./x.go:19:15: too many values in T{…}
./x.go:20:15: unknown field 'c' in struct literal of type T
./x.go:21:10: too few values in T{…}
./x.go:22:8: t.z undefined (type T has no field or method z)
./x.go:25:6: cannot call pointer method N on T'''),
    'types_misc2': (r'''package main

type I interface{ M() }
type T struct{}

func (t *T) M() {}

var a = b
var b = c + a
var c = 1

func main() {
	var p *int = 1
	var q = nil
	var i I = T{}
	var e error = "x"
	_, _, _, _ = p, q, i, e
	var x interface{} = 1
	_ = x.(T)
	n := x.(int) + "s"
	_ = n
}
''', r'''./x.go:8:5: initialization loop for a
	./x.go:8:5: a refers to
	./x.go:9:5: b refers to
	./x.go:8:5: a
./x.go:13:15: cannot use 1 (untyped int constant) as *int value in variable declaration
./x.go:14:10: use of untyped nil in variable declaration
./x.go:15:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (M method has pointer receiver)
./x.go:16:16: cannot use "x" (constant of type string) as type error in variable declaration:
	string does not implement error (missing Error method)
./x.go:20:7: invalid operation: x.(int) + "s" (mismatched types int and untyped string)'''),
    'undefined': (r'''package main

func main() {
	x := y
	_ = x
	undefinedFunc()
}
''', r'''./x.go:4:7: undefined: y
./x.go:6:2: undefined: undefinedFunc'''),
    'unused': (r'''package main

func main() {
	x := 1
	var y int
	for i := 0; i < 3; i++ {
		z := i
	}
	a, b := 1, 2
	_ = a
}
''', r'''./x.go:4:2: x declared but not used
./x.go:5:6: y declared but not used
./x.go:7:3: z declared but not used
./x.go:9:5: b declared but not used'''),
    'unused_import': (r'''package main

import "fmt"
import "os"

func main() {
	fmt.Println("hi")
}
''', r'''./x.go:4:8: imported and not used: "os"'''),
}


@pytest.mark.parametrize("name", sorted(ERROR_CASES))
def test_errors_match_go119(name):
    src, expected = ERROR_CASES[name]
    assert errors_of(src) == expected


@pytest.mark.skipif(GO is None, reason="no Go toolchain to re-check the recorded expectations")
@pytest.mark.parametrize("name", ["labels", "constants2", "types_misc2", "shifts"])
def test_recorded_expectations_still_match_go(name, tmp_path):
    src, expected = ERROR_CASES[name]
    (tmp_path / "x.go").write_text(src)
    out = subprocess.run([GO, "build", "-o", str(tmp_path / "x.bin"), "x.go"], cwd=tmp_path, capture_output=True, text=True)
    got = "\n".join(l for l in (out.stdout + out.stderr).splitlines() if not l.startswith("#"))
    assert got == expected


def test_no_main():
    with pytest.raises(CompileError) as ei:
        check("package main\n\nfunc f() {}\n")
    # gc's linker: "function main is undeclared in the main package" (no position)
    assert ei.value.errors == [(A.NOPOS, "function main is undeclared in the main package")]


def test_internal_errors_never_escape_as_other_exceptions():
    # unsupported constructs are clean CompileErrors
    with pytest.raises(CompileError) as ei:
        check("package main\n\nfunc main() {\n\tx := 1i\n\t_ = x\n}\n")
    assert "not supported by govm" in ei.value.errors[0][1]


# ---------------------------------------------------------------- annotations

ANN_SRC = r'''package main

import "fmt"

const (
	a = iota * 10
	b
	c float64 = 1 << 3
)

var x float64 = 1
var w = y + 2
var y, z = f()
var u int
var v, v2 = 1, 2

func f() (int, int) { return 1, 2 }

func main() {
	var s uint = 3
	var fl int64 = 1 << s
	fmt.Println(1<<3, x, a, b, c, w, z, fl, 'a', 2.5, u, v, v2)
	println(1, 2.0)
	k := 0
L:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue L
		}
		k, q := i, 1
		_ = q
		_ = k
		switch {
		case i > 0:
			break L
		}
		break
	}
	g := func() int { return k + int(s) }
	_ = g
	var by byte = 'x'
	var f32 float32 = 0.1
	_, _ = by, f32
	k, r := 5, 6
	_ = r
	goto end
end:
}
'''


@pytest.fixture(scope="module")
def ann():
    tree = parse(ANN_SRC)
    info = checker.check(tree, "x.go")
    nodes = []

    def walk(n):
        if isinstance(n, list):
            for m in n:
                walk(m)
            return
        if not isinstance(n, A.Node):
            return
        nodes.append(n)
        for k, val in vars(n).items():
            if k not in ("type", "value", "obj", "target", "sig", "captures", "kind"):
                walk(val)
    walk(tree)
    return tree, info, nodes


def _at(nodes, line, col, cls=A.Expr):
    for n in nodes:
        if isinstance(n, cls) and n.pos == A.Pos(line, col):
            return n
    raise KeyError((line, col))


def test_constant_values_are_converted_by_context(ann):
    _, _, nodes = ann
    lit = _at(nodes, 11, 17, A.BasicLit)          # var x float64 = 1
    assert lit.type is T.FLOAT64 and lit.value == 1.0 and isinstance(lit.value, float)
    shl = _at(nodes, 21, 17, A.BinaryExpr)         # 1 << s in an int64 context
    assert shl.type is T.INT64 and shl.value is None
    assert _at(nodes, 21, 17, A.BasicLit).type is T.INT64
    call = _at(nodes, 22, 2, A.CallExpr)           # fmt.Println(1<<3, ...)
    assert call.kind == "builtin"
    args = call.args
    assert args[0].type is T.INT and args[0].value == 8
    assert args[8].type is T.INT32 and args[8].value == 97      # 'a' -> rune
    assert args[9].type is T.FLOAT64 and args[9].value == 2.5
    assert args[3].type is T.INT and args[3].value == 10         # b = iota*10 repeated
    assert args[4].type is T.FLOAT64 and args[4].value == 8.0    # c float64 = 1 << 3
    assert call.fun.obj.name == "fmt.Println" and isinstance(call.fun.obj, T.Builtin)
    pr = _at(nodes, 23, 2, A.CallExpr)             # println(1, 2.0)
    assert [a_.type for a_ in pr.args] == [T.INT, T.FLOAT64]
    assert pr.kind == "builtin" and isinstance(pr.type, T.Tuple)
    by = _at(nodes, 41, 16, A.BasicLit)            # var by byte = 'x'
    assert by.type is T.UINT8 and by.value == 120
    f32 = _at(nodes, 42, 20, A.BasicLit)
    assert f32.type is T.FLOAT32 and f32.value == float(C.round_float32(C.from_literal("FLOAT", "0.1", 0.1)))


def test_obj_identity(ann):
    tree, info, nodes = ann
    k_decl = _at(nodes, 24, 2, A.Ident)
    kv = k_decl.obj
    assert isinstance(kv, T.Var) and kv.kind == "local"
    uses = [n for n in nodes if isinstance(n, A.Ident) and n.name == "k" and n.obj is kv]
    assert len(uses) >= 3                           # decl, k + int(s) in the closure, k, r := 5, 6
    redecl = _at(nodes, 44, 2, A.Ident)             # k, r := 5, 6 reuses k
    assert redecl.obj is kv
    inner = _at(nodes, 30, 3, A.Ident)              # k, q := i, 1 in the loop body: a new k
    assert inner.obj is not kv
    blanks = [n.obj for n in nodes if isinstance(n, A.Ident) and n.name == "_"]
    assert all(isinstance(o, T.Var) and o.name == "_" for o in blanks)
    assert len(set(map(id, blanks))) == len(blanks)
    assert info.main.decl.obj is info.main and info.main.name == "main"
    f = next(fn for fn in info.funcs if fn.name == "f")
    assert [r.name for r in f.type.results] == ["~r0", "~r1"]


def test_init_order(ann):
    _, info, _ = ann
    order = [([v.name for v in lhs], rhs) for lhs, rhs in info.init_order]
    names = [n for n, _ in order]
    assert names == [["x"], ["y", "z"], ["w"], ["u"], ["v"], ["v2"]]
    assert order[3][1] is None
    assert isinstance(order[1][1], A.CallExpr)
    assert [g.name for g in info.globals] == ["x", "w", "y", "z", "u", "v", "v2"]


def test_branch_targets_and_captures(ann):
    tree, info, nodes = ann
    loop = _at(nodes, 26, 2, A.Stmt)
    assert isinstance(loop, A.ForStmt)
    brs = [n for n in nodes if isinstance(n, A.BranchStmt)]
    by_line = {b.pos.line: b for b in brs}
    assert by_line[28].target is loop               # continue L
    assert by_line[35].target is loop               # break L from inside a switch
    assert by_line[37].target is loop               # plain break
    (goto,) = [b_ for b_ in brs if b_.tok == "goto"]
    assert isinstance(goto.target, A.LabeledStmt) and goto.target.label.name == "end"
    (lit,) = info.func_lits
    assert sorted(v.name for v in lit.captures) == ["k", "s"]
    assert isinstance(lit.sig, T.Signature) and lit.sig.results[0].name == "~r0"


def test_init_order_dependencies():
    info = check(r'''package main

var a = c + b
var b = f()
var c = 1
var d = 3

func f() int { return d }

func main() {}
''')
    # spec: earliest ready variable first; checked against go1.19 (prints c d b a)
    assert [[v.name for v in l] for l, _ in info.init_order] == [["c"], ["d"], ["b"], ["a"]]


def test_methods_and_fields():
    src = r'''package main

type P struct{ X, Y int }

func (p *P) Move(d int) { p.X += d }
func (p P) Sum() int    { return p.X + p.Y }

func main() {
	p := P{X: 1}
	p.Move(2)
	q := &p
	_ = q.Sum() + q.Y
}
'''
    tree = parse(src)
    info = checker.check(tree, "x.go")
    assert [f_.full_name for f_ in info.funcs] == ["main.(*P).Move", "main.P.Sum", "main.main"]
    body = info.main.decl.body.stmts
    call = body[1].x
    assert call.kind == "method" and call.fun.kind == "method" and call.fun.obj.name == "Move"
    assert isinstance(call.fun.x.type, T.Named)


# ---------------------------------------------------------------- constants

def test_constant_module():
    assert C.to_str(C.from_literal("FLOAT", "1e40", 1e40)) == "1e+40"
    assert C.to_str(C.from_literal("FLOAT", "1000.0", 1000.0)) == "1000"
    assert C.binary(-7, "/", 2, intdiv=True) == -3 and C.binary(-7, "%", 2) == -1
    assert C.round_float32(C.from_literal("FLOAT", "3.4028235e38", 0)) is not None
    assert C.round_float32(C.from_literal("FLOAT", "3.5e38", 0)) is None
    assert C.representation(256, T.UNTYPED_INT, T.UINT8)[1] == C.OVERFLOWS
    assert C.representation(C.from_literal("FLOAT", "1.5", 1.5), T.UNTYPED_FLOAT, T.INT)[1] == C.TRUNCATED
    assert C.unary("^", 0, 8) == 255 and C.unary("^", 0) == -1
    assert C.to_str(b"a\nb") == '"a\\nb"'


# ---------------------------------------------------------------- Go's own test programs

GOROOT_TEST = None
if GO is not None:
    try:
        GOROOT_TEST = os.path.join(subprocess.run([GO, "env", "GOROOT"], capture_output=True, text=True,
                                                  check=True).stdout.strip(), "test")
    except Exception:
        GOROOT_TEST = None

MUST_CHECK = ["helloworld.go", "ken/for.go", "ken/label.go", "ken/mfunc.go", "ken/simpfun.go", "ken/simpvar.go",
              "ken/simpswitch.go", "ken/robfor.go", "ken/divmod.go"]
ALSO = ["peano.go", "turing.go", "compos.go", "closure1.go", "closure2.go", "func6.go", "ken/litfun.go",
        "ken/array.go", "ken/simparray.go", "ken/slicearray.go", "ken/simpbool.go", "ken/ptrfun.go",
        "ken/strvar.go", "ken/ptrvar.go", "ken/shift.go"]


def _goroot_file(name):
    if GOROOT_TEST is None or not os.path.isdir(GOROOT_TEST):
        pytest.skip("$(go env GOROOT)/test is not available")
    p = os.path.join(GOROOT_TEST, name)
    if not os.path.exists(p):
        pytest.skip(f"{name} not in this Go installation")
    with open(p, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


@pytest.mark.parametrize("name", MUST_CHECK + ALSO)
def test_go_test_programs_typecheck(name):
    src = _goroot_file(name)
    checker.check(parse(src, name), name)
