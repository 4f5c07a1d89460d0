"""The heap allocator (govm.heap): size classes, zeroing, alignment, spans, pointer
bits, find_object, exhaustion, sweeping and the scavenger, RSS of a big reservation.

Each test maps its own small reservation (MAP_NORESERVE), independent of runtime.py.
"""
import gc
import mmap
import random

import numpy as np
import pytest

from govm import heap as hp
from govm import layout as L

MAP_NORESERVE = getattr(mmap, "MAP_NORESERVE", 0x4000)
GO_CLASSES = [8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
              288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
              1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
              6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
              20480, 21760, 24576, 27264, 28672, 32768]

# type ids: 1 = struct{p *T; n int; q *T} (3 words), 2 = *T (1 word), 3 = [2]int (no pointers),
# 4 = a 100-word struct with pointers at 0, 63, 64 and 99
TYPES = hp.build_type_table([(3, [0, 2]), (1, [0]), (2, []), (100, [0, 63, 64, 99])])


def reservation(nbytes):
    region = mmap.mmap(-1, nbytes, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE)
    return region, np.frombuffer(region, dtype=np.int64)


@pytest.fixture
def heap():
    """(region, mem, H): a 64 MB heap at 1 MB in a 128 MB reservation."""
    region, mem = reservation(128 << 20)
    H = hp.new_heap_state(1 << 20, 64 << 20, TYPES)
    return region, mem, H


def alloc(mem, H, size, typ=0):
    return int(hp.heap_alloc(mem, H, size, typ))


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


# ---------------------------------------------------------------- size classes

