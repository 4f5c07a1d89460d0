"""The escape analysis' view of a program: govm's AST lowered to the
shape of gc's IR at the point where gc runs escape analysis.

gc does not analyse source syntax but IR that its front end has already
rewritten: implicit conversions to interface are explicit ``OCONVIFACE``
nodes, method calls are function calls with the receiver as first
argument (with the implicit ``&x`` / ``*p`` and embedded-field selections
spelled out), the extra arguments of a variadic call are packed into an
implicit slice literal (printed ``... argument``), ``s + t + u`` on strings
is one ``OADDSTR``, string conversions have their own operations, a call
``f(g())`` of a multi-valued ``g`` assigns g's results to temporaries
first, constant-condition branches are deleted (``deadcode``), and
interface calls on a value whose dynamic type is statically known are
devirtualised.  This module performs those rewrites so that the walker in
``govm.escape`` can be a line-by-line port of gc's.

It also knows how gc *prints* things: positions (gc puts a call at its
``(``, a selector at its ``.``, a binary expression at its operator, a
composite literal at its ``{``: ``GcPos`` recovers these from the source
tokens), expressions (``fmt_node``, a port of ``ir/fmt.go``'s exprFmt;
constants print as their source text, as irgen's ``RawOrigExpr`` does) and
types (unqualified names for the local package, ``interface {}``, ...).

Invariants
----------
* Every IR node has ``op`` (a gc op name without the ``O``), ``pos`` (gc's
  position) and ``type`` (a ``govm.types`` type, None for statements).
* ``NAME`` nodes carry the ``govm.types.Var`` (``var``); a variable is the
  same object at its declaration, at its uses and inside closures that
  capture it (gc's ``Canonical()``).  Globals are ``NAME`` nodes with
  ``cls == 'extern'``; function names are ``FUNCNAME`` nodes with ``fn``.
* ``ast`` on an allocating IR node is the AST node that the code generator
  looks at (the contract in ``govm.escape``).
"""
from __future__ import annotations

from . import ast as A
from . import types as T

MAX_STACK_VAR_SIZE = 10 * 1024 * 1024          # ir.MaxStackVarSize
MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024        # ir.MaxImplicitStackVarSize


# ====================================================================== types

def under(t):
    if t is None:
        return None
    u = t.underlying()
    return u if u is not None else t


def is_interface(t):
    return isinstance(under(t), T.Interface)


def is_untyped(t):
    return t in T.UNTYPED


def has_pointers(t):
    """types.HasPointers: may a value of type t contain pointers?"""
    u = under(t)
    if u is None:
        return True
    if isinstance(u, T.Basic):
        return u is T.STRING or u is T.UNSAFE_POINTER or u is T.UNTYPED_STRING
    if isinstance(u, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface)):
        return True
    if isinstance(u, T.Array):
        return u.length > 0 and has_pointers(u.elem)
    if isinstance(u, T.Struct):
        return any(has_pointers(f.type) for f in u.fields)
    if isinstance(u, T.Tuple):
        return any(has_pointers(x) for x in u.types)
    return True


def is_direct_iface(t):
    """types.IsDirectIface: is t stored directly in an interface word?"""
    u = under(t)
    if isinstance(u, (T.Pointer, T.Chan, T.Map, T.Signature)) or u is T.UNSAFE_POINTER:
        return True
    if isinstance(u, T.Array):
        return u.length == 1 and is_direct_iface(u.elem)
    if isinstance(u, T.Struct):
        return len(u.fields) == 1 and is_direct_iface(u.fields[0].type)
    return False


def size_of(t):
    try:
        return T.go_size(t)
    except Exception:       # noqa: BLE001 -- a type govm cannot size: assume small
        return 8


def is_ptr(t):
    return isinstance(under(t), T.Pointer)


def identical(a, b):
    return a is b or T.identical(a, b)


def is_bytes_or_runes(t, elem_kinds):
    u = under(t)
    return isinstance(u, T.Slice) and under(u.elem) in elem_kinds


# ====================================================================== printing types

def type_str(t):
    """A type as gc 1.19 prints it in -m diagnostics (local package
    types unqualified)."""
    if t is None:
        return "<nil>"
    if isinstance(t, T.Named):
        return t.name
    if isinstance(t, T.Basic):
        return t.kind
    if isinstance(t, T.Pointer):
        return "*" + type_str(t.elem)
    if isinstance(t, T.Slice):
        return "[]" + type_str(t.elem)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + type_str(t.elem)
    if isinstance(t, T.Map):
        return f"map[{type_str(t.key)}]{type_str(t.elem)}"
    if isinstance(t, T.Chan):
        e = type_str(t.elem)
        if t.dir == "recv":
            return "<-chan " + e
        if t.dir == "send":
            return "chan<- " + e
        if isinstance(t.elem, T.Chan) and t.elem.dir == "recv":
            return f"chan ({e})"
        return "chan " + e
    if isinstance(t, T.Signature):
        return "func" + _sig_str(t)
    if isinstance(t, T.Interface):
        if not t.methods:
            return "interface {}"
        return "interface { " + "; ".join(m.name + _sig_str(m.type) for m in t.methods) + " }"
    if isinstance(t, T.Struct):
        if not t.fields:
            return "struct {}"
        parts = []
        for f in t.fields:
            parts.append(type_str(f.type) if f.embedded else f"{f.name} {type_str(f.type)}")
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, T.Tuple):
        return "(" + ", ".join(type_str(x) for x in t.types) + ")"
    return str(t)


def _sig_str(sig):
    ps = []
    for i, p in enumerate(sig.params):
        if sig.variadic and i == len(sig.params) - 1:
            ps.append("..." + type_str(under(p.type).elem))
        else:
            ps.append(type_str(p.type))
    s = "(" + ", ".join(ps) + ")"
    if len(sig.results) == 1 and not _named(sig.results[0]):
        s += " " + type_str(sig.results[0].type)
    elif sig.results:
        s += " (" + ", ".join(type_str(r.type) for r in sig.results) + ")"
    return s


def _named(v):
    return bool(v.name) and not v.name.startswith("~")


def type_expr_str(e, t=None):
    """A type as gc prints it, from its syntax when there is one (so that
    byte, rune and any keep their spelling)."""
    if e is None:
        return type_str(t)
    e0 = e
    while isinstance(e, A.ParenExpr):
        e = e.x
    if isinstance(e, A.Ident):
        o = getattr(e, "obj", None)
        tt = getattr(o, "type", None)
        if isinstance(o, T.TypeName) and o.pos is not None and o.pos != A.NOPOS and \
                not (isinstance(tt, T.Named) and tt.name == e.name):
            return type_str(tt)      # a declared alias: gc prints the aliased type
        return e.name
    if isinstance(e, A.SelectorExpr):
        return f"{_raw_x(e.x)}.{e.sel.name}"
    if isinstance(e, A.StarExpr):
        return "*" + type_expr_str(e.x, _elem(t))
    if isinstance(e, A.ArrayType):
        elt = type_expr_str(e.elt, _elem(t))
        if e.len is None:
            return "[]" + elt
        n = under(t).length if isinstance(under(t), T.Array) else (
            getattr(e.len, "value", None) if not isinstance(e.len, A.Ellipsis) else None)
        return f"[{n}]{elt}"
    if isinstance(e, A.MapType):
        u = under(t)
        return (f"map[{type_expr_str(e.key, u.key if isinstance(u, T.Map) else None)}]"
                f"{type_expr_str(e.val, u.elem if isinstance(u, T.Map) else None)}")
    if isinstance(e, A.ChanType):
        v = type_expr_str(e.val, _elem(t))
        if e.dir == "recv":
            return "<-chan " + v
        if e.dir == "send":
            return "chan<- " + v
        inner = e.val
        while isinstance(inner, A.ParenExpr):
            inner = inner.x
        if isinstance(inner, A.ChanType) and inner.dir == "recv":
            return f"chan ({v})"
        return "chan " + v
    if t is not None:
        return type_str(t)
    return type_str(getattr(e0, "type", None))


def _elem(t):
    u = under(t)
    if isinstance(u, (T.Pointer, T.Slice, T.Array, T.Chan)):
        return u.elem
    return None


def _raw_x(e):
    return e.name if isinstance(e, A.Ident) else "?"


# ====================================================================== positions

