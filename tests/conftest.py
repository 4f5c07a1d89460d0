import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_govm(args, input_src=None, tmp_path=None, env=None, timeout=300):
    """Run the govm CLI in a subprocess; returns CompletedProcess (bytes)."""
    cmd = [sys.executable, "-m", "govm", *args]
    e = dict(os.environ)
    if env:
        e.update(env)
    return subprocess.run(cmd, capture_output=True, cwd=ROOT, env=e, timeout=timeout)


@pytest.fixture
def govm(tmp_path):
    """govm(src, *flags, cmd='run', env=None) -> CompletedProcess for a Go source string."""
    def go(src, *flags, cmd="run", env=None, name="prog.go"):
        p = tmp_path / name
        p.write_text(src)
        return run_govm([cmd, *flags, str(p)], env=env)
    return go


def pytest_sessionstart(session):
    """Compile (or load) the VM once before any test runs, so that the one-line
    'compiling the VM' notice of a first run never lands in a test's output."""
    subprocess.run([sys.executable, "-m", "govm", "run", str(ROOT / "programs" / "hello.go")],
                   cwd=ROOT, capture_output=True, timeout=900)
