"""Goroutines, the scheduler, channels, select and the sync primitives.

These are the jitted helpers behind the VM's GO, SEND, RECV, SELECT, WGADD,
LOCK ... instructions, after Go's runtime/proc.go, chan.go, select.go and
sema.go, over flat arrays:

* ``gs[g, G_*]`` -- one G record per goroutine (``layout``): status, saved
  pc and frame pointer, stack bounds and guard, wait reason, link;
* ``runq`` -- the run queue, a circular buffer of G indices as long as
  ``gs`` (so it cannot overflow);
* ``sg[i, SG_*]`` -- sudogs: a goroutine waiting in a channel's queue, one
  per channel a select waits on;
* channels are heap objects of ``C_WORDS`` words (``layout.C_*``) with a
  separate heap buffer of ``cap`` elements.

Blocking and waking
-------------------
A goroutine blocks *at* its instruction: its saved pc stays on the SEND,
RECV, SELECT, WGWAIT or LOCK, and the helper returns ``BLOCKED``; the loop
then switches to the next runnable goroutine.  Whoever completes the
operation for it (the other side of a channel, close, Unlock, a WaitGroup
reaching zero) does the whole transfer -- copies the value into the
receiver's frame through the sudog's element address, sets its ok flag --
and moves its saved pc past the instruction (``SG_NEXTPC``/``G_RESUME``)
before making it runnable.  A goroutine woken without completion (close of
the channel a sender waits on) re-runs its instruction, which then sees the
closed channel: so the panic ``send on closed channel`` happens in the
sender, as in Go.  A woken select re-runs SELECT, which finds its case in
``G_PARAM``, dequeues its other sudogs and continues.

A blocked goroutine's stack never moves (only the running goroutine grows
its stack), so the element addresses in sudogs stay valid.

Invariants: a G is on the run queue iff its status is RUNNABLE; a WAITING
G has its sudogs (or its sync wait-queue link) in exactly the queues of
what it waits for; queue links store index + 1 so 0 ends a list.
"""
from __future__ import annotations

import numpy as np

from .jit import vmjit
from .words import move_words
from .layout import *  # noqa: F401,F403
from .heap import heap_alloc
from .stacks import stackalloc, stackfree

BLOCKED = -1000   # a helper's result: the current goroutine is now waiting


# ---------------------------------------------------------------- run queue

@vmjit
def runq_put(st, runq, g):
    t = st[ST_RUNQ_TAIL]
    runq[t % runq.shape[0]] = g
    st[ST_RUNQ_TAIL] = t + 1


@vmjit
def runq_get(st, runq):
    h = st[ST_RUNQ_HEAD]
    if h == st[ST_RUNQ_TAIL]:
        return -1
    st[ST_RUNQ_HEAD] = h + 1
    return runq[h % runq.shape[0]]


@vmjit
def sched_event(st, ev, kind, g, gs, a, b):
    if st[ST_TRACE_SCHED] != 0 and st[ST_EV_LEN] + EV_WORDS <= ev.shape[0]:
        n = st[ST_EV_LEN]
        ev[n] = kind
        ev[n + 1] = gs[g, G_ID]
        ev[n + 2] = a
        ev[n + 3] = b
        ev[n + 4] = 0
        ev[n + 5] = 0
        ev[n + 6] = 0
        ev[n + 7] = 0
        st[ST_EV_LEN] = n + EV_WORDS


@vmjit
def ready(st, gs, runq, ev, g):
    """Make a waiting goroutine runnable (Go's goready)."""
    gs[g, G_STATUS] = GSTATUS_RUNNABLE
    gs[g, G_WAIT] = 0
    runq_put(st, runq, g)
    sched_event(st, ev, EV_GO_UNBLOCK, g, gs, 0, 0)


@vmjit
def park(st, gs, ev, g, reason):
    """The running goroutine g stops until something readies it (Go's gopark)."""
    gs[g, G_STATUS] = GSTATUS_WAITING
    gs[g, G_WAIT] = reason
    sched_event(st, ev, EV_GO_BLOCK, g, gs, reason, 0)


# ---------------------------------------------------------------- goroutines

