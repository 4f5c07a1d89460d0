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

from .jit import njit
from .opcodes import *  # noqa: F401,F403  opcode numbers are compile-time constants here
from .layout import *   # noqa: F401,F403

MIN_INT64 = -(1 << 63)
U = np.uint64   # unsigned indices: Numba skips the negative-index wraparound for them


# ---------------------------------------------------------------- integer helpers

@njit(cache=True, error_model='numpy')
def idiv(a, b):
    """Go's truncated division; b != 0.  MinInt64 / -1 wraps to MinInt64."""
    if b == -1:
        return -a
    q = a // b
    if q * b != a and (a < 0) != (b < 0):
        q += 1
    return q


@njit(cache=True, error_model='numpy')
def irem(a, b):
    """Go's remainder (sign of the dividend); b != 0."""
    if b == -1:
        return 0
    return a - idiv(a, b) * b


@njit(cache=True, error_model='numpy')
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


@njit(cache=True, error_model='numpy')
def shl(a, c):
    if c < 0 or c >= 64:
        return 0
    return a << c


@njit(cache=True, error_model='numpy')
def shrs(a, c):
    if c < 0 or c >= 64:
        c = 63
    return a >> c


@njit(cache=True, error_model='numpy')
def shru(a, c):
    if c < 0 or c >= 64:
        return 0
    return np.int64(np.uint64(a) >> np.uint64(c))


@njit(cache=True, error_model='numpy')
def f2i(x):
    """float64 -> int64 as amd64's CVTTSD2SQ: out of range and NaN give MinInt64."""
    if x > -9.223372036854775808e18 and x < 9.223372036854775808e18:
        return np.int64(x)
    return MIN_INT64


@njit(cache=True, error_model='numpy')
def f2u(x):
    """float64 -> uint64 as gc compiles it on amd64."""
    if x < 9.223372036854775808e18:
        return f2i(x)
    return f2i(x - 9.223372036854775808e18) ^ MIN_INT64


# ---------------------------------------------------------------- strings

@njit(cache=True, error_model='numpy')
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


@njit(cache=True, error_model='numpy')
def str_eq(mem8, pa, la, pb, lb):
    if la != lb:
        return False
    if pa == pb:
        return True
    for i in range(la):
        if mem8[pa + i] != mem8[pb + i]:
            return False
    return True


@njit(cache=True, error_model='numpy')
def heap_alloc(st, size):
    """Allocate size bytes of zeroed heap (8-byte aligned); 0 when the arena is exhausted.

    A bump allocator over fresh mmap'd pages, which the kernel hands out
    zeroed.  The size-class allocator of the heap issue replaces it.
    """
    size = (size + 7) & ~7
    p = st[ST_HEAP_PTR]
    if p + size > st[ST_HEAP_END]:
        return 0
    st[ST_HEAP_PTR] = p + size
    return p


@njit(cache=True, error_model='numpy')
def str_concat(mem8, st, pa, la, pb, lb):
    """Returns the address of a new string holding a+b (0 on out of memory)."""
    p = heap_alloc(st, la + lb)
    if p == 0:
        return 0
    mem8[p:p + la] = mem8[pa:pa + la]
    mem8[p + la:p + la + lb] = mem8[pb:pb + lb]
    return p


@njit(cache=True, error_model='numpy')
def rune_string(mem8, st, r):
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
    p = heap_alloc(st, n)
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


# ---------------------------------------------------------------- the stack allocator

@njit(cache=True, error_model='numpy')
def stack_order(size):
    o = 0
    s = STACK_MIN
    while s < size:
        s <<= 1
        o += 1
    return o


@njit(cache=True, error_model='numpy')
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


@njit(cache=True, error_model='numpy')
def stackfree(mem, st, lo, size):
    o = stack_order(size)
    mem[lo >> 3] = st[ST_FREE0 + o]
    st[ST_FREE0 + o] = lo
    st[ST_STACK_INUSE] -= size


@njit(cache=True, error_model='numpy')
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


