"""The Python side of the runtime: loading a program and serving the VM.

``Machine`` reserves the address space (one ``mmap``), lays out the data
segment and globals, creates the main goroutine on a 2 KB stack from the
stack allocator, and then alternates between the jitted loop
(``govm.vm.run``) and the few things the loop hands back: library calls
that format text (``fmt``, ``print``), panics and fatal errors (reported as
Go reports them, with the goroutine's traceback), and the stack-event buffer
behind ``--trace-stacks``.

Knobs are read once, at start-up: ``--max-stack``, ``--trace-stacks`` and
the stress mode ``GOVM_STRESS_STACK=1`` (every MORESTACK moves the stack and
poisons the old one, like Go's ``stackForceMove``).
"""
from __future__ import annotations

import gc
import mmap
import os
import sys
import time
from dataclasses import dataclass, field

import numpy as np

from . import layout as L
from . import types as T
from . import fmt
from .compiler import Program


MAP_NORESERVE = getattr(mmap, "MAP_NORESERVE", 0x4000)


@dataclass
class Options:
    max_stack: int = L.MAX_STACK_DEFAULT
    trace_stacks: bool = False
    stress_stack: bool = False
    trace_sched: bool = False
    trace_gc: bool = False
    gogc: int = 100
    stress_gc: bool = False
    check_heap: bool = False
    stdout: object = None
    stderr: object = None


@dataclass
class Stats:
    load_s: float = 0.0
    run_s: float = 0.0
    compiled_vm: bool = False
    instructions: int = 0


