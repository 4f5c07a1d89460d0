"""The garbage collector: precise (mostly), non-moving, stop-the-world mark-sweep.

A collection runs inside the jitted loop, at an allocating instruction, when
the live heap has reached the pacer's goal (``st[ST_NEXT_GC]``), or when the
program calls ``runtime.GC()``.  It is Go's algorithm without the
concurrency: mark everything reachable from the roots, then sweep every span
(``heap.sweep_all``), freeing what is unmarked.

Roots
-----
* the package-level variables: the words the compiler lists as pointers;
* every goroutine's stack, precisely: frames stopped at a call with the
  stack map the compiler recorded for that call (the maps ``copy_stack``
  adjusts pointers with), the innermost frame with the map of the safepoint
  it stopped at (the allocation that triggered the collection, a blocking
  channel operation, a preemption point).  A frame stopped where there is
  no map is scanned conservatively, every word of it;
* everything else -- channel buffers and the values blocked senders hold
  (in their frames), closure contexts, defer records, boxed interface
  values -- is a heap object or frame word reached from those roots.

Objects are scanned with the pointer bitmap the allocator wrote from their
type; an interior pointer marks its whole object (``heap.mark_object`` finds
the object's base).  Any word is validated before it is followed: a stale
pointer in a dead stack slot, or an integer that looks like an address, marks
at most an object that happens to be allocated there, and never crashes.

Pacing is Go's GOGC: the next collection starts when the heap has grown by
GOGC percent over what the last one left live, and never below 4 MB.  The
live heap the pacer watches is the heap's ``H_LIVE``, Go's ``heapLive``:
allocations are counted a span at a time, so a collection begins by taking
every span class's current span back (``uncache_all``), after which the
figure is exact.

Each collection measures its mark and sweep phases with ``clock_gettime``
(``monotonic_ns``, called from the jitted code) for the gctrace line.  The
mark loop reads the heap's pointer bitmap a 64-bit word at a time, and
``shade`` (with ``heap.mark_object``) is inlined into it.
"""
from __future__ import annotations

import numpy as np

from .jit import vminline, vmjit
from .layout import *  # noqa: F401,F403
from .stacks import func_at
from .heap import H_BASE, H_END, H_LIVE, H_PBBIT, mark_object, sweep_all, uncache_all
from numba.cpython.unsafe.numbers import trailing_zeros
from numba.core import cgutils, types as nbtypes
from numba.extending import intrinsic
from llvmlite import ir

GC_MIN_GOAL = 4 << 20


@vminline
def heap_live(H):
    """The pacer's live heap: Go's heapLive (current spans count whole)."""
    return H[0][H_LIVE]


@vminline
def gc_due(H, st):
    if st[ST_GC_SKIP] != 0:
        st[ST_GC_SKIP] = 0
        return False
    return st[ST_GC_STRESS] != 0 or (st[ST_GOGC] >= 0 and heap_live(H) >= st[ST_NEXT_GC])


@vminline
def shade(H, work, v):
    """Mark the object v points into (if any, not yet marked) and queue it for scanning.
    Returns False when the work queue overflowed."""
    m = H[0]
    if v < m[H_BASE] or v >= m[H_END]:
        return True
    base, size, noscan = mark_object(H, v)
    if base == 0 or noscan != 0:
        return True
    n = work[0]
    if n + 2 >= work.shape[0]:
        return False
    work[n + 1] = base
    work[n + 2] = size
    work[0] = n + 2
    return True


@vmjit
def scan_words(mem, H, work, lo_w, hi_w):
    """Conservatively shade every word in mem[lo_w:hi_w]."""
    ok = True
    for w in range(lo_w, hi_w):
        ok = shade(H, work, mem[w]) and ok
    return ok


