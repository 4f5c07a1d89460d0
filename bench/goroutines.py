"""Goroutine benchmarks: govm side by side with native Go and CPython (asyncio).

    python bench/goroutines.py [--repeat N] [--no-python] [names...]

For each workload in ``BENCHMARKS`` this runs ``govm run --stats`` (wall
time, the in-VM ``run`` time govm reports, and the peak RSS of the process),
the native Go binary (built first into a temporary directory, so Go's
compile time is not counted) and the CPython asyncio equivalent.  Outputs
must agree.  Every time is the best of ``--repeat`` runs (the machines here
are noisy); peak RSS is the smallest peak seen, measured by GNU time's
``%M`` (``/usr/bin/time``), or ``wait4``'s ``ru_maxrss`` without it.

The ``million`` row keeps one million goroutines blocked at once; its memory
columns give the peak RSS divided by the number of goroutines (whole
process, interpreter included for govm) and, in parentheses, the same after
subtracting the peak RSS of the implementation running ``programs/hello.go``.

The targets (checked at the end, ``--strict`` makes a miss exit 1):

* spawn: govm's in-VM time below native Go's wall time;
* pingpong: govm's in-VM time within 10x of native Go's wall time;
* million: govm's peak RSS below 3 KB (3072 B) per goroutine.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# name: (Go program, CPython equivalent or None, description, goroutines alive at the peak or None,
#        most runs of the CPython program (it is slow on some rows))
BENCHMARKS = {
    "spawn": ("spawn.go", "spawn.py", "spawn 100,000 goroutines, each sends one value to main", None, None),
    "chain": ("chain.go", "chain.py", "a chain of 10,000 goroutines passing a value along", None, None),
    "sieve": ("sieve.go", "sieve.py", "concurrent prime sieve, first 1,000 primes", None, None),
    "pingpong": ("pingpong.go", "pingpong.py", "ping-pong, 1,000,000 messages on unbuffered channels", None, None),
    "million": ("million.go", "million.py", "1,000,000 goroutines blocked at once, released, joined",
                1_000_000, 1),
}

TARGET_SPAWN = "spawn"          # govm VM time < Go wall time
TARGET_PINGPONG = "pingpong"    # govm VM time <= 10x Go wall time
TARGET_MILLION = "million"      # govm peak RSS per goroutine < 3 KB
MAX_BYTES_PER_G = 3 * 1024


class Run:
    def __init__(self, wall, status, out, err, maxrss_kb):
        self.wall, self.status, self.out, self.err, self.maxrss_kb = wall, status, out, err, maxrss_kb


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def measured(cmd, cwd=ROOT, env=None) -> Run:
    """Run cmd; wall time and its peak RSS in KB.

    The peak RSS is GNU time's ``%M`` when /usr/bin/time exists, else
    wait4's ``ru_maxrss`` for the child, which on Linux also counts the
    memory of this (forking) Python process before the child's exec."""
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe, \
            tempfile.NamedTemporaryFile(suffix=".rss") as frss:
        if GNU_TIME:
            cmd = [GNU_TIME, "-f", "%M", "-o", frss.name, *cmd]
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        rss = ru.ru_maxrss
        if GNU_TIME:
            m = re.search(rb"(\d+)\s*$", open(frss.name, "rb").read())
            if m:
                rss = int(m.group(1))
        return Run(wall, p.returncode, fo.read(), fe.read(), rss)


def best(n, fn):
    runs = [fn() for _ in range(max(1, n))]
    b = min(runs, key=lambda r: r.wall)
    b.maxrss_kb = min(r.maxrss_kb for r in runs)
    return b


def govm_once(path):
    r = measured([sys.executable, "-m", "govm", "run", "--stats", str(path)])
    if r.status != 0:
        raise SystemExit(f"govm failed on {path} (exit {r.status}):\n{r.err.decode(errors='replace')}")
    m = re.search(rb"run ([0-9.]+) s, (\d+) instructions", r.err)
    if not m:
        raise SystemExit(f"govm --stats printed no run time for {path}:\n{r.err.decode(errors='replace')}")
    r.vm = float(m.group(1))
    r.instr = int(m.group(2))
    return r