class GcPos:
    """gc's positions of AST nodes, recovered from the source tokens."""

    def __init__(self, src):
        if isinstance(src, str):
            src = src.encode("utf-8")
        self.starts = []          # (line, col) of each token, in order
        self.text = []            # token text (single punctuation chars are single tokens)
        self.index = {}           # (line, col) -> token index
        self._tokenize(src)

    def _tokenize(self, b):
        i, n = 0, len(b)
        line, lstart = 1, 0
        starts, text = self.starts, self.text
        while i < n:
            c = b[i]
            if c == 10:
                line += 1
                lstart = i + 1
                i += 1
                continue
            if c in (32, 9, 13):
                i += 1
                continue
            col = i - lstart + 1
            if c == 47 and i + 1 < n and b[i + 1] == 47:          # // comment
                while i < n and b[i] != 10:
                    i += 1
                continue
            if c == 47 and i + 1 < n and b[i + 1] == 42:          # /* comment */
                j = b.find(b"*/", i + 2)
                j = n if j < 0 else j + 2
                chunk = b[i:j]
                nl = chunk.count(b"\n")
                if nl:
                    line += nl
                    lstart = i + chunk.rfind(b"\n") + 1
                i = j
                continue
            start = (line, col)
            if c in (34, 39):                                      # "..." '...'
                j = i + 1
                while j < n and b[j] != c and b[j] != 10:
                    j += 2 if b[j] == 92 else 1
                j = min(j + 1, n)
                tok = b[i:j]
            elif c == 96:                                          # `raw`
                j = b.find(b"`", i + 1)
                j = n if j < 0 else j + 1
                tok = b[i:j]
                nl = tok.count(b"\n")
                if nl:
                    line += nl
                    lstart = i + tok.rfind(b"\n") + 1
            elif c == 95 or 65 <= c <= 90 or 97 <= c <= 122 or c >= 128 or 48 <= c <= 57 or \
                    (c == 46 and i + 1 < n and 48 <= b[i + 1] <= 57):
                j = i + 1
                num = 48 <= c <= 57 or c == 46
                while j < n:
                    d = b[j]
                    if d == 95 or 65 <= d <= 90 or 97 <= d <= 122 or d >= 128 or 48 <= d <= 57 or \
                            (num and (d == 46 or (d in (43, 45) and b[j - 1] in b"eEpP"))):
                        j += 1
                    else:
                        break
                tok = b[i:j]
            else:
                j = i + 1
                tok = b[i:j]
            self.index[start] = len(starts)
            starts.append(start)
            text.append(tok.decode("utf-8", "replace"))
            i = j

    def prev(self, pos, skip=1):
        """Position of the token `skip` tokens before the one at pos."""
        k = self.index.get((pos.line, pos.col))
        if k is None or k - skip < 0:
            return None
        l, c = self.starts[k - skip]
        return A.Pos(l, c)

    def prev_is(self, pos, ch):
        k = self.index.get((pos.line, pos.col))
        if k is None or k == 0:
            return None
        if self.text[k - 1] != ch:
            return None
        l, c = self.starts[k - 1]
        return A.Pos(l, c)

    def find_after(self, pos, pred, stop_depth_zero=True):
        """First token at or after pos at bracket depth 0 for which pred(text, next_text) holds."""
        k = self.index.get((pos.line, pos.col))
        if k is None:
            return None
        depth = 0
        for j in range(k, len(self.text)):
            t = self.text[j]
            if depth == 0 and pred(t, self.text[j + 1] if j + 1 < len(self.text) else ""):
                l, c = self.starts[j]
                return A.Pos(l, c)
            if t in "([{":
                depth += 1
            elif t in ")]}":
                depth -= 1
                if depth < 0:
                    return None
        return None

    def of(self, e):
        """gc's position of expression e."""
        if isinstance(e, A.BinaryExpr):
            return e.oppos if e.oppos != A.NOPOS else e.pos
        if isinstance(e, A.CallExpr):
            p = None
            if e.args:
                p = self.prev_is(e.args[0].pos, "(")
            elif e.rparen != A.NOPOS:
                p = self.prev_is(e.rparen, "(")
            return p or e.pos
        if isinstance(e, A.SelectorExpr):
            return self.prev_is(e.sel.pos, ".") or e.pos
        if isinstance(e, A.IndexExpr):
            return self.prev_is(e.index.pos, "[") or e.pos
        if isinstance(e, A.SliceExpr):
            if e.low is not None:
                p = self.prev_is(e.low.pos, "[")
            else:
                p = self.find_after(e.pos, lambda t, nx: t == "[" and nx == ":")
            return p or e.pos
        if isinstance(e, A.TypeAssertExpr):
            if e.typ is not None:
                lp = self.prev_is(e.typ.pos, "(")
                if lp is not None:
                    return self.prev_is(lp, ".") or e.pos
            return e.pos
        if isinstance(e, A.CompositeLit):
            p = None
            if e.elts:
                p = self.prev_is(e.elts[0].pos, "{")
            elif e.rbrace != A.NOPOS:
                p = self.prev_is(e.rbrace, "{")
            return p or e.pos
        if isinstance(e, A.KeyValueExpr):
            return self.prev_is(e.val.pos, ":") or e.pos
        return e.pos

    def colon_after(self, pos):
        return self.find_after(pos, lambda t, nx: t == ":") or pos


# ====================================================================== syntax printing

_UNARY_PREC = 7
_BIN_PREC = {"||": 1, "&&": 2, "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
             "+": 5, "-": 5, "|": 5, "^": 5, "*": 6, "/": 6, "%": 6, "<<": 6, ">>": 6,
             "&": 6, "&^": 6}


def syntax_str(e):
    """syntax.String(e): the source-like spelling gc keeps for constants."""
    if e is None:
        return ""
    if isinstance(e, A.Ident):
        return e.name
    if isinstance(e, A.BasicLit):
        return e.raw
    if isinstance(e, A.ParenExpr):
        return "(" + syntax_str(e.x) + ")"
    if isinstance(e, A.SelectorExpr):
        return syntax_str(e.x) + "." + e.sel.name
    if isinstance(e, A.IndexExpr):
        return syntax_str(e.x) + "[" + syntax_str(e.index) + "]"
    if isinstance(e, A.SliceExpr):
        s = syntax_str(e.x) + "[" + syntax_str(e.low) + ":" + syntax_str(e.high)
        if e.slice3:
            s += ":" + syntax_str(e.max)
        return s + "]"
    if isinstance(e, A.CallExpr):
        s = syntax_str(e.fun) + "(" + ", ".join(syntax_str(a) for a in e.args)
        if e.ellipsis:
            s += "..."
        return s + ")"
    if isinstance(e, A.StarExpr):
        return "*" + syntax_str(e.x)
    if isinstance(e, A.UnaryExpr):
        return e.op + syntax_str(e.x)
    if isinstance(e, A.BinaryExpr):
        return syntax_str(e.x) + " " + e.op + " " + syntax_str(e.y)
    if isinstance(e, A.TypeAssertExpr):
        return syntax_str(e.x) + ".(" + syntax_str(e.typ) + ")"
    if isinstance(e, A.ArrayType):
        return "[" + ("" if e.len is None else syntax_str(e.len)) + "]" + syntax_str(e.elt)
    if isinstance(e, A.Ellipsis):
        return "..." + syntax_str(e.elt) if e.elt is not None else "..."
    if isinstance(e, A.MapType):
        return "map[" + syntax_str(e.key) + "]" + syntax_str(e.val)
    if isinstance(e, A.ChanType):
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[e.dir] + syntax_str(e.val)
    if isinstance(e, A.CompositeLit):
        return syntax_str(e.typ) + "{…}"
    if isinstance(e, A.FuncLit):
        return "func(…) {…}"
    return type_str(getattr(e, "type", None))


def _const_op_prec(e):
    """Precedence of the op irgen gives a constant's RawOrigExpr."""
    if isinstance(e, A.BinaryExpr):
        return _BIN_PREC.get(e.op, 8)
    if isinstance(e, (A.UnaryExpr, A.StarExpr)):
        return _UNARY_PREC
    return 8


# ====================================================================== IR

_SKIP_ATTRS = frozenset(("init", "src", "ast", "fn", "method", "var", "field", "texpr", "ddd_of",
                         "recv_expr"))


class Node:
    """An IR node (expression or statement)."""

    def __init__(self, op, pos, type=None, **kw):
        self.op = op
        self.pos = pos
        self.type = type
        self.init = []
        self.implicit = False
        self.ast = None
        self.x = None
        self.y = None
        self.list = None
        self.__dict__.update(kw)

    def children(self):
        """Sub-nodes (statements and expressions), closures' bodies excluded."""
        for k, v in self.__dict__.items():
            if k in _SKIP_ATTRS:
                continue
            if isinstance(v, Node):
                yield v
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, Node):
                        yield x

    def __repr__(self):
        return f"<{self.op} {self.pos}>"


class Fn:
    """A function being analysed: a declared function or method, a closure,
    a go/defer wrapper, the package initialiser, or an external function
    known only by its parameter tags."""

    def __init__(self, name, decl=None, sig=None, outer=None):
        self.name = name
        self.decl = decl                 # ast.FuncDecl / ast.FuncLit / None
        self.sig = sig
        self.outer = outer               # enclosing Fn of a closure
        self.recv = None                 # receiver Var
        self.params = []                 # Vars (receiver excluded)
        self.results = []                # Vars (~rN for unnamed)
        self.dcl = []                    # every local Var (params/results included)
        self.dcl_set = set()
        self.body = None                 # list of IR statements; None: no body
        self.closure_vars = []           # captured Vars of a closure (canonical)
        self.closure_set = set()
        self.is_closure = False
        self.is_init = False
        self.wrapper = False             # go/defer wrapper: no diagnostics
        self.closure_called = False
        self.esc = 0                     # ESC_UNKNOWN ... ESC_TAGGED
        self.tags = {}                   # param Var -> Leaks (after tagging)
        self.ext_tags = None             # external functions: list of Leaks per param
        self.lit = None                  # the FuncLit of a closure
        self.closure_node = None
        self.nclosures = 0
        self.ndcl = 0                    # len(gc's fn.Dcl): names the next .autotmp_N

    def add_dcl(self, v):
        if v not in self.dcl_set:
            self.dcl_set.add(v)
            self.dcl.append(v)

    def __repr__(self):
        return f"<fn {self.name}>"


ESC_UNKNOWN, ESC_PLANNED, ESC_STARTED, ESC_TAGGED = 0, 1, 2, 3


class Temp(T.Var):
    """A compiler temporary (gc's .autotmp_N)."""


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e


def _trivially_dead(st):
    if st.init:
        return False
    if st.op == "IF":
        return st.x.op == "LITERAL" and isinstance(st.x.value, bool) and not st.body and not st.els
    if st.op == "FOR":
        return st.x is not None and st.x.op == "LITERAL" and st.x.value is False
    return False


def _is_panic(e):
    e = _unparen(e)
    return isinstance(e, A.CallExpr) and e.kind == "builtin" and \
        isinstance(_unparen(e.fun), A.Ident) and _unparen(e.fun).name == "panic"


def _is_lib_call(e):
    return isinstance(e, A.CallExpr) and e.kind == "builtin" and \
        "." in (getattr(getattr(_unparen(e.fun), "obj", None), "name", "") or "")


# ====================================================================== lowering

