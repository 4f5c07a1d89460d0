"""govm's escape analysis against gc's, program by program.

For each ``programs/NAME.go`` that has a ``programs/NAME.m`` (gc's
``-gcflags='-m -l'`` diagnostics, written by ``tests/golden.py``; the format is
in its docstring): run ``$GOVM_CMD build -m programs/NAME.go`` (default
``GOVM_CMD`` is ``<this python> -m govm``) from the repository root, no stdin,
120 s timeout.  It passes when

* the exit status is 0, and
* the *set* of its stderr lines of the form ``PATH/NAME.go:LINE:COL: message``,
  paths reduced to the base name (``golden.m_lines``; every other line is
  ignored), equals the set in ``NAME.m``.  Order and duplicates do not matter.

On a failure the report lists the diagnostics gc gives that govm does not
("missing") and the ones govm gives that gc does not ("unexpected").

``GOVM_CMD`` points the harness at another implementation; with
``GOVM_CMD="python tests/golden.py --as-govm"`` it runs the real Go toolchain,
which must pass (a check of the harness and of the .m files).
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
_spec = importlib.util.spec_from_file_location("govm_golden_m", Path(__file__).with_name("golden.py"))
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

PROGRAMS = sorted(p.stem for p in (ROOT / "programs").glob("*.go")
                  if p.with_suffix(".m").exists())
TIMEOUT = 120
SHOW = 40       # at most this many lines of each kind in a failure report


def govm_cmd() -> list[str]:
    cmd = os.environ.get("GOVM_CMD")
    if cmd:
        return shlex.split(cmd)
    return [sys.executable, "-m", "govm"]


def _listing(title: str, lines: set[str]) -> str:
    ordered = sorted(lines, key=golden._m_key)
    more = f"\n    ... and {len(ordered) - SHOW} more" if len(ordered) > SHOW else ""
    return f"\n  {title} ({len(ordered)}):\n" + "".join(f"    {x}\n" for x in ordered[:SHOW]) + more


def test_every_program_has_escape_golden():
    missing = [p.stem for p in (ROOT / "programs").glob("*.go") if not p.with_suffix(".m").exists()]
    assert not missing, f"run `python tests/golden.py`: no .m for {sorted(missing)}"


@pytest.mark.parametrize("name", PROGRAMS)
def test_escape(name):
    want = golden.parse_m((ROOT / "programs" / f"{name}.m").read_bytes())
    p = subprocess.run(govm_cmd() + ["build", "-m", f"programs/{name}.go"], cwd=ROOT,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace")
        pytest.fail(f"`build -m programs/{name}.go` exited {p.returncode}:\n{err[-1500:]}")
    got = golden.m_lines(p.stderr)
    if got != want:
        pytest.fail(f"escape diagnostics differ from gc's for {name}.go"
                    + (_listing("missing (gc reports, govm does not)", want - got) if want - got else "")
                    + (_listing("unexpected (govm reports, gc does not)", got - want) if got - want else ""))


# ---------------------------------------------------------------- the normalization itself

def test_m_normalization():
    gc = (b"# command-line-arguments\n"
          b"./prog.go:12:2: moved to heap: p\n"
          b"./prog.go:9:13: ... argument does not escape\n"
          b"/home/u/src/prog.go:9:14: \"x\" escapes to heap\n"
          b"./prog.go:9:13: ... argument does not escape\n"
          b"note: not a diagnostic\n")
    assert golden.normalize_m(gc) == ('prog.go:9:13: ... argument does not escape\n'
                                      'prog.go:9:14: "x" escapes to heap\n'
                                      'prog.go:12:2: moved to heap: p\n')
    other = (b"programs/prog.go:12:2: moved to heap: p\n"
             b"prog.go:9:14: \"x\" escapes to heap\n"
             b"prog.go:9:13: ... argument does not escape\n")
    assert golden.m_lines(other) == golden.parse_m(golden.normalize_m(gc))
    assert golden.m_lines(other.replace(b":12:2:", b":12:3:")) != golden.parse_m(golden.normalize_m(gc))
    assert golden.normalize_m(b"") == "" and golden.parse_m("") == set()
