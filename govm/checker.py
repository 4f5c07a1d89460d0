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

Library packages
----------------
Imports of the standard library resolve to ``PkgName`` objects; the members
govm implements natively are listed in ``LIBRARY`` (any other exported
member is reported as "pkg.Name not supported by govm").  A selector
``pkg.M`` on a package gets ``.kind = 'pkg'`` and, by kind of member:

* *functions*: ``.obj = types.Builtin('pkg.F', sig)`` (one fresh Builtin per
  use; its ``type`` is the shared Signature) and the CallExpr's ``kind`` is
  ``'builtin'``, as for the universe built-ins.  Names: ``fmt.Println``,
  ``fmt.Print``, ``fmt.Printf``, ``fmt.Sprintf``, ``fmt.Sprint``,
  ``fmt.Sprintln``, ``runtime.Gosched`` (``func()``), ``runtime.GC``
  (``func()``), ``runtime.NumGoroutine`` (``func() int``),
  ``runtime.ReadMemStats`` (``func(m *runtime.MemStats)``), ``os.Exit``
  (``func(code int)``), ``strconv.Itoa`` (``func(i int) string``),
  ``strconv.Atoi`` (``func(s string) (int, error)``), ``strconv.FormatInt``
  (``func(i int64, base int) string``), ``strconv.Quote``
  (``func(s string) string``), ``errors.New`` (``func(text string) error``).
  A library function used other than in a call (``f := strconv.Itoa``) is
  "not supported by govm".
* *constants*: ``.obj`` the shared ``types.Const`` (``runtime.GOARCH``,
  ``runtime.GOOS``, ``runtime.Compiler``); the expression's ``.value`` is set.
* *variables*: ``.obj`` the shared ``types.Var`` ``OS_ARGS`` (name
  ``'os.Args'``, type ``[]string``, kind ``'global'``, not in
  ``Info.globals``): the code generator recognises it by identity.
* *types*: ``.obj`` the shared ``types.TypeName`` (``pkg`` = the package
  path) of a ``types.Named`` whose ``str()`` and messages spell
  ``sync.WaitGroup``.  The underlying types are the VM's layout, all fields
  unexported ``int`` words, zero value = unlocked / zero counter:

  - ``sync.WaitGroup`` (``WAITGROUP``): ``struct{state, waiters, q int}``
  - ``sync.Mutex`` (``MUTEX``): ``struct{state, sema, q int}``
  - ``sync.RWMutex`` (``RWMUTEX``): ``struct{w, writerSem, readerSem,
    readerCount, readerWait int}``
  - ``runtime.MemStats`` (``MEMSTATS``): the exported fields of go1.19's
    ``runtime/mstats.go`` in order, with Go's types (uint64 counters,
    ``PauseNs``/``PauseEnd [256]uint64``, ``NumGC``/``NumForcedGC uint32``,
    ``GCCPUFraction float64``, ``EnableGC``/``DebugGC bool``, ``BySize
    [61]struct{Size uint32; Mallocs uint64; Frees uint64}``).

  Methods (all pointer receivers): ``WaitGroup.Add(delta int)``, ``Done()``,
  ``Wait()``; ``Mutex.Lock()``, ``Unlock()``; ``RWMutex.Lock()``,
  ``Unlock()``, ``RLock()``, ``RUnlock()``.  Each is a ``types.Func`` in
  ``named.methods`` with ``pkg='sync'``, ``decl=None``, ``recv_type =
  types.Pointer(named)`` and ``sig.recv`` a Var of that pointer type.  A
  call ``wg.Add(1)`` is annotated exactly like a user method call (CallExpr
  ``kind='method'``, its ``fun`` a SelectorExpr with ``kind='method'``,
  ``.obj`` the Func, ``.path``/``.indirect`` as usual, the addressable
  operand rule applies); the code generator dispatches on
  ``fn.pkg == 'sync'``.  Method expressions on library types are "not
  supported by govm".

