"""The type checker: resolves names, computes types and constant values,
and reports gc's compile errors.

Design
------
This module is a Python port of the parts of ``cmd/compile/internal/types2``
(the type checker that gc 1.19 runs, configured with
``CompilerErrorMessages``) that govm's Go subset needs, plus the branch
checks that gc performs in its parser (``syntax/branches.go``).  Following
types2 closely is what makes error *wording and positions* match gc: each
message below is the one types2 prints, and each position is types2's
(mostly the start of the offending operand, sometimes an operator).

Algorithm, as in types2:

1. *Collect* every package-level object (imports, consts, vars, types,
   funcs) into the package scope, with a ``_DeclInfo`` describing its
   declaration; methods are associated with their receiver base type.
2. *Type-check package objects lazily* (``_obj_decl``): an object is
   checked when first referenced or in source order otherwise.  A
   white/grey/black colouring with an object path detects invalid cycles
   ("invalid recursive type", "initialization loop").  While an object's
   declaration is checked, every package-level var/func/const it refers to
   is recorded as a dependency (``_DeclInfo.deps``).
3. Function bodies are checked after all package objects (a queue of
   delayed actions, ``_later``); function literals are checked in place.
4. *Initialisation order* of package-level variables follows the spec:
   repeatedly pick the earliest variable (in declaration order) whose
   dependencies -- followed transitively through functions -- are all
   initialised.
5. Unused imports are reported; leftover untyped expressions are recorded.

Expressions are checked into an ``_Operand`` (mode, type, exact constant
value).  *Untyped* expressions are remembered in ``self._untyped`` until
their final type is known (assignment, comparison, conversion, argument
passing ...); ``_update_expr_type`` then walks down the expression tree
giving every untyped sub-expression its final type and converting
constant values ("1" in ``var x float64 = 1`` ends up float64 / 1.0).
Constant values are exact (``govm.constant``) while checking and are
written to the AST as Python values (``constant.py_value``).

Invariants
----------
* After a successful ``check``, every expression node reached by the
  checker has ``.type`` (the final type; untyped kinds remain only where
  the context is itself untyped, e.g. in a constant declaration or an
  ``if`` condition like ``1 < 2``) and ``.value`` for constants.
* Every identifier has ``.obj`` -- the same object at its declaration and
  at every use.  ``_`` gets a fresh ``Var`` named ``_`` each time it is
  declared or assigned to (kind 'local'/'global'/'param').
* ``byte`` and ``rune`` are spelled as written in messages: the checker
  uses private alias objects for them internally and replaces them by the
  canonical ``types.UINT8`` / ``types.INT32`` singletons in one pass at the
  end (``_Canonicalizer``), so annotations only ever contain the singletons.
* No Python exception escapes for a well-formed AST: errors raise
  ``CompileError``; a bug raises ``InternalError``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Optional

from . import ast as A
from . import constant as C
from . import types as T
from .errors import CompileError, InternalError


# ====================================================================== types

class _AliasBasic(T.Basic):
    """``byte``/``rune`` while checking: prints as written, behaves as its
    target everywhere (underlying() is the canonical singleton)."""

    def __init__(self, kind, target):
        super().__init__(kind, target.size)
        self.target = target

    def underlying(self):
        return self.target


BYTE_A = _AliasBasic("byte", T.UINT8)
RUNE_A = _AliasBasic("rune", T.INT32)
INVALID = T.Basic("invalid type", 0)

# the empty interface spelled ``any``, and the predeclared ``error``
ANY = T.Interface([])
EMPTY_IFACE = T.Interface([])


def canon(t):
    return t.target if isinstance(t, _AliasBasic) else t


def under(t):
    if t is None:
        return INVALID
    u = t.underlying()
    return u if u is not None else INVALID


def is_untyped(t) -> bool:
    return t in T.UNTYPED


def is_typed(t) -> bool:
    return not is_untyped(t)


def is_basic(t, *kinds) -> bool:
    return under(t) in kinds


def is_integer(t):
    return T.is_integer(t) if t is not INVALID else False


def is_unsigned(t):
    return T.is_unsigned(t)


def is_float(t):
    return T.is_float(t)


def is_numeric(t):
    u = under(t)
    return u in T.INTEGERS or u in T.FLOATS or u in (T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT)


def is_string(t):
    return T.is_string(t)


def is_boolean(t):
    return T.is_boolean(t)


def is_ordered(t):
    return is_integer(t) or is_float(t) or is_string(t)


def is_const_type(t):
    u = under(t)
    return isinstance(u, T.Basic) and (is_numeric(u) or is_string(u) or is_boolean(u))


def is_interface(t):
    return isinstance(under(t), T.Interface)


def has_nil(t):
    u = under(t)
    return isinstance(u, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface)) or u is T.UNSAFE_POINTER


def has_name(t):
    return isinstance(t, (T.Basic, T.Named))


def is_bytes_or_runes(t):
    u = under(t)
    return isinstance(u, T.Slice) and under(u.elem) in (T.UINT8, T.INT32)


def default_type(t):
    return {T.UNTYPED_INT: T.INT, T.UNTYPED_RUNE: RUNE_A, T.UNTYPED_FLOAT: T.FLOAT64,
            T.UNTYPED_STRING: T.STRING, T.UNTYPED_BOOL: T.BOOL}.get(t, t)


def identical(a, b) -> bool:
    a, b = canon(a), canon(b)
    if a is b:
        return True
    if a is None or b is None:
        return False
    if isinstance(a, T.Named) or isinstance(b, T.Named):
        return False
    if type(a) is not type(b):
        return False
    if isinstance(a, (T.Pointer, T.Slice)):
        return identical(a.elem, b.elem)
    if isinstance(a, T.Array):
        return a.length == b.length and identical(a.elem, b.elem)
    if isinstance(a, T.Map):
        return identical(a.key, b.key) and identical(a.elem, b.elem)
    if isinstance(a, T.Chan):
        return a.dir == b.dir and identical(a.elem, b.elem)
    if isinstance(a, T.Struct):
        return len(a.fields) == len(b.fields) and all(
            f.name == g.name and f.embedded == g.embedded and identical(f.type, g.type)
            for f, g in zip(a.fields, b.fields))
    if isinstance(a, T.Signature):
        return (a.variadic == b.variadic and len(a.params) == len(b.params)
                and len(a.results) == len(b.results)
                and all(identical(p.type, q.type) for p, q in zip(a.params, b.params))
                and all(identical(p.type, q.type) for p, q in zip(a.results, b.results)))
    if isinstance(a, T.Interface):
        ma, mb = _iface_methods(a), _iface_methods(b)
        return len(ma) == len(mb) and all(
            m.name == n.name and identical(m.type, n.type) for m, n in zip(ma, mb))
    if isinstance(a, T.Tuple):
        return len(a.types) == len(b.types) and all(identical(x, y) for x, y in zip(a.types, b.types))
    return False


def _iface_methods(it):
    return it.methods


def comparable_type(t, seen=None) -> bool:
    u = under(t)
    if isinstance(u, T.Basic):
        return u is not T.UNTYPED_NIL
    if isinstance(u, (T.Pointer, T.Chan, T.Interface)):
        return True
    if isinstance(u, T.Struct):
        return all(comparable_type(f.type) for f in u.fields)
    if isinstance(u, T.Array):
        return comparable_type(u.elem)
    return False


# ====================================================================== printing

def type_string(t, names=True) -> str:
    """A type as types2 prints it in gc's messages (no 'main.' qualifier)."""
    if t is None:
        return "<nil>"
    if t is ANY:
        return "any"
    if isinstance(t, T.Basic):
        return t.kind
    if isinstance(t, T.Named):
        return t.name
    if isinstance(t, T.Pointer):
        return "*" + type_string(t.elem)
    if isinstance(t, T.Slice):
        return "[]" + type_string(t.elem)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + type_string(t.elem)
    if isinstance(t, T.Map):
        return f"map[{type_string(t.key)}]{type_string(t.elem)}"
    if isinstance(t, T.Chan):
        if t.dir == "send":
            return "chan<- " + type_string(t.elem)
        if t.dir == "recv":
            return "<-chan " + type_string(t.elem)
        if isinstance(t.elem, T.Chan) and t.elem.dir == "recv":
            return "chan (" + type_string(t.elem) + ")"
        return "chan " + type_string(t.elem)
    if isinstance(t, T.Struct):
        parts = []
        for f in t.fields:
            parts.append(type_string(f.type) if f.embedded else f"{f.name} {type_string(f.type)}")
        return "struct{" + "; ".join(parts) + "}"
    if isinstance(t, T.Signature):
        return "func" + _sig_string(t)
    if isinstance(t, T.Interface):
        if not t.methods:
            return "interface{}"
        return "interface{" + "; ".join(m.name + _sig_string(m.type) for m in t.methods) + "}"
    if isinstance(t, T.Tuple):
        return "(" + ", ".join(type_string(x) for x in t.types) + ")"
    return str(t)


