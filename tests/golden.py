#!/usr/bin/env python3
"""Regenerate the golden outputs of ``programs/*.go`` with the real Go toolchain.

Usage::

    python tests/golden.py            # regenerate every programs/NAME.{out,err,m}
    python tests/golden.py fib hello  # only these programs
    python tests/golden.py --check    # compare instead of writing; exit 1 on a difference
    python tests/golden.py --as-govm run|build [-m] FILE.go
                                      # stand-in for govm, backed by Go (see the end)

For each ``programs/NAME.go`` the program is built with ``go build`` (``GOFLAGS``
removed from the environment, ``GOCACHE`` a temporary-dir cache unless already
set) and the binary is run from the repository root with no standard input.
Building and then running -- rather than ``go run`` -- gives the program's own
exit status (``go run`` exits 1 for every failing program and appends an
``exit status N`` line to stderr); the outputs are otherwise identical.

Files written
-------------
``programs/NAME.out``
    The exact stdout bytes.  Always written (empty when nothing was printed).

``programs/NAME.err``
    Written only when the exit status is not 0 or stderr is not empty (a stale
    one is removed otherwise).  Format::

        exit N\\n
        <expected stderr bytes>

    The first line is ``exit`` and the decimal exit status.  The rest is the
    program's stderr, byte for byte, *normalized* by :func:`normalize_stderr`:

    * everything after the first line that starts with ``goroutine `` (the
      ``goroutine 1 [running]:`` header of a panic or fatal error's traceback)
      is dropped: the frames below it hold addresses, argument words and file
      paths that no other implementation reproduces.  The ``goroutine`` line
      itself is kept and must match exactly.
    * a ``runtime stack:`` block -- Go's own runtime frames, printed by fatal
      errors such as a stack overflow, from the line ``runtime stack:``
      through the blank line that ends it -- is dropped for the same reason.
    * a stderr with no ``goroutine`` line (a program that only wrote with the
      builtins ``print``/``println``) is kept whole.

    So for ``panic("boom")`` after a ``println("x")`` the file reads::

        exit 2
        x
        panic: boom

        goroutine 1 [running]:

How an implementation's run is judged (:func:`stderr_matches`, used by
``tests/test_golden.py``): its stdout must equal ``NAME.out``; its exit status
must equal the ``.err`` file's (0 when there is none); and its stderr,
normalized the same way, must equal the expected stderr line for line --
except for two lines that hold nothing but addresses, which are compared by
their prefix only (:data:`PREFIX_ONLY`):

* ``runtime: sp=`` -- the stack overflow report
  ``runtime: sp=0xc020080338 stack=[0x..., 0x...]``;
* ``[signal SIGSEGV: segmentation violation`` -- the second line of a nil
  pointer dereference panic,
  ``[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48e2d3]``
  (Go's signal code, fault address and program counter).

An expected line starting with one of these prefixes matches any actual line
with the same prefix.  Anything after the ``goroutine`` line (the traceback
itself) is free.  With no ``.err`` file the stderr must be empty.

``programs/NAME.m``
    The escape-analysis diagnostics of the real gc compiler for the program:
    the stderr of ``go build -gcflags='-m -l' -o TMPDIR/NAME programs/NAME.go``
    (``-l``: no inlining, so that each diagnostic is about the function it is
    written in), normalized by :func:`normalize_m`:

    * only lines of the form ``PATH/NAME.go:LINE:COL: message`` are kept
      (``# command-line-arguments`` and anything else is dropped);
    * the path is reduced to the file's base name: ``NAME.go:LINE:COL: message``;
    * duplicates are removed (the diagnostics are a *set*) and the lines are
      sorted by line, then column (numerically), then message;
    * one per line, each ending in ``\n``; an empty file when gc reports nothing.

    For example (``programs/escapes.go``)::

        escapes.go:19:2: moved to heap: p
        escapes.go:24:9: &Point{...} escapes to heap
        escapes.go:34:15: leaking param: p to result ~r0 level=0
        escapes.go:36:15: p does not escape

    ``tests/test_escape_golden.py`` runs ``govm build -m programs/NAME.go`` and
    compares the set of its stderr lines, normalized the same way, with the set
    in ``NAME.m``: order is free, the sets must be equal.

Testing the harnesses
---------------------
``python tests/golden.py --as-govm run FILE.go`` builds FILE.go with Go, runs
it and exits with its status; ``--as-govm build -m FILE.go`` prints gc's
``-m -l`` diagnostics on stderr.  So ::

    GOVM_CMD="python tests/golden.py --as-govm" python -m pytest tests/test_golden.py tests/test_escape_golden.py

runs both golden tests against the real Go toolchain, which must pass: a check
of the harnesses and of the golden files themselves.

If ``go`` is not installed, the script says so and exits 0 without touching
any file.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "programs"

RUN_TIMEOUT = 120
SP_PREFIX = b"runtime: sp="
SIGSEGV_PREFIX = b"[signal SIGSEGV: segmentation violation"
# expected stderr lines compared by their prefix only (all the rest is addresses)
PREFIX_ONLY = (SP_PREFIX, SIGSEGV_PREFIX)
GOROUTINE_PREFIX = b"goroutine "
RUNTIME_STACK = b"runtime stack:"


# ---------------------------------------------------------------- the .err format

def split_lines(data: bytes) -> list[bytes]:
    """Split into lines keeping each line's b'\\n' (a last line may lack it)."""
    return re.findall(rb"[^\n]*\n|[^\n]+$", data)


