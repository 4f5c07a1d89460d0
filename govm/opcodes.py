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
       above ``fp``); the return pc is at -1, the frame link at -2, locals
       and temporaries at -3 and below.
``i``  a signed 32-bit immediate.
``n``  a non-negative count (words or bytes, as the row says).
``k``  an index into the integer constant pool.
``d``  an index into the constant pool holding float64 bits.
``s``  an index into the constant pool: a string's (address, length) pair.
``j``  a jump target: an absolute code index.
``f``  a function index.
``g``  a global slot: a word offset into the globals area.
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
    # ---- calls and the stack
    ("MORESTACK", "n",   "prologue: grow the stack (copying it) unless fp - n >= stackguard; n is the frame size in bytes"),
    ("CALL",     "fr",   "call function f; its frame pointer is the address of R[a] (arguments, then results)"),
    ("RET",      "",     "return to the caller through the frame's return pc and link"),
    # ---- leaving the loop for Python
    ("PYCALL",   "x",    "run library call descriptor x in Python (fmt, print); the loop resumes after it"),
    ("PANIC",    "rx",   "panic(R[a..]) with a value of kind x (descriptor index)"),
    ("NOP",      "",     "do nothing"),
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
FIRST_LOCAL = -3
HEADER_BYTES = 16


def encode(name: str, *operands: int) -> list[int]:
    """The words of one instruction; checks the operand count against the table."""
    op = BY_NAME[name]
    if len(operands) != len(op.operands):
        raise ValueError(f"{name} takes {len(op.operands)} operands ({op.operands}), got {len(operands)}")
    for v in operands:
        if not (-2**31 <= v < 2**31):
            raise ValueError(f"{name}: operand {v} does not fit in int32")
    return [op.code, *operands]