def _param_name(v) -> str:
    n = v.name
    return "" if (not n or n.startswith("~")) else n


def _tuple_string(vs, variadic) -> str:
    parts = []
    for i, v in enumerate(vs):
        s = _param_name(v)
        s = s + " " if s else ""
        if variadic and i == len(vs) - 1 and isinstance(v.type, T.Slice):
            s += "..." + type_string(v.type.elem)
        else:
            s += type_string(v.type)
        parts.append(s)
    return "(" + ", ".join(parts) + ")"


def _sig_string(sig) -> str:
    s = _tuple_string(sig.params, sig.variadic)
    if not sig.results:
        return s
    if len(sig.results) == 1 and not _param_name(sig.results[0]):
        return s + " " + type_string(sig.results[0].type)
    return s + " " + _tuple_string(sig.results, False)


def expr_string(e) -> str:
    """syntax.String(e): gc's short form of an expression."""
    if e is None:
        return ""
    if isinstance(e, A.Ident):
        return e.name
    if isinstance(e, A.BasicLit):
        return e.raw
    if isinstance(e, A.CompositeLit):
        return (expr_string(e.typ) if e.typ is not None else "") + ("{…}" if e.elts else "{}")
    if isinstance(e, A.FuncLit):
        return expr_string(e.typ) + (" {…}" if e.body.stmts else " {}")
    if isinstance(e, A.ParenExpr):
        return "(" + expr_string(e.x) + ")"
    if isinstance(e, A.SelectorExpr):
        return expr_string(e.x) + "." + e.sel.name
    if isinstance(e, A.IndexExpr):
        return expr_string(e.x) + "[" + expr_string(e.index) + "]"
    if isinstance(e, A.SliceExpr):
        s = expr_string(e.x) + "[" + expr_string(e.low) + ":" + expr_string(e.high)
        if e.max is not None:
            s += ":" + expr_string(e.max)
        return s + "]"
    if isinstance(e, A.TypeAssertExpr):
        return expr_string(e.x) + ".(" + (expr_string(e.typ) if e.typ is not None else "type") + ")"
    if isinstance(e, A.CallExpr):
        return expr_string(e.fun) + "(" + ", ".join(expr_string(a) for a in e.args) + \
            ("..." if e.ellipsis else "") + ")"
    if isinstance(e, A.StarExpr):
        return "*" + expr_string(e.x)
    if isinstance(e, A.UnaryExpr):
        return e.op + expr_string(e.x)
    if isinstance(e, A.BinaryExpr):
        return expr_string(e.x) + " " + e.op + " " + expr_string(e.y)
    if isinstance(e, A.KeyValueExpr):
        return expr_string(e.key) + ": " + expr_string(e.val)
    if isinstance(e, A.ArrayType):
        if e.len is None:
            return "[]" + expr_string(e.elt)
        if isinstance(e.len, A.Ellipsis):
            return "[...]" + expr_string(e.elt)
        return "[" + expr_string(e.len) + "]" + expr_string(e.elt)
    if isinstance(e, A.Ellipsis):
        return "..." + expr_string(e.elt)
    if isinstance(e, A.MapType):
        return "map[" + expr_string(e.key) + "]" + expr_string(e.val)
    if isinstance(e, A.ChanType):
        if e.dir == "recv":
            return "<-chan " + expr_string(e.val)
        if e.dir == "send":
            return "chan<- " + expr_string(e.val)
        return "chan " + expr_string(e.val)
    if isinstance(e, A.FuncType):
        return "func" + _fields_string(e.params, True) + _results_string(e.results)
    if isinstance(e, A.StructType):
        return "struct{" + "; ".join(_field_string(f) for f in e.fields) + "}"
    if isinstance(e, A.InterfaceType):
        parts = []
        for f in e.methods:
            if f.names and isinstance(f.typ, A.FuncType):
                parts.append(f.names[0].name + _fields_string(f.typ.params, True) + _results_string(f.typ.results))
            else:
                parts.append(expr_string(f.typ))
        return "interface{" + "; ".join(parts) + "}"
    return "?"