class Lowerer:
    """Lower a checked file to gc-shaped IR: one ``Fn`` per function,
    closures included, plus the package initialiser."""

    def __init__(self, file, info, src):
        self.file = file
        self.info = info
        self.gp = GcPos(src)
        self.fns = {}                    # T.Func -> Fn
        self.all = []                    # top-level Fns in source order
        self.ext = {}                    # library function name -> Fn
        self.cur = None
        self.devirt_msgs = []            # (pos, msg)
        self.iface_calls = []            # CALLINTER nodes, devirtualised after lowering

    # ------------------------------------------------------------ functions

    def run(self):
        for f in self.info.funcs:
            fn = Fn(self.func_name(f), f.decl, f.type)
            fn.func = f
            self.fns[f] = fn
        for f in self.info.funcs:
            fn = self.fns[f]
            self.all.append(fn)
            self.setup_sig(fn, f.type)
            if f.decl is not None and f.decl.body is not None:
                self.lower_body(fn, f.decl.body)
        init = self.package_init()
        if init is not None:
            self.all.append(init)
        # devirtualize.Func runs after typechecking: every assignment is known
        mark_reassigned(self.all)
        for call in self.iface_calls:
            self.devirtualize(call)
        return self.all

    def func_name(self, f):
        if f is None:
            return "?"
        r = f.recv_type
        if r is None:
            return f.name
        if isinstance(r, T.Pointer):
            return f"(*{type_str(r.elem)}).{f.name}"
        return f"{type_str(r)}.{f.name}"

    def setup_sig(self, fn, sig):
        fn.sig = sig
        if not isinstance(sig, T.Signature):
            return
        fn.recv = sig.recv
        fn.params = list(sig.params)
        fn.results = list(sig.results)
        for i, r in enumerate(fn.results):
            if r.name == "_":
                r._gcname = f"~b{i}"
        for v in ([sig.recv] if sig.recv is not None else []) + fn.params + fn.results:
            fn.add_dcl(v)
        # gc declares named parameters and every result (~rN, ~bN)
        fn.ndcl = sum(1 for v in ([sig.recv] if sig.recv is not None else []) + fn.params
                      if v.name and v.name != "_") + len(fn.results)

    def lower_body(self, fn, body):
        saved = self.cur
        self.cur = fn
        try:
            fn.body = self.block(body.stmts)
        finally:
            self.cur = saved
        # deadcode.Func: a body of nothing but constant-false loops and
        # emptied constant ifs becomes empty
        if fn.body and all(_trivially_dead(st) for st in fn.body):
            fn.body = []

    def package_init(self):
        """Package-level variable initialisers, in initialisation order, as
        the body of gc's generated ``init`` function."""
        order = getattr(self.info, "init_order", None) or []
        fn = Fn("init")
        fn.body = []
        fn.is_init = True
        self.cur = fn
        try:
            for lhs, rhs in order:
                if rhs is None:
                    continue
                st = self.global_init(lhs, rhs)
                if st is not None:
                    fn.body.append(st)
        finally:
            self.cur = None
        if not fn.body:
            return None
        return fn

    def global_init(self, lhs, rhs):
        pos = rhs.pos
        if len(lhs) == 1:
            v = lhs[0]
            dst = self.var_node(v, v.pos)
            src = self.expr(rhs)
            src = self.assign_conv(src, v.type, self.lastpos([rhs]) or pos)
            if v.name == "_" and not any_side_effects(src):
                return None         # staticinit discards it
            static_assign(src)
            return Node("AS", pos, x=dst, y=src)
        dsts = [self.var_node(v, v.pos) for v in lhs]
        call = self.expr(rhs)
        return self.multi_assign(dsts, rhs, call, pos)

    # ------------------------------------------------------------ helpers

    def pos(self, e):
        return self.gp.of(_unparen(e)) if e is not None else A.NOPOS

    def var_node(self, v, pos):
        if v is None or v.name == "_":
            return Node("BLANK", pos, v.type if v is not None else None)
        cls = {"global": "extern", "param": "param", "result": "result"}.get(v.kind, "auto")
        n = Node("NAME", pos, v.type, var=v, cls=cls)
        cur = self.cur
        if cur is not None and cur.is_closure and v in cur.closure_set:
            n.closurevar = True      # a closure's own copy of a captured variable
        return n

    def new_temp(self, t, pos):
        """typecheck.TempAt: a temporary named after the length of the Dcl."""
        fn = self.cur
        v = Temp(f".autotmp_{fn.ndcl}", t, pos, kind="local")
        fn.ndcl += 1
        fn.add_dcl(v)
        return v

    def declare(self, v):
        """irgen's declaration of local v: it joins the function's Dcl."""
        if v is not None and v.name != "_" and v not in self.cur.dcl_set:
            self.cur.add_dcl(v)
            self.cur.ndcl += 1

    def mkdcl(self, v, pos, npos=None):
        """An ODCL of local v (declared already, or now)."""
        self.declare(v)
        return Node("DCL", pos, x=self.var_node(v, npos or pos))

    def lastpos(self, exprs):
        """base.Pos after irgen has translated exprs (the position of the
        last non-constant expression it visited)."""
        p = None
        for e in exprs:
            q = self._lastpos(e)
            if q is not None:
                p = q
        return p

    def _lastpos(self, e):
        e = _unparen(e)
        if e is None or getattr(e, "value", None) is not None:
            return None
        if isinstance(e, (A.ArrayType, A.MapType, A.ChanType, A.FuncType, A.StructType,
                          A.InterfaceType, A.Ellipsis)):
            return None
        if isinstance(e, A.Ident):
            if e.name == "_" or isinstance(e.obj, T.TypeName):
                return None
            return e.pos
        p = self.pos(e)
        kids = []
        if isinstance(e, A.SelectorExpr):
            if getattr(e, "kind", None) == "pkg":
                return p
            kids = [e.x]
        elif isinstance(e, A.IndexExpr):
            kids = [e.x, e.index]
        elif isinstance(e, A.SliceExpr):
            kids = [e.x, e.low, e.high, e.max]
        elif isinstance(e, A.CallExpr):
            if e.kind in ("call", "method") or _is_lib_call(e):
                # transformCall leaves base.Pos at the call
                return p
            kids = ([e.fun] if e.kind != "conversion" else []) + list(e.args)
        elif isinstance(e, A.CompositeLit):
            for el in e.elts:
                if isinstance(el, A.KeyValueExpr):
                    kids += [el.val] if isinstance(under(e.type), T.Struct) else [el.key, el.val]
                else:
                    kids.append(el)
        elif isinstance(e, A.BinaryExpr):
            kids = [e.x, e.y]
        elif isinstance(e, (A.UnaryExpr, A.StarExpr, A.TypeAssertExpr)):
            kids = [e.x]
        elif isinstance(e, A.FuncLit):
            return p
        for k in kids:
            q = self._lastpos(k) if k is not None else None
            if q is not None:
                p = q
        return p

    # ------------------------------------------------------------ conversions

    def assign_conv(self, n, t, pos):
        """assignconvfn: an implicit conversion of n to type t."""
        if n is None or t is None or n.op == "BLANK":
            return n
        if is_interface(t) and n.type is not None and not is_interface(n.type) and \
                not is_untyped(n.type) and n.op != "NIL" and not isinstance(n.type, T.Tuple):
            c = Node("CONVIFACE", pos, t, x=n)
            c.implicit = True
            c.ast = getattr(n, "src", None)
            return c
        return n

    # ------------------------------------------------------------ statements

    def block(self, stmts):
        out = []
        last_label = -1
        for i, s in enumerate(stmts):
            if isinstance(s, A.LabeledStmt):
                last_label = i
        cut = False
        for i, s in enumerate(stmts):
            if cut:
                self.stmt(s, [])        # deleted by deadcode, but irgen saw it
            elif self.stmt(s, out, i > last_label):
                cut = True
        return out

    def stmt(self, s, out, may_cut=False):
        """Append s's IR to out; True when deadcode cuts the rest of the block."""
        m = getattr(self, "stmt_" + type(s).__name__)
        return m(s, out, may_cut)

    def stmt_EmptyStmt(self, s, out, may_cut):
        return False

    stmt_BadStmt = stmt_EmptyStmt

    def stmt_Block(self, s, out, may_cut):
        out.append(Node("BLOCK", s.pos, list=self.block(s.stmts)))
        return False

    def stmt_LabeledStmt(self, s, out, may_cut):
        out.append(Node("LABEL", s.pos, label=s.label.name))
        return self.stmt(s.stmt, out, may_cut)

    def stmt_BranchStmt(self, s, out, may_cut):
        op = {"goto": "GOTO", "break": "BREAK", "continue": "CONTINUE", "fallthrough": "FALL"}[s.tok]
        out.append(Node(op, s.pos, label=s.label.name if s.label is not None else None))
        return False

    def stmt_ExprStmt(self, s, out, may_cut):
        out.append(self.expr(_unparen(s.x)))
        return False

    def stmt_SendStmt(self, s, out, may_cut):
        ch = self.expr(s.chan)
        v = self.expr(s.val)
        elem = under(s.chan.type).elem
        v = self.assign_conv(v, elem, self.lastpos([s.chan, s.val]) or s.pos)
        out.append(Node("SEND", s.pos, x=ch, y=v))
        return False

    def stmt_IncDecStmt(self, s, out, may_cut):
        x = self.expr(s.x)
        one = Node("LITERAL", s.pos, s.x.type, value=1, orig="1", prec=8)
        out.append(Node("ASOP", s.pos, x=x, y=one, asop="+" if s.op == "++" else "-", incdec=True))
        return False

    def stmt_GoStmt(self, s, out, may_cut):
        out.append(Node("GO", s.pos, call=self.expr(_unparen(s.call))))
        return False

    def stmt_DeferStmt(self, s, out, may_cut):
        out.append(Node("DEFER", s.pos, call=self.expr(_unparen(s.call))))
        return False

    def stmt_DeclStmt(self, s, out, may_cut):
        d = s.decl
        if d.tok == "var":
            for spec in d.specs:
                self.var_spec(spec, out)
        return False

    def var_spec(self, spec, out):
        names = spec.names
        vs = [n.obj for n in names]
        pos = names[0].pos if names else spec.pos
        for v in vs:
            self.declare(v)
        if spec.values and len(spec.values) != len(names):
            # var a, b = f()
            rhs = self.expr(spec.values[0])
            lhs = [self.var_node(v, n.pos) for v, n in zip(vs, names)]
            for v, n in zip(vs, names):
                if v is not None and v.name != "_":
                    out.append(self.mkdcl(v, pos, n.pos))
            st = self.multi_assign(lhs, spec.values[0], rhs, pos, self.lastpos(spec.values))
            for v in vs:
                if v is not None and v.name != "_":
                    v._defn = st
            out.append(st)
            return
        values = [self.expr(v) for v in spec.values]
        cpos = self.lastpos(spec.values) or pos
        for i, (v, n) in enumerate(zip(vs, names)):
            blank = v is None or v.name == "_"
            if not blank:
                out.append(self.mkdcl(v, pos, n.pos))
            y = values[i] if values else None
            if y is not None:
                y = self.assign_conv(y, v.type if v is not None else None, cpos)
            st = Node("AS", pos, x=self.var_node(v, n.pos), y=y)
            if not blank and y is not None:
                v._defn = st
            out.append(st)

    def stmt_AssignStmt(self, s, out, may_cut):
        pos = s.oppos if s.oppos != A.NOPOS else s.pos
        if s.op not in ("=", ":="):
            y = self.expr(s.rhs[0])
            x = self.expr(s.lhs[0])
            out.append(Node("ASOP", pos, x=x, y=y, asop=s.op[:-1]))
            return False
        define = s.op == ":="
        rhs_ast = s.rhs
        news = []
        if define:
            for n in s.lhs:
                v = getattr(n, "obj", None)
                if isinstance(n, A.Ident) and n.name != "_" and isinstance(v, T.Var) and v.pos == n.pos:
                    news.append((n, v))
        if len(s.lhs) != len(rhs_ast):
            rhs = self.expr(rhs_ast[0])
            init = [self.mkdcl(v, n.pos) for n, v in news]
            lhs = [self.lhs_expr(n) for n in s.lhs]
            cpos = self.lastpos([rhs_ast[0]] + ([] if define else list(s.lhs)))
            st = self.multi_assign(lhs, rhs_ast[0], rhs, pos, cpos)
            st.init = init + st.init
            st.define = define
            for _, v in news:
                v._defn = st
            out.append(st)
            return False
        rhs = [self.expr(r) for r in rhs_ast]
        init = [self.mkdcl(v, n.pos) for n, v in news]
        lhs = [self.lhs_expr(n) for n in s.lhs]
        if define:
            cpos = self.lastpos(rhs_ast)
        else:
            cpos = self.lastpos(list(rhs_ast) + list(s.lhs))
        cpos = cpos or pos
        rhs = [self.assign_conv(r, l.type if l.op != "BLANK" else None, cpos) for l, r in zip(lhs, rhs)]
        if len(lhs) == 1:
            st = Node("AS", pos, x=lhs[0], y=rhs[0], define=define)
        else:
            st = Node("AS2", pos, lhs=lhs, rhs=rhs, define=define)
        st.init = init
        for _, v in news:
            v._defn = st
        out.append(st)
        return False

    def lhs_expr(self, n):
        n = _unparen(n)
        if isinstance(n, A.Ident):
            if n.name == "_":
                return Node("BLANK", n.pos, None)
            if isinstance(n.obj, T.Var):
                return self.var_node(n.obj, n.pos)
        return self.expr(n)

    def multi_op(self, rhs_ast):
        r = _unparen(rhs_ast)
        if isinstance(r, A.IndexExpr) and isinstance(under(r.x.type), T.Map):
            return "AS2MAPR"
        if isinstance(r, A.TypeAssertExpr):
            return "AS2DOTTYPE"
        if isinstance(r, A.UnaryExpr) and r.op == "<-":
            return "AS2RECV"
        return "AS2FUNC"

    def multi_assign(self, lhs, rhs_ast, rhs, pos, cpos=None):
        op = self.multi_op(rhs_ast)
        if op == "AS2FUNC":
            rts = self.result_types(rhs)
            need = any(l.op != "BLANK" and l.type is not None and i < len(rts) and
                       not identical(l.type, rts[i]) for i, l in enumerate(lhs))
            if need:
                # typecheck.RewriteMultiValueCall: temporaries, then an OAS2 with conversions
                tmps = [self.new_temp(t, pos) for t in rts]
                as1 = Node("AS2FUNC", pos, lhs=[self.var_node(t, pos) for t in tmps], rhs=[rhs])
                as1.init = [self.mkdcl(t, pos) for t in tmps]
                rl = [self.assign_conv(self.var_node(t, pos), l.type if l.op != "BLANK" else None, cpos or pos)
                      for t, l in zip(tmps, lhs)]
                st = Node("AS2", pos, lhs=lhs, rhs=rl)
                st.init = [as1]
                return st
        elif rhs.op == "DOTTYPE":
            rhs.op = "DOTTYPE2"
        return Node(op, pos, lhs=lhs, rhs=[rhs])

    def result_types(self, call):
        t = call.type
        if isinstance(t, T.Tuple):
            return list(t.types)
        return [t] if t is not None else []

    def stmt_ReturnStmt(self, s, out, may_cut):
        fn = self.cur
        results = fn.results
        if len(s.results) == 1 and len(results) > 1:
            call = self.expr(s.results[0])
            tmps = [self.new_temp(t, s.pos) for t in self.result_types(call)]
            as1 = Node("AS2FUNC", s.pos, lhs=[self.var_node(t, s.pos) for t in tmps], rhs=[call])
            as1.init = [self.mkdcl(t, s.pos) for t in tmps]
            cpos = self.lastpos(s.results) or s.pos
            vals = [self.assign_conv(self.var_node(t, s.pos), r.type, cpos) for t, r in zip(tmps, results)]
            st = Node("RETURN", s.pos, list=vals)
            st.init = [as1]
            out.append(st)
            return False
        vals = [self.expr(r) for r in s.results]
        # typecheckaste: base.Pos (the last expression translated) moves to
        # each result that is not a name
        bpos = self.lastpos(s.results) or s.pos
        out_vals = []
        for v, r in zip(vals, results):
            if v.op not in ("NAME", "FUNCNAME"):
                bpos = v.pos
            out_vals.append(self.assign_conv(v, r.type, bpos))
        out.append(Node("RETURN", s.pos, list=out_vals))
        return False

    def stmt_IfStmt(self, s, out, may_cut):
        init = []
        if s.init is not None:
            self.stmt(s.init, init)
        cond = self.cond_expr(s.cond)
        n = Node("IF", s.pos, x=cond)
        n.init = init
        cv = cond.value if cond.op == "LITERAL" else None
        cut = False
        body = self.block(s.body.stmts)
        els = self.else_(s.els)
        if isinstance(cv, bool):
            # deadcode: drop the dead branch; a live branch ending in
            # return/panic ends the block
            if cv:
                els, live = [], s.body.stmts
            else:
                body = []
                live = [] if s.els is None else ([s.els] if isinstance(s.els, A.IfStmt) else s.els.stmts)
            if live and may_cut:
                last = live[-1]
                if isinstance(last, A.ReturnStmt) or (isinstance(last, A.ExprStmt) and _is_panic(last.x)):
                    cut = True
        n.body = body
        n.els = els
        out.append(n)
        return cut

    def else_(self, e):
        if e is None:
            return []
        if isinstance(e, A.Block):
            return self.block(e.stmts)
        out = []
        self.stmt(e, out)
        return out

    def cond_expr(self, e):
        """deadcode.expr: fold && / || with constant operands."""
        e0 = _unparen(e)
        if isinstance(e0, A.BinaryExpr) and e0.op in ("&&", "||") and e0.value is None:
            x = self.cond_expr(e0.x)
            y = self.cond_expr(e0.y)
            if x.op == "LITERAL" and isinstance(x.value, bool):
                if e0.op == "&&":
                    return y if x.value else x
                return x if x.value else y
            return Node("ANDAND" if e0.op == "&&" else "OROR", self.pos(e0), e0.type, x=x, y=y, sym=e0.op)
        return self.expr(e)

    def stmt_ForStmt(self, s, out, may_cut):
        init = []
        if s.init is not None:
            self.stmt(s.init, init)
        cond = self.cond_expr(s.cond) if s.cond is not None else None
        post = []
        if s.post is not None:
            self.stmt(s.post, post)
        n = Node("FOR", s.pos, x=cond, post=post, body=self.block(s.body.stmts))
        n.init = init
        out.append(n)
        return False

    def stmt_RangeStmt(self, s, out, may_cut):
        define = s.tok == ":="
        init = []
        keys = []
        for e in (s.key, s.val):
            if e is None:
                keys.append(None)
                continue
            e0 = _unparen(e)
            if isinstance(e0, A.Ident) and e0.name == "_":
                keys.append(Node("BLANK", e0.pos))
                continue
            if define:
                init.append(self.mkdcl(e0.obj, e0.pos))
                keys.append(self.var_node(e0.obj, e0.pos))
            else:
                keys.append(self.expr(e0))
        x = self.expr(s.x)
        n = Node("RANGE", s.pos, x=x, key=keys[0], value=keys[1], body=self.block(s.body.stmts))
        n.init = init
        if define:
            for e in (s.key, s.val):
                e0 = _unparen(e) if e is not None else None
                if isinstance(e0, A.Ident) and isinstance(e0.obj, T.Var) and e0.name != "_":
                    e0.obj._defn = n
        out.append(n)
        return False

    def stmt_SwitchStmt(self, s, out, may_cut):
        init = []
        if s.init is not None:
            self.stmt(s.init, init)
        tag = self.expr(s.tag) if s.tag is not None else None
        cases = []
        for c in s.body:
            lst = [self.expr(e) for e in (c.list or [])]
            fall = bool(c.body) and isinstance(c.body[-1], A.BranchStmt) and c.body[-1].tok == "fallthrough"
            cases.append(Node("CASE", c.pos, list=lst, body=self.block(c.body), default=c.list is None,
                              fall=fall))
        cases = self.dead_switch(tag, cases)
        n = Node("SWITCH", s.pos, x=tag, cases=cases, guard=False)
        n.init = init
        out.append(n)
        return False

    def dead_switch(self, tag, cases):
        """deadcode for switches on constants."""
        if tag is not None:
            if tag.op != "LITERAL":
                return cases
            x = tag.value
        else:
            x = True
        default = None
        for cas in cases:
            if cas.default:
                default = cas
                continue
            for c in cas.list:
                if c.op != "LITERAL":
                    return cases
                if c.value == x and isinstance(c.value, bool) == isinstance(x, bool):
                    if cas.fall:
                        return cases
                    cas.list = [c]
                    return [cas]
        if default is not None:
            if default.fall:
                return cases
            return [default]
        return []

    def stmt_TypeSwitchStmt(self, s, out, may_cut):
        init = []
        if s.init is not None:
            self.stmt(s.init, init)
        a = s.assign
        if isinstance(a, A.AssignStmt):
            guard = _unparen(a.rhs[0])
            bound = True
        else:
            guard = _unparen(a.x)
            bound = False
        x = self.expr(guard.x)
        cases = []
        for c in s.body:
            v = getattr(c, "var", None) if bound else None
            cv = None
            if v is not None:
                cv = self.var_node(v, v.pos)
                self.declare(v)
                # irgen puts a case clause's variable at the clause's colon
                v._gcpos = self.gp.colon_after(c.pos)
            lst = []
            for e in (c.list or []):
                e0 = _unparen(e)
                if isinstance(e0, A.Ident) and isinstance(e0.obj, T.Nil):
                    lst.append(Node("NIL", e0.pos, None))
                else:
                    lst.append(Node("TYPE", self.pos(e0), getattr(e0, "type", None)))
            cases.append(Node("CASE", c.pos, list=lst, body=self.block(c.body), default=c.list is None,
                              var=cv))
        n = Node("SWITCH", s.pos, x=x, cases=cases, guard=True, bound=bound)
        n.init = init
        out.append(n)
        return False

    def stmt_SelectStmt(self, s, out, may_cut):
        cases = []
        for c in s.body:
            comm = []
            if c.comm is not None:
                cs = c.comm
                if isinstance(cs, A.AssignStmt):
                    tmp = []
                    self.stmt(cs, tmp)
                    st = tmp[-1]
                    if st.op == "AS":
                        # transformSelect drops the implicit conversion of x = <-c
                        y = st.y
                        if y is not None and y.op in ("CONVIFACE", "CONVNOP") and y.implicit:
                            y = y.x
                        st2 = Node("SELRECV2", st.pos, lhs=[st.x], rhs=[y])
                    else:
                        st2 = Node("SELRECV2", st.pos, lhs=st.lhs, rhs=st.rhs)
                    st2.init = st.init
                    st2.define = getattr(st, "define", False)
                    for v in [getattr(x, "var", None) for x in st2.lhs]:
                        if v is not None and getattr(v, "_defn", None) is st:
                            v._defn = st2
                    comm = tmp[:-1] + [st2]
                else:
                    self.stmt(cs, comm)
            cases.append(Node("CASE", c.pos, comm=comm, body=self.block(c.body)))
        out.append(Node("SELECT", s.pos, cases=cases))
        return False

    # ------------------------------------------------------------ expressions

    def expr(self, e):
        n = self._expr(e)
        n.src = e
        return n

    def _expr(self, e):
        e = _unparen(e)
        val = getattr(e, "value", None)
        if val is not None and not isinstance(e, A.FuncLit):
            return Node("LITERAL", self.pos(e), e.type, value=val, orig=syntax_str(e), prec=_const_op_prec(e))
        return getattr(self, "expr_" + type(e).__name__)(e)

    def expr_Ident(self, e):
        o = e.obj
        if e.name == "_":
            return Node("BLANK", e.pos, None)
        if isinstance(o, T.Var):
            return self.var_node(o, e.pos)
        if isinstance(o, T.Nil):
            return Node("NIL", e.pos, e.type)
        if isinstance(o, T.Func):
            return Node("FUNCNAME", e.pos, o.type, fn=self.fns.get(o), name=o.name)
        if isinstance(o, T.TypeName):
            return Node("TYPE", e.pos, o.type, texpr=e)
        if isinstance(o, T.Builtin):
            return Node("BUILTIN", e.pos, None, name=o.name)
        return Node("LITERAL", e.pos, e.type, value=getattr(o, "value", None), orig=e.name, prec=8)

    def expr_BasicLit(self, e):
        return Node("LITERAL", e.pos, e.type, value=e.lit, orig=e.raw, prec=8)

    def expr_FuncLit(self, e):
        outer = self.cur
        outer.nclosures += 1
        if outer.is_closure:
            name = f"{outer.name}.{outer.nclosures}"
        elif outer.is_init:
            name = f"glob..func{outer.nclosures}"
        else:
            name = f"{outer.name}.func{outer.nclosures}"
        fn = Fn(name, e, e.sig, outer=outer)
        fn.is_closure = True
        fn.lit = e
        self.setup_sig(fn, e.sig)
        fn.closure_vars = list(getattr(e, "captures", None) or [])
        fn.closure_set = set(fn.closure_vars)
        n = Node("CLOSURE", e.pos, e.sig, fn=fn)
        n.ast = e
        fn.closure_node = n
        self.lower_body(fn, e.body)
        return n

    def expr_CompositeLit(self, e, t=None, texpr=None):
        t = t if t is not None else e.type
        if texpr is None:
            texpr = e.typ
        u = under(t)
        pos = self.pos(e)
        if isinstance(u, T.Pointer):
            # the elided &T of [...]*T{{...}}
            inner = self.expr_CompositeLit(e, u.elem, texpr)
            inner.ast = None if inner.op != "SLICELIT" else inner.ast
            n = Node("PTRLIT", pos, t, x=inner)
            n.ast = e if inner.op != "SLICELIT" else None
            return n
        elts = []
        if isinstance(u, T.Struct):
            keyed = any(isinstance(el, A.KeyValueExpr) for el in e.elts)
            for i, el in enumerate(e.elts):
                if keyed:
                    fname = _unparen(el.key).name
                    fi = next((j for j, f in enumerate(u.fields) if f.name == fname), 0)
                    val = el.val
                else:
                    fi, val = i, el
                ft = u.fields[fi].type
                v = self.elem(val, ft, None, "field")
                elts.append(self.assign_conv(v, ft, self.pos(el)))
            op = "STRUCTLIT"
        elif isinstance(u, T.Map):
            for el in e.elts:
                k = self.elem(el.key, u.key, texpr, "key")
                v = self.elem(el.val, u.elem, texpr, "elem")
                k = self.assign_conv(k, u.key, self.pos(el))
                v = self.assign_conv(v, u.elem, self.pos(el))
                elts.append(Node("KEY", self.pos(el), None, x=k, y=v))
            op = "MAPLIT"
        else:
            for el in e.elts:
                val = el.val if isinstance(el, A.KeyValueExpr) else el
                v = self.elem(val, u.elem, texpr, "elem")
                elts.append(self.assign_conv(v, u.elem, self.pos(el)))
            op = "SLICELIT" if isinstance(u, T.Slice) else "ARRAYLIT"
        n = Node(op, pos, t, list=elts, texpr=texpr, nelts=len(e.elts))
        if op in ("SLICELIT", "MAPLIT"):
            n.ast = e
        return n

    def elem(self, val, t, texpr, which):
        v0 = _unparen(val)
        if isinstance(v0, A.CompositeLit) and v0.typ is None:
            sub = None
            if texpr is not None:
                tx = _unparen(texpr)
                if which == "elem" and isinstance(tx, A.ArrayType):
                    sub = tx.elt
                elif which == "elem" and isinstance(tx, A.MapType):
                    sub = tx.val
                elif which == "key" and isinstance(tx, A.MapType):
                    sub = tx.key
            if sub is not None and isinstance(_unparen(sub), A.StarExpr):
                sub = _unparen(sub).x
            n = self.expr_CompositeLit(v0, t, sub)
            n.src = val
            return n
        return self.expr(val)

    def expr_SelectorExpr(self, e):
        kind = getattr(e, "kind", None)
        if kind == "pkg":
            o = e.obj
            return Node("LIBFUNC", self.pos(e), getattr(o, "type", None), name=o.name if o else "?",
                        fn=self.ext_fn(o))
        if kind == "methodexpr":
            f = e.obj
            return Node("METHEXPR", self.pos(e), e.type, fn=self.fn_of(f), name=self.func_name(f))
        if kind == "method":
            recv, f, iface = self.method_recv(e)
            n = Node("METHVALUE", self.pos(e), e.type, x=recv, fn=None if iface else self.fn_of(f),
                     method=f, sel=e.sel.name, iface=iface)
            n.ast = e
            return n
        x = self.expr(e.x)
        return self.field_path(x, list(getattr(e, "path", None) or []), self.pos(e))

    def field_path(self, x, path, pos, implicit_last=False):
        """x.f through the embedded fields of path (all implicit but the last)."""
        for j, idx in enumerate(path):
            t = x.type
            op = "DOT"
            if is_ptr(t):
                op = "DOTPTR"
                t = under(t).elem
            f = under(t).fields[idx]
            n = Node(op, pos, f.type, x=x, sel=f.name, field=f)
            n.implicit = (j < len(path) - 1) or implicit_last
            x = n
        return x

    def method_recv(self, e):
        """The receiver argument of method selection e (FixMethodCall):
        (receiver IR, method Func, is-interface-method)."""
        x = self.expr(e.x)
        path = list(getattr(e, "path", None) or [])
        f = e.obj
        x = self.field_path(x, path[:-1], self.pos(e), implicit_last=True)
        if is_interface(x.type):
            return x, f, True
        recv = f.type.recv if f is not None and f.type is not None else None
        return self.adjust_recv(x, recv is not None and is_ptr(recv.type)), f, False

    def adjust_recv(self, x, want_ptr):
        if want_ptr and not is_ptr(x.type):
            a = Node("ADDR", x.pos, T.Pointer(x.type), x=x)
            a.implicit = True
            return a
        if not want_ptr and is_ptr(x.type):
            d = Node("DEREF", x.pos, under(x.type).elem, x=x)
            d.implicit = True
            return d
        return x

    def expr_IndexExpr(self, e):
        xt = under(e.x.type)
        x = self.expr(e.x)
        pos = self.pos(e)
        if isinstance(xt, T.Map):
            k = self.expr(e.index)
            k = self.assign_conv(k, xt.key, self.lastpos([e.x, e.index]) or pos)
            return Node("INDEXMAP", pos, e.type, x=x, index=k)
        if isinstance(xt, T.Pointer):
            d = Node("DEREF", pos, xt.elem, x=x)
            d.implicit = True
            x = d
        return Node("INDEX", pos, e.type, x=x, index=self.expr(e.index))

    def expr_SliceExpr(self, e):
        xt = under(e.x.type)
        x = self.expr(e.x)
        pos = self.pos(e)
        idx = [self.expr(i) if i is not None else None for i in (e.low, e.high, e.max)]
        if isinstance(xt, T.Basic):
            op = "SLICESTR"
        elif isinstance(xt, T.Array):
            a = Node("ADDR", pos, T.Pointer(e.x.type), x=x)
            a.implicit = True
            x = a
            op = "SLICEARR"
        elif isinstance(xt, T.Pointer):
            op = "SLICEARR"
        else:
            op = "SLICE"
        return Node(op, pos, e.type, x=x, low=idx[0], high=idx[1], max=idx[2], slice3=e.slice3)

    def expr_TypeAssertExpr(self, e):
        return Node("DOTTYPE", self.pos(e), e.type, x=self.expr(e.x), texpr=e.typ)

    def expr_StarExpr(self, e):
        return Node("DEREF", e.pos, e.type, x=self.expr(e.x))

    def expr_UnaryExpr(self, e):
        if e.op == "&":
            x = _unparen(e.x)
            if isinstance(x, A.CompositeLit):
                lit = self.expr_CompositeLit(x)
                n = Node("PTRLIT", e.pos, e.type, x=lit)
                n.ast = e
                if lit.op != "SLICELIT":
                    lit.ast = None
                return n
            return Node("ADDR", e.pos, e.type, x=self.expr(x))
        if e.op == "<-":
            return Node("RECV", e.pos, e.type, x=self.expr(e.x))
        op = {"+": "PLUS", "-": "NEG", "!": "NOT", "^": "BITNOT"}[e.op]
        return Node(op, e.pos, e.type, x=self.expr(e.x))

    def expr_BinaryExpr(self, e):
        pos = self.pos(e)
        if e.op in ("&&", "||"):
            return Node("ANDAND" if e.op == "&&" else "OROR", pos, e.type, x=self.expr(e.x), y=self.expr(e.y),
                        sym=e.op)
        x = self.expr(e.x)
        y = self.expr(e.y)
        if e.op == "+" and under(e.type) is T.STRING:
            # OADDSTR, flattened
            lst = (list(x.list) if x.op == "ADDSTR" else [x]) + (list(y.list) if y.op == "ADDSTR" else [y])
            n = Node("ADDSTR", pos, e.type, list=lst)
            n.ast = e
            return n
        return Node("BINARY", pos, e.type, x=x, y=y, sym=e.op)

    def expr_KeyValueExpr(self, e):
        return self.expr(e.val)

    def expr_ArrayType(self, e):
        return Node("TYPE", self.pos(e), e.type, texpr=e)

    expr_MapType = expr_ChanType = expr_FuncType = expr_StructType = expr_InterfaceType = expr_ArrayType

    def expr_CallExpr(self, e):
        kind = e.kind
        if kind == "conversion":
            return self.conversion(e)
        if kind == "builtin":
            return self.builtin(e)
        pos = self.pos(e)
        fun = _unparen(e.fun)
        if kind == "method" and isinstance(fun, A.SelectorExpr):
            recv, f, iface = self.method_recv(fun)
            sig = f.type if f is not None else None
            raw = self.translate_args(e)
            recv, init0 = self.nonname_call(recv, pos)
            args, ddd, init = self.finish_args(e, raw, sig, pos)
            init = init0 + init
            if iface:
                dot = Node("DOTINTER", self.pos(fun), sig, x=recv, sel=fun.sel.name, method=f)
                n = Node("CALLINTER", pos, e.type, x=dot, args=args, ddd=ddd, sig=sig)
                n.init = init
                n.ast = e
                self.iface_calls.append(n)
                return n
            fnode = Node("METHEXPR", self.pos(fun), sig, fn=self.fn_of(f), name=self.func_name(f))
            n = Node("CALLFUNC", pos, e.type, x=fnode, args=[recv] + args, ddd=ddd, sig=sig, method=True)
            n.init = init
            n.ast = e
            return n
        fx = self.expr(fun)
        ft = under(fun.type)
        sig = ft if isinstance(ft, T.Signature) else None
        raw = self.translate_args(e)
        fx, init0 = self.nonname_call(fx, pos)
        args, ddd, init = self.finish_args(e, raw, sig, pos)
        if fx.op == "METHEXPR":
            # T.M(recv, args): the method's receiver is the first argument
            n = Node("CALLFUNC", pos, e.type, x=fx, args=args, ddd=ddd, sig=fun.obj.type, method=True)
        else:
            n = Node("CALLFUNC", pos, e.type, x=fx, args=args, ddd=ddd, sig=sig)
        n.init = init0 + init
        n.ast = e
        return n

    def nonname_call(self, callee, pos):
        """typecheck.RewriteNonNameCall: a callee (or method receiver) that
        contains a call or receive is evaluated into a temporary first."""
        if not _any(callee, lambda n: n.op in _CALL_OR_CHAN):
            return callee, []
        tmp = self.new_temp(callee.type, pos)
        st = Node("AS", pos, x=self.var_node(tmp, pos), y=callee, define=True)
        tmp._defn = st
        return self.var_node(tmp, pos), [st]

    def translate_args(self, e):
        return [self.expr(a) for a in e.args]

    def call_args(self, e, sig, pos):
        return self.finish_args(e, self.translate_args(e), sig, pos)

    def finish_args(self, e, raw, sig, pos):
        """Arguments of a call with implicit conversions; a multi-valued
        argument goes through temporaries (RewriteMultiValueCall)."""
        init = []
        params = list(sig.params) if sig is not None else []
        variadic = bool(sig is not None and sig.variadic)
        if len(e.args) == 1 and isinstance(getattr(e.args[0], "type", None), T.Tuple):
            call = raw[0]
            tmps = [self.new_temp(t, pos) for t in call.type.types]
            as1 = Node("AS2FUNC", pos, lhs=[self.var_node(t, pos) for t in tmps], rhs=[call])
            as1.init = [self.mkdcl(t, pos) for t in tmps]
            init.append(as1)
            args = [self.var_node(t, pos) for t in tmps]
        else:
            args = raw
        # typecheckaste: conversions at base.Pos, which each non-name argument moves
        bpos = pos
        out = []
        for i, a in enumerate(args):
            if a.op not in ("NAME", "FUNCNAME"):
                bpos = a.pos
            if variadic and i >= len(params) - 1:
                pt = params[-1].type
                t = pt if e.ellipsis else under(pt).elem
            elif i < len(params):
                t = params[i].type
            else:
                t = None
            out.append(self.assign_conv(a, t, bpos))
        ddd = e.ellipsis
        if variadic and not e.ellipsis:
            # FixVariadicCall: the extra arguments become an implicit slice literal
            nfix = len(params) - 1
            extra = out[nfix:]
            st = params[-1].type
            if extra:
                lit = Node("SLICELIT", pos, st, list=extra, nelts=len(extra))
                lit.implicit = True
                lit.ddd_of = e
            else:
                lit = Node("NIL", pos, st)
            out = out[:nfix] + [lit]
            ddd = True
        return out, ddd, init

    def conversion(self, e):
        t = e.type
        pos = self.pos(e)
        x = self.expr(e.args[0])
        xt = e.args[0].type
        tu, xu = under(t), under(xt)
        named = isinstance(_unparen(e.fun), (A.Ident, A.SelectorExpr))
        kw = dict(x=x, texpr=e.fun, named=named)
        if isinstance(tu, T.Interface):
            n = Node("CONVIFACE", pos, t, **kw)
            n.ast = e
            return n
        if tu is T.STRING and isinstance(xu, T.Slice):
            op = "BYTES2STR" if under(xu.elem) is T.UINT8 else "RUNES2STR"
        elif tu is T.STRING and xu in T.INTEGERS:
            op = "RUNESTR"
        elif isinstance(tu, T.Slice) and xu is T.STRING:
            op = "STR2BYTES" if under(tu.elem) is T.UINT8 else "STR2RUNES"
            if op == "STR2RUNES" and x.op == "LITERAL" and isinstance(x.value, (bytes, str)):
                # typecheck's stringtoruneslit: []rune("...") is []rune{...}
                sv = x.value.decode("utf-8", "replace") if isinstance(x.value, bytes) else x.value
                elts = [Node("LITERAL", pos, tu.elem, value=ord(c), orig=str(ord(c)), prec=8) for c in sv]
                n = Node("SLICELIT", pos, t, list=elts, texpr=e.fun, nelts=len(elts))
                n.ast = e
                return n
        elif isinstance(tu, T.Pointer) and isinstance(xu, T.Slice):
            op = "SLICE2ARRPTR"
        elif identical(tu, xu) or (isinstance(tu, T.Pointer) and isinstance(xu, T.Pointer)):
            op = "CONVNOP"
        else:
            op = "CONV"
        n = Node(op, pos, t, **kw)
        if op in ("BYTES2STR", "RUNES2STR", "RUNESTR", "STR2BYTES", "STR2RUNES"):
            n.ast = e
        return n

    def builtin(self, e):
        fun = _unparen(e.fun)
        o = getattr(fun, "obj", None)
        name = o.name if o is not None else getattr(fun, "name", "")
        pos = self.pos(e)
        if "." in name:
            return self.lib_call(e, pos)
        args_ast = list(e.args)
        if name == "new":
            n = Node("NEW", pos, e.type, texpr=args_ast[0])
            n.ast = e
            return n
        if name == "make":
            t = e.type
            u = under(t)
            rest = [self.expr(a) for a in args_ast[1:]]
            ln = rest[0] if rest else None
            if isinstance(u, T.Slice):
                n = Node("MAKESLICE", pos, t, len=ln, cap=rest[1] if len(rest) > 1 else None, texpr=args_ast[0])
                n.ast = e
                return n
            if isinstance(u, T.Map):
                n = Node("MAKEMAP", pos, t, len=ln, cap=None, texpr=args_ast[0])
                n.ast = e
                return n
            return Node("MAKECHAN", pos, t, len=ln, cap=None, texpr=args_ast[0])
        args = [self.expr(a) for a in args_ast]
        init = []
        if len(args_ast) == 1 and isinstance(getattr(args_ast[0], "type", None), T.Tuple):
            # RewriteMultiValueCall: f(g()) with a multi-valued g
            call = args[0]
            tmps = [self.new_temp(t, pos) for t in call.type.types]
            as1 = Node("AS2FUNC", pos, lhs=[self.var_node(t, pos) for t in tmps], rhs=[call])
            as1.init = [self.mkdcl(t, pos) for t in tmps]
            init = [as1]
            args = [self.var_node(t, pos) for t in tmps]
        n = self._builtin(e, name, pos, args, args_ast)
        n.init = init + n.init
        return n

    def _builtin(self, e, name, pos, args, args_ast):
        if name == "append":
            st = e.type
            if not e.ellipsis and args:
                cpos = self.lastpos(args_ast) or pos
                args = [args[0]] + [self.assign_conv(a, under(st).elem, cpos) for a in args[1:]]
            return Node("APPEND", pos, e.type, args=args, ddd=e.ellipsis)
        if name == "copy":
            return Node("COPY", pos, e.type, x=args[0], y=args[1])
        if name == "panic":
            a = self.assign_conv(args[0], T.Interface([]), self.lastpos(args_ast) or pos)
            return Node("PANIC", pos, None, x=a)
        if name in ("print", "println"):
            return Node("PRINT" if name == "print" else "PRINTN", pos, None, args=args)
        if name == "delete":
            m = under(args[0].type)
            k = args[1]
            if isinstance(m, T.Map):
                k = self.assign_conv(k, m.key, self.lastpos(args_ast) or pos)
            return Node("DELETE", pos, None, args=[args[0], k])
        if name == "recover":
            return Node("RECOVER", pos, e.type, args=[])
        if name in ("len", "cap", "close", "real", "imag"):
            return Node(name.upper(), pos, e.type, x=args[0] if args else None)
        if name == "complex":
            return Node("COMPLEX", pos, e.type, x=args[0], y=args[1])
        # a builtin govm knows but gc would not treat specially: arguments are only read
        return Node("PRINT", pos, e.type, args=args, unknown=name)

    def ext_fn(self, o, name=None):
        """The tagged external Fn of a library function or method."""
        if o is None:
            return None
        name = name or o.name
        fn = self.ext.get(name)
        if fn is None:
            sig = o.type
            fn = Fn(name, None, sig)
            self.setup_sig(fn, sig)
            fn.esc = ESC_TAGGED
            fn.ext_tags = external_tags(name, sig)
            self.ext[name] = fn
        return fn

    def fn_of(self, f):
        """The Fn a method or function object denotes (library ones are external)."""
        if f is None:
            return None
        fn = self.fns.get(f)
        if fn is None and f.decl is None and getattr(f, "pkg", "main") not in ("main", ""):
            fn = self.ext_fn(f, f"{f.pkg}.{self.func_name(f)}")
        return fn

    def lib_call(self, e, pos):
        fun = _unparen(e.fun)
        o = fun.obj
        sig = o.type if isinstance(o.type, T.Signature) else None
        fx = Node("LIBFUNC", self.pos(fun), sig, name=o.name, fn=self.ext_fn(o))
        args, ddd, init = self.call_args(e, sig, pos)
        n = Node("CALLFUNC", pos, e.type, x=fx, args=args, ddd=ddd, sig=sig)
        n.init = init
        n.ast = e
        return n

    # ------------------------------------------------------------ devirtualisation

    def devirtualize(self, call):
        """devirtualize.Call: an interface call on a local variable whose only
        value is a conversion from a concrete type becomes a direct call."""
        sel = call.x
        r = static_value(sel.x)
        if r.op != "CONVIFACE":
            return
        typ = r.x.type
        if typ is None or is_interface(typ):
            return
        f, path, ptr_recv = find_method(typ, sel.sel)
        if f is None:
            return
        dt = Node("DOTTYPE", sel.pos, typ, x=sel.x, texpr=None)
        recv = self.field_path(dt, path, sel.pos, implicit_last=True)
        if is_interface(recv.type):
            self.devirt_msgs.append((call.pos, f"partially devirtualizing {fmt_node(sel)} to {type_str(typ)}"))
            sel.x = recv
            return
        self.devirt_msgs.append((call.pos, f"devirtualizing {fmt_node(sel)} to {type_str(typ)}"))
        recv = self.adjust_recv(recv, ptr_recv)
        call.op = "CALLFUNC"
        call.x = Node("METHEXPR", sel.pos, f.type, fn=self.fn_of(f), name=self.func_name(f))
        call.args = [recv] + call.args
        call.method = True
        call.sig = f.type