def test_class_table_is_gos():
    assert list(hp.CLASS_SIZE[1:]) == GO_CLASSES
    assert hp.NCLASSES == 68
    sizes = hp.CLASS_SIZE[1:]
    spans = hp.CLASS_NPAGES[1:] * hp.PAGE
    assert all(spans // sizes == hp.CLASS_NELEMS[1:])
    assert hp.CLASS_NELEMS.max() <= 1024                  # alloc bits fit in 16 words per span
    # the magic reciprocal divides every offset of every span exactly
    for c in range(1, hp.NCLASSES):
        off = np.arange(int(spans[c - 1]), dtype=np.int64)
        assert np.array_equal((off * hp.CLASS_DIVMAGIC[c]) >> 32, off // hp.CLASS_SIZE[c]), c


def test_every_size_maps_to_its_class():
    classes = np.array(GO_CLASSES)
    for n in range(1, 33001):
        want = int(classes[np.searchsorted(classes, n)]) if n <= 32768 else (n + 8191) // 8192 * 8192
        assert hp.roundupsize(n) == want, n
        if n <= 32768:
            assert hp.CLASS_SIZE[hp.SIZE_TO_CLASS[(n + 7) >> 3]] == want, n


def test_every_size_allocates_its_class_slot(heap):
    region, mem, H = heap
    for n in range(1, 33001):
        p = alloc(mem, H, n)
        assert p and p % 8 == 0
        base, size, s, i = hp.find_object(H, p + n - 1)
        assert base == p and size == hp.roundupsize(n), n
        assert hp.free_object(H, p) == size
    st = hp.heap_stats(H)
    assert st["Mallocs"] == st["Frees"] == 33000 and st["HeapObjects"] == 0 and st["HeapAlloc"] == 0


# ---------------------------------------------------------------- basic properties

def test_alignment_and_zeroing_of_reused_slots(heap):
    region, mem, H = heap
    rng = random.Random(1)
    ptrs = [(alloc(mem, H, n), n) for n in (rng.choice([1, 7, 8, 13, 48, 100, 1000, 5000, 40000]) for _ in range(300))]
    for p, n in ptrs:
        assert p % 8 == 0
        w = (n + 7) // 8
        assert not mem[p // 8:p // 8 + w].any()            # fresh memory is zero
        mem[p // 8:p // 8 + w] = -1                        # dirty it, then free it
        assert hp.free_object(H, p) > 0
    # the slots and pages come back dirty: the allocator must clear them
    again = [alloc(mem, H, n) for _, n in ptrs]
    assert set(again) & {p for p, _ in ptrs}               # (memory really is reused)
    for p, (_, n) in zip(again, ptrs):
        assert not mem[p // 8:p // 8 + (n + 7) // 8].any(), (p, n)


def test_zeroing_after_sweep(heap):
    region, mem, H = heap
    out = np.zeros(5000, np.int64)
    assert hp.alloc_many(mem, H, 48, 0, out) == 5000
    for p in out:
        mem[p // 8:p // 8 + 6] = 0x5555
    assert hp.sweep_all(H, mem, 0) == 5000                         # nothing marked: all freed
    assert hp.heap_stats(H)["HeapInuse"] == 0
    out2 = np.zeros(5000, np.int64)
    assert hp.alloc_many(mem, H, 48, 0, out2) == 5000
    assert set(out2.tolist()) == set(out.tolist())
    assert all(not mem[p // 8:p // 8 + 6].any() for p in out2)


def test_no_overlap_among_live_objects():
    region, mem = reservation(600 << 20)
    H = hp.new_heap_state(1 << 20, 512 << 20, TYPES)
    rng = random.Random(7)
    live = {}
    for step in range(20000):
        if live and rng.random() < 0.4:
            p = rng.choice(list(live))
            assert hp.free_object(H, p) == hp.roundupsize(live.pop(p))
        else:
            r = rng.random()
            hi = 64 if r < 0.3 else 600 if r < 0.6 else 4000 if r < 0.8 else 33000 if r < 0.95 else 300000
            n = rng.randint(1, hi)
            p = alloc(mem, H, n, rng.choice([0, 0, 1, 2]) if n % 24 == 0 else 0)
            assert p != 0 and p not in live
            live[p] = n
    spans = sorted(live.items())
    lo, hi = H[0][hp.H_BASE], H[0][hp.H_END]
    for (p, n), (q, _) in zip(spans, spans[1:]):
        assert lo + hp.PAGE <= p and p + hp.roundupsize(n) <= q
    p, n = spans[-1]
    assert p + hp.roundupsize(n) <= hi
    st = hp.heap_stats(H)
    assert st["HeapObjects"] == len(live)
    assert st["HeapAlloc"] == sum(hp.roundupsize(n) for n in live.values())
    assert st["HeapInuse"] >= st["HeapAlloc"] and st["HeapSys"] >= st["HeapInuse"]


def test_large_objects(heap):
    region, mem, H = heap
    small = alloc(mem, H, 32768)
    assert hp.find_object(H, small)[1] == 32768
    p = alloc(mem, H, 32769)
    q = alloc(mem, H, 1 << 20)
    assert p % hp.PAGE == 0 and q % hp.PAGE == 0
    assert hp.find_object(H, p + 40000)[:2] == (p, 40960)
    assert hp.find_object(H, q + (1 << 20) - 1)[:2] == (q, 1 << 20)
    assert not (p < q < p + 40960 or q < p < q + (1 << 20))
    mem[q // 8:(q + (1 << 20)) // 8] = 7
    assert hp.free_object(H, q) == 1 << 20
    r = alloc(mem, H, (1 << 20) - 100)                    # takes the freed pages again, cleared
    assert r == q and not mem[r // 8:(r + (1 << 20)) // 8].any()


def test_find_object_interior_pointers(heap):
    region, mem, H = heap
    rng = random.Random(3)
    objs = [(alloc(mem, H, n), hp.roundupsize(n)) for n in [rng.randint(1, 70000) for _ in range(400)]]
    for p, size in objs:
        for off in (0, size - 1, rng.randrange(size), rng.randrange(size) & ~7):
            base, sz, s, i = hp.find_object(H, p + off)
            assert (base, sz) == (p, size)
    m = H[0]
    zerobase = alloc(mem, H, 0)
    assert zerobase != 0 and hp.find_object(H, zerobase)[0] == 0   # not an object
    for a in (0, 8, m[hp.H_BASE] - 8, m[hp.H_END], m[hp.H_BASE] + m[hp.H_FRESH] * hp.PAGE + 8):
        assert hp.find_object(H, a)[0] == 0, a
    # the tail of a span past its last slot (48-byte slots: 170 in 8160 of 8192 bytes)
    p = alloc(mem, H, 48)
    base, _, s, _ = hp.find_object(H, p)
    page0 = m[hp.H_BASE] + (s << hp.PAGE_SHIFT)
    assert hp.find_object(H, page0 + 8160)[0] == 0 and hp.find_object(H, page0 + 8159)[0] == page0 + 169 * 48
    # a freed large span: no object there any more
    q = alloc(mem, H, 100000)
    hp.free_object(H, q)
    assert hp.find_object(H, q + 50000)[0] == 0


# ---------------------------------------------------------------- pointer bits

def ptr_words(H, p, nwords):
    return [i for i in range(nwords) if hp.is_pointer_word(H, p + 8 * i)]


def test_pointer_bits_of_an_object_and_of_an_array(heap):
    region, mem, H = heap
    p = alloc(mem, H, 24, 1)                               # struct{p *T; n int; q *T}
    assert ptr_words(H, p, 3) == [0, 2]
    base, size, s, i = hp.find_object(H, p)
    assert not hp.is_noscan(H, s)
    a = alloc(mem, H, 24 * 5, 1)                           # [5]struct{...}: the map repeats
    assert ptr_words(H, a, 15) == [0, 2, 3, 5, 6, 8, 9, 11, 12, 14]
    assert ptr_words(H, a, hp.roundupsize(120) // 8) == [0, 2, 3, 5, 6, 8, 9, 11, 12, 14]   # no bits in the tail
    ps = alloc(mem, H, 8 * 1000, 2)                        # []*T
    assert ptr_words(H, ps, 1000) == list(range(1000))
    big = alloc(mem, H, 24 * 5000, 1)                      # a large array of the struct
    assert big % hp.PAGE == 0
    want = [j for j in range(3 * 5000) if j % 3 != 1]
    assert ptr_words(H, big, 3 * 5000) == want
    wide = alloc(mem, H, 800, 4)                           # 100 words: the general path
    assert ptr_words(H, wide, 100) == [0, 63, 64, 99]
    # the collector's scan loop
    found, a = [], wide
    while (a := hp.next_pointer_word(H, a, wide + 800)) < wide + 800:
        found.append((a - wide) // 8)
        a += 8
    assert found == [0, 63, 64, 99]
    assert hp.next_pointer_word(H, a + 8, a + 8) == a + 8
    assert hp.next_pointer_word(H, p + 8, p + 16) == p + 16
    nop = alloc(mem, H, 16, 3)                             # a type without pointers is noscan
    assert hp.is_noscan(H, hp.find_object(H, nop)[2])
    assert hp.is_noscan(H, hp.find_object(H, alloc(mem, H, 24, 0))[2])


def test_reused_slot_gets_the_new_types_bits(heap):
    region, mem, H = heap
    p = alloc(mem, H, 48, 2)                               # [6]*T: all pointers
    assert ptr_words(H, p, 6) == list(range(6))
    hp.free_object(H, p)
    q = alloc(mem, H, 48, 1)                               # [2]struct{p; n; q} in the same slot
    assert q == p
    assert ptr_words(H, q, 6) == [0, 2, 3, 5]


def test_type_table_format():
    t = hp.build_type_table([(3, [2, 0]), (1, []), (4, [1])])
    assert t.dtype == np.int32
    assert list(t) == [0, 0, 0,  3, 12, 2,  1, 14, 0,  4, 14, 1,  0, 2,  1]
    with pytest.raises(ValueError):
        hp.build_type_table([(2, [2])])


# ---------------------------------------------------------------- limits

def test_arena_exhaustion_returns_zero():
    region, mem = reservation(4 << 20)
    H = hp.new_heap_state(1 << 20, 1 << 20)               # 128 pages, page 0 reserved
    out = np.zeros(100000, np.int64)
    n = hp.alloc_many(mem, H, 48, 0, out)
    assert n == 127 * 170
    assert alloc(mem, H, 48) == 0 and alloc(mem, H, 100000) == 0 and alloc(mem, H, 1 << 40) == 0
    assert len(set(out[:n].tolist())) == n
    assert all(H[0][hp.H_BASE] + hp.PAGE <= p < H[0][hp.H_END] for p in out[:n])
    # free a whole span's worth: allocation works again, the big request still fails
    for p in out[:170]:
        hp.free_object(H, int(p))
    assert alloc(mem, H, 4000) != 0
    assert alloc(mem, H, 3 * 8192) == 0
    assert hp.heap_stats(H)["HeapSys"] == 1 << 20


def test_address_zero_is_never_returned():
    region, mem = reservation(1 << 20)
    H = hp.new_heap_state(0, 1 << 20)                      # the heap starts at address 0
    got = []
    for n in (8, 24, 100, 9000, 40000, 8):
        while True:
            p = alloc(mem, H, n)
            if p == 0:
                break
            got.append(p)
    assert got and min(got) >= hp.PAGE
    assert alloc(mem, H, 0) != 0
    assert hp.roundupsize(0) == 0


def test_rss_stays_low_for_a_big_reservation():
    hp.heap_alloc(*reservation(1 << 20)[1:], hp.new_heap_state(0, 1 << 20), 48, 0)   # compiled already
    region, mem = reservation(L.RESERVE)
    gc.collect()
    before = rss_kb()
    H = hp.new_heap_state(L.HEAP_BASE, L.HEAP_SPACE)
    p = alloc(mem, H, 48)
    mem[p // 8] = 1
    q = alloc(mem, H, 1 << 20)
    grew = rss_kb() - before
    assert p and q and H[0][hp.H_NPAGES] == L.HEAP_SPACE // hp.PAGE
    assert grew < 20 * 1024, f"RSS grew by {grew} KB"


# ---------------------------------------------------------------- sweeping and the scavenger

def test_mark_and_sweep(heap):
    region, mem, H = heap
    out = np.zeros(2000, np.int64)
    hp.alloc_many(mem, H, 24, 1, out)
    big = alloc(mem, H, 100000, 0)
    keep = [int(p) for p in out[::3]]
    for p in keep:
        base, size, noscan = hp.mark_object(H, p + 5)      # interior pointer
        assert (base, size, noscan) == (p, 24, 0)
        assert hp.mark_object(H, p)[0] == 0                # already marked
    assert hp.mark_object(H, big)[:2] == (big, 106496)
    before = hp.heap_stats(H)
    freed = hp.sweep_all(H, mem, 0)
    assert freed == 2000 - len(keep)
    after = hp.heap_stats(H)
    assert after["Frees"] == before["Frees"] + freed
    assert after["HeapObjects"] == len(keep) + 1
    assert after["HeapAlloc"] == 24 * len(keep) + 106496
    for p in keep:
        base, size, s, i = hp.find_object(H, p)
        assert hp.is_allocated(H, s, i)
    # a free slot is not marked by a stale pointer
    dead = int(out[1])
    assert hp.mark_object(H, dead)[0] == 0
    # the next allocations fill the holes: no new span
    inuse = after["HeapInuse"]
    again = np.zeros(len(out) - len(keep), np.int64)
    hp.alloc_many(mem, H, 24, 1, again)
    assert not set(again.tolist()) & set(keep)
    assert hp.heap_stats(H)["HeapInuse"] == inuse
    # a second cycle with nothing marked frees everything and empties the heap
    assert hp.sweep_all(H, mem, 0) == len(out) + 1
    st = hp.heap_stats(H)
    assert st["HeapInuse"] == 0 and st["HeapObjects"] == 0 and st["HeapAlloc"] == 0


def test_release_returns_pages_to_the_kernel():
    hp.release(reservation(1 << 20)[0], hp.new_heap_state(0, 1 << 20))            # compiled already
    region, mem = reservation(256 << 20)
    H = hp.new_heap_state(1 << 20, 200 << 20)
    out = np.zeros(100 << 20 >> 10, np.int64)
    assert hp.alloc_many(mem, H, 1024, 0, out) == len(out)
    for p in out[::8]:
        mem[p // 8:p // 8 + 1024] = 1                    # touch every page
    high = rss_kb()
    hp.sweep_all(H, mem, 0)
    st = hp.heap_stats(H)
    assert st["HeapInuse"] == 0 and st["HeapReleased"] == 0
    released = hp.release(region, H)
    assert released >= 100 << 20
    assert hp.heap_stats(H)["HeapReleased"] == released
    assert rss_kb() < high - 80 * 1024
    # reusing released pages: zero, and no longer counted as released
    p = alloc(mem, H, 1 << 20)
    assert not mem[p // 8:(p + (1 << 20)) // 8].any()
    assert hp.heap_stats(H)["HeapReleased"] == released - (1 << 20)


def test_sweep_with_poison_overwrites_exactly_the_freed_objects(heap):
    """GOVM_STRESS_GC's sweep: every freed word reads HEAP_POISON, every survivor
    is untouched, and a slot handed out again is zero."""
    region, mem, H = heap
    out = np.zeros(600, np.int64)
    hp.alloc_many(mem, H, 24, 1, out)
    big = alloc(mem, H, 50000, 0)
    for k, p in enumerate(out):
        mem[p // 8:p // 8 + 3] = k + 1
    mem[big // 8:big // 8 + 10] = 7
    keep = [int(p) for p in out[::5]]
    for p in keep:
        hp.mark_object(H, p)
    assert hp.sweep_all(H, mem, 1) == len(out) - len(keep) + 1
    kept = set(keep)
    for k, p in enumerate(out):
        words = mem[p // 8:p // 8 + 3].tolist()
        assert words == ([k + 1] * 3 if int(p) in kept else [hp.HEAP_POISON] * 3), (k, words)
    assert (mem[big // 8:(big + 50000) // 8] == hp.HEAP_POISON).all()
    again = np.zeros(len(out) - len(keep), np.int64)
    hp.alloc_many(mem, H, 24, 1, again)
    for p in again:
        assert not mem[p // 8:p // 8 + 3].any()


def test_live_heap_counts_current_spans_whole_and_statistics_stay_exact(heap):
    """Allocation counts per span (Go's heapLive): the pacer's figure includes the
    free slots of the current span, and Mallocs/TotalAlloc are exact when read."""
    region, mem, H = heap
    out = np.zeros(1000, np.int64)
    hp.alloc_many(mem, H, 48, 0, out)                   # class 48: 170 slots a span
    st = hp.heap_stats(H)
    assert st["Mallocs"] == 1000 and st["TotalAlloc"] == 48 * 1000 and st["HeapAlloc"] == 48000
    assert H[0][hp.H_LIVE] == 48 * 170 * 6              # six spans, the last one counted whole
    hp.alloc_many(mem, H, 48, 0, out[:20])
    assert hp.heap_stats(H)["Mallocs"] == 1020
    hp.uncache_all(H)
    assert H[0][hp.H_LIVE] == 48 * 1020


def test_release_keeps_what_the_next_cycle_will_use():
    """The scavenger gives back only what the heap retains beyond `retain`
    (Go keeps 10% over the next goal), so a heap that empties and refills every
    cycle does not fault its pages back in each time."""
    region, mem = reservation(64 << 20)
    H = hp.new_heap_state(1 << 20, 48 << 20)
    out = np.zeros(32 << 10, np.int64)
    assert hp.alloc_many(mem, H, 1024, 0, out) == len(out)          # 32 MB
    hp.sweep_all(H, mem, 0)
    taken = int(H[0][hp.H_FRESH]) << hp.PAGE_SHIFT
    released = hp.release(region, H, 1 << 20, retain=8 << 20)
    assert taken - (8 << 20) <= released <= taken - (8 << 20) + (2 << 20)
    assert taken - hp.heap_stats(H)["HeapReleased"] <= 8 << 20
    assert hp.release(region, H, 1 << 20, retain=8 << 20) == 0      # nothing more to give