def _field_string(f) -> str:
    if f.names:
        return ", ".join(n.name for n in f.names) + " " + expr_string(f.typ)
    return expr_string(f.typ)


def _fields_string(fields, parens) -> str:
    return "(" + ", ".join(_field_string(f) for f in fields) + ")"


def _results_string(fields) -> str:
    if not fields:
        return ""
    if len(fields) == 1 and not fields[0].names:
        return " " + expr_string(fields[0].typ)
    return " " + _fields_string(fields, True)


def start_pos(e):
    """syntax.StartPos: the position of the leftmost token of e."""
    return e.pos


# ====================================================================== operands

INVALID_M = "invalid operand"
NOVALUE = "no value"
BUILTIN = "built-in"
TYPEXPR = "type"
CONSTANT = "constant"
VARIABLE = "variable"
MAPINDEX = "map index expression"
VALUE = "value"
NILVALUE = "nil"
COMMAOK = "comma, ok expression"


class _Operand:
    __slots__ = ("mode", "expr", "typ", "val", "id")

    def __init__(self, mode=INVALID_M, expr=None, typ=INVALID, val=None, id=None):
        self.mode = mode
        self.expr = expr
        self.typ = typ
        self.val = val
        self.id = id

    def copy(self):
        return _Operand(self.mode, self.expr, self.typ, self.val, self.id)

    def set(self, o):
        self.mode, self.expr, self.typ, self.val, self.id = o.mode, o.expr, o.typ, o.val, o.id

    @property
    def invalid(self):
        return self.mode == INVALID_M

    def is_nil(self):
        return self.mode == NILVALUE

    @property
    def pos(self):
        return start_pos(self.expr) if self.expr is not None else A.NOPOS

    def __str__(self):
        if self.mode == NILVALUE:
            if self.typ is T.UNTYPED_NIL:
                return "nil"
            return f"nil (of type {type_string(self.typ)})"
        if self.expr is not None:
            expr = expr_string(self.expr)
        elif self.mode == BUILTIN:
            expr = self.id or ""
        elif self.mode == TYPEXPR:
            expr = type_string(self.typ)
        elif self.mode == CONSTANT:
            expr = C.to_str(self.val)
        else:
            expr = ""
        buf = []
        if expr:
            buf.append(expr + " (")
        has_type = False
        if self.mode not in (INVALID_M, NOVALUE, BUILTIN, TYPEXPR) and self.typ is not None:
            if is_untyped(self.typ):
                buf.append(self.typ.kind + " ")
            else:
                has_type = True
        buf.append(self.mode)
        if self.mode == CONSTANT:
            s = C.to_str(self.val)
            if s != expr:
                buf.append(" " + s)
        if has_type:
            if self.typ is not INVALID:
                buf.append(" of type " + type_string(self.typ))
            else:
                buf.append(" with invalid type")
        if expr:
            buf.append(")")
        return "".join(buf)