_CALL_OR_CHAN = frozenset(("APPEND", "CALLFUNC", "CALLINTER", "CAP", "CLOSE", "COMPLEX", "COPY",
                           "DELETE", "IMAG", "LEN", "PANIC", "PRINT", "PRINTN", "REAL", "RECOVER", "RECV"))


def _any(n, pred):
    """ir.Any: pred holds for n or a node below it (closure bodies excluded)."""
    if n is None:
        return False
    if pred(n):
        return True
    return any(_any(s, pred) for s in n.init) or any(_any(c, pred) for c in n.children())


_NO_SIDE_EFFECTS = frozenset((
    "NAME", "TYPE", "LITERAL", "NIL", "BINARY", "ADDSTR", "NEW", "NOT", "BITNOT", "PLUS", "NEG",
    "OROR", "ANDAND", "ADDR", "LEN", "CAP", "IMAG", "REAL", "COMPLEX", "STRUCTLIT", "MAPLIT",
    "ARRAYLIT", "SLICELIT", "PTRLIT", "CONV", "CONVIFACE", "CONVNOP", "DOT", "KEY", "FUNCNAME",
    "BLANK"))


def any_side_effects(n):
    """staticinit.AnySideEffects."""
    def pred(x):
        op = x.op
        if op == "BINARY":
            if x.sym in ("/", "%"):
                return x.y.op != "LITERAL" or x.y.value == 0
            return False
        if op in ("MAKECHAN", "MAKEMAP"):
            return x.len is not None and not (x.len.op == "LITERAL" and x.len.value == 0)
        return op not in _NO_SIDE_EFFECTS
    return _any(n, pred)


