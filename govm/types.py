"""Go types and the objects that names denote, as the checker builds them.

Modelled on ``go/types``: a ``Type`` is either predeclared (``Basic``) or
built by a type constructor; ``Named`` carries a name, an underlying type
and a method set.  Objects (``Var``, ``Const``, ``TypeName``, ``Func``,
``Builtin``, ``PkgName``, ``Nil``) are what identifiers resolve to; the
compiler keys frame slots and global slots on ``Var`` identity.

Invariants
----------
* Predeclared basic types are singletons (``INT``, ``UINT8`` ...), and
  ``byte``/``rune`` are the same objects as ``uint8``/``int32`` (aliases).
* ``str(t)`` spells the type as gc spells it in messages.
* ``go_size(t)`` is the size real Go gives the type on amd64; the escape
  analysis uses it for gc's size limits.  The VM's own layout (every scalar
  in an 8-byte slot) is decided by the compiler, not here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


class Type:
    def underlying(self) -> "Type":
        return self


# ---------------------------------------------------------------- basic types

@dataclass(eq=False)
class Basic(Type):
    kind: str           # 'int', 'int8', ..., 'float64', 'string', 'bool', 'untyped int', ...
    size: int = 8       # Go size in bytes (0 for untyped kinds)

    def __str__(self) -> str:
        return self.kind

    __repr__ = __str__


INT = Basic("int")
INT8 = Basic("int8", 1)
INT16 = Basic("int16", 2)
INT32 = Basic("int32", 4)
INT64 = Basic("int64")
UINT = Basic("uint")
UINT8 = Basic("uint8", 1)
UINT16 = Basic("uint16", 2)
UINT32 = Basic("uint32", 4)
UINT64 = Basic("uint64")
UINTPTR = Basic("uintptr")
FLOAT32 = Basic("float32", 4)
FLOAT64 = Basic("float64")
COMPLEX128 = Basic("complex128", 16)
STRING = Basic("string", 16)
BOOL = Basic("bool", 1)
UNSAFE_POINTER = Basic("unsafe.Pointer")

UNTYPED_INT = Basic("untyped int", 0)
UNTYPED_RUNE = Basic("untyped rune", 0)
UNTYPED_FLOAT = Basic("untyped float", 0)
UNTYPED_STRING = Basic("untyped string", 0)
UNTYPED_BOOL = Basic("untyped bool", 0)
UNTYPED_NIL = Basic("untyped nil", 0)

BYTE = UINT8
RUNE = INT32

SIGNED = (INT, INT8, INT16, INT32, INT64)
UNSIGNED = (UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR)
INTEGERS = SIGNED + UNSIGNED
FLOATS = (FLOAT32, FLOAT64)
UNTYPED = (UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_BOOL, UNTYPED_NIL)

# bit width of each integer kind (int/uint/uintptr are 64-bit as on amd64)
INT_BITS = {INT: 64, INT8: 8, INT16: 16, INT32: 32, INT64: 64,
            UINT: 64, UINT8: 8, UINT16: 16, UINT32: 32, UINT64: 64, UINTPTR: 64}

UNIVERSE_TYPES = {
    "int": INT, "int8": INT8, "int16": INT16, "int32": INT32, "int64": INT64,
    "uint": UINT, "uint8": UINT8, "uint16": UINT16, "uint32": UINT32, "uint64": UINT64,
    "uintptr": UINTPTR, "float32": FLOAT32, "float64": FLOAT64, "complex128": COMPLEX128,
    "string": STRING, "bool": BOOL, "byte": BYTE, "rune": RUNE,
}


def default_type(t: Type) -> Type:
    """The type an untyped constant takes when nothing else decides (spec: Constants)."""
    return {UNTYPED_INT: INT, UNTYPED_RUNE: INT32, UNTYPED_FLOAT: FLOAT64,
            UNTYPED_STRING: STRING, UNTYPED_BOOL: BOOL}.get(t, t)


# ---------------------------------------------------------------- constructed types

@dataclass(eq=False)
class Pointer(Type):
    elem: Type

    def __str__(self):
        return f"*{self.elem}"


@dataclass(eq=False)
class Slice(Type):
    elem: Type

    def __str__(self):
        return f"[]{self.elem}"


@dataclass(eq=False)
class Array(Type):
    elem: Type
    length: int

    def __str__(self):
        return f"[{self.length}]{self.elem}"


@dataclass(eq=False)
class StructField:
    name: str
    type: Type
    embedded: bool = False
    pos: Any = None


@dataclass(eq=False)
class Struct(Type):
    fields: list  # list[StructField]

    def __str__(self):
        parts = []
        for f in self.fields:
            parts.append(str(f.type) if f.embedded else f"{f.name} {f.type}")
        return "struct{" + "; ".join(parts) + "}"


@dataclass(eq=False)
class Map(Type):
    key: Type
    elem: Type

    def __str__(self):
        return f"map[{self.key}]{self.elem}"


@dataclass(eq=False)
class Chan(Type):
    dir: str   # 'both' | 'send' | 'recv'
    elem: Type

    def __str__(self):
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[self.dir] + str(self.elem)


@dataclass(eq=False)
class Signature(Type):
    params: list           # list[Var]
    results: list          # list[Var]
    variadic: bool = False
    recv: Optional["Var"] = None

    def __str__(self):
        ps = []
        for i, p in enumerate(self.params):
            if self.variadic and i == len(self.params) - 1:
                ps.append("..." + str(p.type.elem))
            else:
                ps.append(str(p.type))
        s = "func(" + ", ".join(ps) + ")"
        if len(self.results) == 1:
            s += " " + str(self.results[0].type)
        elif self.results:
            s += " (" + ", ".join(str(r.type) for r in self.results) + ")"
        return s


@dataclass(eq=False)
class Interface(Type):
    methods: list = field(default_factory=list)   # list[Func] (abstract methods)

    def __str__(self):
        if not self.methods:
            return "interface {}"
        return "interface {" + "; ".join(f"{m.name}{str(m.sig)[4:]}" for m in self.methods) + "}"


@dataclass(eq=False)
class Tuple(Type):
    """The type of a multi-value call expression."""
    types: list

    def __str__(self):
        return "(" + ", ".join(str(t) for t in self.types) + ")"


@dataclass(eq=False)
class Named(Type):
    name: str
    under: Optional[Type] = None          # set once the declaration is resolved
    methods: dict = field(default_factory=dict)   # name -> Func
    obj: Any = None                       # the TypeName

    def underlying(self) -> Type:
        u = self.under
        seen = 0
        while isinstance(u, Named):
            u = u.under
            seen += 1
            if seen > 1000:      # a cycle (type T T): the checker reports it; never loop
                return None
        return u

    def __str__(self):
        pkg = getattr(self.obj, "pkg", "") if self.obj is not None else ""
        return f"{pkg}.{self.name}" if pkg else self.name


# ---------------------------------------------------------------- objects

@dataclass(eq=False)
class Object:
    name: str
    type: Any = None
    pos: Any = None


@dataclass(eq=False)
class Var(Object):
    """A variable: 'global', 'local', 'param' or 'result' (named or ``~rN``)."""
    kind: str = "local"
    used: bool = False
    # set by escape analysis (issue 3): True when the variable lives on the heap
    escapes: bool = False
    addr_taken: bool = False
    captured: bool = False
    field: Optional[StructField] = None   # set for struct field selections


@dataclass(eq=False)
class Const(Object):
    value: Any = None


@dataclass(eq=False)
class TypeName(Object):
    pkg: str = "main"


@dataclass(eq=False)
class Func(Object):
    """A declared function or method; ``type`` is its Signature."""
    decl: Any = None            # the ast.FuncDecl
    recv_type: Optional[Type] = None
    pkg: str = "main"

    @property
    def sig(self) -> Signature:
        return self.type

    @property
    def full_name(self) -> str:
        """The name Go prints in a traceback: main.f, main.T.m, main.(*T).m."""
        if self.recv_type is None:
            return f"{self.pkg}.{self.name}"
        r = self.recv_type
        if isinstance(r, Pointer):
            return f"{self.pkg}.(*{r.elem.name}).{self.name}"
        return f"{self.pkg}.{r.name}.{self.name}"


@dataclass(eq=False)
class Builtin(Object):
    """A predeclared function (len, append, println ...) or a library function
    govm implements natively ('fmt.Println', 'fmt.Printf', ...)."""


@dataclass(eq=False)
class PkgName(Object):
    path: str = ""
    used: bool = False


@dataclass(eq=False)
class Nil(Object):
    pass


# ---------------------------------------------------------------- predicates

def is_integer(t: Type) -> bool:
    u = t.underlying()
    return u in INTEGERS or u in (UNTYPED_INT, UNTYPED_RUNE)


def is_unsigned(t: Type) -> bool:
    return t.underlying() in UNSIGNED


def is_float(t: Type) -> bool:
    u = t.underlying()
    return u in FLOATS or u is UNTYPED_FLOAT


def is_numeric(t: Type) -> bool:
    return is_integer(t) or is_float(t) or t.underlying() is COMPLEX128


def is_string(t: Type) -> bool:
    u = t.underlying()
    return u is STRING or u is UNTYPED_STRING


def is_boolean(t: Type) -> bool:
    u = t.underlying()
    return u is BOOL or u is UNTYPED_BOOL


def is_untyped(t: Type) -> bool:
    return t in UNTYPED


def identical(a: Type, b: Type) -> bool:
    """Type identity (spec: Type identity)."""
    if a is b:
        return True
    if isinstance(a, Named) or isinstance(b, Named):
        return False
    if type(a) is not type(b):
        return False
    if isinstance(a, (Pointer, Slice)):
        return identical(a.elem, b.elem)
    if isinstance(a, Array):
        return a.length == b.length and identical(a.elem, b.elem)
    if isinstance(a, Map):
        return identical(a.key, b.key) and identical(a.elem, b.elem)
    if isinstance(a, Chan):
        return a.dir == b.dir and identical(a.elem, b.elem)
    if isinstance(a, Struct):
        return len(a.fields) == len(b.fields) and all(
            f.name == g.name and f.embedded == g.embedded and identical(f.type, g.type)
            for f, g in zip(a.fields, b.fields))
    if isinstance(a, Signature):
        return (a.variadic == b.variadic and len(a.params) == len(b.params)
                and len(a.results) == len(b.results)
                and all(identical(p.type, q.type) for p, q in zip(a.params, b.params))
                and all(identical(p.type, q.type) for p, q in zip(a.results, b.results)))
    if isinstance(a, Interface):
        return len(a.methods) == len(b.methods) and all(
            m.name == n.name and identical(m.type, n.type) for m, n in zip(a.methods, b.methods))
    if isinstance(a, Tuple):
        return len(a.types) == len(b.types) and all(identical(x, y) for x, y in zip(a.types, b.types))
    return False


def go_size(t: Type) -> int:
    """Size in bytes that gc gives t on amd64 (used for escape size limits)."""
    u = t.underlying()
    if isinstance(u, Basic):
        return u.size
    if isinstance(u, (Pointer, Map, Chan, Signature)):
        return 8
    if isinstance(u, Slice):
        return 24
    if isinstance(u, Interface):
        return 16
    if isinstance(u, Array):
        return u.length * go_size(u.elem)
    if isinstance(u, Struct):
        off = 0
        maxal = 1
        for f in u.fields:
            al = go_align(f.type)
            maxal = max(maxal, al)
            off = (off + al - 1) // al * al + go_size(f.type)
        return (off + maxal - 1) // maxal * maxal
    return 8


def go_align(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return {16: 8, 0: 1}.get(u.size, u.size) if u is not COMPLEX128 else 8
    if isinstance(u, Array):
        return go_align(u.elem)
    if isinstance(u, Struct):
        return max([go_align(f.type) for f in u.fields] or [1])
    return 8
