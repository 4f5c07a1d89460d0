"""Tests for the library packages the checker knows (govm.checker, section
"Library packages" of its docstring): sync.WaitGroup/Mutex/RWMutex,
runtime.Gosched/NumGoroutine/GC/ReadMemStats/MemStats, os.Exit/Args,
strconv.Itoa/Atoi/FormatInt/Quote, errors.New.

Every expected error text in GC_CASES was produced by go1.19.8 linux/amd64
(``go build x.go`` on the same source); ``test_gc_cases_still_match_go``
re-checks them when a Go toolchain is installed.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from govm import ast as A
from govm import checker
from govm import fmt as F
from govm import parser
from govm import types as T
from govm.errors import CompileError

GO = shutil.which("go")


def parse(src, filename="x.go"):
    return parser.parse(src, filename)


def check(src):
    return checker.check(parse(src), "./x.go")


def errors_of(src):
    try:
        check(src)
    except CompileError as e:
        errs = sorted(e.errors, key=lambda pm: (pm[0].line, pm[0].col))
        return "\n".join(f"./x.go:{p.line}:{p.col}: {m}" for p, m in errs)
    return ""


def nodes_of(tree):
    out = []

    def walk(n):
        if isinstance(n, list):
            for m in n:
                walk(m)
            return
        if not isinstance(n, A.Node):
            return
        out.append(n)
        for k, val in vars(n).items():
            if k not in ("type", "value", "obj", "target", "sig", "captures", "kind"):
                walk(val)
    walk(tree)
    return out


def at(nodes, line, col, cls=A.Expr):
    for n in nodes:
        if isinstance(n, cls) and n.pos == A.Pos(line, col):
            return n
    raise KeyError((line, col))


# ---------------------------------------------------------------- a valid program using every member

OK_SRC = r"""package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

type Cache struct {
	sync.RWMutex
	m map[string]int
}

func worker(wg *sync.WaitGroup, c *Counter) {
	defer wg.Done()
	c.Inc()
	runtime.Gosched()
}

