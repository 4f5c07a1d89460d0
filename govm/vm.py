"""The virtual machine: one jitted dispatch loop over flat arrays.

``run`` executes the running goroutine's instructions until the program ends
or something needs Python (library I/O, a panic's report, a fatal error, a
full event buffer); it then stores ``pc`` and ``fp`` back into the G record
and returns an ``EXIT_*`` reason.  ``govm.runtime`` does what was asked and
calls ``run`` again, which resumes exactly where it stopped.

State
-----
``mem``/``memf``/``mem8`` are three views (int64, float64, uint8) of the one
mmap'd address range described in ``govm.layout``.  Registers are frame
slots, read as ``mem[fpw + operand]`` with ``fpw`` the frame pointer in
words.  ``st`` holds the runtime's scalar state, ``gs`` the G records,
``ftab`` the function table (entry pc, frame size), ``ev`` the event buffer
that ``--trace-stacks`` is printed from (no printing happens in here).

Calls never recurse in the host.  ``CALL f, a`` makes the address of R[a]
the callee's frame pointer: the arguments and result slots the caller laid
out there become the callee's R[0], R[1], ...; CALL stores the return pc at
R[-1] and the frame link at R[-2].  The link is the caller's frame pointer
as a distance from the top of the stack (``hi - fp``), not an address, so a
copied stack needs no link rebased: that is what lets ``copy_stack`` move a
stack with one memmove.  ``RET`` reads both back.

The loop keeps ``pc``, ``fpw`` and the stack top ``hi`` in locals and
reloads them from the G record after anything that can move the stack
(``morestack``) -- the discipline of Lua's ``luaD_reallocstack``.

Go semantics that Python and LLVM do not give for free are spelled out in
helpers: truncated division, shifts by counts >= 64, int64 overflow on
``MinInt64 / -1``, float-to-integer conversion of out-of-range values.
"""
from __future__ import annotations

import numpy as np

from .jit import vmjit
from .words import move_bytes, move_words
from .opcodes import *  # noqa: F401,F403  opcode numbers are compile-time constants here
from .layout import *   # noqa: F401,F403
from .sched import (BLOCKED, chanrecv, chansend, closechan, goexit, makechan, mutex_lock, mutex_unlock,
                    newproc, runq_get, runq_put, rwmutex_lock, rwmutex_unlock, selectgo, wg_add, wg_wait)
from .gc import collect, gc_due
from .stacks import func_at, stack_order, stackalloc, stackfree  # noqa: F401
from .heap import H_BASE, H_FRESH, PAGE, alloc_small, find_object, heap_alloc, next_pointer_word, roundupsize as heap_roundupsize

MIN_INT64 = -(1 << 63)
U = np.uint64   # unsigned indices: Numba skips the negative-index wraparound for them


# ---------------------------------------------------------------- integer helpers

@vmjit
def idiv(a, b):
    """Go's truncated division; b != 0.  MinInt64 / -1 wraps to MinInt64."""
    if b == -1:
        return -a
    q = a // b
    if q * b != a and (a < 0) != (b < 0):
        q += 1
    return q


@vmjit
def irem(a, b):
    """Go's remainder (sign of the dividend); b != 0."""
    if b == -1:
        return 0
    return a - idiv(a, b) * b


@vmjit
def narrow(v, kind):
    """Sign- or zero-extend the low bits of v as the EXT kinds say."""
    if kind == EXT_I8:
        return (v << 56) >> 56
    if kind == EXT_I16:
        return (v << 48) >> 48
    if kind == EXT_I32:
        return (v << 32) >> 32
    if kind == EXT_U8:
        return v & 0xFF
    if kind == EXT_U16:
        return v & 0xFFFF
    return v & 0xFFFFFFFF


@vmjit
def shl(a, c):
    if c < 0 or c >= 64:
        return 0
    return a << c


@vmjit
def shrs(a, c):
    if c < 0 or c >= 64:
        c = 63
    return a >> c


@vmjit
def shru(a, c):
    if c < 0 or c >= 64:
        return 0
    return np.int64(np.uint64(a) >> np.uint64(c))


@vmjit
def f2i(x):
    """float64 -> int64 as amd64's CVTTSD2SQ: out of range and NaN give MinInt64."""
    if x > -9.223372036854775808e18 and x < 9.223372036854775808e18:
        return np.int64(x)
    return MIN_INT64


@vmjit
def f2u(x):
    """float64 -> uint64 as gc compiles it on amd64."""
    if x < 9.223372036854775808e18:
        return f2i(x)
    return f2i(x - 9.223372036854775808e18) ^ MIN_INT64


# ---------------------------------------------------------------- strings

@vmjit
def str_cmp(mem8, pa, la, pb, lb):
    """-1, 0 or 1 comparing two byte strings."""
    n = la if la < lb else lb
    for i in range(n):
        x = mem8[pa + i]
        y = mem8[pb + i]
        if x != y:
            return -1 if x < y else 1
    if la == lb:
        return 0
    return -1 if la < lb else 1


@vmjit
def str_eq(mem8, pa, la, pb, lb):
    if la != lb:
        return False
    if pa == pb:
        return True
    for i in range(la):
        if mem8[pa + i] != mem8[pb + i]:
            return False
    return True


@vmjit
def str_concat(mem, mem8, H, pa, la, pb, lb):
    """Returns the address of a new string holding a+b (0 on out of memory)."""
    p = heap_alloc(mem, H, la + lb, 0)
    if p == 0:
        return 0
    move_bytes(mem8, p, pa, la)
    move_bytes(mem8, p + la, pb, lb)
    return p


@vmjit
def rune_string(mem, mem8, H, r):
    """UTF-8 encoding of rune r in a new heap string; returns (address, length)."""
    if r < 0 or r > 0x10FFFF or (0xD800 <= r <= 0xDFFF):
        r = 0xFFFD
    if r < 0x80:
        n = 1
    elif r < 0x800:
        n = 2
    elif r < 0x10000:
        n = 3
    else:
        n = 4
    p = heap_alloc(mem, H, n, 0)
    if p == 0:
        return 0, 0
    if n == 1:
        mem8[p] = r
    elif n == 2:
        mem8[p] = 0xC0 | (r >> 6)
        mem8[p + 1] = 0x80 | (r & 0x3F)
    elif n == 3:
        mem8[p] = 0xE0 | (r >> 12)
        mem8[p + 1] = 0x80 | ((r >> 6) & 0x3F)
        mem8[p + 2] = 0x80 | (r & 0x3F)
    else:
        mem8[p] = 0xF0 | (r >> 18)
        mem8[p + 1] = 0x80 | ((r >> 12) & 0x3F)
        mem8[p + 2] = 0x80 | ((r >> 6) & 0x3F)
        mem8[p + 3] = 0x80 | (r & 0x3F)
    return p, n



# ---------------------------------------------------------------- slices

