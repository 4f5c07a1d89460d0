"""Escape analysis (govm.escape) against gc 1.19.

* ``test_goroot_errorcheck``: Go's own escape tests from
  ``$(go env GOROOT)/test`` (``// errorcheck -0 -m -l`` files), judged by
  the rule of Go's ``test/run.go``: for each ``// ERROR "re" "re2"`` on a
  line, every regexp must match one of the diagnostics govm gives for that
  line (a matched diagnostic is consumed), and no diagnostic may be left
  unmatched.  Skipped, saying why, when the Go tree is not installed.
* ``test_own_errorcheck``: the same rule over our own programs in
  ``tests/escape/`` (annotations written from gc's output by
  ``python tests/test_escape.py --annotate``).
* ``test_own_exact_vs_gc``: when ``go`` is installed, the exact set of
  ``FILE:LINE:COL: message`` lines of ``go tool compile -m -l`` and of
  govm, columns included, for those programs.
* the contract with the code generator (``Var.escapes``, ``node.escapes``,
  ``variadic_escapes``, ``iface_escapes``, ``FuncLit.byval``) and the
  ``govm build -m`` command line.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govm import ast as A          # noqa: E402
from govm import checker, escape, parser   # noqa: E402
from govm import types as T         # noqa: E402

GOROOT_FILES = [
    "escape_goto.go", "escape_selfassign.go", "escape_struct_return.go", "escape_level.go",
    "escape_array.go", "escape_indir.go", "escape_closure.go", "escape_field.go",
    "escape_struct_param1.go", "escape_struct_param2.go", "escape_calls.go",
]
OWN_DIR = ROOT / "tests" / "escape"
OWN_FILES = sorted(p.name for p in OWN_DIR.glob("*.go"))


# ---------------------------------------------------------------- helpers

def _go():
    return shutil.which("go")


def _goroot_test_dir():
    go = _go()
    if go is None:
        return None, "go is not installed (no `go` on PATH)"
    try:
        root = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        return None, f"`go env GOROOT` failed: {e}"
    d = Path(root) / "test"
    if not (d / "escape_goto.go").exists():
        return None, f"Go's test tree is not installed ({d} has no escape_goto.go)"
    return d, ""


def analyze_file(path: Path, name: str | None = None):
    """govm's diagnostics for path as 'NAME:LINE:COL: message' lines."""
    raw = path.read_bytes()
    name = name or path.name
    f = parser.parse(raw.decode("utf-8"), name)
    info = checker.check(f, name, require_main=False)
    diags = escape.analyze(f, info, raw)
    return [escape.format_diag(name, p, m) for p, m in diags]


_ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
_QUOTES_RX = re.compile(r'"([^"]*)"')
_LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")


def wanted_errors(src: str, short: str):
    """(line, regexp source, compiled regexp) for each // ERROR "re" (run.go's wantedErrors)."""
    out = []
    for i, line in enumerate(src.split("\n")):
        n = i + 1
        if "////" in line:
            continue
        m = _ERR_RX.search(line)
        if m is None:
            continue
        for q in _QUOTES_RX.findall(m.group(1)):
            def lsub(mm, n=n):
                s = mm.group(0)
                k = n
                if s.startswith("LINE+"):
                    k += int(s[5:])
                elif s.startswith("LINE-"):
                    k -= int(s[5:])
                return f"{short}:{k}"
            rx = _LINE_RX.sub(lsub, q)
            out.append((n, rx, re.compile(rx)))
    return out


def _match_prefix(s: str, prefix: str) -> bool:
    i = s.find(":")
    if i < 0:
        return False
    j = s.rfind("/", 0, i)
    s = s[j + 1:]
    if len(s) <= len(prefix) or s[:len(prefix)] != prefix:
        return False
    return s[len(prefix)] in "[ :"