@vmjit
def newproc(mem, st, gs, runq, ev, cur, entry, src, nwords, closure, gopc):
    """Create a goroutine that starts at code index ``entry`` with the
    ``nwords`` argument words at address src as its arguments; returns its
    G index, -1 when the G records are full (Python grows them), -2 when
    the stack region is exhausted."""
    g = st[ST_GFREE] - 1
    if g >= 0:
        st[ST_GFREE] = gs[g, G_NEXT]
    elif st[ST_GUSED] < gs.shape[0]:
        g = st[ST_GUSED]
        st[ST_GUSED] = g + 1
    else:
        return -1
    size = STACK_MIN
    while size < nwords * 8 + 2 * STACK_GUARD:
        size *= 2
    lo = stackalloc(mem, st, size)
    if lo == 0:
        return -2
    hi = lo + size
    fp = hi - nwords * 8
    w = fp >> 3
    if nwords > 0:
        move_words(mem, w, src >> 3, nwords)
    mem[w - 1] = -2          # return pc: goexit
    mem[w - 2] = hi - hi     # frame link (unused: goexit never returns)
    mem[w - 3] = closure
    st[ST_NEXT_GOID] += 1
    gs[g, G_ID] = st[ST_NEXT_GOID]
    gs[g, G_PC] = entry
    gs[g, G_FP] = fp
    gs[g, G_LO] = lo
    gs[g, G_HI] = hi
    gs[g, G_GUARD] = lo + STACK_GUARD
    gs[g, G_WAIT] = 0
    gs[g, G_NEXT] = 0
    gs[g, G_PARAM] = -1
    gs[g, G_GOPC] = gopc
    gs[g, G_SELDONE] = 0
    gs[g, G_CREATOR] = cur
    gs[g, G_STATUS] = GSTATUS_RUNNABLE
    st[ST_NGOR] += 1
    runq_put(st, runq, g)
    sched_event(st, ev, EV_GO_CREATE, g, gs, gs[cur, G_ID], 0)
    return g


@vmjit
def goexit(mem, st, gs, ev, g):
    """A goroutine's top function returned: its stack goes back to the stack
    allocator and its G record to the free list."""
    lo = gs[g, G_LO]
    stackfree(mem, st, lo, gs[g, G_HI] - lo)
    sched_event(st, ev, EV_GO_EXIT, g, gs, 0, 0)
    gs[g, G_STATUS] = GSTATUS_DEAD
    gs[g, G_NEXT] = st[ST_GFREE]
    st[ST_GFREE] = g + 1
    st[ST_NGOR] -= 1


# ---------------------------------------------------------------- sudogs and queues

@vmjit
def sudog_get(st, sg):
    i = st[ST_SGFREE] - 1
    if i >= 0:
        st[ST_SGFREE] = sg[i, SG_NEXT]
        return i
    if st[ST_SGUSED] < sg.shape[0]:
        i = st[ST_SGUSED]
        st[ST_SGUSED] = i + 1
        return i
    return -1


@vmjit
def sudog_put(st, sg, i):
    sg[i, SG_NEXT] = st[ST_SGFREE]
    st[ST_SGFREE] = i + 1


@vmjit
def enqueue(mem, sg, c, q, i):
    """Append sudog i to the channel c's queue whose head word is q."""
    w = c >> 3
    sg[i, SG_NEXT] = 0
    tail = mem[w + q + 1]
    sg[i, SG_PREV] = tail
    if tail == 0:
        mem[w + q] = i + 1
    else:
        sg[tail - 1, SG_NEXT] = i + 1
    mem[w + q + 1] = i + 1


@vmjit
def unlink(mem, sg, c, q, i):
    w = c >> 3
    nxt = sg[i, SG_NEXT]
    prv = sg[i, SG_PREV]
    if prv == 0:
        mem[w + q] = nxt
    else:
        sg[prv - 1, SG_NEXT] = nxt
    if nxt == 0:
        mem[w + q + 1] = prv
    else:
        sg[nxt - 1, SG_PREV] = prv


