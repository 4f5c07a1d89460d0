"""Numba set-up: one cache directory per version of the jitted sources.

Numba's ``cache=True`` keys a cached function on its own source file only,
so a change to a module it reads constants from (``opcodes``, ``layout``)
would leave stale machine code in the cache.  We therefore point Numba's
cache at a directory named by a hash of every module the jitted code is
built from; any edit to one of them selects a fresh directory.  ``make
clean`` removes the whole cache root.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# modules whose source is compiled by Numba or frozen into compiled code
JIT_SOURCES = ("vm.py", "sched.py", "gc.py", "stacks.py", "opcodes.py", "layout.py", "jit.py", "heap.py", "words.py")


def _cache_root() -> Path:
    env = os.environ.get("GOVM_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "govm"


def sources_hash() -> str:
    h = hashlib.sha1()
    for name in JIT_SOURCES:
        h.update(name.encode())
        h.update((_HERE / name).read_bytes())
    import numba
    h.update(numba.__version__.encode())
    h.update(sys.version.encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    return _cache_root() / ("numba-" + sources_hash())


def _import_numba():
    """Import Numba without SciPy: Numba imports SciPy at start-up and probes its
    BLAS when its array-math module loads (a quarter of a second when SciPy is
    installed); govm never uses either, so SciPy is made unimportable meanwhile."""
    blocked = "scipy" not in sys.modules
    if blocked:
        sys.modules["scipy"] = None
    try:
        import numba
        import numba.np.arraymath  # noqa: F401
    finally:
        if blocked:
            del sys.modules["scipy"]
    return numba


def _configure():
    numba = _import_numba()
    d = cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        probe = d / ".w"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        d = Path(tempfile.gettempdir()) / f"govm-{os.getuid()}" / d.name
        d.mkdir(parents=True, exist_ok=True)
    os.environ["NUMBA_CACHE_DIR"] = str(d)
    numba.config.CACHE_DIR = str(d)
    return d


CACHE_DIR = _configure()

from numba import njit  # noqa: E402  (after the cache directory is set)

# The decorator of all the VM's jitted code (vm, sched, gc, stacks, heap).
# None of it allocates, so it runs without Numba's reference counting: with it
# on, every call between jitted functions increments and decrements the count
# of each array argument with an atomic instruction, which measured here at
# 28 ns per call -- more than twice what allocating an object costs.
vmjit = njit(cache=True, error_model='numpy', _nrt=False)
# For the few fast paths the dispatch loop runs per instruction (allocation):
# inlined into the caller in Numba's IR, which saves passing each array as
# about eight scalars on every call.
vminline = njit(cache=True, error_model='numpy', _nrt=False, inline='always')


def is_cached(dispatcher) -> bool:
    """True when the Numba cache already holds compiled code for ``dispatcher``."""
    try:
        impl = dispatcher._cache._impl
        index = Path(impl.locator.get_cache_path()) / (impl.filename_base + ".nbi")
        return index.exists()
    except Exception:
        return False


__all__ = ["njit", "vmjit", "vminline", "CACHE_DIR", "is_cached"]
