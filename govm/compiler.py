"""Code generation: from the checked AST to register bytecode.

Input: the ``ast.File`` annotated by ``govm.checker`` (types, constant
values, resolved objects) and its ``Info``.  Output: a ``Program`` -- flat
code words, the constant pool, the data segment, the function table, line
table and the descriptors of library calls -- which is all ``govm.runtime``
and ``govm.vm`` need.

Frames
------
A function's frame pointer ``fp`` sits just below its caller's argument
block.  Word offsets from ``fp`` (the ``r`` operands of ``govm.opcodes``):

    +P+R-1 .. +P   results          (in the caller's frame)
    +P-1   .. 0    parameters       (in the caller's frame)
    -1             return pc        (written by CALL)
    -2             frame link       (written by CALL: caller fp as hi - fp)
    -3 ...         locals, then temporaries, growing downward

Registers are allocated like Lua's: a stack pointer ``top`` moves down as
temporaries are needed and back up at the end of each statement.  Every
local variable gets a slot of its own for the whole function.  A call's
argument block is allocated last, so when ``CALL`` runs nothing live lies
below it and the callee's frame can overlay the free space: the frame size
(``MORESTACK``'s operand) is the deepest slot ever used, and the stack a
call chain needs is the sum of its frames.

Every value occupies whole words: scalars one, strings two (data address,
length).  Narrow integers are kept sign- or zero-extended; an ``EXT``
follows any operation that can leave the narrow range.
"""
from __future__ import annotations

import dataclasses
import struct
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from . import ast
from . import types as T
from .errors import CompileError, InternalError
from .opcodes import (BY_NAME, EXT_I8, EXT_I16, EXT_I32, EXT_U8, EXT_U16, EXT_U32, FIRST_LOCAL, HEADER_BYTES,
                      SLICE_ARRAY, SLICE_HIGH, SLICE_LOW, SLICE_MAX, SLICE_STRING, SLOT_CLOSURE, encode)


# ---------------------------------------------------------------- program

@dataclass
class FuncCode:
    name: str                  # as Go prints it in a traceback: main.fib
    entry: int = 0
    end: int = 0
    frame: int = 0             # frame size in bytes, header included
    nparams: int = 0           # words
    nresults: int = 0          # words
    hidden: bool = False       # runtime frames that Go's traceback omits
    slots: list = field(default_factory=list)   # (name, offset, words, type, place) for disasm
    line: int = 0
    argmap: int = -1           # index in Program.smaps of the argument pointer words
    argptrs: list = field(default_factory=list)  # those words (for disasm)
    defer_head: int = 0        # slot of the frame's defer-record list (functions with defer)
    epilogue: int = -1         # code index of the code that runs deferred calls and returns


@dataclass
class PyCall:
    """A library call run by Python: argument slots with their static types."""
    name: str
    args: list                 # list of (slot, Type)
    result: Optional[tuple] = None   # (slot, Type)
    line: int = 0
    spread: bool = False       # f(args, xs...): the last slot is a slice whose elements are the arguments
    target: Optional[object] = None   # assertfail: the type asserted


@dataclass
class Program:
    filename: str
    code: np.ndarray
    lines: np.ndarray          # source line of every code word
    consts: np.ndarray         # int64 constant pool
    string_consts: list        # pool indices k whose K[k] is a data offset to relocate
    data: bytes                # string literal bytes
    nglobals: int              # words
    funcs: list                # list[FuncCode]
    entry: int                 # index of runtime.main in funcs
    pycalls: list              # list[PyCall]
    globals_info: list         # (name, word offset, words, Type)
    ttab: np.ndarray = None    # type table: size, Go size, heap type per type index (layout.TT_*)
    types: list = None         # the Type of each type-table row
    smaps: np.ndarray = None   # stack maps: count, then slot offsets (int32)
    smidx: np.ndarray = None   # per code index: the stack map of a call returning there, or -1
    callmaps: dict = None      # return pc -> list of pointer slots (for disasm)
    typetab: np.ndarray = None # the heap allocator's pointer layouts (govm.heap.build_type_table)
    hchan_type: int = 0        # heap type id of a channel object


def nwords(t: T.Type) -> int:
    """Words a value of type t occupies in a frame, a global or a heap object."""
    u = t.underlying()
    if isinstance(u, T.Basic):
        return 2 if u in (T.STRING, T.UNTYPED_STRING, T.COMPLEX128) else 1
    if isinstance(u, (T.Pointer, T.Signature, T.Map, T.Chan)):
        return 1
    if isinstance(u, T.Slice):
        return 3
    if isinstance(u, T.Interface):
        return 2
    if isinstance(u, T.Array):
        return (u.length * elem_size(u.elem) + 7) // 8
    if isinstance(u, T.Struct):
        return sum(nwords(f.type) for f in u.fields)
    if isinstance(u, T.Tuple):
        return sum(nwords(x) for x in u.types)
    raise CompileError.at(ast.NOPOS, f"type {t} not supported by govm yet")


def is_byte_elem(t: T.Type) -> bool:
    """uint8 and bool elements of arrays and slices are packed one per byte."""
    return t.underlying() in (T.UINT8, T.BOOL)


def elem_size(t: T.Type) -> int:
    """Bytes an element of type t takes in an array or slice backing store."""
    return 1 if is_byte_elem(t) else 8 * nwords(t)


def field_offset(st: T.Struct, index: int) -> int:
    """Word offset of field ``index`` in a struct value."""
    return sum(nwords(f.type) for f in st.fields[:index])


def ptr_words(t: T.Type) -> list:
    """Word offsets, within a value of type t, of the words that hold pointers."""
    u = t.underlying()
    if isinstance(u, T.Basic):
        return [0] if u in (T.STRING, T.UNTYPED_STRING) else []
    if isinstance(u, (T.Pointer, T.Signature, T.Map, T.Chan, T.Slice)):
        return [0]
    if isinstance(u, T.Interface):
        return [1]
    if isinstance(u, T.Array):
        if is_byte_elem(u.elem):
            return []
        inner = ptr_words(u.elem)
        n = nwords(u.elem)
        return [i * n + w for i in range(u.length) for w in inner] if inner else []
    if isinstance(u, T.Struct):
        out = []
        off = 0
        for f in u.fields:
            out += [off + w for w in ptr_words(f.type)]
            off += nwords(f.type)
        return out
    return []


_EXT = {T.INT8: EXT_I8, T.INT16: EXT_I16, T.INT32: EXT_I32,
        T.UINT8: EXT_U8, T.UINT16: EXT_U16, T.UINT32: EXT_U32}


def ext_kind(t: T.Type) -> int:
    return _EXT.get(t.underlying(), 0)


def float_bits(x: float) -> int:
    return struct.unpack("<q", struct.pack("<d", x))[0]


# a channel object (layout.C_*): eleven words, the buffer address (word 6) the only pointer
HCHAN = T.Struct([T.StructField(f"w{i}", T.Pointer(T.INT) if i == 6 else T.INT) for i in range(11)])

_ANNOTATIONS = frozenset({"type", "value", "obj", "kind", "target", "sig"})


class Label:
    __slots__ = ("pc", "uses")

    def __init__(self):
        self.pc = None
        self.uses = []     # code indices holding this label


@dataclass
class Place:
    """Where an addressable value lives.

    ``slot``: frame slot ``off``; ``global``: global word ``off``; ``mem``:
    memory at ``R[reg] + off`` bytes (``byte`` for a packed uint8/bool
    element)."""
    kind: str
    off: int
    t: T.Type
    reg: int = 0
    byte: bool = False


# where a variable lives, per function: FuncGen.loc[var] = (kind, n)
#   ('slot', off)     its value is in frame slot off
#   ('heap', off)     frame slot off holds the address of its heap cell
#   ('ctxref', off)   the closure context holds its address at byte off
#   ('ctxval', off)   the closure context holds a copy of its value at byte off


class FuncGen:
    def __init__(self, cg: "CodeGen", code: FuncCode, sig: Optional[T.Signature], closure: bool = False):
        self.cg = cg
        self.fc = code
        self.sig = sig
        self.closure = closure
        self.loc = {}             # Var -> (kind, n)
        self.top = FIRST_LOCAL    # next free slot (grows down)
        self.low = FIRST_LOCAL + 1
        self.floor = FIRST_LOCAL  # next free slot below the locals declared so far
        self.break_label = {}     # stmt -> Label
        self.cont_label = {}
        self.goto_label = {}      # LabeledStmt -> Label
        self.fallthrough_to = None
        self.result_slots = []
        self.stack_objects = {}   # allocation site -> its reserved frame slots (non-escaping objects)
        self.defer_head = None    # slot of the head of this frame's defer records (functions with defer)
        self.defer_sites = []     # per defer statement: how the epilogue calls it
        self.epilogue = None      # Label of the code that runs deferred calls, then returns
        self.ptr_slots = set()    # frame words holding pointers for the whole function (params, locals)
        self.tmp_ptr = {}         # temporary slot -> holds a pointer (as last allocated)
        if closure:
            self.ptr_slots.add(SLOT_CLOSURE)

    # ---- registers
    def alloc(self, n: int, t: Optional[T.Type] = None) -> int:
        base = self.top - n + 1
        self.top = base - 1
        if base < self.low:
            self.low = base
        ptrs = set(ptr_words(t)) if t is not None else set()
        for i in range(n):
            self.tmp_ptr[base + i] = i in ptrs
        return base

    def local_slots(self, n: int, t: Optional[T.Type], name: str, vt, where: str) -> int:
        base = self.alloc(n)
        for w in (ptr_words(t) if t is not None else []):
            self.ptr_slots.add(base + w)
        for i in range(n):
            self.tmp_ptr.pop(base + i, None)
        self.floor = min(self.floor, self.top)
        self.fc.slots.append((name, base, n, vt, where))
        return base

    def call_map(self, above: int) -> list:
        """Pointer words live at a call whose argument block ends below slot ``above``."""
        words = {w for w in self.ptr_slots if w >= above or w >= 0 or w == SLOT_CLOSURE}
        words |= {w for w, isp in self.tmp_ptr.items() if isp and w >= above and w > self.top}
        return sorted(words)