Unexported fields of library structs carry ``StructField.pkg`` and are
invisible to lookups from package main, as in gc: ``wg.state undefined (type
sync.WaitGroup has no field or method state)``; keyed literals report
``unknown field 'state' in struct literal of type sync.Mutex`` and
positional ones ``implicit assignment to unexported field state in
sync.Mutex literal`` (counting Go's own number of fields, ``go_nfields``).
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
        pkg = getattr(t.obj, "pkg", "main")
        return t.name if pkg in ("main", "") else f"{pkg}.{t.name}"
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


def _lib_struct(pkg, name, fields):
    """A library struct type ``pkg.name``: a Named whose TypeName has
    ``pkg=pkg``; its StructFields carry ``.pkg`` so that unexported ones are
    invisible outside the package (``_hidden_field``)."""
    flds = []
    for fname, ftyp in fields:
        f = T.StructField(fname, ftyp, False, A.NOPOS)
        f.pkg = pkg
        flds.append(f)
    named = T.Named(name, T.Struct(flds), {}, None)
    named.obj = T.TypeName(name, named, A.NOPOS, pkg=pkg)
    return named


def _lib_methods(named, recv_name, methods):
    """Pointer-receiver methods of a library type: name -> (params, results)."""
    ptr = T.Pointer(named)
    pkg = named.obj.pkg
    for mname, params, results in methods:
        recv = T.Var(recv_name, ptr, A.NOPOS, kind="param", used=True)
        sig = T.Signature([_param(n, t) for n, t in params], [_result(n, t) for n, t in results], recv=recv)
        named.methods[mname] = T.Func(mname, sig, A.NOPOS, decl=None, recv_type=ptr, pkg=pkg)
    return named


# the first path elements of Go 1.19's standard library packages: an import of
# one govm lacks is "not supported", anything else is not in GOROOT
STD_ROOTS = frozenset("""archive bufio bytes compress container context crypto database debug embed encoding
    errors expvar flag fmt go hash html image index io log math mime net os path plugin reflect regexp
    runtime sort strconv strings sync syscall testing text time unicode unsafe""".split())


def _hidden_field(f) -> bool:
    """An unexported field of a library type: not selectable from package main."""
    pkg = getattr(f, "pkg", None)
    return pkg is not None and pkg != "main" and not f.name[:1].isupper()


def _sig(params, results):
    return T.Signature([_param(n, t) for n, t in params], [_result(n, t) for n, t in results])


WAITGROUP = _lib_methods(
    _lib_struct("sync", "WaitGroup", [("state", T.INT), ("waiters", T.INT), ("q", T.INT)]),
    "wg", [("Add", [("delta", T.INT)], []), ("Done", [], []), ("Wait", [], [])])
MUTEX = _lib_methods(
    _lib_struct("sync", "Mutex", [("state", T.INT), ("sema", T.INT), ("q", T.INT)]),
    "m", [("Lock", [], []), ("Unlock", [], [])])
RWMUTEX = _lib_methods(
    _lib_struct("sync", "RWMutex", [("w", T.INT), ("writerSem", T.INT), ("readerSem", T.INT),
                                    ("readerCount", T.INT), ("readerWait", T.INT)]),
    "rw", [("Lock", [], []), ("Unlock", [], []), ("RLock", [], []), ("RUnlock", [], [])])
MUTEX.go_nfields = 2    # go1.19: state int32, sema uint32 (govm adds the wait queue q)
# methods of the library types that exist in Go but not in govm (reported as
# "not supported" rather than with gc's "has no field or method")
_LIB_UNSUPPORTED_METHODS = {
    WAITGROUP: set(),
    MUTEX: {"TryLock"},
    RWMUTEX: {"TryLock", "TryRLock", "RLocker"},
}

# runtime.MemStats: the exported fields of go1.19's runtime/mstats.go, in order
MEMSTATS = _lib_struct("runtime", "MemStats", [
    ("Alloc", T.UINT64), ("TotalAlloc", T.UINT64), ("Sys", T.UINT64), ("Lookups", T.UINT64),
    ("Mallocs", T.UINT64), ("Frees", T.UINT64),
    ("HeapAlloc", T.UINT64), ("HeapSys", T.UINT64), ("HeapIdle", T.UINT64), ("HeapInuse", T.UINT64),
    ("HeapReleased", T.UINT64), ("HeapObjects", T.UINT64),
    ("StackInuse", T.UINT64), ("StackSys", T.UINT64),
    ("MSpanInuse", T.UINT64), ("MSpanSys", T.UINT64), ("MCacheInuse", T.UINT64), ("MCacheSys", T.UINT64),
    ("BuckHashSys", T.UINT64), ("GCSys", T.UINT64), ("OtherSys", T.UINT64),
    ("NextGC", T.UINT64), ("LastGC", T.UINT64), ("PauseTotalNs", T.UINT64),
    ("PauseNs", T.Array(T.UINT64, 256)), ("PauseEnd", T.Array(T.UINT64, 256)),
    ("NumGC", T.UINT32), ("NumForcedGC", T.UINT32), ("GCCPUFraction", T.FLOAT64),
    ("EnableGC", T.BOOL), ("DebugGC", T.BOOL),
    ("BySize", T.Array(T.Struct([T.StructField("Size", T.UINT32), T.StructField("Mallocs", T.UINT64),
                                 T.StructField("Frees", T.UINT64)]), 61)),
])

# os.Args: a package-level variable of package os (kind 'global', not in Info.globals)
OS_ARGS = T.Var("os.Args", T.Slice(T.STRING), A.NOPOS, kind="global", used=True)

# Library members govm implements natively: package path -> name ->
# Signature (a function) | Const | TypeName (a type) | Var (a variable)
LIBRARY = {
    "fmt": {
        "Println": _fmt_sig([("n", T.INT), ("err", ERROR)]),
        "Print": _fmt_sig([("n", T.INT), ("err", ERROR)]),
        "Printf": _fmt_sig([("n", T.INT), ("err", ERROR)], [("format", T.STRING)]),
        "Sprintf": _fmt_sig([("", T.STRING)], [("format", T.STRING)]),
        "Sprint": _fmt_sig([("", T.STRING)]),
        "Sprintln": _fmt_sig([("", T.STRING)]),
    },
    "runtime": {
        "GOARCH": T.Const("GOARCH", T.STRING, A.NOPOS, value=b"amd64"),
        "GOOS": T.Const("GOOS", T.STRING, A.NOPOS, value=b"linux"),
        "Compiler": T.Const("Compiler", T.STRING, A.NOPOS, value=b"gc"),
        "Gosched": _sig([], []),
        "GC": _sig([], []),
        "NumGoroutine": _sig([], [("", T.INT)]),
        "ReadMemStats": _sig([("m", T.Pointer(MEMSTATS))], []),
        "MemStats": MEMSTATS.obj,
    },
    "sync": {
        "WaitGroup": WAITGROUP.obj,
        "Mutex": MUTEX.obj,
        "RWMutex": RWMUTEX.obj,
    },
    "os": {
        "Exit": _sig([("code", T.INT)], []),
        "Args": OS_ARGS,
    },
    "strconv": {
        "Itoa": _sig([("i", T.INT)], [("", T.STRING)]),
        "Atoi": _sig([("s", T.STRING)], [("", T.INT), ("", ERROR)]),
        "FormatInt": _sig([("i", T.INT64), ("base", T.INT)], [("", T.STRING)]),
        "Quote": _sig([("s", T.STRING)], [("", T.STRING)]),
    },
    "errors": {
        "New": _sig([("text", T.STRING)], [("", ERROR)]),
    },
}
for _m in LIBRARY["runtime"].values():
    if isinstance(_m, T.Const):
        _m._val = _m.value

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


# ====================================================================== checker

class Checker:
    def __init__(self, file: A.File, filename: str, require_main: bool = True):
        self.file = file
        self.filename = filename
        self.require_main = require_main
        self.errors = []               # (Pos, msg)
        self._last_err = None
        self.info = Info()
        self.pkg_scope = _Scope(UNIVERSE, "package")
        self.obj_map = {}              # package-level object -> _DeclInfo
        self.obj_list = []             # package-level objects in source order
        self.methods = {}              # base type name -> [Func]
        self.method_decls = []         # (Func, _DeclInfo) in source order
        self.obj_path = []
        self.color = {}                # obj -> color (WHITE/GREY+index/BLACK)
        self.delayed = []
        self.untyped = {}              # expr -> [mode, typ, val, is_lhs]
        self.recorded = []             # every annotated node (for canonicalisation)
        self.env = _Env(self.pkg_scope)
        self.imports = []
        self.func_decl_objs = []
        self.local_types = []

    # ------------------------------------------------------------ errors

    def error(self, at, msg, soft=False):
        pos = at if isinstance(at, A.Pos) else (at.pos if at is not None else A.NOPOS)
        if isinstance(at, _Operand):
            pos = at.pos
        if self.errors and ("invalid operand" in msg[1:] or "invalid type" in msg[1:]):
            return
        if self.env.errpos is not None:
            pos = self.env.errpos
        key = (pos.line, msg)
        if self._last_err == key:
            return
        self._last_err = key
        self.errors.append((pos, msg))

    def errorf(self, at, fmt, *args):
        self.error(at, fmt % tuple(self._arg(a) for a in args))

    def _arg(self, a):
        if isinstance(a, _Operand):
            return str(a)
        if isinstance(a, T.Type):
            return type_string(a)
        if isinstance(a, A.Expr):
            return expr_string(a)
        if isinstance(a, A.Pos):
            return self.pos_str(a)
        return a

    def pos_str(self, pos):
        return f"{self.filename}:{pos.line}:{pos.col}"

    def report(self, descs):
        """A multi-part error: [(at, msg)]; continuation parts with a known
        position are prefixed by it (types2's error_ with several descs)."""
        at, msg = descs[0]
        parts = [msg]
        for p, m in descs[1:]:
            pp = p if isinstance(p, A.Pos) or p is None else p.pos
            if pp is not None and pp != A.NOPOS:
                parts.append(f"{self.pos_str(pp)}: {m}")
            else:
                parts.append(m)
        self.error(at, "\n\t".join(parts))

    def unsupported(self, at, what):
        self.error(at, f"{what} not supported by govm")

    # ------------------------------------------------------------ recording

    def record(self, x: _Operand):
        e = x.expr
        if e is None:
            return
        if x.mode == INVALID_M:
            return
        typ, val = x.typ, None
        if x.mode == CONSTANT:
            val = x.val
        if is_untyped(typ) if isinstance(typ, T.Basic) else False:
            self.untyped[e] = [x.mode, typ, val, False]
        self.record_type_and_value(e, x.mode, typ, val)

    def record_type_and_value(self, e, mode, typ, val):
        if e is None or mode == INVALID_M:
            return
        e.type = typ
        if mode == CONSTANT and val is not None:
            e.value = C.py_value(val, typ)
        else:
            e.value = None
        self.recorded.append(e)

    def record_use(self, ident, obj):
        ident.obj = obj
        self.recorded.append(ident)

    def record_def(self, ident, obj):
        if ident is not None:
            ident.obj = obj
            self.recorded.append(ident)

    # ------------------------------------------------------------ declare

    def declare(self, scope, ident, obj):
        if obj.name != "_":
            alt = scope.insert(obj)
            if alt is not None:
                if isinstance(obj, T.Var):
                    obj.used = True     # not in any scope: never reported unused
                descs = [(obj.pos, f"{obj.name} redeclared in this block")]
                if alt.pos is not None and alt.pos != A.NOPOS:
                    descs.append((alt.pos, f"other declaration of {alt.name}"))
                self.report(descs)
                return
        if ident is not None:
            self.record_def(ident, obj)

    def add_decl_dep(self, obj):
        d = self.env.decl
        if d is None:
            return
        if obj in self.obj_map:
            d.deps[obj] = True

    def later(self, fn):
        self.delayed.append(fn)

    def process_delayed(self, top=0):
        i = top
        while i < len(self.delayed):
            self.delayed[i]()
            i += 1
        del self.delayed[top:]

    # ------------------------------------------------------------ package level

    def check_file(self):
        self.collect_objects()
        self.package_objects()
        self.process_delayed(0)
        self.init_order()
        self.unused_imports()
        self.record_untyped()
        main = self.pkg_scope.lookup("main")
        if isinstance(main, T.Func):
            self.info.main = main
        elif main is None and not self.errors and self.require_main:
            # gc's linker reports this (without a position) only when the
            # package compiled cleanly
            self.error(A.NOPOS, "function main is undeclared in the main package")

    def collect_objects(self):
        f = self.file
        if f.package.name != "main" and self.require_main:
            # govm runs programs: only package main is meaningful
            self.error(f.package, f"package {f.package.name} is not a main package (govm runs package main only)")
        for spec in f.imports:
            path = spec.path.decode("utf-8", "replace") if isinstance(spec.path, (bytes, bytearray)) else str(spec.path)
            if path not in KNOWN_PACKAGES:
                if path.split("/", 1)[0] in STD_ROOTS:
                    self.error(spec, f"package {path} is not supported by govm yet")
                else:
                    self.error(spec, f"package {path} is not in GOROOT (govm supports only the standard library)")
                continue
            name = spec.name.name if spec.name is not None else path.rsplit("/", 1)[-1]
            pn = T.PkgName(name, None, spec.pos, path=path)
            pn._explicit = spec.name is not None
            if spec.name is not None:
                self.record_def(spec.name, pn)
            if name == "_":
                continue
            if name == ".":
                self.unsupported(spec, "dot import")
                continue
            self.imports.append(pn)
            self.info.imports.append(pn)
            self.declare(self.pkg_scope, None, pn)
        for decl in f.decls:
            if isinstance(decl, A.GenDecl):
                if decl.tok == "const":
                    last = None
                    for spec in decl.specs:
                        inherited = True
                        if spec.typ is not None or spec.values:
                            last = spec
                            inherited = False
                        elif last is None:
                            last = A.ValueSpec(spec.pos, [], None, [])
                            inherited = False
                        for i, name in enumerate(spec.names):
                            obj = T.Const(name.name, None, name.pos)
                            obj._val = None
                            init = last.values[i] if i < len(last.values) else None
                            d = _DeclInfo(vtyp=last.typ, init=init, inherited=inherited, iota=spec.iota, spec=spec)
                            self.declare_pkg_obj(name, obj, d)
                        self.arity(spec.pos, spec.names, last.values, True, inherited)
                elif decl.tok == "var":
                    for spec in decl.specs:
                        lhs = [T.Var(n.name, None, n.pos, kind="global") for n in spec.names]
                        d1 = None
                        if len(spec.values) == 1 and len(spec.names) > 1:
                            d1 = _DeclInfo(lhs=lhs, vtyp=spec.typ, init=spec.values[0], spec=spec)
                        for i, name in enumerate(spec.names):
                            if d1 is not None:
                                d = d1
                            else:
                                init = spec.values[i] if i < len(spec.values) else None
                                d = _DeclInfo(vtyp=spec.typ, init=init, spec=spec)
                            self.declare_pkg_obj(name, lhs[i], d)
                            self.info.globals.append(lhs[i])
                        if spec.typ is None or spec.values:
                            self.arity(spec.pos, spec.names, spec.values, False, False)
                elif decl.tok == "type":
                    for spec in decl.specs:
                        obj = T.TypeName(spec.name.name, None, spec.name.pos)
                        self.declare_pkg_obj(spec.name, obj, _DeclInfo(tdecl=spec))
                        self.info.types.append(obj)
                elif decl.tok == "import":
                    pass
            elif isinstance(decl, A.FuncDecl):
                name = decl.name.name
                obj = T.Func(name, None, decl.name.pos, decl=decl)
                decl.obj = obj
                d = _DeclInfo(fdecl=decl)
                if decl.recv is None:
                    if name == "init" or name == "main":
                        if decl.typ.params or decl.typ.results:
                            self.error(decl.name, f"func {name} must have no arguments and no return values")
                    if name == "init":
                        self.record_def(decl.name, obj)
                        if decl.body is None:
                            self.error(decl.name, "missing function body")
                        self.info.inits.append(obj)
                    else:
                        self.declare(self.pkg_scope, decl.name, obj)
                else:
                    self.record_def(decl.name, obj)
                    base = self.recv_base_name(decl.recv.typ)
                    if base is not None and name != "_":
                        self.methods.setdefault(base, []).append(obj)
                self.obj_map[obj] = d
                self.obj_list.append(obj)
                self.info.funcs.append(obj)
                if decl.body is None and name != "init" and self.require_main:
                    # (go tool compile without -complete accepts body-less
                    # declarations: assembly functions in library packages)
                    self.error(decl.name, "missing function body")

    def recv_base_name(self, e):
        e = _unparen(e)
        if isinstance(e, A.StarExpr):
            e = _unparen(e.x)
        if isinstance(e, A.Ident):
            return e.name
        return None

    def declare_pkg_obj(self, ident, obj, d):
        if ident.name == "init":
            self.error(ident, "cannot declare init - must be func")
            return
        if ident.name == "main":
            self.error(ident, "cannot declare main - must be func")
            return
        self.declare(self.pkg_scope, ident, obj)
        self.obj_map[obj] = d
        self.obj_list.append(obj)

    def arity(self, pos, names, inits, const_decl, inherited):
        l, r = len(names), len(inits)
        if l < r:
            n = inits[l]
            if inherited:
                self.error(pos, f"extra init expr at {self.pos_str(n.pos)}")
            else:
                self.error(n, f"extra init expr {expr_string(n)}")
        elif l > r and (const_decl or r != 1):
            n = names[r]
            self.error(n, f"missing init expr for {n.name}")

    def package_objects(self):
        objs = list(self.obj_list)
        # non-alias types first, then aliases, then everything else
        types_ = [o for o in objs if isinstance(o, T.TypeName)]
        for o in types_:
            if not self.obj_map[o].tdecl.alias:
                self.obj_decl(o)
        for o in types_:
            if self.obj_map[o].tdecl.alias:
                self.obj_decl(o)
        for o in objs:
            if not isinstance(o, T.TypeName):
                self.obj_decl(o)
        # methods declared on types that don't exist
        for name, ms in self.methods.items():
            pass

    def obj_decl(self, obj):
        col = self.color.get(obj, WHITE)
        if col == WHITE and obj.type is not None:
            self.color[obj] = BLACK
            return
        if col == BLACK:
            return
        if col >= GREY and col != BLACK:
            # cycle
            if isinstance(obj, (T.Const, T.Var)):
                if not self.valid_cycle(obj) or obj.type is None:
                    obj.type = INVALID
            elif isinstance(obj, T.TypeName):
                if not self.valid_cycle(obj):
                    obj.type = INVALID
            elif isinstance(obj, T.Func):
                self.valid_cycle(obj)
            return
        d = self.obj_map.get(obj)
        if d is None:
            raise InternalError(f"{obj.name} should have been declared")
        self.obj_path.append(obj)
        self.color[obj] = GREY + len(self.obj_path) + 1   # index+GREY+2 > BLACK
        saved = self.env
        self.env = _Env(self.pkg_scope, decl=None)
        try:
            if isinstance(obj, T.Const):
                self.env.decl = d
                self.const_decl(obj, d.vtyp, d.init, d.inherited, d.iota)
            elif isinstance(obj, T.Var):
                self.env.decl = d
                self.var_decl(obj, d.lhs, d.vtyp, d.init)
            elif isinstance(obj, T.TypeName):
                self.type_decl(obj, d.tdecl)
                self.collect_methods(obj)
            elif isinstance(obj, T.Func):
                self.func_decl(obj, d)
        finally:
            self.env = saved
            self.obj_path.pop()
            self.color[obj] = BLACK

    def valid_cycle(self, obj):
        start = self.color[obj] - GREY - 2
        cycle = self.obj_path[start:]
        nval = ndef = 0
        for o in cycle:
            if isinstance(o, (T.Const, T.Var)):
                nval += 1
            elif isinstance(o, T.TypeName):
                d = self.obj_map.get(o)
                alias = d.tdecl.alias if d is not None else False
                if not alias:
                    ndef += 1
        if nval == len(cycle):
            return True
        if nval == 0 and ndef > 0:
            return True
        self.cycle_error(cycle)
        return False

    def cycle_error(self, cycle):
        i = min(range(len(cycle)), key=lambda k: (cycle[k].pos.line, cycle[k].pos.col))
        obj = cycle[i]
        if isinstance(obj, T.TypeName):
            descs = [(obj.pos, f"invalid recursive type {obj.name}")]
        else:
            descs = [(obj.pos, f"illegal cycle in declaration of {obj.name}")]
        for _ in cycle:
            descs.append((obj.pos, f"{obj.name} refers to"))
            i = (i + 1) % len(cycle)
            obj = cycle[i]
        descs.append((obj.pos, obj.name))
        self.report(descs)

    # ------------------------------------------------------------ const / var

    def const_decl(self, obj, typ_expr, init, inherited, iota):
        saved_iota, saved_errpos = self.env.iota, self.env.errpos
        self.env.iota = iota
        self.env.errpos = None
        try:
            obj._val = None
            if typ_expr is not None:
                t = self.typ(typ_expr)
                if not is_const_type(t):
                    if under(t) is not INVALID:
                        self.errorf(typ_expr, "invalid constant type %s", t)
                    obj.type = INVALID
                    return
                obj.type = t
            x = _Operand()
            if init is not None:
                if inherited:
                    self.env.errpos = obj.pos
                self.expr(x, init)
            self.init_const(obj, x)
        finally:
            self.env.iota, self.env.errpos = saved_iota, saved_errpos
            obj.value = C.py_value(obj._val, obj.type) if obj.type is not None else None

    def init_const(self, lhs, x):
        if x.invalid or x.typ is INVALID or lhs.type is INVALID:
            if lhs.type is None:
                lhs.type = INVALID
            return
        if x.mode != CONSTANT:
            self.errorf(x, "%s is not constant", x)
            if lhs.type is None:
                lhs.type = INVALID
            return
        if lhs.type is None:
            lhs.type = x.typ
        self.assignment(x, lhs.type, "constant declaration")
        if x.invalid:
            return
        lhs._val = x.val

    def var_decl(self, obj, lhs, typ_expr, init):
        try:
            if typ_expr is not None:
                obj.type = self.var_type(typ_expr)
            if init is None:
                if typ_expr is None:
                    obj.type = INVALID
                return
            if lhs is None or len(lhs) == 1:
                x = _Operand()
                self.expr(x, init)
                self.init_var(obj, x, "variable declaration")
                return
            if typ_expr is not None:
                for v in lhs:
                    v.type = obj.type
            self.init_vars(lhs, [init], None)
        finally:
            if obj.type is INVALID:
                obj.used = True
            for v in lhs or ():
                if v.type is INVALID:
                    v.used = True

    # ------------------------------------------------------------ types

    def type_decl(self, obj, tdecl, local=False):
        if tdecl.alias:
            obj.type = INVALID
            obj._alias = True
            rhs = self.typ(tdecl.typ)
            obj.type = rhs
            return
        named = T.Named(obj.name, None, {}, obj)
        named._local = local
        obj.type = named
        rhs = self.defined_type(tdecl.typ, named)
        if named.under is None:
            named.under = INVALID
        # resolve chains of named types now
        u = rhs
        seen = set()
        while isinstance(u, T.Named) and id(u) not in seen:
            seen.add(id(u))
            u = u.under
        named.under = u if u is not None else INVALID
        self.later(lambda: self.valid_type(named))

    def valid_type(self, named):
        # detect invalid recursive types (T contains T without indirection)
        path = []

        def walk(t, path):
            if isinstance(t, T.Named):
                if t in path:
                    i = path.index(t)
                    cyc = path[i:]
                    if cyc[0] is named or named in cyc:
                        if getattr(named, "_cycle_reported", False):
                            return False
                        for n in cyc:
                            n._cycle_reported = True
                        self.cycle_error([n.obj for n in cyc])
                    return False
                if getattr(t, "_valid", False):
                    return True
                path.append(t)
                ok = walk(t.under, path)
                path.pop()
                return ok
            if isinstance(t, T.Array):
                return walk(t.elem, path)
            if isinstance(t, T.Struct):
                for f in t.fields:
                    if not walk(f.type, path):
                        return False
            return True

        if walk(named, path):
            named._valid = True
        else:
            if under(named) is not INVALID:
                pass

    def collect_methods(self, obj):
        ms = self.methods.pop(obj.name, None)
        if not ms or self.pkg_scope.lookup(obj.name) is not obj:
            if ms:
                self.methods[obj.name] = ms
            return
        base = obj.type if isinstance(obj.type, T.Named) else None
        seen = {}
        for m in ms:
            if m.name in seen:
                alt = seen[m.name]
                self.report([(m.pos, f"{obj.name}.{m.name} redeclared in this block"),
                             (alt.pos, f"other declaration of {m.name}")])
                m._dup = True
                continue
            seen[m.name] = m
            if base is not None:
                base.methods[m.name] = m
        if base is not None:
            st = under(base)
            if isinstance(st, T.Struct):
                for f in st.fields:
                    if f.name in base.methods and f.name != "_":
                        alt = base.methods[f.name]
                        self.report([(alt.pos, f"field and method with the same name {f.name}"),
                                     (f.pos, f"other declaration of {f.name}")])

    def typ(self, e):
        return self.defined_type(e, None)

    def var_type(self, e):
        return self.defined_type(e, None)

    def defined_type(self, e, defn):
        t = self.typ_internal(e, defn)
        self.record_type_and_value(e, TYPEXPR, t, None)
        return t

    def typ_internal(self, e, defn):
        def set_under(t):
            if defn is not None:
                defn.under = t
            return t

        if isinstance(e, A.Ident):
            x = _Operand()
            self.ident(x, e, defn, True)
            if x.mode == TYPEXPR:
                return set_under(x.typ)
            if x.mode == INVALID_M:
                pass
            elif x.mode == NOVALUE:
                self.errorf(x, "%s used as type", x)
            else:
                self.errorf(x, "%s is not a type", x)
            return INVALID
        if isinstance(e, A.SelectorExpr):
            x = _Operand()
            self.selector(x, e)
            if x.mode == TYPEXPR:
                return set_under(x.typ)
            if x.mode != INVALID_M:
                self.errorf(x, "%s is not a type", x)
            return INVALID
        if isinstance(e, A.ParenExpr):
            return self.defined_type(e.x, defn)
        if isinstance(e, A.ArrayType):
            if e.len is None:
                t = T.Slice(INVALID)
                set_under(t)
                t.elem = self.var_type(e.elt)
                return t
            t = T.Array(INVALID, -1)
            set_under(t)
            if isinstance(e.len, A.Ellipsis):
                self.error(e.len, "invalid use of [...] array (outside a composite literal)")
                t.length = -1
            else:
                t.length = self.array_length(e.len)
            t.elem = self.var_type(e.elt)
            if t.length >= 0:
                return t
            return INVALID
        if isinstance(e, A.Ellipsis):
            self.error(e, "invalid use of '...'")
            return INVALID
        if isinstance(e, A.StructType):
            t = T.Struct([])
            set_under(t)
            self.struct_type(t, e)
            return t
        if isinstance(e, A.StarExpr):
            t = T.Pointer(INVALID)
            set_under(t)
            t.elem = self.var_type(e.x)
            if t.elem is INVALID:
                return INVALID
            return t
        if isinstance(e, A.FuncType):
            t = T.Signature([], [])
            set_under(t)
            self.func_type(t, None, e)
            return t
        if isinstance(e, A.InterfaceType):
            t = T.Interface([])
            set_under(t)
            self.interface_type(t, e)
            return t
        if isinstance(e, A.MapType):
            t = T.Map(INVALID, INVALID)
            set_under(t)
            t.key = self.var_type(e.key)
            t.elem = self.var_type(e.val)
            key_expr = e.key

            def check_key():
                if not comparable_type(t.key) and under(t.key) is not INVALID:
                    self.errorf(key_expr, "invalid map key type %s", t.key)
            self.later(check_key)
            return t
        if isinstance(e, A.ChanType):
            t = T.Chan(e.dir, INVALID)
            set_under(t)
            t.elem = self.var_type(e.val)
            return t
        self.errorf(e, "%s is not a type", e)
        self.use(e)
        return INVALID

    def array_length(self, e):
        if isinstance(e, A.Ident):
            _, obj = self.env.scope.lookup_parent(e.name)
            if obj is None:
                self.errorf(e, "undefined array length %s or missing type constraint", e.name)
                return -1
            if not isinstance(obj, T.Const):
                self.errorf(e, "invalid array length %s", e.name)
                return -1
        x = _Operand()
        self.expr(x, e)
        if x.mode != CONSTANT:
            if x.mode != INVALID_M:
                self.errorf(x, "array length %s must be constant", x)
            return -1
        if is_untyped(x.typ) or is_integer(x.typ):
            v = C.to_int(x.val) if C.is_numeric(x.val) else None
            if v is not None and C.representable(v, T.INT) and v >= 0:
                if is_untyped(x.typ):
                    self.convert_untyped(x, T.INT)
                return v
        if is_integer(x.typ):
            self.errorf(x, "invalid array length %s", x)
        else:
            self.errorf(x, "array length %s must be integer", x)
        return -1

    def struct_type(self, st, e):
        seen = {}
        for f in e.fields:
            typ = self.var_type(f.typ)
            if f.names:
                for n in f.names:
                    fld = T.StructField(n.name, typ, False, n.pos)
                    if n.name != "_" and n.name in seen:
                        alt = seen[n.name]
                        self.report([(n.pos, f"{n.name} redeclared"),
                                     (alt.pos, f"other declaration of {n.name}")])
                        continue
                    seen[n.name] = fld
                    st.fields.append(fld)
                    self.record_def(n, self.field_var(fld))
            else:
                te = _unparen(f.typ)
                if isinstance(te, A.StarExpr):
                    te = _unparen(te.x)
                if isinstance(te, A.SelectorExpr):
                    name = te.sel.name
                elif isinstance(te, A.Ident):
                    name = te.name
                else:
                    self.errorf(f.typ, "invalid embedded field type %s", f.typ)
                    continue
                fld = T.StructField(name, typ, True, f.typ.pos)
                if name in seen:
                    alt = seen[name]
                    self.report([(f.typ.pos, f"{name} redeclared"),
                                 (alt.pos, f"other declaration of {name}")])
                    continue
                seen[name] = fld
                st.fields.append(fld)

                def chk(typ=typ, pos=f.typ.pos):
                    t = typ
                    is_ptr = False
                    if isinstance(t, T.Pointer):
                        t, is_ptr = t.elem, True
                    u = under(t)
                    if isinstance(u, T.Pointer):
                        self.error(pos, "embedded field type cannot be a pointer")
                    elif isinstance(u, T.Interface) and is_ptr:
                        self.error(pos, "embedded field type cannot be a pointer to an interface")
                self.later(chk)

    def field_var(self, fld):
        v = getattr(fld, "_var", None)
        if v is None:
            v = T.Var(fld.name, fld.type, fld.pos, kind="field", used=True, field=fld)
            fld._var = v
        return v

    def interface_type(self, it, e):
        methods = []
        seen = {}
        for f in e.methods:
            if f.names:
                name = f.names[0]
                sig = T.Signature([], [])
                if not isinstance(f.typ, A.FuncType):
                    self.error(f.typ, "invalid method type")
                    continue
                self.func_type(sig, None, f.typ)
                m = T.Func(name.name, sig, name.pos)
                if name.name == "_":
                    self.error(name, "methods must have a unique non-blank name")
                    continue
                if name.name in seen:
                    self.report([(name.pos, f"duplicate method {name.name}"),
                                 (seen[name.name].pos, f"other declaration of {name.name}")])
                    continue
                seen[name.name] = m
                self.record_def(name, m)
                methods.append(m)
            else:
                t = self.typ(f.typ)
                u = under(t)
                if t is INVALID:
                    continue
                if not isinstance(u, T.Interface):
                    self.errorf(f.typ, "interface contains type constraints")
                    continue
                for m in u.methods:
                    if m.name in seen:
                        if not identical(seen[m.name].type, m.type):
                            self.error(f.typ, f"duplicate method {m.name}")
                        continue
                    seen[m.name] = m
                    methods.append(m)
        methods.sort(key=lambda m: m.name)
        it.methods[:] = methods

    def func_type(self, sig, recv_field, ftype, scope=None):
        """Fill sig from an ast.FuncType; declares params in scope if given."""
        params, variadic = self.collect_params(ftype.params, True, "param", scope)
        results, _ = self.collect_params(ftype.results, False, "result", scope)
        for i, r in enumerate(results):
            if r.name == "":
                r.name = f"~r{i}"
        sig.params = params
        sig.results = results
        sig.variadic = variadic

    def collect_params(self, fields, variadic_ok, kind, scope):
        out = []
        variadic = False
        for i, f in enumerate(fields):
            ft = f.typ
            is_dots = False
            if isinstance(ft, A.Ellipsis):
                if variadic_ok and i == len(fields) - 1 and len(f.names) <= 1:
                    variadic = True
                    is_dots = True
                else:
                    self.error(ft, "can only use ... with final parameter in list")
                ft = ft.elt
            typ = self.var_type(ft)
            if is_dots:
                typ = T.Slice(typ)
                self.record_type_and_value(f.typ, TYPEXPR, typ, None)
            if f.names:
                for n in f.names:
                    v = T.Var(n.name, typ, n.pos, kind=kind, used=True)
                    if scope is not None:
                        self.declare(scope, n, v)
                    else:
                        self.record_def(n, v)
                    out.append(v)
            else:
                out.append(T.Var("", typ, f.pos, kind=kind, used=True))
        return out, variadic

    # ------------------------------------------------------------ functions

    def func_decl(self, obj, d):
        fdecl = d.fdecl
        sig = T.Signature([], [])
        obj.type = sig
        scope = _Scope(self.pkg_scope, "function", is_func=True)
        if fdecl.recv is not None:
            recv_vars, _ = self.collect_params([fdecl.recv], False, "param", scope)
            recv = recv_vars[0] if recv_vars else T.Var("", INVALID, fdecl.recv.pos, kind="param", used=True)
            if len(fdecl.recv.names) > 1:
                self.error(fdecl.recv.names[-1], "method must have exactly one receiver")
            sig.recv = recv
            obj.recv_type = recv.type
            self.validate_receiver(recv, fdecl.recv)
        self.func_type(sig, fdecl.recv, fdecl.typ, scope)
        self.record_type_and_value(fdecl.typ, TYPEXPR, sig, None)
        if fdecl.body is not None:
            self.later(lambda: self.func_body(d, obj.name, sig, fdecl.body, scope, fdecl))

    def validate_receiver(self, recv, field):
        rtyp = recv.type
        if isinstance(rtyp, T.Pointer):
            rtyp = rtyp.elem
        if rtyp is INVALID:
            return
        pos = recv.pos if recv.name else field.typ.pos
        if isinstance(rtyp, T.Named):
            if getattr(rtyp, "_local", False) or rtyp.obj.pkg != "main":
                self.errorf(pos, "cannot define new methods on non-local type %s", rtyp)
                return
            u = under(rtyp)
            if isinstance(u, (T.Pointer, T.Interface)):
                self.errorf(pos, "invalid receiver type %s (pointer or interface type)", rtyp)
        elif isinstance(rtyp, T.Basic):
            self.errorf(pos, "cannot define new methods on non-local type %s", rtyp)
        else:
            self.errorf(pos, "invalid receiver type %s", recv.type)

    def func_body(self, decl, name, sig, body, scope, func_node):
        saved = self.env
        # parameters and results belong to this function: a closure that uses
        # them captures them (note_capture)
        for v in ([sig.recv] if sig.recv is not None else []) + list(sig.params) + list(sig.results):
            if getattr(v, "_owner", None) is None:
                v._owner = func_node
        self.env = _Env(scope, decl=decl, sig=sig, func=func_node)
        try:
            self.stmt_list(body.stmts)
            if sig.results and not self.is_terminating(body, ""):
                self.error(body.rbrace, "missing return")
            self.usage(self.env.locals)
        finally:
            self.env = saved
        self.check_branches(body)

    def usage(self, local_vars):
        unused = [v for v in local_vars if not v.used and v.name != "_"]
        unused.sort(key=lambda v: (v.pos.line, v.pos.col))
        for v in unused:
            self.error(v.pos, f"{v.name} declared but not used", soft=True)

    # ================================================================== expressions

    def ident(self, x, e, defn, want_type):
        x.mode = INVALID_M
        x.expr = e
        x.typ = INVALID
        scope, obj = self.env.scope.lookup_parent(e.name)
        if obj is None:
            if e.name == "_":
                self.error(e, "cannot use _ as value or type")
            else:
                self.error(e, f"undefined: {e.name}")
            return
        self.record_use(e, obj)
        typ = obj.type
        if isinstance(obj, (T.Const, T.Var, T.TypeName, T.Func)) and obj in self.obj_map:
            if typ is None or (isinstance(obj, T.TypeName) and want_type):
                self.obj_decl(obj)
                typ = obj.type
        if isinstance(obj, T.PkgName):
            self.error(e, f"use of package {obj.name} not in selector")
            return
        if isinstance(obj, T.Const):
            self.add_decl_dep(obj)
            if typ is INVALID or typ is None:
                return
            if obj is UNIVERSE_IOTA:
                if self.env.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return
                x.val = self.env.iota
            else:
                x.val = obj._val
            x.mode = CONSTANT
        elif isinstance(obj, T.TypeName):
            if typ is T.COMPLEX128:
                self.unsupported(e, "complex number")
                return
            x.mode = TYPEXPR
        elif isinstance(obj, T.Var):
            obj.used = True
            self.add_decl_dep(obj)
            self.note_capture(obj)
            if typ is INVALID or typ is None:
                if typ is None:
                    # a variable referring to itself in its own initializer
                    return
                return
            x.mode = VARIABLE
        elif isinstance(obj, T.Func):
            self.add_decl_dep(obj)
            x.mode = VALUE
        elif isinstance(obj, T.Builtin):
            x.id = obj.name
            x.mode = BUILTIN
        elif isinstance(obj, T.Nil):
            x.mode = NILVALUE
        else:
            raise InternalError(f"unexpected object {obj!r}")
        x.typ = typ if typ is not None else INVALID

    def note_capture(self, v):
        """Record v in the captures of every function literal between the
        function declaring v and the current one."""
        owner = getattr(v, "_owner", None)
        if owner is None or v.kind in ("global", "field"):
            return
        chain = self._func_chain
        if not chain or chain[-1] is owner:
            return
        for fn in reversed(chain):
            if fn is owner:
                break
            if isinstance(fn, A.FuncLit):
                caps = fn.captures
                if v not in caps:
                    caps.append(v)

    def expr(self, x, e):
        """Single-valued expression."""
        self.raw_expr(x, e, None)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def multi_expr(self, x, e):
        self.raw_expr(x, e, None)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))

    def expr_with_hint(self, x, e, hint):
        self.raw_expr(x, e, hint)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def expr_or_type(self, x, e):
        self.raw_expr(x, e, None)
        self.exclude(x, (NOVALUE,))
        self.single_value(x)

    def exclude(self, x, modeset):
        if x.mode in modeset:
            if x.mode == NOVALUE:
                msg = "%s used as value" if TYPEXPR in modeset else "%s used as value or type"
            elif x.mode == BUILTIN:
                if x.id and "." in x.id:
                    # a library function as a value is valid Go, not supported by govm
                    self.unsupported(x, f"{x.id} as a function value")
                    x.mode = INVALID_M
                    return
                msg = "%s must be called"
            else:
                msg = "%s is not an expression"
            self.errorf(x, msg, x)
            x.mode = INVALID_M

    def single_value(self, x):
        if x.mode == VALUE and isinstance(x.typ, T.Tuple):
            self.errorf(x, "multiple-value %s in single-value context", x)
            x.mode = INVALID_M

    def raw_expr(self, x, e, hint):
        kind = self.expr_internal(x, e, hint)
        self.record(x)
        return kind

    def expr_internal(self, x, e, hint):
        x.mode = INVALID_M
        x.typ = INVALID
        x.val = None
        x.id = None
        try:
            return self._expr_internal(x, e, hint)
        except _Unsupported:
            x.mode = INVALID_M
            x.expr = e
            return "statement"

    def _expr_internal(self, x, e, hint):
        if isinstance(e, A.Ident):
            self.ident(x, e, None, False)
        elif isinstance(e, A.BasicLit):
            if e.kind == "IMAG":
                self.unsupported(e, "complex number")
                raise _Unsupported()
            x.mode = CONSTANT
            x.typ = {"INT": T.UNTYPED_INT, "FLOAT": T.UNTYPED_FLOAT, "CHAR": T.UNTYPED_RUNE,
                     "STRING": T.UNTYPED_STRING}[e.kind]
            x.val = C.from_literal(e.kind, e.raw, e.lit)
        elif isinstance(e, A.FuncLit):
            sig = T.Signature([], [])
            scope = _Scope(self.env.scope, "function", is_func=True)
            self.func_type(sig, None, e.typ, scope)
            self.record_type_and_value(e.typ, TYPEXPR, sig, None)
            e.sig = sig
            if not hasattr(e, "captures") or e.captures is None:
                e.captures = []
            self.info.func_lits.append(e)
            saved_env = self.env
            self._func_chain.append(e)
            for v in sig.params + sig.results:
                v._owner = e
            try:
                self.env = _Env(scope, decl=saved_env.decl, iota=saved_env.iota, sig=sig, func=e)
                self.stmt_list(e.body.stmts)
                if sig.results and not self.is_terminating(e.body, ""):
                    self.error(e.body.rbrace, "missing return")
                self.usage(self.env.locals)
                # the literal's own labels, breaks and continues (a function
                # body of its own: gc checks them per body)
                saved_labels = getattr(self, "_labels", None)
                self.check_branches(e.body)
                self._labels = saved_labels
            finally:
                self.env = saved_env
                self._func_chain.pop()
            if saved_env.func is not None:
                saved_env.has_call_or_recv = saved_env.has_call_or_recv
            x.mode = VALUE
            x.typ = sig
        elif isinstance(e, A.CompositeLit):
            self.composite_lit(x, e, hint)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
        elif isinstance(e, A.ParenExpr):
            kind = self.raw_expr(x, e.x, None)
            x.expr = e
            return kind
        elif isinstance(e, A.SelectorExpr):
            self.selector(x, e)
        elif isinstance(e, A.IndexExpr):
            self.index_expr(x, e)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
        elif isinstance(e, A.SliceExpr):
            self.slice_expr(x, e)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
        elif isinstance(e, A.TypeAssertExpr):
            self.expr(x, e.x)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
            if not isinstance(under(x.typ), T.Interface):
                self.errorf(x, "invalid operation: %s is not an interface", x)
                x.mode = INVALID_M
                x.expr = e
                return "statement"
            if e.typ is None:
                self.error(e, "invalid syntax tree: use of .(type) outside type switch")
                x.mode = INVALID_M
                x.expr = e
                return "statement"
            t = self.var_type(e.typ)
            if t is INVALID:
                x.mode = INVALID_M
                x.expr = e
                return "statement"
            self.type_assertion(e, x, t, False)
            x.mode = COMMAOK
            x.typ = t
        elif isinstance(e, A.CallExpr):
            return self.call_expr(x, e)
        elif isinstance(e, A.StarExpr):
            self.expr_or_type(x, e.x)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
            if x.mode == TYPEXPR:
                x.typ = T.Pointer(x.typ)
            else:
                u = under(x.typ)
                if not isinstance(u, T.Pointer):
                    self.errorf(x, "invalid operation: cannot indirect %s", x)
                    x.mode = INVALID_M
                    x.expr = e
                    return "statement"
                x.mode = VARIABLE
                x.typ = u.elem
        elif isinstance(e, A.UnaryExpr):
            self.unary(x, e)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
            if e.op == "<-":
                x.expr = e
                return "statement"
        elif isinstance(e, A.BinaryExpr):
            self.binary(x, e, e.x, e.y, e.op, e.oppos)
            if x.mode == INVALID_M:
                x.expr = e
                return "statement"
        elif isinstance(e, A.KeyValueExpr):
            self.error(e, "invalid syntax tree: no key:value expected")
            x.mode = INVALID_M
        elif isinstance(e, (A.ArrayType, A.StructType, A.FuncType, A.InterfaceType, A.MapType, A.ChanType)):
            x.mode = TYPEXPR
            x.typ = self.typ(e)
        elif isinstance(e, A.Ellipsis):
            self.error(e, "invalid use of '...'")
            x.mode = INVALID_M
        else:
            raise InternalError(f"unknown expression {type(e).__name__}")
        x.expr = e
        return "expression" if x.mode != INVALID_M else "statement"

    # ------------------------------------------------------------ composite literals

    def composite_lit(self, x, e, hint):
        typ = base = None
        if e.typ is not None:
            if isinstance(e.typ, A.ArrayType) and isinstance(e.typ.len, A.Ellipsis):
                typ = T.Array(self.var_type(e.typ.elt), -1)
                base = typ
            else:
                typ = self.typ(e.typ)
                base = typ
        elif hint is not None:
            typ = hint
            base = typ
            u = under(base)
            if isinstance(u, T.Pointer):
                base = u.elem
        else:
            self.error(e, "missing type in composite literal")
            x.mode = INVALID_M
            return
        u = under(base)
        if isinstance(u, T.Struct):
            if e.elts:
                fields = u.fields
                if isinstance(e.elts[0], A.KeyValueExpr):
                    visited = set()
                    for kv in e.elts:
                        if not isinstance(kv, A.KeyValueExpr):
                            self.error(kv, "mixture of field:value and value elements in struct literal")
                            continue
                        key = kv.key if isinstance(kv.key, A.Ident) else None
                        self.expr(x, kv.val)
                        if key is None:
                            self.errorf(kv, "invalid field name %s in struct literal", kv.key)
                            continue
                        idx = next((i for i, f in enumerate(fields)
                                    if f.name == key.name and not _hidden_field(f)), -1)
                        if idx < 0:
                            self.error(kv.key, f"unknown field '{key.name}' in struct literal of type {type_string(base)}")
                            continue
                        fld = fields[idx]
                        self.record_use(key, self.field_var(fld))
                        key.type = fld.type
                        self.assignment(x, fld.type, "struct literal")
                        if idx in visited:
                            self.error(kv, f"duplicate field name {key.name} in struct literal")
                            continue
                        visited.add(idx)
                else:
                    # a library type counts the fields Go declares (gc's messages)
                    nfields = min(getattr(base, "go_nfields", len(fields)), len(fields))
                    for i, el in enumerate(e.elts):
                        if isinstance(el, A.KeyValueExpr):
                            self.error(el, "mixture of field:value and value elements in struct literal")
                            continue
                        self.expr(x, el)
                        if i >= nfields:
                            self.errorf(x, "too many values in %s{…}", base)
                            break
                        if _hidden_field(fields[i]):
                            self.errorf(x, "implicit assignment to unexported field %s in %s literal",
                                        fields[i].name, base)
                            continue
                        self.assignment(x, fields[i].type, "struct literal")
                    if len(e.elts) < nfields:
                        self.errorf(e.rbrace, "too few values in %s{…}", base)
        elif isinstance(u, T.Array):
            n = self.indexed_elts(e.elts, u.elem, u.length)
            if u.length < 0:
                u.length = n
                if e.typ is not None:
                    self.record_type_and_value(e.typ, TYPEXPR, u, None)
        elif isinstance(u, T.Slice):
            self.indexed_elts(e.elts, u.elem, -1)
        elif isinstance(u, T.Map):
            visited = {}
            for el in e.elts:
                if not isinstance(el, A.KeyValueExpr):
                    self.error(el, "missing key in map literal")
                    continue
                self.expr_with_hint(x, el.key, u.key)
                self.assignment(x, u.key, "map literal")
                if x.mode == INVALID_M:
                    continue
                if x.mode == CONSTANT:
                    k = self._key_val(x.val)
                    is_iface = is_interface(u.key)
                    if k in visited and (not is_iface or any(identical(t, x.typ) for t in visited[k])):
                        self.error(x, f"duplicate key {C.to_str(x.val)} in map literal")
                        continue
                    visited.setdefault(k, []).append(x.typ)
                self.expr_with_hint(x, el.val, u.elem)
                self.assignment(x, u.elem, "map literal")
        else:
            for el in e.elts:
                self.use(el.val if isinstance(el, A.KeyValueExpr) else el)
            if u is not INVALID:
                self.errorf(e, "invalid composite literal type %s", typ)
            x.mode = INVALID_M
            return
        x.mode = VALUE
        x.typ = typ

    @staticmethod
    def _key_val(v):
        if type(v) is Fraction and v.denominator == 1:
            return ("n", v.numerator)
        if type(v) is int:
            return ("n", v)
        if type(v) is Fraction:
            return ("n", v)
        return (type(v).__name__, v)

    def indexed_elts(self, elts, typ, length):
        visited = set()
        index = mx = 0
        for e in elts:
            valid = False
            ev = e
            if isinstance(e, A.KeyValueExpr):
                t, i = self.index(e.key, length)
                if t is not INVALID:
                    if i >= 0:
                        index = i
                        valid = True
                    else:
                        self.errorf(e, "index %s must be integer constant", e.key)
                ev = e.val
            elif length >= 0 and index >= length:
                self.error(e, f"index {index} is out of bounds (>= {length})")
            else:
                valid = True
            if valid:
                if index in visited:
                    self.error(e, f"duplicate index {index} in array or slice literal")
                visited.add(index)
            index += 1
            mx = max(mx, index)
            x = _Operand()
            self.expr_with_hint(x, ev, typ)
            self.assignment(x, typ, "array or slice literal")
        return mx

    # ------------------------------------------------------------ selectors

    def selector(self, x, e):
        sel = e.sel.name
        if isinstance(e.x, A.Ident):
            _, obj = self.env.scope.lookup_parent(e.x.name)
            if isinstance(obj, T.PkgName):
                self.record_use(e.x, obj)
                obj.used = True
                members = LIBRARY.get(obj.path, {})
                sig = members.get(sel)
                e.kind = "pkg"
                if sig is None:
                    if sel[:1].isupper():
                        self.unsupported(e.sel, f"{obj.name}.{sel}")
                    else:
                        self.error(e.sel, f"undefined: {obj.name}.{sel}")
                    x.mode = INVALID_M
                    x.expr = e
                    return
                if isinstance(sig, T.Const):
                    e.obj = sig
                    self.record_use(e.sel, sig)
                    x.mode = CONSTANT
                    x.typ = sig.type
                    x.val = sig._val
                    x.expr = e
                    return
                if isinstance(sig, T.TypeName):
                    e.obj = sig
                    self.record_use(e.sel, sig)
                    x.mode = TYPEXPR
                    x.typ = sig.type
                    x.expr = e
                    return
                if isinstance(sig, T.Var):
                    e.obj = sig
                    self.record_use(e.sel, sig)
                    x.mode = VARIABLE
                    x.typ = sig.type
                    x.expr = e
                    return
                b = T.Builtin(f"{obj.path}.{sel}", sig, e.sel.pos)
                e.obj = b
                self.record_use(e.sel, b)
                x.mode = BUILTIN
                x.id = b.name
                x.typ = sig
                x.expr = e
                return
        self.expr_or_type(x, e.x)
        if x.mode == BUILTIN:
            self.errorf(e.sel.pos, "cannot select on %s", x)
            x.mode = INVALID_M
        if x.mode == INVALID_M:
            x.expr = e
            return
        obj, index, indirect = self.lookup_field_or_method(x.typ, x.mode == VARIABLE, sel)
        if obj is None:
            if under(x.typ) is INVALID:
                x.mode = INVALID_M
                x.expr = e
                return
            lib = self._lib_type(x.typ)
            if index is None and not indirect and lib is not None and sel in _LIB_UNSUPPORTED_METHODS.get(lib, ()):
                self.unsupported(e.sel, f"{type_string(lib)}.{sel}")
            elif index is not None:
                self.errorf(e.sel, "ambiguous selector %s.%s", x.expr, sel)
            elif indirect:
                self.errorf(e.sel, "cannot call pointer method %s on %s", sel, x.typ)
            else:
                p = under(x.typ)
                if isinstance(p, T.Pointer) and isinstance(under(p.elem), T.Interface):
                    why = f"type {type_string(x.typ)} is pointer to interface, not interface"
                else:
                    why = f"type {type_string(x.typ)} has no field or method {sel}"
                    if sel:
                        cc = sel[0].lower() + sel[1:] if sel[0].isupper() else sel[0].upper() + sel[1:]
                        o2, _, _ = self.lookup_field_or_method(x.typ, x.mode == VARIABLE, cc)
                        if o2 is not None:
                            why += ", but does have " + cc
                self.errorf(e.sel, "%s.%s undefined (%s)", x.expr, sel, why)
            x.mode = INVALID_M
            x.expr = e
            return
        e.path = index
        e.indirect = indirect
        if isinstance(obj, T.Func) and obj in self.obj_map:
            self.obj_decl(obj)
        if x.mode == TYPEXPR:
            if not isinstance(obj, T.Func):
                self.errorf(e.sel, "%s.%s undefined (type %s has no method %s)", x.expr, sel, x.typ, sel)
                x.mode = INVALID_M
                x.expr = e
                return
            if obj.decl is None and obj.pkg != "main":
                self.unsupported(e, f"method expression {expr_string(e)}")
                x.mode = INVALID_M
                x.expr = e
                return
            e.kind = "methodexpr"
            e.obj = obj
            self.record_use(e.sel, obj)
            sig = obj.type
            recv = T.Var(sig.recv.name if sig.recv is not None else "", x.typ, A.NOPOS, kind="param", used=True)
            x.mode = VALUE
            x.typ = T.Signature([recv] + list(sig.params), sig.results, sig.variadic)
            self.add_decl_dep(obj)
        else:
            if isinstance(obj, T.Var):
                e.kind = "field"
                e.obj = obj
                self.record_use(e.sel, obj)
                x.mode = VARIABLE if (x.mode == VARIABLE or indirect) else VALUE
                x.typ = obj.type
            else:
                e.kind = "method"
                e.obj = obj
                self.record_use(e.sel, obj)
                x.mode = VALUE
                sig = obj.type
                x.typ = T.Signature(sig.params, sig.results, sig.variadic)
                self.add_decl_dep(obj)
        x.expr = e

    @staticmethod
    def _lib_type(t):
        """The library Named type t is (or points to), else None."""
        if isinstance(t, T.Pointer):
            t = t.elem
        if isinstance(t, T.Named) and t.obj is not None and t.obj.pkg not in ("main", ""):
            return t
        return None

    def lookup_field_or_method(self, typ, addressable, name):
        """(obj, index path, indirect) as types2.LookupFieldOrMethod; obj is a
        field Var or a method Func (abstract methods for interfaces)."""
        if isinstance(typ, T.Named):
            p = under(typ)
            if isinstance(p, T.Pointer):
                obj, index, indirect = self._lookup(p, False, name)
                if isinstance(obj, T.Func):
                    return None, None, False
                return obj, index, indirect
        return self._lookup(typ, addressable, name)

    def _lookup(self, typ, addressable, name):
        if name == "_":
            return None, None, False
        is_ptr = False
        if isinstance(typ, T.Pointer):
            typ, is_ptr = typ.elem, True
            if isinstance(under(typ), T.Interface):
                return None, None, False
        current = [(typ, [], is_ptr, False)]
        seen = set()
        while current:
            nxt = []
            obj = None
            index = None
            indirect = False
            for (t, idx, ind, multiples) in current:
                if isinstance(t, T.Named):
                    if id(t) in seen:
                        continue
                    seen.add(id(t))
                    m = t.methods.get(name)
                    if m is not None:
                        index = idx + [list(t.methods).index(name)]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = m
                        indirect = ind
                        continue
                u = under(t)
                if isinstance(u, T.Struct):
                    for i, f in enumerate(u.fields):
                        if f.name == name and not _hidden_field(f):
                            index = idx + [i]
                            if obj is not None or multiples:
                                return None, index, False
                            obj = self.field_var(f)
                            indirect = ind
                            continue
                        if obj is None and f.embedded:
                            ft, fp = f.type, False
                            if isinstance(ft, T.Pointer):
                                ft, fp = ft.elem, True
                            nxt.append((ft, idx + [i], ind or fp, multiples))
                elif isinstance(u, T.Interface):
                    for i, m in enumerate(u.methods):
                        if m.name == name:
                            index = idx + [i]
                            if obj is not None or multiples:
                                return None, index, False
                            obj = m
                            indirect = ind
            if obj is not None:
                if isinstance(obj, T.Func) and obj.type is None and obj in self.obj_map:
                    self.obj_decl(obj)
                if isinstance(obj, T.Func) and self._has_ptr_recv(obj) and not indirect and not addressable:
                    return None, None, True
                return obj, index, indirect
            # consolidate multiples
            merged = []
            for (t, idx, ind, mult) in nxt:
                for k, (t2, idx2, ind2, mult2) in enumerate(merged):
                    if identical(t, t2):
                        merged[k] = (t2, idx2, ind2, True)
                        break
                else:
                    merged.append((t, idx, ind, mult))
            current = merged
        return None, None, False

    def _has_ptr_recv(self, f):
        if f.type is None and f in self.obj_map:
            self.obj_decl(f)
        sig = f.type
        return sig is not None and sig.recv is not None and isinstance(sig.recv.type, T.Pointer)

    # ------------------------------------------------------------ index / slice

    def index_expr(self, x, e):
        self.expr_or_type(x, e.x)
        if x.mode == INVALID_M:
            self.use(e.index)
            return
        if x.mode == TYPEXPR:
            self.error(e, "generic types are not supported by govm")
            x.mode = INVALID_M
            return
        valid = False
        length = -1
        u = under(x.typ)
        if isinstance(u, T.Basic) and is_string(u):
            valid = True
            if x.mode == CONSTANT:
                length = len(x.val)
            x.mode = VALUE
            x.typ = BYTE_A
        elif isinstance(u, T.Array):
            valid = True
            length = u.length
            if x.mode != VARIABLE:
                x.mode = VALUE
            x.typ = u.elem
        elif isinstance(u, T.Pointer) and isinstance(under(u.elem), T.Array):
            a = under(u.elem)
            valid = True
            length = a.length
            x.mode = VARIABLE
            x.typ = a.elem
        elif isinstance(u, T.Slice):
            valid = True
            x.mode = VARIABLE
            x.typ = u.elem
        elif isinstance(u, T.Map):
            key = _Operand()
            self.expr_with_hint(key, e.index, u.key)
            self.assignment(key, u.key, "map index")
            x.mode = MAPINDEX
            x.typ = u.elem
            x.expr = e
            return
        if not valid:
            self.errorf(self._lbrack_pos(e), "invalid operation: cannot index %s", x)
            x.mode = INVALID_M
            return
        self.index(e.index, length)

    @staticmethod
    def _lbrack_pos(e):
        # syntax.IndexExpr.Pos() is the '[': approximate by the index start - 1
        p = e.index.pos
        return A.Pos(p.line, max(1, p.col - 1))

    def slice_expr(self, x, e):
        self.expr(x, e.x)
        if x.mode == INVALID_M:
            self.use(e.low, e.high, e.max)
            return
        valid = False
        length = -1
        u = under(x.typ)
        if isinstance(u, T.Basic) and is_string(u):
            if e.slice3:
                at = e.max if e.max is not None else e
                self.error(at, "invalid operation: 3-index slice of string")
                x.mode = INVALID_M
                return
            valid = True
            if x.mode == CONSTANT:
                length = len(x.val)
            if is_untyped(x.typ):
                x.typ = T.STRING
        elif isinstance(u, T.Array):
            valid = True
            length = u.length
            if x.mode != VARIABLE:
                self.errorf(x, "invalid operation: %s (slice of unaddressable value)", x)
                x.mode = INVALID_M
                return
            x.typ = T.Slice(u.elem)
        elif isinstance(u, T.Pointer) and isinstance(under(u.elem), T.Array):
            a = under(u.elem)
            valid = True
            length = a.length
            x.typ = T.Slice(a.elem)
        elif isinstance(u, T.Slice):
            valid = True
        if not valid:
            self.errorf(x, "cannot slice %s", x)
            x.mode = INVALID_M
            return
        x.mode = VALUE
        if e.slice3 and (e.high is None or e.max is None):
            self.error(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice")
            x.mode = INVALID_M
            return
        ind = []
        idx_exprs = [e.low, e.high, e.max]
        for i, ie in enumerate(idx_exprs):
            v = -1
            if ie is not None:
                mx = length + 1 if length >= 0 else -1
                _, vv = self.index(ie, mx)
                if vv >= 0:
                    v = vv
            elif i == 0:
                v = 0
            elif length >= 0:
                v = length
            ind.append(v)
        done = False
        for i in range(len(ind) - 1):
            xv = ind[i]
            if xv > 0:
                for j in range(i + 1, len(ind)):
                    y = ind[j]
                    if y >= 0 and y < xv:
                        self.error(idx_exprs[j], f"invalid slice indices: {y} < {xv}")
                        done = True
                        break
            if done:
                break

    def index(self, e, mx):
        x = _Operand()
        self.expr(x, e)
        if not self.is_valid_index(x, "index", False):
            return INVALID, -1
        if x.mode != CONSTANT:
            return x.typ, -1
        if x.val is None:
            return INVALID, -1
        v = C.to_int(x.val)
        if mx >= 0 and v >= mx:
            self.errorf(x, "invalid argument: index %s out of bounds [0:%d]", C.to_str(x.val), mx)
            return INVALID, -1
        return x.typ, v

    def is_valid_index(self, x, what, allow_negative):
        if x.mode == INVALID_M:
            return False
        self.convert_untyped(x, T.INT)
        if x.mode == INVALID_M:
            return False
        if not is_integer(x.typ):
            self.errorf(x, "invalid argument: %s %s must be integer", what, x)
            return False
        if x.mode == CONSTANT:
            if not allow_negative and C.sign(x.val) < 0:
                self.errorf(x, "invalid argument: %s %s must not be negative", what, x)
                return False
            if not C.representable(x.val, T.INT):
                self.errorf(x, "invalid argument: %s %s overflows int", what, x)
                return False
        return True

    def type_assertion(self, e, x, t, type_switch):
        m, alt = self.assertable_to(under(x.typ), t)
        if m is None:
            return
        cause = self.missing_method_reason(t, x.typ, m, alt)
        if type_switch:
            self.errorf(e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", e, x, t, cause)
        else:
            self.errorf(e, "impossible type assertion: %s\n\t%s does not implement %s %s", e, t, x.typ, cause)

    def assertable_to(self, iface, t):
        if isinstance(under(t), T.Interface):
            return None, None
        return self.missing_method(t, iface, False)

    # ------------------------------------------------------------ interfaces

    def missing_method(self, V, iface, static):
        """(missing method, alternative) of V w.r.t. interface iface, or (None, None)."""
        ti = under(iface)
        if not ti.methods:
            return None, None
        vi = under(V)
        if isinstance(vi, T.Interface):
            for m in ti.methods:
                f = next((g for g in vi.methods if g.name == m.name), None)
                if f is None:
                    if not static:
                        continue
                    return m, None
                if not identical(f.type, m.type):
                    return m, f
            return None, None
        for m in ti.methods:
            obj, _, _ = self._lookup(V, False, m.name)
            if not isinstance(obj, T.Func):
                obj2, _, _ = self._lookup(T.Pointer(V) if not isinstance(V, T.Pointer) else V, False, m.name)
                if isinstance(obj2, T.Func) and not isinstance(V, T.Pointer):
                    return m, obj2
                # wrong case?
                for cand in self._all_methods(V):
                    if cand.name.lower() == m.name.lower():
                        return m, cand
                return m, None
            if not self._same_method_sig(obj.type, m.type):
                return m, obj
        return None, None

    def _all_methods(self, V):
        t = V.elem if isinstance(V, T.Pointer) else V
        if isinstance(t, T.Named):
            return list(t.methods.values())
        return []

    @staticmethod
    def _same_method_sig(a, b):
        return identical(T.Signature(a.params, a.results, a.variadic), T.Signature(b.params, b.results, b.variadic))

    def missing_method_reason(self, V, Tt, m, alt):
        mname = m.name + " method"
        if alt is not None:
            if m.name != alt.name:
                return (f"(missing {mname})\n\t\thave {alt.name}{_sig_string(alt.type)}"
                        f"\n\t\twant {m.name}{_sig_string(m.type)}")
            if self._same_method_sig(alt.type, m.type):
                return f"({mname} has pointer receiver)"
            return (f"(wrong type for {mname})\n\t\thave {alt.name}{_sig_string(alt.type)}"
                    f"\n\t\twant {m.name}{_sig_string(m.type)}")
        for t in (V, Tt):
            p = under(t)
            if isinstance(p, T.Pointer) and isinstance(under(p.elem), T.Interface):
                return f"(type {type_string(t)} is pointer to interface, not interface)"
        return f"(missing {mname})"

    def implements(self, V, Tt):
        """None if V implements interface Tt, else the reason string."""
        vu = under(V)
        tu = under(Tt)
        if vu is INVALID or tu is INVALID:
            return None
        if not isinstance(tu, T.Interface):
            p = tu
            if isinstance(p, T.Pointer) and isinstance(under(p.elem), T.Interface):
                cause = f"type {type_string(Tt)} is pointer to interface, not interface"
            else:
                cause = f"{type_string(Tt)} is not an interface"
            return f"{type_string(V)} does not implement {type_string(Tt)} ({cause})"
        if not tu.methods:
            return None
        m, alt = self.missing_method(V, Tt, True)
        if m is not None:
            return f"{type_string(V)} does not implement {type_string(Tt)} {self.missing_method_reason(V, Tt, m, alt)}"
        return None

    # ------------------------------------------------------------ assignability

    def assignable_to(self, x, Tt, reason=None):
        """(ok, reason) -- types2 operand.assignableTo."""
        if x.mode == INVALID_M or Tt is INVALID:
            return True, None
        V = x.typ
        if identical(V, Tt):
            return True, None
        Vu, Tu = under(V), under(Tt)
        if is_untyped(Vu):
            nt, _, _ = self.implicit_type_and_value(x, Tt)
            return nt is not None, None
        if identical(Vu, Tu) and (not has_name(V) or not has_name(Tt)):
            return True, None
        if isinstance(Tu, T.Interface) or (isinstance(Tu, T.Pointer) and isinstance(under(Tu.elem), T.Interface)):
            r = self.implements(V, Tt)
            if r is not None:
                return False, r
            return True, None
        if isinstance(Vu, T.Interface):
            if isinstance(Tu, T.Basic) or isinstance(Tt, T.Named) or True:
                if self.implements(Tt, V) is None and not isinstance(Tu, T.Interface):
                    return False, "need type assertion"
        if isinstance(Vu, T.Chan) and Vu.dir == "both" and isinstance(Tu, T.Chan) and identical(Vu.elem, Tu.elem):
            return (not has_name(V) or not has_name(Tt)), None
        return False, None

    # ------------------------------------------------------------ untyped machinery

    def update_expr_type(self, e, typ, final):
        self._update_expr_type(None, e, typ, final)

    def _update_expr_type(self, parent, e, typ, final):
        old = self.untyped.get(e)
        if old is None:
            return
        if isinstance(e, A.ParenExpr):
            self._update_expr_type(e, e.x, typ, final)
        elif isinstance(e, A.UnaryExpr):
            if old[2] is None:
                self._update_expr_type(e, e.x, typ, final)
        elif isinstance(e, A.BinaryExpr):
            if old[2] is None:
                if e.op in ("==", "!=", "<", "<=", ">", ">="):
                    pass
                elif e.op in ("<<", ">>"):
                    self._update_expr_type(e, e.x, typ, final)
                else:
                    self._update_expr_type(e, e.x, typ, final)
                    self._update_expr_type(e, e.y, typ, final)
        if not final and is_untyped(typ):
            old[1] = under(typ)
            e.type = old[1]
            return
        del self.untyped[e]
        if old[3]:
            if not is_integer(typ):
                self.errorf(e, "invalid operation: %s (shift of type %s)", parent, typ)
                return
        if old[2] is not None:
            c = _Operand(old[0], e, old[1], old[2])
            self.convert_untyped(c, typ)
            if c.mode == INVALID_M:
                return
            self.record_type_and_value(e, old[0], typ, c.val)
            return
        self.record_type_and_value(e, old[0], typ, old[2])

    def update_expr_val(self, e, val):
        old = self.untyped.get(e)
        if old is not None:
            old[2] = val

    def convert_untyped(self, x, target):
        nt, val, code = self.implicit_type_and_value(x, target)
        if code:
            t = target
            if not isinstance(t, T.Basic):
                t = under(target) if under(target) is not INVALID else target
            self.invalid_conversion(code, x, t)
            x.mode = INVALID_M
            return
        if val is not None:
            x.val = val
            self.update_expr_val(x.expr, val)
        if nt is not x.typ:
            x.typ = nt
            self.update_expr_type(x.expr, nt, False)

    def invalid_conversion(self, code, x, target):
        if code == C.TRUNCATED:
            self.errorf(x, "%s truncated to %s", x, target)
        elif code == C.OVERFLOWS:
            self.errorf(x, "%s overflows %s", x, target)
        else:
            self.errorf(x, "cannot convert %s to %s", x, target)

    _UNTYPED_RANK = {T.UNTYPED_INT: 1, T.UNTYPED_RUNE: 2, T.UNTYPED_FLOAT: 3}

    def implicit_type_and_value(self, x, target):
        """(new type, new value or None, error code) -- types2 implicitTypeAndValue."""
        if x.mode == INVALID_M or is_typed(x.typ) or target is INVALID:
            return x.typ, None, 0
        if isinstance(target, T.Basic) and is_untyped(target):
            if is_numeric(x.typ) and is_numeric(target):
                if self._UNTYPED_RANK.get(x.typ, 0) < self._UNTYPED_RANK.get(target, 0):
                    return target, None, 0
            elif x.typ is not target:
                return None, None, C.INVALID
            return x.typ, None, 0
        if x.is_nil():
            if has_nil(target):
                return target, None, 0
            return None, None, C.INVALID
        u = under(target)
        if isinstance(u, T.Basic):
            if x.mode == CONSTANT:
                v, code = C.representation(x.val, x.typ, u)
                if code:
                    return None, None, code
                return target, v, 0
            k = x.typ
            if k is T.UNTYPED_BOOL:
                if not is_boolean(target):
                    return None, None, C.INVALID
            elif k in (T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT):
                if not is_numeric(target):
                    return None, None, C.INVALID
            elif k is T.UNTYPED_STRING:
                if not is_string(target):
                    return None, None, C.INVALID
            else:
                return None, None, C.INVALID
            return target, None, 0
        if isinstance(u, T.Interface):
            if u.methods:
                return None, None, C.INVALID
            return default_type(x.typ), None, 0
        return None, None, C.INVALID

    def record_untyped(self):
        for e, (mode, typ, val, _) in list(self.untyped.items()):
            self.record_type_and_value(e, mode, typ, val)
        self.untyped.clear()

    # ------------------------------------------------------------ assignment

    def assignment(self, x, Tt, context):
        """Check that x can be assigned to a variable of type Tt (None: blank
        identifier), converting untyped values."""
        self.single_value(x)
        if x.mode == INVALID_M:
            return
        if x.mode not in (CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK):
            self.errorf(x, "cannot assign %s to %s in %s", x, Tt, context)
            return
        if is_untyped(x.typ):
            target = Tt
            if x.is_nil():
                if Tt is None:
                    self.errorf(x, "use of untyped nil in %s", context)
                    x.mode = INVALID_M
                    return
            elif Tt is None or isinstance(under(Tt), T.Interface):
                target = default_type(x.typ)
            nt, val, code = self.implicit_type_and_value(x, target)
            if code:
                msg = f"cannot use {x} as {type_string(target)} value in {context}"
                if code == C.TRUNCATED:
                    msg += " (truncated)"
                elif code == C.OVERFLOWS:
                    msg += " (overflows)"
                self.error(x, msg)
                x.mode = INVALID_M
                return
            if val is not None:
                x.val = val
                self.update_expr_val(x.expr, val)
            if nt is not x.typ:
                x.typ = nt
                self.update_expr_type(x.expr, nt, False)
        if Tt is None:
            return
        ok, reason = self.assignable_to(x, Tt)
        if not ok:
            if reason:
                self.errorf(x, "cannot use %s as type %s in %s:\n\t%s", x, Tt, context, reason)
            else:
                self.errorf(x, "cannot use %s as type %s in %s", x, Tt, context)
            x.mode = INVALID_M
            return
        # the value is now materialised with its final type
        if x.expr is not None and x.expr in self.untyped:
            self.update_expr_type(x.expr, x.typ, True)

    def init_var(self, lhs, x, context):
        if x.mode == INVALID_M or x.typ is INVALID or lhs.type is INVALID:
            if lhs.type is None:
                lhs.type = INVALID
            lhs.used = True
            return None
        if lhs.type is None:
            typ = x.typ
            if is_untyped(typ):
                if typ is T.UNTYPED_NIL:
                    self.errorf(x, "use of untyped nil in %s", context)
                    lhs.type = INVALID
                    return None
                typ = default_type(typ)
            lhs.type = typ
        self.assignment(x, lhs.type, context)
        if x.mode == INVALID_M:
            lhs.used = True
            return None
        return x.typ

    def assign_var(self, lhs, x):
        if x.mode == INVALID_M or x.typ is INVALID:
            self.use_lhs(lhs)
            return None
        ident = _unparen(lhs)
        ident = ident if isinstance(ident, A.Ident) else None
        if ident is not None and ident.name == "_":
            v = T.Var("_", None, ident.pos, kind="local", used=True)
            self.record_def(ident, v)
            self.assignment(x, None, "assignment to _ identifier")
            if x.mode == INVALID_M:
                return None
            v.type = x.typ
            ident.type = x.typ
            return x.typ
        v = None
        v_used = False
        if ident is not None:
            _, obj = self.env.scope.lookup_parent(ident.name)
            if isinstance(obj, T.Var):
                v = obj
                v_used = v.used
        z = _Operand()
        self.expr(z, lhs)
        if v is not None:
            v.used = v_used
        if z.mode == INVALID_M or z.typ is INVALID:
            return None
        if z.mode not in (VARIABLE, MAPINDEX):
            sel = _unparen(z.expr)
            if isinstance(sel, A.SelectorExpr):
                op = _Operand()
                saved = len(self.errors)
                self.expr(op, sel.x)
                if op.mode == MAPINDEX:
                    self.error(z, f"cannot assign to struct field {expr_string(z.expr)} in map")
                    return None
            self.errorf(z, "cannot assign to %s", z)
            return None
        self.assignment(x, z.typ, "assignment")
        if x.mode == INVALID_M:
            return None
        return x.typ

    def use_lhs(self, *lhs):
        for e in lhs:
            if e is None:
                continue
            u = _unparen(e)
            if isinstance(u, A.Ident):
                if u.name == "_":
                    continue
                _, obj = self.env.scope.lookup_parent(u.name)
                if isinstance(obj, T.Var):
                    used = obj.used
                    self.use(e)
                    obj.used = used
                    continue
            self.use(e)

    def use(self, *args):
        for e in args:
            if e is None:
                continue
            if isinstance(e, A.Ident) and e.name == "_":
                continue
            if isinstance(e, list):
                self.use(*e)
                continue
            x = _Operand()
            self.raw_expr(x, e, None)

    def assign_error(self, rhs, nvars, nvals):
        vars_ = f"{nvars} variable" + ("" if nvars == 1 else "s")
        vals = f"{nvals} value" + ("" if nvals == 1 else "s")
        r0 = rhs[0]
        if len(rhs) == 1:
            call = _unparen(r0)
            if isinstance(call, A.CallExpr):
                self.error(r0, f"assignment mismatch: {vars_} but {expr_string(call.fun)} returns {vals}")
                return
        self.error(r0, f"assignment mismatch: {vars_} but {vals}")

    def types_summary(self, ts, variadic):
        res = []
        for i, t in enumerate(ts):
            if t is None or t is INVALID:
                s = "<T>"
            elif is_untyped(t):
                s = "number" if is_numeric(t) else t.kind.replace("untyped ", "")
            elif variadic and i == len(ts) - 1:
                s = "..." + type_string(t.elem)
            else:
                s = type_string(t)
            res.append(s)
        return "(" + ", ".join(res) + ")"

    def expr_list(self, elist, allow_comma_ok):
        """([operands], comma_ok) -- types2 exprList."""
        if not elist:
            return [], False
        if len(elist) == 1:
            e = elist[0]
            x = _Operand()
            self.multi_expr(x, e)
            if isinstance(x.typ, T.Tuple) and x.mode != INVALID_M:
                return [_Operand(VALUE, e, t) for t in x.typ.types], False
            if allow_comma_ok and x.mode in (MAPINDEX, COMMAOK):
                x.mode = VALUE
                return [x, _Operand(VALUE, e, T.UNTYPED_BOOL)], True
            return [x], False
        out = []
        for e in elist:
            x = _Operand()
            self.expr(x, e)
            out.append(x)
        return out, False

    def init_vars(self, lhs, orig_rhs, return_stmt):
        rhs, comma_ok = self.expr_list(orig_rhs, len(lhs) == 2 and return_stmt is None)
        if len(lhs) != len(rhs):
            for v in lhs:
                v.used = True
                if v.type is None:
                    v.type = INVALID
            if any(x.mode == INVALID_M for x in rhs):
                return
            if return_stmt is not None:
                at = return_stmt
                qual = "not enough"
                if len(rhs) > len(lhs):
                    at = rhs[len(lhs)].expr
                    qual = "too many"
                elif rhs:
                    at = rhs[-1].expr
                self.report([(at, f"{qual} return values"),
                             (None, "have " + self.types_summary([x.typ for x in rhs], False)),
                             (None, "want " + self.types_summary([v.type for v in lhs], False))])
                return
            self.assign_error(orig_rhs, len(lhs), len(rhs))
            return
        context = "return statement" if return_stmt is not None else "assignment"
        if comma_ok:
            for i in range(2):
                self.init_var(lhs[i], rhs[i], context)
            self._mark_comma_ok(orig_rhs[0])
            return
        ok = True
        for v, x in zip(lhs, rhs):
            if self.init_var(v, x, context) is None:
                ok = False
        if not ok:
            for v in lhs:
                v.used = True

    def _mark_comma_ok(self, e):
        e = _unparen(e)
        e.comma_ok = True

    def assign_vars(self, lhs, orig_rhs):
        rhs, comma_ok = self.expr_list(orig_rhs, len(lhs) == 2)
        if len(lhs) != len(rhs):
            self.use_lhs(*lhs)
            if any(x.mode == INVALID_M for x in rhs):
                return
            self.assign_error(orig_rhs, len(lhs), len(rhs))
            return
        if comma_ok:
            for i in range(2):
                self.assign_var(lhs[i], rhs[i])
            self._mark_comma_ok(orig_rhs[0])
            return
        ok = True
        for l, x in zip(lhs, rhs):
            if self.assign_var(l, x) is None:
                ok = False
        if not ok:
            for l in lhs:
                u = _unparen(l)
                if isinstance(u, A.Ident):
                    _, obj = self.env.scope.lookup_parent(u.name)
                    if isinstance(obj, T.Var):
                        obj.used = True

    def short_var_decl(self, s, lhs, rhs):
        scope = self.env.scope
        seen = set()
        lhs_vars = [None] * len(lhs)
        new_vars = []
        has_err = False
        for i, l in enumerate(lhs):
            if not isinstance(l, A.Ident):
                self.use_lhs(l)
                self.errorf(l, "non-name %s on left side of :=", l)
                has_err = True
                continue
            name = l.name
            if name != "_":
                if name in seen:
                    self.errorf(l, "%s repeated on left side of :=", l)
                    has_err = True
                    continue
                seen.add(name)
            alt = scope.lookup(name)
            if alt is not None:
                self.record_use(l, alt)
                if isinstance(alt, T.Var):
                    lhs_vars[i] = alt
                else:
                    self.errorf(l, "cannot assign to %s", l)
                    has_err = True
                continue
            v = self.new_local(name, l.pos)
            lhs_vars[i] = v
            if name != "_":
                new_vars.append(v)
            self.record_def(l, v)
        for i, v in enumerate(lhs_vars):
            if v is None:
                lhs_vars[i] = self.new_local("_", lhs[i].pos)
        self.init_vars(lhs_vars, rhs, None)
        for l, v in zip(lhs, lhs_vars):
            if isinstance(l, A.Ident) and v.type is not None:
                l.type = v.type
        if not new_vars and not has_err:
            self.error(s.oppos if s.oppos != A.NOPOS else s.pos, "no new variables on left side of :=", soft=True)
            return
        for v in new_vars:
            self.declare(scope, None, v)

    def new_local(self, name, pos):
        v = T.Var(name, None, pos, kind="local")
        v._owner = self.env.func
        if name != "_":
            self.env.locals.append(v)
        else:
            v.used = True
        return v

    # ------------------------------------------------------------ calls

    def call_expr(self, x, call):
        self.raw_expr(x, call.fun, None)
        self.exclude(x, (NOVALUE,))
        self.single_value(x)
        if x.mode == INVALID_M:
            self.use(*call.args)
            x.expr = call
            return "statement"
        if x.mode == TYPEXPR:
            call.kind = "conversion"
            Tt = x.typ
            x.mode = INVALID_M
            n = len(call.args)
            if n == 0:
                self.errorf(call, "missing argument in conversion to %s", Tt)
            elif n == 1:
                self.expr(x, call.args[0])
                if x.mode != INVALID_M:
                    if call.ellipsis:
                        self.errorf(call.args[0], "invalid use of ... in type conversion to %s", Tt)
                        x.mode = INVALID_M
                    else:
                        self.conversion(x, Tt)
            else:
                self.use(*call.args)
                self.errorf(call.args[-1], "too many arguments in conversion to %s", Tt)
            x.expr = call
            return "conversion"
        if x.mode == BUILTIN:
            call.kind = "builtin"
            name = x.id
            if "." in name:
                sig = x.typ
                args, _ = self.expr_list(call.args, False)
                self.arguments(call, sig, args)
                self._finish_call(x, sig, call)
                self.env.has_call_or_recv = True
                return "statement"
            ok = self.builtin(x, call, name)
            if not ok:
                x.mode = INVALID_M
            elif x.mode == NOVALUE:
                x.typ = T.Tuple([])
            x.expr = call
            if x.mode not in (INVALID_M, CONSTANT):
                self.env.has_call_or_recv = True
            return _BUILTIN_NARGS[name][2]
        sig = under(x.typ)
        if not isinstance(sig, T.Signature):
            self.errorf(x, "invalid operation: cannot call non-function %s", x)
            x.mode = INVALID_M
            x.expr = call
            self.use(*call.args)
            return "statement"
        fun = _unparen(call.fun)
        call.kind = "method" if (isinstance(fun, A.SelectorExpr) and getattr(fun, "kind", None) == "method") else "call"
        args, _ = self.expr_list(call.args, False)
        self.arguments(call, sig, args)
        self._finish_call(x, sig, call)
        self.env.has_call_or_recv = True
        return "statement"

    def _finish_call(self, x, sig, call):
        if not sig.results:
            x.mode = NOVALUE
            x.typ = T.Tuple([])
        elif len(sig.results) == 1:
            x.mode = VALUE
            x.typ = sig.results[0].type
        else:
            x.mode = VALUE
            x.typ = T.Tuple([r.type for r in sig.results])
        x.expr = call

    def arguments(self, call, sig, args):
        for a in args:
            if a.mode == TYPEXPR:
                self.errorf(a, "%s used as value", a)
                return
            if a.mode == INVALID_M:
                return
        nargs = len(args)
        npars = len(sig.params)
        ddd = call.ellipsis
        params = [p.type for p in sig.params]
        if sig.variadic:
            if ddd:
                if len(call.args) == 1 and nargs > 1:
                    self.errorf(call, "cannot use ... with %d-valued %s", nargs, call.args[0])
                    return
            else:
                if nargs >= npars - 1:
                    elem = sig.params[-1].type.elem
                    params = params[:npars - 1] + [elem] * (nargs - (npars - 1))
                    npars = nargs
                else:
                    npars -= 1
        else:
            if ddd:
                self.errorf(call, "cannot use ... in call to non-variadic %s", call.fun)
                return
        if nargs != npars:
            at = call
            qual = "not enough"
            if nargs > npars:
                at = args[npars].expr
                qual = "too many"
            elif nargs > 0:
                at = args[nargs - 1].expr
            self.report([(at, f"{qual} arguments in call to {expr_string(call.fun)}"),
                         (None, "have " + self.types_summary([a.typ for a in args], False)),
                         (None, "want " + self.types_summary([p.type for p in sig.params], sig.variadic))])
            return
        ctx = f"argument to {expr_string(call.fun)}"
        for a, t in zip(args, params):
            self.assignment(a, t, ctx)

    # ------------------------------------------------------------ builtins

    def _builtin_sig(self, call, res, *args):
        ps = [_param("", default_type(a)) for a in args]
        rs = [_result("", res)] if res is not None else []
        sig = T.Signature(ps, rs)
        f = _unparen(call.fun)
        f.type = sig
        return sig

    def builtin(self, x, call, name):
        nargs_req, variadic, _ = _BUILTIN_NARGS[name]
        if name in ("complex", "real", "imag"):
            self.unsupported(call, f"builtin {name}")
            self.use(*call.args)
            return False
        if call.ellipsis and name != "append":
            self.errorf(call, "invalid operation: invalid use of ... with built-in %s", name)
            self.use(*call.args)
            return False
        saved_hcr = self.env.has_call_or_recv
        if name in ("len", "cap"):
            self.env.has_call_or_recv = False
        try:
            return self._builtin(x, call, name, nargs_req, variadic)
        finally:
            if name in ("len", "cap"):
                self.env.has_call_or_recv = saved_hcr

    def _builtin(self, x, call, name, nargs_req, variadic):
        args = None
        nargs = len(call.args)
        if name not in ("make", "new"):
            args, _ = self.expr_list(call.args, False)
            nargs = len(args)
            if nargs > 0:
                x.set(args[0])
                if x.mode == INVALID_M:
                    return False
        msg = ""
        if nargs < nargs_req:
            msg = "not enough"
        elif not variadic and nargs > nargs_req:
            msg = "too many"
        if msg:
            self.errorf(call, "invalid operation: %s arguments for %s (expected %d, found %d)",
                        msg, call, nargs_req, nargs)
            return False

        if name == "append":
            S = x.typ
            s = under(S)
            if not isinstance(s, T.Slice):
                if x.is_nil():
                    cause = "have untyped nil"
                else:
                    cause = f"have {x}"
                self.error(x, f"first argument to append must be a slice; {cause}")
                return False
            if nargs == 2 and call.ellipsis:
                ok, _ = self.assignable_to(x, T.Slice(BYTE_A))
                if ok:
                    y = args[1]
                    if y.mode == INVALID_M:
                        return False
                    if is_string(y.typ):
                        sig = T.Signature([_param("", S), _param("", y.typ if is_typed(y.typ) else T.STRING)],
                                          [_result("", S)], variadic=True)
                        _unparen(call.fun).type = sig
                        if is_untyped(y.typ):
                            self.convert_untyped(y, T.STRING)
                            self.update_expr_type(y.expr, T.STRING, True)
                        x.mode = VALUE
                        x.typ = S
                        return True
            sig = T.Signature([_param("", S), _param("", T.Slice(s.elem))], [_result("", S)], variadic=True)
            self.arguments(call, sig, [x.copy()] + args[1:])
            x.mode = VALUE
            x.typ = S
            _unparen(call.fun).type = sig
            return True

        if name in ("len", "cap"):
            mode = INVALID_M
            val = None
            t = under(x.typ)
            if isinstance(t, T.Pointer) and isinstance(under(t.elem), T.Array):
                t = under(t.elem)
            if isinstance(t, T.Basic):
                if is_string(t) and name == "len":
                    if x.mode == CONSTANT:
                        mode = CONSTANT
                        val = len(x.val)
                    else:
                        mode = VALUE
            elif isinstance(t, T.Array):
                mode = VALUE
                if not self.env.has_call_or_recv:
                    mode = CONSTANT
                    val = t.length if t.length >= 0 else None
            elif isinstance(t, (T.Slice, T.Chan)):
                mode = VALUE
            elif isinstance(t, T.Map):
                if name == "len":
                    mode = VALUE
            if mode == INVALID_M and under(x.typ) is not INVALID:
                self.errorf(x, "invalid argument: %s for %s", x, name)
                return False
            if mode != CONSTANT:
                self._builtin_sig(call, T.INT, x.typ)
                if is_untyped(x.typ):
                    self.update_expr_type(x.expr, default_type(x.typ), True)
            x.mode = mode
            x.typ = T.INT
            x.val = val
            return True

        if name == "close":
            u = under(x.typ)
            if not isinstance(u, T.Chan):
                self.errorf(x, "invalid operation: cannot close non-channel %s", x)
                return False
            if u.dir == "recv":
                self.errorf(x, "invalid operation: cannot close receive-only channel %s", x)
                return False
            x.mode = NOVALUE
            self._builtin_sig(call, None, x.typ)
            return True

        if name == "copy":
            dst = under(x.typ)
            y = args[1]
            if y.mode == INVALID_M:
                return False
            src = under(y.typ)
            if isinstance(src, T.Basic) and is_string(src):
                src = T.Slice(BYTE_A)
            if not isinstance(dst, T.Slice) or not isinstance(src, T.Slice):
                self.errorf(x, "invalid argument: copy expects slice arguments; found %s and %s", x, y)
                return False
            if not identical(dst.elem, src.elem):
                self.errorf(x, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                            x, y, dst.elem, src.elem)
                return False
            if is_untyped(y.typ):
                self.convert_untyped(y, T.STRING)
            self._builtin_sig(call, T.INT, x.typ, y.typ)
            x.mode = VALUE
            x.typ = T.INT
            return True

        if name == "delete":
            m = under(x.typ)
            if not isinstance(m, T.Map):
                self.errorf(x, "invalid argument: %s is not a map", x)
                return False
            k = args[1]
            if k.mode == INVALID_M:
                return False
            self.assignment(k, m.key, "argument to delete")
            if k.mode == INVALID_M:
                return False
            x.mode = NOVALUE
            self._builtin_sig(call, None, x.typ, m.key)
            return True

        if name == "make":
            arg0 = call.args[0]
            Tt = self.var_type(arg0)
            if Tt is INVALID:
                self.use(*call.args[1:])
                return False
            u = under(Tt)
            if isinstance(u, T.Slice):
                mn = 2
            elif isinstance(u, (T.Map, T.Chan)):
                mn = 1
            else:
                self.errorf(arg0, "invalid argument: cannot make %s; type must be slice, map, or channel", arg0)
                self.use(*call.args[1:])
                return False
            if nargs < mn or mn + 1 < nargs:
                self.errorf(call, "invalid operation: %s expects %d or %d arguments; found %d", call, mn, mn + 1, nargs)
                self.use(*call.args[1:])
                return False
            types_ = [Tt]
            sizes = []
            for a in call.args[1:]:
                t, size = self.index(a, -1)
                types_.append(t)
                if size >= 0:
                    sizes.append(size)
            if len(sizes) == 2 and sizes[0] > sizes[1]:
                self.error(call.args[1], "invalid argument: length and capacity swapped")
            x.mode = VALUE
            x.typ = Tt
            self._builtin_sig(call, Tt, *types_)
            return True

        if name == "new":
            Tt = self.var_type(call.args[0])
            if Tt is INVALID:
                return False
            x.mode = VALUE
            x.typ = T.Pointer(Tt)
            self._builtin_sig(call, x.typ, Tt)
            return True

        if name == "panic":
            sig = self.env.sig
            if sig is not None and sig.results:
                self.env.is_panic.add(call)
            self.assignment(x, EMPTY_IFACE, "argument to panic")
            if x.mode == INVALID_M:
                return False
            x.mode = NOVALUE
            self._builtin_sig(call, None, EMPTY_IFACE)
            return True

        if name in ("print", "println"):
            params = []
            for i in range(nargs):
                if i > 0:
                    x.set(args[i])
                self.assignment(x, None, "argument to " + name)
                if x.mode == INVALID_M:
                    return False
                params.append(x.typ)
            x.mode = NOVALUE
            self._builtin_sig(call, None, *params)
            return True

        if name == "recover":
            x.mode = VALUE
            x.typ = EMPTY_IFACE
            self._builtin_sig(call, EMPTY_IFACE)
            return True

        raise InternalError(f"builtin {name}")

    # ------------------------------------------------------------ conversions

    def conversion(self, x, Tt):
        const_arg = x.mode == CONSTANT
        ok = False
        cause = None
        tu = under(Tt)
        if const_arg and is_const_type(Tt):
            okr, r = C._representable(x.val, tu) if x.val is not None else (True, None)
            if okr:
                ok = True
                x.val = r
            elif is_integer(x.typ) and is_string(tu):
                i = C.to_int(x.val)
                cp = i if (i is not None and 0 <= i <= 0x10FFFF and not (0xD800 <= i <= 0xDFFF)) else 0xFFFD
                x.val = chr(cp).encode("utf-8")
                ok = True
        else:
            ok, cause = self.convertible_to(x, Tt)
            if ok:
                x.mode = VALUE
        if not ok:
            if cause:
                self.report([(x, f"cannot convert {x} to type {type_string(Tt)}:"), (None, cause)])
            else:
                self.errorf(x, "cannot convert %s to type %s", x, Tt)
            x.mode = INVALID_M
            return
        if is_untyped(x.typ):
            final = Tt
            if x.typ is T.UNTYPED_NIL:
                pass
            elif isinstance(tu, T.Interface) or (const_arg and not is_const_type(Tt)):
                final = default_type(x.typ)
            elif x.mode == CONSTANT and is_integer(x.typ) and is_string(Tt):
                final = x.typ
            self.update_expr_type(x.expr, final, True)
        x.typ = Tt

    def convertible_to(self, x, Tt):
        ok, reason = self.assignable_to(x, Tt)
        if ok:
            return True, None
        V = x.typ
        Vu, Tu = under(V), under(Tt)
        if identical(Vu, Tu):
            return True, None
        if isinstance(V, T.Pointer) and isinstance(Tt, T.Pointer) and identical(under(V.elem), under(Tt.elem)):
            return True, None
        num = lambda t: is_integer(t) or is_float(t)
        if num(Vu) and num(Tu):
            return True, None
        if (is_integer(Vu) or is_bytes_or_runes(Vu)) and is_string(Tu):
            return True, None
        if is_string(Vu) and is_bytes_or_runes(Tu):
            return True, None
        if (isinstance(Vu, T.Pointer) or Vu is T.UINTPTR) and Tu is T.UNSAFE_POINTER:
            return True, None
        if Vu is T.UNSAFE_POINTER and (isinstance(Tu, T.Pointer) or Tu is T.UINTPTR):
            return True, None
        if isinstance(Vu, T.Slice) and isinstance(Tu, T.Pointer) and isinstance(under(Tu.elem), T.Array):
            if identical(Vu.elem, under(Tu.elem).elem):
                return True, None
        return False, reason

    # ------------------------------------------------------------ operators

    def unary(self, x, e):
        self.expr(x, e.x)
        if x.mode == INVALID_M:
            return
        op = e.op
        if op == "&":
            if not isinstance(_unparen(e.x), A.CompositeLit) and x.mode != VARIABLE:
                self.errorf(x, "invalid operation: cannot take address of %s", x)
                x.mode = INVALID_M
                return
            x.mode = VALUE
            x.typ = T.Pointer(x.typ)
            self._mark_addr_taken(e.x)
            return
        if op == "<-":
            ch = under(x.typ)
            if not isinstance(ch, T.Chan):
                self.errorf(x, "invalid operation: cannot receive from non-channel %s", x)
                x.mode = INVALID_M
                return
            if ch.dir == "send":
                self.errorf(x, "invalid operation: cannot receive from send-only channel %s", x)
                x.mode = INVALID_M
                return
            x.mode = COMMAOK
            x.typ = ch.elem
            self.env.has_call_or_recv = True
            return
        pred = {"+": is_numeric, "-": is_numeric, "^": is_integer, "!": is_boolean}.get(op)
        if pred is None:
            self.error(e, f"invalid syntax tree: unknown operator {op}")
            x.mode = INVALID_M
            return
        if not pred(x.typ):
            self.errorf(x, "invalid operation: operator %s not defined on %s", op, x)
            x.mode = INVALID_M
            return
        if x.mode == CONSTANT:
            if x.val is None:
                return
            prec = 0
            if is_unsigned(x.typ):
                prec = T.INT_BITS[under(x.typ)]
            x.val = C.unary(op, x.val, prec)
            x.expr = e
            self.overflow(x, e.pos)
            return
        x.mode = VALUE

    def _mark_addr_taken(self, e):
        e = _unparen(e)
        if isinstance(e, A.Ident) and isinstance(e.obj, T.Var):
            e.obj.addr_taken = True

    def overflow(self, x, oppos):
        if x.val is None:
            return
        if is_typed(x.typ):
            self.representable(x, under(x.typ))
            return
        if C.is_int(x.val) and C.bit_len(x.val) > 512:
            e = x.expr
            name = ""
            if isinstance(e, A.UnaryExpr) and e.op == "^":
                name = "bitwise complement"
            elif isinstance(e, A.BinaryExpr):
                name = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication",
                        "<<": "shift"}.get(e.op, "")
            self.error(oppos, f"constant {name} overflow")
            x.val = None

    def representable(self, x, typ):
        v, code = C.representation(x.val, x.typ, typ)
        if code:
            self.invalid_conversion(code, x, typ)
            x.mode = INVALID_M
            return
        x.val = v

    def binary(self, x, e, lhs, rhs, op, oppos):
        y = _Operand()
        self.expr(x, lhs)
        self.expr(y, rhs)
        if x.mode == INVALID_M:
            return
        if y.mode == INVALID_M:
            x.mode = INVALID_M
            x.expr = y.expr
            return
        if op in ("<<", ">>"):
            self.shift(x, y, e, op, oppos)
            return

        def can_mix(x, y):
            if is_interface(x.typ) or is_interface(y.typ):
                return True
            if is_boolean(x.typ) != is_boolean(y.typ):
                return False
            if is_string(x.typ) != is_string(y.typ):
                return False
            if x.is_nil() and not has_nil(y.typ):
                return False
            if y.is_nil() and not has_nil(x.typ):
                return False
            return True

        if can_mix(x, y):
            self.convert_untyped(x, y.typ)
            if x.mode == INVALID_M:
                return
            self.convert_untyped(y, x.typ)
            if y.mode == INVALID_M:
                x.mode = INVALID_M
                return
        if op in ("==", "!=", "<", "<=", ">", ">="):
            self.comparison(x, y, op, False)
            return
        if not identical(x.typ, y.typ):
            if x.typ is not INVALID and y.typ is not INVALID:
                if e is not None:
                    self.errorf(x, "invalid operation: %s (mismatched types %s and %s)", e, x.typ, y.typ)
                else:
                    self.errorf(x, "invalid operation: %s %s= %s (mismatched types %s and %s)",
                                lhs, op, rhs, x.typ, y.typ)
            x.mode = INVALID_M
            return
        preds = {"+": lambda t: is_numeric(t) or is_string(t), "-": is_numeric, "*": is_numeric,
                 "/": is_numeric, "%": is_integer, "&": is_integer, "|": is_integer, "^": is_integer,
                 "&^": is_integer, "&&": is_boolean, "||": is_boolean}
        if not preds[op](x.typ):
            self.errorf(x, "invalid operation: operator %s not defined on %s", op, x)
            x.mode = INVALID_M
            return
        if op in ("/", "%"):
            if (x.mode == CONSTANT or is_integer(x.typ)) and y.mode == CONSTANT and y.val is not None \
                    and C.sign(y.val) == 0:
                self.error(y, "invalid operation: division by zero")
                x.mode = INVALID_M
                return
        if x.mode == CONSTANT and y.mode == CONSTANT:
            if x.val is None or y.val is None:
                x.val = None
                return
            x.val = C.binary(x.val, op, y.val, intdiv=(op == "/" and is_integer(x.typ)))
            x.expr = e
            self.overflow(x, oppos)
            return
        x.mode = VALUE

    def comparison(self, x, y, op, switch_case):
        if switch_case:
            op = "=="
        err_op = x
        cause = ""
        ok, _ = self.assignable_to(x, y.typ)
        if not ok:
            ok, _ = self.assignable_to(y, x.typ)
        if not ok:
            err_op = y
            cause = f"mismatched types {type_string(x.typ)} and {type_string(y.typ)}"
        else:
            if op in ("==", "!="):
                if x.is_nil() or y.is_nil():
                    typ = y.typ if x.is_nil() else x.typ
                    if not has_nil(typ):
                        err_op = y
                        ok = False
                elif not comparable_type(x.typ):
                    err_op = x
                    cause = self.incomparable_cause(x.typ)
                    ok = False
                elif not comparable_type(y.typ):
                    err_op = y
                    cause = self.incomparable_cause(y.typ)
                    ok = False
            else:
                if not is_ordered(x.typ):
                    err_op = x
                    ok = False
                elif not is_ordered(y.typ):
                    err_op = y
                    ok = False
        if ok:
            if x.mode == CONSTANT and y.mode == CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                else:
                    x.val = C.compare(x.val, op, y.val)
            else:
                x.mode = VALUE
                self.update_expr_type(x.expr, default_type(x.typ), True)
                self.update_expr_type(y.expr, default_type(y.typ), True)
            x.typ = T.UNTYPED_BOOL
            return
        if not cause:
            cause = f"operator {op} not defined on {self.kind_string(err_op.typ)}"
        if switch_case:
            self.errorf(x, "invalid case %s in switch on %s (%s)", x.expr, y.expr, cause)
        else:
            self.errorf(err_op, "invalid operation: %s %s %s (%s)", x.expr, op, y.expr, cause)
        x.mode = INVALID_M

    def incomparable_cause(self, typ):
        u = under(typ)
        if isinstance(u, (T.Slice, T.Signature, T.Map)):
            return self.kind_string(typ) + " can only be compared to nil"
        if isinstance(u, T.Struct):
            for f in u.fields:
                if not comparable_type(f.type):
                    return f"struct containing {type_string(f.type)} cannot be compared"
        if isinstance(u, T.Array):
            return f"{type_string(typ)} cannot be compared"
        return ""

    def kind_string(self, typ):
        u = under(typ)
        for cls, s in ((T.Array, "array"), (T.Slice, "slice"), (T.Struct, "struct"), (T.Pointer, "pointer"),
                       (T.Signature, "func"), (T.Interface, "interface"), (T.Map, "map"), (T.Chan, "chan")):
            if isinstance(u, cls):
                return s
        return type_string(typ)

    def shift(self, x, y, e, op, oppos):
        xval = None
        if x.mode == CONSTANT and x.val is not None and C.is_numeric(x.val):
            xval = C.to_int(x.val)
        if is_integer(x.typ) or (is_untyped(x.typ) and xval is not None):
            pass
        else:
            self.errorf(x, "invalid operation: shifted operand %s must be integer", x)
            x.mode = INVALID_M
            return
        if y.mode == CONSTANT:
            yval = C.to_int(y.val) if C.is_numeric(y.val) else None
            if yval is not None and yval < 0:
                self.errorf(y, "invalid operation: negative shift count %s", y)
                x.mode = INVALID_M
                return
            if is_untyped(y.typ):
                self.representable(y, T.UINT)
                if y.mode == INVALID_M:
                    x.mode = INVALID_M
                    return
        else:
            if is_integer(y.typ):
                pass
            elif is_untyped(y.typ):
                self.convert_untyped(y, T.UINT)
                if y.mode == INVALID_M:
                    x.mode = INVALID_M
                    return
            else:
                self.errorf(y, "invalid operation: shift count %s must be integer", y)
                x.mode = INVALID_M
                return
        if x.mode == CONSTANT:
            if y.mode == CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                    if not is_integer(x.typ):
                        x.typ = T.UNTYPED_INT
                    return
                s = C.to_int(y.val)
                if s is None or s > 1023 - 1 + 52:
                    self.errorf(y, "invalid operation: invalid shift count %s", y)
                    x.mode = INVALID_M
                    return
                if not is_integer(x.typ):
                    x.typ = T.UNTYPED_INT
                x.val = C.shift(xval, op, s)
                x.expr = e
                self.overflow(x, oppos)
                return
            if is_untyped(x.typ):
                info = self.untyped.get(x.expr)
                if info is not None:
                    info[3] = True
                x.mode = VALUE
                return
        if not is_integer(x.typ):
            self.errorf(x, "invalid operation: shifted operand %s must be integer", x)
            x.mode = INVALID_M
            return
        x.mode = VALUE

    # ================================================================== statements

    def open_scope(self, kind="block"):
        self.env.scope = _Scope(self.env.scope, kind)

    def close_scope(self):
        self.env.scope = self.env.scope.parent

    def stmt_list(self, stmts):
        for s in stmts:
            self.stmt(s)

    def simple_stmt(self, s):
        if s is not None:
            self.stmt(s)

    def stmt(self, s):
        try:
            self._stmt(s)
        except _Unsupported:
            pass

    def _stmt(self, s):
        if isinstance(s, (A.EmptyStmt, A.BadStmt)):
            return
        if isinstance(s, A.DeclStmt):
            self.decl_stmt(s.decl)
        elif isinstance(s, A.LabeledStmt):
            s.label.obj = None
            self.stmt(s.stmt)
        elif isinstance(s, A.ExprStmt):
            x = _Operand()
            kind = self.raw_expr(x, s.x, None)
            if x.mode == BUILTIN and x.id and "." in x.id:
                self.errorf(x, "%s is not used", _Operand(VALUE, x.expr, x.typ))
                return
            if x.mode == INVALID_M:
                return
            if x.mode == BUILTIN:
                msg = "must be called"
            elif x.mode == TYPEXPR:
                msg = "is not an expression"
            else:
                if kind == "statement":
                    return
                msg = "is not used"
            self.errorf(x, "%s %s", x, msg)
        elif isinstance(s, A.SendStmt):
            ch, val = _Operand(), _Operand()
            self.expr(ch, s.chan)
            self.expr(val, s.val)
            if ch.mode == INVALID_M or val.mode == INVALID_M:
                return
            u = under(ch.typ)
            if not isinstance(u, T.Chan):
                self.errorf(s, "invalid operation: cannot send to non-channel %s", ch)
                return
            if u.dir == "recv":
                self.errorf(s, "invalid operation: cannot send to receive-only channel %s", ch)
                return
            self.assignment(val, u.elem, "send")
        elif isinstance(s, A.IncDecStmt):
            x = _Operand()
            self.expr(x, s.x)
            if x.mode == INVALID_M:
                return
            if not is_numeric(x.typ):
                self.errorf(s.x, "invalid operation: %s%s (non-numeric type %s)", s.x, s.op, x.typ)
                return
            self.assign_var(s.x, x)
        elif isinstance(s, A.AssignStmt):
            if s.op == "=":
                self.assign_vars(s.lhs, s.rhs)
            elif s.op == ":=":
                self.short_var_decl(s, s.lhs, s.rhs)
            else:
                if len(s.lhs) != 1 or len(s.rhs) != 1:
                    self.error(s, f"assignment operation {s.op} requires single-valued expressions")
                    return
                x = _Operand()
                self.binary(x, None, s.lhs[0], s.rhs[0], s.op[:-1], s.oppos)
                self.assign_var(s.lhs[0], x)
        elif isinstance(s, (A.GoStmt, A.DeferStmt)):
            kw = "go" if isinstance(s, A.GoStmt) else "defer"
            x = _Operand()
            kind = self.raw_expr(x, s.call, None)
            if kind == "conversion":
                self.errorf(x, "%s requires function call, not conversion %s", kw, x)
            elif kind == "expression":
                self.errorf(x, "%s discards result of %s", kw, x)
        elif isinstance(s, A.ReturnStmt):
            res = self.env.sig.results
            if not s.results and res and not res[0].name.startswith("~"):
                for v in res:
                    _, alt = self.env.scope.lookup_parent(v.name)
                    if alt is not None and alt is not v:
                        self.report([(s, f"result parameter {v.name} not in scope at return"),
                                     (alt.pos, f"inner declaration of var {v.name} {type_string(alt.type)}")])
            else:
                self.init_vars(list(res), s.results, s)
        elif isinstance(s, A.BranchStmt):
            pass   # checked by check_branches
        elif isinstance(s, A.Block):
            self.open_scope()
            try:
                self.stmt_list(s.stmts)
            finally:
                self.close_scope()
        elif isinstance(s, A.IfStmt):
            self.open_scope("if")
            try:
                self.simple_stmt(s.init)
                x = _Operand()
                self.expr(x, s.cond)
                if x.mode != INVALID_M and not is_boolean(x.typ):
                    self.error(s.cond, "non-boolean condition in if statement")
                self.stmt(s.body)
                if s.els is not None:
                    self.stmt(s.els)
            finally:
                self.close_scope()
        elif isinstance(s, A.SwitchStmt):
            self.open_scope("switch")
            try:
                self.simple_stmt(s.init)
                self.switch_stmt(s)
            finally:
                self.close_scope()
        elif isinstance(s, A.TypeSwitchStmt):
            self.open_scope("switch")
            try:
                self.simple_stmt(s.init)
                self.type_switch_stmt(s)
            finally:
                self.close_scope()
        elif isinstance(s, A.SelectStmt):
            self.multiple_defaults(s.body)
            for clause in s.body:
                valid = False
                rhs = None
                c = clause.comm
                if c is None or isinstance(c, A.SendStmt):
                    valid = True
                elif isinstance(c, A.AssignStmt):
                    if len(c.rhs) == 1:
                        rhs = c.rhs[0]
                elif isinstance(c, A.ExprStmt):
                    rhs = c.x
                if rhs is not None:
                    r = _unparen(rhs)
                    if isinstance(r, A.UnaryExpr) and r.op == "<-":
                        valid = True
                if not valid:
                    self.error(c, "select case must be send or receive (possibly with assignment)")
                    continue
                self.open_scope("case")
                try:
                    if c is not None:
                        self.stmt(c)
                    self.stmt_list(clause.body)
                finally:
                    self.close_scope()
        elif isinstance(s, A.ForStmt):
            self.open_scope("for")
            try:
                self.simple_stmt(s.init)
                if s.cond is not None:
                    x = _Operand()
                    self.expr(x, s.cond)
                    if x.mode != INVALID_M and not is_boolean(x.typ):
                        self.error(s.cond, "non-boolean condition in for statement")
                self.simple_stmt(s.post)
                if isinstance(s.post, A.AssignStmt) and s.post.op == ":=":
                    self.error(s.post, "cannot declare in post statement of for loop")
                self.stmt(s.body)
            finally:
                self.close_scope()
        elif isinstance(s, A.RangeStmt):
            self.range_stmt(s)
        elif isinstance(s, A.CaseClause) or isinstance(s, A.CommClause):
            self.error(s, "invalid syntax tree: misplaced case clause")
        else:
            raise InternalError(f"unknown statement {type(s).__name__}")

    def multiple_defaults(self, clauses):
        first = None
        for c in clauses:
            is_default = (c.list is None) if isinstance(c, A.CaseClause) else (c.comm is None)
            if is_default:
                if first is not None:
                    self.error(c, f"multiple defaults (first at {self.pos_str(first.pos)})")
                else:
                    first = c

    def switch_stmt(self, s):
        x = _Operand()
        if s.tag is not None:
            self.expr(x, s.tag)
            self.assignment(x, None, "switch expression")
            if x.mode != INVALID_M and not comparable_type(x.typ) and not has_nil(x.typ):
                self.errorf(x, "cannot switch on %s (%s is not comparable)", x, x.typ)
                x.mode = INVALID_M
        else:
            x.mode = CONSTANT
            x.typ = T.BOOL
            x.val = True
            pos = s.body[0].pos if s.body else s.rbrace
            x.expr = A.Ident(pos, "true")
        self.multiple_defaults(s.body)
        seen = {}
        for clause in s.body:
            self.case_values(x, clause.list or [], seen)
            self.open_scope("case")
            try:
                self.stmt_list(clause.body)
            finally:
                self.close_scope()

    def case_values(self, x, values, seen):
        for e in values:
            v = _Operand()
            self.expr(v, e)
            if x.mode == INVALID_M or v.mode == INVALID_M:
                continue
            self.convert_untyped(v, x.typ)
            if v.mode == INVALID_M:
                continue
            res = v.copy()
            self.comparison(res, x, "==", True)
            if res.mode == INVALID_M:
                continue
            if v.mode != CONSTANT:
                continue
            val = v.val
            if type(val) in (int, Fraction, bytes):
                key = C.py_float(val) if type(val) is Fraction else val
                lst = seen.setdefault((type(key).__name__, key), [])
                dup = False
                for (pos, t) in lst:
                    if identical(v.typ, t):
                        self.report([(v, f"duplicate case {v} in expression switch"), (pos, "previous case")])
                        dup = True
                        break
                if dup:
                    continue
                lst.append((v.pos, v.typ))

    def type_switch_stmt(self, s):
        a = s.assign
        lhs = None
        if isinstance(a, A.AssignStmt):
            lhs = a.lhs[0]
            guard = a.rhs[0]
            if lhs.name == "_":
                self.error(lhs, "no new variable on left side of :=", soft=True)
                lhs = None
        else:
            guard = a.x
        guard = _unparen(guard)
        x = _Operand()
        self.expr(x, guard.x)
        if x.mode == INVALID_M:
            return
        sx = None
        if isinstance(under(x.typ), T.Interface):
            sx = x
        else:
            self.errorf(x, "%s is not an interface", x)
        guard.type = x.typ
        self.multiple_defaults(s.body)
        lhs_vars = []
        seen = []
        for clause in s.body:
            cases = clause.list or []
            Tt = self.case_types(sx, cases, seen)
            self.open_scope("case")
            try:
                if lhs is not None:
                    if len(cases) != 1 or Tt is None:
                        Tt = x.typ
                    v = T.Var(lhs.name, Tt, lhs.pos, kind="local")
                    v._owner = self.env.func
                    self.env.scope.insert(v)
                    clause.var = v
                    lhs_vars.append(v)
                self.stmt_list(clause.body)
            finally:
                self.close_scope()
        if lhs is not None:
            used = any(v.used for v in lhs_vars)
            for v in lhs_vars:
                v.used = True
            lhs.obj = lhs_vars[0] if lhs_vars else T.Var(lhs.name, x.typ, lhs.pos)
            if not used:
                self.error(lhs, f"{lhs.name} declared but not used", soft=True)

    def case_types(self, x, types_, seen):
        Tt = None
        for e in types_:
            if isinstance(_unparen(e), A.Ident) and isinstance(self.env.scope.lookup_parent(_unparen(e).name)[1], T.Nil):
                Tt = None
                self.expr(_Operand(), e)
            else:
                Tt = self.var_type(e)
                if Tt is INVALID:
                    continue
            dup = False
            for (t, other) in seen:
                if (Tt is None and t is None) or (Tt is not None and t is not None and identical(Tt, t)):
                    ts = "nil" if Tt is None else type_string(Tt)
                    self.report([(e, f"duplicate case {ts} in type switch"), (other, "previous case")])
                    dup = True
                    break
            if dup:
                continue
            seen.append((Tt, e))
            if x is not None and Tt is not None:
                self.type_assertion(e, x, Tt, True)
        return Tt

    def range_stmt(self, s):
        x = _Operand()
        self.expr(x, s.x)
        key = val = None
        if x.mode != INVALID_M:
            u = under(x.typ)
            cause = ""
            if isinstance(u, T.Pointer) and isinstance(under(u.elem), T.Array):
                u = under(u.elem)
            if isinstance(u, T.Basic) and is_string(u):
                key, val = T.INT, RUNE_A
                if is_untyped(x.typ):
                    self.convert_untyped(x, T.STRING)
            elif isinstance(u, (T.Array, T.Slice)):
                key, val = T.INT, u.elem
            elif isinstance(u, T.Map):
                key, val = u.key, u.elem
            elif isinstance(u, T.Chan):
                key, val = u.elem, INVALID
                if s.val is not None:
                    self.errorf(s.val, "range over %s permits only one iteration variable", x)
                if u.dir == "send":
                    cause = "receive from send-only channel"
            if key is None or cause:
                if cause:
                    self.errorf(x, "cannot range over %s (%s)", x, cause)
                else:
                    self.errorf(x, "cannot range over %s", x)
                key = val = None
        self.open_scope("range")
        try:
            lhs = [s.key, s.val]
            rhs = [key, val]
            if s.tok == ":=":
                vars_ = []
                for l, t in zip(lhs, rhs):
                    if l is None:
                        continue
                    if isinstance(l, A.Ident):
                        v = self.new_local(l.name, l.pos)
                        self.record_def(l, v)
                        if l.name != "_":
                            vars_.append(v)
                    else:
                        self.errorf(l, "cannot declare %s", l)
                        v = self.new_local("_", l.pos)
                    if t is not None and t is not INVALID:
                        y = _Operand(VALUE, l, t)
                        self.init_var(v, y, "range clause")
                        l.type = v.type
                    else:
                        v.type = INVALID
                        v.used = True
                if vars_:
                    for v in vars_:
                        self.declare(self.env.scope, None, v)
                else:
                    self.error(s, "no new variables on left side of :=")
            elif s.tok == "=":
                for l, t in zip(lhs, rhs):
                    if l is None:
                        continue
                    if t is not None and t is not INVALID:
                        y = _Operand(VALUE, l, t)
                        self.assign_var(l, y)
            self.stmt(s.body)
        finally:
            self.close_scope()

    def decl_stmt(self, d):
        if d.tok == "const":
            last = None
            for spec in d.specs:
                inherited = True
                if spec.typ is not None or spec.values:
                    last = spec
                    inherited = False
                elif last is None:
                    last = A.ValueSpec(spec.pos, [], None, [])
                    inherited = False
                lhs = []
                for i, name in enumerate(spec.names):
                    obj = T.Const(name.name, None, name.pos)
                    obj._val = None
                    init = last.values[i] if i < len(last.values) else None
                    self.const_decl(obj, last.typ, init, inherited, spec.iota)
                    lhs.append(obj)
                self.arity(spec.pos, spec.names, last.values, True, inherited)
                for name, obj in zip(spec.names, lhs):
                    self.declare(self.env.scope, name, obj)
        elif d.tok == "var":
            for spec in d.specs:
                lhs0 = [self.new_local(n.name, n.pos) for n in spec.names]
                for n, v in zip(spec.names, lhs0):
                    self.record_def(n, v)
                values = spec.values
                for i, obj in enumerate(lhs0):
                    lhs = None
                    init = None
                    if len(values) == len(spec.names):
                        init = values[i]
                    elif len(values) == 1:
                        lhs = lhs0
                        init = values[0]
                    elif i < len(values):
                        init = values[i]
                    self.var_decl(obj, lhs, spec.typ, init)
                    if len(values) == 1:
                        break
                if spec.typ is None or values:
                    self.arity(spec.pos, spec.names, values, False, False)
                for n, v in zip(spec.names, lhs0):
                    if v.type is not None:
                        n.type = v.type
                    self.declare(self.env.scope, None, v)
        elif d.tok == "type":
            for spec in d.specs:
                obj = T.TypeName(spec.name.name, None, spec.name.pos)
                self.declare(self.env.scope, spec.name, obj)
                self.info.types.append(obj)
                self.type_decl(obj, spec, local=True)
        else:
            self.error(d, f"invalid syntax tree: {d.tok} declaration in function")

    # ================================================================== branches

    def check_branches(self, body):
        """gc's syntax.checkBranches for one function body (nested function
        literals are checked when their own body is checked)."""
        self._labels = {}
        fwd = self._block_branches(None, (None, None, -1), None, body.pos, body.stmts)
        for g in fwd:
            name = g.label.name
            l = self._labels.get(name)
            if l is not None:
                l["used"] = True
                self.error(g.label, f"goto {name} jumps into block starting at {self.pos_str(l['parent']['start'])}")
            else:
                self.error(g.label, f"label {name} not defined")
        for l in self._labels.values():
            if not l["used"]:
                lab = l["lstmt"].label
                self.error(lab, f"label {lab.name} defined and not used")

    def _block_branches(self, parent, ctxt, lstmt, start, body):
        b = {"parent": parent, "start": start, "lstmt": lstmt}
        var_pos = None
        var_name = None
        fwd_gotos = []
        bad_gotos = []

        def record_var_decl(pos, name):
            nonlocal var_pos, var_name, bad_gotos
            var_pos = pos
            var_name = name
            bad_gotos = list(fwd_gotos)

        def jumps_over_var_decl(g):
            return var_pos is not None and any(g is x for x in bad_gotos)

        def inner_block(ctx, start, stmts, lst):
            fwd_gotos.extend(self._block_branches(b, ctx, lst, start, stmts))

        breaks, continues, case_index = ctxt
        stmts = list(body)
        while stmts and isinstance(stmts[-1], A.EmptyStmt):
            stmts.pop()
        for idx, stmt in enumerate(stmts):
            lst = None
            s = stmt
            while True:
                if isinstance(s, A.LabeledStmt):
                    name = s.label.name
                    if name != "_":
                        l = self._labels.get(name)
                        if l is not None:
                            self.error(s.label, f"label {name} already defined at {self.pos_str(l['lstmt'].label.pos)}")
                        else:
                            l = {"parent": b, "lstmt": s, "used": False}
                            self._labels[name] = l
                        keep = []
                        for g in fwd_gotos:
                            if g.label.name == name:
                                g.target = s
                                l["used"] = True
                                if jumps_over_var_decl(g):
                                    self.error(g.label, f"goto {name} jumps over declaration of "
                                                        f"{var_name} at {self.pos_str(var_pos)}")
                            else:
                                keep.append(g)
                        fwd_gotos[:] = keep
                        lst = s
                    s = s.stmt
                    continue
                break
            if isinstance(s, A.DeclStmt):
                if s.decl.tok == "var" and s.decl.specs:
                    sp = s.decl.specs[0]
                    record_var_decl(sp.names[0].pos if sp.names else sp.pos, sp.names[0].name if sp.names else "")
            elif isinstance(s, A.BranchStmt):
                if s.label is None:
                    if s.tok == "break":
                        if breaks is not None:
                            s.target = breaks
                        else:
                            self.error(s, "break is not in a loop, switch, or select")
                    elif s.tok == "continue":
                        if continues is not None:
                            s.target = continues
                        else:
                            self.error(s, "continue is not in a loop")
                    elif s.tok == "fallthrough":
                        msg = "fallthrough statement out of place"
                        ok = False
                        if isinstance(breaks, (A.SwitchStmt, A.TypeSwitchStmt)):
                            if isinstance(breaks, A.TypeSwitchStmt):
                                msg = "cannot fallthrough in type switch"
                            elif case_index < 0 or idx + 1 < len(stmts):
                                pass
                            elif case_index + 1 == len(breaks.body):
                                msg = "cannot fallthrough final case in switch"
                            else:
                                ok = True
                                s.target = breaks
                        if not ok:
                            self.error(s, msg)
                    continue
                name = s.label.name
                if s.tok == "break":
                    t = self._enclosing_target(b, name)
                    if t is not None:
                        if t is _INVALID_TARGET or not isinstance(t.stmt, (A.SwitchStmt, A.TypeSwitchStmt, A.SelectStmt,
                                                                           A.ForStmt, A.RangeStmt)):
                            self.error(s.label, f"invalid break label {name}")
                        else:
                            s.target = t.stmt
                    else:
                        self.error(s.label, f"break label not defined: {name}")
                elif s.tok == "continue":
                    t = self._enclosing_target(b, name)
                    if t is not None:
                        if t is not _INVALID_TARGET and isinstance(t.stmt, (A.ForStmt, A.RangeStmt)):
                            s.target = t.stmt
                        else:
                            self.error(s.label, f"invalid continue label {name}")
                    else:
                        self.error(s.label, f"continue label not defined: {name}")
                elif s.tok == "goto":
                    t = self._goto_target(b, name)
                    if t is not None:
                        s.target = t
                    else:
                        fwd_gotos.append(s)
            elif isinstance(s, A.AssignStmt):
                if s.op == ":=":
                    record_var_decl(s.oppos if s.oppos != A.NOPOS else s.pos,
                                    ", ".join(expr_string(l) for l in s.lhs))
            elif isinstance(s, A.Block):
                inner_block((breaks, continues, -1), s.pos, s.stmts, lst)
            elif isinstance(s, A.IfStmt):
                inner = (breaks, continues, -1)
                inner_block(inner, s.body.pos, s.body.stmts, lst)
                if s.els is not None:
                    inner_block(inner, s.els.pos, [s.els], lst)
            elif isinstance(s, (A.ForStmt, A.RangeStmt)):
                inner_block((s, s, -1), s.body.pos, s.body.stmts, lst)
            elif isinstance(s, (A.SwitchStmt, A.TypeSwitchStmt)):
                for i, cc in enumerate(s.body):
                    inner_block((s, continues, i), cc.pos, cc.body, lst)
            elif isinstance(s, A.SelectStmt):
                for cc in s.body:
                    inner_block((s, continues, -1), cc.pos, cc.body, lst)
        return fwd_gotos

    def _enclosing_target(self, b, name):
        l = self._labels.get(name)
        if l is None:
            return None
        l["used"] = True
        while b is not None:
            if l["lstmt"] is b["lstmt"]:
                return l["lstmt"]
            b = b["parent"]
        return _INVALID_TARGET

    def _goto_target(self, b, name):
        l = self._labels.get(name)
        if l is None:
            return None
        l["used"] = True
        while b is not None:
            if l["parent"] is b:
                return l["lstmt"]
            b = b["parent"]
        return None

    # ================================================================== terminating statements

    def is_terminating(self, s, label):
        if isinstance(s, A.LabeledStmt):
            return self.is_terminating(s.stmt, s.label.name)
        if isinstance(s, A.ExprStmt):
            c = _unparen(s.x)
            return isinstance(c, A.CallExpr) and c in self.env.is_panic
        if isinstance(s, A.ReturnStmt):
            return True
        if isinstance(s, A.BranchStmt):
            return s.tok in ("goto", "fallthrough")
        if isinstance(s, A.Block):
            return self.is_terminating_list(s.stmts, "")
        if isinstance(s, A.IfStmt):
            return s.els is not None and self.is_terminating(s.body, "") and self.is_terminating(s.els, "")
        if isinstance(s, (A.SwitchStmt, A.TypeSwitchStmt)):
            has_default = False
            for cc in s.body:
                if cc.list is None:
                    has_default = True
                if not self.is_terminating_list(cc.body, "") or _has_break_list(cc.body, label, True):
                    return False
            return has_default
        if isinstance(s, A.SelectStmt):
            for cc in s.body:
                if not self.is_terminating_list(cc.body, "") or _has_break_list(cc.body, label, True):
                    return False
            return True
        if isinstance(s, A.ForStmt):
            return s.cond is None and not _has_break(s.body, label, True)
        return False

    def is_terminating_list(self, stmts, label):
        for s in reversed(stmts):
            if not isinstance(s, A.EmptyStmt):
                return self.is_terminating(s, label)
        return False

    # ================================================================== package wrap-up

    def init_order(self):
        """Spec: repeatedly initialise the earliest variable in declaration
        order that has no dependencies on uninitialised variables."""
        # dependencies through functions, transitively
        func_deps_cache = {}

        def var_deps(obj, seen):
            out = []
            d = self.obj_map.get(obj)
            if d is None:
                return out
            for dep in d.deps:
                if isinstance(dep, T.Var):
                    out.append(dep)
                elif isinstance(dep, T.Func) and dep not in seen:
                    seen.add(dep)
                    out.extend(var_deps(dep, seen))
            return out

        units = []       # (lhs list, rhs, deps set, first order)
        seen_decl = set()
        for obj in self.obj_list:
            if not isinstance(obj, T.Var):
                continue
            d = self.obj_map[obj]
            if id(d) in seen_decl:
                continue
            seen_decl.add(id(d))
            lhs = d.lhs if d.lhs is not None else [obj]
            deps = set()
            for v in lhs:
                for dep in var_deps(v, set()):
                    deps.add(dep)
            units.append([lhs, d.init, deps, False])
        initialized = set()
        remaining = list(units)
        while remaining:
            for i, u in enumerate(remaining):
                if all(dep in initialized for dep in u[2]):
                    break
            else:
                self.report_init_cycle(remaining[0])
                for u in remaining:
                    self.info.init_order.append((u[0], u[1]))
                return
            u = remaining.pop(i)
            for v in u[0]:
                initialized.add(v)
            self.info.init_order.append((u[0], u[1]))

    def report_init_cycle(self, unit):
        start = unit[0][0]

        def find_path(frm, to, seen):
            if frm in seen:
                return None
            seen.add(frm)
            d = self.obj_map.get(frm)
            if d is None:
                return None
            for dep in d.deps:
                if dep is to:
                    return [dep]
                p = find_path(dep, to, seen)
                if p is not None:
                    return p + [dep]
            return None

        # pick the earliest variable that is on a cycle
        for obj in self.obj_list:
            if not isinstance(obj, T.Var):
                continue
            cycle = find_path(obj, obj, set())
            if cycle:
                break
        else:
            return
        obj = cycle[0]
        descs = [(obj.pos, f"initialization loop for {obj.name}")]
        for i in range(len(cycle) - 1, -1, -1):
            descs.append((obj.pos, f"{obj.name} refers to"))
            obj = cycle[i]
        descs.append((obj.pos, obj.name))
        self.report(descs)

    def unused_imports(self):
        for pn in self.imports:
            if not pn.used:
                elem = pn.path.rsplit("/", 1)[-1]
                if pn.name == elem:
                    self.error(pn.pos, f'imported and not used: "{pn.path}"', soft=True)
                else:
                    self.error(pn.pos, f'imported and not used: "{pn.path}" as {pn.name}', soft=True)


_INVALID_TARGET = A.LabeledStmt(A.NOPOS, A.Ident(A.NOPOS, "_"), A.EmptyStmt(A.NOPOS))


def _has_break(s, label, implicit):
    if isinstance(s, A.LabeledStmt):
        return _has_break(s.stmt, label, implicit)
    if isinstance(s, A.BranchStmt):
        if s.tok == "break":
            if s.label is None:
                return implicit
            return s.label.name == label
        return False
    if isinstance(s, A.Block):
        return _has_break_list(s.stmts, label, implicit)
    if isinstance(s, A.IfStmt):
        return _has_break(s.body, label, implicit) or (s.els is not None and _has_break(s.els, label, implicit))
    if isinstance(s, (A.SwitchStmt, A.TypeSwitchStmt)):
        return bool(label) and any(_has_break_list(cc.body, label, False) for cc in s.body)
    if isinstance(s, A.SelectStmt):
        return bool(label) and any(_has_break_list(cc.body, label, False) for cc in s.body)
    if isinstance(s, (A.ForStmt, A.RangeStmt)):
        return bool(label) and _has_break(s.body, label, False)
    return False


def _has_break_list(stmts, label, implicit):
    return any(_has_break(s, label, implicit) for s in stmts)


# ====================================================================== canonicalisation

class _Canonicalizer:
    """Replace the checker's byte/rune alias objects by the canonical
    singletons in every type reachable from the annotations (in place)."""

    def __init__(self):
        self.seen = set()

    def t(self, t):
        if isinstance(t, _AliasBasic):
            return t.target
        if t is None or id(t) in self.seen:
            return t
        self.seen.add(id(t))
        if isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
            t.elem = self.t(t.elem)
        elif isinstance(t, T.Map):
            t.key = self.t(t.key)
            t.elem = self.t(t.elem)
        elif isinstance(t, T.Struct):
            for f in t.fields:
                f.type = self.t(f.type)
                v = getattr(f, "_var", None)
                if v is not None:
                    v.type = f.type
        elif isinstance(t, T.Signature):
            for v in t.params + t.results:
                self.obj(v)
            if t.recv is not None:
                self.obj(t.recv)
        elif isinstance(t, T.Interface):
            for m in t.methods:
                self.obj(m)
        elif isinstance(t, T.Tuple):
            t.types = [self.t(x) for x in t.types]
        elif isinstance(t, T.Named):
            t.under = self.t(t.under)
            for m in t.methods.values():
                self.obj(m)
        return t

    def obj(self, o):
        if o is None or id(o) in self.seen or id(o) in _UNIVERSE_IDS:
            return
        self.seen.add(id(o))
        if getattr(o, "type", None) is not None:
            o.type = self.t(o.type)
        if isinstance(o, T.Func) and o.recv_type is not None:
            o.recv_type = self.t(o.recv_type)


# ====================================================================== entry point

_UNIVERSE_IDS = {id(o) for o in UNIVERSE.elems.values()}

def check(file: A.File, filename: str, require_main: bool = True) -> Info:
    """Type-check a parsed file; raise CompileError with gc's messages.
    ``require_main=False`` accepts any package name and no ``func main``
    (``govm build -m`` analyses library-style files such as Go's tests)."""
    ch = Checker(file, filename, require_main)
    ch._func_chain = []
    try:
        ch.check_file()
    except CompileError:
        raise
    except RecursionError as e:
        raise CompileError([(A.NOPOS, "program too deeply nested for govm")], filename) from e
    except Exception as e:  # a bug in the checker
        raise InternalError(f"checker: {type(e).__name__}: {e}") from e
    if ch.errors:
        raise CompileError(ch.errors, filename)
    # declaring identifiers get their object's type (and constant value)
    for n in ch.recorded:
        if isinstance(n, A.Ident) and n.type is None and n.obj is not None:
            o = n.obj
            if isinstance(o, (T.Var, T.Const, T.Func, T.Builtin)) and o.type is not None:
                n.type = o.type
                if isinstance(o, T.Const):
                    n.value = o.value
    canon_ = _Canonicalizer()
    for n in ch.recorded:
        if getattr(n, "type", None) is not None:
            n.type = canon_.t(n.type)
        if isinstance(n, (A.Ident, A.SelectorExpr)):
            canon_.obj(n.obj)
    for o in ch.info.funcs + ch.info.globals + ch.info.types:
        canon_.obj(o)
    for fl in ch.info.func_lits:
        canon_.t(fl.sig)
        for v in fl.captures:
            canon_.obj(v)
    for scope_obj in list(ch.pkg_scope.elems.values()):
        canon_.obj(scope_obj)
    return ch.info