@vmjit
def dequeue(mem, st, gs, sg, c, q):
    """The first sudog of the queue whose goroutine can still take it, taken
    off the queue (a select sudog wins its select); -1 if none."""
    if not has_waiter(mem, st, gs, sg, c, q):
        return -1
    i = mem[(c >> 3) + q] - 1
    unlink(mem, sg, c, q, i)
    if sg[i, SG_CASE] >= 0:
        g = sg[i, SG_G]
        gs[g, G_SELDONE] = 1
        gs[g, G_PARAM] = sg[i, SG_CASE]
    return i


@vmjit
def has_waiter(mem, st, gs, sg, c, q):
    """Whether queue q of channel c holds a sudog whose goroutine can still
    take it: the stale ones at its head (of selects already completed
    elsewhere) are unlinked and freed on the way."""
    w = c >> 3
    while mem[w + q] != 0:
        i = mem[w + q] - 1
        if sg[i, SG_CASE] >= 0 and gs[sg[i, SG_G], G_SELDONE] != 0:
            unlink(mem, sg, c, q, i)
            sudog_put(st, sg, i)        # its select no longer looks for it
            continue
        return True
    return False


@vmjit
def copy_words(mem, dst, src, n):
    if n > 0 and dst != 0:
        if src == 0:
            mem[dst >> 3:(dst >> 3) + n] = 0
        else:
            move_words(mem, dst >> 3, src >> 3, n)


@vmjit
def complete(mem, st, gs, sg, runq, ev, i, ok):
    """The operation sudog i waited for is done: set the ok flag, move its
    goroutine past the blocking instruction (a select re-runs SELECT), ready it."""
    g = sg[i, SG_G]
    if sg[i, SG_OK] != 0:
        mem[sg[i, SG_OK] >> 3] = ok
    if sg[i, SG_CASE] < 0:
        gs[g, G_PC] = sg[i, SG_NEXTPC]
    sudog_put(st, sg, i)
    ready(st, gs, runq, ev, g)


# ---------------------------------------------------------------- channels

@vmjit
def makechan(mem, H, st, ewords, cap, heaptype):
    """A new channel object (0 when out of memory); cap already checked."""
    c = heap_alloc(mem, H, C_WORDS * 8, st[ST_HCHAN_TYPE])
    if c == 0:
        return 0
    w = c >> 3
    mem[w + C_ELEMWORDS] = ewords
    mem[w + C_CAP] = cap
    if cap > 0 and ewords > 0:
        b = heap_alloc(mem, H, cap * ewords * 8, heaptype)
        if b == 0:
            return 0
        mem[w + C_BUF] = b
    return c


@vmjit
def chansend(mem, st, gs, sg, runq, ev, g, c, src, nextpc):
    """c <- value at src.  Returns 0 when done, BLOCKED, or a PANIC_* code (> 0)."""
    if c == 0:
        park(st, gs, ev, g, WAIT_CHAN_SEND_NIL)
        return BLOCKED
    w = c >> 3
    if mem[w + C_CLOSED] != 0:
        return PANIC_SEND_CLOSED
    n = mem[w + C_ELEMWORDS]
    i = dequeue(mem, st, gs, sg, c, C_RECVQ)
    if i >= 0:
        copy_words(mem, sg[i, SG_ELEM], src, n)
        complete(mem, st, gs, sg, runq, ev, i, 1)
        return 0
    if mem[w + C_COUNT] < mem[w + C_CAP]:
        x = mem[w + C_SENDX]
        copy_words(mem, mem[w + C_BUF] + x * n * 8, src, n)
        x += 1
        if x == mem[w + C_CAP]:
            x = 0
        mem[w + C_SENDX] = x
        mem[w + C_COUNT] += 1
        return 0
    i = sudog_get(st, sg)
    if i < 0:
        return -1
    sg[i, SG_G] = g
    sg[i, SG_ELEM] = src
    sg[i, SG_OK] = 0
    sg[i, SG_CHAN] = c
    sg[i, SG_CASE] = -1
    sg[i, SG_NEXTPC] = nextpc
    enqueue(mem, sg, c, C_SENDQ, i)
    park(st, gs, ev, g, WAIT_CHAN_SEND)
    return BLOCKED