def static_assign(r):
    """staticinit.StaticAssign: can a package variable be initialised with r
    as data?  Marks the allocations that become static data (``static``:
    no code, no diagnostic); the parts that need code are evaluated
    dynamically (their values flow to the static data, which is global)."""
    op = r.op
    if op in ("LITERAL", "NIL", "FUNCNAME", "METHEXPR"):
        return True
    if op == "NAME":
        return r.cls == "extern"
    if op == "ADDR":
        x = outer_value(r.x)
        return x.op == "NAME" and x.cls == "extern"
    if op == "PTRLIT":
        if r.x.op in ("ARRAYLIT", "SLICELIT", "STRUCTLIT", "MAPLIT"):
            r.static = True
            static_assign(r.x)
            return True
        return False
    if op == "STR2BYTES":
        if r.x.op == "LITERAL":
            r.static = True
            return True
        return False
    if op == "CLOSURE":
        if not r.fn.closure_vars:
            r.static = True
            return True
        return False
    if op == "SLICELIT":
        r.static = True
        for e in r.list:
            static_assign(e)
        return True
    if op in ("ARRAYLIT", "STRUCTLIT"):
        for e in r.list:
            static_assign(e)
        return True
    if op == "CONVIFACE":
        val = r
        while val.op == "CONVIFACE":
            val = val.x
        if is_interface(val.type):
            return val.op == "NIL"
        r.static = True
        static_assign(val)
        return True
    return False


