"""The stack allocator, and finding a function by pc.

Goroutine stacks come from the stack region of the reservation
(``layout.STACK_BASE``), never from the heap: sizes are ``STACK_MIN << k``,
freed stacks wait on a free list per size (linked through their first
word) and are reused before fresh address space is carved off.  The VM
(growth, shrinking), the scheduler (new and dead goroutines) and the
collector (frame walks) all use these helpers.
"""
from __future__ import annotations

from .jit import vmjit
from .layout import *  # noqa: F401,F403


@vmjit
def stack_order(size):
    o = 0
    s = STACK_MIN
    while s < size:
        s <<= 1
        o += 1
    return o


@vmjit
def stackalloc(mem, st, size):
    """A stack of ``size`` bytes (STACK_MIN << k) from the stack region; 0 when exhausted.

    Freed stacks wait on a free list per size (linked through their first
    word) and are reused before fresh address space is carved off.
    """
    o = stack_order(size)
    head = st[ST_FREE0 + o]
    if head != 0:
        st[ST_FREE0 + o] = mem[head >> 3]
        mem[head >> 3] = 0
        st[ST_STACK_INUSE] += size
        return head
    p = st[ST_STACK_BUMP]
    if p + size > st[ST_STACK_END]:
        return 0
    st[ST_STACK_BUMP] = p + size
    st[ST_STACK_INUSE] += size
    return p


@vmjit
def stackfree(mem, st, lo, size):
    o = stack_order(size)
    mem[lo >> 3] = st[ST_FREE0 + o]
    st[ST_FREE0 + o] = lo
    st[ST_STACK_INUSE] -= size


@vmjit
def func_at(ftab, pc):
    """Index of the function whose code holds pc (functions are laid out in order)."""
    lo = 0
    hi = ftab.shape[0] - 1
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if ftab[mid, F_ENTRY] <= pc:
            lo = mid
        else:
            hi = mid - 1
    return lo