@vmjit
def chanrecv(mem, st, gs, sg, runq, ev, g, c, dst, okaddr, nextpc):
    """value at dst (and ok) := <-c.  Returns 0 when done, BLOCKED, or -1 (no sudog)."""
    if c == 0:
        park(st, gs, ev, g, WAIT_CHAN_RECV_NIL)
        return BLOCKED
    w = c >> 3
    n = mem[w + C_ELEMWORDS]
    i = dequeue(mem, st, gs, sg, c, C_SENDQ)
    if i >= 0:
        if mem[w + C_CAP] == 0:
            copy_words(mem, dst, sg[i, SG_ELEM], n)
        else:
            # the buffer is full: take its head, and the sender's value takes its place
            x = mem[w + C_RECVX]
            slot = mem[w + C_BUF] + x * n * 8
            copy_words(mem, dst, slot, n)
            copy_words(mem, slot, sg[i, SG_ELEM], n)
            x += 1
            if x == mem[w + C_CAP]:
                x = 0
            mem[w + C_RECVX] = x
            mem[w + C_SENDX] = x
        if okaddr != 0:
            mem[okaddr >> 3] = 1
        complete(mem, st, gs, sg, runq, ev, i, 1)
        return 0
    if mem[w + C_COUNT] > 0:
        x = mem[w + C_RECVX]
        slot = mem[w + C_BUF] + x * n * 8
        copy_words(mem, dst, slot, n)
        copy_words(mem, slot, 0, n)
        x += 1
        if x == mem[w + C_CAP]:
            x = 0
        mem[w + C_RECVX] = x
        mem[w + C_COUNT] -= 1
        if okaddr != 0:
            mem[okaddr >> 3] = 1
        return 0
    if mem[w + C_CLOSED] != 0:
        copy_words(mem, dst, 0, n)
        if okaddr != 0:
            mem[okaddr >> 3] = 0
        return 0
    i = sudog_get(st, sg)
    if i < 0:
        return -1
    sg[i, SG_G] = g
    sg[i, SG_ELEM] = dst
    sg[i, SG_OK] = okaddr
    sg[i, SG_CHAN] = c
    sg[i, SG_CASE] = -1
    sg[i, SG_NEXTPC] = nextpc
    enqueue(mem, sg, c, C_RECVQ, i)
    park(st, gs, ev, g, WAIT_CHAN_RECV)
    return BLOCKED


@vmjit
def closechan(mem, st, gs, sg, runq, ev, c):
    """close(c): every waiting receiver gets the zero value and ok == false;
    every waiting sender re-runs its SEND and panics.  Returns 0 or a PANIC_* code."""
    if c == 0:
        return PANIC_CLOSE_NIL
    w = c >> 3
    if mem[w + C_CLOSED] != 0:
        return PANIC_CLOSE_CLOSED
    mem[w + C_CLOSED] = 1
    n = mem[w + C_ELEMWORDS]
    while True:
        i = dequeue(mem, st, gs, sg, c, C_RECVQ)
        if i < 0:
            break
        copy_words(mem, sg[i, SG_ELEM], 0, n)
        complete(mem, st, gs, sg, runq, ev, i, 0)
    while True:
        i = dequeue(mem, st, gs, sg, c, C_SENDQ)
        if i < 0:
            break
        g = sg[i, SG_G]
        sudog_put(st, sg, i)
        ready(st, gs, runq, ev, g)      # re-runs SEND (or SELECT), which panics
    return 0


@vmjit
def fastrand(st):
    x = st[ST_RAND]
    x ^= (x << 13)
    x ^= (x >> 7) & 0x01FFFFFFFFFFFFFF
    x ^= (x << 17)
    st[ST_RAND] = x
    return x & 0x7FFFFFFF