def find_method(t, name):
    """(method Func, embedded path, pointer receiver?) of name in t's method set."""
    base = under(t).elem if is_ptr(t) and not isinstance(t, T.Named) else t
    level = [(base, [])]
    seen = set()
    while level:
        nxt = []
        for bt, path in level:
            if isinstance(bt, T.Named):
                if id(bt) in seen:
                    continue
                seen.add(id(bt))
                m = bt.methods.get(name)
                if m is not None:
                    r = m.type.recv if m.type is not None else None
                    return m, path, r is not None and is_ptr(r.type)
            u = under(bt)
            if isinstance(u, T.Struct):
                for i, f in enumerate(u.fields):
                    if f.embedded:
                        ft = f.type
                        if is_ptr(ft) and not isinstance(ft, T.Named):
                            ft = under(ft).elem
                        nxt.append((ft, path + [i]))
            elif isinstance(u, T.Interface) and path:
                for m in u.methods:
                    if m.name == name:
                        return m, path, False
        level = nxt
    return None, None, False


# ====================================================================== static values

def static_value(n):
    """ir.StaticValue: follow locals that are assigned exactly once."""
    while True:
        if n.op == "CONVNOP":
            n = n.x
            continue
        n1 = _static_value1(n)
        if n1 is None:
            return n
        n = n1


