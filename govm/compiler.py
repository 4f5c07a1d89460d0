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

import struct
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from . import ast
from . import types as T
from .errors import CompileError, InternalError
from .opcodes import BY_NAME, EXT_I8, EXT_I16, EXT_I32, EXT_U8, EXT_U16, EXT_U32, FIRST_LOCAL, HEADER_BYTES, encode


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


@dataclass
class PyCall:
    """A library call run by Python: argument slots with their static types."""
    name: str
    args: list                 # list of (slot, Type)
    result: Optional[tuple] = None   # (slot, Type)
    line: int = 0


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


def nwords(t: T.Type) -> int:
    u = t.underlying()
    if isinstance(u, T.Basic):
        return 2 if u in (T.STRING, T.UNTYPED_STRING) else 1
    raise CompileError.at(ast.NOPOS, f"type {t} not supported by govm yet")


_EXT = {T.INT8: EXT_I8, T.INT16: EXT_I16, T.INT32: EXT_I32,
        T.UINT8: EXT_U8, T.UINT16: EXT_U16, T.UINT32: EXT_U32}


def ext_kind(t: T.Type) -> int:
    return _EXT.get(t.underlying(), 0)


def float_bits(x: float) -> int:
    return struct.unpack("<q", struct.pack("<d", x))[0]


class Label:
    __slots__ = ("pc", "uses")

    def __init__(self):
        self.pc = None
        self.uses = []     # code indices holding this label


# ---------------------------------------------------------------- per-function state