@vmjit
def scan_stack(mem, H, work, gs, ftab, fargs, smaps, smidx, g):
    """Shade the roots in goroutine g's frames."""
    ok = True
    pc = gs[g, G_PC]
    fp = gs[g, G_FP]
    hi = gs[g, G_HI]
    # innermost frame: by the stack map of the instruction it stopped at (a
    # safepoint), or conservatively -- its whole frame and arguments -- if none
    f = func_at(ftab, pc)
    w = fp >> 3
    k = smidx[pc]
    if k >= 0:
        for i in range(smaps[k]):
            ok = shade(H, work, mem[w + smaps[k + 1 + i]]) and ok
    else:
        lo_w = w - (ftab[f, F_FRAME] >> 3)
        if lo_w < (gs[g, G_LO] >> 3):
            lo_w = gs[g, G_LO] >> 3
        top = w + fargs[f]
        if top > (hi >> 3):
            top = hi >> 3
        ok = scan_words(mem, H, work, lo_w, top) and ok
    # outer frames: precisely, with the stack map of the call they wait in
    while True:
        rpc = mem[w - 1]
        if rpc < 0:
            break
        fp = hi - mem[w - 2]
        w = fp >> 3
        k = smidx[rpc - 3]
        if k >= 0:
            for i in range(smaps[k]):
                ok = shade(H, work, mem[w + smaps[k + 1 + i]]) and ok
    return ok


@vmjit
def drain(mem, H, work):
    """Scan queued objects until none is left: their pointer words, read from
    the heap's pointer bitmap a 64-bit word at a time."""
    ok = True
    b = H[1]
    d = H[0][H_PBBIT]              # bit index of heap word w: d + w
    while work[0] > 0:
        n = work[0]
        i = d + (work[n - 1] >> 3)
        e = i + (work[n] >> 3)
        work[0] = n - 2
        while i < e:
            bits = b[i >> 6] >> np.uint64(i & 63)
            if bits == np.uint64(0):
                i = (i | 63) + 1
                continue
            i += np.int64(trailing_zeros(bits))
            if i >= e:
                break
            ok = shade(H, work, mem[i - d]) and ok
            i += 1
    return ok


@intrinsic
def monotonic_ns(typingctx):
    """CLOCK_MONOTONIC in nanoseconds: libc's clock_gettime, which LLVM resolves
    by name when it links the code (so the cached machine code stays valid)."""
    def codegen(context, builder, signature, args):
        i64 = ir.IntType(64)
        i32 = ir.IntType(32)
        tsty = ir.ArrayType(i64, 2)
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(i32, [i32, tsty.as_pointer()]),
                                            "clock_gettime")
        ts = cgutils.alloca_once(builder, tsty)
        builder.call(fn, [ir.Constant(i32, 1), ts])     # CLOCK_MONOTONIC
        sec = builder.load(builder.gep(ts, [ir.Constant(i32, 0), ir.Constant(i32, 0)]))
        nsec = builder.load(builder.gep(ts, [ir.Constant(i32, 0), ir.Constant(i32, 1)]))
        return builder.add(builder.mul(sec, ir.Constant(i64, 1000000000)), nsec)
    return nbtypes.int64(), codegen


@vmjit
def collect(mem, H, st, gs, ftab, fargs, smaps, smidx, gptrs, work):
    """One full collection; returns False if the mark queue overflowed (then
    nothing was freed).  Updates the pacer and the statistics in st."""
    t0 = monotonic_ns()
    before = heap_live(H)
    uncache_all(H)
    work[0] = 0
    ok = True
    gbase = st[ST_GLOBALS]
    for i in range(gptrs.shape[0]):
        ok = shade(H, work, mem[gbase + gptrs[i]]) and ok
    nstacks = 0
    for g in range(st[ST_GUSED]):
        s = gs[g, G_STATUS]
        if s == GSTATUS_RUNNING or s == GSTATUS_RUNNABLE or s == GSTATUS_WAITING:
            ok = scan_stack(mem, H, work, gs, ftab, fargs, smaps, smidx, g) and ok
            nstacks += 1
            ok = drain(mem, H, work) and ok
    ok = drain(mem, H, work) and ok
    if not ok:
        return False
    t1 = monotonic_ns()
    freed = sweep_all(H, mem, st[ST_GC_STRESS])
    t2 = monotonic_ns()
    st[ST_GC_START_NS] = t0
    st[ST_GC_MARK_NS] = t1 - t0
    st[ST_GC_SWEEP_NS] = t2 - t1
    st[ST_GC_TOTAL_NS] += t2 - t0
    live = heap_live(H)
    goal = live + live * st[ST_GOGC] // 100
    if goal < GC_MIN_GOAL:
        goal = GC_MIN_GOAL
    st[ST_NEXT_GC] = goal
    st[ST_NUMGC] += 1
    st[ST_GC_BEFORE] = before
    st[ST_GC_AFTER] = live
    st[ST_GC_STACKS] = nstacks
    st[ST_GC_FREED] = freed
    return True