def errorcheck(src: str, short: str, out: list[str]) -> list[str]:
    """run.go's errorCheck: the list of failures (empty when all is well)."""
    errs = []
    out = list(out)
    for n, rx_src, rx in wanted_errors(src, short):
        prefix = f"{short}:{n}"
        errmsgs = [s for s in out if _match_prefix(s, prefix)]
        out = [s for s in out if not _match_prefix(s, prefix)]
        if not errmsgs:
            errs.append(f"{short}:{n}: missing error {rx_src!r}")
            continue
        matched = False
        rest = []
        for msg in errmsgs:
            text = msg.split(" ", 1)[1] if " " in msg else msg
            if rx.search(text):
                matched = True
            else:
                rest.append(msg)
        out.extend(rest)
        if not matched:
            errs.append(f"{short}:{n}: no match for {rx_src!r} in: " + "; ".join(rest))
    if out:
        errs.append("unmatched errors:\n  " + "\n  ".join(out))
    return errs


# ---------------------------------------------------------------- Go's tests

@pytest.mark.parametrize("name", GOROOT_FILES)
def test_goroot_errorcheck(name):
    d, why = _goroot_test_dir()
    if d is None:
        pytest.skip(why)
    path = d / name
    src = path.read_text()
    assert src.startswith("// errorcheck -0 -m -l")
    errs = errorcheck(src, name, analyze_file(path))
    assert not errs, "\n".join(errs)


# ---------------------------------------------------------------- our programs

@pytest.mark.parametrize("name", OWN_FILES)
def test_own_errorcheck(name):
    path = OWN_DIR / name
    src = path.read_text()
    assert "// ERROR" in src or name in _NO_DIAGNOSTICS, f"{name} has no annotations"
    errs = errorcheck(src, name, analyze_file(path))
    assert not errs, "\n".join(errs)


_NO_DIAGNOSTICS: set = set()


def gc_diagnostics(path: Path) -> list[str]:
    """go tool compile -m -l (gc 1.19 without inlining) on path."""
    go = _go()
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(path, Path(td) / path.name)
        p = subprocess.run([go, "tool", "compile", "-p", "p", "-o", str(Path(td) / "out.o"), "-m", "-l", path.name],
                           cwd=td, capture_output=True, text=True, timeout=120)
    lines = [l for l in (p.stdout + p.stderr).splitlines() if re.match(r"[^:]+\.go:\d+:\d+: ", l)]
    if p.returncode != 0:
        raise AssertionError(f"gc failed on {path.name}:\n{p.stdout}{p.stderr}")
    return lines


@pytest.mark.parametrize("name", OWN_FILES)
def test_own_exact_vs_gc(name):
    if _go() is None:
        pytest.skip("go is not installed (no `go` on PATH)")
    path = OWN_DIR / name
    clean = _strip_annotations(path.read_text())
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / name
        p.write_text(clean)
        want = set(gc_diagnostics(p))
        got = set(analyze_file(p))
    assert got == want, ("missing: " + "\n  ".join(sorted(want - got)) +
                         "\nunexpected: " + "\n  ".join(sorted(got - want)))


def _strip_annotations(src: str) -> str:
    return "\n".join(l.split(" // ERROR ")[0] for l in src.split("\n"))


# ---------------------------------------------------------------- the contract

def _analyze_src(src: str, name="t.go"):
    f = parser.parse(src, name)
    info = checker.check(f, name, require_main=False)
    diags = escape.analyze(f, info, src.encode())
    return f, info, diags


def _nodes(f, pred):
    import dataclasses
    found = []
    seen = set()

    def walk(n):
        if isinstance(n, A.Node):
            if id(n) in seen:
                return
            seen.add(id(n))
            if pred(n):
                found.append(n)
            for fl in dataclasses.fields(n):
                if fl.name in ("type", "value", "obj", "target"):
                    continue
                walk(getattr(n, fl.name))
        elif isinstance(n, list):
            for x in n:
                walk(x)
    walk(f.decls)
    return found


def _var(f, name):
    for n in _nodes(f, lambda n: isinstance(n, A.Ident) and n.name == name and isinstance(n.obj, T.Var)):
        return n.obj
    raise KeyError(name)


