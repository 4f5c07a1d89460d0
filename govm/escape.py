"""Escape analysis: which variables and allocations may live in a
goroutine's stack frame, and which must go to the heap.

This is a port of gc 1.19's ``cmd/compile/internal/escape``, and it makes
the same decisions (``govm build -m`` prints them in gc's words).

The problem
-----------
Allocating a variable in its function's frame is cheap, but only correct
if two invariants hold: (1) no pointer to a stack object is stored in the
heap (the collector does not scan for them, and stack copying would not
update them), and (2) no pointer to a stack object outlives it (the frame
is popped when the function returns, and a variable declared inside a loop
body is logically a new variable on each iteration).  Everything whose
address might violate either invariant is *moved to the heap*.

The location graph
------------------
Every variable, every implicit allocation (``new``, ``&T{}``, ``make``,
slice and map literals, closures, method values, string conversions and
concatenations, conversions of non-pointer values to interfaces) and a few
temporaries become *locations*; one special location is the heap.  Every
assignment, explicit or implicit (argument passing, returns, closure
capture, sends, ...) becomes a directed edge ``dst <- src`` weighted by
its *derefs*: the number of dereferences minus the number of
address-of operations applied to the source::

    p = &q    // -1        p = *q    //  1
    p = q     //  0        p = **q   //  2

Nothing distinguishes the fields of a struct or the elements of an array
(``x.f = u[0]`` is modelled as ``x = *u``), and the analysis is flow- and
path-insensitive.  Expressions are evaluated into *holes* (a destination
location plus a deref count): ``x = **p`` evaluates ``p`` into the hole
(x, 2).  Values without pointers flow into a blank location.

Solving
-------
From each location *root* (the heap included), ``walk_one`` computes the
minimal derefs along any path to every other location (Bellman-Ford;
paths through an address-of are clamped at 0, so there are no negative
cycles).  A location *l* reached with derefs -1 has its *address* flow to
root; if root *outlives* l -- root is the heap or escapes, root is a
result parameter, root is declared in an outer loop, or l lives in a
closure nested in root's function -- then l escapes and must be heap
allocated.  Each new escape re-queues the location, so ``walk_all`` runs
O(locations) walks to a fixed point.

Interprocedural summaries
-------------------------
When a parameter's value reaches the heap or one of its function's
results, the walk records it in the parameter's *leak set*: the minimal
derefs to the heap and to each result (``leaking param: p``, ``leaking
param content: p`` for derefs >= 1, ``leaking param: p to result ~r0
level=0``).  Functions are analysed bottom-up over the strongly connected
components of the call graph (closures belong to their enclosing
function's component), so a call to an already analysed function
connects each argument to the heap and to the call's result holes as its
parameter's tag says; calls within a component connect arguments to the
callee's parameter locations directly; calls through unknown function
values and interface methods leak everything to the heap.

Closures capture a variable by value when it is never reassigned after
being captured, its address is never taken and it is at most 128 bytes;
otherwise by reference (the closure holds its address).  ``go`` and
``defer`` calls are rewritten as closures called later: arguments are
evaluated into temporaries the wrapper captures; a ``go`` closure and a
``defer`` inside a loop flow to the heap.  gc's size limits apply:
explicit variables over 10 MiB and implicit allocations over 64 KiB go
to the heap, as do ``make`` calls whose size is not a constant.

The pass operates on gc-shaped IR built by ``govm.escape_ir`` (which
explains the rewrites) and uses the graph and solver of
``govm.escape_graph``.

Contract with the code generator
--------------------------------
``analyze(file, info)`` returns the ``-m`` diagnostics and sets
``info.escape_analyzed = True``; then:

* ``Var.escapes`` is True exactly for variables gc reports ``moved to
  heap`` (parameters and named results included);
* allocation sites carry ``node.escapes``: the ``&`` of ``&T{...}``, the
  CallExpr of ``new`` / ``make`` / a string conversion, a slice or map
  CompositeLit, a FuncLit, a method-value SelectorExpr, a string ``+``;
  a variadic call's implicit slice sets ``call.variadic_escapes``;
* a conversion to interface of a non-pointer-shaped value allocates a
  box: ``expr.iface_escapes`` on the converted expression (also
  ``expr.escapes`` when the expression is not itself an allocation
  site), ``call.escapes`` on an explicit conversion CallExpr;
* ``FuncLit.byval`` maps each captured Var to True when it is captured by
  value.
"""
from __future__ import annotations

import sys

from . import ast as A
from . import types as T
from .escape_graph import NUM_ESC_RESULTS, Batch, Hole, Leaks
from .escape_ir import (ESC_PLANNED, ESC_STARTED, ESC_TAGGED, ESC_UNKNOWN,
                        MAX_IMPLICIT_STACK_VAR_SIZE, MAX_STACK_VAR_SIZE, Fn, Lowerer,
                        Node, Temp, fmt_node, fmt_stmt, has_pointers, is_direct_iface,
                        is_interface, is_untyped, mark_reassigned, size_of, static_value,
                        under)