@vmjit
def selectgo(mem, st, gs, sg, runq, ev, g, fpw, a, n, has_default, nextpc):
    """select over the n cases described at frame words fpw+a+1 ... (4 words a
    case: kind (1 send, 2 receive), channel, value slot, ok slot -- slots as
    frame offsets, ok slot 0 for none).  Writes the chosen case index to
    R[a] and returns 0; BLOCKED; or a PANIC_* code; -1 when out of sudogs."""
    base = fpw + a + 1
    # woken by a case another goroutine completed: dequeue the other sudogs
    if gs[g, G_SELDONE] != 0:
        chosen = gs[g, G_PARAM]
        for k in range(n):
            c = mem[base + 4 * k + 1]
            if c == 0:
                continue
            q = C_SENDQ if mem[base + 4 * k] == 1 else C_RECVQ
            j = mem[(c >> 3) + q]
            while j != 0:
                i = j - 1
                j = sg[i, SG_NEXT]
                if sg[i, SG_G] == g:
                    unlink(mem, sg, c, q, i)
                    sudog_put(st, sg, i)
        gs[g, G_SELDONE] = 0
        gs[g, G_PARAM] = -1
        mem[fpw + a] = chosen
        return 0
    # a uniformly random choice among the ready cases (reservoir sampling: the
    # k-th ready case seen replaces the choice with probability 1/k), which
    # is what Go's random poll order gives without a poll-order array
    chosen = -1
    nready = 0
    for k in range(n):
        c = mem[base + 4 * k + 1]
        if c == 0:
            continue
        w = c >> 3
        if mem[base + 4 * k] == 1:
            ready = mem[w + C_CLOSED] != 0 or mem[w + C_COUNT] < mem[w + C_CAP] or \
                has_waiter(mem, st, gs, sg, c, C_RECVQ)
        else:
            ready = mem[w + C_COUNT] > 0 or mem[w + C_CLOSED] != 0 or has_waiter(mem, st, gs, sg, c, C_SENDQ)
        if ready:
            nready += 1
            if fastrand(st) % nready == 0:
                chosen = k
    if chosen >= 0:
        k = chosen
        c = mem[base + 4 * k + 1]
        val = (fpw + mem[base + 4 * k + 2]) << 3
        if mem[base + 4 * k] == 1:
            if mem[(c >> 3) + C_CLOSED] != 0:
                return PANIC_SEND_CLOSED
            r = chansend(mem, st, gs, sg, runq, ev, g, c, val, nextpc)
        else:
            oks = mem[base + 4 * k + 3]
            okaddr = ((fpw + oks) << 3) if oks != 0 else 0
            r = chanrecv(mem, st, gs, sg, runq, ev, g, c, val, okaddr, nextpc)
        if r != 0:
            return r
        mem[fpw + a] = k
        return 0
    if has_default != 0:
        mem[fpw + a] = n
        return 0
    # block on every channel at once
    any_case = False
    for k in range(n):
        c = mem[base + 4 * k + 1]
        if c == 0:
            continue
        any_case = True
        i = sudog_get(st, sg)
        if i < 0:
            return -1
        kind = mem[base + 4 * k]
        sg[i, SG_G] = g
        sg[i, SG_ELEM] = (fpw + mem[base + 4 * k + 2]) << 3
        oks = mem[base + 4 * k + 3]
        sg[i, SG_OK] = ((fpw + oks) << 3) if (kind == 2 and oks != 0) else 0
        sg[i, SG_CHAN] = c
        sg[i, SG_CASE] = k
        sg[i, SG_NEXTPC] = nextpc
        enqueue(mem, sg, c, C_SENDQ if kind == 1 else C_RECVQ, i)
    gs[g, G_SELDONE] = 0
    park(st, gs, ev, g, WAIT_SELECT if any_case else WAIT_SELECT_NO_CASES)
    return BLOCKED


# ---------------------------------------------------------------- sync

@vmjit
def wait_push(mem, gs, obj, g):
    """Append g to the wait queue whose head/tail are words 1 and 2 of obj."""
    w = obj >> 3
    gs[g, G_NEXT] = 0
    tail = mem[w + 2]
    if tail == 0:
        mem[w + 1] = g + 1
    else:
        gs[tail - 1, G_NEXT] = g + 1
    mem[w + 2] = g + 1


@vmjit
def wait_pop(mem, gs, obj):
    w = obj >> 3
    h = mem[w + 1]
    if h == 0:
        return -1
    g = h - 1
    mem[w + 1] = gs[g, G_NEXT]
    if gs[g, G_NEXT] == 0:
        mem[w + 2] = 0
    gs[g, G_NEXT] = 0
    return g