# ====================================================================== scopes

class _Scope:
    __slots__ = ("parent", "elems", "is_func", "kind")

    def __init__(self, parent, kind="block", is_func=False):
        self.parent = parent
        self.elems = {}
        self.is_func = is_func
        self.kind = kind

    def lookup(self, name):
        return self.elems.get(name)

    def lookup_parent(self, name):
        s = self
        while s is not None:
            o = s.elems.get(name)
            if o is not None:
                return s, o
            s = s.parent
        return None, None

    def insert(self, obj):
        alt = self.elems.get(obj.name)
        if alt is not None:
            return alt
        self.elems[obj.name] = obj
        return None


# ====================================================================== universe

_BUILTIN_NARGS = {
    # name: (nargs, variadic, kind) -- kind: 'expression' or 'statement'
    "append": (1, True, "expression"),
    "cap": (1, False, "expression"),
    "close": (1, False, "statement"),
    "complex": (2, False, "expression"),
    "copy": (2, False, "statement"),
    "delete": (2, False, "statement"),
    "imag": (1, False, "expression"),
    "len": (1, False, "expression"),
    "make": (1, True, "expression"),
    "new": (1, False, "expression"),
    "panic": (1, False, "statement"),
    "print": (0, True, "statement"),
    "println": (0, True, "statement"),
    "real": (1, False, "expression"),
    "recover": (0, False, "statement"),
}