def test_contract_variables():
    f, info, diags = _analyze_src("""package p
var sink interface{}
func a() int { x := 1; p := &x; return *p }
func b() *int { y := 2; return &y }
func c(q int) *int { return &q }
func d() (r int) { sink = &r; return }
func e() { z := 3; sink = z }
""")
    assert info.escape_analyzed is True
    assert _var(f, "x").escapes is False and _var(f, "x").addr_taken
    assert _var(f, "p").escapes is False
    assert _var(f, "y").escapes is True
    assert _var(f, "q").escapes is True           # a parameter moved to the heap
    assert _var(f, "r").escapes is True           # a named result
    assert _var(f, "z").escapes is False          # its value is boxed, not the variable
    msgs = {m for _, m in diags}
    assert {"moved to heap: y", "moved to heap: q", "moved to heap: r"} <= msgs
    assert "moved to heap: x" not in msgs


def test_contract_allocation_sites():
    f, info, _ = _analyze_src("""package p
type T struct{ n int }
func g(xs ...int) int { return len(xs) }
func h(xs ...*int) []*int { return xs }
func a() *T { return &T{1} }
func b() int { p := &T{2}; return p.n }
func c(n int) int { s := make([]int, 8); t := make([]int, n); return len(s) + len(t) }
func d() *int { return new(int) }
func e() int { q := new(int); return *q }
func f() int { s := []int{1, 2}; return s[0] }
func k() []int { return []int{3} }
func v() int { return g(1, 2, 3) }
func w() []*int { return h(new(int)) }
""")
    ptrlits = _nodes(f, lambda n: isinstance(n, A.UnaryExpr) and n.op == "&")
    assert [n.escapes for n in ptrlits] == [True, False]
    makes = _nodes(f, lambda n: isinstance(n, A.CallExpr) and getattr(n.fun, "name", "") == "make")
    assert [n.escapes for n in makes] == [False, True]        # constant size vs. non-constant
    news = _nodes(f, lambda n: isinstance(n, A.CallExpr) and getattr(n.fun, "name", "") == "new")
    assert [n.escapes for n in news] == [True, False, True]
    lits = _nodes(f, lambda n: isinstance(n, A.CompositeLit) and isinstance(n.type.underlying(), T.Slice))
    assert [n.escapes for n in lits] == [False, True]
    calls = _nodes(f, lambda n: isinstance(n, A.CallExpr) and getattr(n.fun, "name", "") in ("g", "h"))
    assert [n.variadic_escapes for n in calls] == [False, True]


def test_contract_closures_and_interfaces():
    f, info, diags = _analyze_src("""package p
var sink interface{}
func a() func() int { c := 0; return func() int { c++; return c } }
func b() int { k := 5; f := func() int { return k }; return f() }
func c(n int) { sink = n }
func d(n int) { var i interface{} = n; _ = i }
func e(p *int) { sink = p }
func f(s string) { sink = interface{}(s) }
""")
    lits = _nodes(f, lambda n: isinstance(n, A.FuncLit))
    assert [l.escapes for l in lits] == [True, False]
    c, k = _var(f, "c"), _var(f, "k")
    assert lits[0].byval == {c: False} and c.escapes is True     # reassigned: by reference
    assert lits[1].byval == {k: True} and k.escapes is False     # never reassigned: by value
    ns = _nodes(f, lambda n: isinstance(n, A.Ident) and n.name == "n" and n.obj is not None
                and getattr(n, "iface_escapes", None) is not None)
    assert sorted(n.iface_escapes for n in ns) == [False, True]
    assert all(n.escapes == n.iface_escapes for n in ns)
    conv = _nodes(f, lambda n: isinstance(n, A.CallExpr) and n.kind == "conversion")
    assert conv[0].escapes is True
    ps = _nodes(f, lambda n: isinstance(n, A.Ident) and n.name == "p" and hasattr(n, "iface_escapes"))
    assert ps == []                                            # pointers need no box