def normalize_stderr(data: bytes) -> bytes:
    """The part of a program's stderr that is compared (see the module doc)."""
    out = []
    skipping = False
    for line in split_lines(data):
        if skipping:
            if line.strip() == b"":
                skipping = False
            continue
        if line.rstrip(b"\n") == RUNTIME_STACK:
            skipping = True
            continue
        out.append(line)
        if line.startswith(GOROUTINE_PREFIX):
            break
    return b"".join(out)


def format_err(status: int, stderr: bytes) -> bytes:
    """The contents of a NAME.err file."""
    return b"exit %d\n" % status + normalize_stderr(stderr)


def parse_err(data: bytes) -> tuple[int, bytes]:
    """(exit status, expected normalized stderr) from a NAME.err file's bytes."""
    first, _, rest = data.partition(b"\n")
    m = re.fullmatch(rb"exit (-?\d+)", first)
    if not m:
        raise ValueError(f"malformed .err file: first line {first!r} is not 'exit N'")
    return int(m.group(1)), rest


def expected_for(name: str) -> tuple[bytes, int, bytes]:
    """(stdout, exit status, expected stderr) recorded for programs/NAME.go."""
    out = (PROGRAMS / f"{name}.out").read_bytes()
    errf = PROGRAMS / f"{name}.err"
    if errf.exists():
        status, err = parse_err(errf.read_bytes())
    else:
        status, err = 0, b""
    return out, status, err


def stderr_mismatch(expected: bytes, actual: bytes) -> str | None:
    """None when actual stderr matches the expected (normalized) stderr, else
    a short description of the first difference."""
    want = split_lines(expected)
    got = split_lines(normalize_stderr(actual))
    for i, w in enumerate(want):
        if i >= len(got):
            return f"stderr line {i + 1}: expected {w!r}, got end of output"
        g = got[i]
        prefix = next((p for p in PREFIX_ONLY if w.startswith(p)), None)
        if prefix is not None:
            if not g.startswith(prefix):
                return f"stderr line {i + 1}: expected a line starting {prefix!r}, got {g!r}"
            continue
        if w != g:
            return f"stderr line {i + 1}: expected {w!r}, got {g!r}"
    if len(got) > len(want):
        return f"stderr line {len(want) + 1}: unexpected {got[len(want)]!r}"
    return None


def stderr_matches(expected: bytes, actual: bytes) -> bool:
    return stderr_mismatch(expected, actual) is None


# ---------------------------------------------------------------- the .m format

M_LINE = re.compile(r"^(?:.*[/\\])?([^/\\\s:]+\.go):(\d+):(\d+): (.*?)\s*$")


def m_lines(text: str | bytes) -> set[str]:
    """The set of ``NAME.go:LINE:COL: message`` diagnostics in a compiler's
    ``-m`` output: other lines dropped, paths reduced to the base name."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    out = set()
    for line in text.splitlines():
        m = M_LINE.match(line)
        if m:
            out.add(f"{m.group(1)}:{m.group(2)}:{m.group(3)}: {m.group(4)}")
    return out


def _m_key(line: str):
    m = M_LINE.match(line)
    return (m.group(1), int(m.group(2)), int(m.group(3)), m.group(4))


def normalize_m(text: str | bytes) -> str:
    """The contents of a NAME.m file for a compiler's ``-m`` output (module doc)."""
    return "".join(line + "\n" for line in sorted(m_lines(text), key=_m_key))


def parse_m(data: str | bytes) -> set[str]:
    """The set of diagnostics recorded in a NAME.m file."""
    return m_lines(data)


# ---------------------------------------------------------------- running Go