def _make_universe():
    u = _Scope(None, "universe")
    for name, t in T.UNIVERSE_TYPES.items():
        if name == "byte":
            t = BYTE_A
        elif name == "rune":
            t = RUNE_A
        u.insert(T.TypeName(name, t, A.NOPOS, pkg=""))
    u.insert(T.TypeName("any", ANY, A.NOPOS, pkg=""))
    # error: interface{ Error() string }
    err = T.Named("error", None, {}, None)
    err_tn = T.TypeName("error", err, A.NOPOS, pkg="")
    err.obj = err_tn
    m = T.Func("Error", T.Signature([], [T.Var("", T.STRING, kind="result")]), A.NOPOS, pkg="")
    err.under = T.Interface([m])
    u.insert(err_tn)
    for name, val in (("true", True), ("false", False)):
        c = T.Const(name, T.UNTYPED_BOOL, A.NOPOS, value=val)
        c._val = val
        u.insert(c)
    iota = T.Const("iota", T.UNTYPED_INT, A.NOPOS, value=0)
    iota._val = 0
    u.insert(iota)
    u.insert(T.Nil("nil", T.UNTYPED_NIL, A.NOPOS))
    for name in _BUILTIN_NARGS:
        u.insert(T.Builtin(name, None, A.NOPOS))
    return u, err, iota


UNIVERSE, ERROR, UNIVERSE_IOTA = _make_universe()


def _param(name, typ):
    return T.Var(name, typ, A.NOPOS, kind="param", used=True)


def _result(name, typ):
    return T.Var(name, typ, A.NOPOS, kind="result", used=True)


def _fmt_sig(results, fixed=()):
    params = [_param(n, t) for n, t in fixed] + [_param("a", T.Slice(ANY))]
    return T.Signature(params, [_result(n, t) for n, t in results], variadic=True)


# Library functions govm implements natively: package path -> name -> Signature
LIBRARY = {
    "fmt": {
        "Println": _fmt_sig([("n", T.INT), ("err", ERROR)]),
        "Print": _fmt_sig([("n", T.INT), ("err", ERROR)]),
        "Printf": _fmt_sig([("n", T.INT), ("err", ERROR)], [("format", T.STRING)]),
        "Sprintf": _fmt_sig([("", T.STRING)], [("format", T.STRING)]),
        "Sprint": _fmt_sig([("", T.STRING)]),
        "Sprintln": _fmt_sig([("", T.STRING)]),
    },
}

# standard packages that may be imported (members outside LIBRARY are
# reported as not supported)
KNOWN_PACKAGES = {
    "fmt", "os", "strconv", "strings", "math", "sort", "errors", "time", "sync",
    "runtime", "unsafe", "unicode", "unicode/utf8", "bytes", "io", "bufio",
    "math/rand", "container/list", "container/heap", "reflect", "sync/atomic",
}


# ====================================================================== results

@dataclass
class Info:
    """What the checker hands to the code generator (see module docstring
    of govm.ast for the per-node annotations)."""
    funcs: list = field(default_factory=list)        # every declared Func (functions and methods), source order
    func_lits: list = field(default_factory=list)    # every ast.FuncLit, in checking order
    globals: list = field(default_factory=list)      # package-level Vars, declaration order
    init_order: list = field(default_factory=list)   # [(lhs: list[Var], rhs: Expr | None)]
    main: Any = None                                 # the Func main
    inits: list = field(default_factory=list)        # init Funcs, source order
    types: list = field(default_factory=list)        # every declared TypeName (package and local)
    imports: list = field(default_factory=list)      # PkgNames


class _DeclInfo:
    __slots__ = ("lhs", "vtyp", "init", "inherited", "iota", "fdecl", "tdecl", "deps", "spec")

    def __init__(self, lhs=None, vtyp=None, init=None, inherited=False, iota=0,
                 fdecl=None, tdecl=None, spec=None):
        self.lhs = lhs
        self.vtyp = vtyp
        self.init = init
        self.inherited = inherited
        self.iota = iota
        self.fdecl = fdecl
        self.tdecl = tdecl
        self.deps = {}          # ordered set of package-level objects
        self.spec = spec


class _Env:
    """The per-declaration / per-function checking environment."""
    __slots__ = ("decl", "scope", "iota", "errpos", "sig", "func", "has_call_or_recv",
                 "locals", "is_panic")

    def __init__(self, scope, decl=None, iota=None, sig=None, func=None):
        self.decl = decl
        self.scope = scope
        self.iota = iota
        self.errpos = None
        self.sig = sig
        self.func = func              # FuncDecl / FuncLit whose body is being checked
        self.has_call_or_recv = False
        self.locals = []              # local Vars declared in this function body
        self.is_panic = set()


WHITE, GREY, BLACK = 0, 1, 2


class _Unsupported(Exception):
    pass


def _unparen(e):
    while isinstance(e, A.ParenExpr):
        e = e.x
    return e
