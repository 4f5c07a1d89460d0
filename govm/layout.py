"""The VM's memory map and the layout of its runtime records.

All of a program's memory is one range of virtual address space reserved
with a single ``mmap`` (``MAP_NORESERVE``: address space, not RAM; pages
become real when first touched).  Addresses are byte offsets into that
range, so a Go pointer is a plain int64 and ``nil`` is 0:

==========================  ==============================================
``[0, NULL_END)``            never handed out: every nil dereference is caught
``[DATA_BASE, STATIC_END)``  string literals, then the package-level variables
``[STACK_BASE, HEAP_BASE)``  goroutine stacks, from the stack allocator
``[HEAP_BASE, RESERVE)``     the heap arena
==========================  ==============================================

Stacks and heap never share memory: a stack can be copied elsewhere only
because nothing outside the stack itself points into it.

This module holds constants only; ``govm.vm`` and ``govm.runtime`` read
them, so it is part of the jitted code's cache key (``govm.jit``).
"""

KB = 1 << 10
MB = 1 << 20
GB = 1 << 30

NULL_END = 64 * KB
DATA_BASE = NULL_END
STATIC_END = 1 * GB
STACK_BASE = STATIC_END
STACK_SPACE = 16 * GB
HEAP_BASE = STACK_BASE + STACK_SPACE
HEAP_SPACE = 47 * GB
RESERVE = HEAP_BASE + HEAP_SPACE

STACK_MIN = 2 * KB            # a new goroutine's stack (Go's _StackMin)
STACK_GUARD = 256             # bytes kept free below stackguard: CALL writes the callee's
                              # two header words there before the callee's MORESTACK runs
STACK_ORDERS = 24             # free lists for stacks of 2 KB << 0 .. 2 KB << 23
MAX_STACK_DEFAULT = 1_000_000_000

# ---------------------------------------------------------------- runtime state: st[...]
ST_EXIT = 0          # why the loop returned (EXIT_*)
ST_EXIT_ARG = 1      # PYCALL descriptor / panic code
ST_PANIC_A = 2       # panic operands
ST_PANIC_B = 3
ST_ICOUNT = 4        # instructions executed
ST_STACK_BUMP = 7    # next never-used address in the stack region
ST_STACK_END = 8
ST_MAX_STACK = 9     # --max-stack
ST_CURG = 10         # index of the running G
ST_TRACE_STACKS = 11 # 1: record stack events in ev[]
ST_EV_LEN = 12       # words used in ev[]
ST_STRESS_STACK = 13 # GOVM_STRESS_STACK: move the stack at every MORESTACK
ST_STACK_INUSE = 14  # bytes of stack handed out
ST_PANIC_C = 24      # third panic operand (the BOUNDS_* form of a slice panic)
ST_ADJUSTED = 25     # pointers adjusted by the last copy_stack
ST_GLOBALS = 15      # word index of the globals area
ST_FREE0 = 32        # ST_FREE0 + order: head of the free list of stacks of that order
ST_SIZE = 112

# exit reasons
EXIT_HALT = 1        # main returned
EXIT_PYCALL = 2      # a library call wants Python
EXIT_PANIC = 3       # a runtime panic: ST_EXIT_ARG holds the PANIC_* code
EXIT_FATAL = 4       # a fatal error: ST_EXIT_ARG holds the FATAL_* code
EXIT_FLUSH = 5       # the event buffer is full

# panic codes
PANIC_DIVIDE = 1
PANIC_SHIFT = 2
PANIC_INDEX = 3      # A index, B length
PANIC_VALUE = 4      # panic(v): A = descriptor, value in the frame
PANIC_NIL = 5        # invalid memory address or nil pointer dereference
PANIC_SLICE = 6      # slice bounds: PANIC_C holds the BOUNDS_* form, A and B its operands
PANIC_MAKESLICE_LEN = 7
PANIC_MAKESLICE_CAP = 8
PANIC_GROWSLICE = 9  # growslice: len out of range
PANIC_RUNTIME_TEXT = 15  # a runtime error found by Python during a PYCALL: the text is Machine.panic_message