type Locker interface {
	Lock()
	Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := &Counter{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(&wg, c)
	}
	wg.Wait()
	cache := Cache{m: map[string]int{}}
	cache.RLock()
	cache.RUnlock()
	var l Locker = &c.mu
	l = &cache
	l.Lock()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc, m.NumGC, m.PauseNs[0], m.BySize[1].Size, runtime.NumGoroutine())
	n, err := strconv.Atoi("12")
	if err != nil {
		fmt.Println(err.Error())
		os.Exit(1)
	}
	s := strconv.Itoa(n) + strconv.FormatInt(int64(n), 16) + strconv.Quote("hi")
	e := errors.New("boom")
	fmt.Println(s, e, len(os.Args))
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
}
"""


@pytest.fixture(scope="module")
def ok():
    tree = parse(OK_SRC)
    info = checker.check(tree, "x.go")
    return tree, info, nodes_of(tree)


def test_library_types_spelling_and_layout():
    assert str(checker.WAITGROUP) == "sync.WaitGroup" and F.type_string(checker.WAITGROUP) == "sync.WaitGroup"
    assert checker.type_string(T.Pointer(checker.MUTEX)) == "*sync.Mutex"
    assert str(T.Pointer(checker.MEMSTATS)) == "*runtime.MemStats"
    for named, pkg, fields in [
            (checker.WAITGROUP, "sync", ["state", "waiters", "q"]),
            (checker.MUTEX, "sync", ["state", "sema", "q"]),
            (checker.RWMUTEX, "sync", ["w", "writerSem", "readerSem", "readerCount", "readerWait"])]:
        assert isinstance(named, T.Named) and isinstance(named.obj, T.TypeName)
        assert named.obj.pkg == pkg and named.obj.type is named
        u = named.underlying()
        assert isinstance(u, T.Struct)
        assert [f.name for f in u.fields] == fields and all(f.type is T.INT for f in u.fields)
    methods = {n: sorted(t.methods) for n, t in [("WaitGroup", checker.WAITGROUP), ("Mutex", checker.MUTEX),
                                                  ("RWMutex", checker.RWMUTEX)]}
    assert methods == {"WaitGroup": ["Add", "Done", "Wait"], "Mutex": ["Lock", "Unlock"],
                       "RWMutex": ["Lock", "RLock", "RUnlock", "Unlock"]}
    add = checker.WAITGROUP.methods["Add"]
    assert isinstance(add, T.Func) and add.pkg == "sync" and add.decl is None
    assert isinstance(add.recv_type, T.Pointer) and add.recv_type.elem is checker.WAITGROUP
    assert add.sig.recv.type.elem is checker.WAITGROUP
    assert [p.type for p in add.sig.params] == [T.INT] and add.sig.results == []
    assert add.full_name == "sync.(*WaitGroup).Add"
    assert checker.RWMUTEX.methods["RUnlock"].full_name == "sync.(*RWMutex).RUnlock"


def test_memstats_fields_as_go119():
    u = checker.MEMSTATS.underlying()
    names = [f.name for f in u.fields]
    assert names == ["Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
                     "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
                     "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
                     "NextGC", "LastGC", "PauseTotalNs", "PauseNs", "PauseEnd", "NumGC", "NumForcedGC",
                     "GCCPUFraction", "EnableGC", "DebugGC", "BySize"]
    ty = {f.name: f.type for f in u.fields}
    assert all(ty[n] is T.UINT64 for n in names[:24])
    assert ty["NumGC"] is T.UINT32 and ty["NumForcedGC"] is T.UINT32
    assert ty["GCCPUFraction"] is T.FLOAT64 and ty["EnableGC"] is T.BOOL
    assert str(ty["PauseNs"]) == "[256]uint64" and str(ty["PauseEnd"]) == "[256]uint64"
    assert F.type_string(ty["BySize"]) == "[61]struct { Size uint32; Mallocs uint64; Frees uint64 }"


def test_memstats_fields_match_goroot():
    """The exported fields of the installed runtime/mstats.go, in order."""
    if GO is None:
        pytest.skip("no Go toolchain")
    root = subprocess.run([GO, "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    path = os.path.join(root, "src", "runtime", "mstats.go")
    if not os.path.exists(path):
        pytest.skip("no runtime sources")
    src = open(path).read()
    body = src[src.index("type MemStats struct {"):]
    names, depth = [], 0
    for line in body.splitlines()[1:]:
        s = line.split("//")[0].strip()
        if not s:
            continue
        if s == "}" and depth == 0:
            break
        if depth == 0:
            names.append(s.split()[0])
        depth += s.count("{") - s.count("}")
    assert names == [f.name for f in checker.MEMSTATS.underlying().fields]


def test_library_function_calls(ok):
    _, _, nodes = ok
    want = {
        (31, 2): ("runtime.Gosched", "func()"),
        (53, 2): ("runtime.GC", "func()"),
        (55, 2): ("runtime.ReadMemStats", "func(m *runtime.MemStats)"),
        (56, 64): ("runtime.NumGoroutine", "func() int"),
        (57, 12): ("strconv.Atoi", "func(s string) (int, error)"),
        (60, 3): ("os.Exit", "func(code int)"),
        (62, 7): ("strconv.Itoa", "func(i int) string"),
        (62, 25): ("strconv.FormatInt", "func(i int64, base int) string"),
        (62, 59): ("strconv.Quote", "func(s string) string"),
        (63, 7): ("errors.New", "func(text string) error"),
    }
    for (line, col), (name, sig) in want.items():
        call = at(nodes, line, col, A.CallExpr)
        assert call.kind == "builtin", name
        fun = call.fun
        assert isinstance(fun, A.SelectorExpr) and fun.kind == "pkg"
        assert isinstance(fun.obj, T.Builtin) and fun.obj.name == name
        assert "func" + checker._sig_string(fun.obj.type) == sig
    assert at(nodes, 57, 12, A.CallExpr).type.types[1] is checker.ERROR
    assert at(nodes, 62, 7, A.CallExpr).type is T.STRING
    assert at(nodes, 56, 64, A.CallExpr).type is T.INT


def test_os_args_and_type_selectors(ok):
    _, _, nodes = ok
    args = at(nodes, 64, 24, A.SelectorExpr)          # len(os.Args)
    assert args.kind == "pkg" and args.obj is checker.OS_ARGS
    assert args.obj.name == "os.Args" and str(args.type) == "[]string"
    ms = at(nodes, 54, 8, A.SelectorExpr)              # var m runtime.MemStats
    assert ms.kind == "pkg" and isinstance(ms.obj, T.TypeName) and ms.obj.type is checker.MEMSTATS
    wg = at(nodes, 40, 9, A.SelectorExpr)              # var wg sync.WaitGroup
    assert wg.obj is checker.WAITGROUP.obj
    numgc = at(nodes, 56, 23, A.SelectorExpr)          # m.NumGC
    assert numgc.kind == "field" and numgc.type is T.UINT32
    size = at(nodes, 56, 46, A.SelectorExpr)           # m.BySize[1].Size (outermost first)
    assert size.type is T.UINT32


def test_sync_method_calls(ok):
    _, info, nodes = ok
    # wg.Add(1): a method call on an addressable WaitGroup
    call = at(nodes, 43, 3, A.CallExpr)
    assert call.kind == "method" and call.fun.kind == "method"
    assert call.fun.obj is checker.WAITGROUP.methods["Add"] and call.fun.obj.pkg == "sync"
    assert call.fun.x.type is checker.WAITGROUP
    assert call.args[0].type is T.INT and call.args[0].value == 1
    # defer wg.Done() through a *sync.WaitGroup parameter
    done = at(nodes, 29, 8, A.CallExpr)
    assert done.kind == "method" and done.fun.obj is checker.WAITGROUP.methods["Done"]
    assert str(done.fun.x.type) == "*sync.WaitGroup"
    # c.mu.Lock(): a field of a struct through a pointer
    lock = at(nodes, 18, 2, A.CallExpr)
    assert lock.fun.obj is checker.MUTEX.methods["Lock"] and lock.fun.x.kind == "field"
    # cache.RLock(): promoted through the embedded RWMutex
    rl = at(nodes, 48, 2, A.CallExpr)
    assert rl.fun.obj is checker.RWMUTEX.methods["RLock"] and rl.fun.path == [0, 2]
    # &wg passed to *sync.WaitGroup
    amp = at(nodes, 44, 13, A.UnaryExpr)
    assert str(amp.type) == "*sync.WaitGroup"
    # library methods are not user functions
    assert all(f.pkg == "main" for f in info.funcs)


def test_sync_values_satisfy_interfaces():
    src = """package main