@njit(cache=True, error_model='numpy')
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


@njit(cache=True, error_model='numpy')
def copy_stack(mem, st, gs, g, newsize):
    """Move goroutine g's stack into a new one of ``newsize`` bytes; returns bytes copied.

    The used part ``[sp, hi)`` (sp being the lowest word in use: the header
    the current CALL wrote, two words below fp) is copied to the top of the
    new stack, so every address in it moves by ``delta = new_hi - old_hi``.
    What this rebases:

    * the G record: ``lo``, ``hi``, ``stackguard`` and the saved ``fp``;
    * nothing inside the copied frames: frame links are stored as distances
      from ``hi`` and return pcs are code indices, so both are position-
      independent and the memmove alone is correct;
    * pointers into the stack held in frames: none exist before the
      pointer issue; the stack maps and ``adjustpointers`` hook in here.

    The old stack goes back to the stack allocator.  Returns -1 when the
    stack region is exhausted.
    """
    lo = gs[g, G_LO]
    hi = gs[g, G_HI]
    fp = gs[g, G_FP]
    sp = fp - HEADER_BYTES
    used = hi - sp
    nlo = stackalloc(mem, st, newsize)
    if nlo == 0:
        return -1
    nhi = nlo + newsize
    delta = nhi - hi
    mem[(sp + delta) >> 3:nhi >> 3] = mem[sp >> 3:hi >> 3]
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


@njit(cache=True, error_model='numpy')
def morestack(mem, st, gs, ftab, ev, g, pc, framesize):
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
    copied = copy_stack(mem, st, gs, g, newsize)
    if copied < 0:
        st[ST_EXIT_ARG] = FATAL_OUT_OF_MEMORY
        return EXIT_FATAL
    if st[ST_TRACE_STACKS] != 0:
        record_event(st, ev, kind, gs[g, G_ID], oldsize, newsize, func_at(ftab, pc), framesize, copied, 0)
    return 0


# ---------------------------------------------------------------- the dispatch loop

@njit(cache=True, error_model='numpy')
def run(code, consts, mem, memf, mem8, st, gs, ftab, ev):
    g = st[ST_CURG]
    pc = U(gs[g, G_PC])
    fpw = U(gs[g, G_FP] >> 3)
    hi = gs[g, G_HI]
    guard = gs[g, G_GUARD]
    stress = st[ST_STRESS_STACK] != 0
    fentry = ftab[:, F_ENTRY].copy()
    icount = 0
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
            mem[a:a + n] = mem[b:b + n].copy()
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
            mem[a:a + n] = mem[b:b + n]
            pc += U(4)
        elif op == STGN:
            a = st[ST_GLOBALS] + code[pc + U(1)]
            b = fpw + U(code[pc + U(2)])
            n = code[pc + U(3)]
            mem[a:a + n] = mem[b:b + n]
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
                p = str_concat(mem8, st, pb, lb, pcc, lc)
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
            p, n = rune_string(mem8, st, mem[fpw + U(code[pc + U(2)])])
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
        # ---- calls and the stack
        elif op == MORESTACK:
            frame = code[pc + U(1)]
            if (np.int64(fpw) << 3) - frame < guard or stress:
                gs[g, G_PC] = np.int64(pc)
                gs[g, G_FP] = np.int64(fpw) << 3
                reason = morestack(mem, st, gs, ftab, ev, g, np.int64(pc), frame)
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
        elif op == RET:
            rpc = mem[fpw - U(1)]
            fpw = U((hi - mem[fpw - U(2)]) >> 3)
            if rpc < 0:
                pc = U(0)
                reason = EXIT_HALT
                break
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
        elif op == NOP:
            pc += U(1)
        else:
            st[ST_EXIT_ARG] = op
            reason = -1
            break
    gs[g, G_PC] = np.int64(pc)
    gs[g, G_FP] = np.int64(fpw) << 3
    st[ST_ICOUNT] += icount
    st[ST_EXIT] = reason
    return reason