def _static_value1(n):
    if n.op != "NAME" or n.cls != "auto" or getattr(n, "closurevar", False):
        return None
    v = n.var
    defn = getattr(v, "_defn", None)
    if defn is None:
        return None
    rhs = None
    if defn.op == "AS":
        rhs = defn.y
    elif defn.op == "AS2":
        for l, r in zip(defn.lhs, defn.rhs):
            if l.op == "NAME" and l.var is v:
                rhs = r
                break
    else:
        return None
    if rhs is None or getattr(v, "_reassigned", False):
        return None
    return rhs


def outer_value(n):
    while True:
        if n.op in ("DOT", "CONVNOP"):
            n = n.x
            continue
        if n.op == "INDEX" and isinstance(under(n.x.type), T.Array):
            n = n.x
            continue
        return n


def mark_reassigned(fns):
    """ir.reassigned for every local variable: assigned other than by its
    definition, or address taken (closures included)."""
    def mark_lhs(st, nodes):
        for p in nodes:
            if p is not None and p.op == "NAME" and getattr(p.var, "_defn", None) is not st:
                p.var._reassigned = True

    def visit(n):
        op = n.op
        if op == "AS":
            mark_lhs(n, [n.x])
        elif op in ("AS2", "AS2FUNC", "AS2MAPR", "AS2DOTTYPE", "AS2RECV", "SELRECV2"):
            mark_lhs(n, n.lhs)
        elif op == "ADDR":
            o = outer_value(n.x)
            if o.op == "NAME":
                o.var._reassigned = True
        for s in n.init:
            visit(s)
        for c in n.children():
            visit(c)
        if op == "CLOSURE" and n.fn.body is not None:
            for s in n.fn.body:
                visit(s)

    for fn in fns:
        for s in fn.body or []:
            visit(s)