def go_env() -> dict:
    env = dict(os.environ)
    env.pop("GOFLAGS", None)
    if not env.get("GOCACHE"):
        env["GOCACHE"] = os.path.join(tempfile.gettempdir(), "govm-golden-gocache")
    return env


def run_with_go(src: Path, workdir: str, env: dict) -> tuple[bytes, int, bytes]:
    """Build src with go and run it: (stdout, exit status, stderr)."""
    exe = os.path.join(workdir, src.stem)
    b = subprocess.run(["go", "build", "-o", exe, str(src)], cwd=workdir, env=env,
                       capture_output=True)
    if b.returncode != 0:
        raise RuntimeError(f"go build {src.name} failed:\n{b.stderr.decode(errors='replace')}")
    p = subprocess.run([exe], cwd=ROOT, env=env, capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT)
    status = p.returncode
    if status < 0:      # killed by a signal: report it as the shell would
        status = 128 - status
    return p.stdout, status, p.stderr


def escape_with_go(src: Path, workdir: str, env: dict) -> str:
    """gc's escape-analysis diagnostics for src, as the contents of a .m file."""
    exe = os.path.join(workdir, src.stem + ".m.exe")
    b = subprocess.run(["go", "build", "-gcflags=-m -l", "-o", exe, str(src)], cwd=workdir,
                       env=env, capture_output=True)
    if b.returncode != 0:
        raise RuntimeError(f"go build -gcflags='-m -l' {src.name} failed:\n"
                           f"{b.stderr.decode(errors='replace')}")
    return normalize_m(b.stderr)


def as_govm(argv: list[str]) -> int:
    """``--as-govm run FILE`` / ``--as-govm build -m FILE``: behave as govm would,
    with the real Go toolchain doing the work (to check the test harnesses)."""
    if not argv or argv[0] not in ("run", "build"):
        print("usage: golden.py --as-govm run|build [-m] FILE.go", file=sys.stderr)
        return 2
    files = [a for a in argv[1:] if not a.startswith("-")]
    if len(files) != 1:
        print("golden.py --as-govm: exactly one FILE.go", file=sys.stderr)
        return 2
    src = Path(files[0]).resolve()
    env = go_env()
    with tempfile.TemporaryDirectory(prefix="govm-as-go-") as workdir:
        if argv[0] == "build":
            flags = ["-gcflags=-m -l"] if "-m" in argv[1:] else []
            b = subprocess.run(["go", "build", *flags, "-o", os.path.join(workdir, src.stem), str(src)],
                               cwd=workdir, env=env, capture_output=True)
            sys.stderr.write(b.stderr.decode(errors="replace"))
            return 1 if b.returncode else 0
        out, status, err = run_with_go(src, workdir, env)
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
        sys.stderr.buffer.write(err)
        sys.stderr.flush()
        return status


def main(argv: list[str]) -> int:
    if argv[:1] == ["--as-govm"]:
        return as_govm(argv[1:])
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("-")]
    if shutil.which("go") is None:
        print("golden.py: the go toolchain is not installed; nothing regenerated")
        return 0
    srcs = sorted(PROGRAMS.glob("*.go"))
    if names:
        srcs = [s for s in srcs if s.stem in names]
        missing = set(names) - {s.stem for s in srcs}
        if missing:
            print(f"golden.py: no such program(s): {', '.join(sorted(missing))}")
            return 1
    env = go_env()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="govm-golden-") as workdir:
        for src in srcs:
            name = src.stem
            try:
                out, status, err = run_with_go(src, workdir, env)
                m_data = escape_with_go(src, workdir, env).encode()
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                print(f"{name}: ERROR {e}")
                failures += 1
                continue
            outf, errf = PROGRAMS / f"{name}.out", PROGRAMS / f"{name}.err"
            mf = PROGRAMS / f"{name}.m"
            err_data = format_err(status, err) if (status != 0 or err) else None
            if check:
                ok = (outf.exists() and outf.read_bytes() == out
                      and (errf.read_bytes() if errf.exists() else None) == err_data
                      and mf.exists() and mf.read_bytes() == m_data)
                print(f"{name}: {'ok' if ok else 'DIFFERS'}")
                failures += not ok
                continue
            outf.write_bytes(out)
            if err_data is not None:
                errf.write_bytes(err_data)
            elif errf.exists():
                errf.unlink()
            mf.write_bytes(m_data)
            print(f"{name}: exit {status}, {len(out)} bytes of stdout"
                  + (f", {len(err_data)} bytes in {errf.name}" if err_data is not None else "")
                  + f", {len(m_data.splitlines())} diagnostics in {mf.name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
