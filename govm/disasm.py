"""The disassembler, driven by the opcode table.

Like Lua's ``luac -l``: one line per instruction with its code offset,
source line, opcode name and operands.  Operands are rendered by their kind
(``govm.opcodes``), never by opcode: registers as ``R[n]``, constants
resolved to their values, jump targets as ``->offset``, functions by name,
types by their Go spelling.  Each function lists its frame slots -- params,
results, and locals marked ``stack`` or ``heap`` (a heap variable's slot
holds the address of its heap cell) -- and its stack maps: the argument
pointer words live at the MORESTACK prologue, and at every call the pointer
words of the frame that ``copy_stack`` adjusts.
"""
from __future__ import annotations

import struct

from .compiler import Program
from .opcodes import TABLE


def _string(prog: Program, k: int) -> str:
    off, n = int(prog.consts[k]), int(prog.consts[k + 1])
    s = prog.data[off:off + n]
    return '"' + s.decode("utf-8", "backslashreplace").encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def operand(prog: Program, kind: str, v: int) -> str:
    if kind == "r":
        return f"R[{v}]"
    if kind == "k":
        return f"K[{v}]={int(prog.consts[v])}"
    if kind == "d":
        f = struct.unpack("<d", struct.pack("<q", int(prog.consts[v])))[0]
        return f"K[{v}]={f!r}"
    if kind == "s":
        return f"K[{v}]={_string(prog, v)}"
    if kind == "j":
        return f"->{v}"
    if kind == "t":
        types = getattr(prog, "types", None) or []
        return str(types[v]) if 0 < v < len(types) else f"T{v}"
    if kind == "f":
        return prog.funcs[v].name if 0 <= v < len(prog.funcs) else f"f{v}"
    if kind == "g":
        for name, off, n, t in prog.globals_info:
            if off == v:
                return f"G[{v}]({name})"
        return f"G[{v}]"
    return str(v)


def describe_pycall(prog: Program, k: int) -> str:
    if 0 <= k < len(prog.pycalls):
        c = prog.pycalls[k]
        args = ", ".join(f"R[{s}]:{t}" for s, t in c.args)
        res = f" -> R[{c.result[0]}]" if c.result else ""
        return f"{k}  ; {c.name}({args}){res}"
    return str(k)


def disassemble(prog: Program) -> str:
    out = []
    code = prog.code
    for fc in prog.funcs:
        out.append(f"func {fc.name}  frame {fc.frame} B  args {fc.nparams * 8} B  results {fc.nresults * 8} B"
                   f"{('  (runtime)' if fc.name.startswith('runtime.') else '  (wrapper)') if fc.hidden else ''}")
        for name, off, n, t, where in fc.slots:
            out.append(f"  ; {where:6} R[{off}]{'..' + str(off + n - 1) if n > 1 else ''} {name} {t}")
        argptrs = getattr(fc, "argptrs", None) or []
        out.append("  ; stack map at entry (argument pointers): " + (" ".join(f"R[{w}]" for w in argptrs) or "none"))
        pc = fc.entry
        while pc < fc.end:
            op = TABLE[int(code[pc])]
            ops = [int(x) for x in code[pc + 1:pc + op.size]]
            if op.name in ("PYCALL",):
                text = describe_pycall(prog, ops[0])
            elif op.name == "PANIC":
                text = f"R[{ops[0]}]  ; panic"
            else:
                text = ", ".join(operand(prog, kind, v) for kind, v in zip(op.operands, ops))
            line = f"  {pc:6d}  L{int(prog.lines[pc]):<4d} {op.name:<10} {text}".rstrip()
            callmaps = getattr(prog, "callmaps", None) or {}
            if pc in callmaps:
                live = callmaps[pc]
                line += "  ; stack map: " + (" ".join(f"R[{w}]" for w in live) or "no pointers")
            out.append(line)
            pc += op.size
        out.append("")
    return "\n".join(out)