LOOPING, NONLOOPING = 1, 2

_CALL_OPS = ("CALLFUNC", "CALLINTER", "LEN", "CAP", "COMPLEX", "REAL", "IMAG", "APPEND",
             "COPY", "RECOVER")
_STMT_CALL_OPS = ("CALLFUNC", "CALLINTER", "CLOSE", "COPY", "DELETE", "PANIC", "PRINT",
                  "PRINTN", "RECOVER")


def analyze(file, info, src=None):
    """Run escape analysis over a checked file; returns [(Pos, message)]
    (gc's -m diagnostics) and records the decisions (see module doc)."""
    if src is None:
        src = _read_source(file)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 20000))
    try:
        an = _Analysis(file, info, src)
        diags = an.run()
    finally:
        sys.setrecursionlimit(old)
    info.escape_analyzed = True
    return diags


def _read_source(file):
    name = getattr(file, "filename", "") or ""
    try:
        with open(name, "rb") as fh:
            return fh.read()
    except OSError:
        return b""


class _Analysis:
    def __init__(self, file, info, src):
        self.file = file
        self.info = info
        self.low = Lowerer(file, info, src)
        self.diags = []
        self.byval = {}               # Var -> bool (canonical)

    def run(self):
        fns = self.low.run()
        mark_reassigned(fns)
        self.diags.extend(self.low.devirt_msgs)
        for block in _bottom_up(fns):
            self.batch(block)
        self.fallback()
        return self.diags

    # ------------------------------------------------------------ one batch

    def batch(self, fns):
        b = Batch()
        b.var_loc = {}
        b.quiet = False
        for fn in fns:
            self.init_func(b, fn)
        for fn in fns:
            if not fn.is_closure:
                _Escape(self, b, fn).walk_func()
        # every reassignment and address-of is known: decide closure captures
        for k, clo in b.closures:
            self.flow_closure(b, k, clo)
        b.closures = []
        for loc in b.all_locs:
            if heap_alloc_reason(loc.n, self.byval):
                b.flow(b.heap_hole().addr(), loc)
        b.walk_all()
        self.finish(b, fns)

    def init_func(self, b, fn):
        fn.esc = ESC_PLANNED
        for v in fn.dcl:
            if v in b.var_loc:
                continue
            cls = {"param": "param", "result": "result"}.get(v.kind, "local")
            b.var_loc[v] = b.new_loc(v, fn, 1, cls=cls)
        for i, r in enumerate(fn.results):
            b.var_loc[r].result_index = 1 + i

    def flow_closure(self, b, k, clo):
        fn = clo.fn
        lit = fn.lit
        if lit is not None and getattr(lit, "byval", None) is None:
            lit.byval = {}
        for v in fn.closure_vars:
            loc = b.var_loc.get(v)
            if loc is None:
                continue
            byval = not loc.addrtaken and not loc.reassigned and size_of(v.type) <= 128
            self.byval[v] = byval
            if lit is not None:
                lit.byval[v] = byval
            kk = k if byval else k.addr()
            b.flow(kk, loc)

    def finish(self, b, fns):
        for fn in fns:
            fn.esc = ESC_TAGGED
            narg = 0
            for v in ([fn.recv] if fn.recv is not None else []) + fn.params:
                narg += 1
                fn.tags[v] = self.param_tag(b, fn, narg, v)
        iface = []
        for loc in b.all_locs:
            n = loc.n
            if n is None:
                continue
            if isinstance(n, T.Var):
                n.escapes = loc.escapes
                n.addr_taken = n.addr_taken or loc.addrtaken
                n.captured = n.captured or loc.captured
                if loc.escapes and not getattr(loc, "quiet", False):
                    self.diags.append((getattr(n, "_gcpos", None) or n.pos, f"moved to heap: {n.name}"))
                continue
            wrapper = n.op == "CLOSURE" and n.fn.wrapper
            if not wrapper and not getattr(loc, "quiet", False):
                s = fmt_node(n)
                self.diags.append((n.pos, f"{s} escapes to heap" if loc.escapes else f"{s} does not escape"))
            if n.op == "CONVIFACE" and n.implicit:
                iface.append((n, loc.escapes))
                continue
            self.record(n, loc.escapes)
        for n, esc in iface:
            a = n.ast
            if a is not None:
                a.iface_escapes = esc
                if not getattr(a, "_alloc_site", False):
                    a.escapes = esc

    def record(self, n, esc):
        if n.op == "SLICELIT" and n.implicit:
            call = getattr(n, "ddd_of", None)
            if call is not None:
                call.variadic_escapes = esc
            return
        a = n.ast
        if a is None:
            return
        a.escapes = esc
        a._alloc_site = True

    def param_tag(self, b, fn, narg, v):
        name = v.name if v.name else f"arg#{narg}"
        diagnose = not fn.wrapper
        pos = v.pos
        bodyless = fn.body is None
        if bodyless:
            if under(v.type) is T.UINTPTR:
                if diagnose:
                    self.diags.append((pos, f"assuming {name} is unsafe uintptr"))
                return Leaks.heap_leak()
            if not has_pointers(v.type):
                return Leaks.heap_leak()
            if diagnose and v.name:
                self.diags.append((pos, f"leaking param: {name}"))
            return Leaks.heap_leak()
        if not has_pointers(v.type):
            return Leaks.heap_leak()
        if not v.name or v.name == "_":
            return Leaks()
        loc = b.var_loc[v]
        esc = loc.param_esc.copy()
        esc.optimize()
        if diagnose and not loc.escapes:
            if esc.empty():
                self.diags.append((pos, f"{name} does not escape"))
            x = esc.heap()
            if x >= 0:
                if x == 0:
                    self.diags.append((pos, f"leaking param: {name}"))
                else:
                    self.diags.append((pos, f"leaking param content: {name}"))
            for i in range(NUM_ESC_RESULTS):
                x = esc.result(i)
                if x >= 0 and i < len(fn.results):
                    r = fn.results[i]
                    rn = getattr(r, "_gcname", None) or r.name
                    self.diags.append((pos, f"leaking param: {name} to result {rn} level={x}"))
        return esc

    def fallback(self):
        """Closures gc deletes as dead code (never run) get decisions all
        the same: on the heap, capturing by reference."""
        for lit in getattr(self.info, "func_lits", []) or []:
            if getattr(lit, "byval", None) is None:
                lit.byval = {v: False for v in (getattr(lit, "captures", None) or [])}
                if not hasattr(lit, "escapes"):
                    lit.escapes = True