# ====================================================================== external functions

# Parameter tags of the library functions and methods govm provides, as
# gc 1.19's export data has them: name -> per parameter (receiver first for
# methods) the deref count of its leak to the heap, or None (no leak).
# Parameters without pointers need no entry; unlisted functions leak
# everything (gc's assumption for functions it knows nothing about).
_LIB_TAGS = {
    "fmt.Println": [1], "fmt.Print": [1], "fmt.Sprintln": [1], "fmt.Sprint": [1],
    "fmt.Printf": [None, 1], "fmt.Sprintf": [None, 1],
    "strconv.Atoi": [0],                 # kept in the *NumError
    "strconv.Quote": [None],
    "errors.New": [0],                   # kept in the *errorString
    "runtime.ReadMemStats": [None],
    # sync's methods reach the runtime's semaphores: the receiver leaks
    "sync.(*WaitGroup).Add": [0], "sync.(*WaitGroup).Done": [0], "sync.(*WaitGroup).Wait": [0],
    "sync.(*Mutex).Lock": [0], "sync.(*Mutex).Unlock": [0],
    "sync.(*RWMutex).Lock": [0], "sync.(*RWMutex).Unlock": [0],
    "sync.(*RWMutex).RLock": [0], "sync.(*RWMutex).RUnlock": [0],
}


def external_tags(name, sig):
    """The tags (Leaks, receiver first) of library function or method name."""
    from .escape_graph import Leaks
    if not isinstance(sig, T.Signature):
        return []
    params = ([sig.recv] if sig.recv is not None else []) + list(sig.params)
    spec = _LIB_TAGS.get(name)
    tags = []
    for i, p in enumerate(params):
        if spec is None or i >= len(spec):
            tags.append(Leaks.heap_leak())
            continue
        l = Leaks()
        if spec[i] is not None:
            l.add_heap(spec[i])
        tags.append(l)
    return tags


# ====================================================================== formatting (ir/fmt.go)

# ir.OpPrec (ops missing from gc's table have precedence 0)
_PREC8 = {"APPEND", "BYTES2STR", "ARRAYLIT", "SLICELIT", "RUNES2STR", "CALLFUNC", "CALLINTER",
          "CAP", "CLOSE", "CONVIFACE", "CONVNOP", "CONV", "COPY", "DELETE", "LEN", "LITERAL",
          "MAKESLICE", "MAPLIT", "NAME", "NEW", "NIL", "PANIC", "PRINTN", "PRINT", "RUNESTR",
          "SLICE2ARRPTR", "STR2BYTES", "STR2RUNES", "STRUCTLIT", "TYPE", "INDEXMAP", "INDEX",
          "SLICE", "SLICESTR", "SLICEARR", "DOTINTER", "DOTPTR", "DOTTYPE2", "DOTTYPE", "DOT",
          "METHVALUE", "METHEXPR", "FUNCNAME", "LIBFUNC", "BLANK"}
_PREC = {"PLUS": 7, "NOT": 7, "BITNOT": 7, "NEG": 7, "ADDR": 7, "DEREF": 7, "RECV": 7,
         "ANDAND": 2, "OROR": 1}


def _prec(n):
    op = n.op
    if op == "LITERAL":
        return getattr(n, "prec", 8)
    if op == "BINARY":
        return _BIN_PREC.get(n.sym, 8)
    if op in _PREC8:
        return 8
    return _PREC.get(op, 0)


def fmt_node(n, prec=0):
    """exprFmt: how gc prints an expression node in diagnostics."""
    while True:
        if n is None:
            return "<nil>"
        if n.op in ("ADDR", "DEREF", "CONV", "CONVNOP", "CONVIFACE") and n.implicit:
            n = n.x
            continue
        break
    nprec = _prec(n)
    if prec > nprec:
        return "(" + fmt_node(n) + ")"
    op = n.op
    if op == "NIL":
        return "nil"
    if op == "LITERAL":
        return n.orig
    if op == "NAME":
        v = n.var
        return getattr(v, "_gcname", None) or v.name if v.name != "_" or True else "_"
    if op in ("FUNCNAME",):
        return n.name
    if op == "LIBFUNC":
        return n.name
    if op == "METHEXPR":
        return n.name
    if op == "BLANK":
        return "_"
    if op == "TYPE":
        return type_expr_str(getattr(n, "texpr", None), n.type)
    if op == "CLOSURE":
        return "func literal"
    if op in ("SLICELIT", "MAPLIT", "STRUCTLIT", "ARRAYLIT"):
        if n.implicit:
            return "... argument"
        return type_expr_str(getattr(n, "texpr", None), n.type) + "{" + ("..." if n.nelts else "") + "}"
    if op == "PTRLIT":
        return "&" + fmt_node(n.x)
    if op in ("DOT", "DOTPTR", "DOTINTER", "METHVALUE"):
        return fmt_node(n.x, nprec) + "." + n.sel
    if op in ("DOTTYPE", "DOTTYPE2"):
        return fmt_node(n.x, nprec) + ".(" + type_expr_str(getattr(n, "texpr", None), n.type) + ")"
    if op in ("INDEX", "INDEXMAP"):
        return fmt_node(n.x, nprec) + "[" + fmt_node(n.index) + "]"
    if op in ("SLICE", "SLICESTR", "SLICEARR"):
        s = fmt_node(n.x, nprec) + "["
        if n.low is not None:
            s += fmt_node(n.low)
        s += ":"
        if n.high is not None:
            s += fmt_node(n.high)
        if n.slice3:
            s += ":"
            if n.max is not None:
                s += fmt_node(n.max)
        return s + "]"
    if op in ("CONV", "CONVNOP", "CONVIFACE", "BYTES2STR", "RUNES2STR", "STR2BYTES", "STR2RUNES",
              "RUNESTR", "SLICE2ARRPTR"):
        ts = type_expr_str(getattr(n, "texpr", None), n.type)
        if getattr(n, "named", False) or (getattr(n, "texpr", None) is None and isinstance(n.type, (T.Named, T.Basic))):
            s = ts
        else:
            s = "(" + ts + ")"
        return s + "(" + fmt_node(n.x) + ")"
    if op in ("REAL", "IMAG", "CAP", "CLOSE", "LEN", "PANIC"):
        return f"{op.lower()}({fmt_node(n.x)})"
    if op == "NEW":
        return "new(" + type_expr_str(n.texpr, under(n.type).elem) + ")"
    if op in ("APPEND", "DELETE", "RECOVER", "PRINT", "PRINTN"):
        name = {"PRINTN": "println"}.get(op, op.lower())
        s = name + "(" + ", ".join(fmt_node(a) for a in n.args)
        return s + ("...)" if getattr(n, "ddd", False) else ")")
    if op == "COPY" or op == "COMPLEX":
        return f"{op.lower()}({fmt_node(n.x)}, {fmt_node(n.y)})"
    if op in ("CALLFUNC", "CALLINTER"):
        s = fmt_node(n.x, nprec) + "(" + ", ".join(fmt_node(a) for a in n.args)
        return s + ("...)" if n.ddd else ")")
    if op in ("MAKESLICE", "MAKEMAP", "MAKECHAN"):
        ts = type_expr_str(n.texpr, n.type)
        if getattr(n, "cap", None) is not None:
            return f"make({ts}, {fmt_node(n.len)}, {fmt_node(n.cap)})"
        if n.len is not None:
            return f"make({ts}, {fmt_node(n.len)})"
        return f"make({ts})"
    if op in ("PLUS", "NEG", "BITNOT", "NOT", "RECV"):
        sym = {"PLUS": "+", "NEG": "-", "BITNOT": "^", "NOT": "!", "RECV": "<-"}[op]
        s = sym
        if n.x is not None and n.x.op == op:
            s += " "
        return s + fmt_node(n.x, nprec + 1)
    if op == "ADDR":
        s = "&"
        if n.x is not None and n.x.op == "ADDR":
            s += " "
        return s + fmt_node(n.x, nprec + 1)
    if op == "DEREF":
        return "*" + fmt_node(n.x, nprec + 1)
    if op in ("BINARY", "ANDAND", "OROR"):
        return fmt_node(n.x, nprec) + f" {n.sym} " + fmt_node(n.y, nprec + 1)
    if op == "ADDSTR":
        return " + ".join(fmt_node(x, nprec) for x in n.list)
    return f"<node {op}>"


def fmt_stmt(n):
    """stmtFmt for the assignments gc names in "ignoring self-assignment"."""
    if n.op == "AS":
        if getattr(n, "define", False):
            return f"{fmt_node(n.x)} := {fmt_node(n.y)}"
        return f"{fmt_node(n.x)} = {fmt_node(n.y)}"
    if n.op == "ASOP":
        if getattr(n, "incdec", False):
            return fmt_node(n.x) + ("++" if n.asop == "+" else "--")
        return f"{fmt_node(n.x)} {n.asop}= {fmt_node(n.y)}"
    if n.op in ("AS2", "AS2FUNC", "AS2MAPR", "AS2DOTTYPE", "AS2RECV"):
        sep = " := " if getattr(n, "define", False) else " = "
        return ", ".join(fmt_node(x) for x in n.lhs) + sep + ", ".join(fmt_node(x) for x in n.rhs)
    return f"<{n.op}>"