class FuncGen:
    def __init__(self, cg: "CodeGen", code: FuncCode, sig: Optional[T.Signature]):
        self.cg = cg
        self.fc = code
        self.sig = sig
        self.slot = {}            # Var -> word offset
        self.top = FIRST_LOCAL    # next free slot (grows down)
        self.low = FIRST_LOCAL + 1
        self.floor = FIRST_LOCAL  # next free slot below the locals declared so far
        self.break_label = {}     # stmt -> Label
        self.cont_label = {}
        self.goto_label = {}      # LabeledStmt -> Label
        self.fallthrough_to = None
        self.result_slots = []

    # ---- registers
    def alloc(self, n: int) -> int:
        base = self.top - n + 1
        self.top = base - 1
        if base < self.low:
            self.low = base
        return base

    def local(self, var: T.Var, where: str = "stack") -> int:
        n = nwords(var.type)
        base = self.alloc(n)
        self.slot[var] = base
        self.floor = min(self.floor, self.top)
        self.fc.slots.append((var.name, base, n, var.type, where))
        return base


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
        self.func_index = {}      # Func object -> index
        self.calls_to_patch = []  # (code index, Func)
        self.pycalls: list[PyCall] = []
        self.global_slot = {}     # Var -> word offset
        self.nglobals = 0
        self.globals_info = []
        self.f: Optional[FuncGen] = None

    # ---------------------------------------------------------------- emission
    def err(self, node, msg):
        raise CompileError.at(node.pos if node is not None else ast.NOPOS, msg, self.filename)

    def emit(self, name: str, *ops: int) -> int:
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

    def set_line(self, node):
        if node is not None and node.pos.line:
            self.line = node.pos.line

    # ---------------------------------------------------------------- program
    def compile(self, file: ast.File) -> Program:
        info = self.info
        # globals
        for v in info.globals:
            n = nwords(v.type)
            self.global_slot[v] = self.nglobals
            self.globals_info.append((v.name, self.nglobals, n, v.type))
            self.nglobals += n
        funcs = list(info.funcs)
        for fn in funcs:
            self.func_index[fn] = len(self.funcs)
            self.funcs.append(FuncCode(fn.full_name if hasattr(fn, "full_name") else "main." + fn.name))
        # init and the entry point
        init_idx = len(self.funcs)
        self.funcs.append(FuncCode("main.init", hidden=False))
        entry_idx = len(self.funcs)
        self.funcs.append(FuncCode("runtime.main", hidden=True))
        for fn in funcs:
            self.gen_func(fn.decl, self.funcs[self.func_index[fn]], fn.type)
        self.gen_init(self.funcs[init_idx])
        self.gen_entry(self.funcs[entry_idx], init_idx)
        for at, fn in self.calls_to_patch:
            self.code[at] = self.func_index[fn]
        return Program(
            filename=self.filename,
            code=np.array(self.code, dtype=np.int32),
            lines=np.array(self.lines, dtype=np.int32),
            consts=np.array(self.consts or [0], dtype=np.int64),
            string_consts=self.string_consts,
            data=bytes(self.data),
            nglobals=self.nglobals,
            funcs=self.funcs,
            entry=entry_idx,
            pycalls=self.pycalls,
            globals_info=self.globals_info,
        )

    def begin_func(self, fc: FuncCode, sig, line: int) -> FuncGen:
        fc.entry = len(self.code)
        fc.line = line
        self.line = line
        f = FuncGen(self, fc, sig)
        self.f = f
        self.morestack_at = self.emit("MORESTACK", 0)
        return f

    def end_func(self, f: FuncGen):
        frame = (-f.low + 1) * 8 if f.low <= -1 else HEADER_BYTES
        frame = max(frame, HEADER_BYTES)
        f.fc.frame = frame
        self.code[self.morestack_at + 1] = frame
        f.fc.end = len(self.code)
        self.f = None

    def gen_entry(self, fc: FuncCode, init_idx: int):
        f = self.begin_func(fc, None, 0)
        blk = f.alloc(1)
        self.emit("CALL", init_idx, blk)
        main = self.info.main
        self.emit("CALL", 0, blk)
        self.calls_to_patch.append((len(self.code) - 2, main))
        self.emit("RET")
        self.end_func(f)

    def gen_init(self, fc: FuncCode):
        f = self.begin_func(fc, None, 0)
        for lhs, rhs in self.info.init_order:
            if rhs is None:
                continue
            self.set_line(rhs)
            mark = f.top
            if len(lhs) == 1:
                r = self.expr(rhs)
                self.store_var(lhs[0], r)
            else:
                r = self.expr(rhs)   # a multi-valued call: results are consecutive
                off = 0
                for v in lhs:
                    n = nwords(v.type)
                    self.store_var(v, r + off)
                    off += n
            f.top = mark
        for fn in getattr(self.info, "inits", []) or []:
            blk = f.alloc(1)
            at = self.emit("CALL", 0, blk)
            self.calls_to_patch.append((at + 1, fn))
        self.emit("RET")
        self.end_func(f)

    def gen_func(self, decl: ast.FuncDecl, fc: FuncCode, sig: T.Signature):
        f = self.begin_func(fc, sig, decl.pos.line)
        off = 0
        params = ([sig.recv] if sig.recv is not None else []) + list(sig.params)
        for p in params:
            n = nwords(p.type)
            f.slot[p] = off
            fc.slots.append((p.name, off, n, p.type, "param"))
            off += n
        fc.nparams = off
        for r in sig.results:
            n = nwords(r.type)
            f.slot[r] = off
            f.result_slots.append((off, r))
            fc.slots.append((r.name, off, n, r.type, "result"))
            off += n
        fc.nresults = off - fc.nparams
        # named results start at their zero value
        for roff, r in f.result_slots:
            if not r.name.startswith("~"):
                self.emit("ZERO", roff, nwords(r.type))
        self.block(decl.body.stmts)
        self.line = decl.body.rbrace.line or self.line
        if not sig.results or not self.terminates(decl.body):
            self.emit("RET")
        self.end_func(f)

    def terminates(self, body: ast.Block) -> bool:
        return bool(body.stmts) and isinstance(body.stmts[-1], ast.ReturnStmt)

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
                    r = self.f.local(v)
                    self.emit("ZERO", r, nwords(v.type))
                continue
            self.define(vars_, spec.values, spec.names)

    def define(self, vars_, values, idents):
        """Declare new variables and assign values to them."""
        f = self.f
        if len(values) == 1 and len(vars_) > 1:
            r = self.expr(values[0])
            off = 0
            tys = values[0].type.types
            dests = []
            for v, t in zip(vars_, tys):
                dests.append((v, r + off, t))
                off += nwords(t)
            for v, src, t in dests:
                if v is None or v.name == "_":
                    continue
                d = f.slot.get(v) if v in f.slot else f.local(v)
                self.move(d, src, nwords(t))
            return
        if len(vars_) == 1:
            v = vars_[0]
            if v is None or v.name == "_":
                self.expr(values[0], want=False)
                return
            if v in f.slot:
                self.assign_var(v, values[0])
                return
            # the slot is allocated after the value is computed: `x := x + 1` in an
            # inner scope reads the outer x
            mark = f.top
            r = self.expr(values[0])
            f.top = mark
            d = f.local(v)
            self.move(d, r, nwords(v.type))
            return
        # several values: evaluate all, then bind
        temps = []
        for v, e in zip(vars_, values):
            r = self.expr(e)
            if v is not None and v.name != "_":
                t = f.alloc(nwords(v.type))
                self.move(t, r, nwords(v.type))
                temps.append((v, t))
        for v, t in temps:
            d = f.slot[v] if v in f.slot else f.local(v)
            self.move(d, t, nwords(v.type))

    def stmt_AssignStmt(self, s):
        f = self.f
        if s.op == ":=":
            self.define([x.obj for x in s.lhs], s.rhs, s.lhs)
            return
        if s.op != "=":
            # x op= y
            binop = s.op[:-1]
            lhs = s.lhs[0]
            v = self.lvalue_var(lhs)
            fake = ast.BinaryExpr(s.pos, binop, lhs, s.rhs[0], s.oppos)
            fake.type = lhs.type
            self.assign_var(v, fake)
            return
        if len(s.lhs) == 1 and len(s.rhs) == 1:
            lhs = s.lhs[0]
            if self.is_blank(lhs):
                self.expr(s.rhs[0], want=False)
                return
            self.assign_var(self.lvalue_var(lhs), s.rhs[0])
            return
        mark = f.top
        if len(s.rhs) == 1:
            r = self.expr(s.rhs[0])
            srcs = []
            off = 0
            for t in s.rhs[0].type.types:
                srcs.append(r + off)
                off += nwords(t)
        else:
            srcs = []
            for e in s.rhs:
                r = self.expr(e)
                t = f.alloc(nwords(e.type))
                self.move(t, r, nwords(e.type))
                srcs.append(t)
        for lhs, src in zip(s.lhs, srcs):
            if self.is_blank(lhs):
                continue
            self.store_var(self.lvalue_var(lhs), src)
        f.top = mark

    def is_blank(self, e) -> bool:
        return isinstance(e, ast.Ident) and e.name == "_"

    def lvalue_var(self, e) -> T.Var:
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if isinstance(e, ast.Ident) and isinstance(e.obj, T.Var):
            return e.obj
        self.err(e, "assignment to this kind of operand is not supported by govm yet")

    def assign_var(self, v: T.Var, e):
        f = self.f
        if v in f.slot:
            self.expr(e, dst=f.slot[v])
        else:
            mark = f.top
            r = self.expr(e)
            self.store_var(v, r)
            f.top = mark

    def store_var(self, v: T.Var, src: int):
        f = self.f
        n = nwords(v.type)
        if v in f.slot:
            self.move(f.slot[v], src, n)
        elif v in self.global_slot:
            g = self.global_slot[v]
            if n == 1:
                self.emit("STG", g, src)
            else:
                self.emit("STGN", g, src, n)
        elif v.name == "_":
            pass
        else:
            raise InternalError(f"variable {v.name} has no slot")

    def move(self, dst: int, src: int, n: int):
        if dst == src:
            return
        if n == 1:
            self.emit("MOV", dst, src)
        elif n == 2:
            self.emit("MOV2", dst, src)
        else:
            self.emit("MOVN", dst, src, n)

    def stmt_IncDecStmt(self, s):
        v = self.lvalue_var(s.x)
        delta = 1 if s.op == "++" else -1
        t = s.x.type
        if T.is_float(t):
            one = ast.BasicLit(s.pos, "FLOAT", "1", 1.0)
            one.type, one.value = t, 1.0
            e = ast.BinaryExpr(s.pos, "+" if delta > 0 else "-", s.x, one)
            e.type = t
            self.assign_var(v, e)
            return
        f = self.f
        if v in f.slot:
            r = f.slot[v]
            self.emit("ADDI", r, r, delta)
            self.narrow(r, t)
        else:
            r = self.expr(s.x)
            tmp = f.alloc(1)
            self.emit("ADDI", tmp, r, delta)
            self.narrow(tmp, t)
            self.store_var(v, tmp)

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
                self.expr(s.results[0], dst=res[0][0])
            else:
                temps = []
                for e, (roff, rv) in zip(s.results, res):
                    n = nwords(rv.type)
                    r = self.expr(e)
                    t = f.alloc(n)
                    self.move(t, r, n)
                    temps.append((roff, t, n))
                for roff, t, n in temps:
                    self.move(roff, t, n)
        self.emit("RET")

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
        self.break_label_for(s, brk)
        self.f.cont_label[s] = cont
        if s.cond is not None:
            self.emit_jump("JMP", label=cond)
        self.place(top)
        self.stmt(s.body)
        self.place(cont)
        if s.post is not None:
            self.stmt(s.post)
        self.place(cond)
        if s.cond is not None:
            self.set_line(s.cond)
            self.cond_jump(s.cond, top, True)
        else:
            self.emit_jump("JMP", label=top)
        self.place(brk)

    def break_label_for(self, s, label):
        self.f.break_label[s] = label

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
            tag = f.alloc(n)
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
                f.top = mark
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
                # (a && b) false -> either false;  (a || b) true -> either true
                self.cond_jump(e.x, label, jump_if)
                self.cond_jump(e.y, label, jump_if)
            else:
                skip = Label()
                self.cond_jump(e.x, skip, not jump_if)
                self.cond_jump(e.y, label, jump_if)
                self.place(skip)
            return
        if isinstance(e, ast.BinaryExpr) and e.op in ("==", "!=", "<", "<=", ">", ">="):
            f = self.f
            mark = f.top
            a = self.expr(e.x)
            self.compare_jump(e.op, e.x.type, a, e.y, label, jump_if)
            f.top = mark
            return
        f = self.f
        mark = f.top
        r = self.expr(e)
        self.emit_jump("JT" if jump_if else "JF", r, label=label)
        f.top = mark

    _NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
    _SWAP = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

    def compare_jump(self, op, t, a: int, y, label, jump_if):
        """Jump when (R[a] op y) == jump_if; R[a] holds a value of type t."""
        u = t.underlying()
        if u in (T.UNTYPED_INT, T.UNTYPED_RUNE):
            u = T.INT
        if not jump_if:
            op = self._NEGATE[op]
        if T.is_integer(u) or T.is_boolean(u):
            unsigned64 = u in (T.UINT, T.UINT64, T.UINTPTR)
            if y.value is not None and not unsigned64 and -2**31 <= int(y.value) < 2**31:
                name = {"==": "JEQI", "!=": "JNEI", "<": "JLTI", "<=": "JLEI", ">": "JGTI", ">=": "JGEI"}[op]
                self.emit_jump(name, a, int(y.value), label=label)
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
        # floats and strings: compute the boolean, then branch
        b = self.expr(y)
        r = self.f.alloc(1)
        self.compare_into(r, op, t, a, b)
        self.emit_jump("JT", r, label=label)

    def compare_into(self, dst, op, t, a, b):
        u = t.underlying()
        if T.is_string(u):
            if op in (">", ">="):
                a, b, op = b, a, self._SWAP[op]
            self.emit({"==": "SEQ", "!=": "SNE", "<": "SLT", "<=": "SLE"}[op], dst, a, b)
        elif T.is_float(u):
            if op in (">", ">="):
                a, b, op = b, a, self._SWAP[op]
            self.emit({"==": "FEQ", "!=": "FNE", "<": "FLT", "<=": "FLE"}[op], dst, a, b)
        else:
            if op in (">", ">="):
                a, b, op = b, a, self._SWAP[op]
            unsigned64 = u in (T.UINT, T.UINT64, T.UINTPTR)
            names = {"==": "EQ", "!=": "NE", "<": "LTU" if unsigned64 else "LT", "<=": "LEU" if unsigned64 else "LE"}
            self.emit(names[op], dst, a, b)

    # ---------------------------------------------------------------- expressions
    def expr(self, e, dst: Optional[int] = None, want: bool = True) -> int:
        """Generate e; returns the slot holding its value (dst when given)."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        self.set_line(e)
        if e.value is not None and want:
            return self.load_const(e.value, e.type, dst)
        m = getattr(self, "expr_" + type(e).__name__, None)
        if m is None:
            self.err(e, f"{type(e).__name__} not supported by govm yet")
        return m(e, dst)

    def target(self, dst, t) -> int:
        return dst if dst is not None else self.f.alloc(nwords(t))

    def load_const(self, v, t, dst) -> int:
        u = t.underlying() if t is not None else None
        if isinstance(v, bytes) or (u is not None and T.is_string(u)):
            if isinstance(v, str):
                v = v.encode()
            r = dst if dst is not None else self.f.alloc(2)
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

    def expr_Ident(self, e, dst):
        obj = e.obj
        f = self.f
        if isinstance(obj, T.Var):
            n = nwords(obj.type)
            if obj in f.slot:
                s = f.slot[obj]
                if dst is not None:
                    self.move(dst, s, n)
                    return dst
                return s
            if obj in self.global_slot:
                r = self.target(dst, obj.type)
                g = self.global_slot[obj]
                if n == 1:
                    self.emit("LDG", r, g)
                else:
                    self.emit("LDGN", r, g, n)
                return r
        self.err(e, f"use of {e.name} not supported by govm yet")

    def narrow(self, r, t):
        k = ext_kind(t)
        if k:
            self.emit("EXT", r, r, k)

    def expr_UnaryExpr(self, e, dst):
        t = e.type
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

    _INT_OPS = {"+": "ADD", "-": "SUB", "*": "MUL", "&": "AND", "|": "OR", "^": "XOR", "&^": "ANDNOT"}
    _FLOAT_OPS = {"+": "FADD", "-": "FSUB", "*": "FMUL", "/": "FDIV"}

    def expr_BinaryExpr(self, e, dst):
        op = e.op
        t = e.type
        if op in ("&&", "||"):
            r = self.target(dst, t)
            end = Label()
            # r := x; if r is decisive skip y
            self.expr(e.x, dst=r)
            self.emit_jump("JT" if op == "||" else "JF", r, label=end)
            self.expr(e.y, dst=r)
            self.place(end)
            return r
        if op in ("==", "!=", "<", "<=", ">", ">="):
            a = self.expr(e.x)
            b = self.expr(e.y)
            r = self.target(dst, t)
            self.compare_into(r, op, e.x.type, a, b)
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
        # integer arithmetic
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
        self.err(e, "indexing not supported by govm yet")

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
        if isinstance(fun, ast.Ident) and isinstance(fun.obj, T.Func):
            return self.call_func(e, fun.obj, dst)
        self.err(e, "this kind of call is not supported by govm yet")

    def call_func(self, e, fn: T.Func, dst):
        f = self.f
        sig = fn.type
        pw = sum(nwords(p.type) for p in sig.params)
        rw = sum(nwords(r.type) for r in sig.results)
        blk = f.alloc(pw + rw) if pw + rw else f.top + 1
        args = e.args
        if len(args) == 1 and len(sig.params) > 1:
            # f(g()) with g returning several values
            r = self.expr(args[0])
            self.move(blk, r, pw)
        else:
            off = 0
            for p, a in zip(sig.params, args):
                n = nwords(p.type)
                self.expr(a, dst=blk + off)
                off += n
        self.set_line(e)
        at = self.emit("CALL", 0, blk)
        self.calls_to_patch.append((at + 1, fn))
        res = blk + pw
        # everything below the block is dead after the call
        f.top = blk - 1
        if dst is not None and rw:
            self.move(dst, res, rw)
            return dst
        return res

    def conversion(self, e, dst):
        to = e.type
        x = e.args[0]
        frm = x.type
        tu, fu = to.underlying(), frm.underlying()
        if T.is_string(tu):
            if T.is_string(fu):
                return self.expr(x, dst)
            if T.is_integer(fu):
                a = self.expr(x)
                r = self.target(dst, to)
                self.emit("RUNESTR", r, a)
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
        # same representation (bool, named types)
        return self.expr(x, dst)

    def builtin_call(self, e, dst):
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        obj = fun.obj
        name = obj.name if obj is not None else ""
        f = self.f
        if name == "len":
            x = e.args[0]
            if T.is_string(x.type):
                a = self.expr(x)
                r = self.target(dst, T.INT)
                self.move(r, a + 1, 1)
                return r
            self.err(e, "len of this type not supported by govm yet")
        if name == "panic":
            x = e.args[0]
            a = self.expr(x)
            k = len(self.pycalls)
            self.pycalls.append(PyCall("panic", [(a, x.type)], None, e.pos.line))
            self.set_line(e)
            self.emit("PANIC", a, k)
            return a
        if name in ("print", "println") or name.startswith("fmt."):
            mark_args = []
            for a in e.args:
                r = self.expr(a)
                # the value stays in its slot (a temporary until the statement ends)
                if isinstance(a.type, T.Tuple):
                    for t in a.type.types:
                        mark_args.append((r, t))
                        r += nwords(t)
                else:
                    mark_args.append((r, a.type))
            result = None
            rt = e.type
            if rt is not None and not isinstance(rt, T.Tuple) and name in ("fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln"):
                r = self.target(dst, T.STRING)
                result = (r, T.STRING)
            k = len(self.pycalls)
            self.pycalls.append(PyCall(name, mark_args, result, e.pos.line))
            self.set_line(e)
            self.emit("PYCALL", k)
            return result[0] if result else 0
        self.err(e, f"builtin {name} not supported by govm yet")


def compile_program(file: ast.File, info, filename: str) -> Program:
    return CodeGen(info, filename).compile(file)