def test_interprocedural_tags():
    _, _, diags = _analyze_src("""package p
var sink interface{}
func id(p *int) *int { return p }
func deref(pp **int) *int { return *pp }
func leak(p *int) { sink = p }
func content(pp **int) { sink = *pp }
func use() int { x := 1; return *id(&x) }
func use2() *int { y := 1; return id(&y) }
func use3() { z := 1; leak(&z) }
func a(p *int) bool { return even(3, p) }
func even(n int, p *int) bool { if n == 0 { return true }; return odd(n-1, p) }
func odd(n int, p *int) bool { if n == 0 { sink = p; return false }; return even(n-1, p) }
""")
    msgs = {f"{p.line}: {m}" for p, m in diags}
    assert "3: leaking param: p to result ~r0 level=0" in msgs
    assert "4: leaking param: pp to result ~r0 level=1" in msgs
    assert "5: leaking param: p" in msgs
    assert "6: leaking param content: pp" in msgs
    assert not any(m.startswith("7: moved to heap") for m in msgs)
    assert "8: moved to heap: y" in msgs
    assert "9: moved to heap: z" in msgs
    assert "10: leaking param: p" in msgs            # through the mutually recursive even/odd


def test_size_limits():
    _, _, diags = _analyze_src("""package p
func a() int { var big [2000000]int64; big[0] = 1; var ok [1000]int64; ok[0] = 1; return int(big[0] + ok[0]) }
func b() int { p := new([70000]byte); q := new([100]byte); return len(p) + len(q) }
func c(n int) int { s := make([]byte, 65536); t := make([]byte, 65537); u := make([]byte, n); return len(s) + len(t) + len(u) }
""")
    msgs = {m for _, m in diags}
    assert "moved to heap: big" in msgs and "moved to heap: ok" not in msgs
    assert "new([70000]byte) escapes to heap" in msgs and "new([100]byte) does not escape" in msgs
    assert "make([]byte, 65536) does not escape" in msgs
    assert "make([]byte, 65537) escapes to heap" in msgs
    assert "make([]byte, n) escapes to heap" in msgs


# ---------------------------------------------------------------- command line

def _govm(*args, cwd=ROOT):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "govm", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_build_m_command_line(tmp_path):
    src = tmp_path / "prog.go"
    src.write_text("""package main

func f() *int {
	x := 1
	return &x
}

func main() {
	println(*f())
}
""")
    p = _govm("build", "-m", str(src))
    assert p.returncode == 0, p.stderr
    assert p.stdout == ""
    assert p.stderr.splitlines() == [f"{src}:4:2: moved to heap: x"]
    # without -m: just check and compile
    p = _govm("build", str(src))
    assert (p.returncode, p.stdout, p.stderr) == (0, "", "")
    # FILE is printed as given on the command line
    p = _govm("build", "-m", "prog.go", cwd=tmp_path)
    assert p.stderr.splitlines() == ["prog.go:4:2: moved to heap: x"]


def test_build_library_package_and_errors(tmp_path):
    lib = tmp_path / "lib.go"
    lib.write_text("package lib\n\nvar sink interface{}\n\nfunc F(p *int) { sink = p }\n")
    p = _govm("build", "-m", str(lib))
    assert p.returncode == 0, p.stderr
    assert p.stderr.splitlines() == [f"{lib}:5:8: leaking param: p"]
    bad = tmp_path / "bad.go"
    bad.write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    p = _govm("build", "-m", str(bad))
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"{bad}:4:2: x declared but not used"]


# ---------------------------------------------------------------- regenerating annotations

def annotate(path: Path) -> None:
    """Rewrite path's // ERROR annotations from gc's diagnostics."""
    src = _strip_annotations(path.read_text())
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / path.name
        p.write_text(src)
        diags = gc_diagnostics(p)
    per_line = {}
    for d in diags:
        _, ln, _, msg = d.split(":", 3)
        per_line.setdefault(int(ln), []).append(msg.strip())
    lines = src.split("\n")
    for ln, msgs in per_line.items():
        pats = " ".join('"^' + _go_quote_re(m) + '$"' for m in sorted(set(msgs)))
        lines[ln - 1] = lines[ln - 1] + " // ERROR " + pats
    path.write_text("\n".join(lines))


def _go_quote_re(msg: str) -> str:
    out = []
    for ch in msg:
        if ch == '"':
            out.append(".")
        elif ch in "\\.+*?()|[]{}^$":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--annotate"]:
        for name in sys.argv[2:] or OWN_FILES:
            annotate(OWN_DIR / name)
            print("annotated", name)
