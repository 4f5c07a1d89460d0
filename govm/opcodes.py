"""The opcode table: the one place that defines govm's instruction set.

Everything else is derived from ``TABLE``: the opcode numbers (module-level
constants ``MOV``, ``ADD`` ...), the encoder (``govm.compiler`` emits through
``encode``), the table-driven disassembler (``govm.disasm`` switches on
operand kind, never on opcode), the VM's dispatch chain (``govm.vm``), and
the test that every opcode has a branch in the VM.

Instruction format
------------------
An instruction is a run of int32 words: the opcode, then one word per
operand, as many as its row lists.  ``pc`` always indexes the opcode word.

Operand kinds (one letter each):

====  ========================================================================
``r``  a frame slot: a signed word offset from the frame pointer ``fp``.
       Parameters and results are at 0, 1, ... (in the caller's frame, just
       above ``fp``); the return pc is at -1, the frame link at -2, the
       closure context at -3, locals and temporaries at -4 and below.
``i``  a signed 32-bit immediate.
``n``  a non-negative count (words or bytes, as the row says).
``k``  an index into the integer constant pool.
``d``  an index into the constant pool holding float64 bits.
``s``  an index into the constant pool: a string's (address, length) pair.
``j``  a jump target: an absolute code index.
``f``  a function index.
``g``  a global slot: a word offset into the globals area.
``t``  an index into the type table (size, Go size, pointer layout of a type).
``x``  a small enumeration or table index whose meaning the row gives.
====  ========================================================================

Registers are frame slots, so a value never needs loading before use: the
VM reads ``mem[fpw + a]`` where ``fpw`` is the frame pointer in words.
Every value lives in whole 8-byte words; an ``intN``/``uintN`` value is kept
sign- or zero-extended to 64 bits, which ``EXT`` re-establishes after an
operation that can overflow the narrower width.
"""
from __future__ import annotations

from typing import NamedTuple


class OpInfo(NamedTuple):
    code: int
    name: str
    operands: str     # operand kinds, one letter per operand word
    meaning: str

    @property
    def size(self) -> int:
        return 1 + len(self.operands)