class CodeGen:
    def __init__(self, info, filename: str):
        self.info = info
        self.filename = filename
        self.code: list[int] = []
        self.lines: list[int] = []
        self.line = 0
        self.consts: list[int] = []
        self.const_index = {}
        self.string_consts: list[int] = []
        self.data = bytearray()
        self.string_index = {}
        self.funcs: list[FuncCode] = []
        self.func_index = {}      # Func object or FuncLit -> index
        self.calls_to_patch = []  # (code index, Func)
        self.pycalls: list[PyCall] = []
        self.global_slot = {}     # Var -> word offset
        self.nglobals = 0
        self.globals_info = []
        self.f: Optional[FuncGen] = None
        self.types: list = [None]          # type table rows (row 0: unused)
        self.type_index = {}
        self.smap_words: list[int] = []
        self.callmaps = {}                 # return pc -> pointer slots
        self.pending_lits = []             # (FuncLit, FuncCode, outer name)
        self.pending_wrappers = []         # (method Func, FuncCode of its M-fm wrapper)
        self.lit_count = {}                # outer function name -> closures numbered so far
        self.escape_done = bool(getattr(info, "escape_analyzed", False))
        self.heap_vars = set()             # variables the conservative analysis moves to the heap
        if not self.escape_done:
            self.conservative_escapes()

    # ---------------------------------------------------------------- escape decisions
    def conservative_escapes(self):
        """Without escape analysis, every variable whose address is taken or
        that a closure captures lives on the heap (always safe)."""
        for fl in getattr(self.info, "func_lits", []) or []:
            for v in getattr(fl, "captures", None) or []:
                self.heap_vars.add(v)

        def visit(n):
            if isinstance(n, ast.UnaryExpr) and n.op == "&":
                x = n.x
                while isinstance(x, (ast.ParenExpr, ast.SelectorExpr, ast.IndexExpr)):
                    if isinstance(x, ast.SelectorExpr) and isinstance(x.x.type, T.Type) and \
                            isinstance(x.x.type.underlying(), T.Pointer):
                        break
                    if isinstance(x, ast.IndexExpr) and not isinstance(x.x.type.underlying(), T.Array):
                        break
                    x = x.x
                if isinstance(x, ast.Ident) and isinstance(x.obj, T.Var):
                    self.heap_vars.add(x.obj)
            if isinstance(n, ast.CallExpr) and isinstance(n.fun, ast.SelectorExpr) and \
                    getattr(n.fun, "kind", None) == "method":
                recv = n.fun.obj.type.recv if isinstance(n.fun.obj, T.Func) and n.fun.obj.type else None
                if recv is not None and isinstance(recv.type, T.Pointer):
                    x = n.fun.x
                    while isinstance(x, (ast.ParenExpr, ast.SelectorExpr)):
                        if isinstance(x, ast.SelectorExpr) and isinstance(x.x.type.underlying(), T.Pointer):
                            break
                        x = x.x
                    if isinstance(x, ast.Ident) and isinstance(x.obj, T.Var) and \
                            not isinstance(x.obj.type.underlying(), T.Pointer):
                        self.heap_vars.add(x.obj)
            for c in ast_children(n):
                visit(c)
        for fn in self.info.funcs:
            if fn.decl is not None and fn.decl.body is not None:
                visit(fn.decl.body)
        for lhs, rhs in self.info.init_order:
            if rhs is not None:
                visit(rhs)

    def on_heap(self, v: T.Var) -> bool:
        if self.escape_done:
            return bool(getattr(v, "escapes", False))
        return v in self.heap_vars

    def node_escapes(self, n) -> bool:
        """Does the allocation at node n (new, &T{}, make, slice literal, closure) go to the heap?"""
        if self.escape_done:
            return bool(getattr(n, "escapes", True))
        return True

    # ---------------------------------------------------------------- emission
    def err(self, node, msg):
        raise CompileError.at(node.pos if node is not None else ast.NOPOS, msg, self.filename)

    def emit_raw(self, name: str, *ops: int) -> int:
        at = len(self.code)
        words = encode(name, *ops)
        self.code.extend(words)
        self.lines.extend([self.line] * len(words))
        return at

    def emit_jump(self, name: str, *ops, label: Label):
        at = self.emit(name, *ops, 0)
        idx = at + len(BY_NAME[name].operands)   # the 'j' operand is last
        if label.pc is not None:
            self.code[idx] = label.pc
        else:
            label.uses.append(idx)

    def place(self, label: Label):
        label.pc = len(self.code)
        for i in label.uses:
            self.code[i] = label.pc

    def const(self, v: int) -> int:
        v = ((v + (1 << 63)) % (1 << 64)) - (1 << 63)
        k = self.const_index.get(v)
        if k is None:
            k = len(self.consts)
            self.consts.append(v)
            self.const_index[v] = k
        return k

    def string_const(self, b: bytes) -> int:
        k = self.string_index.get(b)
        if k is None:
            off = len(self.data)
            self.data += b
            k = len(self.consts)
            self.consts += [off, len(b)]
            self.string_consts.append(k)
            self.string_index[b] = k
        return k

    def type_id(self, t: T.Type) -> int:
        for i, u in enumerate(self.types):
            if u is not None and (u is t or T.identical(u, t)):
                return i
        self.types.append(t)
        return len(self.types) - 1

    def set_line(self, node):
        if node is not None and getattr(node, "pos", None) is not None and node.pos.line:
            self.line = node.pos.line

    def stack_map(self, words) -> int:
        k = len(self.smap_words)
        self.smap_words.append(len(words))
        self.smap_words.extend(words)
        return k

    def emit_call(self, name, *ops, blk: int, words: int):
        """A call instruction, with the stack map of the calling frame while it
        waits in the call (keyed by the call's own pc: its return pc minus 3)."""
        at = self.emit(name, *ops)
        self.callmaps[at] = self.f.call_map(blk + words)
        return at

    def emit(self, name: str, *ops: int) -> int:
        at = self.emit_raw(name, *ops)
        if name in SAFEPOINTS and self.f is not None:
            # a collection or a stack move can happen here: every allocated
            # slot is live, pointer words by their last allocation's type
            self.callmaps[at] = self.f.call_map(self.f.top + 1)
        return at

    # ---------------------------------------------------------------- program
    def compile(self, file: ast.File) -> Program:
        info = self.info
        for v in info.globals:
            n = nwords(v.type)
            self.global_slot[v] = self.nglobals
            self.globals_info.append((v.name, self.nglobals, n, v.type))
            self.nglobals += n
        funcs = list(info.funcs)
        for fn in funcs:
            self.func_index[fn] = len(self.funcs)
            self.funcs.append(FuncCode(fn.full_name))
        init_idx = len(self.funcs)
        self.funcs.append(FuncCode("main.init"))
        entry_idx = len(self.funcs)
        self.funcs.append(FuncCode("runtime.main", hidden=True))
        for fn in funcs:
            if fn.decl is not None and fn.decl.body is not None:
                self.gen_func(fn.decl.body, self.funcs[self.func_index[fn]], fn.type, fn.decl.pos.line)
                self.flush_lits()
        self.gen_init(self.funcs[init_idx])
        self.flush_lits()
        self.gen_entry(self.funcs[entry_idx], init_idx)
        # functions must be laid out in code order (func_at searches by entry)
        order = sorted(range(len(self.funcs)), key=lambda i: self.funcs[i].entry)
        remap = {old: new for new, old in enumerate(order)}
        self.funcs = [self.funcs[i] for i in order]
        for at, fn in self.calls_to_patch:
            self.code[at] = remap[self.func_index[fn]]
        for fc in self.funcs:
            fc.argmap = self.stack_map(fc.argptrs) if fc.argptrs else -1
        smidx = np.full(len(self.code) + 1, -1, dtype=np.int32)
        empty = -1
        for at, words in self.callmaps.items():
            # an empty map (no pointers here) is not the same as no map
            if words:
                smidx[at] = self.stack_map(words)
            else:
                if empty < 0:
                    empty = self.stack_map([])
                smidx[at] = empty
        hchan_row = self.type_id(HCHAN)
        from .heap import span_class
        from .layout import TT_FIELDS
        ttab = np.zeros((max(len(self.types), 1), TT_FIELDS), dtype=np.int64)
        ttab[:, 3] = -1
        heap_types = []
        for i, t in enumerate(self.types):
            if t is None:
                continue
            ttab[i, 0] = elem_size(t)
            ttab[i, 1] = T.go_size(t)
            ptrs = [] if is_byte_elem(t) else ptr_words(t)
            # heap type id i describes row i (build_type_table numbers entries from 1)
            heap_types.append((max(nwords(t), 1), ptrs))
            ttab[i, 2] = i if ptrs else 0
            ttab[i, 3] = span_class(ttab[i, 0], bool(ptrs))
        from .heap import build_type_table
        typetab = build_type_table(heap_types)
        return Program(
            filename=self.filename,
            code=np.array(self.code, dtype=np.int32),
            lines=np.array(self.lines, dtype=np.int32),
            consts=np.array(self.consts or [0], dtype=np.int64),
            string_consts=self.string_consts,
            data=bytes(self.data),
            nglobals=self.nglobals,
            funcs=self.funcs,
            entry=order.index(entry_idx),
            pycalls=self.pycalls,
            globals_info=self.globals_info,
            ttab=ttab,
            types=self.types,
            smaps=np.array(self.smap_words or [0], dtype=np.int32),
            smidx=smidx,
            callmaps=self.callmaps,
            typetab=typetab,
            hchan_type=int(ttab[hchan_row, 2]),
        )

    def flush_lits(self):
        while self.pending_lits or self.pending_wrappers:
            while self.pending_lits:
                fl, fc = self.pending_lits.pop(0)
                self.gen_func(fl.body, fc, fl.sig, fl.pos.line, lit=fl)
            while self.pending_wrappers:
                self.gen_method_wrapper(*self.pending_wrappers.pop(0))

    def begin_func(self, fc: FuncCode, sig, line: int, closure=False) -> FuncGen:
        fc.entry = len(self.code)
        fc.line = line
        self.line = line
        f = FuncGen(self, fc, sig, closure)
        self.f = f
        self.morestack_at = self.emit("MORESTACK", 0)
        return f

    def end_func(self, f: FuncGen):
        frame = max(-f.low * 8, HEADER_BYTES)
        f.fc.frame = frame
        self.code[self.morestack_at + 1] = frame
        f.fc.end = len(self.code)
        self.f = None

    def gen_entry(self, fc: FuncCode, init_idx: int):
        f = self.begin_func(fc, None, 0)
        blk = f.top + 1
        self.emit_call("CALL", 0, blk, blk=blk, words=0)
        self.calls_to_patch.append((len(self.code) - 2, "init"))
        self.func_index["init"] = init_idx
        self.emit_call("CALL", 0, blk, blk=blk, words=0)
        self.calls_to_patch.append((len(self.code) - 2, self.info.main))
        self.emit("RET")
        self.end_func(f)

    def gen_init(self, fc: FuncCode):
        f = self.begin_func(fc, None, 0)
        for lhs, rhs in self.info.init_order:
            if rhs is not None:
                self.reserve_stack_objects(rhs, keep=True)
        for lhs, rhs in self.info.init_order:
            if rhs is None:
                continue
            self.set_line(rhs)
            mark = f.top
            if len(lhs) == 1:
                self.store_var(lhs[0], self.value(rhs, lhs[0].type))
            else:
                r, types = self.expr_multi(rhs)
                for v, src in self.multi_sources(lhs, r, types):
                    self.store_var(v, src)
            f.top = mark
        for fn in getattr(self.info, "inits", []) or []:
            blk = f.top + 1
            at = self.emit_call("CALL", 0, blk, blk=blk, words=0)
            self.calls_to_patch.append((at + 1, fn))
        self.emit("RET")
        self.end_func(f)

    def gen_func(self, body: ast.Block, fc: FuncCode, sig: T.Signature, line: int, lit=None):
        f = self.begin_func(fc, sig, line, closure=lit is not None)
        if lit is not None:
            self.bind_captures(lit)
        params = ([sig.recv] if sig.recv is not None else []) + list(sig.params)
        fc.nparams = self.lay_out(f, params, "param", 0)
        fc.argptrs = sorted(w for w in f.ptr_slots)
        fc.nresults = self.lay_out(f, sig.results, "result", fc.nparams) - fc.nparams
        # named results start at their zero value
        for roff, r in f.result_slots:
            if not r.name.startswith("~"):
                self.emit("ZERO", roff, nwords(r.type))
        # parameters and results that escape move to the heap (gc: "moved to heap: p")
        for v in params + [r for _, r in f.result_slots]:
            if v.name not in ("_", "") and not v.name.startswith("~") and self.on_heap(v):
                kind, src = f.loc[v]
                cell = f.local_slots(1, T.Pointer(v.type), "&" + v.name, T.Pointer(v.type), "heap")
                self.emit("NEW", cell, self.type_id(v.type))
                if v.kind == "param" or True:
                    self.emit_store(Place("mem", 0, v.type, reg=cell), src)
                f.loc[v] = ("heap", cell)
                f.heap_results = getattr(f, "heap_results", []) + ([(src, cell, v)] if v.kind == "result" else [])
        self.reserve_stack_objects(body)
        if has_defer(body):
            f.defer_head = f.local_slots(1, T.Pointer(T.INT), "defers", T.Pointer(T.INT), "stack")
            self.emit("ZERO", f.defer_head, 1)
            f.epilogue = Label()
        self.block(body.stmts)
        self.line = body.rbrace.line or self.line
        if not sig.results or not self.terminates(body):
            self.emit_ret()
        if f.epilogue is not None:
            self.gen_epilogue()
            fc.defer_head = f.defer_head
            fc.epilogue = f.epilogue.pc
        self.end_func(f)

    def lay_out(self, f, vars_, where, off) -> int:
        """Give parameters or results their frame slots from word off on (their
        pointer words into the function's argument map); returns the next
        free word."""
        for v in vars_:
            n = nwords(v.type)
            f.loc[v] = ("slot", off)
            for w in ptr_words(v.type):
                f.ptr_slots.add(off + w)
            if where == "result":
                f.result_slots.append((off, v))
            f.fc.slots.append((v.name, off, n, v.type, where))
            off += n
        return off

    def reserve_stack_objects(self, body, keep=False):
        """Give every allocation site that escape analysis keeps on the stack
        its frame slots now, above all temporaries: an object made while a
        call's argument block is pending must not lie below that block,
        where the callee's frame goes.  A site in a loop reuses its slots,
        which is sound because gc's analysis moves to the heap any
        allocation that outlives its loop iteration."""
        f = self.f
        if not self.escape_done:
            return
        for n in walk_nodes(body):
            t = None
            if isinstance(n, ast.UnaryExpr) and n.op == "&" and isinstance(unparen(n.x), ast.CompositeLit):
                t = unparen(n.x).type
            elif isinstance(n, ast.CallExpr) and n.kind == "builtin" and isinstance(n.fun, ast.Ident):
                name = getattr(n.fun.obj, "name", "")
                if name == "new":
                    t = n.type.underlying().elem
                elif name == "make" and isinstance(n.type.underlying(), T.Slice) and len(n.args) >= 2:
                    size = n.args[2] if len(n.args) > 2 else n.args[1]
                    if size.value is not None:
                        t = T.Array(n.type.underlying().elem, int(size.value))
            elif isinstance(n, ast.CompositeLit) and isinstance(n.type.underlying(), T.Slice):
                t = T.Array(n.type.underlying().elem, composite_len(n))
            elif isinstance(n, ast.FuncLit) and getattr(n, "captures", None):
                t = self.closure_type(n)
            elif isinstance(n, ast.SelectorExpr) and getattr(n, "kind", None) == "method" and \
                    getattr(n, "_alloc_site", False) and isinstance(n.obj, T.Func) and n.obj.type.recv is not None:
                t = self.method_value_type(n.obj)      # a method value (escape analysis saw it)
            if t is not None and not self.node_escapes(n):
                f.stack_objects[n] = f.local_slots(max(nwords(t), 1), t, "object", t, "stack")
        for d in defers_outside_loops(body):
            t = self.defer_record_type(d)
            f.stack_objects[d] = f.local_slots(nwords(t), t, "defer", t, "stack")

    def closure_type(self, e) -> T.Struct:
        fields = [T.StructField("F", T.UINTPTR)]
        for v in e.captures:
            fields.append(T.StructField(v.name, v.type if self.capture_byval(e, v) else T.Pointer(v.type)))
        return T.Struct(fields)

    def emit_ret(self, final=False):
        f = self.f
        if f.epilogue is not None and not final:
            self.emit_jump("JMP", label=f.epilogue)
            return
        for slot, cell, v in getattr(f, "heap_results", []):
            r = f.alloc(nwords(v.type), v.type)
            self.emit_load(Place("mem", 0, v.type, reg=cell), r)
            self.move(slot, r, nwords(v.type))
        self.emit("RET")

    def gen_epilogue(self):
        """Run the deferred calls, last deferred first, then return.  Each
        defer record is a heap object: next record, defer site, function (or
        sync object), then the argument block evaluated at the defer statement."""
        f = self.f
        self.place(f.epilogue)
        loop, done = Label(), Label()
        self.place(loop)
        mark = f.top
        self.emit_jump("JEQI", f.defer_head, 0, label=done)
        rec = f.alloc(1, T.Pointer(T.INT))
        self.move(rec, f.defer_head, 1)
        self.emit("LOAD", f.defer_head, rec, 0)
        site = f.alloc(1)
        self.emit("LOAD", site, rec, 8)
        labels = [Label() for _ in f.defer_sites]
        for k, lab in enumerate(labels):
            self.emit_jump("JEQI", site, k, label=lab)
        for (kind, info), lab in zip(f.defer_sites, labels):
            self.place(lab)
            inner = f.top
            if kind == "builtin":
                name, types, n, line = info
                blk = f.alloc(n) if n else f.top + 1
                if n:
                    self.emit("LOADN", blk, rec, 24, n)
                args = []
                off = 0
                for t in types:
                    args.append((blk + off, t))
                    off += nwords(t)
                self.line = line
                if name == "close":
                    self.emit("CLOSE", blk)
                elif name == "panic":
                    k = len(self.pycalls)
                    self.pycalls.append(PyCall("panic", args, None, line))
                    self.emit("PANIC", blk, k)
                else:
                    k = len(self.pycalls)
                    self.pycalls.append(PyCall(name, args, None, line))
                    self.emit("PYCALL", k)
            elif kind == "sync":
                p = f.alloc(1, T.Pointer(T.INT))
                self.emit("LOAD", p, rec, 16)
                name = info
                if name == "Done":
                    d = f.alloc(1)
                    self.emit("LOADI", d, -1)
                    self.emit("WGADD", p, d)
                elif name in ("RWUnlock", "RWRUnlock"):
                    self.emit("RWUNLOCK", p, 1 if name == "RWRUnlock" else 0)
                elif name in ("RWLock", "RWRLock"):
                    self.emit("RWLOCK", p, 1 if name == "RWRLock" else 0)
                elif name == "Unlock":
                    self.emit("UNLOCK", p)
                elif name == "Lock":
                    self.emit("LOCK", p)
                elif name == "Wait":
                    self.emit("WGWAIT", p)
            else:
                fn, words, argtypes = info
                blk = f.alloc(words) if words else f.top + 1
                for i in range(words):
                    f.tmp_ptr[blk + i] = False
                if words:
                    self.emit("LOADN", blk, rec, 24, words)
                if kind == "closure":
                    clo = f.alloc(1, T.Pointer(T.INT))
                    self.emit("LOAD", clo, rec, 16)
                    # the closure register must live above the block
                    self.emit_call("CALLV", clo, blk, blk=blk, words=words)
                else:
                    at = self.emit_call("CALL", 0, blk, blk=blk, words=words)
                    self.calls_to_patch.append((at + 1, fn))
            f.top = inner
            self.emit_jump("JMP", label=loop)
        f.top = mark
        self.place(done)
        self.emit_ret(final=True)

    def stmt_DeferStmt(self, s):
        f = self.f
        e = s.call
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        site = len(f.defer_sites)
        if e.kind == "method" and isinstance(fun, ast.SelectorExpr) and getattr(fun.obj, "pkg", "main") == "sync":
            keep = f.alloc(1, T.Pointer(T.INT))
            self.eval_receiver(fun, fun.obj.type.recv.type, keep)
            rec = self.push_defer(self.defer_record_type(s), site, s)
            self.emit("STORE", rec, 16, keep)
            f.defer_sites.append(("sync", ("RW" if is_rwmutex_method(fun.obj) else "") + fun.obj.name))
            return
        if e.kind == "builtin":
            name = getattr(fun.obj, "name", "")
            if not (name in ("print", "println", "close", "panic") or name.startswith("fmt.")):
                self.err(e, f"defer of {name} is not supported by govm yet")
            self.check_print_args(name, e.args)
            self.check_fmt_args(name, e.args)
            types = []
            for a in e.args:
                types += list(a.type.types) if isinstance(a.type, T.Tuple) else [a.type]
            n = sum(nwords(t) for t in types)
            blk = f.alloc(n) if n else f.top + 1
            off = 0
            for t in types:
                for w in ptr_words(t):
                    f.tmp_ptr[blk + off + w] = True
                off += nwords(t)
            off = 0
            for a in e.args:
                self.expr(a, dst=blk + off)
                off += nwords(a.type) if not isinstance(a.type, T.Tuple) else sum(nwords(t) for t in a.type.types)
            rec = self.push_defer(self.defer_record_type(s), site, s)
            if n:
                self.emit("STOREN", rec, 24, blk, n)
            f.defer_sites.append(("builtin", (name, types, n, e.pos.line)))
            return
        # evaluate the function value and the arguments now, as Go does
        closure = None
        fn = None
        if e.kind == "method" and isinstance(fun, ast.SelectorExpr):
            fn = fun.obj
            sig = fn.type
        elif isinstance(fun, ast.Ident) and isinstance(fun.obj, T.Func):
            fn = fun.obj
            sig = fn.type
        else:
            fv = self.expr(fun)
            closure = f.alloc(1, fun.type)
            self.move(closure, fv, 1)
            sig = fun.type.underlying()
        if fn is not None and e.kind == "method":
            blk = self.call_method(e, fun, None, mode="defer")
        else:
            blk = self.call(e, sig, None, fn=fn, closure=closure, mode="defer")
        pw = sum(nwords(p.type) for p in sig.params) + (nwords(sig.recv.type) if e.kind == "method" else 0)
        rw = sum(nwords(r.type) for r in sig.results)
        words = pw + rw
        argtypes = ([sig.recv.type] if e.kind == "method" else []) + [p.type for p in sig.params] + \
                   [r.type for r in sig.results]
        rec = self.push_defer(self.defer_record_type(s), site, s)
        if closure is not None:
            self.emit("STORE", rec, 16, closure)
        if words:
            self.emit("STOREN", rec, 24, blk, words)
        f.defer_sites.append(("closure" if closure is not None else "func", (fn, words, argtypes)))

    def defer_record_type(self, s) -> T.Struct:
        """The layout of a defer statement's record: next record, defer site,
        function (closure, or sync object), then the evaluated arguments."""
        e = s.call
        fun = unparen(e.fun)
        head = [T.StructField("next", T.Pointer(T.INT)), T.StructField("site", T.INT)]
        if e.kind == "method" and isinstance(fun, ast.SelectorExpr) and getattr(fun.obj, "pkg", "main") == "sync":
            return T.Struct(head + [T.StructField("obj", T.Pointer(T.INT))])
        if e.kind == "builtin":
            types = []
            for a in e.args:
                types += list(a.type.types) if isinstance(a.type, T.Tuple) else [a.type]
            return T.Struct(head + [T.StructField("fn", T.INT)] +
                            [T.StructField(f"a{i}", t) for i, t in enumerate(types)])
        if e.kind == "method" and isinstance(fun, ast.SelectorExpr):
            sig = fun.obj.type
            if sig.recv is None:
                self.err(e, "calls of interface methods are not supported by govm yet")
            argtypes = [sig.recv.type]
        else:
            sig = fun.type.underlying() if not (isinstance(fun, ast.Ident) and isinstance(fun.obj, T.Func)) \
                else fun.obj.type
            argtypes = []
        argtypes += [p.type for p in sig.params] + [r.type for r in sig.results]
        return T.Struct(head + [T.StructField("fn", T.Pointer(T.INT))] +
                        [T.StructField(f"a{i}", t) for i, t in enumerate(argtypes)])

    def push_defer(self, rec_t, site, stmt=None) -> int:
        """Link a new defer record for this frame: in the frame itself when the
        defer statement runs at most once per call (not in a loop), as gc's
        stack-allocated defers; on the heap otherwise."""
        f = self.f
        rec = f.alloc(1, T.Pointer(rec_t))
        if stmt is not None and stmt in f.stack_objects:
            base = f.stack_objects[stmt]
            self.emit("ZERO", base, nwords(rec_t))
            self.emit("LEA", rec, base)
        else:
            self.emit("NEW", rec, self.type_id(rec_t))
        self.emit("STORE", rec, 0, f.defer_head)
        k = f.alloc(1)
        self.emit("LOADI", k, site)
        self.emit("STORE", rec, 8, k)
        self.move(f.defer_head, rec, 1)
        return rec

    def terminates(self, body: ast.Block) -> bool:
        return bool(body.stmts) and isinstance(body.stmts[-1], ast.ReturnStmt)

    # ---------------------------------------------------------------- closures
    def bind_captures(self, lit):
        """Give each captured variable its place in the closure context."""
        f = self.f
        off = 8
        for v in lit.captures:
            if self.capture_byval(lit, v):
                f.loc[v] = ("ctxval", off)
                off += 8 * nwords(v.type)
            else:
                f.loc[v] = ("ctxref", off)
                off += 8

    def capture_byval(self, lit, v) -> bool:
        byval = getattr(lit, "byval", None)
        if self.escape_done and byval is not None:
            return bool(byval.get(v, False))
        return False

    def closure_name(self, outer: str) -> str:
        n = self.lit_count.get(outer, 0) + 1
        self.lit_count[outer] = n
        if outer.count(".func") or outer.endswith(tuple(str(i) for i in range(10))) and ".func" in outer:
            return f"{outer}.{n}"
        return f"{outer}.func{n}"

    def expr_FuncLit(self, e, dst):
        f = self.f
        outer = f.fc.name
        if outer == "main.init":
            outer = "main.glob."
        name = self.closure_name(outer) if ".func" not in outer else f"{outer}.{self._next_nested(outer)}"
        fc = FuncCode(name)
        idx = len(self.funcs)
        self.funcs.append(fc)
        self.func_index[e] = idx
        self.pending_lits.append((e, fc))
        caps = list(getattr(e, "captures", None) or [])
        e.captures = caps
        if not caps:
            r = self.target(dst, e.type)
            at = self.emit("FUNCADDR", r, 0)
            self.calls_to_patch.append((at + 2, e))
            return r
        obj_t = self.closure_type(e)
        r = self.target(dst, e.type)
        if e not in f.stack_objects:
            self.emit("NEW", r, self.type_id(obj_t))
        else:
            self.emit("LEA", r, f.stack_objects[e])
        t = f.alloc(1)
        at = self.emit("LOADI", t, 0)
        self.calls_to_patch.append((at + 2, e))
        self.emit("STORE", r, 0, t)
        off = 8
        for v in caps:
            if self.capture_byval(e, v):
                val = self.read_var(v)
                n = nwords(v.type)
                self.emit_store(Place("mem", off, v.type, reg=r), val)
                off += 8 * n
            else:
                a = self.var_addr(v)
                self.emit("STORE", r, off, a)
                off += 8
        return r

    def _next_nested(self, outer):
        n = self.lit_count.get(outer, 0) + 1
        self.lit_count[outer] = n
        return n

    # ---------------------------------------------------------------- variables and places
    def declare(self, v: T.Var) -> None:
        """Give a new local variable its location (stack slot, or heap cell)."""
        f = self.f
        if self.on_heap(v):
            cell = f.local_slots(1, T.Pointer(v.type), v.name, v.type, "heap")
            self.emit("NEW", cell, self.type_id(v.type))
            f.loc[v] = ("heap", cell)
        else:
            n = nwords(v.type)
            base = f.local_slots(n, v.type, v.name, v.type, "stack")
            f.loc[v] = ("slot", base)

    def var_place(self, v: T.Var) -> Place:
        f = self.f
        loc = f.loc.get(v)
        if loc is None:
            if v in self.global_slot:
                return Place("global", self.global_slot[v], v.type)
            raise InternalError(f"variable {v.name} has no location")
        kind, n = loc
        if kind == "slot":
            return Place("slot", n, v.type)
        if kind == "heap":
            return Place("mem", 0, v.type, reg=n)
        if kind == "ctxval":
            return Place("mem", n, v.type, reg=SLOT_CLOSURE)
        # ctxref: load the variable's address from the closure context
        r = f.alloc(1, T.Pointer(v.type))
        self.emit("LOAD", r, SLOT_CLOSURE, n)
        return Place("mem", 0, v.type, reg=r)

    def var_addr(self, v: T.Var) -> int:
        """A register holding the address of variable v."""
        return self.addr_of(self.var_place(v))

    def read_var(self, v: T.Var, dst=None) -> int:
        return self.emit_load(self.var_place(v), dst)

    def addr_of(self, p: Place, dst=None) -> int:
        f = self.f
        if p.kind == "slot":
            r = dst if dst is not None else f.alloc(1, T.Pointer(p.t))
            self.emit("LEA", r, p.off)
            return r
        if p.kind == "global":
            r = dst if dst is not None else f.alloc(1, T.Pointer(p.t))
            self.emit("GADDR", r, p.off)
            return r
        if p.off == 0:
            if dst is not None:
                self.move(dst, p.reg, 1)
                return dst
            return p.reg
        r = dst if dst is not None else f.alloc(1, T.Pointer(p.t))
        self.emit("ADDI", r, p.reg, p.off)
        return r

    def emit_load(self, p: Place, dst=None) -> int:
        n = nwords(p.t)
        if p.kind == "slot":
            if dst is not None:
                self.move(dst, p.off, n)
                return dst
            return p.off
        r = dst if dst is not None else self.f.alloc(n, p.t)
        if p.kind == "global":
            if n == 1:
                self.emit("LDG", r, p.off)
            else:
                self.emit("LDGN", r, p.off, n)
        elif p.byte:
            self.emit("LOAD8", r, p.reg, p.off)
        elif n == 1:
            self.emit("LOAD", r, p.reg, p.off)
        elif n > 0:
            self.emit("LOADN", r, p.reg, p.off, n)
        return r

    def emit_store(self, p: Place, src: int):
        n = nwords(p.t)
        if p.kind == "slot":
            self.move(p.off, src, n)
        elif p.kind == "global":
            if n == 1:
                self.emit("STG", p.off, src)
            else:
                self.emit("STGN", p.off, src, n)
        elif p.byte:
            self.emit("STORE8", p.reg, p.off, src)
        elif n == 1:
            self.emit("STORE", p.reg, p.off, src)
        elif n > 0:
            self.emit("STOREN", p.reg, p.off, src, n)

    def sub_place(self, p: Place, words: int, t: T.Type) -> Place:
        """The part of p that starts ``words`` words in."""
        if p.kind in ("slot", "global"):
            return Place(p.kind, p.off + words, t)
        return Place("mem", p.off + 8 * words, t, reg=p.reg)

    def place_of(self, e) -> Place:
        """The place an addressable expression denotes (or a temporary holding its value)."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        f = self.f
        if isinstance(e, ast.Ident) and isinstance(e.obj, T.Var):
            return self.var_place(e.obj)
        if isinstance(e, ast.StarExpr):
            r = self.expr(e.x)
            return Place("mem", 0, e.type, reg=r)
        if isinstance(e, ast.SelectorExpr) and getattr(e, "kind", None) == "field":
            return self.field_place(e)
        if isinstance(e, ast.IndexExpr):
            xt = e.x.type.underlying()
            if isinstance(xt, T.Array):
                base = self.place_of(e.x)
                return self.index_array(base, xt, e.index)
            if isinstance(xt, T.Pointer):
                arr = xt.elem.underlying()
                r = self.expr(e.x)
                self.emit("NILCHK", r)
                return self.index_array(Place("mem", 0, xt.elem, reg=r), arr, e.index)
            if isinstance(xt, T.Slice):
                s_ = self.expr(e.x)
                i = self.expr(e.index)
                a = f.alloc(1, T.Pointer(xt.elem))
                self.emit("INDEX", a, s_, i, elem_size(xt.elem))
                return Place("mem", 0, xt.elem, reg=a, byte=is_byte_elem(xt.elem))
        # not addressable: evaluate into a temporary
        r = self.expr(e)
        return Place("slot", r, e.type)

    def index_array(self, base: Place, arr: T.Array, index) -> Place:
        f = self.f
        es = elem_size(arr.elem)
        if index.value is not None and es >= 8 and base.kind != "mem" or \
                (index.value is not None and base.kind == "mem"):
            i = int(index.value)
            if es == 1:
                if base.kind == "mem":
                    return Place("mem", base.off + i, arr.elem, reg=base.reg, byte=True)
                a = self.addr_of(base)
                return Place("mem", i, arr.elem, reg=a, byte=True)
            return self.sub_place(base, i * nwords(arr.elem), arr.elem)
        a = self.addr_of(base)
        i = self.expr(index)
        r = f.alloc(1, T.Pointer(arr.elem))
        self.emit("AINDEX", r, a, i, arr.length, es)
        return Place("mem", 0, arr.elem, reg=r, byte=es == 1)

    def field_place(self, e) -> Place:
        """x.f, following the checker's path through embedded fields and
        dereferencing pointers on the way."""
        path = list(getattr(e, "path", None) or [])
        x = e.x
        t = x.type
        if isinstance(t.underlying(), T.Pointer):
            r = self.expr(x)
            p = Place("mem", 0, t.underlying().elem, reg=r)
        else:
            p = self.place_of(x)
        for k, idx in enumerate(path):
            st = p.t.underlying()
            if isinstance(st, T.Pointer):
                r = self.emit_load(p)
                p = Place("mem", 0, st.elem, reg=r)
                st = st.elem.underlying()
            fld = st.fields[idx]
            p = self.sub_place(p, field_offset(st, idx), fld.type)
        return p

    # ---------------------------------------------------------------- statements
    def block(self, stmts):
        for s in stmts:
            self.stmt(s)

    def stmt(self, s):
        f = self.f
        mark = f.top
        self.set_line(s)
        m = getattr(self, "stmt_" + type(s).__name__, None)
        if m is None:
            self.err(s, f"{type(s).__name__} not supported by govm yet")
        m(s)
        # temporaries die with the statement; locals declared by it stay
        f.top = min(mark, f.floor)

    def stmt_EmptyStmt(self, s):
        pass

    def stmt_Block(self, s):
        self.block(s.stmts)

    def stmt_ExprStmt(self, s):
        self.expr(s.x, want=False)

    def stmt_DeclStmt(self, s):
        d = s.decl
        if d.tok in ("const", "type"):
            return
        for spec in d.specs:
            self.set_line(spec)
            vars_ = [n.obj for n in spec.names]
            if not spec.values:
                for v in vars_:
                    if v is None or v.name == "_":
                        continue
                    self.declare(v)
                    if self.f.loc[v][0] == "slot":
                        self.emit("ZERO", self.f.loc[v][1], nwords(v.type))
                continue
            self.define(vars_, spec.values)

    def define(self, vars_, values):
        """Declare new variables (those without a location yet) and assign values to them."""
        f = self.f
        if len(values) == 1 and len(vars_) > 1:
            r, types = self.expr_multi(values[0])
            for v, src in self.multi_sources(vars_, r, types):
                if v is None or v.name == "_":
                    continue
                if v not in f.loc:
                    self.declare(v)
                self.emit_store(self.var_place(v), src)
            return
        if len(vars_) == 1:
            v = vars_[0]
            if v is None or v.name == "_":
                self.expr(values[0], want=False)
                return
            if v in f.loc:
                self.assign_to(self.var_place(v), values[0])
                return
            # the right-hand side cannot mention v (it is not in scope there:
            # `x := x + 1` reads an outer x, another Var), so v's slot can be
            # made first and the value computed straight into it
            self.declare(v)
            self.assign_to(self.var_place(v), values[0])
            return
        temps = []
        for v, e in zip(vars_, values):
            r = self.value(e, v.type if v is not None else None)
            if v is not None and v.name != "_":
                t = f.alloc(nwords(v.type), v.type)
                self.move(t, r, nwords(v.type))
                temps.append((v, t))
        for v, t in temps:
            if v not in f.loc:
                self.declare(v)
            self.emit_store(self.var_place(v), t)

    def multi_sources(self, vars_, r, types):
        """(variable, slot) for the consecutive values R[r..] of a multi-valued
        expression (of the given types) going into vars_: a concrete value
        going into an interface variable is boxed first."""
        out = []
        off = 0
        for v, t in zip(vars_, types):
            src = r + off
            if v is not None and v.name != "_" and is_iface(v.type) and not is_iface(t):
                src = self.box(src, T.default_type(t), self.f.alloc(2, EMPTY_IFACE))
            out.append((v, src))
            off += nwords(t)
        return out

    def stmt_AssignStmt(self, s):
        f = self.f
        if s.op == ":=":
            self.define([x.obj for x in s.lhs], s.rhs)
            return
        if s.op != "=":
            binop = s.op[:-1]
            lhs = s.lhs[0]
            p = self.place_of(lhs)
            cur = self.emit_load(p)
            fake = ast.BinaryExpr(s.pos, binop, _Reg(lhs.pos, cur, lhs.type), s.rhs[0], s.oppos)
            fake.type = lhs.type
            self.assign_to(p, fake)
            return
        if len(s.lhs) == 1 and len(s.rhs) == 1:
            lhs = s.lhs[0]
            if self.is_blank(lhs):
                self.expr(s.rhs[0], want=False)
                return
            self.assign_to(self.place_of(lhs), s.rhs[0])
            return
        # tuple assignment: operands of index and pointer expressions on the left
        # are evaluated first, then the right, then the stores happen in order
        places = [None if self.is_blank(l) else self.place_of(l) for l in s.lhs]
        if len(s.rhs) == 1:
            r, types = self.expr_multi(s.rhs[0])
            srcs = []
            off = 0
            for p, t in zip(places, types):
                src = r + off
                if p is not None and is_iface(p.t) and not is_iface(t):
                    src = self.box(src, T.default_type(t), f.alloc(2, EMPTY_IFACE))
                srcs.append(src)
                off += nwords(t)
        else:
            srcs = []
            for p, e in zip(places, s.rhs):
                vt = p.t if p is not None else e.type
                r = self.value(e, vt)
                t = f.alloc(nwords(vt), vt)
                self.move(t, r, nwords(vt))
                srcs.append(t)
        for p, src in zip(places, srcs):
            if p is not None:
                self.emit_store(p, src)

    def expr_multi(self, e):
        """A multi-valued expression: (first slot, types of the consecutive values)."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if getattr(e, "comma_ok", False):
            if isinstance(e, ast.UnaryExpr) and e.op == "<-":
                n = nwords(e.type)
                r = self.f.alloc(n + 1, None)
                c = self.expr(e.x)
                self.emit("RECV2", r, c, r + n)
                return r, [e.type, T.BOOL]
            if isinstance(e, ast.TypeAssertExpr):
                return self.type_assert(e, None, comma_ok=True), [e.type, T.BOOL]
            self.err(e, "this comma-ok form is not supported by govm yet")
        r = self.expr(e)
        return r, list(e.type.types)

    def assign_to(self, p: Place, e):
        if p.kind == "slot":
            self.value(e, p.t, dst=p.off)
        else:
            r = self.value(e, p.t)
            self.emit_store(p, r)

    def value(self, e, t, dst=None) -> int:
        """Evaluate e as a value of type t, where e is assignable to t: a
        concrete value going into an interface is boxed (Go's implicit
        conversion, gc's OCONVIFACE), anything else is e itself."""
        if t is not None and isinstance(t.underlying(), T.Interface) and e.type is not None and \
                not isinstance(e.type, T.Tuple) and not isinstance(e.type.underlying(), T.Interface):
            return self.to_interface(e, dst)
        return self.expr(e, dst)

    def is_blank(self, e) -> bool:
        return isinstance(e, ast.Ident) and e.name == "_"

    def store_var(self, v: T.Var, src: int):
        if v.name == "_":
            return
        self.emit_store(self.var_place(v), src)

    def move(self, dst: int, src: int, n: int):
        if dst == src or n == 0:
            return
        if n == 1:
            self.emit("MOV", dst, src)
        elif n == 2:
            self.emit("MOV2", dst, src)
        else:
            self.emit("MOVN", dst, src, n)

    def stmt_IncDecStmt(self, s):
        t = s.x.type
        p = self.place_of(s.x)
        if T.is_float(t) or T.is_untyped(t) or not T.is_integer(t):
            one = ast.BasicLit(s.pos, "INT", "1", 1)
            one.type, one.value = t, (1.0 if T.is_float(t) else 1)
            cur = self.emit_load(p)
            e = ast.BinaryExpr(s.pos, "+" if s.op == "++" else "-", _Reg(s.pos, cur, t), one)
            e.type = t
            self.emit_store(p, self.expr(e))
            return
        delta = 1 if s.op == "++" else -1
        if p.kind == "slot":
            self.emit("ADDI", p.off, p.off, delta)
            self.narrow(p.off, t)
            return
        r = self.emit_load(p)
        tmp = self.f.alloc(1)
        self.emit("ADDI", tmp, r, delta)
        self.narrow(tmp, t)
        self.emit_store(p, tmp)

    def stmt_ReturnStmt(self, s):
        f = self.f
        res = f.result_slots
        if s.results:
            if len(s.results) == 1 and len(res) > 1:
                r = self.expr(s.results[0])
                off = 0
                for roff, rv in res:
                    n = nwords(rv.type)
                    self.move(roff, r + off, n)
                    off += n
            elif len(s.results) == 1:
                self.value(s.results[0], res[0][1].type, dst=res[0][0])
            else:
                temps = []
                for e, (roff, rv) in zip(s.results, res):
                    n = nwords(rv.type)
                    r = self.value(e, rv.type)
                    t = f.alloc(n, rv.type)
                    self.move(t, r, n)
                    temps.append((roff, t, n))
                for roff, t, n in temps:
                    self.move(roff, t, n)
            # results that live on the heap are copied back by emit_ret; a
            # `return x` must first store into them
            for slot, cell, v in getattr(f, "heap_results", []):
                self.emit_store(Place("mem", 0, v.type, reg=cell), slot)
        self.emit_ret()

    def stmt_IfStmt(self, s):
        if s.init is not None:
            self.stmt(s.init)
        els = Label()
        self.cond_jump(s.cond, els, False)
        self.stmt(s.body)
        if s.els is not None:
            end = Label()
            self.emit_jump("JMP", label=end)
            self.place(els)
            self.stmt(s.els)
            self.place(end)
        else:
            self.place(els)

    def stmt_ForStmt(self, s):
        if s.init is not None:
            self.stmt(s.init)
        top, cont, cond, brk = Label(), Label(), Label(), Label()
        self.f.break_label[s] = brk
        self.f.cont_label[s] = cont
        if s.cond is not None:
            self.emit_jump("JMP", label=cond)
        self.place(top)
        self.stmt(s.body)
        self.place(cont)
        if s.post is not None:
            self.stmt(s.post)
        self.place(cond)
        self.emit("YIELDCHK")
        if s.cond is not None:
            self.set_line(s.cond)
            self.cond_jump(s.cond, top, True)
        else:
            self.emit_jump("JMP", label=top)
        self.place(brk)

    def stmt_RangeStmt(self, s):
        f = self.f
        xt = s.x.type.underlying()
        top, cont, cond, brk = Label(), Label(), Label(), Label()
        f.break_label[s] = brk
        f.cont_label[s] = cont
        key = None if s.key is None or self.is_blank(s.key) else s.key
        val = None if s.val is None or self.is_blank(s.val) else s.val
        if s.tok == ":=":
            for e in (key, val):
                if e is not None and e.obj not in f.loc:
                    self.declare(e.obj)
        # the range expression is evaluated once
        if isinstance(xt, T.Pointer):
            arr = xt.elem.underlying()
            ptr = f.local_slots(1, xt, "range", xt, "stack")
            self.expr(s.x, dst=ptr)
            length = arr.length
            coll = ("ptrarray", ptr, arr)
        elif isinstance(xt, T.Array):
            if val is not None:
                n = nwords(xt)
                copy = f.local_slots(n, xt, "range", xt, "stack")
                self.expr(s.x, dst=copy)
                coll = ("array", copy, xt)
            else:
                coll = ("array", None, xt)
            length = xt.length
        elif isinstance(xt, T.Chan):
            return self.range_chan(s, key, top, cont, brk)
        elif isinstance(xt, T.Slice) or T.is_string(xt):
            n = nwords(s.x.type)
            hdr = f.local_slots(n, s.x.type, "range", s.x.type, "stack")
            self.expr(s.x, dst=hdr)
            coll = ("string" if T.is_string(xt) else "slice", hdr, xt)
            length = None
        else:
            self.err(s.x, f"range over {s.x.type} not supported by govm yet")
        i = f.local_slots(1, T.INT, "i", T.INT, "stack")
        self.emit("LOADI", i, 0)
        n_reg = f.local_slots(1, T.INT, "n", T.INT, "stack")
        if length is not None:
            self.emit("LOADI", n_reg, length)
        else:
            self.move(n_reg, coll[1] + 1, 1)
        width = None
        if coll[0] == "string":
            rw = f.local_slots(2, None, "rune", T.INT, "stack")
        self.emit_jump("JMP", label=cond)
        self.place(top)
        mark = f.top
        if coll[0] == "string":
            self.emit("DECODERUNE", rw, coll[1], i)
            if key is not None:
                self.emit_store(self.range_place(key, s.tok), i)
            if val is not None:
                self.emit_store(self.range_place(val, s.tok), rw)
        else:
            if key is not None:
                self.emit_store(self.range_place(key, s.tok), i)
            if val is not None:
                kind, reg, ct = coll
                if kind == "slice":
                    a = f.alloc(1)
                    self.emit("INDEX", a, reg, i, elem_size(ct.elem))
                    ep = Place("mem", 0, ct.elem, reg=a, byte=is_byte_elem(ct.elem))
                elif kind == "array":
                    a = f.alloc(1)
                    b = f.alloc(1)
                    self.emit("LEA", b, reg)
                    self.emit("AINDEX", a, b, i, ct.length, elem_size(ct.elem))
                    ep = Place("mem", 0, ct.elem, reg=a, byte=is_byte_elem(ct.elem))
                else:
                    a = f.alloc(1)
                    self.emit("AINDEX", a, reg, i, ct.length, elem_size(ct.elem))
                    ep = Place("mem", 0, ct.elem, reg=a, byte=is_byte_elem(ct.elem))
                v = self.emit_load(ep)
                self.emit_store(self.range_place(val, s.tok), v)
        f.top = min(mark, f.floor)
        self.stmt(s.body)
        self.place(cont)
        if coll[0] == "string":
            self.emit("ADD", i, i, rw + 1)
        else:
            self.emit("ADDI", i, i, 1)
        self.place(cond)
        self.emit("YIELDCHK")
        self.emit_jump("JLT", i, n_reg, label=top)
        self.place(brk)

    def range_chan(self, s, key, top, cont, brk):
        f = self.f
        ct = s.x.type.underlying()
        c = f.local_slots(1, s.x.type, "range", s.x.type, "stack")
        self.expr(s.x, dst=c)
        n = nwords(ct.elem)
        buf = f.local_slots(n + 1, None, "recv", ct.elem, "stack")
        for w in ptr_words(ct.elem):
            f.ptr_slots.add(buf + w)
        self.place(top)
        self.place(cont)
        self.emit("YIELDCHK")
        self.emit("RECV2", buf, c, buf + n)
        self.emit_jump("JF", buf + n, label=brk)
        if key is not None:
            self.emit_store(self.range_place(key, s.tok), buf)
        self.stmt(s.body)
        self.emit_jump("JMP", label=top)
        self.place(brk)

    def range_place(self, e, tok):
        if tok == ":=":
            return self.var_place(e.obj)
        return self.place_of(e)

    def stmt_GoStmt(self, s):
        e = s.call
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        if e.kind == "method" and isinstance(fun, ast.SelectorExpr):
            if getattr(fun.obj, "pkg", "main") != "main":
                self.err(e, "go with a library method is not supported by govm yet")
            self.call_method(e, fun, None, mode="go")
        elif e.kind == "call" and isinstance(fun, ast.Ident) and isinstance(fun.obj, T.Func):
            self.call(e, fun.obj.type, None, fn=fun.obj, mode="go")
        elif e.kind == "call":
            fv = self.expr(fun)
            keep = self.f.alloc(1, fun.type)
            self.move(keep, fv, 1)
            self.call(e, fun.type.underlying(), None, closure=keep, mode="go")
        else:
            self.err(e, "go with a builtin is not supported by govm yet")

    def stmt_SendStmt(self, s):
        c = self.expr(s.chan)
        keep = self.f.alloc(1, s.chan.type)
        self.move(keep, c, 1)
        et = s.chan.type.underlying().elem
        v = self.f.alloc(nwords(et), et)
        self.value(s.val, et, dst=v)
        self.set_line(s)
        self.emit("SEND", keep, v)

    def stmt_SelectStmt(self, s):
        """All channel operands and send values are evaluated first, in source
        order; SELECT then picks a ready case at random (or blocks), and a jump
        table runs its body."""
        f = self.f
        cases = [c for c in s.body if c.comm is not None]
        has_default = any(c.comm is None for c in s.body)
        n = len(cases)
        blk = f.local_slots(1 + 4 * n, None, "select", T.INT, "stack")
        for w in range(n):
            f.ptr_slots.add(blk + 1 + 4 * w + 1)      # the channel words
        recv_slots = []
        for k, cc in enumerate(cases):
            comm = cc.comm
            base = blk + 1 + 4 * k
            self.set_line(comm)
            if isinstance(comm, ast.SendStmt):
                self.expr(comm.chan, dst=base + 1)
                et = comm.chan.type.underlying().elem
                v = f.local_slots(nwords(et), et, "send", et, "stack")
                self.value(comm.val, et, dst=v)
                self.emit("LOADI", base, 1)
                self.emit("LOADI", base + 2, v)
                self.emit("LOADI", base + 3, 0)
                recv_slots.append(None)
            else:
                rx = comm.x if isinstance(comm, ast.ExprStmt) else comm.rhs[0]
                while isinstance(rx, ast.ParenExpr):
                    rx = rx.x
                self.expr(rx.x, dst=base + 1)
                et = rx.x.type.underlying().elem
                ne = nwords(et)
                v = f.local_slots(ne + 1, None, "recv", et, "stack")
                for w in ptr_words(et):
                    f.ptr_slots.add(v + w)
                self.emit("LOADI", base, 2)
                self.emit("LOADI", base + 2, v)
                self.emit("LOADI", base + 3, v + ne)
                recv_slots.append((v, ne, et))
        end = Label()
        f.break_label[s] = end
        self.set_line(s)
        self.emit("SELECT", blk, n, 1 if has_default else 0)
        labels = [Label() for _ in s.body]
        k = 0
        default_label = None
        for cc, lab in zip(s.body, labels):
            if cc.comm is None:
                default_label = lab
                continue
            self.emit_jump("JEQI", blk, k, label=lab)
            k += 1
        self.emit_jump("JMP", label=default_label or end)
        k = 0
        for cc, lab in zip(s.body, labels):
            self.place(lab)
            mark = f.top
            if cc.comm is not None:
                comm = cc.comm
                rs = recv_slots[k]
                k += 1
                if rs is not None and isinstance(comm, ast.AssignStmt):
                    v, ne, et = rs
                    srcs = [v, v + ne]
                    if comm.op == ":=":
                        for lhs, src in zip(comm.lhs, srcs):
                            if not self.is_blank(lhs):
                                if lhs.obj not in f.loc:
                                    self.declare(lhs.obj)
                                self.emit_store(self.var_place(lhs.obj), src)
                    else:
                        for lhs, src in zip(comm.lhs, srcs):
                            if not self.is_blank(lhs):
                                self.emit_store(self.place_of(lhs), src)
            f.top = min(mark, f.floor)
            self.block(cc.body)
            self.emit_jump("JMP", label=end)
        self.place(end)

    def stmt_LabeledStmt(self, s):
        lab = self.f.goto_label.setdefault(s, Label())
        self.place(lab)
        self.stmt(s.stmt)

    def stmt_BranchStmt(self, s):
        f = self.f
        tgt = s.target
        if s.tok == "break":
            self.emit_jump("JMP", label=f.break_label[self.unlabel(tgt)])
        elif s.tok == "continue":
            self.emit_jump("JMP", label=f.cont_label[self.unlabel(tgt)])
        elif s.tok == "goto":
            self.emit_jump("JMP", label=f.goto_label.setdefault(tgt, Label()))
        elif s.tok == "fallthrough":
            self.emit_jump("JMP", label=f.fallthrough_to)

    @staticmethod
    def unlabel(s):
        while isinstance(s, ast.LabeledStmt):
            s = s.stmt
        return s

    def stmt_SwitchStmt(self, s):
        f = self.f
        if s.init is not None:
            self.stmt(s.init)
        end = Label()
        f.break_label[s] = end
        tag = None
        if s.tag is not None:
            r = self.expr(s.tag)
            n = nwords(s.tag.type)
            tag = f.local_slots(n, s.tag.type, "tag", s.tag.type, "stack")
            self.move(tag, r, n)
        bodies = [Label() for _ in s.body]
        default = None
        for clause, lab in zip(s.body, bodies):
            if clause.list is None:
                default = lab
                continue
            for e in clause.list:
                self.set_line(e)
                mark = f.top
                if tag is None:
                    self.cond_jump(e, lab, True)
                else:
                    self.compare_jump("==", s.tag.type, tag, e, lab, True)
                f.top = min(mark, f.floor)
        self.emit_jump("JMP", label=default or end)
        for i, (clause, lab) in enumerate(zip(s.body, bodies)):
            self.place(lab)
            saved = f.fallthrough_to
            f.fallthrough_to = bodies[i + 1] if i + 1 < len(bodies) else end
            self.block(clause.body)
            f.fallthrough_to = saved
            if not (clause.body and isinstance(clause.body[-1], ast.BranchStmt) and clause.body[-1].tok == "fallthrough"):
                self.emit_jump("JMP", label=end)
        self.place(end)

    def stmt_TypeSwitchStmt(self, s):
        """switch v := x.(type): one comparison of x's dynamic type index per
        case type (nil: no dynamic type); in a clause of one concrete type, v
        is the value out of the box, otherwise x itself."""
        f = self.f
        if s.init is not None:
            self.stmt(s.init)
        a = s.assign
        guard = unparen(a.rhs[0]) if isinstance(a, ast.AssignStmt) else unparen(a.x)
        xt = guard.x.type
        if not isinstance(xt.underlying(), T.Interface) or xt.underlying().methods:
            self.err(s, "type switches on interfaces with methods are not supported by govm yet")
        end = Label()
        f.break_label[s] = end
        tag = f.local_slots(2, xt, "tag", xt, "stack")
        self.expr(guard.x, dst=tag)
        bodies = [Label() for _ in s.body]
        default = None
        for clause, lab in zip(s.body, bodies):
            if clause.list is None:
                default = lab
                continue
            for e in clause.list:
                e0 = unparen(e)
                self.set_line(e0)
                if isinstance(e0, ast.Ident) and isinstance(e0.obj, T.Nil):
                    self.emit_jump("JEQI", tag, 0, label=lab)
                    continue
                t = getattr(e0, "type", None)
                if t is None or is_iface(t):
                    self.err(e, "type switch cases of interface types are not supported by govm yet")
                self.emit_jump("JEQI", tag, self.type_id(t), label=lab)
        self.emit_jump("JMP", label=default or end)
        for clause, lab in zip(s.body, bodies):
            self.place(lab)
            v = getattr(clause, "var", None)
            if v is not None and v.name != "_":
                self.declare(v)
                if is_iface(v.type):
                    self.store_var(v, tag)
                elif is_direct_iface(v.type):
                    self.store_var(v, tag + 1)
                else:
                    box = f.alloc(1, T.Pointer(v.type))
                    self.move(box, tag + 1, 1)
                    self.store_var(v, self.emit_load(Place("mem", 0, v.type, reg=box)))
            self.block(clause.body)
            self.emit_jump("JMP", label=end)
        self.place(end)

    # ---------------------------------------------------------------- conditions
    def cond_jump(self, e, label: Label, jump_if: bool):
        """Jump to label when e's truth equals jump_if; fall through otherwise."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if e.value is not None:
            if bool(e.value) == jump_if:
                self.emit_jump("JMP", label=label)
            return
        if isinstance(e, ast.UnaryExpr) and e.op == "!":
            self.cond_jump(e.x, label, not jump_if)
            return
        if isinstance(e, ast.BinaryExpr) and e.op in ("&&", "||"):
            is_and = e.op == "&&"
            if is_and != jump_if:
                self.cond_jump(e.x, label, jump_if)
                self.cond_jump(e.y, label, jump_if)
            else:
                skip = Label()
                self.cond_jump(e.x, skip, not jump_if)
                self.cond_jump(e.y, label, jump_if)
                self.place(skip)
            return
        f = self.f
        if isinstance(e, ast.BinaryExpr) and e.op in ("==", "!=", "<", "<=", ">", ">=") and \
                self.scalar_compare(e.x.type):
            mark = f.top
            a = self.expr(e.x)
            self.compare_jump(e.op, e.x.type, a, e.y, label, jump_if)
            f.top = mark
            return
        mark = f.top
        r = self.expr(e)
        self.emit_jump("JT" if jump_if else "JF", r, label=label)
        f.top = mark

    def scalar_compare(self, t) -> bool:
        u = t.underlying()
        return isinstance(u, (T.Basic, T.Pointer, T.Chan, T.Map, T.Signature)) and u is not T.COMPLEX128

    _NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
    _SWAP = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

    def compare_jump(self, op, t, a: int, y, label, jump_if):
        """Jump when (R[a] op y) == jump_if; R[a] holds a value of type t."""
        if is_iface(t) or is_iface(y.type):
            if not jump_if:
                op = self._NEGATE[op]
            if is_iface(t) and isinstance(y, ast.Ident) and isinstance(y.obj, T.Nil):
                self.emit_jump("JEQI" if op == "==" else "JNEI", a, 0, label=label)   # nil: no dynamic type
                return
            if not is_iface(t):
                a = self.box(a, T.default_type(t), self.f.alloc(2, EMPTY_IFACE))
            b = self.value(y, EMPTY_IFACE)
            r = self.f.alloc(1)
            self.compare_into(r, op, EMPTY_IFACE, a, b)
            self.emit_jump("JT", r, label=label)
            return
        u = t.underlying()
        if u in (T.UNTYPED_INT, T.UNTYPED_RUNE):
            u = T.INT
        if not jump_if:
            op = self._NEGATE[op]
        if T.is_integer(u) or T.is_boolean(u) or isinstance(u, (T.Pointer, T.Chan, T.Map, T.Signature)):
            unsigned64 = u in (T.UINT, T.UINT64, T.UINTPTR)
            yv = y.value
            if isinstance(y, ast.Ident) and isinstance(y.obj, T.Nil):
                yv = 0
            if yv is not None and not unsigned64 and not isinstance(yv, (bytes, float)) and \
                    -2**31 <= int(yv) < 2**31:
                name = {"==": "JEQI", "!=": "JNEI", "<": "JLTI", "<=": "JLEI", ">": "JGTI", ">=": "JGEI"}[op]
                self.emit_jump(name, a, int(yv), label=label)
                return
            b = self.expr(y)
            if op in (">", ">="):
                a, b, op = b, a, self._SWAP[op]
            if unsigned64:
                name = {"==": "JEQ", "!=": "JNE", "<": "JLTU", "<=": "JLEU"}[op]
            else:
                name = {"==": "JEQ", "!=": "JNE", "<": "JLT", "<=": "JLE"}[op]
            self.emit_jump(name, a, b, label=label)
            return
        b = self.expr(y)
        r = self.f.alloc(1)
        self.compare_into(r, op, t, a, b)
        self.emit_jump("JT", r, label=label)

    def compare_into(self, dst, op, t, a, b):
        u = t.underlying()
        if op in (">", ">="):
            a, b, op = b, a, self._SWAP[op]
        if isinstance(u, T.Interface):
            self.iface_equal_into(dst, a, b)
            if op == "!=":
                self.emit("NOT", dst, dst)
            return
        if isinstance(u, (T.Struct, T.Array)) or u is T.COMPLEX128:
            self.equal_into(dst, t, a, b)
            if op == "!=":
                self.emit("NOT", dst, dst)
            return
        if isinstance(u, T.Slice):   # only comparison with nil: the data word
            self.emit("EQ" if op == "==" else "NE", dst, a, b)
            return
        if T.is_string(u):
            self.emit({"==": "SEQ", "!=": "SNE", "<": "SLT", "<=": "SLE"}[op], dst, a, b)
        elif T.is_float(u):
            self.emit({"==": "FEQ", "!=": "FNE", "<": "FLT", "<=": "FLE"}[op], dst, a, b)
        else:
            unsigned64 = u in (T.UINT, T.UINT64, T.UINTPTR)
            names = {"==": "EQ", "!=": "NE", "<": "LTU" if unsigned64 else "LT", "<=": "LEU" if unsigned64 else "LE"}
            self.emit(names[op], dst, a, b)

    def equal_into(self, dst, t, a, b):
        """R[dst] := the values of type t at R[a..] and R[b..] are equal (== on structs and arrays)."""
        u = t.underlying()
        leaves = []

        def walk(t, off):
            u = t.underlying()
            if isinstance(u, T.Struct):
                o = off
                for fld in u.fields:
                    if fld.name != "_":
                        walk(fld.type, o)
                    o += nwords(fld.type)
            elif isinstance(u, T.Array) and not is_byte_elem(u.elem):
                n = nwords(u.elem)
                for i in range(u.length):
                    walk(u.elem, off + i * n)
            else:
                leaves.append((t, off))
        walk(t, 0)
        self.emit("LOADI", dst, 1)
        tmp = self.f.alloc(1)
        for lt, off in leaves:
            lu = lt.underlying()
            if T.is_string(lu):
                self.emit("SEQ", tmp, a + off, b + off)
            elif T.is_float(lu):
                self.emit("FEQ", tmp, a + off, b + off)
            elif isinstance(lu, T.Interface):
                self.iface_equal_into(tmp, a + off, b + off)
            elif isinstance(lu, T.Array) or lu is T.COMPLEX128:
                self.emit("STREQN", tmp, a + off, b + off, nwords(lt))
            else:
                self.emit("EQ", tmp, a + off, b + off)
            self.emit("AND", dst, dst, tmp)

    # ---------------------------------------------------------------- expressions
    def expr(self, e, dst: Optional[int] = None, want: bool = True) -> int:
        """Generate e; returns the slot holding its value (dst when given)."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        self.set_line(e)
        if isinstance(e, _Reg):
            if dst is not None:
                self.move(dst, e.reg, nwords(e.type))
                return dst
            return e.reg
        if e.value is not None and want:
            return self.load_const(e.value, e.type, dst)
        m = getattr(self, "expr_" + type(e).__name__, None)
        if m is None:
            self.err(e, f"{type(e).__name__} not supported by govm yet")
        return m(e, dst)

    def target(self, dst, t) -> int:
        return dst if dst is not None else self.f.alloc(nwords(t), t)

    def load_const(self, v, t, dst) -> int:
        u = t.underlying() if t is not None else None
        if isinstance(v, bytes) or (u is not None and T.is_string(u)):
            if isinstance(v, str):
                v = v.encode()
            r = dst if dst is not None else self.f.alloc(2, T.STRING)
            self.emit("LOADS", r, self.string_const(v))
            return r
        r = dst if dst is not None else self.f.alloc(1)
        if isinstance(v, bool):
            self.emit("LOADI", r, int(v))
        elif isinstance(v, float) or (u is not None and T.is_float(u)):
            self.emit("LOADF", r, self.const(float_bits(float(v))))
        else:
            v = int(v)
            if -2**31 <= v < 2**31:
                self.emit("LOADI", r, v)
            else:
                self.emit("LOADK", r, self.const(v))
        return r

    def zero_value(self, t, dst) -> int:
        r = self.target(dst, t)
        self.emit("ZERO", r, nwords(t))
        return r

    def expr_Ident(self, e, dst):
        obj = e.obj
        if isinstance(obj, T.Var):
            return self.read_var(obj, dst)
        if isinstance(obj, T.Nil):
            return self.zero_value(e.type, dst)
        if isinstance(obj, T.Func):
            r = self.target(dst, e.type)
            at = self.emit("FUNCADDR", r, 0)
            self.calls_to_patch.append((at + 2, obj))
            return r
        self.err(e, f"use of {e.name} not supported by govm yet")

    def narrow(self, r, t):
        k = ext_kind(t)
        if k:
            self.emit("EXT", r, r, k)

    def expr_StarExpr(self, e, dst):
        r = self.expr(e.x)
        return self.emit_load(Place("mem", 0, e.type, reg=r), dst)

    def expr_SelectorExpr(self, e, dst):
        kind = getattr(e, "kind", None)
        if kind == "field":
            return self.emit_load(self.field_place(e), dst)
        if kind == "pkg" and isinstance(e.obj, T.Var) and e.obj.name == "os.Args":
            # os.Args: the program's path, as the only argument
            f = self.f
            arr_t = T.Array(T.STRING, 1)
            a = f.alloc(1, T.Pointer(arr_t))
            self.emit("NEW", a, self.type_id(arr_t))
            v = self.load_const(self.filename.encode(), T.STRING, None)
            self.emit("STOREN", a, 0, v, 2)
            r = self.target(dst, e.type)
            self.move(r, a, 1)
            self.emit("LOADI", r + 1, 1)
            self.emit("LOADI", r + 2, 1)
            return r
        if kind == "method":
            return self.method_value(e, dst)
        self.err(e, "method values are not supported by govm yet")

    def method_value(self, e, dst):
        """x.M as a value: a closure whose context holds the receiver, evaluated
        now (Go's method value), and whose code is the wrapper M-fm, which
        calls M with that receiver and its own arguments."""
        f = self.f
        fn = e.obj
        if getattr(fn, "pkg", "main") != "main" or not isinstance(fn, T.Func) or fn.type.recv is None:
            self.err(e, "method values of this kind are not supported by govm yet")
        recv_t = fn.type.recv.type
        key = ("fm", fn)
        if key not in self.func_index:
            fc = FuncCode(fn.full_name + "-fm", hidden=True)     # Go elides wrappers in tracebacks
            self.func_index[key] = len(self.funcs)
            self.funcs.append(fc)
            self.pending_wrappers.append((fn, fc))
        rv = f.alloc(nwords(recv_t), recv_t)
        self.eval_receiver(e, recv_t, rv)
        obj_t = self.method_value_type(fn)
        r = self.target(dst, e.type)
        if e in f.stack_objects:
            self.emit("LEA", r, f.stack_objects[e])
        else:
            self.emit("NEW", r, self.type_id(obj_t))
        t = f.alloc(1)
        at = self.emit("LOADI", t, 0)
        self.calls_to_patch.append((at + 2, key))
        self.emit("STORE", r, 0, t)
        self.emit_store(Place("mem", 8, recv_t, reg=r), rv)
        return r

    def method_value_type(self, fn) -> T.Struct:
        return T.Struct([T.StructField("F", T.UINTPTR), T.StructField("R", fn.type.recv.type)])

    def gen_method_wrapper(self, fn, fc: FuncCode):
        """The code of method value fn's closures (gc's M-fm): call fn with the
        receiver from the closure context and the wrapper's own arguments,
        then hand its results back."""
        sig = fn.type
        wsig = T.Signature(list(sig.params), list(sig.results), sig.variadic)
        f = self.begin_func(fc, wsig, self.line, closure=True)
        pw = self.lay_out(f, sig.params, "param", 0)
        fc.nparams = pw
        fc.argptrs = sorted(f.ptr_slots)
        fc.nresults = self.lay_out(f, sig.results, "result", pw) - pw
        recv_t = sig.recv.type
        rw = nwords(recv_t)
        words = rw + pw + fc.nresults
        blk = f.alloc(words)
        for i in range(words):
            f.tmp_ptr[blk + i] = False
        for w in ptr_words(recv_t):
            f.tmp_ptr[blk + w] = True
        for p_ in range(pw):
            f.tmp_ptr[blk + rw + p_] = p_ in f.ptr_slots
        self.emit_load(Place("mem", 8, recv_t, reg=SLOT_CLOSURE), blk)
        if pw:
            self.move(blk + rw, 0, pw)
        at = self.emit_call("CALL", 0, blk, blk=blk, words=words)
        self.calls_to_patch.append((at + 1, fn))
        if fc.nresults:
            self.move(pw, blk + rw + pw, fc.nresults)
        self.emit("RET")
        self.end_func(f)

    def expr_UnaryExpr(self, e, dst):
        t = e.type
        if e.op == "&":
            return self.address_of(e, dst)
        if e.op == "<-":
            c = self.expr(e.x)
            r = self.target(dst, t)
            self.set_line(e)
            self.emit("RECV", r, c)
            return r
        if e.op == "+":
            return self.expr(e.x, dst)
        if e.op == "!":
            a = self.expr(e.x)
            r = self.target(dst, t)
            self.emit("NOT", r, a)
            return r
        if e.op == "-":
            a = self.expr(e.x)
            r = self.target(dst, t)
            if T.is_float(t):
                self.emit("FNEG", r, a)
            else:
                self.emit("NEG", r, a)
                self.narrow(r, t)
            return r
        if e.op == "^":
            a = self.expr(e.x)
            r = self.target(dst, t)
            self.emit("BNOT", r, a)
            self.narrow(r, t)
            return r
        self.err(e, f"unary {e.op} not supported by govm yet")

    def address_of(self, e, dst):
        x = e.x
        while isinstance(x, ast.ParenExpr):
            x = x.x
        if isinstance(x, ast.CompositeLit):
            # the elements are evaluated before the object exists (p = &T{v, p})
            obj_t = x.type
            if not x.elts or isinstance(obj_t.underlying(), (T.Slice, T.Map)):
                if not x.elts and not isinstance(obj_t.underlying(), (T.Slice, T.Map)):
                    return self.new_object(obj_t, e, dst)       # new objects are zeroed
                v = self.expr(x)
                keep = self.f.alloc(nwords(obj_t), obj_t)
                self.move(keep, v, nwords(obj_t))
            else:
                keep = self.f.alloc(nwords(obj_t), obj_t)
                self.build_composite(x, keep)
            r = self.new_object(obj_t, e, dst)
            self.emit_store(Place("mem", 0, obj_t, reg=r), keep)
            return r
        p = self.place_of(x)
        return self.addr_of(p, dst)

    def new_object(self, t, site, dst) -> int:
        """A register holding the address of a new zeroed object of type t,
        on the heap or, when the escape analysis allows, in this frame."""
        f = self.f
        r = dst if dst is not None else f.alloc(1, T.Pointer(t))
        if self.node_escapes(site) or site not in f.stack_objects:
            self.emit("NEW", r, self.type_id(t))
        else:
            base = f.stack_objects[site]
            self.emit("ZERO", base, max(nwords(t), 1))
            self.emit("LEA", r, base)
        return r

    _INT_OPS = {"+": "ADD", "-": "SUB", "*": "MUL", "&": "AND", "|": "OR", "^": "XOR", "&^": "ANDNOT"}
    _FLOAT_OPS = {"+": "FADD", "-": "FSUB", "*": "FMUL", "/": "FDIV"}

    def expr_BinaryExpr(self, e, dst):
        op = e.op
        t = e.type
        if op in ("&&", "||"):
            r = self.target(dst, t)
            end = Label()
            self.expr(e.x, dst=r)
            self.emit_jump("JT" if op == "||" else "JF", r, label=end)
            self.expr(e.y, dst=r)
            self.place(end)
            return r
        if op in ("==", "!=", "<", "<=", ">", ">="):
            ct = e.x.type
            if is_iface(e.y.type) and not is_iface(ct):
                ct = e.y.type          # a mixed comparison: the concrete side is converted
            a = self.value(e.x, ct)
            b = self.value(e.y, ct)
            r = self.target(dst, t)
            self.compare_into(r, op, ct, a, b)
            return r
        u = t.underlying()
        if T.is_string(u):
            a = self.expr(e.x)
            b = self.expr(e.y)
            r = self.target(dst, t)
            self.emit("SCAT", r, a, b)
            return r
        if T.is_float(u):
            a = self.expr(e.x)
            b = self.expr(e.y)
            r = self.target(dst, t)
            self.emit(self._FLOAT_OPS[op], r, a, b)
            if u is T.FLOAT32:
                self.emit("F32", r, r)
            return r
        if op in ("<<", ">>"):
            a = self.expr(e.x)
            if e.y.value is not None:
                b = self.load_const(int(e.y.value), T.INT, None)
            else:
                b = self.expr(e.y)
                if not T.is_unsigned(e.y.type):
                    self.emit("CHKSHIFT", b)
            r = self.target(dst, t)
            if op == "<<":
                self.emit("SHL", r, a, b)
                self.narrow(r, t)
            else:
                self.emit("SHRU" if T.is_unsigned(u) else "SHRS", r, a, b)
            return r
        if op in ("+", "-") and e.y.value is not None and -2**31 < int(e.y.value) < 2**31:
            a = self.expr(e.x)
            r = self.target(dst, t)
            imm = int(e.y.value) if op == "+" else -int(e.y.value)
            self.emit("ADDI", r, a, imm)
            self.narrow(r, t)
            return r
        a = self.expr(e.x)
        b = self.expr(e.y)
        r = self.target(dst, t)
        if op in ("/", "%"):
            uns = T.is_unsigned(u)
            name = {"/": "DIVU" if uns else "DIV", "%": "REMU" if uns else "REM"}[op]
            self.emit(name, r, a, b)
            if op == "/":
                self.narrow(r, t)
            return r
        self.emit(self._INT_OPS[op], r, a, b)
        if op in ("+", "-", "*"):
            self.narrow(r, t)
        return r

    def expr_IndexExpr(self, e, dst):
        xt = e.x.type.underlying()
        if T.is_string(xt):
            a = self.expr(e.x)
            i = self.expr(e.index)
            r = self.target(dst, e.type)
            self.emit("SIDX", r, a, i)
            return r
        if isinstance(xt, T.Map):
            self.err(e, "maps are not supported by govm yet")
        return self.emit_load(self.place_of(e), dst)

    def expr_SliceExpr(self, e, dst):
        f = self.f
        xt = e.x.type.underlying()
        flags = 0
        if T.is_string(xt):
            src = self.expr(e.x)
            flags |= SLICE_STRING
            es = 1
        elif isinstance(xt, T.Slice):
            src = self.expr(e.x)
            es = elem_size(xt.elem)
        else:
            # an array (addressable) or a pointer to one: make a slice header for it
            if isinstance(xt, T.Pointer):
                arr = xt.elem.underlying()
                p = self.expr(e.x)
                self.emit("NILCHK", p)
            else:
                arr = xt
                p = self.addr_of(self.place_of(e.x))
            src = f.alloc(3, T.Slice(arr.elem))
            self.move(src, p, 1)
            self.emit("LOADI", src + 1, arr.length)
            self.emit("LOADI", src + 2, arr.length)
            flags |= SLICE_ARRAY
            es = elem_size(arr.elem)
        bounds = f.alloc(3)
        if e.low is not None:
            self.expr(e.low, dst=bounds)
            flags |= SLICE_LOW
        if e.high is not None:
            self.expr(e.high, dst=bounds + 1)
            flags |= SLICE_HIGH
        if e.max is not None:
            self.expr(e.max, dst=bounds + 2)
            flags |= SLICE_MAX
        r = self.target(dst, e.type)
        self.emit("SLICE", r, src, bounds, flags | (es << 8))
        return r

    def expr_CompositeLit(self, e, dst):
        f = self.f
        t = e.type
        u = t.underlying()
        if isinstance(u, T.Slice):
            n = 0
            idx = 0
            items = []
            for el in e.elts:
                if isinstance(el, ast.KeyValueExpr):
                    idx = int(el.key.value)
                    el = el.val
                items.append((idx, el))
                idx += 1
                n = max(n, idx)
            arr_t = T.Array(u.elem, n)
            a = self.new_object(arr_t, e, None)
            for i, el in items:
                v = self.value(el, u.elem)
                self.emit_store(self.index_const(Place("mem", 0, arr_t, reg=a), arr_t, i), v)
            r = self.target(dst, t)
            self.move(r, a, 1)
            self.emit("LOADI", r + 1, n)
            self.emit("LOADI", r + 2, n)
            return r
        if isinstance(u, T.Map):
            self.err(e, "maps are not supported by govm yet")
        r = self.target(dst, t)
        # build in a temporary when the destination may be read by the elements
        tmp = f.alloc(nwords(t), t) if dst is not None else r
        self.build_composite(e, tmp)
        if tmp != r:
            self.move(r, tmp, nwords(t))
        return r

    def build_composite(self, e, tmp):
        """Evaluate struct or array literal e into the registers at tmp (which
        no element reads).  The registers are cleared first unless the
        elements write every word."""
        t = e.type
        u = t.underlying()
        n = nwords(t)
        keyed = [el for el in e.elts if isinstance(el, ast.KeyValueExpr)]
        if isinstance(u, T.Struct):
            covered = len(e.elts) == len(u.fields) and (
                not keyed or len({el.key.name for el in keyed}) == len(u.fields))
        elif isinstance(u, T.Array):
            covered = not keyed and len(e.elts) == u.length and elem_size(u.elem) % 8 == 0
        else:
            covered = False
        if not covered:
            self.emit("ZERO", tmp, n)
        base = Place("slot", tmp, t)
        if isinstance(u, T.Struct):
            for i, el in enumerate(e.elts):
                if isinstance(el, ast.KeyValueExpr):
                    name = el.key.name
                    fi = next(k for k, fl in enumerate(u.fields) if fl.name == name)
                    el = el.val
                else:
                    fi = i
                fld = u.fields[fi]
                p = self.sub_place(base, field_offset(u, fi), fld.type)
                self.assign_to(p, el)
        elif isinstance(u, T.Array):
            idx = 0
            for el in e.elts:
                if isinstance(el, ast.KeyValueExpr):
                    idx = int(el.key.value)
                    el = el.val
                v = self.value(el, u.elem)
                self.emit_store(self.index_const(base, u, idx), v)
                idx += 1
        else:
            self.err(e, f"composite literal of type {t} not supported by govm yet")

    def index_const(self, base: Place, arr: T.Array, i: int) -> Place:
        es = elem_size(arr.elem)
        if es == 1:
            if base.kind == "mem":
                return Place("mem", base.off + i, arr.elem, reg=base.reg, byte=True)
            a = self.addr_of(base)
            return Place("mem", i, arr.elem, reg=a, byte=True)
        return self.sub_place(base, i * nwords(arr.elem), arr.elem)

    # ---------------------------------------------------------------- calls
    def expr_CallExpr(self, e, dst):
        kind = e.kind
        if kind == "conversion":
            return self.conversion(e, dst)
        if kind == "builtin":
            return self.builtin_call(e, dst)
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        if kind == "method" and isinstance(fun, ast.SelectorExpr):
            return self.call_method(e, fun, dst)
        if isinstance(fun, ast.Ident) and isinstance(fun.obj, T.Func):
            return self.call(e, fun.obj.type, dst, fn=fun.obj)
        # a call through a func value
        fv = self.expr(fun)
        keep = self.f.alloc(1, fun.type)
        self.move(keep, fv, 1)
        return self.call(e, fun.type.underlying(), dst, closure=keep)

    def call(self, e, sig: T.Signature, dst, fn=None, closure=None, recv=None, mode="call"):
        """Lay out the argument block below every live temporary, evaluate the
        arguments into it, and call; returns the slot of the first result."""
        f = self.f
        params = list(sig.params)
        pw = sum(nwords(p.type) for p in params) + (nwords(sig.recv.type) if recv is not None else 0)
        rw = sum(nwords(r.type) for r in sig.results)
        blk = f.alloc(pw + rw) if pw + rw else f.top + 1
        # while the block fills, the arguments already in it are live (an
        # allocation for a later argument may collect): mark their pointer words
        for i in range(pw + rw):
            f.tmp_ptr[blk + i] = False
        off = 0
        for t in ([sig.recv.type] if recv is not None else []) + [p.type for p in params]:
            for w in ptr_words(t):
                f.tmp_ptr[blk + off + w] = True
            off += nwords(t)
        off = 0
        if recv is not None:
            recv(blk)
            off = nwords(sig.recv.type)
        args = list(e.args)
        if len(args) == 1 and len(params) > 1 and isinstance(args[0].type, T.Tuple):
            r = self.expr(args[0])
            self.move(blk + off, r, pw - off)
        elif sig.variadic and not e.ellipsis:
            fixed = params[:-1]
            for p, a in zip(fixed, args):
                self.value(a, p.type, dst=blk + off)
                off += nwords(p.type)
            extra = args[len(fixed):]
            st = params[-1].type
            if extra:
                lit = ast.CompositeLit(e.pos, None, extra)
                lit.type = st
                lit.value = None
                lit.escapes = getattr(e, "variadic_escapes", True)
                self.expr(lit, dst=blk + off)
            else:
                self.emit("ZERO", blk + off, 3)
        else:
            for p, a in zip(params, args):
                self.value(a, p.type, dst=blk + off)
                off += nwords(p.type)
        self.set_line(e)
        if mode == "defer":
            return blk
        if mode == "go":
            # the new goroutine gets a copy of the argument block (and room for results)
            if closure is not None:
                self.emit("GOV", closure, blk, pw + rw)
            else:
                at = self.emit("GO", 0, blk, pw + rw)
                self.calls_to_patch.append((at + 1, fn))
            f.top = blk - 1
            return blk
        if closure is not None:
            self.emit_call("CALLV", closure, blk, blk=blk, words=pw + rw)
        else:
            at = self.emit_call("CALL", 0, blk, blk=blk, words=pw + rw)
            self.calls_to_patch.append((at + 1, fn))
        res = blk + pw
        # the results stay live in the block; everything below it is dead
        f.top = blk - 1
        for r_ in sig.results:
            pass
        roff = res
        for r_ in sig.results:
            for w in ptr_words(r_.type):
                f.tmp_ptr[roff + w] = True
            roff += nwords(r_.type)
        if dst is not None and rw:
            self.move(dst, res, rw)
            return dst
        return res

    def call_method(self, e, sel, dst, mode="call"):
        fn = sel.obj
        sig = fn.type
        if getattr(fn, "pkg", "main") == "sync":
            return self.sync_call(e, sel, fn)
        if sig.recv is None:
            self.err(e, "calls of interface methods are not supported by govm yet")
        recv_t = sig.recv.type
        return self.call(e, sig, dst, fn=fn, recv=lambda blk: self.eval_receiver(sel, recv_t, blk), mode=mode)

    def eval_receiver(self, sel, recv_t, blk):
        """Evaluate the receiver of method selector sel into the registers at
        blk, as the method's receiver type wants it: through the embedded
        fields of its path, taking the address or dereferencing as needed."""
        path = list(getattr(sel, "path", None) or [])
        x = sel.x
        xt = x.type
        if path[:-1]:
            # the embedded field holding the method
            p = self.field_place_path(x, path[:-1])
            base_t = p.t
        else:
            p = None
            base_t = xt
        if isinstance(recv_t, T.Pointer):
            if isinstance(base_t.underlying(), T.Pointer):
                if p is not None:
                    self.emit_load(p, blk)
                else:
                    self.expr(x, dst=blk)
            else:
                place = p if p is not None else self.place_of(x)
                self.addr_of(place, blk)
        elif isinstance(base_t.underlying(), T.Pointer) and not isinstance(recv_t.underlying(), T.Pointer):
            ptr = self.emit_load(p) if p is not None else self.expr(x)
            self.emit_load(Place("mem", 0, recv_t, reg=ptr), blk)
        elif p is not None:
            self.emit_load(p, blk)
        else:
            self.expr(x, dst=blk)


    def sync_call(self, e, sel, fn):
        """sync.WaitGroup and sync.Mutex methods run as VM instructions on the
        object's words (counter or lock state, then a wait queue)."""
        f = self.f
        keep = f.alloc(1, T.Pointer(T.INT))
        self.eval_receiver(sel, fn.type.recv.type, keep)     # through embedded fields too
        self.set_line(e)
        name = fn.name
        if name == "Add":
            d = self.expr(e.args[0])
            self.emit("WGADD", keep, d)
        elif name == "Done":
            d = f.alloc(1)
            self.emit("LOADI", d, -1)
            self.emit("WGADD", keep, d)
        elif name == "Wait":
            self.emit("WGWAIT", keep)
        elif is_rwmutex_method(fn) and name in ("Lock", "RLock"):
            self.emit("RWLOCK", keep, 1 if name == "RLock" else 0)
        elif is_rwmutex_method(fn) and name in ("Unlock", "RUnlock"):
            self.emit("RWUNLOCK", keep, 1 if name == "RUnlock" else 0)
        elif name == "Lock":
            self.emit("LOCK", keep)
        elif name == "Unlock":
            self.emit("UNLOCK", keep)
        else:
            self.err(e, f"sync method {name} is not supported by govm yet")
        return keep

    def field_place_path(self, x, path) -> Place:
        t = x.type
        if isinstance(t.underlying(), T.Pointer):
            r = self.expr(x)
            p = Place("mem", 0, t.underlying().elem, reg=r)
        else:
            p = self.place_of(x)
        for idx in path:
            st = p.t.underlying()
            if isinstance(st, T.Pointer):
                r = self.emit_load(p)
                p = Place("mem", 0, st.elem, reg=r)
                st = st.elem.underlying()
            fld = st.fields[idx]
            p = self.sub_place(p, field_offset(st, idx), fld.type)
        return p

    def conversion(self, e, dst):
        to = e.type
        x = e.args[0]
        frm = x.type
        tu, fu = to.underlying(), frm.underlying()
        if isinstance(tu, T.Pointer) and isinstance(fu, T.Slice):
            # Go 1.17's slice to array pointer: needs its length check (a panic
            # govm does not raise yet) and, for byte elements at any offset,
            # byte-granular loads and stores
            self.err(e, f"conversion from {frm} to {to} not supported by govm yet")
        if T.is_string(tu):
            if T.is_string(fu):
                return self.expr(x, dst)
            if T.is_integer(fu):
                a = self.expr(x)
                r = self.target(dst, to)
                self.emit("RUNESTR", r, a)
                return r
            if isinstance(fu, T.Slice) and fu.elem.underlying() is T.UINT8:
                a = self.expr(x)
                r = self.target(dst, to)
                self.emit("BYTES2STR", r, a)
                return r
            self.err(e, f"conversion from {frm} to {to} not supported by govm yet")
        if isinstance(tu, T.Slice) and T.is_string(fu):
            if tu.elem.underlying() is T.UINT8:
                a = self.expr(x)
                r = self.target(dst, to)
                self.emit("STR2BYTES", r, a)
                return r
            self.err(e, f"conversion from {frm} to {to} not supported by govm yet")
        if T.is_float(tu):
            a = self.expr(x)
            r = self.target(dst, to)
            if T.is_float(fu):
                if tu is T.FLOAT32 and fu is not T.FLOAT32:
                    self.emit("F32", r, a)
                else:
                    self.move(r, a, 1)
            elif fu in (T.UINT, T.UINT64, T.UINTPTR):
                self.emit("U2F", r, a)
                if tu is T.FLOAT32:
                    self.emit("F32", r, r)
            else:
                self.emit("I2F", r, a)
                if tu is T.FLOAT32:
                    self.emit("F32", r, r)
            return r
        if T.is_integer(tu):
            a = self.expr(x)
            r = self.target(dst, to)
            if T.is_float(fu):
                self.emit("F2U" if tu in (T.UINT, T.UINT64, T.UINTPTR) else "F2I", r, a)
                self.narrow(r, to)
            else:
                self.move(r, a, 1)
                self.narrow(r, to)
            return r
        if isinstance(tu, T.Interface):
            return self.to_interface(x, dst)
        # same representation (named types, pointers)
        return self.expr(x, dst)

    def to_interface(self, x, dst) -> int:
        """Box a value into an interface{}: (type index, pointer to a heap copy)."""
        r = self.target(dst, T.Interface([]))
        if isinstance(x, ast.Ident) and isinstance(x.obj, T.Nil) or isinstance(x.type.underlying(), T.Interface):
            return self.expr(x, r)
        t = T.default_type(x.type)
        return self.box(self.expr(x), t, r)

    def box(self, v, t, r) -> int:
        """R[r..r+1] := the interface{} holding the value of type t at R[v..]:
        a pointer-shaped value is the data word itself (gc's direct
        interfaces, so a pointer into a stack stays where copy_stack adjusts
        it); any other is copied into a new heap object."""
        f = self.f
        self.emit("LOADI", r, self.type_id(t))
        if is_direct_iface(t):
            self.move(r + 1, v, 1)
            return r
        obj = f.alloc(1, T.Pointer(t))
        self.emit("NEW", obj, self.type_id(t))
        self.emit_store(Place("mem", 0, t, reg=obj), v)
        self.move(r + 1, obj, 1)
        return r

    def expr_TypeAssertExpr(self, e, dst):
        return self.type_assert(e, dst)

    def type_assert(self, e, dst, comma_ok=False) -> int:
        """x.(T) for a concrete T: the interface's dynamic type must be T (its
        type index), and the value is copied out of the box.  A failed
        assertion panics as Go's does, or with comma_ok gives T's zero value
        and false (R[r+n])."""
        f = self.f
        t = e.type
        if is_iface(t) or not isinstance(e.x.type.underlying(), T.Interface) or e.x.type.underlying().methods:
            self.err(e, "type assertions to or from interfaces with methods are not supported by govm yet")
        n = nwords(t)
        keep = f.alloc(2, EMPTY_IFACE)
        self.expr(e.x, dst=keep)
        if comma_ok:
            r = f.alloc(n + 1, None)
            for w in ptr_words(t):
                f.tmp_ptr[r + w] = True
        else:
            r = self.target(dst, t)
        good, end = Label(), Label()
        self.set_line(e)
        self.emit_jump("JEQI", keep, self.type_id(t), label=good)
        if comma_ok:
            self.emit("ZERO", r, n)
            self.emit("LOADI", r + n, 0)
            self.emit_jump("JMP", label=end)
        else:
            k = len(self.pycalls)
            self.pycalls.append(PyCall("assertfail", [(keep, EMPTY_IFACE)], None, self.line, target=t))
            self.emit("PYCALL", k)          # panics
        self.place(good)
        if is_direct_iface(t):
            self.move(r, keep + 1, 1)
        else:
            box = f.alloc(1, T.Pointer(t))
            self.move(box, keep + 1, 1)
            self.emit_load(Place("mem", 0, t, reg=box), r)
        if comma_ok:
            self.emit("LOADI", r + n, 1)
            self.place(end)
        return r

    def iface_equal_into(self, dst, a, b):
        """R[dst] := the interface values at R[a..] and R[b..] are equal: the
        same dynamic type and equal values of it (Go's efaceeq; a dynamic
        type that is not comparable panics)."""
        k = len(self.pycalls)
        self.pycalls.append(PyCall("ifaceeq", [(a, EMPTY_IFACE), (b, EMPTY_IFACE)], (dst, T.BOOL), self.line))
        self.emit("PYCALL", k)

    def check_fmt_args(self, name, args):
        """fmt formats a value through its String or Error method (Go's
        handleMethods), which govm's fmt cannot call yet: reject such operands
        rather than print them differently from Go."""
        if not name.startswith("fmt."):
            return
        for a in args:
            if a.type is None or isinstance(a.type, T.Tuple):
                continue
            t = fmt_method_type(a.type, 0, set())
            if t is not None:
                self.err(a, f"formatting {t} with its String or Error method is not supported by govm yet")

    def check_print_args(self, name, args):
        """print/println of a slice or an interface: Go prints [len/cap]address
        and (type,address), addresses govm does not model."""
        if name not in ("print", "println"):
            return
        for a in args:
            u = a.type.underlying() if a.type is not None and not isinstance(a.type, T.Tuple) else None
            if isinstance(u, (T.Slice, T.Interface)):
                kind = "slice" if isinstance(u, T.Slice) else "interface"
                self.err(a, f"{name} of a {kind} value is not supported by govm yet")

    def builtin_call(self, e, dst):
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        obj = fun.obj
        name = obj.name if obj is not None else ""
        f = self.f
        if len(e.args) == 1 and isinstance(e.args[0].type, T.Tuple) and name != "copy" and \
                name not in ("print", "println") and not name.startswith("fmt.") and name not in LIBRARY_CALLS:
            self.err(e, f"{name} of a multi-valued call is not supported by govm yet")
        if name in ("len", "cap"):
            x = e.args[0]
            xt = x.type.underlying()
            if isinstance(xt, T.Pointer):
                xt = xt.elem.underlying()
            if isinstance(xt, T.Array):
                if e.value is None:
                    # not a constant: x has a call or a receive, which runs (spec: Length and capacity)
                    self.expr(x)
                return self.load_const(xt.length, T.INT, dst)
            if T.is_string(xt) or isinstance(xt, T.Slice):
                a = self.expr(x)
                r = self.target(dst, T.INT)
                self.move(r, a + (1 if name == "len" else 2), 1)
                return r
            if isinstance(xt, T.Chan):
                a = self.expr(x)
                r = self.target(dst, T.INT)
                self.emit("CHANLEN" if name == "len" else "CHANCAP", r, a)
                return r
            self.err(e, f"{name} of {x.type} not supported by govm yet")
        if name == "new":
            t = e.type.underlying().elem
            return self.new_object(t, e, dst)
        if name == "make":
            t = e.type
            u = t.underlying()
            if isinstance(u, T.Slice):
                ln = self.expr(e.args[1])
                keep = f.alloc(1)
                self.move(keep, ln, 1)
                cap = self.expr(e.args[2]) if len(e.args) > 2 else keep
                r = self.target(dst, t)
                if e in f.stack_objects:
                    n = int((e.args[2] if len(e.args) > 2 else e.args[1]).value)
                    arr_t = T.Array(u.elem, n)
                    base = f.stack_objects[e]
                    self.emit("ZERO", base, max(nwords(arr_t), 1))
                    self.emit("LEA", r, base)
                    self.move(r + 1, keep, 1)
                    self.move(r + 2, cap, 1)
                    return r
                self.emit("MAKESLICE", r, keep, cap, self.type_id(u.elem))
                return r
            if isinstance(u, T.Chan):
                n = self.expr(e.args[1]) if len(e.args) > 1 else self.load_const(0, T.INT, None)
                r = self.target(dst, t)
                self.set_line(e)
                self.emit("MAKECHAN", r, self.type_id(u.elem), n)
                return r
            self.err(e, f"make({t}) not supported by govm yet")
        if name == "append":
            st = e.type
            elem = st.underlying().elem
            r = self.target(dst, st)
            if e.ellipsis:
                s_ = self.expr(e.args[0])
                keep = f.alloc(3, st)
                self.move(keep, s_, 3)
                t_ = self.expr(e.args[1])
                self.emit("APPENDS", r, keep, t_, self.type_id(elem))
                return r
            acc = f.alloc(3, st)
            self.expr(e.args[0], dst=acc)
            vals = e.args[1:]
            if not vals:
                self.move(r, acc, 3)
                return r
            n = nwords(elem)
            block = f.alloc(n * len(vals), None)
            for i in range(len(vals)):
                for w in ptr_words(elem):
                    f.tmp_ptr[block + i * n + w] = True
            for i, v in enumerate(vals):
                self.value(v, elem, dst=block + i * n)
            self.emit("APPEND", acc, block, len(vals), self.type_id(elem))
            self.move(r, acc, 3)
            return r
        if name == "copy":
            if len(e.args) == 1:            # copy(f()): both operands from one call
                a = self.expr(e.args[0])
                keep, b = a, a + 3
                st = e.args[0].type.types[0].underlying()
                r = self.target(dst, T.INT)
                self.emit("COPY", r, keep, b, elem_size(st.elem))
                return r
            a = self.expr(e.args[0])
            keep = f.alloc(3)
            self.move(keep, a, 3)
            b = self.expr(e.args[1])
            st = e.args[0].type.underlying()
            r = self.target(dst, T.INT)
            self.emit("COPY", r, keep, b, elem_size(st.elem))
            return r
        if name == "close":
            c = self.expr(e.args[0])
            self.set_line(e)
            self.emit("CLOSE", c)
            return c
        if name == "runtime.Gosched":
            self.emit("GOSCHED")
            return 0
        if name == "runtime.NumGoroutine":
            r = self.target(dst, T.INT)
            self.emit("NUMG", r)
            return r
        if name == "runtime.GC":
            self.set_line(e)
            self.emit("GC")
            return 0
        if name == "os.Exit":
            c = self.expr(e.args[0])
            self.set_line(e)
            self.emit("EXIT", c)
            return c
        if name == "panic":
            x = e.args[0]
            a = self.expr(x)
            k = len(self.pycalls)
            self.pycalls.append(PyCall("panic", [(a, x.type)], None, e.pos.line))
            self.set_line(e)
            self.emit("PANIC", a, k)
            return a
        if name in ("print", "println") or name.startswith("fmt.") or name in LIBRARY_CALLS:
            self.check_print_args(name, e.args)
            self.check_fmt_args(name, e.args)
            args = []
            for a in e.args:
                r = self.expr(a)
                if isinstance(a.type, T.Tuple):
                    for t in a.type.types:
                        args.append((r, t))
                        r += nwords(t)
                else:
                    args.append((r, a.type))
            result = None
            rt = e.type
            if rt is not None and not isinstance(rt, T.Tuple) and name in ("fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln",
                                                                         "strconv.Itoa", "strconv.FormatInt",
                                                                         "strconv.Quote", "errors.New"):
                r = self.target(dst, rt)
                result = (r, rt)
            elif name == "strconv.Atoi":
                r = self.target(dst, rt)
                result = (r, rt)
            if name in ("errors.New", "strconv.Atoi"):
                for t in LIBRARY_ERROR_TYPES.values():
                    self.type_id(t)
            k = len(self.pycalls)
            self.pycalls.append(PyCall(name, args, result, e.pos.line, spread=bool(getattr(e, "ellipsis", False))))
            self.set_line(e)
            self.emit("PYCALL", k)
            return result[0] if result else 0
        self.err(e, f"builtin {name} not supported by govm yet")