@vmjit
def wg_add(mem, st, gs, runq, ev, p, delta):
    """WaitGroup.Add: returns 0 or PANIC_WG_NEGATIVE."""
    w = p >> 3
    v = mem[w] + delta
    mem[w] = v
    if v < 0:
        return PANIC_WG_NEGATIVE
    if v == 0:
        while True:
            g = wait_pop(mem, gs, p)
            if g < 0:
                break
            gs[g, G_PC] = gs[g, G_RESUME]
            ready(st, gs, runq, ev, g)
    return 0


@vmjit
def sync_wait(mem, st, gs, ev, g, p, nextpc):
    """Block g on the wait queue of the sync object at p (words 1-2), to resume
    at nextpc when woken; returns BLOCKED."""
    gs[g, G_RESUME] = nextpc
    wait_push(mem, gs, p, g)
    park(st, gs, ev, g, WAIT_SEMACQUIRE)
    return BLOCKED


@vmjit
def wg_wait(mem, st, gs, ev, g, p, nextpc):
    if mem[p >> 3] == 0:
        return 0
    return sync_wait(mem, st, gs, ev, g, p, nextpc)


@vmjit
def mutex_lock(mem, st, gs, ev, g, p, nextpc):
    w = p >> 3
    if mem[w] == 0:
        mem[w] = 1
        return 0
    return sync_wait(mem, st, gs, ev, g, p, nextpc)


@vmjit
def mutex_unlock(mem, st, gs, runq, ev, p):
    """Returns 0, or FATAL_UNLOCK_UNLOCKED.  The lock passes straight to the
    first waiter (it stays locked)."""
    w = p >> 3
    if mem[w] == 0:
        return FATAL_UNLOCK_UNLOCKED
    g = wait_pop(mem, gs, p)
    if g < 0:
        mem[w] = 0
    else:
        gs[g, G_PC] = gs[g, G_RESUME]
        ready(st, gs, runq, ev, g)
    return 0


# ---------------------------------------------------------------- sync.RWMutex
# The five words of a sync.RWMutex: 0 a writer holds it, 1-2 the wait queue
# (head, tail: writers and readers in arrival order, G_PARAM 1 for a reader),
# 3 the readers holding it, 4 the writers waiting.  As Go's, a waiting writer
# keeps new readers out, so writers are not starved.

@vmjit
def rwmutex_lock(mem, st, gs, ev, g, p, reader, nextpc):
    """Lock (reader 0) or RLock (reader 1) the RWMutex at p for g: 0, or BLOCKED."""
    w = p >> 3
    if reader != 0:
        if mem[w] == 0 and mem[w + 4] == 0:
            mem[w + 3] += 1
            return 0
    else:
        if mem[w] == 0 and mem[w + 3] == 0:
            mem[w] = 1
            return 0
        mem[w + 4] += 1
    gs[g, G_PARAM] = reader
    return sync_wait(mem, st, gs, ev, g, p, nextpc)


@vmjit
def rwmutex_unlock(mem, st, gs, runq, ev, p, reader):
    """Unlock (reader 0) or RUnlock (reader 1) the RWMutex at p; then, when
    nobody holds it, the first waiter gets it: a writer alone, or every reader
    queued before the next writer.  Returns 0 or a FATAL_* code."""
    w = p >> 3
    if reader != 0:
        if mem[w + 3] <= 0:
            return FATAL_RUNLOCK_UNLOCKED
        mem[w + 3] -= 1
        if mem[w + 3] > 0:
            return 0
    else:
        if mem[w] == 0:
            return FATAL_RWUNLOCK_UNLOCKED
        mem[w] = 0
    while mem[w + 1] != 0:
        first = mem[w + 1] - 1
        if gs[first, G_PARAM] == 0:          # a writer: only when no reader holds it
            if mem[w + 3] == 0:
                wait_pop(mem, gs, p)
                mem[w] = 1
                mem[w + 4] -= 1
                gs[first, G_PC] = gs[first, G_RESUME]
                ready(st, gs, runq, ev, first)
            return 0
        wait_pop(mem, gs, p)
        mem[w + 3] += 1
        gs[first, G_PC] = gs[first, G_RESUME]
        ready(st, gs, runq, ev, first)
    return 0