# name, operands, meaning -- grouped in the order the VM's dispatch chain tests them
# (hot opcodes first: the chain is compiled to a jump table, but order still
# documents intent).
TABLE_ROWS = [
    # ---- moves and constants
    ("MOV",      "rr",   "R[a] := R[b]"),
    ("MOV2",     "rr",   "R[a..a+1] := R[b..b+1]  (a string header)"),
    ("MOVN",     "rrn",  "R[a..a+n) := R[b..b+n)"),
    ("LOADI",    "ri",   "R[a] := i"),
    ("LOADK",    "rk",   "R[a] := K[k]"),
    ("LOADF",    "rd",   "R[a] := float64 K[d]"),
    ("LOADS",    "rs",   "R[a], R[a+1] := address and length of string constant s"),
    ("ZERO",     "rn",   "R[a..a+n) := 0"),
    ("LDG",      "rg",   "R[a] := G[g]"),
    ("STG",      "gr",   "G[g] := R[a]"),
    ("LDGN",     "rgn",  "R[a..a+n) := G[g..g+n)"),
    ("STGN",     "grn",  "G[g..g+n) := R[a..a+n)"),
    # ---- integer arithmetic (64-bit two's complement; EXT narrows)
    ("ADD",      "rrr",  "R[a] := R[b] + R[c]"),
    ("ADDI",     "rri",  "R[a] := R[b] + i"),
    ("SUB",      "rrr",  "R[a] := R[b] - R[c]"),
    ("MUL",      "rrr",  "R[a] := R[b] * R[c]"),
    ("DIV",      "rrr",  "R[a] := R[b] / R[c], truncated; panics when R[c] == 0"),
    ("REM",      "rrr",  "R[a] := R[b] % R[c], sign of dividend; panics when R[c] == 0"),
    ("DIVU",     "rrr",  "R[a] := R[b] / R[c] as uint64; panics when R[c] == 0"),
    ("REMU",     "rrr",  "R[a] := R[b] % R[c] as uint64; panics when R[c] == 0"),
    ("AND",      "rrr",  "R[a] := R[b] & R[c]"),
    ("OR",       "rrr",  "R[a] := R[b] | R[c]"),
    ("XOR",      "rrr",  "R[a] := R[b] ^ R[c]"),
    ("ANDNOT",   "rrr",  "R[a] := R[b] &^ R[c]"),
    ("SHL",      "rrr",  "R[a] := R[b] << R[c]; 0 when the count (as uint64) >= 64"),
    ("SHRS",     "rrr",  "R[a] := R[b] >> R[c], arithmetic; sign fill when count >= 64"),
    ("SHRU",     "rrr",  "R[a] := R[b] >> R[c], logical; 0 when count >= 64"),
    ("CHKSHIFT", "r",    "panic 'negative shift amount' when R[a] < 0"),
    ("NEG",      "rr",   "R[a] := -R[b]"),
    ("BNOT",     "rr",   "R[a] := ^R[b]"),
    ("NOT",      "rr",   "R[a] := !R[b]  (booleans are 0 or 1)"),
    ("EXT",      "rrx",  "R[a] := R[b] narrowed to x: 1 int8, 2 int16, 3 int32, 4 uint8, 5 uint16, 6 uint32"),
    # ---- float64 arithmetic
    ("FADD",     "rrr",  "R[a] := R[b] + R[c]  (float64)"),
    ("FSUB",     "rrr",  "R[a] := R[b] - R[c]  (float64)"),
    ("FMUL",     "rrr",  "R[a] := R[b] * R[c]  (float64)"),
    ("FDIV",     "rrr",  "R[a] := R[b] / R[c]  (float64, IEEE: no panic)"),
    ("FNEG",     "rr",   "R[a] := -R[b]  (float64)"),
    ("I2F",      "rr",   "R[a] := float64(R[b]) from a signed integer"),
    ("U2F",      "rr",   "R[a] := float64(R[b]) from an unsigned integer"),
    ("F2I",      "rr",   "R[a] := int64(R[b]), truncated toward zero (amd64 result when out of range)"),
    ("F2U",      "rr",   "R[a] := uint64(R[b]), truncated toward zero"),
    ("F32",      "rr",   "R[a] := R[b] rounded to float32 precision"),
    # ---- comparisons: R[a] := 0 or 1
    ("EQ",       "rrr",  "R[a] := R[b] == R[c]"),
    ("NE",       "rrr",  "R[a] := R[b] != R[c]"),
    ("LT",       "rrr",  "R[a] := R[b] < R[c]  (signed)"),
    ("LE",       "rrr",  "R[a] := R[b] <= R[c]  (signed)"),
    ("LTU",      "rrr",  "R[a] := R[b] < R[c]  (unsigned)"),
    ("LEU",      "rrr",  "R[a] := R[b] <= R[c]  (unsigned)"),
    ("FEQ",      "rrr",  "R[a] := R[b] == R[c]  (float64)"),
    ("FNE",      "rrr",  "R[a] := R[b] != R[c]  (float64)"),
    ("FLT",      "rrr",  "R[a] := R[b] < R[c]  (float64)"),
    ("FLE",      "rrr",  "R[a] := R[b] <= R[c]  (float64)"),
    # ---- strings: a string is two words, (data address, length)
    ("SCAT",     "rrr",  "R[a..a+1] := string R[b..] + string R[c..]  (allocates)"),
    ("SEQ",      "rrr",  "R[a] := string R[b..] == string R[c..]"),
    ("SNE",      "rrr",  "R[a] := string R[b..] != string R[c..]"),
    ("SLT",      "rrr",  "R[a] := string R[b..] < string R[c..]  (bytewise)"),
    ("SLE",      "rrr",  "R[a] := string R[b..] <= string R[c..]  (bytewise)"),
    ("SIDX",     "rrr",  "R[a] := byte R[c] of string R[b..]; panics when out of range"),
    ("RUNESTR",  "rr",   "R[a..a+1] := string(rune R[b])  (UTF-8; U+FFFD when invalid)"),
    # ---- control flow
    ("JMP",      "j",    "goto j"),
    ("JT",       "rj",   "if R[a] != 0 goto j"),
    ("JF",       "rj",   "if R[a] == 0 goto j"),
    ("JEQ",      "rrj",  "if R[a] == R[b] goto j"),
    ("JNE",      "rrj",  "if R[a] != R[b] goto j"),
    ("JLT",      "rrj",  "if R[a] < R[b] goto j  (signed)"),
    ("JLE",      "rrj",  "if R[a] <= R[b] goto j  (signed)"),
    ("JLTU",     "rrj",  "if R[a] < R[b] goto j  (unsigned)"),
    ("JLEU",     "rrj",  "if R[a] <= R[b] goto j  (unsigned)"),
    ("JEQI",     "rij",  "if R[a] == i goto j"),
    ("JNEI",     "rij",  "if R[a] != i goto j"),
    ("JLTI",     "rij",  "if R[a] < i goto j"),
    ("JLEI",     "rij",  "if R[a] <= i goto j"),
    ("JGTI",     "rij",  "if R[a] > i goto j"),
    ("JGEI",     "rij",  "if R[a] >= i goto j"),
    # ---- memory: pointers are byte addresses; 0 is nil
    ("LEA",      "rr",   "R[a] := address of frame slot R[b]"),
    ("GADDR",    "rg",   "R[a] := address of global slot G[g]"),
    ("LOAD",     "rri",  "R[a] := word at R[b] + i; nil check on R[b]"),
    ("LOADN",    "rrin", "R[a..a+n) := n words at R[b] + i; nil check on R[b]"),
    ("STORE",    "rir",  "word at R[a] + i := R[b]; nil check on R[a]"),
    ("STOREN",   "rirn", "n words at R[a] + i := R[b..b+n); nil check on R[a]"),
    ("LOAD8",    "rri",  "R[a] := byte at R[b] + i (zero-extended); nil check on R[b]"),
    ("STORE8",   "rir",  "byte at R[a] + i := R[b]; nil check on R[a]"),
    ("NILCHK",   "r",    "panic (nil pointer dereference) when R[a] == 0"),
    ("NEW",      "rt",   "R[a] := address of a new zeroed heap object of type t"),
    ("ZEROMEM",  "rn",   "n bytes at R[a] := 0"),
    # ---- slices and strings: a slice is three words (data address, length, capacity)
    ("INDEX",    "rrrn", "R[a] := address of element R[c] of slice or string R[b..], elements of n bytes; bounds check"),
    ("AINDEX",   "rrrnn", "R[a] := R[b] + R[c] * n2 where R[b] addresses an array of n1 elements; bounds check"),
    ("SLICE",    "rrrx", "R[a..] := R[b..][R[c]:R[c+1]:R[c+2]]; x: SLICE_* flags | element size << 8"),
    ("MAKESLICE", "rrrt", "R[a..a+2] := make([]T, R[b], R[c]) for element type t"),
    ("APPEND",   "rrnt", "R[a..a+2] := append(R[a..], the n elements in R[b..]) for element type t"),
    ("APPENDS",  "rrrt", "R[a..a+2] := append(R[b..], R[c..]...) for element type t; R[c..] a slice, or a string"),
    ("COPY",     "rrrn", "R[a] := copy(R[b..], R[c..]) with n-byte elements (R[c..] a slice or string)"),
    ("STR2BYTES", "rr",  "R[a..a+2] := []byte(string R[b..])  (allocates)"),
    ("BYTES2STR", "rr",  "R[a..a+1] := string(slice R[b..])  (allocates)"),
    ("DECODERUNE", "rrr", "R[a], R[a+1] := the rune starting at byte R[c] of string R[b..] and its width"),
    ("STREQN",   "rrrn", "R[a] := n-word values at R[b] and R[c] are bitwise equal"),
    # ---- calls and the stack
    ("MORESTACK", "n",   "prologue: grow the stack (copying it) unless fp - n >= stackguard; n is the frame size in bytes"),
    ("CALL",     "fr",   "call function f; its frame pointer is the address of R[a] (arguments, then results)"),
    ("CALLV",    "rr",   "call the func value R[a] (address of a closure: word 0 is the function index) with frame pointer at R[b]; R[a] becomes the callee's R[-3]"),
    ("FUNCADDR", "rf",   "R[a] := the static func value of function f (a closure with no captures)"),
    ("RET",      "",     "return to the caller through the frame's return pc and link"),
    # ---- leaving the loop for Python
    ("PYCALL",   "x",    "run library call descriptor x in Python (fmt, print); the loop resumes after it"),
    ("PANIC",    "rx",   "panic(R[a..]) with a value of kind x (descriptor index)"),
    ("EXIT",     "r",    "os.Exit(R[a])"),
    ("NOP",      "",     "do nothing"),
    # ---- goroutines, channels and the scheduler (last: their branches share code, see vm.run)
    ("GO",       "frn",  "go f(...): a new goroutine runs function f with the n-word argument block at R[a] copied to its stack"),
    ("GOV",      "rrn",  "go v(...): as GO, for the func value R[a] with the n-word argument block at R[b]"),
    ("YIELDCHK", "",     "loop back-edge: yield to the scheduler when this goroutine's time slice is over"),
    ("GOSCHED",  "",     "runtime.Gosched: yield to the scheduler"),
    ("NUMG",     "r",    "R[a] := runtime.NumGoroutine()"),
    ("MAKECHAN", "rtr",  "R[a] := make(chan T, R[b]) with element type t"),
    ("SEND",     "rr",   "R[a] <- R[b..]  (blocks; panics on a closed channel)"),
    ("RECV",     "rr",   "R[a..] := <-R[b]  (blocks; the zero value from a closed channel)"),
    ("RECV2",    "rrr",  "R[a..], R[c] := <-R[b]  (with the ok flag)"),
    ("SELECT",   "rnx",  "R[a] := index of the case run among n cases described at R[a+1..] (x: 1 when there is a default, chosen as n)"),
    ("WGWAIT",   "r",    "sync.WaitGroup at R[a]: block until the counter is zero"),
    ("LOCK",     "r",    "sync.Mutex at R[a]: acquire (blocks while held)"),
    ("RWLOCK",   "rx",   "sync.RWMutex at R[a]: x = 0 Lock (blocks while held or read), 1 RLock (blocks while a writer holds or waits)"),
    ("CLOSE",    "r",    "close(R[a])"),
    ("CHANLEN",  "rr",   "R[a] := len(R[b])  (channel; 0 for nil)"),
    ("CHANCAP",  "rr",   "R[a] := cap(R[b])  (channel; 0 for nil)"),
    ("WGADD",    "rr",   "sync.WaitGroup at R[a]: counter += R[b]; wakes the waiters at zero; panics below zero"),
    ("GC",       "",     "runtime.GC: a full collection"),
    ("UNLOCK",   "r",    "sync.Mutex at R[a]: release; hands the lock to the first waiter"),
    ("RWUNLOCK", "rx",   "sync.RWMutex at R[a]: x = 0 Unlock, 1 RUnlock; the lock passes to the waiting writer or readers"),
]

