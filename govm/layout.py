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
ST_SIZE = 64

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
G_WAIT = 7
G_FIELDS = 8

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
TT_FIELDS = 3

ST_FUNCVALS = 26     # address of the static func values (one word each: the function index)
ST_CHECK_HEAP = 27   # GOVM_CHECK_HEAP: before every stack copy, assert no heap object points into the stack