# Go's boundsError forms (runtime/error.go), for PANIC_SLICE
BOUNDS_SLICE_ALEN = 1    # slice bounds out of range [:x] with length y
BOUNDS_SLICE_ACAP = 2    # slice bounds out of range [:x] with capacity y
BOUNDS_SLICE_B = 3       # slice bounds out of range [x:y]
BOUNDS_SLICE3_ALEN = 4   # slice bounds out of range [::x] with length y
BOUNDS_SLICE3_ACAP = 5   # slice bounds out of range [::x] with capacity y
BOUNDS_SLICE3_B = 6      # slice bounds out of range [:x:y]
BOUNDS_SLICE3_C = 7      # slice bounds out of range [x:y:]
# fatal codes
FATAL_STACK_OVERFLOW = 1   # A = sp, B = attempted new size
FATAL_OUT_OF_MEMORY = 2
FATAL_HEAP_POINTS_TO_STACK = 3   # GOVM_CHECK_HEAP found a heap object pointing into a stack

# ---------------------------------------------------------------- G records: gs[g, ...]
G_ID = 0
G_STATUS = 1
G_PC = 2
G_FP = 3             # frame pointer, a byte address
G_LO = 4             # stack bounds [lo, hi)
G_HI = 5
G_GUARD = 6          # stackguard: lo + STACK_GUARD (or a preemption sentinel)
G_WAIT = 7           # wait reason (WAIT_*), while waiting
G_NEXT = 8           # next G in a run queue or sync wait queue (index + 1; 0 ends)
G_PARAM = 9          # the case a select was woken for
G_GOPC = 10          # pc of the go statement that created it (for "created by")
G_SELDONE = 11       # 1 once a blocked select has been completed by another goroutine
G_RESUME = 12        # pc to resume at when a sync wait (WaitGroup, Mutex) is over
G_CREATOR = 13       # G index of the creator (for "created by")
G_FIELDS = 16

GSTATUS_IDLE = 0
GSTATUS_RUNNABLE = 1
GSTATUS_RUNNING = 2
GSTATUS_WAITING = 3
GSTATUS_DEAD = 4

# ---------------------------------------------------------------- stack events: ev[...]
EV_GROW = 1
EV_SHRINK = 2
EV_MOVE = 3
EV_WORDS = 8         # kind, goid, old size, new size, function, frame size, copied, adjusted
EV_CAP = 4096        # events buffered before the loop returns to Python to flush them

# ---------------------------------------------------------------- function table: ftab[f, ...]
F_ENTRY = 0
F_FRAME = 1
F_END = 2
F_ARGMAP = 3         # index into the stack maps of the pointer words among the arguments (-1: none)
F_FIELDS = 4

# ---------------------------------------------------------------- type table: ttab[t, ...]
TT_SIZE = 0          # bytes the VM gives a value of the type (whole words, or 1 for byte-sized array elements)
TT_GOSIZE = 1        # bytes real Go gives it (growslice rounds capacities with this, as Go does)
TT_HEAPTYPE = 2      # the heap allocator's type id for its pointer layout (0: no pointers)
TT_SPC = 3           # the heap's span class for one value (heap.span_class; -1: not a small object)
TT_FIELDS = 4

ST_FUNCVALS = 26     # address of the static func values (one word each: the function index)
ST_CHECK_HEAP = 27   # GOVM_CHECK_HEAP: before every stack copy, assert no heap object points into the stack

# ---------------------------------------------------------------- scheduler state
ST_RUNQ_HEAD = 28    # run queue: runq[head % cap .. tail % cap)
ST_RUNQ_TAIL = 29
ST_NGOR = 30         # live goroutines (runtime.NumGoroutine)
ST_NEXT_GOID = 31
ST_GFREE = ST_FREE0 + STACK_ORDERS      # dead G records (index + 1; 0: none)
ST_GUSED = ST_GFREE + 1                 # G records ever used
ST_SGFREE = ST_GFREE + 2                # free sudogs (index + 1)
ST_SGUSED = ST_GFREE + 3
ST_RAND = ST_GFREE + 4                  # xorshift state for select's random order
ST_SLICE = ST_GFREE + 5                 # instructions in a time slice
ST_TRACE_SCHED = ST_GFREE + 6
ST_NEED = ST_GFREE + 7                  # what EXIT_GROW asks Python to enlarge: 1 G records, 2 sudogs
ST_EXIT_CODE = ST_GFREE + 8             # os.Exit status
ST_HCHAN_TYPE = ST_GFREE + 9            # heap type id of a channel object (its buffer word is a pointer)
ST_GOGC = ST_GFREE + 10                 # GOGC percent; -1: off
ST_NEXT_GC = ST_GFREE + 11              # the pacer's goal: collect when the live heap reaches it
ST_NUMGC = ST_GFREE + 12
ST_GC_STRESS = ST_GFREE + 13            # GOVM_STRESS_GC: collect at every allocation
ST_GC_SKIP = ST_GFREE + 14              # the instruction re-run after a collection does not collect again
ST_GC_BEFORE = ST_GFREE + 15            # statistics of the last collection
ST_GC_AFTER = ST_GFREE + 16
ST_GC_STACKS = ST_GFREE + 17
ST_GC_FREED = ST_GFREE + 18
ST_SHRINK_OFF = ST_GFREE + 19           # GODEBUG=gcshrinkstackoff=1
ST_T0_NS = ST_GFREE + 20                # CLOCK_MONOTONIC at start-up, in ns (Python's time.monotonic_ns)
ST_GC_START_NS = ST_GFREE + 21          # the last collection: when it started,
ST_GC_MARK_NS = ST_GFREE + 22           # how long marking took (roots, stacks, the heap),
ST_GC_SWEEP_NS = ST_GFREE + 23          # and sweeping plus shrinking stacks
ST_GC_TOTAL_NS = ST_GFREE + 24          # time in all collections so far