@vmjit
def panic_bounds(st, form, x, y):
    st[ST_EXIT_ARG] = PANIC_SLICE
    st[ST_PANIC_C] = form
    st[ST_PANIC_A] = x
    st[ST_PANIC_B] = y
    return EXIT_PANIC


@vmjit
def slice_op(mem, st, a, b, c, x):
    """R[a..] := R[b..][lo:hi:max] (word indices a, b, c); returns 0 or EXIT_PANIC.

    Checks in Go's order and with Go's boundsError forms: strings and arrays
    are bounded by their length, slices by their capacity."""
    is_str = (x & SLICE_STRING) != 0
    by_len = is_str or (x & SLICE_ARRAY) != 0
    esize = x >> 8
    ptr = mem[b]
    ln = mem[b + 1]
    cap = ln if is_str else mem[b + 2]
    lo = mem[c] if (x & SLICE_LOW) != 0 else 0
    hi = mem[c + 1] if (x & SLICE_HIGH) != 0 else ln
    if (x & SLICE_MAX) != 0:
        mx = mem[c + 2]
        if mx < 0 or mx > cap:
            return panic_bounds(st, BOUNDS_SLICE3_ALEN if by_len else BOUNDS_SLICE3_ACAP, mx, cap)
        if hi < 0 or hi > mx:
            return panic_bounds(st, BOUNDS_SLICE3_B, hi, mx)
        if lo < 0 or lo > hi:
            return panic_bounds(st, BOUNDS_SLICE3_C, lo, hi)
        ncap = mx - lo
    else:
        bound = ln if is_str else cap
        if hi < 0 or hi > bound:
            return panic_bounds(st, BOUNDS_SLICE_ALEN if by_len else BOUNDS_SLICE_ACAP, hi, bound)
        if lo < 0 or lo > hi:
            return panic_bounds(st, BOUNDS_SLICE_B, lo, hi)
        ncap = cap - lo
    # like gc, never advance the pointer past the end of the backing store
    mem[a] = ptr + lo * esize if ncap > 0 else ptr
    mem[a + 1] = hi - lo
    if not is_str:
        mem[a + 2] = ncap
    return 0


@vmjit
def roundupsize(size):
    """The size of the size class serving an allocation of size bytes (Go's roundupsize)."""
    return heap_roundupsize(size)


@vmjit
def grow_capacity(oldcap, needed, gosize):
    """growslice's new capacity (Go 1.19), computed with Go's element size."""
    newcap = oldcap
    doublecap = newcap + newcap
    if needed > doublecap:
        newcap = needed
    elif oldcap < 256:
        newcap = doublecap
    else:
        while 0 < newcap and newcap < needed:
            newcap += (newcap + 3 * 256) // 4
        if newcap <= 0:
            newcap = needed
    if gosize == 0:
        return newcap
    return roundupsize(newcap * gosize) // gosize


@vmjit
def append_op(mem, mem8, H, st, ttab, a, b, n, t):
    """R[a..a+2] := append(R[a..], the n elements held in registers from word b)."""
    esize = ttab[t, TT_SIZE]
    ptr = mem[a]
    ln = mem[a + 1]
    cap = mem[a + 2]
    need = ln + n
    if need > cap:
        ncap = grow_capacity(cap, need, ttab[t, TT_GOSIZE])
        p = heap_alloc(mem, H, ncap * esize, ttab[t, TT_HEAPTYPE])
        if p == 0:
            st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
            return EXIT_FATAL
        if ln > 0:
            move_bytes(mem8, p, ptr, ln * esize)
        ptr = p
        cap = ncap
    if esize == 1:
        for i in range(n):
            mem8[ptr + ln + i] = mem[b + i]
    else:
        w = esize >> 3
        d = (ptr + ln * esize) >> 3
        move_words(mem, d, b, n * w)
    mem[a] = ptr
    mem[a + 1] = need
    mem[a + 2] = cap
    return 0


@vmjit
def appends_op(mem, mem8, H, st, ttab, a, b, c, t):
    """R[a..a+2] := append(R[b..], R[c..]...) (word indices); R[c..] a slice or string header."""
    esize = ttab[t, TT_SIZE]
    ptr = mem[b]
    ln = mem[b + 1]
    cap = mem[b + 2]
    sptr = mem[c]
    n = mem[c + 1]
    need = ln + n
    if need > cap:
        ncap = grow_capacity(cap, need, ttab[t, TT_GOSIZE])
        p = heap_alloc(mem, H, ncap * esize, ttab[t, TT_HEAPTYPE])
        if p == 0:
            st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
            return EXIT_FATAL
        if ln > 0:
            move_bytes(mem8, p, ptr, ln * esize)
        ptr = p
        cap = ncap
    if n > 0:
        d = ptr + ln * esize
        move_bytes(mem8, d, sptr, n * esize)
    mem[a] = ptr
    mem[a + 1] = need
    mem[a + 2] = cap
    return 0


@vmjit
def makeslice_op(mem, H, st, ttab, a, ln, cap, t):
    esize = ttab[t, TT_SIZE]
    limit = (1 << 47) // (esize if esize > 0 else 1)
    if ln < 0 or ln > limit:
        st[ST_EXIT_ARG] = PANIC_MAKESLICE_LEN
        return EXIT_PANIC
    if cap < ln or cap > limit:
        st[ST_EXIT_ARG] = PANIC_MAKESLICE_CAP
        return EXIT_PANIC
    p = heap_alloc(mem, H, cap * esize, ttab[t, TT_HEAPTYPE])
    if p == 0:
        st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
        return EXIT_FATAL
    mem[a] = p
    mem[a + 1] = ln
    mem[a + 2] = cap
    return 0


@vmjit
def copy_op(mem, mem8, b, c, esize):
    n = mem[b + 1]
    if mem[c + 1] < n:
        n = mem[c + 1]
    if n > 0:
        d = mem[b]
        s = mem[c]
        move_bytes(mem8, d, s, n * esize)
    return n


@vmjit
def decode_rune(mem8, p, n, i):
    """(rune, width) of the UTF-8 sequence at byte i of the n-byte string at p (Go's rules)."""
    b0 = np.int64(mem8[p + i])
    if b0 < 0x80:
        return b0, 1
    rest = n - i
    if 0xC2 <= b0 <= 0xDF and rest >= 2:
        b1 = np.int64(mem8[p + i + 1])
        if 0x80 <= b1 <= 0xBF:
            return ((b0 & 0x1F) << 6) | (b1 & 0x3F), 2
    elif 0xE0 <= b0 <= 0xEF and rest >= 3:
        b1 = np.int64(mem8[p + i + 1])
        b2 = np.int64(mem8[p + i + 2])
        lo = 0xA0 if b0 == 0xE0 else 0x80
        hi = 0x9F if b0 == 0xED else 0xBF
        if lo <= b1 <= hi and 0x80 <= b2 <= 0xBF:
            return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3
    elif 0xF0 <= b0 <= 0xF4 and rest >= 4:
        b1 = np.int64(mem8[p + i + 1])
        b2 = np.int64(mem8[p + i + 2])
        b3 = np.int64(mem8[p + i + 3])
        lo = 0x90 if b0 == 0xF0 else 0x80
        hi = 0x8F if b0 == 0xF4 else 0xBF
        if lo <= b1 <= hi and 0x80 <= b2 <= 0xBF and 0x80 <= b3 <= 0xBF:
            return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F), 4
    return 0xFFFD, 1


