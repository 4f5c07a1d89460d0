"""The golden program suite once more under both stress modes together:
GOVM_STRESS_STACK=1 (every MORESTACK moves the stack, the old one poisoned)
and GOVM_STRESS_GC=1 (a full collection at every allocation, every freed
object overwritten with 0xDEADBEEF...).  Every
program must print exactly what it prints normally -- what real Go prints.
These modes exist to turn silent corruption (a pointer a stack copy missed,
an object the collector freed while reachable) into a visible difference."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import golden  # noqa: E402

# Moving the whole stack at every call is quadratic in the stack's depth:
# these two exist to recurse a million frames deep and to overflow a 1 GB
# stack, which no stress run can afford.
TOO_DEEP = {"deeprec", "overflow"}

PROGRAMS = sorted(p.stem for p in (ROOT / "programs").glob("*.go")
                  if p.stem not in TOO_DEEP and p.with_suffix(".out").exists())


@pytest.mark.parametrize("name", PROGRAMS)
def test_program_under_stress(name):
    want_out, want_status, _ = golden.expected_for(name)
    env = dict(os.environ, GOVM_STRESS_STACK="1", GOVM_STRESS_GC="1")
    p = subprocess.run([sys.executable, "-m", "govm", "run", f"programs/{name}.go"], cwd=ROOT, env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
    assert p.returncode == want_status, p.stderr.decode(errors="replace")[-3000:]
    assert p.stdout == want_out
