"""Run every programs/NAME.go under govm and compare with Go's recorded output.

For each program: ``$GOVM_CMD run programs/NAME.go`` (default ``GOVM_CMD`` is
``<this python> -m govm``), from the repository root, no stdin, 120 s
timeout.  It passes when

* stdout equals ``programs/NAME.out`` byte for byte;
* the exit status equals the one in ``programs/NAME.err`` (0 without one);
* stderr matches per ``tests/golden.py`` (see its docstring): after the same
  normalization (keep up to the first ``goroutine `` line, drop a
  ``runtime stack:`` block) the lines are equal, except for two lines made
  of addresses that are compared by their prefix only: the
  ``runtime: sp=...`` line of a stack overflow, and the
  ``[signal SIGSEGV: segmentation violation code=... addr=0x0 pc=...]``
  line that follows the panic message of a nil pointer dereference.
  The traceback after ``goroutine 1 [running]:`` is not compared.
  Without a ``.err`` file stderr must be empty.

``GOVM_CMD`` lets the harness be pointed at another implementation:
``GOVM_CMD="python tests/golden.py --as-govm"`` runs every program with the
real Go toolchain (a check of the harness and of the golden files).
The golden files are regenerated with ``python tests/golden.py``.
"""
from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("govm_golden", Path(__file__).with_name("golden.py"))
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

PROGRAMS = sorted(p.stem for p in (ROOT / "programs").glob("*.go"))
TIMEOUT = 120


def govm_cmd() -> list[str]:
    cmd = os.environ.get("GOVM_CMD")
    if cmd:
        return shlex.split(cmd)
    return [sys.executable, "-m", "govm"]


def _tail(b: bytes, n: int = 1500) -> str:
    s = b.decode("utf-8", "replace")
    return s if len(s) <= n else "..." + s[-n:]


def _first_diff(want: bytes, got: bytes) -> str:
    wl, gl = golden.split_lines(want), golden.split_lines(got)
    for i, (w, g) in enumerate(zip(wl, gl)):
        if w != g:
            return f"first difference at stdout line {i + 1}:\n  expected {w!r}\n  got      {g!r}"
    if len(wl) != len(gl):
        i = min(len(wl), len(gl))
        extra = (wl if len(wl) > len(gl) else gl)[i]
        who = "missing" if len(wl) > len(gl) else "unexpected"
        return f"stdout line {i + 1} {who}: {extra!r} ({len(wl)} lines expected, {len(gl)} got)"
    return "stdout differs"


def test_every_program_has_golden_output():
    assert PROGRAMS, "no programs/*.go found"
    missing = [n for n in PROGRAMS if not (ROOT / "programs" / f"{n}.out").exists()]
    assert not missing, f"run `python tests/golden.py`: no .out for {missing}"


@pytest.mark.parametrize("name", PROGRAMS)
def test_program(name):
    want_out, want_status, want_err = golden.expected_for(name)
    p = subprocess.run(govm_cmd() + ["run", f"programs/{name}.go"], cwd=ROOT,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    context = f"\n--- govm exit status {p.returncode}, stderr:\n{_tail(p.stderr)}"
    if p.stdout != want_out:
        pytest.fail(_first_diff(want_out, p.stdout) + context)
    assert p.returncode == want_status, \
        f"exit status {p.returncode}, expected {want_status}" + context
    problem = golden.stderr_mismatch(want_err, p.stderr)
    if problem:
        pytest.fail(problem + context)


# ---------------------------------------------------------------- the comparison rules themselves

OVERFLOW = (b"runtime: goroutine stack exceeds 1000000000-byte limit\n"
            b"runtime: sp=0xc020080360 stack=[0xc020080000, 0xc040080000]\n"
            b"fatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x499dc3?, 0x516880?})\n"
            b"\t/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7fff sp=0x7ff pc=0x43\n\n"
            b"goroutine 1 [running]:\nmain.deep(0x5d1739?)\n\t/tmp/overflow.go:5 +0xc5\n")


def test_normalize_and_match_rules():
    want = golden.normalize_stderr(OVERFLOW)
    assert want == (b"runtime: goroutine stack exceeds 1000000000-byte limit\n"
                    b"runtime: sp=0xc020080360 stack=[0xc020080000, 0xc040080000]\n"
                    b"fatal error: stack overflow\n\ngoroutine 1 [running]:\n")
    # another run: other addresses, no runtime stack block, its own traceback
    other = (b"runtime: goroutine stack exceeds 1000000000-byte limit\n"
             b"runtime: sp=0x1 stack=[0x0, 0x2]\nfatal error: stack overflow\n\n"
             b"goroutine 1 [running]:\nmain.grow(...)\n")
    assert golden.stderr_matches(want, other)
    assert not golden.stderr_matches(want, other.replace(b"goroutine 1", b"goroutine 2"))
    assert not golden.stderr_matches(want, other.replace(b"runtime: sp=", b"runtime: pc="))
    assert not golden.stderr_matches(want, other.replace(b"fatal error", b"fatal  error"))
    assert not golden.stderr_matches(want, b"")
    panic = b"x\npanic: boom\n\ngoroutine 1 [running]:\n"
    assert golden.stderr_matches(panic, panic + b"main.main()\n\t/a.go:3 +0x1d\nexit status 2\n")
    assert not golden.stderr_matches(panic, b"panic: boom\n\ngoroutine 1 [running]:\n")
    # print/println output only: compared whole, byte for byte (last line may lack \n)
    assert golden.stderr_matches(b"a\nb", b"a\nb")
    assert not golden.stderr_matches(b"a\nb", b"a\nb\n")
    assert not golden.stderr_matches(b"a\n", b"a\nextra\n")
    assert golden.stderr_matches(b"", b"")
    assert not golden.stderr_matches(b"", b"warning\n")


NILDEREF = (b"3\npanic: runtime error: invalid memory address or nil pointer dereference\n"
            b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48e2d3]\n\n"
            b"goroutine 1 [running]:\nmain.main()\n\t/tmp/nil.go:9 +0x13\nexit status 2\n")


def test_nil_dereference_signal_line():
    want = golden.normalize_stderr(NILDEREF)
    assert want.endswith(b"pc=0x48e2d3]\n\ngoroutine 1 [running]:\n")
    # another pc, another signal code: the same
    assert golden.stderr_matches(want, NILDEREF.replace(b"pc=0x48e2d3", b"pc=0x0")
                                 .replace(b"code=0x1", b"code=0x2"))
    assert golden.stderr_matches(want, NILDEREF.replace(
        b"code=0x1 addr=0x0 pc=0x48e2d3]", b"code=0x80 addr=0x0 pc=0x401000]"))
    # but the line must be there, with its prefix, and the rest still counts
    assert not golden.stderr_matches(want, NILDEREF.replace(b"[signal SIGSEGV", b"[signal SIGBUS"))
    assert not golden.stderr_matches(want, NILDEREF.replace(
        b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48e2d3]\n", b""))
    assert not golden.stderr_matches(want, NILDEREF.replace(b"nil pointer", b"nil  pointer"))
    assert not golden.stderr_matches(want, NILDEREF.replace(b"3\npanic", b"4\npanic"))


def test_err_file_format():
    data = golden.format_err(2, OVERFLOW)
    assert data.startswith(b"exit 2\nruntime: goroutine stack exceeds")
    status, err = golden.parse_err(data)
    assert status == 2 and err == golden.normalize_stderr(OVERFLOW)
    assert golden.parse_err(b"exit 0\n") == (0, b"")