EXIT_DEADLOCK = 6    # every goroutine is blocked
EXIT_GROW = 7        # the G records or sudogs are full: Python enlarges them and resumes
EXIT_OSEXIT = 8      # os.Exit
EXIT_FATAL_MSG = 9   # a fatal error with a fixed message: ST_EXIT_ARG holds FATAL_*
EXIT_UNWIND = 10     # a panicking frame finished its deferred calls
EXIT_GC = 11         # a collection finished: Python reports it and returns freed pages

PANIC_SEND_CLOSED = 10       # send on closed channel
PANIC_CLOSE_CLOSED = 11      # close of closed channel
PANIC_CLOSE_NIL = 12         # close of nil channel
PANIC_WG_NEGATIVE = 13       # sync: negative WaitGroup counter
PANIC_MAKECHAN = 14          # makechan: size out of range
FATAL_UNLOCK_UNLOCKED = 4    # fatal error: sync: unlock of unlocked mutex
FATAL_GC_OVERFLOW = 5        # the collector's mark queue overflowed
FATAL_RUNLOCK_UNLOCKED = 6   # fatal error: sync: RUnlock of unlocked RWMutex
FATAL_RWUNLOCK_UNLOCKED = 7  # fatal error: sync: Unlock of unlocked RWMutex

# wait reasons, numbered and spelled as go1.19's runtime2.go
WAIT_CHAN_RECV_NIL = 3
WAIT_CHAN_SEND_NIL = 4
WAIT_SELECT = 9
WAIT_SELECT_NO_CASES = 10
WAIT_CHAN_RECV = 14
WAIT_CHAN_SEND = 15
WAIT_SEMACQUIRE = 19
WAIT_REASONS = {3: "chan receive (nil chan)", 4: "chan send (nil chan)", 9: "select",
                10: "select (no cases)", 14: "chan receive", 15: "chan send", 19: "semacquire"}

# sudogs: sg[i, ...], a goroutine waiting on a channel (one per select case)
SG_G = 0
SG_ELEM = 1          # address of the value to send, or of where to receive (0: none)
SG_OK = 2            # address of the ok flag to set on receive (0: none)
SG_NEXT = 3          # next sudog in the channel's queue (index + 1)
SG_PREV = 4
SG_CHAN = 5
SG_CASE = 6          # select case index, or -1
SG_NEXTPC = 7        # where the goroutine resumes once the operation is done
SG_FIELDS = 8

# channel object words
C_ELEMWORDS = 0
C_CAP = 1
C_COUNT = 2
C_RECVX = 3
C_SENDX = 4
C_CLOSED = 5
C_BUF = 6            # address of the buffer (cap * elem words)
C_RECVQ = 7          # head, tail of the waiting receivers (sudog index + 1)
C_RECVQ_TAIL = 8
C_SENDQ = 9
C_SENDQ_TAIL = 10
C_WORDS = 11

# scheduler events (--trace-sched): ev kinds after the stack events
EV_GO_CREATE = 10
EV_GO_BLOCK = 11
EV_GO_UNBLOCK = 12
EV_GO_EXIT = 13

TIME_SLICE = 20000   # instructions a goroutine runs before a back-edge or prologue yields