TABLE = [OpInfo(i, name, ops, meaning) for i, (name, ops, meaning) in enumerate(TABLE_ROWS)]
BY_NAME = {op.name: op for op in TABLE}
NUM_OPCODES = len(TABLE)

# module-level constants: opcodes.ADD == 12, ...
globals().update({op.name: op.code for op in TABLE})

# EXT kinds
EXT_I8, EXT_I16, EXT_I32, EXT_U8, EXT_U16, EXT_U32 = 1, 2, 3, 4, 5, 6

# frame layout, in words relative to fp
SLOT_RETPC = -1
SLOT_LINK = -2
SLOT_CLOSURE = -3      # closure context, written by CALLV (garbage for direct calls)
FIRST_LOCAL = -4
HEADER_BYTES = 24

# SLICE flags
SLICE_LOW, SLICE_HIGH, SLICE_MAX, SLICE_STRING, SLICE_ARRAY = 1, 2, 4, 8, 16


def encode(name: str, *operands: int) -> list[int]:
    """The words of one instruction; checks the operand count against the table."""
    op = BY_NAME[name]
    if len(operands) != len(op.operands):
        raise ValueError(f"{name} takes {len(op.operands)} operands ({op.operands}), got {len(operands)}")
    for v in operands:
        if not (-2**31 <= v < 2**31):
            raise ValueError(f"{name}: operand {v} does not fit in int32")
    return [op.code, *operands]