@dataclass(eq=False)
class _Reg(ast.Expr):
    """An already-computed value standing in an expression tree (for op= and ++)."""
    reg: int = 0
    type: object = None
    value: object = None

    def __init__(self, pos, reg, t):
        self.pos = pos
        self.reg = reg
        self.type = t
        self.value = None


# instructions where a collection can run or a goroutine can stop (and its
# stack later shrink): each gets a stack map at its own pc
SAFEPOINTS = frozenset({"NEW", "MAKESLICE", "APPEND", "APPENDS", "SCAT", "STR2BYTES", "BYTES2STR", "MAKECHAN",
                        "RUNESTR", "SEND", "RECV", "RECV2", "SELECT", "WGWAIT", "LOCK", "YIELDCHK", "GOSCHED",
                        "GC"})

# library functions Python runs (PYCALL) besides fmt and print
LIBRARY_CALLS = ("strconv.Itoa", "strconv.Atoi", "strconv.FormatInt", "strconv.Quote", "errors.New",
                 "runtime.ReadMemStats")

# the dynamic types of the error values those functions return: an interface
# holding a pointer to a heap string (the message)
LIBRARY_ERROR_TYPES = {
    "strconv": T.Named("*strconv.NumError", T.STRING),
    "errors": T.Named("*errors.errorString", T.STRING),
}


def unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def composite_len(lit) -> int:
    """The length of a slice literal (keys may set indexes)."""
    n = idx = 0
    for el in lit.elts:
        if isinstance(el, ast.KeyValueExpr):
            idx = int(el.key.value)
        idx += 1
        n = max(n, idx)
    return n


def ast_children(n):
    """The syntax-tree nodes directly under node n (not the checker's annotations)."""
    if not isinstance(n, ast.Node):
        return
    for fl in dataclasses.fields(n):
        if fl.name in _ANNOTATIONS:
            continue
        v = getattr(n, fl.name)
        if isinstance(v, ast.Node):
            yield v
        elif isinstance(v, list):
            yield from (x for x in v if isinstance(x, ast.Node))


def walk_nodes(node):
    """Every node under node, not descending into function literals' bodies."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, ast.FuncLit) and n is not node:
            continue
        stack.extend(ast_children(n))


EMPTY_IFACE = T.Interface([])


def fmt_method_type(t, depth, seen):
    """The type, within a value of type t that fmt prints, whose String or
    Error method fmt would call (a named type of package main with one in
    its method set, reached through pointers, elements, and the exported
    fields fmt can get at), or None."""
    if id(t) in seen:
        return None
    seen.add(id(t))
    if isinstance(t, T.Named) and getattr(t.obj, "pkg", "main") in ("main", None):
        for mname in ("String", "Error"):
            m = t.methods.get(mname) if isinstance(getattr(t, "methods", None), dict) else None
            if m is not None and not isinstance(m.type.recv.type, T.Pointer):
                return t
    u = t.underlying()
    if isinstance(u, T.Pointer):
        et = u.elem
        if isinstance(et, T.Named) and getattr(et.obj, "pkg", "main") in ("main", None) and \
                isinstance(getattr(et, "methods", None), dict) and (et.methods.get("String") or et.methods.get("Error")):
            return t
        return fmt_method_type(et, depth, seen) if depth == 0 else None
    if isinstance(u, T.Struct):
        for f in u.fields:
            if f.name[:1].isupper() or getattr(f, "embedded", False) and f.name[:1].isupper():
                r = fmt_method_type(f.type, depth + 1, seen)
                if r is not None:
                    return r
        return None
    if isinstance(u, (T.Array, T.Slice)):
        return fmt_method_type(u.elem, depth + 1, seen)
    if isinstance(u, T.Map):
        return fmt_method_type(u.key, depth + 1, seen) or fmt_method_type(u.elem, depth + 1, seen)
    return None


def is_direct_iface(t) -> bool:
    """gc's types.IsDirectIface: a value of type t is one pointer word, which an
    interface holds as its data word instead of boxing it."""
    u = t.underlying()
    if isinstance(u, (T.Pointer, T.Chan, T.Map, T.Signature)):
        return True
    if isinstance(u, T.Struct) and len(u.fields) == 1:
        return is_direct_iface(u.fields[0].type)
    if isinstance(u, T.Array) and u.length == 1:
        return is_direct_iface(u.elem)
    return False


def is_iface(t) -> bool:
    return t is not None and not isinstance(t, T.Tuple) and isinstance(t.underlying(), T.Interface)


def is_rwmutex_method(fn) -> bool:
    """fn is a method of sync.RWMutex (the RW instructions), not sync.Mutex's."""
    recv = getattr(fn.type, "recv", None)
    t = recv.type.elem if recv is not None and isinstance(recv.type, T.Pointer) else None
    return isinstance(t, T.Named) and t.name == "RWMutex" and getattr(fn, "pkg", None) == "sync"


def defers_outside_loops(body) -> list:
    """The defer statements of a function body that run at most once per
    call: not inside a for/range loop (nor a function literal); a function
    with goto is treated as all loop, as gc does for labels it cannot rule out."""
    out = []
    if any(isinstance(n, ast.BranchStmt) and n.tok == "goto" for n in walk_nodes(body)):
        return out

    def visit(n, in_loop):
        if isinstance(n, ast.FuncLit):
            return
        if isinstance(n, ast.DeferStmt) and not in_loop:
            out.append(n)
        loop = in_loop or isinstance(n, (ast.ForStmt, ast.RangeStmt))
        for c in ast_children(n):
            visit(c, loop)
    visit(body, False)
    return out


def has_defer(body) -> bool:
    """Does this function body (not counting nested function literals) defer?"""
    return any(isinstance(n, ast.DeferStmt) for n in walk_nodes(body))


def compile_program(file: ast.File, info, filename: str) -> Program:
    return CodeGen(info, filename).compile(file)