import "sync"

type Locker interface {
	Lock()
	Unlock()
}

type S struct{ *sync.Mutex }

func lockAll(ls ...Locker) {
	for _, l := range ls {
		l.Lock()
	}
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	s := S{&mu}
	lockAll(&mu, &rw, s, &s)
	p := new(sync.WaitGroup)
	p.Add(2)
	ws := []sync.WaitGroup{{}, {}}
	ws[1].Done()
	m := map[string]*sync.Mutex{"a": {}}
	m["a"].Unlock()
}
"""
    check(src)


GC_CASES = {
    'library_args': (r'''package main

import (
	"errors"
	"os"
	"runtime"
	"strconv"
)

func main() {
	x := strconv.Itoa("a")
	y := strconv.Atoi("1")
	var i int = 3
	_ = strconv.FormatInt(i, 10)
	_ = strconv.Quote(1)
	_ = strconv.Itoa()
	var m runtime.MemStats
	runtime.ReadMemStats(m)
	var n int = runtime.NumGoroutine(1)
	os.Exit("a")
	_, _, _ = x, y, n
}
''', r'''./x.go:4:2: imported and not used: "errors"
./x.go:11:20: cannot use "a" (untyped string constant) as int value in argument to strconv.Itoa
./x.go:12:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
./x.go:14:24: cannot use i (variable of type int) as type int64 in argument to strconv.FormatInt
./x.go:15:20: cannot use 1 (untyped int constant) as string value in argument to strconv.Quote
./x.go:16:6: not enough arguments in call to strconv.Itoa
	have ()
	want (int)
./x.go:18:23: cannot use m (variable of type runtime.MemStats) as type *runtime.MemStats in argument to runtime.ReadMemStats
./x.go:19:35: too many arguments in call to runtime.NumGoroutine
	have (number)
	want ()
./x.go:20:10: cannot use "a" (untyped string constant) as int value in argument to os.Exit'''),
    'library_args2': (r'''package main

import (
	"errors"
	"runtime"
	"strconv"
)

func main() {
	_ = errors.New(1)
	runtime.GC(1)
	runtime.Gosched(1)
	var m runtime.MemStats
	var k int = m.HeapAlloc
	_ = m.NumGC + 1.5
	_ = m.foo
	var s string
	s, err := strconv.Atoi("1")
	_, _, _ = k, s, err
	var e error = strconv.Itoa(1)
	_ = e
}
''', r'''./x.go:10:17: cannot use 1 (untyped int constant) as string value in argument to errors.New
./x.go:11:13: too many arguments in call to runtime.GC
	have (number)
	want ()
./x.go:12:18: too many arguments in call to runtime.Gosched
	have (number)
	want ()
./x.go:14:14: cannot use m.HeapAlloc (variable of type uint64) as type int in variable declaration
./x.go:15:16: 1.5 (untyped float constant) truncated to uint32
./x.go:16:8: m.foo undefined (type runtime.MemStats has no field or method foo)
./x.go:18:12: cannot use strconv.Atoi("1") (value of type int) as type string in assignment
./x.go:20:16: cannot use strconv.Itoa(1) (value of type string) as type error in variable declaration:
	string does not implement error (missing Error method)'''),
    'nonlocal': (r'''package main

import "sync"

func (w *sync.WaitGroup) Foo() {}

type WG sync.WaitGroup

func main() {
	var w WG
	w.Add(1)
	_ = w.state
	var p *sync.Mutex
	p.Lock()
	var mu sync.Mutex
	_ = mu.lock
	_ = mu.LOCK
}
''', r'''./x.go:5:7: cannot define new methods on non-local type sync.WaitGroup
./x.go:11:4: w.Add undefined (type WG has no field or method Add)
./x.go:12:8: w.state undefined (type WG has no field or method state)
./x.go:16:9: mu.lock undefined (type sync.Mutex has no field or method lock, but does have Lock)
./x.go:17:9: mu.LOCK undefined (type sync.Mutex has no field or method LOCK)'''),
    'sync_fields': (r'''package main

import "sync"

type T struct {
	sync.Mutex
	n int
}

func main() {
	_ = sync.Mutex{1, 2}
	_ = sync.Mutex{state: 1}
	_ = sync.RWMutex{w: sync.Mutex{}}
	var t T
	_ = t.state
	_ = t.Mutex.State
	t.mu = 1
	var l interface{ Lock(); Unlock() } = t
	_ = l
}
''', r'''./x.go:11:17: implicit assignment to unexported field state in sync.Mutex literal
./x.go:11:20: implicit assignment to unexported field sema in sync.Mutex literal
./x.go:12:17: unknown field 'state' in struct literal of type sync.Mutex
./x.go:13:19: unknown field 'w' in struct literal of type sync.RWMutex
./x.go:15:8: t.state undefined (type T has no field or method state)
./x.go:16:14: t.Mutex.State undefined (type sync.Mutex has no field or method State)
./x.go:17:4: t.mu undefined (type T has no field or method mu)
./x.go:18:40: cannot use t (variable of type T) as type interface{Lock(); Unlock()} in variable declaration:
	T does not implement interface{Lock(); Unlock()} (Lock method has pointer receiver)'''),
    'sync_misuse': (r'''package main

import "sync"

type T struct {
	sync.Mutex
	n int
}

func main() {
	var wg sync.WaitGroup
	_ = wg.state
	wg.Add("x")
	wg.Add(1, 2)
	wg.Done(1)
	_ = wg.Wait()
	var mu sync.Mutex
	_ = mu.sema
	var rw sync.RWMutex
	rw.Add(1)
	sync.WaitGroup{}.Add(1)
}
''', r'''./x.go:12:9: wg.state undefined (type sync.WaitGroup has no field or method state)
./x.go:13:9: cannot use "x" (untyped string constant) as int value in argument to wg.Add
./x.go:14:12: too many arguments in call to wg.Add
	have (number, number)
	want (int)
./x.go:15:10: too many arguments in call to wg.Done
	have (number)
	want ()
./x.go:16:6: wg.Wait() (no value) used as value
./x.go:18:9: mu.sema undefined (type sync.Mutex has no field or method sema)
./x.go:20:5: rw.Add undefined (type sync.RWMutex has no field or method Add)
./x.go:21:19: cannot call pointer method Add on sync.WaitGroup'''),
    'unused_imports': (r'''package main

import (
	"errors"
	"os"
	"runtime"
	"strconv"
	"sync"
	"fmt"
)

func main() {
	fmt.Println(runtime.GOOS)
}
''', r'''./x.go:4:2: imported and not used: "errors"
./x.go:5:2: imported and not used: "os"
./x.go:7:2: imported and not used: "strconv"
./x.go:8:2: imported and not used: "sync"'''),
}


@pytest.mark.parametrize("name", sorted(GC_CASES))
def test_gc_errors(name):
    src, expected = GC_CASES[name]
    assert errors_of(src) == expected


@pytest.mark.skipif(GO is None, reason="no Go toolchain to re-check the recorded expectations")
def test_gc_cases_still_match_go(tmp_path):
    for name, (src, expected) in sorted(GC_CASES.items()):
        d = tmp_path / name
        d.mkdir()
        (d / "x.go").write_text(src)
        out = subprocess.run([GO, "build", "-o", str(d / "x.bin"), "x.go"], cwd=d, capture_output=True, text=True)
        got = "\n".join(l for l in (out.stdout + out.stderr).splitlines() if not l.startswith("#"))
        assert got == expected, name


# ---------------------------------------------------------------- valid Go that govm does not support

GOVM_CASES = {
    "trylock": ("""package main

