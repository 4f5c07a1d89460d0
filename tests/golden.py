#!/usr/bin/env python3
"""Regenerate the golden outputs of ``programs/*.go`` with the real Go toolchain.

Usage::

    python tests/golden.py            # regenerate every programs/NAME.{out,err}
    python tests/golden.py fib hello  # only these programs
    python tests/golden.py --check    # compare instead of writing; exit 1 on a difference

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
except that an expected line starting with ``runtime: sp=`` (the stack
overflow report ``runtime: sp=0xc020080338 stack=[0x..., 0x...]``, all
addresses) matches any actual line with that same prefix.  Anything after the
``goroutine`` line (the traceback itself) is free.  With no ``.err`` file the
stderr must be empty.

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
        if w.startswith(SP_PREFIX):
            if not g.startswith(SP_PREFIX):
                return f"stderr line {i + 1}: expected a line starting {SP_PREFIX!r}, got {g!r}"
            continue
        if w != g:
            return f"stderr line {i + 1}: expected {w!r}, got {g!r}"
    if len(got) > len(want):
        return f"stderr line {len(want) + 1}: unexpected {got[len(want)]!r}"
    return None


def stderr_matches(expected: bytes, actual: bytes) -> bool:
    return stderr_mismatch(expected, actual) is None


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


def main(argv: list[str]) -> int:
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
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                print(f"{name}: ERROR {e}")
                failures += 1
                continue
            outf, errf = PROGRAMS / f"{name}.out", PROGRAMS / f"{name}.err"
            err_data = format_err(status, err) if (status != 0 or err) else None
            if check:
                ok = (outf.exists() and outf.read_bytes() == out
                      and (errf.read_bytes() if errf.exists() else None) == err_data)
                print(f"{name}: {'ok' if ok else 'DIFFERS'}")
                failures += not ok
                continue
            outf.write_bytes(out)
            if err_data is not None:
                errf.write_bytes(err_data)
            elif errf.exists():
                errf.unlink()
            print(f"{name}: exit {status}, {len(out)} bytes of stdout"
                  + (f", {len(err_data)} bytes in {errf.name}" if err_data is not None else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