@vmjit
def bytes_copy_new(mem, mem8, H, p, n):
    """A new heap copy of n bytes at p; 0 on out of memory (n == 0 gives a 0 address)."""
    if n == 0:
        return 0
    q = heap_alloc(mem, H, n, 0)
    if q == 0:
        return 0
    move_bytes(mem8, q, p, n)
    return q


@vmjit
def nil_panic(st):
    st[ST_EXIT_ARG] = PANIC_NIL
    return EXIT_PANIC


@vmjit
def record_event(st, ev, kind, goid, old, new, fn, frame, copied, adjusted):
    n = st[ST_EV_LEN]
    ev[n] = kind
    ev[n + 1] = goid
    ev[n + 2] = old
    ev[n + 3] = new
    ev[n + 4] = fn
    ev[n + 5] = frame
    ev[n + 6] = copied
    ev[n + 7] = adjusted
    st[ST_EV_LEN] = n + EV_WORDS


@vmjit
def adjust_frame(mem, smaps, k, fp, lo, hi, delta):
    """Add delta to every pointer word of the frame at fp that points into [lo, hi).

    smaps[k] is the count of pointer words, smaps[k+1..] their slot offsets
    (words relative to fp) -- one stack map.  Words of the map that hold a
    value outside the old stack (heap pointers, nil, stale garbage in a slot
    not yet initialised) are left alone."""
    if k < 0:
        return 0
    n = smaps[k]
    w = fp >> 3
    count = 0
    for i in range(n):
        a = w + smaps[k + 1 + i]
        v = mem[a]
        if lo <= v and v < hi:
            mem[a] = v + delta
            count += 1
    return count


@vmjit
def adjust_pointers(mem, ftab, smaps, smidx, pc, fp, nhi, lo, hi, delta):
    """Go's adjustpointers over every frame of a just-copied stack.

    The innermost frame is stopped in its MORESTACK prologue (growth: only
    its arguments and closure context are live, its function's argument
    map) or at a safepoint (shrinking during a collection: the safepoint's
    map).  Every outer frame is stopped at a call: the stack map recorded
    for that call covers its locals and live temporaries, but not the
    argument block of the call, which the callee's own map covers."""
    k = smidx[pc]
    if k < 0:
        k = ftab[func_at(ftab, pc), F_ARGMAP]
    count = adjust_frame(mem, smaps, k, fp, lo, hi, delta)
    while True:
        w = fp >> 3
        rpc = mem[w - 1]
        if rpc < 0:
            break
        fp = nhi - mem[w - 2]
        count += adjust_frame(mem, smaps, smidx[rpc - 3], fp, lo, hi, delta)
    return count



@vmjit
def heap_points_into(mem, H, lo, hi):
    """Debug check (GOVM_CHECK_HEAP=1): the number of pointer words of live
    heap objects that point into [lo, hi).  Stacks can move only because
    this is always 0 -- escape analysis moves to the heap anything a heap
    object could point to."""
    m = H[0]
    a = m[H_BASE]
    end = m[H_BASE] + m[H_FRESH] * PAGE
    bad = 0
    while True:
        a = next_pointer_word(H, a, end)
        if a >= end:
            break
        v = mem[a >> 3]
        if lo <= v and v < hi:
            base, size, span, slot = find_object(H, a)
            if base != 0:
                bad += 1
        a += 8
    return bad


@vmjit
def copy_stack(mem, st, gs, ftab, smaps, smidx, H, g, pc, newsize, sp):
    """Move goroutine g's stack into a new one of ``newsize`` bytes; returns bytes copied.

    The used part ``[sp, hi)`` (sp being the lowest word in use: when growing,
    the header the current CALL wrote three words below fp; when shrinking,
    the bottom of the innermost frame) is copied to the top of the new stack, so every address in it moves by ``delta = new_hi - old_hi``.
    What this rebases:

    * the G record: ``lo``, ``hi``, ``stackguard`` and the saved ``fp``;
    * nothing of the frame chain itself: frame links are stored as distances
      from ``hi`` and return pcs are code indices, so both are position-
      independent and the memmove alone is correct;
    * every pointer into the old stack held in a frame -- a local's address,
      a slice of a stack array, a closure context -- found through the stack
      maps (``adjust_pointers``, Go's adjustpointers).  Nothing outside the
      stack points into it: escape analysis keeps such values on the heap.

    The number of pointers adjusted is left in ``st[ST_ADJUSTED]``.  The old
    stack goes back to the stack allocator (poisoned first in the stack
    stress mode).  Returns -1 when the stack region is exhausted.
    """
    lo = gs[g, G_LO]
    hi = gs[g, G_HI]
    fp = gs[g, G_FP]
    used = hi - sp
    if st[ST_CHECK_HEAP] != 0 and heap_points_into(mem, H, lo, hi) != 0:
        return -2
    nlo = stackalloc(mem, st, newsize)
    if nlo == 0:
        return -1
    nhi = nlo + newsize
    delta = nhi - hi
    move_words(mem, (sp + delta) >> 3, sp >> 3, (hi - sp) >> 3)
    st[ST_ADJUSTED] = adjust_pointers(mem, ftab, smaps, smidx, pc, fp + delta, nhi, lo, hi, delta)
    oldsize = hi - lo
    if st[ST_STRESS_STACK] != 0:
        # poison the old stack so a stale reference reads garbage at once
        mem[lo >> 3:hi >> 3] = -0x5A5A5A5A5A5A5A5B
    stackfree(mem, st, lo, oldsize)
    gs[g, G_LO] = nlo
    gs[g, G_HI] = nhi
    gs[g, G_GUARD] = nlo + STACK_GUARD
    gs[g, G_FP] = fp + delta
    return used


