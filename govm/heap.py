"""The heap: a size-class allocator over the heap arena, after Go's malloc.go and mheap.go.

Address space
-------------
``govm.runtime.Machine`` reserves the whole memory map with one ``mmap``
(``MAP_NORESERVE``); the heap is the range ``[base, base + space)`` of it
(``layout.HEAP_BASE``, ``layout.HEAP_SPACE``).  Addresses are byte offsets
in the reservation, so a Go pointer is a plain int64 and nil is 0.  The range
is cut into 8 KB *pages* (Go's ``_PageSize``), page ``p`` being the bytes from
``base + p*8192``.  Page 0 of the range is never handed out: it holds the
address every zero-size allocation returns (``zerobase``), and no object is
ever at address 0 even when ``base`` is 0.

The range is carved into 64 MB *arenas* (``heapArenaBytes``) from low to high
as the heap grows: ``H_FRESH`` is the first page never used; everything above
it is untouched and costs no RAM.  ``HeapSys`` grows in 4 MB steps (Go's
palloc chunks) as fresh pages are taken, ``H_NARENAS`` counts the arenas
begun.  Go keeps a ``heapArena`` record per arena with that arena's span table
and bitmaps; here each metadata table is one flat table over all pages, so
arena ``a``'s metadata is the part of each table for pages ``[a*8192,
(a+1)*8192)``.  The tables live in a second ``MAP_NORESERVE`` reservation:
like the heap itself, only the parts describing touched pages become real.

Spans
-----
A *span* is a run of whole pages.  A span of a *size class* (67 classes,
Go's table: 8, 16, 24, 32, 48, 64, 80, ... 32768 bytes, each with Go's span
length of 1..10 pages) is cut into ``nelems`` equal slots; a *large* object
(> 32 KB) gets a span of its own, ``ceil(size / 8 KB)`` pages.  Each class
comes in two *span classes* (``spc = class << 1 | noscan``) as in Go: objects
without pointers (strings' bytes, ``[]int`` backing arrays) live in noscan
spans, which the collector never looks into and whose pointer bits are never
written.

A span is named by the index ``s`` of its first page, and its record (Go's
``mspan``; fields ``S_*``) is at ``SP0 + s*S_FIELDS`` in the int64 metadata
array.  The page map (Go's ``spans`` table, ``spanOf``) holds ``s + 1`` for
every page of an in-use span ``s`` and 0 for pages never used, so
``find_object`` maps any address, interior ones included, to its object with
one page-map read, one record read and a multiplication by the class's magic
reciprocal (Go's ``divmagic``) instead of a division.

Invariants:

* the in-use spans and the free runs tile the pages ``[1, H_FRESH)``;
* a record's ``S_STATE`` is not ``SPAN_NONE`` only at the first page of a
  current span or free run.  For a free run only its first and last pages'
  page-map entries are kept (what coalescing needs); its interior entries may
  be stale, so a reader checks that the span it found covers the page;
* every slot handed out is 8-byte aligned and zeroed; slot ``i`` of a small
  span is allocated iff ``i < S_FREEINDEX`` or its alloc bit is set.

Allocating an object (``heap_alloc``)
------------------------------------
The size picks the class through a 4097-entry table indexed by ``size/8``
rounded up.  Each span class has a *current span* (Go's ``mcache.alloc``),
``H_CUR + spc``, and a slot is found as Go's ``nextFreeFast`` finds it:
``S_ALLOCCACHE`` holds the complement of the alloc bits from ``S_FREEINDEX``
on, so the next free slot is ``freeindex + ctz(cache)``.  The fast path
(``alloc_small``, which the VM's ``NEW`` inlines with the span class the
compiler computed for the type) is a few loads, one count-trailing-zeros, a
shift, three stores and, for an object with pointers, one or two bitmap
words.  It keeps no statistics: as Go's ``mcache`` does, they are counted a
span at a time (``_cache_span``/``_uncache_span``): a span that becomes
current counts whole in ``H_LIVE`` (Go's ``heapLive``, what the pacer
compares with its goal), and its allocations reach ``Mallocs`` and
``TotalAlloc`` when it stops being current or ``flush_stats`` runs
(``heap_stats`` does).  When the cache runs out (every 64 slots, or when the
span is full) ``nextFreeIndex`` reloads it from the alloc bits; when the span
is full the class takes a span from its *partial list* (spans the sweeper left
with free slots) or cuts a new one from the page heap (``refill``).  Alloc
bits and mark bits (Go's ``allocBits`` and ``gcmarkBits``) are one bit per
slot, 16 words each per span (no span has more than 1024 slots); as in Go the
alloc bits are written only by the sweeper, which makes the mark bits the new
alloc bits.

Objects are zeroed: pages never used are zero (the kernel's zero pages), so
spans cut from fresh pages need nothing; a span holding reused memory has
``S_NEEDZERO`` set and every slot handed out from it is cleared first.

Pointer bits
------------
The pointer bitmap has one bit per heap word (word ``(addr - base) >> 3``),
set iff that word of an object in a scan span holds a pointer (Go's heap
bitmap).  Allocation writes the bits of the whole slot from the object's
type, so the stale bits of a reused slot never survive; the tail of a slot
beyond the requested size has none.  The collector scans an object by its set
bits alone and never needs the type.

Type table (produced by the compiler)
-------------------------------------
A flat int32 array ``typetab``.  Type id 0 means "no pointers".  For a type
id ``t >= 1``::

    typetab[3*t + 0]  size of one value of the type, in 8-byte words (>= 1)
    typetab[3*t + 1]  index i_t into typetab where its pointer offsets start
    typetab[3*t + 2]  number n_t of pointer words (0: the type has none)
    typetab[i_t : i_t + n_t]   word offsets of the pointer words, ascending,
                               each in [0, size)

The headers of all ids come first (``3 * ntypes`` entries, id 0's being
``0, 0, 0``), then the offset lists; ``build_type_table`` packs it from
``[(size_words, [offsets]), ...]``.  ``heap_alloc(mem, H, size, t)`` with
``size`` a multiple of the type's size allocates an array of ``size //
(8*size_words)`` values (a slice's backing store): the pointer map repeats per
element.  A pointer word is one that may hold a heap address: a pointer, a
string's or slice's data word, a map, chan or func value, an interface's data
word.  Pointers outside the heap (string literals, globals, stacks) are
ignored by ``find_object``.

Page heap
---------
Pages come from free runs first, fresh pages otherwise.  Free runs are on
doubly linked lists by length (``H_FREELIST + n`` for n < 128 pages; list 0
holds longer runs and is searched best fit, lowest address first).  Freeing a
span coalesces it with its free neighbours (found through the page map at the
page before and the page after it).  A run is *dirty* until the scavenger
(``scavenge`` + ``release``) returns its pages to the kernel with
``madvise(MADV_DONTNEED)``; the pages of a scavenged run read as zero again,
so a span cut from one needs no zeroing.  ``release`` keeps what the heap
will use again (Go's scavenger retains 10% over the next heap goal): it
stops when the heap retains no more than asked, splitting the last run.

Statistics (``heap_stats``) have the meanings of Go's ``runtime.MemStats``:
``Mallocs``/``Frees`` count objects, ``TotalAlloc`` the bytes of all objects
ever allocated, ``HeapAlloc`` those not freed yet (slot sizes, as Go counts
them), ``HeapObjects`` = Mallocs - Frees, ``HeapSys`` the heap address space
taken into use, ``HeapInuse`` the bytes of in-use spans, ``HeapIdle`` = Sys -
Inuse, ``HeapReleased`` the idle bytes returned to the kernel.

Collector support
-----------------
``find_object`` (base, size, span, slot of any address), ``mark_object`` (set
a mark bit; says whether it was new), ``sweep_span``/``sweep_all`` (free the
unmarked objects, make the mark bits the alloc bits, put spans with room on
their class's partial list, give empty spans back to the page heap; in
the GC stress mode, overwrite every freed object with ``HEAP_POISON``),
``free_object`` and ``scavenge``/``release`` are here; root scanning and the
mark loop belong to the collector.  All of it is single-threaded and
stop-the-world.

State
-----
``H = new_heap_state(base, space, typetab)`` is a pair of arrays, ``(m, b)``,
views of one ``MAP_NORESERVE`` mapping; every jitted function takes ``H``::

    m (int64)  [0, 512)                 scalars H_*: range, page counters, stats,
                                        H_CUR/H_PARTIAL/H_FREELIST list heads
               [SP0, +S_FIELDS*(n+1))   span records, s*S_FIELDS apart; record n
                                        (n = pages in the range) is the empty
                                        "dummy" current span
               [m[H_PM0], +n)           page map: s + 1 of the span holding page p
               [m[H_TT0], ...)          the type table (as int64)
               [m[H_TM0], +ntypes)      each type's pointer words as a 64-bit mask
                                        (types of <= 64 words: the fast path)
    b (uint64) [s*32, +16), [s*32+16, +16)   alloc bits, mark bits of span s
               [m[H_PB0], +n*16)        pointer bits, one per heap word

Two arrays keep a call cheap (Numba passes each array as ~8 scalars).  The
jitted functions are compiled with ``_nrt=False``: none of them allocates,
and with Numba's reference counting on, every call would increment and
decrement each array argument's count atomically -- more time than the whole
allocation takes.
"""
from __future__ import annotations

