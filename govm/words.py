"""Block moves over the VM's flat memory arrays, without allocating.

The VM runs without Numba's reference counting (``jit.vmjit``), so it may not
create arrays, and Numba's slice assignment ``a[i:j] = a[k:l]`` needs a
temporary when the two ranges may overlap.  These loops are memmove: they
copy forward when the destination is below the source and backward
otherwise, so overlapping ranges come out right.  ``mem`` is the int64 view
(indices are word indices), ``mem8`` the uint8 view (byte indices).
"""
from __future__ import annotations

from .jit import vmjit


@vmjit
def move_words(mem, dst, src, n):
    """mem[dst:dst+n] = mem[src:src+n], overlap allowed."""
    if dst <= src:
        for k in range(n):
            mem[dst + k] = mem[src + k]
    else:
        for k in range(n - 1, -1, -1):
            mem[dst + k] = mem[src + k]


@vmjit
def move_bytes(mem8, dst, src, n):
    """mem8[dst:dst+n] = mem8[src:src+n], overlap allowed."""
    if dst <= src:
        for k in range(n):
            mem8[dst + k] = mem8[src + k]
    else:
        for k in range(n - 1, -1, -1):
            mem8[dst + k] = mem8[src + k]