@vmjit
def shrink_stacks(mem, st, gs, ftab, ev, smaps, smidx, H, sg):
    """During a collection (Go's shrinkstack): every goroutine using less than
    a quarter of its stack moves to one half the size, never below 2 KB, with
    the same pointer adjustment as growth; sudogs pointing into a moved stack
    (the value a blocked sender or receiver waits with) are rebased too."""
    if st[ST_SHRINK_OFF] != 0:
        return
    for g in range(st[ST_GUSED]):
        status = gs[g, G_STATUS]
        if status != GSTATUS_RUNNING and status != GSTATUS_RUNNABLE and status != GSTATUS_WAITING:
            continue
        lo = gs[g, G_LO]
        hi = gs[g, G_HI]
        size = hi - lo
        pc = gs[g, G_PC]
        fp = gs[g, G_FP]
        sp = fp - ftab[func_at(ftab, pc), F_FRAME]
        if size <= STACK_MIN or (hi - sp) * 4 >= size:
            continue
        if smidx[pc] < 0 and ftab[func_at(ftab, pc), F_ENTRY] != pc:
            continue      # stopped where no stack map describes the frame
        copied = copy_stack(mem, st, gs, ftab, smaps, smidx, H, g, pc, size // 2, sp)
        if copied < 0:
            return
        delta = gs[g, G_HI] - hi
        for i in range(st[ST_SGUSED]):
            if sg[i, SG_G] == g:
                if lo <= sg[i, SG_ELEM] < hi:
                    sg[i, SG_ELEM] += delta
                if lo <= sg[i, SG_OK] < hi:
                    sg[i, SG_OK] += delta
        if st[ST_TRACE_STACKS] != 0 and st[ST_EV_LEN] + EV_WORDS <= ev.shape[0]:
            record_event(st, ev, EV_SHRINK, gs[g, G_ID], size, size // 2, func_at(ftab, pc), 0, copied,
                         st[ST_ADJUSTED])


@vmjit
def gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g, pc, fp):
    """The collector's turn at an allocating instruction of goroutine g (its
    pc and fp saved first, so its frames can be scanned and its stack
    shrunk).  Returns 0 to go on with the allocation, EXIT_GC to let Python
    release the freed pages and report first (the instruction then re-runs
    without collecting again), or EXIT_FATAL."""
    gs[g, G_PC] = pc
    gs[g, G_FP] = fp
    if not collect(mem, H, st, gs, ftab, fargs, smaps, smidx, gptrs, work):
        st[ST_EXIT_ARG] = FATAL_GC_OVERFLOW
        return EXIT_FATAL
    shrink_stacks(mem, st, gs, ftab, ev, smaps, smidx, H, sg)
    if st[ST_GC_STRESS] == 0 or st[ST_NUMGC] % 256 == 0:
        # the stress mode collects at every allocation: Python only sometimes
        st[ST_GC_SKIP] = 1
        return EXIT_GC
    return 0


@vmjit
def morestack(mem, st, gs, ftab, ev, smaps, smidx, H, g, pc, framesize):
    """The slow path of the MORESTACK prologue: the frame at gs[g].fp does not fit.

    Doubles the stack until ``fp - framesize`` is at least STACK_GUARD above
    the new ``lo`` (or, in the stack stress mode, moves it even when it
    fits).  Returns 0, or an EXIT_* reason when the program must stop.
    """
    lo = gs[g, G_LO]
    hi = gs[g, G_HI]
    fp = gs[g, G_FP]
    oldsize = hi - lo
    used = hi - fp
    newsize = oldsize
    if fp - framesize < lo + STACK_GUARD:
        newsize = oldsize * 2
        while newsize - used - framesize < STACK_GUARD:
            newsize *= 2
    kind = EV_GROW if newsize != oldsize else EV_MOVE
    if newsize > st[ST_MAX_STACK]:
        st[ST_EXIT_ARG] = FATAL_STACK_OVERFLOW
        st[ST_PANIC_A] = fp - framesize
        st[ST_PANIC_B] = newsize
        return EXIT_FATAL
    copied = copy_stack(mem, st, gs, ftab, smaps, smidx, H, g, pc, newsize, fp - HEADER_BYTES)
    if copied == -2:
        st[ST_EXIT_ARG] = FATAL_HEAP_POINTS_TO_STACK
        return EXIT_FATAL
    if copied < 0:
        st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
        return EXIT_FATAL
    if st[ST_TRACE_STACKS] != 0:
        record_event(st, ev, kind, gs[g, G_ID], oldsize, newsize, func_at(ftab, pc), framesize, copied,
                     st[ST_ADJUSTED])
    return 0


@vmjit
def switch_from(st, gs, runq, g, pc, fp, requeue):
    """Save the running goroutine g (at pc, fp) -- back on the run queue when
    requeue -- and pick the next runnable one: its index, or -1 if none."""
    gs[g, G_PC] = pc
    gs[g, G_FP] = fp
    if requeue:
        gs[g, G_STATUS] = GSTATUS_RUNNABLE
        runq_put(st, runq, g)
    n = runq_get(st, runq)
    if n >= 0:
        gs[n, G_STATUS] = GSTATUS_RUNNING
        st[ST_CURG] = n
    return n


# ---------------------------------------------------------------- the dispatch loop