import mmap

import numpy as np

from .jit import vminline, vmjit  # first: it imports Numba the fast way (without SciPy)
from numba.core import types as _nbtypes  # noqa: E402
from numba.extending import intrinsic  # noqa: E402
from numba.cpython.unsafe.numbers import trailing_zeros  # noqa: E402

U = np.uint64

PAGE_SHIFT = 13
PAGE = 1 << PAGE_SHIFT               # 8 KB
ARENA_BYTES = 64 << 20               # 64 MB: Go's heapArenaBytes on 64-bit Linux
SYS_CHUNK_PAGES = (4 << 20) >> PAGE_SHIFT   # HeapSys grows by 4 MB (Go's pallocChunkBytes)
MAX_SMALL = 32768
NFL = 128                            # free-run lists: exact lengths 1..127, list 0 for longer runs

# Go 1.19 runtime/sizeclasses.go: class_to_size, class_to_allocnpages
CLASS_SIZE = np.array([
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
    320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
    1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768], dtype=np.int64)
CLASS_NPAGES = np.array([
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2,
    9, 7, 5, 8, 3, 10, 7, 4], dtype=np.int64)
NCLASSES = len(CLASS_SIZE)           # 68, class 0 standing for large objects
NSPC = 2 * NCLASSES
CLASS_NELEMS = np.zeros(NCLASSES, dtype=np.int64)
CLASS_NELEMS[1:] = (CLASS_NPAGES[1:] << PAGE_SHIFT) // CLASS_SIZE[1:]
CLASS_DIVMAGIC = np.zeros(NCLASSES, dtype=np.int64)     # off * magic >> 32 == off // size
CLASS_DIVMAGIC[1:] = (0xFFFFFFFF // CLASS_SIZE[1:]) + 1
# SIZE_TO_CLASS[(size + 7) >> 3], 0 < size <= 32768: the smallest class that holds size
SIZE_TO_CLASS = np.searchsorted(CLASS_SIZE, np.arange(MAX_SMALL // 8 + 1) * 8).astype(np.uint8)
SIZE_TO_CLASS[0] = 1

# ---------------------------------------------------------------- m[...]: scalar state
H_BASE = 0          # the heap range [H_BASE, H_END), byte addresses
H_END = 1
H_NPAGES = 2        # pages in the range
H_FRESH = 3         # first page never used
H_SYSEND = 4        # pages [0, H_SYSEND) count in HeapSys
H_NARENAS = 5       # 64 MB arenas begun
H_ARENA = 6         # arena size in bytes
H_ZEROBASE = 7      # the address of every zero-size object (never inside a heap object)
H_DUMMY = 8         # the empty span record's index: "no current span"
H_NFREERUNS = 9     # free runs on the free lists
H_PM0 = 10          # m[H_PM0 + p]: page map entry of page p
H_TT0 = 11          # m[H_TT0 + i]: typetab[i]
H_PB0 = 12          # b[H_PB0 + w/64]: pointer bits of heap words w..w+63
H_TM0 = 13          # m[H_TM0 + t]: type t's pointer words as a bit mask, when it has <= 64 words
# statistics
H_MALLOCS = 16
H_FREES = 17
H_TOTALALLOC = 18   # bytes ever allocated
H_FREED = 19        # bytes ever freed: HeapAlloc = TotalAlloc - Freed
H_INUSE = 20        # bytes in in-use spans
H_SYS = 21          # HeapSys bytes
H_RELEASED = 22     # bytes of free runs returned to the kernel
H_NSPANS = 23       # in-use spans
H_LIVE = 24         # the pacer's heap live bytes: allocated, not freed, plus the free slots of
                    # the current spans (Go's heapLive: a span counts whole when it is cached)
H_PBBIT = 25        # bit index of heap word address a in b: H_PBBIT + a/8
H_CUR = 32                          # + spc: current span of the span class
H_PARTIAL = H_CUR + NSPC            # + spc: swept spans of the class with free slots
H_FREELIST = H_PARTIAL + NSPC       # + n: free runs of n pages (0: of >= NFL pages)
H_SIZE = H_FREELIST + NFL
SP0 = 512                           # span records start here in m

# ---------------------------------------------------------------- m[SP0 + s*S_FIELDS + ...]: span records
S_ALLOCCACHE = 0    # ~allocbits from freeindex on (bit 0 = slot freeindex), as an int64 bit pattern
S_FREEINDEX = 1     # slots below are allocated; the search for a free one starts here
S_NELEMS = 2
S_ELEMSIZE = 3      # slot size; a large object's is its span's bytes
S_BASE = 4          # address of the first page
S_ALLOCCOUNT = 5    # slots allocated
S_NEEDZERO = 6      # 1: the span's memory may be dirty, clear slots as they are handed out
S_SPC = 7           # span class: class << 1 | noscan (class 0: a large object)
S_STATE = 8         # SPAN_*
S_NPAGES = 9
S_NEXT = 10         # list links (-1 ends the list), while S_LIST != 0
S_PREV = 11
S_LIST = 12         # m index of the head of the list the span is on; 0: none
S_DIVMAGIC = 13
S_TYPE = 14         # a large object's type id
S_SCAVENGED = 15    # a free run: 1 when its pages were returned to the kernel
S_ALLOCBASE = 16    # a current span: S_ALLOCCOUNT when it became current (not yet in the stats)
S_FIELDS = 17

# what GOVM_STRESS_GC writes over every freed object: 0xDEADBEEFDEADBEEF
HEAP_POISON = -0x2152411021524111

SPAN_NONE = 0
SPAN_SMALL = 1
SPAN_LARGE = 2
SPAN_FREE = 3

# ---------------------------------------------------------------- b[...]: bits
GC_WORDS = 32       # b[s*GC_WORDS + 0..15]: alloc bits of span s; + MARK0..: mark bits
MARK0 = 16



@intrinsic
def popcount(typingctx, x):
    """Number of set bits of an integer (LLVM ctpop)."""
    if not isinstance(x, _nbtypes.Integer):
        return None

    def codegen(context, builder, sig, args):
        return builder.ctpop(args[0])
    return x(x), codegen


# ---------------------------------------------------------------- Python side

def build_type_table(types) -> np.ndarray:
    """Pack ``types`` -- a list whose entry i is ``(size_words, pointer_word_offsets)``
    for type id i+1 -- into the flat int32 ``typetab`` described in the module doc."""
    n = len(types) + 1
    head = [0, 0, 0]
    offs = []
    at = 3 * n
    for size_words, ptrs in types:
        ptrs = sorted(int(o) for o in ptrs)
        if size_words < 1 or any(o < 0 or o >= size_words for o in ptrs) or len(set(ptrs)) != len(ptrs):
            raise ValueError(f"bad type ({size_words}, {ptrs})")
        head += [size_words, at, len(ptrs)]
        offs += ptrs
        at += len(ptrs)
    return np.array(head + offs, dtype=np.int32)


def new_heap_state(base: int, space: int, typetab=None, arena_bytes: int = ARENA_BYTES):
    """The state of a heap over the range ``[base, base + space)`` of a
    reservation: ``H = (m, b)``, ``m`` int64 and ``b`` uint64 (module doc).

    Both are views of one ``MAP_NORESERVE`` mapping of their own (kept alive
    by the arrays), so they cost RAM only where the heap is used.
    """
    if base % PAGE or base < 0 or space < 2 * PAGE:
        raise ValueError("the heap range must be page aligned and at least two pages")
    npages = space >> PAGE_SHIFT
    if typetab is None:
        typetab = np.zeros(3, dtype=np.int32)
    typetab = np.asarray(typetab).astype(np.int64)
    nrec = npages + 1                          # and the dummy record
    pm0 = SP0 + nrec * S_FIELDS
    tt0 = pm0 + npages
    # the header of type 1 says where the offset lists begin: right after all the headers
    ntypes = int(typetab[4]) // 3 if len(typetab) >= 6 else 1
    tm0 = tt0 + len(typetab)
    mwords = tm0 + ntypes
    pb0 = nrec * GC_WORDS
    bwords = pb0 + npages * (PAGE // 8 // 64)
    mbytes = (mwords * 8 + 4095) & ~4095
    region = mmap.mmap(-1, mbytes + bwords * 8,
                       flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | getattr(mmap, "MAP_NORESERVE", 0x4000))
    m = np.frombuffer(region, dtype=np.int64, count=mwords, offset=0)
    b = np.frombuffer(region, dtype=np.uint64, count=bwords, offset=mbytes)
    m[H_BASE] = base
    m[H_END] = base + (npages << PAGE_SHIFT)
    m[H_NPAGES] = npages
    m[H_FRESH] = 1                             # page 0 is never handed out
    m[H_ARENA] = arena_bytes
    m[H_ZEROBASE] = base if base else 8
    m[H_DUMMY] = npages
    m[H_PM0] = pm0
    m[H_TT0] = tt0
    m[H_PB0] = pb0
    m[H_PBBIT] = (pb0 << 6) - (base >> 3)
    m[H_CUR:H_CUR + NSPC] = npages             # the dummy: its empty cache sends allocation to refill
    m[H_PARTIAL:H_PARTIAL + NSPC] = -1
    m[H_FREELIST:H_FREELIST + NFL] = -1
    m[tt0:tm0] = typetab
    for t in range(1, ntypes):
        if 0 < typetab[3 * t] <= 64:
            mask = 0
            for j in range(typetab[3 * t + 2]):
                mask |= 1 << int(typetab[typetab[3 * t + 1] + j])
            m[tm0 + t] = mask - (1 << 64) if mask >= 1 << 63 else mask
    m[H_TM0] = tm0
    return (m, b)


def heap_stats(H) -> dict:
    """The heap's figures with the meanings of Go's runtime.MemStats fields."""
    flush_stats(H)
    m = H[0]
    sys_ = int(m[H_SYS])
    inuse = int(m[H_INUSE])
    return {
        "HeapAlloc": int(m[H_TOTALALLOC] - m[H_FREED]),
        "HeapSys": sys_,
        "HeapIdle": sys_ - inuse,
        "HeapInuse": inuse,
        "HeapReleased": int(m[H_RELEASED]),
        "HeapObjects": int(m[H_MALLOCS] - m[H_FREES]),
        "Mallocs": int(m[H_MALLOCS]),
        "Frees": int(m[H_FREES]),
        "TotalAlloc": int(m[H_TOTALALLOC]),
        "HeapSpans": int(m[H_NSPANS]),
        "Arenas": int(m[H_NARENAS]),
    }


def release(region, H, offset: int = 0, retain: int = 0) -> int:
    """Return the pages of dirty free runs to the kernel --
    ``madvise(MADV_DONTNEED)`` on ``region``, the ``mmap`` holding the heap
    (heap address a at ``a - offset`` in it) -- until the heap retains at
    most ``retain`` bytes (in-use spans plus dirty free runs).  Go's
    scavenger keeps 10% over the next heap goal this way, so that a heap
    that shrinks and grows again every cycle does not fault its pages back
    in each time.  Returns the bytes released."""
    out = np.zeros((256, 2), dtype=np.int64)
    done = 0
    while True:
        n = int(scavenge(H, out, retain))
        for i in range(n):
            region.madvise(mmap.MADV_DONTNEED, int(out[i, 0]) - offset, int(out[i, 1]))
            done += int(out[i, 1])
        if n < out.shape[0]:
            return done


# ---------------------------------------------------------------- bit helpers

@vmjit
def _clear_bits(b, lo, n):
    """Clear bits [lo, lo+n) of the uint64 bit array b."""
    hi = lo + n
    while lo < hi:
        k = min(64 - (lo & 63), hi - lo)
        if k == 64:
            b[lo >> 6] = U(0)
        else:
            b[lo >> 6] &= ~(((U(1) << U(k)) - U(1)) << U(lo & 63))
        lo += k


@vmjit
def _set_bits(b, lo, n):
    """Set bits [lo, lo+n) of the uint64 bit array b."""
    hi = lo + n
    while lo < hi:
        k = min(64 - (lo & 63), hi - lo)
        if k == 64:
            b[lo >> 6] = ~U(0)
        else:
            b[lo >> 6] |= ((U(1) << U(k)) - U(1)) << U(lo & 63)
        lo += k


@vminline
def _set_mask_bits(H, addr, ew, typ):
    """The pointer bits of a slot of ew <= 64 words at addr holding one value of
    type typ: the type's mask, the rest of the slot cleared (one or two bitmap
    words)."""
    m = H[0]
    b = H[1]
    lo = m[H_PBBIT] + (addr >> 3)
    mask = U(m[m[H_TM0] + typ])
    ones = ~U(0) if ew == 64 else (U(1) << U(ew)) - U(1)
    sh = lo & 63
    w = lo >> 6
    b[w] = (b[w] & ~(ones << U(sh))) | (mask << U(sh))
    if sh + ew > 64:
        b[w + 1] = (b[w + 1] & ~(ones >> U(64 - sh))) | (mask >> U(64 - sh))


@vmjit
def _set_ptrbits(H, addr, elemsize, size, typ):
    """Write the pointer bits of the slot at addr: the type's map repeated over size bytes."""
    m = H[0]
    b = H[1]
    lo = m[H_PBBIT] + (addr >> 3)                    # bit index of the slot's first word
    tt = m[H_TT0]
    ew = elemsize >> 3
    if ew <= 64 and (size >> 3) == m[tt + 3 * typ]:
        _set_mask_bits(H, addr, ew, typ)
        return
    _clear_bits(b, lo, ew)
    tw = m[tt + 3 * typ]
    at = tt + m[tt + 3 * typ + 1]
    cnt = m[tt + 3 * typ + 2]
    nw = size >> 3
    if cnt == tw:                     # every word a pointer ([]*T, [][]T's data words, ...)
        _set_bits(b, lo, nw - nw % tw)
        return
    nel = 1 if nw == tw else nw // tw
    for e in range(nel):
        eb = lo + e * tw
        for j in range(cnt):
            i = eb + m[at + j]
            b[i >> 6] |= U(1) << U(i & 63)


# ---------------------------------------------------------------- span lists

@vmjit
def _list_push(m, head, s):
    r = SP0 + s * S_FIELDS
    h = m[head]
    m[r + S_NEXT] = h
    m[r + S_PREV] = -1
    m[r + S_LIST] = head
    if h >= 0:
        m[SP0 + h * S_FIELDS + S_PREV] = s
    m[head] = s


@vmjit
def _list_remove(m, s):
    r = SP0 + s * S_FIELDS
    n = m[r + S_NEXT]
    p = m[r + S_PREV]
    if p >= 0:
        m[SP0 + p * S_FIELDS + S_NEXT] = n
    else:
        m[m[r + S_LIST]] = n
    if n >= 0:
        m[SP0 + n * S_FIELDS + S_PREV] = p
    m[r + S_LIST] = 0


# ---------------------------------------------------------------- the page heap

@vmjit
def _free_run_set(m, s, n, scavenged):
    """Make pages [s, s+n) one free run and put it on its list."""
    r = SP0 + s * S_FIELDS
    m[r + S_STATE] = SPAN_FREE
    m[r + S_NPAGES] = n
    m[r + S_SCAVENGED] = scavenged
    m[m[H_PM0] + s] = s + 1
    m[m[H_PM0] + s + n - 1] = s + 1
    _list_push(m, H_FREELIST + (n if n < NFL else 0), s)
    m[H_NFREERUNS] += 1


@vmjit
def _find_free_run(m, n):
    """A free run of at least n pages, or -1: the exact lists from n up, then the
    long runs' list, best fit (the lowest address among equals)."""
    if n < NFL:
        for k in range(n, NFL):
            s = m[H_FREELIST + k]
            if s >= 0:
                return s
    best = -1
    bestn = 0
    s = m[H_FREELIST]
    while s >= 0:
        k = m[SP0 + s * S_FIELDS + S_NPAGES]
        if k >= n and (best < 0 or k < bestn or (k == bestn and s < best)):
            best = s
            bestn = k
        s = m[SP0 + s * S_FIELDS + S_NEXT]
    return best


@vmjit
def alloc_pages(m, n):
    """A span of n pages (the index of its first page), or -1 when the arena is
    exhausted.  Sets the record's S_NPAGES, S_BASE, S_NEEDZERO and the page
    map; the caller sets the rest."""
    s = -1
    needzero = 0
    if m[H_NFREERUNS] > 0:
        s = _find_free_run(m, n)
        if s >= 0:
            _list_remove(m, s)
            m[H_NFREERUNS] -= 1
            r = SP0 + s * S_FIELDS
            k = m[r + S_NPAGES]
            scav = m[r + S_SCAVENGED]
            if scav != 0:
                m[H_RELEASED] -= n << PAGE_SHIFT
            else:
                needzero = 1
            if k > n:
                _free_run_set(m, s + n, k - n, scav)
    if s < 0:
        s = m[H_FRESH]
        if s + n > m[H_NPAGES]:
            return -1
        m[H_FRESH] = s + n
        if s + n > m[H_SYSEND]:
            e = min((s + n + SYS_CHUNK_PAGES - 1) // SYS_CHUNK_PAGES * SYS_CHUNK_PAGES, m[H_NPAGES])
            m[H_SYS] += (e - m[H_SYSEND]) << PAGE_SHIFT
            m[H_SYSEND] = e
            m[H_NARENAS] = ((e << PAGE_SHIFT) + m[H_ARENA] - 1) // m[H_ARENA]
    pm = m[H_PM0]
    for p in range(s, s + n):
        m[pm + p] = s + 1
    r = SP0 + s * S_FIELDS
    m[r + S_NPAGES] = n
    m[r + S_BASE] = m[H_BASE] + (s << PAGE_SHIFT)
    m[r + S_NEEDZERO] = needzero
    m[r + S_SCAVENGED] = 0
    m[r + S_LIST] = 0
    m[H_INUSE] += n << PAGE_SHIFT
    m[H_NSPANS] += 1
    return s


@vmjit
def free_pages(m, s):
    """Give in-use span s back to the page heap, coalescing it with free neighbours."""
    r = SP0 + s * S_FIELDS
    n = m[r + S_NPAGES]
    m[H_INUSE] -= n << PAGE_SHIFT
    m[H_NSPANS] -= 1
    m[r + S_STATE] = SPAN_NONE
    pm = m[H_PM0]
    if s > 1:
        t = m[pm + s - 1] - 1
        rt = SP0 + t * S_FIELDS
        if t >= 0 and m[rt + S_STATE] == SPAN_FREE and t + m[rt + S_NPAGES] == s:
            _list_remove(m, t)
            m[H_NFREERUNS] -= 1
            k = m[rt + S_NPAGES]
            if m[rt + S_SCAVENGED] != 0:
                m[H_RELEASED] -= k << PAGE_SHIFT       # the merged run is dirty
            m[rt + S_STATE] = SPAN_NONE
            s = t
            n += k
    u = s + n
    if u < m[H_FRESH] and m[pm + u] - 1 == u:
        ru = SP0 + u * S_FIELDS
        if m[ru + S_STATE] == SPAN_FREE:
            _list_remove(m, u)
            m[H_NFREERUNS] -= 1
            k = m[ru + S_NPAGES]
            if m[ru + S_SCAVENGED] != 0:
                m[H_RELEASED] -= k << PAGE_SHIFT
            m[ru + S_STATE] = SPAN_NONE
            n += k
    _free_run_set(m, s, n, 0)


@vmjit
def scavenge(H, out, retain):
    """Mark up to len(out) dirty free runs scavenged, writing the (address, bytes)
    of each to out for the caller to madvise(MADV_DONTNEED), while the heap
    retains more than retain bytes (the pages taken into use, less those
    released); returns how many.  Long runs go first."""
    m = H[0]
    k = 0
    for li in range(NFL):
        s = m[H_FREELIST + li]
        while s >= 0:
            if (m[H_FRESH] << PAGE_SHIFT) - m[H_RELEASED] <= retain:
                return k
            r = SP0 + s * S_FIELDS
            if m[r + S_SCAVENGED] == 0:
                if k == out.shape[0]:
                    return k
                n = m[r + S_NPAGES]
                excess = (((m[H_FRESH] << PAGE_SHIFT) - m[H_RELEASED] - retain) + PAGE - 1) >> PAGE_SHIFT
                if excess < n:
                    # give back only the run's top excess pages, split off as a
                    # run of their own; that meets retain, so the walk ends
                    _list_remove(m, s)
                    m[H_NFREERUNS] -= 1
                    _free_run_set(m, s, n - excess, 0)
                    t = s + n - excess
                    _free_run_set(m, t, excess, 1)
                    out[k, 0] = m[H_BASE] + (t << PAGE_SHIFT)
                    out[k, 1] = excess << PAGE_SHIFT
                    m[H_RELEASED] += excess << PAGE_SHIFT
                    return k + 1
                nb = m[r + S_NPAGES] << PAGE_SHIFT
                out[k, 0] = m[H_BASE] + (s << PAGE_SHIFT)
                out[k, 1] = nb
                k += 1
                m[r + S_SCAVENGED] = 1
                m[H_RELEASED] += nb
            s = m[r + S_NEXT]
    return k


# ---------------------------------------------------------------- small objects

@vmjit
def _refill(H, spc):
    """Give span class spc a current span with a free slot; -1 when out of memory."""
    m = H[0]
    s = m[H_PARTIAL + spc]
    if s >= 0:
        _list_remove(m, s)
    else:
        c = spc >> 1
        s = alloc_pages(m, CLASS_NPAGES[c])
        if s < 0:
            return -1
        r = SP0 + s * S_FIELDS
        nelems = CLASS_NELEMS[c]
        m[r + S_STATE] = SPAN_SMALL
        m[r + S_SPC] = spc
        m[r + S_ELEMSIZE] = CLASS_SIZE[c]
        m[r + S_NELEMS] = nelems
        m[r + S_FREEINDEX] = 0
        m[r + S_ALLOCCACHE] = -1
        m[r + S_ALLOCCOUNT] = 0
        m[r + S_DIVMAGIC] = CLASS_DIVMAGIC[c]
        m[r + S_TYPE] = 0
        b = H[1]
        g = s * GC_WORDS
        for w in range((nelems + 63) >> 6):
            b[g + w] = U(0)
            b[g + MARK0 + w] = U(0)
    _cache_span(m, spc, s)
    return s


@vmjit
def _cache_span(m, spc, s):
    """Make span s the current span of its class.  Its free slots count as
    allocated for the pacer from now on; its allocations reach the
    statistics when it stops being current (or flush_stats runs)."""
    r = SP0 + s * S_FIELDS
    m[H_CUR + spc] = s
    m[r + S_ALLOCBASE] = m[r + S_ALLOCCOUNT]
    m[H_LIVE] += (m[r + S_NELEMS] - m[r + S_ALLOCCOUNT]) * m[r + S_ELEMSIZE]


@vmjit
def _uncache_span(m, spc):
    """The current span of span class spc stops being current: its
    allocations go into the statistics, its free slots out of H_LIVE."""
    s = m[H_CUR + spc]
    if s == m[H_DUMMY]:
        return
    r = SP0 + s * S_FIELDS
    es = m[r + S_ELEMSIZE]
    n = m[r + S_ALLOCCOUNT] - m[r + S_ALLOCBASE]
    m[H_MALLOCS] += n
    m[H_TOTALALLOC] += n * es
    m[H_LIVE] -= (m[r + S_NELEMS] - m[r + S_ALLOCCOUNT]) * es
    m[H_CUR + spc] = m[H_DUMMY]


@vmjit
def uncache_all(H):
    """Every span class gives up its current span (before a collection, as Go's
    mcache is flushed): afterwards H_LIVE is exactly TOTALALLOC - FREED."""
    m = H[0]
    for spc in range(NSPC):
        _uncache_span(m, spc)


@vmjit
def flush_stats(H):
    """Bring Mallocs and TotalAlloc up to date with the current spans'
    allocations (they stay current)."""
    m = H[0]
    for spc in range(NSPC):
        s = m[H_CUR + spc]
        if s != m[H_DUMMY]:
            r = SP0 + s * S_FIELDS
            n = m[r + S_ALLOCCOUNT] - m[r + S_ALLOCBASE]
            m[H_MALLOCS] += n
            m[H_TOTALALLOC] += n * m[r + S_ELEMSIZE]
            m[r + S_ALLOCBASE] = m[r + S_ALLOCCOUNT]


@vmjit
def _next_free_index(H, s):
    """Go's nextFreeIndex: the next free slot of span s at or after freeindex,
    consumed (freeindex moves past it); nelems when the span is full."""
    m = H[0]
    b = H[1]
    r = SP0 + s * S_FIELDS
    g = s * GC_WORDS
    fi = m[r + S_FREEINDEX]
    nelems = m[r + S_NELEMS]
    if fi >= nelems:
        return nelems
    cache = m[r + S_ALLOCCACHE]
    bit = trailing_zeros(cache)
    while bit == 64:
        fi = (fi + 64) & ~63
        if fi >= nelems:
            m[r + S_FREEINDEX] = nelems
            return nelems
        cache = np.int64(~b[g + (fi >> 6)])
        bit = trailing_zeros(cache)
    i = fi + bit
    if i >= nelems:
        m[r + S_FREEINDEX] = nelems
        m[r + S_ALLOCCACHE] = 0
        return nelems
    cache = np.int64((U(cache) >> U(bit)) >> U(1))
    fi = i + 1
    if (fi & 63) == 0 and fi != nelems:
        cache = np.int64(~b[g + (fi >> 6)])
    m[r + S_ALLOCCACHE] = cache
    m[r + S_FREEINDEX] = fi
    return i


@vmjit
def _alloc_small_slow(mem, H, spc, size, typ):
    """heap_alloc when the current span's cache has no free slot."""
    m = H[0]
    s = m[H_CUR + spc]
    i = m[SP0 + s * S_FIELDS + S_NELEMS]
    if s != m[H_DUMMY]:
        i = _next_free_index(H, s)
    if i >= m[SP0 + s * S_FIELDS + S_NELEMS]:
        _uncache_span(m, spc)               # full: it waits for the sweeper
        s = _refill(H, spc)
        if s < 0:
            return 0
        i = _next_free_index(H, s)
    r = SP0 + s * S_FIELDS
    es = m[r + S_ELEMSIZE]
    addr = m[r + S_BASE] + i * es
    m[r + S_ALLOCCOUNT] += 1
    if m[r + S_NEEDZERO] != 0:
        mem[addr >> 3:(addr + es) >> 3] = 0
    if (spc & 1) == 0:
        _set_ptrbits(H, addr, es, size, typ)
    return addr


# ---------------------------------------------------------------- large objects

@vmjit
def _alloc_large(mem, H, size, typ, noscan):
    m = H[0]
    if size > m[H_END] - m[H_BASE]:
        return 0
    n = (size + PAGE - 1) >> PAGE_SHIFT
    s = alloc_pages(m, n)
    if s < 0:
        return 0
    r = SP0 + s * S_FIELDS
    nb = n << PAGE_SHIFT
    m[r + S_STATE] = SPAN_LARGE
    m[r + S_SPC] = noscan
    m[r + S_ELEMSIZE] = nb
    m[r + S_NELEMS] = 1
    m[r + S_FREEINDEX] = 1
    m[r + S_ALLOCCACHE] = 0
    m[r + S_ALLOCCOUNT] = 1
    m[r + S_DIVMAGIC] = 0
    m[r + S_TYPE] = typ
    b = H[1]
    b[s * GC_WORDS] = U(0)
    b[s * GC_WORDS + MARK0] = U(0)
    m[H_MALLOCS] += 1
    m[H_TOTALALLOC] += nb
    m[H_LIVE] += nb
    addr = m[r + S_BASE]
    if m[r + S_NEEDZERO] != 0:
        mem[addr >> 3:(addr + nb) >> 3] = 0
    if noscan == 0:
        _set_ptrbits(H, addr, nb, size, typ)
    return addr


# ---------------------------------------------------------------- the allocator's entry points

@vmjit
def heap_alloc(mem, H, size, typ):
    """A new zeroed object of size bytes holding values of type id typ (0: no
    pointers; size a multiple of the type's size): its 8-byte aligned address,
    or 0 when the arena is exhausted.  Size 0 gives zerobase (not 0)."""
    m = H[0]
    noscan = 1
    if typ != 0:
        if m[m[H_TT0] + 3 * typ + 2] != 0:
            noscan = 0
    if U(size - 1) < U(MAX_SMALL):                   # 0 < size <= 32 KB
        spc = (np.int64(SIZE_TO_CLASS[(size + 7) >> 3]) << 1) | noscan
        return alloc_small(mem, H, spc, size, typ, 1 if (size >> 3) == m[m[H_TT0] + 3 * typ] else 0)
    if size == 0:
        return m[H_ZEROBASE]
    if size < 0:
        return 0
    return _alloc_large(mem, H, size, typ, noscan)


def span_class(size: int, has_pointers: bool) -> int:
    """The span class heap_alloc uses for an object of size bytes (0 < size <=
    32 KB); -1 for other sizes.  The VM's NEW passes it to alloc_small."""
    if not 0 < size <= MAX_SMALL:
        return -1
    return (int(SIZE_TO_CLASS[(size + 7) >> 3]) << 1) | (0 if has_pointers else 1)


@vminline
def alloc_small(mem, H, spc, size, typ, one):
    """heap_alloc of 0 < size <= 32 KB bytes in span class spc (the size's
    class, noscan when typ has no pointers); one says that size is exactly
    one value of typ, whose pointer bits are then one mask.  The fast path is
    Go's nextFreeFast: a count of trailing zeros in the current span's
    alloc cache, a few loads and stores, and no statistics (they are counted
    per span, see _cache_span)."""
    m = H[0]
    s = m[H_CUR + spc]
    r = SP0 + s * S_FIELDS
    cache = m[r + S_ALLOCCACHE]
    bit = trailing_zeros(cache)
    i = m[r + S_FREEINDEX] + bit
    nelems = m[r + S_NELEMS]
    fi = i + 1
    if bit < 64 and i < nelems and ((fi & 63) != 0 or fi == nelems):
        m[r + S_ALLOCCACHE] = np.int64((U(cache) >> U(bit)) >> U(1))
        m[r + S_FREEINDEX] = fi
        m[r + S_ALLOCCOUNT] += 1
        es = m[r + S_ELEMSIZE]
        addr = m[r + S_BASE] + i * es
        if m[r + S_NEEDZERO] != 0:
            w = addr >> 3
            for k in range(es >> 3):
                mem[w + k] = 0
        if (spc & 1) == 0:
            ew = es >> 3
            if one != 0 and ew <= 64:
                _set_mask_bits(H, addr, ew, typ)
            else:
                _set_ptrbits(H, addr, es, size, typ)
        return addr
    return _alloc_small_slow(mem, H, spc, size, typ)


@vmjit
def roundupsize(size):
    """The size of the slot heap_alloc hands out for size bytes (Go's
    roundupsize): what growslice may use as the new capacity."""
    if size <= 0:
        return 0
    if size <= MAX_SMALL:
        return CLASS_SIZE[np.int64(SIZE_TO_CLASS[(size + 7) >> 3])]
    return (size + PAGE - 1) & ~(PAGE - 1)


@vmjit
def alloc_many(mem, H, size, typ, out):
    """Allocate len(out) objects into out (for tests and benchmarks); returns
    how many were allocated before the arena ran out."""
    for i in range(out.shape[0]):
        p = heap_alloc(mem, H, size, typ)
        if p == 0:
            return i
        out[i] = p
    return out.shape[0]


# ---------------------------------------------------------------- collector support

@vminline
def find_object(H, addr):
    """The object holding addr (interior pointers included): (base, size, span,
    slot).  base is 0 when addr is not inside a slot of an in-use span (nil,
    static data, stacks, free pages, a span's tail).  Free slots of a small
    span are found too (see mark_object)."""
    m = H[0]
    off = addr - m[H_BASE]
    if U(off) >= U(m[H_END] - m[H_BASE]):
        return 0, 0, -1, 0
    p = off >> PAGE_SHIFT
    s = m[m[H_PM0] + p] - 1
    if s < 0:
        return 0, 0, -1, 0
    r = SP0 + s * S_FIELDS
    st = m[r + S_STATE]
    if (st != SPAN_SMALL and st != SPAN_LARGE) or p >= s + m[r + S_NPAGES]:
        return 0, 0, -1, 0
    base = m[r + S_BASE]
    if st == SPAN_LARGE:
        return base, m[r + S_ELEMSIZE], s, 0
    i = ((addr - base) * m[r + S_DIVMAGIC]) >> 32
    if i >= m[r + S_NELEMS]:
        return 0, 0, -1, 0
    es = m[r + S_ELEMSIZE]
    return base + i * es, es, s, i


@vminline
def is_allocated(H, s, i):
    """True when slot i of in-use span s holds an object."""
    m = H[0]
    if i < m[SP0 + s * S_FIELDS + S_FREEINDEX]:
        return True
    return ((H[1][s * GC_WORDS + (i >> 6)] >> U(i & 63)) & U(1)) != U(0)


@vmjit
def is_pointer_word(H, addr):
    """True when the heap word at addr (8-byte aligned, in an object of a scan span)
    holds a pointer."""
    i = H[0][H_PBBIT] + (addr >> 3)
    return ((H[1][i >> 6] >> U(i & 63)) & U(1)) != U(0)


@vmjit
def next_pointer_word(H, addr, end):
    """The address of the first pointer word in [addr, end) (8-byte aligned, within
    one object of a scan span), or end: the collector's scan loop, one bitmap word
    at a time."""
    b = H[1]
    d = H[0][H_PBBIT]                               # bit index of word address a: d + a/8
    i = d + (addr >> 3)
    e = d + (end >> 3)
    while i < e:
        w = b[i >> 6] >> U(i & 63)
        if w != U(0):
            j = i + np.int64(trailing_zeros(w))
            return (j - d) << 3 if j < e else end
        i = (i | 63) + 1
    return end


@vmjit
def is_noscan(H, s):
    """True when span s holds objects without pointers."""
    return (H[0][SP0 + s * S_FIELDS + S_SPC] & 1) != 0


@vminline
def mark_object(H, addr):
    """Set the mark bit of the object holding addr.  Returns (base, size, noscan)
    when it was not marked before (the caller then scans it unless noscan), else
    (0, 0, 1); also when addr is in no object, or in a free slot (a stale word
    seen by a conservative scan)."""
    base, size, s, i = find_object(H, addr)
    if base == 0 or not is_allocated(H, s, i):
        return 0, 0, 1
    b = H[1]
    w = s * GC_WORDS + MARK0 + (i >> 6)
    bit = U(1) << U(i & 63)
    if (b[w] & bit) != U(0):
        return 0, 0, 1
    b[w] |= bit
    return base, size, H[0][SP0 + s * S_FIELDS + S_SPC] & 1


@vmjit
def _drop_span(H, s):
    """Span s is empty: take it off the class's current span or partial list and
    give its pages back."""
    m = H[0]
    r = SP0 + s * S_FIELDS
    spc = m[r + S_SPC]
    if m[r + S_STATE] == SPAN_SMALL:
        if m[H_CUR + spc] == s:
            _uncache_span(m, spc)
        if m[r + S_LIST] != 0:
            _list_remove(m, s)
    free_pages(m, s)


@vmjit
def _poison_freed(mem, H, s):
    """Fill every object of small span s that is allocated but not marked with
    HEAP_POISON (before the sweep makes the marks the alloc bits)."""
    m = H[0]
    b = H[1]
    r = SP0 + s * S_FIELDS
    g = s * GC_WORDS
    es = m[r + S_ELEMSIZE]
    base = m[r + S_BASE]
    fi = m[r + S_FREEINDEX]
    for i in range(m[r + S_NELEMS]):
        bit = U(1) << U(i & 63)
        allocated = i < fi or (b[g + (i >> 6)] & bit) != U(0)
        if allocated and (b[g + MARK0 + (i >> 6)] & bit) == U(0):
            w = (base + i * es) >> 3
            for k in range(es >> 3):
                mem[w + k] = HEAP_POISON


@vmjit
def sweep_span(H, s, mem, poison):
    """Free the unmarked objects of in-use span s and clear its mark bits: the
    marks become the alloc bits, a span left with free slots joins its class's
    partial list, an empty one goes back to the page heap.  With poison set
    (GOVM_STRESS_GC) the freed objects are overwritten with HEAP_POISON, so
    that a dangling reference reads garbage at once.  Returns the number of
    objects freed."""
    m = H[0]
    b = H[1]
    r = SP0 + s * S_FIELDS
    g = s * GC_WORDS
    if m[r + S_STATE] == SPAN_SMALL and m[H_CUR + m[r + S_SPC]] == s:
        _uncache_span(m, m[r + S_SPC])      # its allocations into the statistics first
    if m[r + S_STATE] == SPAN_LARGE:
        if (b[g + MARK0] & U(1)) != U(0):
            b[g + MARK0] = U(0)
            return 0
        m[H_FREES] += 1
        m[H_FREED] += m[r + S_ELEMSIZE]
        m[H_LIVE] -= m[r + S_ELEMSIZE]
        if poison != 0:
            w = m[r + S_BASE] >> 3
            for k in range(m[r + S_ELEMSIZE] >> 3):
                mem[w + k] = HEAP_POISON
        free_pages(m, s)
        return 1
    nelems = m[r + S_NELEMS]
    nw = (nelems + 63) >> 6
    marked = 0
    for w in range(nw):
        marked += np.int64(popcount(b[g + MARK0 + w]))
    freed = m[r + S_ALLOCCOUNT] - marked
    if poison != 0 and freed > 0:
        _poison_freed(mem, H, s)
    m[H_FREES] += freed
    m[H_FREED] += freed * m[r + S_ELEMSIZE]
    m[H_LIVE] -= freed * m[r + S_ELEMSIZE]
    if marked == 0:
        _drop_span(H, s)
        return freed
    for w in range(nw):
        b[g + w] = b[g + MARK0 + w]
        b[g + MARK0 + w] = U(0)
    m[r + S_FREEINDEX] = 0
    m[r + S_ALLOCCACHE] = np.int64(~b[g])
    m[r + S_ALLOCCOUNT] = marked
    if freed > 0:
        m[r + S_NEEDZERO] = 1
    spc = m[r + S_SPC]
    if marked < nelems and m[H_CUR + spc] != s and m[r + S_LIST] == 0:
        _list_push(m, H_PARTIAL + spc, s)
    return freed


@vmjit
def sweep_all(H, mem, poison):
    """Sweep every in-use span (after a mark phase), poisoning what is freed
    when poison is set; returns the objects freed."""
    m = H[0]
    freed = 0
    s = 1
    while s < m[H_FRESH]:
        r = SP0 + s * S_FIELDS
        n = m[r + S_NPAGES]
        st = m[r + S_STATE]
        if st == SPAN_SMALL or st == SPAN_LARGE:
            freed += sweep_span(H, s, mem, poison)
        s += max(n, 1)
    return freed


@vmjit
def free_object(H, addr):
    """Free the object whose base is addr at once (outside a collection): its slot
    can be reused, an emptied span goes back to the page heap.  Returns its
    size, 0 when addr is not the base of an allocated object."""
    m = H[0]
    b = H[1]
    base, size, s, i = find_object(H, addr)
    if base == 0 or base != addr or not is_allocated(H, s, i):
        return 0
    r = SP0 + s * S_FIELDS
    if m[r + S_STATE] == SPAN_SMALL and m[H_CUR + m[r + S_SPC]] == s:
        _uncache_span(m, m[r + S_SPC])
    m[H_FREES] += 1
    m[H_FREED] += size
    m[H_LIVE] -= size
    if m[r + S_STATE] == SPAN_LARGE:
        free_pages(m, s)
        return size
    g = s * GC_WORDS
    fi = m[r + S_FREEINDEX]
    if fi > 0:
        _set_bits(b[g:g + MARK0], 0, fi)     # the slots below freeindex are allocated: say so
    b[g + (i >> 6)] &= ~(U(1) << U(i & 63))
    m[r + S_FREEINDEX] = 0                   # and search from slot 0
    m[r + S_ALLOCCACHE] = np.int64(~b[g])
    m[r + S_ALLOCCOUNT] -= 1
    m[r + S_NEEDZERO] = 1
    spc = m[r + S_SPC]
    if m[r + S_ALLOCCOUNT] == 0:
        _drop_span(H, s)
    elif m[H_CUR + spc] != s and m[r + S_LIST] == 0:
        _list_push(m, H_PARTIAL + spc, s)
    return size