class Machine:
    def __init__(self, prog: Program, opts: Options | None = None):
        self.prog = prog
        self.opts = opts or Options()
        self.out = self.opts.stdout or sys.stdout.buffer
        self.err = self.opts.stderr or sys.stderr.buffer
        self.outbuf = []
        self.outlen = 0
        self.stats = Stats()
        self.abspath = os.path.abspath(prog.filename)

        self.region = mmap.mmap(-1, L.RESERVE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE)
        self.mem = np.frombuffer(self.region, dtype=np.int64)
        self.memf = self.mem.view(np.float64)
        self.mem8 = np.frombuffer(self.region, dtype=np.uint8)

        # data segment, then globals
        data = prog.data
        self.mem8[L.DATA_BASE:L.DATA_BASE + len(data)] = np.frombuffer(data, dtype=np.uint8) if data else 0
        globals_at = (L.DATA_BASE + len(data) + 7) & ~7
        funcvals_at = globals_at + 8 * prog.nglobals
        if funcvals_at + 8 * len(prog.funcs) > L.STATIC_END:
            raise MemoryError("static data too large")
        # one static func value (a closure without captures) per function
        self.mem[funcvals_at >> 3:(funcvals_at >> 3) + len(prog.funcs)] = np.arange(len(prog.funcs))
        self.consts = prog.consts.copy()
        for k in prog.string_consts:
            self.consts[k] += L.DATA_BASE

        st = np.zeros(L.ST_SIZE, dtype=np.int64)
        st[L.ST_GLOBALS] = globals_at >> 3
        st[L.ST_FUNCVALS] = funcvals_at
        st[L.ST_STACK_BUMP] = L.STACK_BASE
        st[L.ST_STACK_END] = L.STACK_BASE + L.STACK_SPACE
        st[L.ST_MAX_STACK] = self.opts.max_stack
        st[L.ST_TRACE_STACKS] = 1 if self.opts.trace_stacks else 0
        st[L.ST_STRESS_STACK] = 1 if self.opts.stress_stack else 0
        st[L.ST_CHECK_HEAP] = 1 if self.opts.check_heap else 0
        self.st = st
        self.gs = np.zeros((64, L.G_FIELDS), dtype=np.int64)
        self.runq = np.zeros(64, dtype=np.int64)
        self.sg = np.zeros((64, L.SG_FIELDS), dtype=np.int64)
        st[L.ST_SLICE] = L.TIME_SLICE
        st[L.ST_RAND] = (int.from_bytes(os.urandom(8), "little") & ((1 << 62) - 1)) | 1
        st[L.ST_TRACE_SCHED] = 1 if self.opts.trace_sched else 0
        st[L.ST_HCHAN_TYPE] = prog.hchan_type
        st[L.ST_GOGC] = self.opts.gogc
        st[L.ST_NEXT_GC] = 4 << 20
        st[L.ST_GC_STRESS] = 1 if self.opts.stress_gc else 0
        st[L.ST_SHRINK_OFF] = 1 if "gcshrinkstackoff=1" in os.environ.get("GODEBUG", "") else 0
        from .compiler import ptr_words
        self.gptrs = np.array([off + w for _, off, _, t in prog.globals_info for w in ptr_words(t)] or [0],
                              dtype=np.int64)[:sum(len(ptr_words(t)) for _, _, _, t in prog.globals_info)]
        self.fargs = np.array([fc.nparams + fc.nresults for fc in prog.funcs], dtype=np.int64)
        self.work = np.zeros(1 << 22, dtype=np.int64)
        self.t_start = time.perf_counter()
        self.st[L.ST_T0_NS] = time.monotonic_ns()
        self.ev = np.zeros(L.EV_CAP * L.EV_WORDS, dtype=np.int64)
        self.ftab = np.array([[fc.entry, fc.frame, fc.end, fc.argmap] for fc in prog.funcs], dtype=np.int64)
        self.ttab = prog.ttab
        from . import heap
        self.heap = heap.new_heap_state(L.HEAP_BASE, L.HEAP_SPACE, prog.typetab)
        self.smaps = prog.smaps
        self.smidx = prog.smidx

    # ---------------------------------------------------------------- start-up
    def new_main_goroutine(self):
        from . import vm
        lo = vm.stackalloc(self.mem, self.st, L.STACK_MIN)
        hi = lo + L.STACK_MIN
        g = 0
        gs = self.gs
        gs[g, L.G_ID] = 1
        self.st[L.ST_NEXT_GOID] = 1
        self.st[L.ST_GUSED] = 1
        self.st[L.ST_NGOR] = 1
        gs[g, L.G_PARAM] = -1
        gs[g, L.G_STATUS] = L.GSTATUS_RUNNING
        gs[g, L.G_LO] = lo
        gs[g, L.G_HI] = hi
        gs[g, L.G_GUARD] = lo + L.STACK_GUARD
        gs[g, L.G_FP] = hi
        gs[g, L.G_PC] = self.prog.funcs[self.prog.entry].entry
        self.mem[(hi >> 3) - 1] = -1      # return pc: the goroutine ends here
        self.mem[(hi >> 3) - 2] = 0       # frame link: fp == hi
        self.st[L.ST_CURG] = g

    def warm_up(self):
        """Load (or compile) the loop's machine code by running one RET on a
        scratch goroutine, so that the timed run measures only the program."""
        from . import vm
        code = np.array([0, 0], dtype=np.int32)
        code[0] = __import__("govm.opcodes", fromlist=["RET"]).RET
        mem = np.zeros(8, dtype=np.int64)
        mem[6] = -1                               # return pc of the frame at word 7
        st = np.zeros(L.ST_SIZE, dtype=np.int64)
        gs = np.zeros((1, L.G_FIELDS), dtype=np.int64)
        gs[0, L.G_FP] = 7 * 8
        gs[0, L.G_HI] = 7 * 8
        vm.run(code, self.consts, mem, mem.view(np.float64), mem.view(np.uint8), st, gs, self.ftab, self.ev,
               self.ttab, self.smaps, self.smidx, self.heap, np.zeros(1, dtype=np.int64),
               np.zeros((1, L.SG_FIELDS), dtype=np.int64), self.fargs, self.gptrs, self.work)
        # and the heap functions Python calls during the run (after a collection,
        # for ReadMemStats), so that no run pays for compiling them
        from . import heap
        heap.scavenge(self.heap, np.zeros((1, 2), dtype=np.int64), 1 << 62)
        heap.flush_stats(self.heap)
        heap.heap_alloc(self.mem, self.heap, 0, 0)

    def run(self) -> int:
        """Run the program to its end; returns the process exit status."""
        t0 = time.perf_counter()
        from . import jit, vm
        self.stats.compiled_vm = not jit.is_cached(vm.run)
        if self.stats.compiled_vm:
            self.err.write(b"govm: compiling the VM with Numba (first run only; cached afterwards)\n")
            self.err.flush()
            gc.enable()             # compiling makes cyclic garbage by the hundred megabytes
        self.warm_up()
        self.new_main_goroutine()
        # govm/__init__ turned the cyclic collector off for start-up; what exists
        # now lives to the end, so it is frozen out of every later collection
        gc.freeze()
        gc.enable()
        self.stats.load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            while True:
                reason = vm.run(self.prog.code, self.consts, self.mem, self.memf, self.mem8,
                                self.st, self.gs, self.ftab, self.ev, self.ttab, self.smaps, self.smidx,
                                self.heap, self.runq, self.sg, self.fargs, self.gptrs, self.work)
                if self.st[L.ST_EV_LEN]:
                    self.flush_events()
                if reason == L.EXIT_PYCALL:
                    try:
                        self.pycall(int(self.st[L.ST_EXIT_ARG]))
                    except GoRuntimePanic as p:
                        self.panic_message = str(p).encode()
                        self.st[L.ST_EXIT_ARG] = L.PANIC_RUNTIME_TEXT
                        if self.start_panic():
                            continue
                        return 2
                    continue
                if reason == L.EXIT_FLUSH:
                    continue
                if reason == L.EXIT_GC:
                    self.after_gc()
                    continue
                if reason == L.EXIT_GROW:
                    self.grow(int(self.st[L.ST_NEED]))
                    continue
                if reason == L.EXIT_DEADLOCK:
                    self.report_deadlock()
                    return 2
                if reason == L.EXIT_OSEXIT:
                    return int(self.st[L.ST_EXIT_CODE]) & 0xFF
                if reason == L.EXIT_HALT:
                    return 0
                if reason == L.EXIT_PANIC:
                    if self.start_panic():
                        continue
                    return 2
                if reason == L.EXIT_UNWIND:
                    if self.continue_unwind():
                        continue
                    return 2
                if reason == L.EXIT_FATAL:
                    self.report_fatal()
                    return 2
                from .errors import InternalError
                raise InternalError(f"VM stopped with reason {reason} (opcode {self.st[L.ST_EXIT_ARG]})")
        finally:
            self.stats.run_s = time.perf_counter() - t0
            self.stats.instructions = int(self.st[L.ST_ICOUNT])
            self.flush_out()

    # ---------------------------------------------------------------- output
    def write_out(self, b: bytes):
        self.outbuf.append(b)
        self.outlen += len(b)
        if self.outlen > 1 << 16:
            self.flush_out()

    def flush_out(self):
        if self.outbuf:
            self.out.write(b"".join(self.outbuf))
            self.outbuf.clear()
            self.outlen = 0
        self.out.flush()

    def write_err(self, b: bytes):
        self.flush_out()
        self.err.write(b)
        self.err.flush()

    # ---------------------------------------------------------------- values
    def frame_pointer(self) -> int:
        return int(self.gs[int(self.st[L.ST_CURG]), L.G_FP])

    def read_value(self, fp: int, slot: int, t: T.Type):
        """The Go value of type t in frame slot ``slot``, as a fmt value triple."""
        return self.value_at(fp + 8 * slot, t)

    def value_at(self, addr: int, t: T.Type, top: bool = True, byte: bool = False):
        """The Go value of type t stored at byte address addr, in govm.fmt's
        value representation (composites are read recursively; ``byte`` for a
        packed uint8/bool element)."""
        from .compiler import elem_size, field_offset, is_byte_elem, nwords
        u = t.underlying()
        w = addr >> 3
        mem = self.mem
        named = fmt.type_string(t) if isinstance(t, T.Named) else None
        if byte:
            v = int(self.mem8[addr])
            return ("bool", bool(v), named) if u is T.BOOL else ("uint8", v, named)
        if isinstance(u, T.Basic):
            if T.is_string(u):
                p, n = int(mem[w]), int(mem[w + 1])
                return ("string", self.mem8[p:p + n].tobytes(), named)
            if T.is_float(u):
                return ("float32" if u is T.FLOAT32 else "float64", float(self.memf[w]), named)
            if T.is_boolean(u):
                return ("bool", bool(mem[w]), named)
            if T.is_integer(u):
                v = int(mem[w])
                if T.is_unsigned(u):
                    v &= (1 << T.INT_BITS[u]) - 1
                kind = "int" if u is T.UNTYPED_INT else ("int32" if u is T.UNTYPED_RUNE else u.kind)
                return (kind, v, named)
            return ("nil", None, named)
        name = fmt.type_string(t)
        if isinstance(u, T.Pointer):
            p = int(mem[w])
            eu = u.elem.underlying()
            if p and top and isinstance(eu, (T.Struct, T.Array, T.Slice, T.Map)):
                return ("ptr", (p, self.value_at(p, u.elem, top=False)), name)
            return ("ptr", p, name)
        if isinstance(u, T.Struct):
            fields = [(f.name, self.value_at(addr + 8 * field_offset(u, i), f.type, top=False))
                      for i, f in enumerate(u.fields)]
            return ("struct", fields, name)
        if isinstance(u, (T.Array, T.Slice)):
            if isinstance(u, T.Slice):
                p, n = int(mem[w]), int(mem[w + 1])
                if p == 0:
                    return ("slice", None, name)
            else:
                p, n = addr, u.length
            kind = "slice" if isinstance(u, T.Slice) else "array"
            es = elem_size(u.elem)
            if u.elem.underlying() is T.UINT8 and not isinstance(u.elem, T.Named):
                return (kind, self.mem8[p:p + n].tobytes(), name)
            packed = is_byte_elem(u.elem)
            return (kind, [self.value_at(p + i * es, u.elem, top=False, byte=packed) for i in range(n)], name)
        if isinstance(u, T.Interface):
            tid, data = int(mem[w]), int(mem[w + 1])
            if tid == 0:
                return ("nil", None, name)
            dyn = self.prog.types[tid]
            from .compiler import is_direct_iface
            if is_direct_iface(dyn):
                return self.value_at(addr + 8, dyn, top=top)     # the data word is the value
            return self.value_at(data, dyn, top=top)
        if isinstance(u, T.Signature):
            return ("func", int(mem[w]), name)
        if isinstance(u, T.Chan):
            return ("chan", int(mem[w]), name)
        if isinstance(u, T.Map):
            return ("map", None if int(mem[w]) == 0 else [], name)
        return ("nil", None, name)

    def iface_equal(self, wa: int, wb: int) -> bool:
        """The interface{} values at words wa and wb are equal (Go's efaceeq):
        the same dynamic type, and equal values of it.  Comparing values of a
        type that is not comparable is Go's run-time panic."""
        ta, tb = int(self.mem[wa]), int(self.mem[wb])
        if ta != tb:
            return False
        if ta == 0:
            return True
        t = self.prog.types[ta]
        from .checker import comparable_type
        if not comparable_type(t):
            raise GoRuntimePanic(f"runtime error: comparing uncomparable type {fmt.type_string(t)}")
        da, db = int(self.mem[wa + 1]), int(self.mem[wb + 1])
        from .compiler import is_direct_iface
        if is_direct_iface(t):
            return da == db                  # pointer-shaped: the data words are the values
        return da == db or self.value_at(da, t, top=False) == self.value_at(db, t, top=False)

    def new_string(self, b: bytes) -> tuple[int, int]:
        from . import heap
        if not b:
            return 0, 0
        p = int(heap.heap_alloc(self.mem, self.heap, len(b), 0))
        if p == 0:
            raise MemoryError("heap exhausted")
        self.mem8[p:p + len(b)] = np.frombuffer(b, dtype=np.uint8)
        return p, len(b)

    def pycall(self, k: int):
        call = self.prog.pycalls[k]
        fp = self.frame_pointer()
        args = [self.read_value(fp, slot, t) for slot, t in call.args]
        if call.spread:
            # f(a, xs...): each element of the slice xs is an operand of its own
            from .compiler import elem_size
            slot, t = call.args[-1]
            w = (fp >> 3) + slot
            p, n = int(self.mem[w]), int(self.mem[w + 1])
            et = t.underlying().elem
            args = args[:-1] + [self.value_at(p + i * elem_size(et), et) for i in range(n)]
        name = call.name
        if name == "assertfail":
            tid = int(self.mem[(fp >> 3) + call.args[0][0]])
            have = fmt.type_string(self.prog.types[tid]) if tid else "nil"
            raise GoRuntimePanic(f"interface conversion: interface {{}} is {have}, not {fmt.type_string(call.target)}")
        if name == "ifaceeq":
            w = fp >> 3
            self.mem[w + call.result[0]] = 1 if self.iface_equal(w + call.args[0][0], w + call.args[1][0]) else 0
            return
        if name == "println":
            self.write_err(fmt.println_bytes(args))
        elif name == "print":
            self.write_err(fmt.print_bytes(args))
        elif name == "fmt.Println":
            self.write_out(fmt.sprintln(args))
        elif name == "fmt.Print":
            self.write_out(fmt.sprint(args))
        elif name == "fmt.Printf":
            self.write_out(fmt.sprintf(args[0][1], args[1:]))
        elif name == "runtime.ReadMemStats":
            self.read_mem_stats(int(args[0][1]) if not isinstance(args[0][1], tuple) else int(args[0][1][0]),
                                call.args[0][1])
        elif name in ("strconv.Atoi", "errors.New"):
            w = (fp >> 3) + call.result[0]
            if name == "errors.New":
                self.store_error(w, "errors", args[0][1])
            else:
                text = args[0][1]
                try:
                    if not text or text.strip() != text or not text.lstrip(b"+-").isdigit() or \
                            not text.lstrip(b"+-").isascii():
                        raise ValueError
                    n = int(text)
                    if not -(1 << 63) <= n < (1 << 63):
                        self.mem[w] = (1 << 63) - 1 if n > 0 else -(1 << 63)
                        self.store_error(w + 1, "strconv", b'strconv.Atoi: parsing ' + fmt.quote(text) +
                                         b': value out of range')
                        return
                    self.mem[w] = n
                    self.mem[w + 1] = 0
                    self.mem[w + 2] = 0
                except ValueError:
                    self.mem[w] = 0
                    self.store_error(w + 1, "strconv", b'strconv.Atoi: parsing ' + fmt.quote(text) + b': invalid syntax')
        elif name in ("fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "strconv.Itoa", "strconv.FormatInt",
                      "strconv.Quote"):
            if name == "strconv.Itoa":
                s = str(args[0][1]).encode()
            elif name == "strconv.FormatInt":
                s = format_int(int(args[0][1]), int(args[1][1]))
            elif name == "strconv.Quote":
                s = fmt.quote(args[0][1])
            elif name == "fmt.Sprintf":
                s = fmt.sprintf(args[0][1], args[1:])
            elif name == "fmt.Sprint":
                s = fmt.sprint(args)
            else:
                s = fmt.sprintln(args)
            if call.result is not None:
                p, n = self.new_string(s)
                w = (fp >> 3) + call.result[0]
                self.mem[w] = p
                self.mem[w + 1] = n
        else:
            from .errors import InternalError
            raise InternalError(f"unknown library call {name}")

    def read_mem_stats(self, addr: int, ptr_type):
        """runtime.ReadMemStats: fill the MemStats at addr with Go's meanings."""
        from . import heap
        from .compiler import field_offset
        if addr == 0:
            from .errors import InternalError
            raise InternalError("ReadMemStats of nil")
        hs = heap.heap_stats(self.heap)
        stack_inuse = int(self.st[L.ST_STACK_INUSE])
        stack_sys = int(self.st[L.ST_STACK_BUMP]) - L.STACK_BASE
        values = dict(hs)
        values.update({
            "Alloc": hs["HeapAlloc"], "StackInuse": stack_inuse, "StackSys": stack_sys,
            "Sys": hs["HeapSys"] + stack_sys, "NumGC": int(self.st[L.ST_NUMGC]),
            "NextGC": int(self.st[L.ST_NEXT_GC]), "EnableGC": int(self.st[L.ST_GOGC]) >= 0,
        })
        st = ptr_type.elem.underlying()
        for i, fld in enumerate(st.fields):
            if fld.name in values:
                w = (addr >> 3) + field_offset(st, i)
                self.mem[w] = int(values[fld.name])

    def store_error(self, w: int, pkg: str, message: bytes):
        """Write an error interface value (its dynamic type a library error
        type, its data a heap string header holding the message) at word w."""
        from .compiler import LIBRARY_ERROR_TYPES
        t = LIBRARY_ERROR_TYPES[pkg]
        tid = next(i for i, u in enumerate(self.prog.types) if u is t)
        from . import heap
        hdr = int(heap.heap_alloc(self.mem, self.heap, 16, 0))
        p, n = self.new_string(message)
        self.mem[hdr >> 3] = p
        self.mem[(hdr >> 3) + 1] = n
        self.mem[w] = tid
        self.mem[w + 1] = hdr

    # ---------------------------------------------------------------- tracebacks
    def func_at(self, pc: int):
        funcs = self.prog.funcs
        lo, hi = 0, len(funcs) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if funcs[mid].entry <= pc:
                lo = mid
            else:
                hi = mid - 1
        return funcs[lo]

    def frame_walk(self, g: int = 0):
        """(pc, fp) of each frame of goroutine g, innermost first: the pc it
        stopped at (the innermost) or returns to (the others)."""
        pc = int(self.gs[g, L.G_PC])
        fp = int(self.gs[g, L.G_FP])
        hi = int(self.gs[g, L.G_HI])
        while pc >= 0:
            yield pc, fp
            w = fp >> 3
            pc = int(self.mem[w - 1])
            fp = hi - int(self.mem[w - 2])

    def frames(self, g: int = 0):
        """(FuncCode, line, pc offset) for each frame of goroutine g, innermost
        first; an outer frame is placed at its call (the return pc less one)."""
        lines = self.prog.lines
        for k, (pc, fp) in enumerate(self.frame_walk(g)):
            fc = self.func_at(pc)
            at = pc if k == 0 else pc - 1
            line = int(lines[at]) if 0 <= at < len(lines) else 0
            yield fc, line, at - fc.entry

    def traceback(self, g: int = 0, status: str = "running") -> bytes:
        out = [f"goroutine {int(self.gs[g, L.G_ID])} [{status}]:"]
        n = 0
        for fc, line, off in self.frames(g):
            if fc.hidden:
                continue
            if n == 100:
                out.append("...additional frames elided...")
                break
            args = "(...)" if fc.nparams else "()"
            out.append(f"{fc.name}{args}")
            out.append(f"\t{self.abspath}:{line} +0x{off * 4:x}")
            n += 1
        if int(self.gs[g, L.G_ID]) != 1:
            gopc = int(self.gs[g, L.G_GOPC])
            fc = self.func_at(gopc)
            out.append(f"created by {fc.name}")
            out.append(f"\t{self.abspath}:{int(self.prog.lines[gopc])} +0x{(gopc - fc.entry) * 4:x}")
        return ("\n".join(out) + "\n").encode()

    def report_deadlock(self):
        parts = [b"fatal error: all goroutines are asleep - deadlock!\n"]
        for g in range(int(self.st[L.ST_GUSED])):
            if int(self.gs[g, L.G_STATUS]) != L.GSTATUS_WAITING:
                continue
            reason = L.WAIT_REASONS.get(int(self.gs[g, L.G_WAIT]), "")
            parts.append(b"\n" + self.traceback(g, reason))
        self.write_err(b"".join(parts))

    def after_gc(self):
        """A collection finished in the VM: return the freed page runs to the
        operating system (their RSS falls) and print the gctrace line."""
        from . import heap
        # Go's scavenger: keep 10% over the next goal, give the rest back
        heap.release(self.region, self.heap, retain=int(self.st[L.ST_NEXT_GC]) * 11 // 10)
        if self.opts.trace_gc:
            self.write_err(gctrace_line(self.st, time.monotonic_ns()).encode())

    def grow(self, what: int):
        """The VM ran out of G records (1) or sudogs (2): double the arrays."""
        if what == 1:
            n = self.gs.shape[0]
            gs = np.zeros((2 * n, L.G_FIELDS), dtype=np.int64)
            gs[:n] = self.gs
            self.gs = gs
            # the run queue is a ring over the old length: lay it out afresh
            h, t = int(self.st[L.ST_RUNQ_HEAD]), int(self.st[L.ST_RUNQ_TAIL])
            items = [int(self.runq[i % len(self.runq)]) for i in range(h, t)]
            runq = np.zeros(2 * n, dtype=np.int64)
            runq[:len(items)] = items
            self.runq = runq
            self.st[L.ST_RUNQ_HEAD] = 0
            self.st[L.ST_RUNQ_TAIL] = len(items)
        else:
            n = self.sg.shape[0]
            sg = np.zeros((2 * n, L.SG_FIELDS), dtype=np.int64)
            sg[:n] = self.sg
            self.sg = sg

    def start_panic(self) -> bool:
        """A goroutine panicked: the message and traceback are taken now (the
        frames are about to run their deferred calls), then each frame with
        pending defers, innermost first, runs its defer epilogue; its return
        pc is replaced by a sentinel that brings the VM back here.  Returns
        True to resume the VM, False once the panic has been reported."""
        if getattr(self, "unwinding", None) is not None:
            # a deferred call panicked while unwinding: report the first panic
            return self.finish_panic()
        g = int(self.st[L.ST_CURG])
        text = self.panic_text()
        frames = list(self.frame_pointers(g))
        self.unwinding = (g, text, frames, 0)
        return self.continue_unwind()

    def continue_unwind(self) -> bool:
        g, text, frames, i = self.unwinding
        while i < len(frames):
            fc, fp = frames[i]
            i += 1
            w = fp >> 3
            if fc.epilogue >= 0 and int(self.mem[w + fc.defer_head]) != 0:
                self.unwinding = (g, text, frames, i)
                self.mem[w - 1] = -3
                self.gs[g, L.G_PC] = fc.epilogue
                self.gs[g, L.G_FP] = fp
                return True
        return self.finish_panic()

    def finish_panic(self) -> bool:
        g, text, frames, i = self.unwinding
        self.write_err(text)
        return False

    def frame_pointers(self, g):
        """(FuncCode, fp) of each frame of goroutine g, innermost first."""
        for pc, fp in self.frame_walk(g):
            yield self.func_at(pc), fp

    def report_panic(self):
        self.write_err(self.panic_text())

    def panic_text(self) -> bytes:
        code = int(self.st[L.ST_EXIT_ARG])
        a, b = int(self.st[L.ST_PANIC_A]), int(self.st[L.ST_PANIC_B])
        if code == L.PANIC_DIVIDE:
            msg = b"panic: runtime error: integer divide by zero\n"
        elif code == L.PANIC_SHIFT:
            msg = b"panic: runtime error: negative shift amount\n"
        elif code == L.PANIC_INDEX:
            msg = b"panic: runtime error: " + bounds_message(0, a, b) + b"\n"
        elif code == L.PANIC_NIL:
            msg = (b"panic: runtime error: invalid memory address or nil pointer dereference\n"
                   b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
        elif code == L.PANIC_SLICE:
            msg = b"panic: runtime error: " + bounds_message(int(self.st[L.ST_PANIC_C]), a, b) + b"\n"
        elif code == L.PANIC_MAKESLICE_LEN:
            msg = b"panic: runtime error: makeslice: len out of range\n"
        elif code == L.PANIC_MAKESLICE_CAP:
            msg = b"panic: runtime error: makeslice: cap out of range\n"
        elif code == L.PANIC_SEND_CLOSED:
            msg = b"panic: send on closed channel\n"
        elif code == L.PANIC_CLOSE_CLOSED:
            msg = b"panic: close of closed channel\n"
        elif code == L.PANIC_CLOSE_NIL:
            msg = b"panic: close of nil channel\n"
        elif code == L.PANIC_WG_NEGATIVE:
            msg = b"panic: sync: negative WaitGroup counter\n"
        elif code == L.PANIC_MAKECHAN:
            msg = b"panic: makechan: size out of range\n"
        elif code == L.PANIC_RUNTIME_TEXT:
            msg = b"panic: " + self.panic_message + b"\n"
        elif code == L.PANIC_VALUE:
            call = self.prog.pycalls[a]
            slot, t = call.args[0]
            v = self.read_value(self.frame_pointer(), slot, t)
            msg = b"panic: " + panic_value_bytes(v) + b"\n"
        else:
            msg = f"panic: runtime error (code {code})\n".encode()
        return msg + b"\n" + self.traceback(int(self.st[L.ST_CURG]))

    def report_fatal(self):
        code = int(self.st[L.ST_EXIT_ARG])
        if code == L.FATAL_STACK_OVERFLOW:
            g = int(self.st[L.ST_CURG])
            lo, hi = int(self.gs[g, L.G_LO]), int(self.gs[g, L.G_HI])
            sp = int(self.st[L.ST_PANIC_A])
            text = (f"runtime: goroutine stack exceeds {self.opts.max_stack}-byte limit\n"
                    f"runtime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\n"
                    "fatal error: stack overflow\n\n").encode()
            self.write_err(text + self.traceback(g))
        elif code == L.FATAL_UNLOCK_UNLOCKED:
            self.write_err(b"fatal error: sync: unlock of unlocked mutex\n\n" + self.traceback(int(self.st[L.ST_CURG])))
        elif code == L.FATAL_RUNLOCK_UNLOCKED:
            self.write_err(b"fatal error: sync: RUnlock of unlocked RWMutex\n\n" +
                           self.traceback(int(self.st[L.ST_CURG])))
        elif code == L.FATAL_RWUNLOCK_UNLOCKED:
            self.write_err(b"fatal error: sync: Unlock of unlocked RWMutex\n\n" +
                           self.traceback(int(self.st[L.ST_CURG])))
        elif code == L.FATAL_GC_OVERFLOW:
            self.write_err(b"fatal error: govm: the collector's mark queue overflowed\n")
        elif code == L.FATAL_HEAP_POINTS_TO_STACK:
            self.write_err(b"fatal error: govm: a heap object points into a goroutine stack\n\n" + self.traceback())
        elif code == L.FATAL_OUT_OF_MEMORY:
            self.write_err(b"fatal error: runtime: out of memory\n\n" + self.traceback())
        else:
            self.write_err(f"fatal error: code {code}\n".encode())

    # ---------------------------------------------------------------- events
    def flush_events(self):
        n = int(self.st[L.ST_EV_LEN])
        ev = self.ev
        lines = []
        funcs = self.prog.funcs
        for i in range(0, n, L.EV_WORDS):
            kind, goid, old, new, fn, frame, copied, adjusted = (int(x) for x in ev[i:i + L.EV_WORDS])
            if kind >= L.EV_GO_CREATE:
                if kind == L.EV_GO_CREATE:
                    lines.append(f"sched: g{goid} created by g{old}\n")
                elif kind == L.EV_GO_BLOCK:
                    lines.append(f"sched: g{goid} blocks [{L.WAIT_REASONS.get(old, old)}]\n")
                elif kind == L.EV_GO_UNBLOCK:
                    lines.append(f"sched: g{goid} ready\n")
                else:
                    lines.append(f"sched: g{goid} exits\n")
                continue
            name = funcs[fn].name if 0 <= fn < len(funcs) else "?"
            short = name.split(".", 1)[1] if name.startswith("main.") else name
            what = {L.EV_GROW: "grow", L.EV_SHRINK: "shrink", L.EV_MOVE: "move"}.get(kind, "?")
            lines.append(f"stack: g{goid} {what} {old} -> {new} in {short} (frame {frame} B), "
                         f"copied {copied} B, adjusted {adjusted} pointers\n")
        self.st[L.ST_EV_LEN] = 0
        if lines:
            self.write_err("".join(lines).encode())


class GoRuntimePanic(Exception):
    """A Go run-time error found by Python while serving a PYCALL; the text
    after "panic: " is the exception's message."""


def panic_value_bytes(v) -> bytes:
    """How Go's ``printpanicval`` prints a panic value: basic values as the
    builtin ``print`` does; values of named types as ``main.T(5)`` or
    ``main.S("x")``."""
    kind, value, name = v[0], v[1], v[2] if len(v) > 2 else None
    text = fmt.print_bytes([(kind, value)])
    if name:
        if kind == "string":
            return name.encode() + b'("' + text + b'")'
        return name.encode() + b"(" + text + b")"
    return text


_BOUNDS = {   # Go's runtime/error.go boundsErrorFmt and boundsNegErrorFmt
    0: ("index out of range [{x}] with length {y}", "index out of range [{x}]"),
    L.BOUNDS_SLICE_ALEN: ("slice bounds out of range [:{x}] with length {y}", "slice bounds out of range [:{x}]"),
    L.BOUNDS_SLICE_ACAP: ("slice bounds out of range [:{x}] with capacity {y}", "slice bounds out of range [:{x}]"),
    L.BOUNDS_SLICE_B: ("slice bounds out of range [{x}:{y}]", "slice bounds out of range [{x}:]"),
    L.BOUNDS_SLICE3_ALEN: ("slice bounds out of range [::{x}] with length {y}", "slice bounds out of range [::{x}]"),
    L.BOUNDS_SLICE3_ACAP: ("slice bounds out of range [::{x}] with capacity {y}", "slice bounds out of range [::{x}]"),
    L.BOUNDS_SLICE3_B: ("slice bounds out of range [:{x}:{y}]", "slice bounds out of range [:{x}:]"),
    L.BOUNDS_SLICE3_C: ("slice bounds out of range [{x}:{y}:]", "slice bounds out of range [{x}::]"),
}


def bounds_message(form: int, x: int, y: int) -> bytes:
    pos, neg = _BOUNDS[form]
    return (neg if x < 0 else pos).format(x=x, y=y).encode()


def format_int(v: int, base: int) -> bytes:
    """strconv.FormatInt."""
    if v == 0:
        return b"0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = v < 0
    v = -v if neg else v
    out = []
    while v:
        out.append(digits[v % base])
        v //= base
    return (("-" if neg else "") + "".join(reversed(out))).encode()


def fmt_ns_as_ms(ns: int) -> str:
    """Go's fmtNSAsMS (runtime/mgc.go): milliseconds, whole above 10 ms, else
    three significant digits at most."""
    if ns >= 10_000_000:
        return str(ns // 1_000_000)
    x = ns // 1000
    if x == 0:
        return "0"
    dec = 3
    while x >= 100:
        x //= 10
        dec -= 1
    if dec == 0:
        return str(x)
    whole, frac = divmod(x, 10 ** dec)
    return f"{whole}.{frac:0{dec}d}"


def gctrace_line(st, now_ns: int) -> str:
    """The gctrace line of the collection that just finished, in the shape of
    Go's: cycle, start time and the share of time spent collecting so far,
    wall-clock phases (stop-the-world start, mark, sweep: this collector stops
    the world throughout), heap before, after and live, goal, stacks."""
    mb = lambda b: int(b) >> 20   # noqa: E731
    t0 = int(st[L.ST_T0_NS])
    start = int(st[L.ST_GC_START_NS])
    pct = int(st[L.ST_GC_TOTAL_NS]) * 100 // max(now_ns - t0, 1)
    return (f"gc {int(st[L.ST_NUMGC])} @{(start - t0) / 1e9:.3f}s {pct}%: "
            f"0+{fmt_ns_as_ms(int(st[L.ST_GC_MARK_NS]))}+{fmt_ns_as_ms(int(st[L.ST_GC_SWEEP_NS]))} ms clock, "
            f"{mb(st[L.ST_GC_BEFORE])}->{mb(st[L.ST_GC_AFTER])}->{mb(st[L.ST_GC_AFTER])} MB, "
            f"{mb(st[L.ST_NEXT_GC])} MB goal, {mb(st[L.ST_STACK_INUSE])} MB stacks, 0 MB globals, "
            f"{int(st[L.ST_GC_STACKS])} stacks scanned, {int(st[L.ST_GC_FREED])} objects freed, 1 P\n")