@vmjit
def run(code, consts, mem, memf, mem8, st, gs, ftab, ev, ttab, smaps, smidx, H, runq, sg, fargs, gptrs, work):
    g = st[ST_CURG]
    pc = U(gs[g, G_PC])
    fpw = U(gs[g, G_FP] >> 3)
    hi = gs[g, G_HI]
    guard = gs[g, G_GUARD]
    stress = st[ST_STRESS_STACK] != 0
    fentry = ftab[:, F_ENTRY]
    icount = 0
    tslice = st[ST_SLICE]
    deadline = tslice
    reason = 0
    while True:
        op = code[pc]
        icount += 1
        # ---- moves and constants
        if op == MOV:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == MOV2:
            a = fpw + U(code[pc + U(1)])
            b = fpw + U(code[pc + U(2)])
            mem[a] = mem[b]
            mem[a + 1] = mem[b + 1]
            pc += U(3)
        elif op == MOVN:
            a = fpw + U(code[pc + U(1)])
            b = fpw + U(code[pc + U(2)])
            n = code[pc + U(3)]
            move_words(mem, a, b, n)
            pc += U(4)
        elif op == LOADI:
            mem[fpw + U(code[pc + U(1)])] = code[pc + U(2)]
            pc += U(3)
        elif op == LOADK:
            mem[fpw + U(code[pc + U(1)])] = consts[code[pc + U(2)]]
            pc += U(3)
        elif op == LOADF:
            mem[fpw + U(code[pc + U(1)])] = consts[code[pc + U(2)]]
            pc += U(3)
        elif op == LOADS:
            a = fpw + U(code[pc + U(1)])
            k = code[pc + U(2)]
            mem[a] = consts[k]
            mem[a + 1] = consts[k + 1]
            pc += U(3)
        elif op == ZERO:
            a = fpw + U(code[pc + U(1)])
            mem[a:a + code[pc + U(2)]] = 0
            pc += U(3)
        elif op == LDG:
            mem[fpw + U(code[pc + U(1)])] = mem[st[ST_GLOBALS] + code[pc + U(2)]]
            pc += U(3)
        elif op == STG:
            mem[st[ST_GLOBALS] + code[pc + U(1)]] = mem[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == LDGN:
            a = fpw + U(code[pc + U(1)])
            b = st[ST_GLOBALS] + code[pc + U(2)]
            n = code[pc + U(3)]
            for k in range(n):          # heap/globals and frame never overlap
                mem[a + k] = mem[b + k]
            pc += U(4)
        elif op == STGN:
            a = st[ST_GLOBALS] + code[pc + U(1)]
            b = fpw + U(code[pc + U(2)])
            n = code[pc + U(3)]
            for k in range(n):          # heap/globals and frame never overlap
                mem[a + k] = mem[b + k]
            pc += U(4)
        # ---- integer arithmetic
        elif op == ADD:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] + mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == ADDI:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] + code[pc + U(3)]
            pc += U(4)
        elif op == SUB:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] - mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == MUL:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] * mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == DIV:
            a = mem[fpw + U(code[pc + U(2)])]
            b = mem[fpw + U(code[pc + U(3)])]
            if b == 0:
                st[ST_EXIT_ARG] = PANIC_DIVIDE
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = idiv(a, b)
            pc += U(4)
        elif op == REM:
            a = mem[fpw + U(code[pc + U(2)])]
            b = mem[fpw + U(code[pc + U(3)])]
            if b == 0:
                st[ST_EXIT_ARG] = PANIC_DIVIDE
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = irem(a, b)
            pc += U(4)
        elif op == DIVU:
            a = mem[fpw + U(code[pc + U(2)])]
            b = mem[fpw + U(code[pc + U(3)])]
            if b == 0:
                st[ST_EXIT_ARG] = PANIC_DIVIDE
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = np.int64(np.uint64(a) // np.uint64(b))
            pc += U(4)
        elif op == REMU:
            a = mem[fpw + U(code[pc + U(2)])]
            b = mem[fpw + U(code[pc + U(3)])]
            if b == 0:
                st[ST_EXIT_ARG] = PANIC_DIVIDE
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = np.int64(np.uint64(a) % np.uint64(b))
            pc += U(4)
        elif op == AND:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] & mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == OR:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] | mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == XOR:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] ^ mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == ANDNOT:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] & ~mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == SHL:
            mem[fpw + U(code[pc + U(1)])] = shl(mem[fpw + U(code[pc + U(2)])], mem[fpw + U(code[pc + U(3)])])
            pc += U(4)
        elif op == SHRS:
            mem[fpw + U(code[pc + U(1)])] = shrs(mem[fpw + U(code[pc + U(2)])], mem[fpw + U(code[pc + U(3)])])
            pc += U(4)
        elif op == SHRU:
            mem[fpw + U(code[pc + U(1)])] = shru(mem[fpw + U(code[pc + U(2)])], mem[fpw + U(code[pc + U(3)])])
            pc += U(4)
        elif op == CHKSHIFT:
            if mem[fpw + U(code[pc + U(1)])] < 0:
                st[ST_EXIT_ARG] = PANIC_SHIFT
                reason = EXIT_PANIC
                break
            pc += U(2)
        elif op == NEG:
            mem[fpw + U(code[pc + U(1)])] = -mem[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == BNOT:
            mem[fpw + U(code[pc + U(1)])] = ~mem[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == NOT:
            mem[fpw + U(code[pc + U(1)])] = 1 - mem[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == EXT:
            mem[fpw + U(code[pc + U(1)])] = narrow(mem[fpw + U(code[pc + U(2)])], code[pc + U(3)])
            pc += U(4)
        # ---- float64 arithmetic
        elif op == FADD:
            memf[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] + memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FSUB:
            memf[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] - memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FMUL:
            memf[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] * memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FDIV:
            memf[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] / memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FNEG:
            memf[fpw + U(code[pc + U(1)])] = -memf[fpw + U(code[pc + U(2)])]
            pc += U(3)
        elif op == I2F:
            memf[fpw + U(code[pc + U(1)])] = np.float64(mem[fpw + U(code[pc + U(2)])])
            pc += U(3)
        elif op == U2F:
            memf[fpw + U(code[pc + U(1)])] = np.float64(np.uint64(mem[fpw + U(code[pc + U(2)])]))
            pc += U(3)
        elif op == F2I:
            mem[fpw + U(code[pc + U(1)])] = f2i(memf[fpw + U(code[pc + U(2)])])
            pc += U(3)
        elif op == F2U:
            mem[fpw + U(code[pc + U(1)])] = f2u(memf[fpw + U(code[pc + U(2)])])
            pc += U(3)
        elif op == F32:
            memf[fpw + U(code[pc + U(1)])] = np.float64(np.float32(memf[fpw + U(code[pc + U(2)])]))
            pc += U(3)
        # ---- comparisons
        elif op == EQ:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] == mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == NE:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] != mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == LT:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] < mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == LE:
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] <= mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == LTU:
            mem[fpw + U(code[pc + U(1)])] = np.uint64(mem[fpw + U(code[pc + U(2)])]) < np.uint64(mem[fpw + U(code[pc + U(3)])])
            pc += U(4)
        elif op == LEU:
            mem[fpw + U(code[pc + U(1)])] = np.uint64(mem[fpw + U(code[pc + U(2)])]) <= np.uint64(mem[fpw + U(code[pc + U(3)])])
            pc += U(4)
        elif op == FEQ:
            mem[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] == memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FNE:
            mem[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] != memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FLT:
            mem[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] < memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == FLE:
            mem[fpw + U(code[pc + U(1)])] = memf[fpw + U(code[pc + U(2)])] <= memf[fpw + U(code[pc + U(3)])]
            pc += U(4)
        # ---- strings
        elif op == SCAT:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            a = fpw + U(code[pc + U(1)])
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            pb = mem[b]
            lb = mem[b + 1]
            pcc = mem[c]
            lc = mem[c + 1]
            if lb == 0:
                mem[a] = pcc
                mem[a + 1] = lc
            elif lc == 0:
                mem[a] = pb
                mem[a + 1] = lb
            else:
                p = str_concat(mem, mem8, H, pb, lb, pcc, lc)
                if p == 0:
                    st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                    reason = EXIT_FATAL
                    break
                mem[a] = p
                mem[a + 1] = lb + lc
            pc += U(4)
        elif op == SEQ:
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            mem[fpw + U(code[pc + U(1)])] = str_eq(mem8, mem[b], mem[b + 1], mem[c], mem[c + 1])
            pc += U(4)
        elif op == SNE:
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            mem[fpw + U(code[pc + U(1)])] = not str_eq(mem8, mem[b], mem[b + 1], mem[c], mem[c + 1])
            pc += U(4)
        elif op == SLT:
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            mem[fpw + U(code[pc + U(1)])] = str_cmp(mem8, mem[b], mem[b + 1], mem[c], mem[c + 1]) < 0
            pc += U(4)
        elif op == SLE:
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            mem[fpw + U(code[pc + U(1)])] = str_cmp(mem8, mem[b], mem[b + 1], mem[c], mem[c + 1]) <= 0
            pc += U(4)
        elif op == SIDX:
            b = fpw + U(code[pc + U(2)])
            i = mem[fpw + U(code[pc + U(3)])]
            n = mem[b + 1]
            if i < 0 or i >= n:
                st[ST_EXIT_ARG] = PANIC_INDEX
                st[ST_PANIC_A] = i
                st[ST_PANIC_B] = n
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = mem8[mem[b] + i]
            pc += U(4)
        elif op == RUNESTR:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            p, n = rune_string(mem, mem8, H, mem[fpw + U(code[pc + U(2)])])
            if p == 0:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            a = fpw + U(code[pc + U(1)])
            mem[a] = p
            mem[a + 1] = n
            pc += U(3)
        # ---- control flow
        elif op == JMP:
            pc = U(code[pc + U(1)])
        elif op == JT:
            pc = U(code[pc + U(2)]) if mem[fpw + U(code[pc + U(1)])] != 0 else pc + U(3)
        elif op == JF:
            pc = U(code[pc + U(2)]) if mem[fpw + U(code[pc + U(1)])] == 0 else pc + U(3)
        elif op == JEQ:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] == mem[fpw + U(code[pc + U(2)])] else pc + U(4)
        elif op == JNE:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] != mem[fpw + U(code[pc + U(2)])] else pc + U(4)
        elif op == JLT:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] < mem[fpw + U(code[pc + U(2)])] else pc + U(4)
        elif op == JLE:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] <= mem[fpw + U(code[pc + U(2)])] else pc + U(4)
        elif op == JLTU:
            pc = U(code[pc + U(3)]) if np.uint64(mem[fpw + U(code[pc + U(1)])]) < np.uint64(mem[fpw + U(code[pc + U(2)])]) else pc + U(4)
        elif op == JLEU:
            pc = U(code[pc + U(3)]) if np.uint64(mem[fpw + U(code[pc + U(1)])]) <= np.uint64(mem[fpw + U(code[pc + U(2)])]) else pc + U(4)
        elif op == JEQI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] == code[pc + U(2)] else pc + U(4)
        elif op == JNEI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] != code[pc + U(2)] else pc + U(4)
        elif op == JLTI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] < code[pc + U(2)] else pc + U(4)
        elif op == JLEI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] <= code[pc + U(2)] else pc + U(4)
        elif op == JGTI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] > code[pc + U(2)] else pc + U(4)
        elif op == JGEI:
            pc = U(code[pc + U(3)]) if mem[fpw + U(code[pc + U(1)])] >= code[pc + U(2)] else pc + U(4)
        # ---- memory
        elif op == LEA:
            mem[fpw + U(code[pc + U(1)])] = (np.int64(fpw) + code[pc + U(2)]) << 3
            pc += U(3)
        elif op == GADDR:
            mem[fpw + U(code[pc + U(1)])] = (st[ST_GLOBALS] + code[pc + U(2)]) << 3
            pc += U(3)
        elif op == LOAD:
            p = mem[fpw + U(code[pc + U(2)])]
            if p == 0:
                reason = nil_panic(st)
                break
            mem[fpw + U(code[pc + U(1)])] = mem[U(p + code[pc + U(3)]) >> U(3)]
            pc += U(4)
        elif op == LOADN:
            p = mem[fpw + U(code[pc + U(2)])]
            if p == 0:
                reason = nil_panic(st)
                break
            a = fpw + U(code[pc + U(1)])
            b = U(p + code[pc + U(3)]) >> U(3)
            n = code[pc + U(4)]
            for k in range(n):          # heap/globals and frame never overlap
                mem[a + k] = mem[b + k]
            pc += U(5)
        elif op == STORE:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            mem[U(p + code[pc + U(2)]) >> U(3)] = mem[fpw + U(code[pc + U(3)])]
            pc += U(4)
        elif op == STOREN:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            a = U(p + code[pc + U(2)]) >> U(3)
            b = fpw + U(code[pc + U(3)])
            n = code[pc + U(4)]
            for k in range(n):          # heap/globals and frame never overlap
                mem[a + k] = mem[b + k]
            pc += U(5)
        elif op == LOAD8:
            p = mem[fpw + U(code[pc + U(2)])]
            if p == 0:
                reason = nil_panic(st)
                break
            mem[fpw + U(code[pc + U(1)])] = mem8[U(p + code[pc + U(3)])]
            pc += U(4)
        elif op == STORE8:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            mem8[U(p + code[pc + U(2)])] = mem[fpw + U(code[pc + U(3)])] & 0xFF
            pc += U(4)
        elif op == NILCHK:
            if mem[fpw + U(code[pc + U(1)])] == 0:
                reason = nil_panic(st)
                break
            pc += U(2)
        elif op == NEW:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            t = code[pc + U(2)]
            if ttab[t, TT_SPC] >= 0:
                p = alloc_small(mem, H, ttab[t, TT_SPC], ttab[t, TT_SIZE], ttab[t, TT_HEAPTYPE], 1)
            else:
                p = heap_alloc(mem, H, ttab[t, TT_SIZE], ttab[t, TT_HEAPTYPE])
            if p == 0:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            mem[fpw + U(code[pc + U(1)])] = p
            pc += U(3)
        elif op == ZEROMEM:
            p = mem[fpw + U(code[pc + U(1)])]
            mem8[p:p + code[pc + U(2)]] = 0
            pc += U(3)
        # ---- slices and strings
        elif op == INDEX:
            b = fpw + U(code[pc + U(2)])
            i = mem[fpw + U(code[pc + U(3)])]
            n = mem[b + U(1)]
            if U(i) >= U(n):
                st[ST_EXIT_ARG] = PANIC_INDEX
                st[ST_PANIC_A] = i
                st[ST_PANIC_B] = n
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = mem[b] + i * code[pc + U(4)]
            pc += U(5)
        elif op == AINDEX:
            i = mem[fpw + U(code[pc + U(3)])]
            n = code[pc + U(4)]
            if U(i) >= U(n):
                st[ST_EXIT_ARG] = PANIC_INDEX
                st[ST_PANIC_A] = i
                st[ST_PANIC_B] = n
                reason = EXIT_PANIC
                break
            mem[fpw + U(code[pc + U(1)])] = mem[fpw + U(code[pc + U(2)])] + i * code[pc + U(5)]
            pc += U(6)
        elif op == SLICE:
            reason = slice_op(mem, st, np.int64(fpw) + code[pc + U(1)], np.int64(fpw) + code[pc + U(2)],
                              np.int64(fpw) + code[pc + U(3)], code[pc + U(4)])
            if reason != 0:
                break
            pc += U(5)
        elif op == MAKESLICE:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            reason = makeslice_op(mem, H, st, ttab, np.int64(fpw) + code[pc + U(1)], mem[fpw + U(code[pc + U(2)])],
                                  mem[fpw + U(code[pc + U(3)])], code[pc + U(4)])
            if reason != 0:
                break
            pc += U(5)
        elif op == APPEND:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            reason = append_op(mem, mem8, H, st, ttab, np.int64(fpw) + code[pc + U(1)], np.int64(fpw) + code[pc + U(2)],
                               code[pc + U(3)], code[pc + U(4)])
            if reason != 0:
                break
            pc += U(5)
        elif op == APPENDS:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            reason = appends_op(mem, mem8, H, st, ttab, np.int64(fpw) + code[pc + U(1)], np.int64(fpw) + code[pc + U(2)],
                                np.int64(fpw) + code[pc + U(3)], code[pc + U(4)])
            if reason != 0:
                break
            pc += U(5)
        elif op == COPY:
            mem[fpw + U(code[pc + U(1)])] = copy_op(mem, mem8, np.int64(fpw) + code[pc + U(2)],
                                                    np.int64(fpw) + code[pc + U(3)], code[pc + U(4)])
            pc += U(5)
        elif op == STR2BYTES:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            a = fpw + U(code[pc + U(1)])
            b = fpw + U(code[pc + U(2)])
            n = mem[b + U(1)]
            p = bytes_copy_new(mem, mem8, H, mem[b], n)
            if p == 0 and n > 0:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            mem[a] = p if n > 0 else heap_alloc(mem, H, 0, 0)
            mem[a + U(1)] = n
            mem[a + U(2)] = n
            pc += U(3)
        elif op == BYTES2STR:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            a = fpw + U(code[pc + U(1)])
            b = fpw + U(code[pc + U(2)])
            n = mem[b + U(1)]
            p = bytes_copy_new(mem, mem8, H, mem[b], n)
            if p == 0 and n > 0:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            mem[a] = p
            mem[a + U(1)] = n
            pc += U(3)
        elif op == DECODERUNE:
            b = fpw + U(code[pc + U(2)])
            r, w = decode_rune(mem8, mem[b], mem[b + U(1)], mem[fpw + U(code[pc + U(3)])])
            a = fpw + U(code[pc + U(1)])
            mem[a] = r
            mem[a + U(1)] = w
            pc += U(4)
        elif op == STREQN:
            b = fpw + U(code[pc + U(2)])
            c = fpw + U(code[pc + U(3)])
            e = True
            for k in range(code[pc + U(4)]):
                if mem[b + U(k)] != mem[c + U(k)]:
                    e = False
                    break
            mem[fpw + U(code[pc + U(1)])] = e
            pc += U(5)
        # ---- calls and the stack
        elif op == MORESTACK:
            frame = code[pc + U(1)]
            if icount >= deadline:
                # the time slice is over: this prologue check yields (Go folds
                # preemption into the stack check the same way)
                deadline = icount + tslice
                if st[ST_RUNQ_HEAD] != st[ST_RUNQ_TAIL]:
                    g = switch_from(st, gs, runq, g, np.int64(pc), np.int64(fpw) << 3, True)
                    if g < 0:
                        reason = EXIT_DEADLOCK
                        break
                    pc = U(gs[g, G_PC])
                    fpw = U(gs[g, G_FP] >> 3)
                    hi = gs[g, G_HI]
                    guard = gs[g, G_GUARD]
                    deadline = icount + tslice
                    continue
            if (np.int64(fpw) << 3) - frame < guard or stress:
                gs[g, G_PC] = np.int64(pc)
                gs[g, G_FP] = np.int64(fpw) << 3
                reason = morestack(mem, st, gs, ftab, ev, smaps, smidx, H, g, np.int64(pc), frame)
                if reason != 0:
                    break
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if st[ST_EV_LEN] + EV_WORDS > ev.shape[0]:
                    pc += U(2)
                    reason = EXIT_FLUSH
                    break
            pc += U(2)
        elif op == CALL:
            nfpw = fpw + U(code[pc + U(2)])
            mem[nfpw - U(1)] = np.int64(pc) + 3
            mem[nfpw - U(2)] = hi - (np.int64(fpw) << 3)
            fpw = nfpw
            pc = U(fentry[code[pc + U(1)]])
        elif op == CALLV:
            clo = mem[fpw + U(code[pc + U(1)])]
            if clo == 0:
                reason = nil_panic(st)
                break
            nfpw = fpw + U(code[pc + U(2)])
            mem[nfpw - U(1)] = np.int64(pc) + 3
            mem[nfpw - U(2)] = hi - (np.int64(fpw) << 3)
            mem[nfpw - U(3)] = clo
            fpw = nfpw
            pc = U(fentry[mem[U(clo) >> U(3)]])
        elif op == FUNCADDR:
            mem[fpw + U(code[pc + U(1)])] = st[ST_FUNCVALS] + 8 * code[pc + U(2)]
            pc += U(3)
        elif op == RET:
            rpc = mem[fpw - U(1)]
            if rpc < 0:
                if rpc == -1:
                    pc = U(0)
                    reason = EXIT_HALT
                    break
                if rpc == -3:
                    # a frame's deferred calls ran for a panic: unwinding goes on in Python
                    reason = EXIT_UNWIND
                    break
                # a goroutine's top function returned
                goexit(mem, st, gs, ev, g)
                g = switch_from(st, gs, runq, g, 0, 0, False)
                if g < 0:
                    reason = EXIT_DEADLOCK
                    break
                pc = U(gs[g, G_PC])
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                deadline = icount + tslice
                continue
            fpw = U((hi - mem[fpw - U(2)]) >> 3)
            pc = U(rpc)
        # ---- leaving the loop for Python
        elif op == PYCALL:
            st[ST_EXIT_ARG] = code[pc + U(1)]
            pc += U(2)
            reason = EXIT_PYCALL
            break
        elif op == PANIC:
            st[ST_EXIT_ARG] = PANIC_VALUE
            st[ST_PANIC_A] = code[pc + U(2)]
            st[ST_PANIC_B] = code[pc + U(1)]
            reason = EXIT_PANIC
            break
        elif op == EXIT:
            st[ST_EXIT_CODE] = mem[fpw + U(code[pc + U(1)])]
            reason = EXIT_OSEXIT
            break
        elif op == NOP:
            pc += U(1)
        # ---- goroutines, channels and the scheduler
        elif op == GO or op == GOV:
            if op == GO:
                entry = fentry[code[pc + U(1)]]
                clo = 0
            else:
                clo = mem[fpw + U(code[pc + U(1)])]
                if clo == 0:
                    reason = nil_panic(st)
                    break
                entry = fentry[mem[U(clo) >> U(3)]]
            ng = newproc(mem, st, gs, runq, ev, g, entry, (np.int64(fpw) + code[pc + U(2)]) << 3,
                         code[pc + U(3)], clo, np.int64(pc))
            if ng == -1:
                st[ST_NEED] = 1
                reason = EXIT_GROW
                break
            if ng == -2:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            pc += U(4)
        elif op == YIELDCHK:
            pc += U(1)
            if icount >= deadline:
                deadline = icount + tslice
                if st[ST_RUNQ_HEAD] != st[ST_RUNQ_TAIL]:
                    g = switch_from(st, gs, runq, g, np.int64(pc), np.int64(fpw) << 3, True)
                    if g < 0:
                        reason = EXIT_DEADLOCK
                        break
                    pc = U(gs[g, G_PC])
                    fpw = U(gs[g, G_FP] >> 3)
                    hi = gs[g, G_HI]
                    guard = gs[g, G_GUARD]
                    deadline = icount + tslice
        elif op == GOSCHED:
            pc += U(1)
            g = switch_from(st, gs, runq, g, np.int64(pc), np.int64(fpw) << 3, True)
            if g < 0:
                reason = EXIT_DEADLOCK
                break
            pc = U(gs[g, G_PC])
            fpw = U(gs[g, G_FP] >> 3)
            hi = gs[g, G_HI]
            guard = gs[g, G_GUARD]
            deadline = icount + tslice
        elif op == NUMG:
            mem[fpw + U(code[pc + U(1)])] = st[ST_NGOR]
            pc += U(2)
        elif op == MAKECHAN:
            if gc_due(H, st):
                reason = gc_safepoint(mem, st, gs, ftab, ev, smaps, smidx, H, sg, fargs, gptrs, work, g,
                                      np.int64(pc), np.int64(fpw) << 3)
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                if reason != 0:
                    break
            t = code[pc + U(2)]
            n = mem[fpw + U(code[pc + U(3)])]
            if n < 0 or n > (1 << 40):
                st[ST_EXIT_ARG] = PANIC_MAKECHAN
                reason = EXIT_PANIC
                break
            c = makechan(mem, H, st, (ttab[t, TT_SIZE] + 7) >> 3, n, ttab[t, TT_HEAPTYPE])
            if c == 0:
                st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
                reason = EXIT_FATAL
                break
            mem[fpw + U(code[pc + U(1)])] = c
            pc += U(4)
        elif op == SEND or op == RECV or op == RECV2 or op == SELECT or op == WGWAIT or op == LOCK or \
                op == RWLOCK:
            if op == SEND:
                r = chansend(mem, st, gs, sg, runq, ev, g, mem[fpw + U(code[pc + U(1)])],
                             (np.int64(fpw) + code[pc + U(2)]) << 3, np.int64(pc) + 3)
                nxt = pc + U(3)
            elif op == RECV:
                r = chanrecv(mem, st, gs, sg, runq, ev, g, mem[fpw + U(code[pc + U(2)])],
                             (np.int64(fpw) + code[pc + U(1)]) << 3, 0, np.int64(pc) + 3)
                nxt = pc + U(3)
            elif op == RECV2:
                r = chanrecv(mem, st, gs, sg, runq, ev, g, mem[fpw + U(code[pc + U(2)])],
                             (np.int64(fpw) + code[pc + U(1)]) << 3, (np.int64(fpw) + code[pc + U(3)]) << 3,
                             np.int64(pc) + 4)
                nxt = pc + U(4)
            elif op == SELECT:
                r = selectgo(mem, st, gs, sg, runq, ev, g, np.int64(fpw), code[pc + U(1)], code[pc + U(2)],
                             code[pc + U(3)], np.int64(pc) + 4)
                nxt = pc + U(4)
            elif op == WGWAIT:
                r = wg_wait(mem, st, gs, ev, g, mem[fpw + U(code[pc + U(1)])], np.int64(pc) + 2)
                nxt = pc + U(2)
            elif op == LOCK:
                r = mutex_lock(mem, st, gs, ev, g, mem[fpw + U(code[pc + U(1)])], np.int64(pc) + 2)
                nxt = pc + U(2)
            else:
                r = rwmutex_lock(mem, st, gs, ev, g, mem[fpw + U(code[pc + U(1)])], code[pc + U(2)],
                                 np.int64(pc) + 3)
                nxt = pc + U(3)
            if r == 0:
                pc = nxt
            elif r == BLOCKED:
                g = switch_from(st, gs, runq, g, np.int64(pc), np.int64(fpw) << 3, False)
                if g < 0:
                    reason = EXIT_DEADLOCK
                    break
                pc = U(gs[g, G_PC])
                fpw = U(gs[g, G_FP] >> 3)
                hi = gs[g, G_HI]
                guard = gs[g, G_GUARD]
                deadline = icount + tslice
            elif r == -1:
                st[ST_NEED] = 2
                reason = EXIT_GROW
                break
            else:
                st[ST_EXIT_ARG] = r
                reason = EXIT_PANIC
                break
        elif op == CLOSE:
            r = closechan(mem, st, gs, sg, runq, ev, mem[fpw + U(code[pc + U(1)])])
            if r != 0:
                st[ST_EXIT_ARG] = r
                reason = EXIT_PANIC
                break
            pc += U(2)
        elif op == CHANLEN or op == CHANCAP:
            c = mem[fpw + U(code[pc + U(2)])]
            mem[fpw + U(code[pc + U(1)])] = 0 if c == 0 else mem[(c >> 3) + (C_COUNT if op == CHANLEN else C_CAP)]
            pc += U(3)
        elif op == WGADD:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            r = wg_add(mem, st, gs, runq, ev, p, mem[fpw + U(code[pc + U(2)])])
            if r != 0:
                st[ST_EXIT_ARG] = r
                reason = EXIT_PANIC
                break
            pc += U(3)
        elif op == GC:
            gs[g, G_PC] = np.int64(pc)
            gs[g, G_FP] = np.int64(fpw) << 3
            pc += U(1)
            if not collect(mem, H, st, gs, ftab, fargs, smaps, smidx, gptrs, work):
                st[ST_EXIT_ARG] = FATAL_GC_OVERFLOW
                reason = EXIT_FATAL
                break
            shrink_stacks(mem, st, gs, ftab, ev, smaps, smidx, H, sg)
            fpw = U(gs[g, G_FP] >> 3)
            reason = EXIT_GC
            break
        elif op == UNLOCK:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            r = mutex_unlock(mem, st, gs, runq, ev, p)
            if r != 0:
                st[ST_EXIT_ARG] = r
                reason = EXIT_FATAL
                break
            pc += U(2)
        elif op == RWUNLOCK:
            p = mem[fpw + U(code[pc + U(1)])]
            if p == 0:
                reason = nil_panic(st)
                break
            r = rwmutex_unlock(mem, st, gs, runq, ev, p, code[pc + U(2)])
            if r != 0:
                st[ST_EXIT_ARG] = r
                reason = EXIT_FATAL
                break
            pc += U(3)
        else:
            st[ST_EXIT_ARG] = op
            reason = -1
            break
    gs[g, G_PC] = np.int64(pc)
    gs[g, G_FP] = np.int64(fpw) << 3
    st[ST_ICOUNT] += icount
    st[ST_EXIT] = reason
    return reason