import "sync"

func main() {
	var mu sync.Mutex
	_ = mu.TryLock()
	var rw sync.RWMutex
	_ = rw.RLocker()
}
""", """./x.go:7:9: sync.Mutex.TryLock not supported by govm
./x.go:9:9: sync.RWMutex.RLocker not supported by govm"""),
    "func_values": ("""package main

import (
	"runtime"
	"strconv"
	"sync"
)

func main() {
	f := strconv.Itoa
	g := (*sync.WaitGroup).Wait
	var h func() = runtime.GC
	_, _, _ = f, g, h
}
""", """./x.go:10:7: strconv.Itoa as a function value not supported by govm
./x.go:11:7: method expression (*sync.WaitGroup).Wait not supported by govm
./x.go:12:17: runtime.GC as a function value not supported by govm"""),
    "other_members": ("""package main

import (
	"sync"
	"time"
)

func main() {
	var once sync.Once
	time.Sleep(1)
	_ = once
}
""", """./x.go:9:16: sync.Once not supported by govm
./x.go:10:7: time.Sleep not supported by govm"""),
}


@pytest.mark.parametrize("name", sorted(GOVM_CASES))
def test_govm_unsupported(name):
    src, expected = GOVM_CASES[name]
    assert errors_of(src) == expected


# ---------------------------------------------------------------- the goroutine issue's Go test programs

CONFORMANCE = ["235.go", "stack.go", "func5.go", "escape.go", "chan/sieve1.go", "chan/fifo.go",
               "chan/goroutines.go", "chan/select.go", "chan/select4.go", "chan/select6.go", "chan/select8.go",
               "chan/sendstmt.go", "chan/zerosize.go", "ken/chan1.go", "gc.go", "gc1.go",
               # further users of the library members
               "ken/chan.go", "chan/select7.go", "chan/powser1.go", "gc2.go", "init1.go", "stackobj2.go",
               "closedchan.go", "args.go"]

_GOROOT_TEST = None
if GO is not None:
    try:
        _GOROOT_TEST = os.path.join(subprocess.run([GO, "env", "GOROOT"], capture_output=True, text=True,
                                                   check=True).stdout.strip(), "test")
    except Exception:
        _GOROOT_TEST = None


@pytest.mark.parametrize("name", CONFORMANCE)
def test_go_test_programs_typecheck(name):
    if _GOROOT_TEST is None or not os.path.isdir(_GOROOT_TEST):
        pytest.skip("$(go env GOROOT)/test is not available")
    p = os.path.join(_GOROOT_TEST, name)
    if not os.path.exists(p):
        pytest.skip(f"{name} not in this Go installation")
    with open(p, encoding="utf-8", errors="surrogateescape") as f:
        src = f.read()
    checker.check(parse(src, name), name)