def govm(path, repeat):
    runs = [govm_once(path) for _ in range(max(1, repeat))]
    b = min(runs, key=lambda r: r.wall)
    b.vm = min(r.vm for r in runs)
    b.maxrss_kb = min(r.maxrss_kb for r in runs)
    return b


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-python", action="store_true", help="skip the CPython asyncio programs")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or list(BENCHMARKS)
    for n in names:
        if n not in BENCHMARKS:
            raise SystemExit(f"unknown benchmark {n!r}; choose from {', '.join(BENCHMARKS)}")
    have_go = shutil.which("go") is not None
    hello = ROOT / "programs" / "hello.go"
    # warm the Numba cache so that no row pays for compiling the VM
    subprocess.run([sys.executable, "-m", "govm", "run", str(hello)], capture_output=True, cwd=ROOT)
    tmp = Path(tempfile.mkdtemp(prefix="govm-bench-goroutines-"))
    go_env = dict(os.environ, GOFLAGS="", GO111MODULE="off")

    def go_exe(src: Path, name: str) -> Path:
        exe = tmp / name
        subprocess.run(["go", "build", "-o", str(exe), str(src)], check=True, env=go_env, cwd=tmp)
        return exe

    base = {}       # implementation -> peak RSS (KB) of hello.go, for the per-goroutine columns
    rows = []
    try:
        for name in names:
            gofile, pyfile, desc, alive, py_max = BENCHMARKS[name]
            g = govm(HERE / gofile, args.repeat)
            go = py = None
            if have_go:
                exe = go_exe(HERE / gofile, name)
                go = best(args.repeat, lambda: measured([str(exe)]))
                if go.status != 0 or go.out != g.out:
                    raise SystemExit(f"{name}: Go printed {go.out!r} (exit {go.status}), govm {g.out!r}")
            if pyfile and not args.no_python:
                n = args.repeat if py_max is None else min(args.repeat, py_max)
                py = best(n, lambda: measured([sys.executable, str(HERE / pyfile)]))
                if py.status != 0 or py.out != g.out:
                    raise SystemExit(f"{name}: CPython printed {py.out!r} (exit {py.status}), govm {g.out!r}")
            if alive and not base:
                base["govm"] = best(args.repeat, lambda: measured([sys.executable, "-m", "govm", "run", str(hello)])).maxrss_kb
                if have_go:
                    base["go"] = best(args.repeat, lambda: measured([str(go_exe(hello, "hello"))])).maxrss_kb
                if not args.no_python:
                    base["py"] = best(args.repeat, lambda: measured([sys.executable, "-c", "print('hello, world')"])).maxrss_kb
            rows.append((name, desc, alive, g, go, py))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def f(x):
        return "-" if x is None else f"{x:.3f}"

    def r(a, b):
        return "-" if a is None or b is None or b == 0 else f"{a / b:.2f}x"

    def mem(run, alive, key):
        if run is None:
            return "-"
        if not alive:
            return f"{run.maxrss_kb / 1024:.0f} MB"
        per = run.maxrss_kb * 1024 / alive
        s = f"{per:.0f} B/g"
        if key in base:
            s += f" ({(run.maxrss_kb - base[key]) * 1024 / alive:.0f})"
        return s

    head = ("benchmark", "govm wall s", "govm VM s", "Go s", "CPython s", "VM/Go", "wall/Go", "VM/CPython",
            "govm peak RSS", "Go peak RSS", "CPython peak RSS")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, desc, alive, g, go, py in rows:
        print(f"| {name} ({desc}) | {f(g.wall)} | {f(g.vm)} | {f(go and go.wall)} | {f(py and py.wall)} | "
              f"{r(g.vm, go and go.wall)} | {r(g.wall, go and go.wall)} | {r(g.vm, py and py.wall)} | "
              f"{mem(g, alive, 'govm')} | {mem(go, alive, 'go')} | {mem(py, alive, 'py')} |")

    # the targets
    print()
    missed = 0
    by = {row[0]: row for row in rows}
    if TARGET_SPAWN in by and by[TARGET_SPAWN][4] is not None:
        g, go = by[TARGET_SPAWN][3], by[TARGET_SPAWN][4]
        ok = g.vm < go.wall
        missed += not ok
        print(f"- {'met' if ok else 'MISSED'}: spawn, govm VM {g.vm:.3f} s < Go wall {go.wall:.3f} s")
    if TARGET_PINGPONG in by and by[TARGET_PINGPONG][4] is not None:
        g, go = by[TARGET_PINGPONG][3], by[TARGET_PINGPONG][4]
        ok = g.vm <= 10 * go.wall
        missed += not ok
        print(f"- {'met' if ok else 'MISSED'}: pingpong, govm VM {g.vm:.3f} s within 10x of Go wall "
              f"{go.wall:.3f} s ({g.vm / go.wall:.1f}x)")
    if TARGET_MILLION in by:
        _, _, alive, g, _, _ = by[TARGET_MILLION]
        per = g.maxrss_kb * 1024 / alive
        ok = per < MAX_BYTES_PER_G
        missed += not ok
        print(f"- {'met' if ok else 'MISSED'}: million, govm peak RSS {per:.0f} B per goroutine < {MAX_BYTES_PER_G} B")
    if args.strict and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
