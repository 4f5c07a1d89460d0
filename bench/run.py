"""Benchmarks: govm side by side with CPython and native Go, in one run.

For each workload in ``BENCHMARKS`` this runs ``govm run --stats`` (wall
time, and the in-VM time govm reports), the equivalent CPython program, and
the native Go binary (built first, so Go's compile time is not counted) when
``go`` is on PATH.  Outputs must agree.  Machines here are noisy, so every
figure is the best of ``--repeat`` runs and the table reports ratios.

    python bench/run.py [--repeat N] [names...]
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

# name: (Go program, Python equivalent or None, description)
BENCHMARKS = {
    "fib": ("fib.go", "fib.py", "recursive fib(35)"),
    "loop": ("loop.go", "loop.py", "10^7-iteration arithmetic loop"),
    "tree": ("tree.go", "tree.py", "binary tree of depth 20: 2M &Node{} allocations, walked twice"),
    "list": ("list.go", "list.py", "linked list of 1M &Node{} allocations: walked, reversed, walked"),
    "binarytrees": ("binarytrees.go", "binarytrees.py", "binary-trees, depth 16 (benchmarks-game rules)"),
}


def timed(cmd, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, **kw)
    return time.perf_counter() - t0, p


def best(n, fn):
    results = [fn() for _ in range(n)]
    return min(results, key=lambda r: r[0])


def govm(path, repeat):
    def once():
        wall, p = timed([sys.executable, "-m", "govm", "run", "--stats", str(path)], cwd=ROOT)
        if p.returncode != 0:
            raise SystemExit(f"govm failed on {path}: {p.stderr.decode()}")
        m = re.search(rb"run ([0-9.]+) s, (\d+) instructions", p.stderr)
        return wall, float(m.group(1)), int(m.group(2)), p.stdout
    return best(repeat, once)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or list(BENCHMARKS)
    have_go = shutil.which("go") is not None
    # warm the Numba cache so that no row pays for compiling the VM
    subprocess.run([sys.executable, "-m", "govm", "run", str(ROOT / "programs" / "hello.go")],
                   capture_output=True, cwd=ROOT)
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="govm-bench-"))
    for name in names:
        gofile, pyfile, desc = BENCHMARKS[name]
        g_wall, g_vm, g_instr, g_out = govm(HERE / gofile, args.repeat)
        py = None
        if pyfile:
            py, p = best(args.repeat, lambda: timed([sys.executable, str(HERE / pyfile)]))
            if p.stdout != g_out:
                raise SystemExit(f"{name}: CPython printed {p.stdout!r}, govm {g_out!r}")
        go = None
        if have_go:
            exe = tmp / name
            env = dict(os.environ, GOFLAGS="", GO111MODULE="off")
            subprocess.run(["go", "build", "-o", str(exe), str(HERE / gofile)], check=True, env=env)
            go, p = best(args.repeat, lambda: timed([str(exe)]))
            if p.stdout != g_out:
                raise SystemExit(f"{name}: Go printed {p.stdout!r}, govm {g_out!r}")
        rows.append((name, desc, g_wall, g_vm, g_instr, py, go))
    shutil.rmtree(tmp, ignore_errors=True)

    def f(x):
        return "-" if x is None else f"{x:.3f}"

    def r(a, b):
        return "-" if a is None or b is None or b == 0 else f"{a / b:.2f}x"

    head = ("benchmark", "govm wall s", "govm VM s", "M instr/s", "CPython s", "Go s",
            "VM/CPython", "wall/CPython", "VM/Go", "wall/Go")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, desc, gw, gv, gi, py, go in rows:
        print(f"| {name} ({desc}) | {f(gw)} | {f(gv)} | {gi / gv / 1e6 if gv else 0:.0f} | {f(py)} | {f(go)} | "
              f"{r(gv, py)} | {r(gw, py)} | {r(gv, go)} | {r(gw, go)} |")


if __name__ == "__main__":
    main()