def format_diag(filename, pos, msg):
    """A diagnostic line as gc prints it: no column when it is 0 or does
    not fit gc's position encoding (columns >= 255)."""
    if 0 < pos.col < 255:
        return f"{filename}:{pos.line}:{pos.col}: {msg}"
    return f"{filename}:{pos.line}: {msg}"


def heap_alloc_reason(n, byval):
    """HeapAllocReason: why n must be heap allocated regardless of flows."""
    if n is None:
        return ""
    if isinstance(n, T.Var):
        if n.kind in ("param", "result"):
            return ""
        return "too large for stack" if n.type is not None and size_of(n.type) > MAX_STACK_VAR_SIZE else ""
    t = n.type
    if t is None or isinstance(t, T.Tuple):
        return ""
    if size_of(t) > MAX_STACK_VAR_SIZE:
        return "too large for stack"
    op = n.op
    if op in ("NEW", "PTRLIT") and isinstance(under(t), T.Pointer) and \
            size_of(under(t).elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
        return "too large for stack"
    if op == "CLOSURE":
        sz = 8
        for v in n.fn.closure_vars:
            sz += size_of(v.type) if byval.get(v, False) else 8
        if sz > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    if op == "METHVALUE" and n.x is not None and 8 + size_of(n.x.type) > MAX_IMPLICIT_STACK_VAR_SIZE:
        return "too large for stack"
    if op == "MAKESLICE":
        r = n.cap if n.cap is not None else n.len
        if r is None or r.op != "LITERAL" or not isinstance(r.value, int) or isinstance(r.value, bool) \
                or not (-(1 << 31) <= r.value < (1 << 31)):
            return "non-constant size"
        es = size_of(under(t).elem)
        if es != 0 and r.value > MAX_IMPLICIT_STACK_VAR_SIZE // es:
            return "too large for stack"
    return ""


# ====================================================================== call graph

def _bottom_up(fns):
    """ir.VisitFuncsBottomUp: batches of mutually recursive functions
    (with their closures), callees before callers."""
    node_id = {}
    stack = []
    out = []
    gen = [0]
    done = 0xFFFFFFFF

    def refs(fn):
        res = []

        def visit(n):
            if not isinstance(n, Node):
                return
            op = n.op
            if op == "FUNCNAME" and n.fn is not None:
                res.append(n.fn)
            elif op in ("METHEXPR", "METHVALUE") and getattr(n, "fn", None) is not None:
                res.append(n.fn)
            elif op == "CLOSURE":
                res.append(n.fn)
                return
            for s in n.init:
                visit(s)
            for c in n.children():
                visit(c)
        for s in fn.body or []:
            visit(s)
        return res

    def visit(fn):
        i = node_id.get(fn, 0)
        if i > 0:
            return i
        gen[0] += 1
        fid = gen[0]
        node_id[fn] = fid
        gen[0] += 1
        mn = gen[0]
        stack.append(fn)
        for callee in refs(fn):
            if callee.body is None and callee.decl is None:
                continue          # external function: already tagged
            m = visit(callee)
            if m < mn:
                mn = m
        if (mn == fid or mn == fid + 1) and not fn.is_closure:
            j = len(stack) - 1
            while j >= 0:
                x = stack[j]
                node_id[x] = done
                if x is fn:
                    break
                j -= 1
            block = stack[j:]
            del stack[j:]
            out.append(block)
        return mn

    for fn in fns:
        if not fn.is_closure:
            visit(fn)
    return out


# ====================================================================== the walker

class _Escape:
    """Per-function walk state (gc's ``escape``): builds the graph edges."""

    def __init__(self, an, b, fn):
        self.an = an
        self.b = b
        self.curfn = fn
        self.labels = {}
        self.loop_depth = 1

    # ------------------------------------------------------------ locations

    def new_loc(self, n, transient):
        loc = self.b.new_loc(n, self.curfn, self.loop_depth, transient,
                             cls="local" if isinstance(n, T.Var) else None)
        # statically initialised package data: not an allocation gc sees
        loc.quiet = bool(getattr(n, "static", False))
        if isinstance(n, T.Var):
            self.b.var_loc[n] = loc
        return loc

    def old_loc(self, v):
        loc = self.b.var_loc.get(v)
        if loc is None:
            # a variable of code gc deleted, or of a function outside the batch
            loc = self.new_loc(v, False)
        v._analyzed = True
        return loc

    def flow(self, k, loc):
        self.b.flow(k, loc)

    def heap_hole(self):
        return self.b.heap_hole()

    def discard_hole(self):
        return self.b.discard_hole()

    def spill(self, k, n):
        loc = self.new_loc(n, True)
        self.flow(k.addr(), loc)
        return loc.as_hole()

    def tee_hole(self, ks):
        if not ks:
            return self.discard_hole()
        if len(ks) == 1:
            return ks[0]
        loc = self.new_loc(None, True)
        for k in ks:
            if k.derefs < 0:
                raise AssertionError("teeHole: negative derefs")
            self.flow(k, loc)
        return loc.as_hole()

    def later(self, k):
        loc = self.new_loc(None, False)
        self.flow(k, loc)
        return loc.as_hole()

    # ------------------------------------------------------------ functions

    def walk_func(self):
        fn = self.curfn
        fn.esc = ESC_STARTED
        # labels that head an unstructured loop (a goto jumps back to them)
        def visit(n):
            if not isinstance(n, Node):
                return
            if n.op == "LABEL" and n.label != "_":
                self.labels[n.label] = NONLOOPING
            elif n.op == "GOTO":
                if self.labels.get(n.label) == NONLOOPING:
                    self.labels[n.label] = LOOPING
            for s in n.init:
                visit(s)
            if n.op == "CLOSURE":
                return
            for c in n.children():
                visit(c)
        for s in fn.body or []:
            visit(s)
        self.block(fn.body or [])

    # ------------------------------------------------------------ statements

    def stmts(self, lst):
        for n in lst:
            self.stmt(n)

    def block(self, lst):
        old = self.loop_depth
        self.stmts(lst)
        self.loop_depth = old

    def dcl(self, n):
        loc = self.old_loc(n.var)
        loc.loop_depth = self.loop_depth
        return loc.as_hole()

    def stmt(self, n):
        if n is None:
            return
        self.stmts(n.init)
        op = n.op
        if op in ("BREAK", "CONTINUE", "GOTO", "FALL"):
            pass
        elif op == "BLOCK":
            self.stmts(n.list)
        elif op == "DCL":
            if n.x.op != "BLANK":
                self.dcl(n.x)
        elif op == "LABEL":
            if n.label != "_":
                st = self.labels.pop(n.label, NONLOOPING)
                if st == LOOPING:
                    self.loop_depth += 1
        elif op == "IF":
            self.discard(n.x)
            self.block(n.body)
            self.block(n.els)
        elif op == "FOR":
            self.loop_depth += 1
            self.discard(n.x)
            self.stmts(n.post)
            self.block(n.body)
            self.loop_depth -= 1
        elif op == "RANGE":
            tmp = self.new_loc(None, False)
            self.expr(tmp.as_hole(), n.x)
            self.loop_depth += 1
            ks = self.addrs([n.key, n.value])
            if isinstance(under(n.x.type), T.Array):
                self.flow(ks[1], tmp)
            else:
                self.flow(ks[1].deref(), tmp)
            self.reassigned(ks, n)
            self.block(n.body)
            self.loop_depth -= 1
        elif op == "SWITCH":
            if n.guard:
                ks = []
                if n.bound:
                    for cas in n.cases:
                        cv = cas.var
                        if cv is None:
                            continue
                        k = self.dcl(cv)
                        if has_pointers(cv.type):
                            ks.append(k.dot_type(cv.type))
                self.expr(self.tee_hole(ks), n.x)
            else:
                self.discard(n.x)
            for cas in n.cases:
                for c in cas.list:
                    if c.op not in ("TYPE",):
                        self.discard(c)
                self.block(cas.body)
        elif op == "SELECT":
            for cas in n.cases:
                self.stmts(cas.comm)
                self.block(cas.body)
        elif op == "RECV":
            self.expr_skip_init(self.discard_hole(), n)
        elif op == "SEND":
            self.discard(n.x)
            self.assign_heap(n.y)
        elif op in ("AS",):
            self.assign_list([n.x], [n.y], n)
        elif op == "ASOP":
            self.assign_list([n.x], [n.y], n)
        elif op in ("AS2", "AS2DOTTYPE", "AS2MAPR", "AS2RECV", "SELRECV2"):
            self.assign_list(n.lhs, n.rhs, n)
        elif op == "AS2FUNC":
            self.stmts(n.rhs[0].init)
            ks = self.addrs(n.lhs)
            self.call(ks, n.rhs[0])
            self.reassigned(ks, n)
        elif op == "RETURN":
            dsts = [Node("NAME", n.pos, r.type, var=r, cls="result") for r in self.curfn.results]
            self.assign_list(dsts, n.list, n)
        elif op in _STMT_CALL_OPS:
            self.call(None, n)
        elif op in ("GO", "DEFER"):
            self.go_defer_stmt(n)
        else:
            # an expression statement gc would not have (e.g. a lone
            # receive inside parentheses): evaluate for its effects
            self.discard(n)

    # ------------------------------------------------------------ assignments

    def addr(self, n):
        if n is None or n.op == "BLANK":
            return self.discard_hole()
        k = self.heap_hole()
        op = n.op
        if op == "NAME":
            if n.cls != "extern":
                k = self.old_loc(n.var).as_hole()
        elif op == "DOT":
            k = self.addr(n.x)
        elif op == "INDEX":
            self.discard(n.index)
            if isinstance(under(n.x.type), T.Array):
                k = self.addr(n.x)
            else:
                self.discard(n.x)
        elif op in ("DEREF", "DOTPTR"):
            self.discard(n)
        elif op == "INDEXMAP":
            self.discard(n.x)
            self.assign_heap(n.index)
        else:
            self.discard(n)
        return k

    def addrs(self, lst):
        return [self.addr(n) for n in lst]

    def assign_heap(self, src):
        self.expr(self.heap_hole(), src)

    def assign_list(self, dsts, srcs, where):
        ks = self.addrs(dsts)
        for i, k in enumerate(ks):
            src = srcs[i] if i < len(srcs) else None
            dst = dsts[i]
            if dst is not None and src is not None and is_self_assign(dst, src):
                self.an.diags.append((where.pos, f"{self.curfn.name} ignoring self-assignment in {fmt_stmt(where)}"))
                k = self.discard_hole()
            self.expr(k, src)
        self.reassigned(ks, where)

    def reassigned(self, ks, where):
        if where.op == "AS" and where.y is None and where.x.op == "NAME" and \
                getattr(where.x.var, "_defn", None) is None:
            # zero-value initialisation of a variable declared without a value
            return
        for k in ks:
            loc = k.dst
            n = loc.n
            if isinstance(n, T.Var) and getattr(n, "_defn", None) is where and where.op != "RANGE":
                continue
            loc.reassigned = True

    # ------------------------------------------------------------ expressions

    def expr(self, k, n):
        if n is None:
            return
        self.stmts(n.init)
        self.expr_skip_init(k, n)

    def discard(self, n):
        self.expr(self.discard_hole(), n)

    def discards(self, lst):
        for n in lst or []:
            self.discard(n)

    def expr_skip_init(self, k, n):
        if n is None:
            return
        t = n.type
        if k.derefs >= 0 and t is not None and not isinstance(t, T.Tuple) and not is_untyped(t) \
                and not has_pointers(t):
            k = Hole(self.b.blank_loc, k.derefs, k.addrtaken)
        op = n.op
        if op in ("LITERAL", "NIL", "TYPE", "METHEXPR", "FUNCNAME", "LIBFUNC", "BUILTIN", "BLANK"):
            return
        if op == "NAME":
            if n.cls == "extern":
                return
            self.flow(k, self.old_loc(n.var))
        elif op in ("PLUS", "NEG", "BITNOT", "NOT"):
            self.discard(n.x)
        elif op in ("BINARY", "ANDAND", "OROR"):
            self.discard(n.x)
            self.discard(n.y)
        elif op == "ADDR":
            self.expr(k.addr(), n.x)
        elif op == "DEREF":
            self.expr(k.deref(), n.x)
        elif op in ("DOT", "DOTINTER"):
            self.expr(k, n.x)
        elif op == "DOTPTR":
            self.expr(k.deref(), n.x)
        elif op in ("DOTTYPE", "DOTTYPE2"):
            self.expr(k.dot_type(n.type), n.x)
        elif op == "INDEX":
            if isinstance(under(n.x.type), T.Array):
                self.expr(k, n.x)
            else:
                self.expr(k.deref(), n.x)
            self.discard(n.index)
        elif op == "INDEXMAP":
            self.discard(n.x)
            self.discard(n.index)
        elif op in ("SLICE", "SLICEARR", "SLICESTR"):
            self.expr(k, n.x)
            self.discard(n.low)
            self.discard(n.high)
            self.discard(n.max)
        elif op in ("CONV", "CONVNOP", "SLICE2ARRPTR"):
            self.expr(k, n.x)
        elif op == "CONVIFACE":
            if not is_interface(n.x.type) and not is_direct_iface(n.x.type):
                k = self.spill(k, n)
            self.expr(k, n.x)
        elif op == "RECV":
            self.discard(n.x)
        elif op in _CALL_OPS:
            self.call([k], n)
        elif op == "NEW":
            self.spill(k, n)
        elif op == "MAKESLICE":
            self.spill(k, n)
            self.discard(n.len)
            self.discard(n.cap)
        elif op == "MAKECHAN":
            self.discard(n.len)
        elif op == "MAKEMAP":
            self.spill(k, n)
            self.discard(n.len)
        elif op == "METHVALUE":
            closure_k = self.spill(k, n)
            nres = len(n.method.type.results) if n.method is not None and n.method.type is not None else 0
            ks = [self.heap_hole() for _ in range(nres)]
            recv = n.method.type.recv if (n.method is not None and n.method.type is not None and not n.iface) else None
            if n.iface or n.fn is None:
                param_k = self.heap_hole()
            else:
                param_k = self.tag_hole(ks, n.fn, recv, 0)
            self.expr(self.tee_hole([param_k, closure_k]), n.x)
        elif op == "PTRLIT":
            self.expr(self.spill(k, n), n.x)
        elif op in ("ARRAYLIT", "STRUCTLIT"):
            for elt in n.list:
                self.expr(k, elt)
        elif op == "SLICELIT":
            k = self.spill(k, n)
            for elt in n.list:
                self.expr(k, elt)
        elif op == "MAPLIT":
            self.spill(k, n)
            for elt in n.list:
                self.assign_heap(elt.x)
                self.assign_heap(elt.y)
        elif op == "CLOSURE":
            k = self.spill(k, n)
            self.b.closures.append((k, n))
            fn = n.fn
            if fn.is_closure:
                for cv in fn.closure_vars:
                    loc = self.old_loc(cv)
                    if not loc.captured:
                        loc.captured = True
                        # ignore reassignments in straight-line code before the first capture
                        if loc.loop_depth == self.loop_depth:
                            loc.reassigned = False
                for v in fn.dcl:
                    if v not in self.b.var_loc:
                        e = _Escape(self.an, self.b, fn)
                        e.new_loc(v, False)
                _Escape(self.an, self.b, fn).walk_func()
        elif op in ("RUNES2STR", "BYTES2STR", "STR2RUNES", "STR2BYTES", "RUNESTR"):
            self.spill(k, n)
            self.discard(n.x)
        elif op == "ADDSTR":
            self.spill(k, n)
            self.discards(n.list)
        elif op in ("PANIC", "PRINT", "PRINTN", "DELETE", "CLOSE"):
            self.call([k], n)
        else:
            raise AssertionError(f"escape: unexpected expr {op}")

    # ------------------------------------------------------------ calls

    def call(self, ks, call):
        self.call_common(ks, call, None, None)

    def call_common(self, ks, call, init, wrapper):
        def argument_func(fn, k, arg):
            arg = self.rewrite_argument(arg, init, call, fn, wrapper)
            self.expr(k, arg)
            return arg

        def argument(k, arg):
            return argument_func(None, k, arg)

        op = call.op
        if op in ("CALLFUNC", "CALLINTER"):
            fn = None
            if op == "CALLFUNC":
                if call.x.op == "CLOSURE":
                    call.x.fn.closure_called = True
                v = static_value(call.x)
                if v.op in ("FUNCNAME", "CLOSURE", "METHEXPR", "LIBFUNC"):
                    fn = v.fn
            sig = call.sig
            if fn is not None and fn.sig is not None:
                sig = fn.sig
            if ks is not None and fn is not None and self.in_mutual_batch(fn):
                for i, r in enumerate(fn.results):
                    if i < len(ks):
                        self.expr(ks[i], Node("NAME", call.pos, r.type, var=r, cls="result"))
            args = list(call.args)
            if op == "CALLFUNC":
                call.x = argument(self.discard_hole(), call.x)
                recv = sig.recv if sig is not None else None
                if recv is not None:
                    # method called as a function: the receiver is the first argument
                    call.args[0] = argument_func(fn, self.tag_hole(ks, fn, recv, 0), args[0])
                    args = args[1:]
            else:
                # interface method: the receiver leaks (dynamic call)
                recv = True
                call.x.x = argument_func(None, self.heap_hole(), call.x.x)
            base = 1 if recv is not None and op == "CALLFUNC" else 0
            params = list(sig.params) if sig is not None else []
            for i, a in enumerate(args):
                p = params[i] if i < len(params) else None
                idx = i + (1 if recv is not None else 0)
                call.args[base + i] = argument_func(fn, self.tag_hole(ks, fn, p, idx), a)
        elif op == "APPEND":
            args = call.args
            appendee_k = ks[0] if ks else self.discard_hole()
            if has_pointers(under(args[0].type).elem if isinstance(under(args[0].type), T.Slice) else None):
                appendee_k = self.tee_hole([appendee_k, self.heap_hole().deref()])
            args[0] = argument(appendee_k, args[0])
            if call.ddd:
                appended_k = self.discard_hole()
                at = under(args[1].type)
                if isinstance(at, T.Slice) and has_pointers(at.elem):
                    appended_k = self.heap_hole().deref()
                args[1] = argument(appended_k, args[1])
            else:
                for i in range(1, len(args)):
                    args[i] = argument(self.heap_hole(), args[i])
        elif op == "COPY":
            call.x = argument(self.discard_hole(), call.x)
            copied_k = self.discard_hole()
            yt = under(call.y.type)
            if isinstance(yt, T.Slice) and has_pointers(yt.elem):
                copied_k = self.heap_hole().deref()
            call.y = argument(copied_k, call.y)
        elif op == "PANIC":
            call.x = argument(self.heap_hole(), call.x)
        elif op == "COMPLEX":
            call.x = argument(self.discard_hole(), call.x)
            call.y = argument(self.discard_hole(), call.y)
        elif op in ("DELETE", "PRINT", "PRINTN", "RECOVER"):
            for i in range(len(call.args)):
                call.args[i] = argument(self.discard_hole(), call.args[i])
        elif op in ("LEN", "CAP", "REAL", "IMAG", "CLOSE"):
            call.x = argument(self.discard_hole(), call.x)
        else:
            raise AssertionError(f"escape: unexpected call op {op}")

    def in_mutual_batch(self, fn):
        return ESC_UNKNOWN < fn.esc < ESC_TAGGED

    def tag_hole(self, ks, fn, param, index):
        """The hole an argument passed to param flows into."""
        if fn is None:
            return self.heap_hole()
        if self.in_mutual_batch(fn):
            if param is None or not param.name or param.name == "_":
                return self.discard_hole()
            return self.old_loc(param).as_hole()
        if fn.ext_tags is not None:
            esc = fn.ext_tags[index] if index < len(fn.ext_tags) else Leaks.heap_leak()
        else:
            esc = fn.tags.get(param) if param is not None else None
            if esc is None:
                esc = Leaks.heap_leak()
        tag_ks = []
        x = esc.heap()
        if x >= 0:
            tag_ks.append(self.heap_hole().shift(x))
        if ks is not None:
            for i in range(NUM_ESC_RESULTS):
                x = esc.result(i)
                if x >= 0 and i < len(ks):
                    tag_ks.append(ks[i].shift(x))
        return self.tee_hole(tag_ks)

    def go_defer_stmt(self, n):
        """go/defer f(args): arguments are evaluated now into temporaries
        captured by a wrapper closure that is called later."""
        k = self.heap_hole()
        if n.op == "DEFER" and self.loop_depth == 1:
            # top-level defer arguments don't escape, but must last until the call
            k = self.later(self.discard_hole())
        call = n.call
        init = list(call.init)
        call.init = []
        self.stmts(init)
        if call.op == "CALLFUNC" and not getattr(call, "method", False):
            sig = under(call.x.type) if call.x.type is not None else None
            if isinstance(sig, T.Signature) and not sig.params and not sig.results:
                self.expr(k, call.x)
                return
        fn = Fn(f"{self.curfn.name}.gowrap", outer=self.curfn)
        fn.is_closure = True
        fn.wrapper = True
        fn.esc = ESC_TAGGED
        clo = Node("CLOSURE", n.pos, None, fn=fn)
        fn.closure_node = clo
        self.call_common(None, call, [], fn)
        self.b.closures.append((self.spill(k, clo), clo))

    def rewrite_argument(self, arg, init, call, fn, wrapper):
        if wrapper is None or arg is None:
            return arg

        def visit(pos, a):
            if a.op in ("LITERAL", "NIL", "METHEXPR", "FUNCNAME", "LIBFUNC"):
                return a
            return self.wrap_expr(pos, a, wrapper)

        if arg.op == "SLICELIT":
            arg.list = [visit(arg.pos, el) for el in arg.list]
            return arg
        return visit(call.pos, arg)

    def wrap_expr(self, pos, expr, wrapper):
        tmp = self.copy_expr(pos, expr)
        self.old_loc(tmp).captured = True
        wrapper.closure_vars.append(tmp)
        return Node("NAME", pos, tmp.type, var=tmp, cls="auto")

    def copy_expr(self, pos, expr):
        if expr.op not in ("NAME", "LITERAL", "NIL"):
            pos = expr.pos
        fn = self.curfn
        tmp = Temp(f".autotmp_{fn.ndcl}", expr.type, pos, kind="local")
        fn.ndcl += 1
        fn.add_dcl(tmp)
        dcl = Node("DCL", pos, x=Node("NAME", pos, tmp.type, var=tmp, cls="auto"))
        st = Node("AS", pos, x=Node("NAME", pos, tmp.type, var=tmp, cls="auto"), y=expr)
        tmp._defn = st
        self.new_loc(tmp, False)
        self.stmts([dcl, st])
        return tmp


# ====================================================================== self-assignment

def is_slice_self_assign(dst, src):
    if dst.op not in ("DEREF", "DOTPTR"):
        return False
    dx = dst.x
    if dx.op != "NAME":
        return False
    if src.op in ("SLICE", "SLICESTR"):
        pass
    elif src.op == "SLICEARR":
        if src.x.op == "ADDR":
            return False
    else:
        return False
    b = src.x
    if b.op not in ("DEREF", "DOTPTR"):
        return False
    bx = b.x
    if bx.op != "NAME":
        return False
    return dx.var is bx.var


def is_self_assign(dst, src):
    if is_slice_self_assign(dst, src):
        return True
    if dst is None or src is None or dst.op != src.op:
        return False
    if dst.op in ("DOT", "DOTPTR"):
        return same_safe_expr(dst.x, src.x)
    if dst.op == "INDEX":
        if may_affect_memory(dst.index) or may_affect_memory(src.index):
            return False
        return same_safe_expr(dst.x, src.x)
    return False


def may_affect_memory(n):
    if n is None:
        return False
    op = n.op
    if op in ("NAME", "LITERAL", "NIL"):
        return False
    if op == "BINARY" and n.sym in ("+", "-", "|", "^", "*", "<<", ">>", "&", "&^", "/", "%"):
        return may_affect_memory(n.x) or may_affect_memory(n.y)
    if op == "INDEX":
        return may_affect_memory(n.x) or may_affect_memory(n.index)
    if op in ("CONVNOP", "CONV"):
        return may_affect_memory(n.x)
    if op in ("LEN", "CAP", "NOT", "BITNOT", "PLUS", "NEG"):
        return may_affect_memory(n.x)
    if op in ("DOT", "DOTPTR", "DEREF"):
        return may_affect_memory(n.x)
    return True


def same_safe_expr(l, r):
    while l.op == "CONVNOP":
        l = l.x
    while r.op == "CONVNOP":
        r = r.x
    if l.op != r.op or not _identical(l.type, r.type):
        return False
    op = l.op
    if op == "NAME":
        return l.var is r.var
    if op in ("DOT", "DOTPTR"):
        return l.sel == r.sel and same_safe_expr(l.x, r.x)
    if op == "DEREF":
        return same_safe_expr(l.x, r.x)
    if op in ("NOT", "BITNOT", "PLUS", "NEG"):
        return same_safe_expr(l.x, r.x)
    if op == "CONV":
        u = under(l.type)
        return isinstance(u, T.Basic) and u is not T.STRING and same_safe_expr(l.x, r.x)
    if op in ("INDEX", "INDEXMAP"):
        return same_safe_expr(l.x, r.x) and same_safe_expr(l.index, r.index)
    if op == "BINARY" and l.sym in ("+", "-", "|", "^", "*", "<<", ">>", "&", "&^", "/", "%"):
        return l.sym == r.sym and same_safe_expr(l.x, r.x) and same_safe_expr(l.y, r.y)
    if op == "LITERAL":
        return l.value == r.value
    if op == "NIL":
        return True
    return False


def _identical(a, b):
    if a is b:
        return True
    if a is None or b is None:
        return False
    return T.identical(a, b)
