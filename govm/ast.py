"""Abstract syntax tree for the Go subset govm compiles.

The node set follows Go's own ``go/ast`` package, so that a Go programmer
recognises every node and the parser (``govm.parser``) can map each grammar
production of the Go specification onto exactly one node class.

Invariants
----------
* Every node carries ``pos``: the ``Pos(line, col)`` of its first token,
  1-based, with the column counted in bytes as gc counts it.
* Nodes compare by identity (``eq=False``), so they can key dictionaries:
  the checker and the later stages annotate nodes by attaching attributes.
* The parser fills only the syntactic fields.  The type checker
  (``govm.checker``) then sets the *annotation* fields, declared below with
  ``field(default=None)``:

  - every ``Expr``: ``type`` (a ``govm.types.Type``; for a constant that was
    converted by its context this is the final type, never an untyped kind
    unless the context is itself untyped) and ``value`` (a Python ``int``,
    ``float``, ``bool`` or ``bytes`` when the expression is a constant, else
    ``None``);
  - ``Ident``: ``obj``, the ``govm.types`` object it denotes;
  - ``CallExpr``: ``kind``, one of ``'call'`` (function or function value),
    ``'method'``, ``'builtin'``, ``'conversion'``;
  - ``BranchStmt``: ``target``, the statement a break/continue/goto refers to;
  - ``FuncDecl`` and ``FuncLit``: ``obj`` / ``sig`` as documented there.

String constants are Python ``bytes``: Go strings are byte sequences and a
literal may hold bytes that are not UTF-8 (``"\\xff"``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Pos:
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"


NOPOS = Pos(0, 0)


@dataclass(eq=False)
class Node:
    pos: Pos


# ---------------------------------------------------------------- expressions

@dataclass(eq=False)
class Expr(Node):
    pass


def _ann():
    return field(default=None, repr=False, compare=False)


@dataclass(eq=False)
class Ident(Expr):
    name: str
    type: Any = _ann()
    value: Any = _ann()
    obj: Any = _ann()


@dataclass(eq=False)
class BasicLit(Expr):
    kind: str            # 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING'
    raw: str             # source spelling
    lit: Any             # decoded: int (INT, CHAR), float (FLOAT), complex (IMAG), bytes (STRING)
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class CompositeLit(Expr):
    typ: Optional[Expr]          # None when elided inside an outer literal
    elts: list                   # Expr or KeyValueExpr
    rbrace: Pos = NOPOS
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class KeyValueExpr(Expr):
    key: Expr
    val: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class FuncLit(Expr):
    typ: "FuncType"
    body: "Block"
    type: Any = _ann()
    value: Any = _ann()
    sig: Any = _ann()            # govm.types.Signature (params/results are Vars)


@dataclass(eq=False)
class ParenExpr(Expr):
    x: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class SelectorExpr(Expr):
    x: Expr
    sel: Ident
    type: Any = _ann()
    value: Any = _ann()
    obj: Any = _ann()            # field/method/package member resolved by the checker


@dataclass(eq=False)
class IndexExpr(Expr):
    x: Expr
    index: Expr
    rbrack: Pos = NOPOS
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class SliceExpr(Expr):
    x: Expr
    low: Optional[Expr]
    high: Optional[Expr]
    max: Optional[Expr]
    slice3: bool = False
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class TypeAssertExpr(Expr):
    x: Expr
    typ: Optional[Expr]          # None for x.(type) in a type switch
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class CallExpr(Expr):
    fun: Expr
    args: list
    ellipsis: bool = False       # f(xs...)
    rparen: Pos = NOPOS
    type: Any = _ann()
    value: Any = _ann()
    kind: Any = _ann()


@dataclass(eq=False)
class StarExpr(Expr):
    """``*x``: a dereference, or a pointer type in type context."""
    x: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class UnaryExpr(Expr):
    op: str                      # '+', '-', '!', '^', '&', '<-'
    x: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class BinaryExpr(Expr):
    op: str                      # '||' '&&' '==' '!=' '<' '<=' '>' '>=' '+' '-' '|' '^' '*' '/' '%' '<<' '>>' '&' '&^'
    x: Expr
    y: Expr
    oppos: Pos = NOPOS           # position of the operator (gc reports some errors there)
    type: Any = _ann()
    value: Any = _ann()


# ---------------------------------------------------------------- type expressions

@dataclass(eq=False)
class ArrayType(Expr):
    """``[len]elt``; ``len`` is None for a slice type, ``Ellipsis`` for ``[...]T``."""
    len: Optional[Expr]
    elt: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class Ellipsis(Expr):
    """``...T`` in a variadic parameter list, or ``...`` in ``[...]T`` (elt None)."""
    elt: Optional[Expr]
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class Field(Node):
    names: list                  # list[Ident]; empty for anonymous params / embedded fields
    typ: Expr
    tag: Optional[bytes] = None


@dataclass(eq=False)
class StructType(Expr):
    fields: list                 # list[Field]
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class FuncType(Expr):
    params: list                 # list[Field]
    results: list                # list[Field]
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class InterfaceType(Expr):
    methods: list                # list[Field]: named ones are methods (typ is FuncType), unnamed are embedded
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class MapType(Expr):
    key: Expr
    val: Expr
    type: Any = _ann()
    value: Any = _ann()


@dataclass(eq=False)
class ChanType(Expr):
    dir: str                     # 'both' | 'send' (chan<- T) | 'recv' (<-chan T)
    val: Expr
    type: Any = _ann()
    value: Any = _ann()


# ---------------------------------------------------------------- statements

@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class BadStmt(Stmt):
    pass


@dataclass(eq=False)
class DeclStmt(Stmt):
    decl: "GenDecl"


@dataclass(eq=False)
class EmptyStmt(Stmt):
    pass


@dataclass(eq=False)
class LabeledStmt(Stmt):
    label: Ident
    stmt: Stmt


@dataclass(eq=False)
class ExprStmt(Stmt):
    x: Expr


@dataclass(eq=False)
class SendStmt(Stmt):
    chan: Expr
    val: Expr


@dataclass(eq=False)
class IncDecStmt(Stmt):
    x: Expr
    op: str                      # '++' | '--'


@dataclass(eq=False)
class AssignStmt(Stmt):
    lhs: list
    op: str                      # '=' | ':=' | '+=' | '-=' | ... | '&^='
    rhs: list
    oppos: Pos = NOPOS


@dataclass(eq=False)
class GoStmt(Stmt):
    call: CallExpr


@dataclass(eq=False)
class DeferStmt(Stmt):
    call: CallExpr


@dataclass(eq=False)
class ReturnStmt(Stmt):
    results: list


@dataclass(eq=False)
class BranchStmt(Stmt):
    tok: str                     # 'break' | 'continue' | 'goto' | 'fallthrough'
    label: Optional[Ident]
    target: Any = _ann()         # the LabeledStmt/For/Switch/Select statement it refers to


@dataclass(eq=False)
class Block(Stmt):
    stmts: list
    rbrace: Pos = NOPOS


@dataclass(eq=False)
class IfStmt(Stmt):
    init: Optional[Stmt]
    cond: Expr
    body: Block
    els: Optional[Stmt]          # Block, IfStmt or None


@dataclass(eq=False)
class CaseClause(Stmt):
    list: Optional[list]         # None for default
    body: list                   # list[Stmt]


@dataclass(eq=False)
class SwitchStmt(Stmt):
    init: Optional[Stmt]
    tag: Optional[Expr]
    body: list                   # list[CaseClause]
    rbrace: Pos = NOPOS


@dataclass(eq=False)
class TypeSwitchStmt(Stmt):
    init: Optional[Stmt]
    assign: Stmt                 # ExprStmt(TypeAssertExpr) or AssignStmt(x := y.(type))
    body: list                   # list[CaseClause]; case lists hold type expressions
    rbrace: Pos = NOPOS


@dataclass(eq=False)
class CommClause(Stmt):
    comm: Optional[Stmt]         # SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c); None for default
    body: list


@dataclass(eq=False)
class SelectStmt(Stmt):
    body: list                   # list[CommClause]


@dataclass(eq=False)
class ForStmt(Stmt):
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: Block


@dataclass(eq=False)
class RangeStmt(Stmt):
    key: Optional[Expr]
    val: Optional[Expr]
    tok: Optional[str]           # ':=' | '=' | None (for range x)
    x: Expr
    body: Block


# ---------------------------------------------------------------- declarations

@dataclass(eq=False)
class ImportSpec(Node):
    name: Optional[Ident]
    path: bytes


@dataclass(eq=False)
class ValueSpec(Node):
    names: list                  # list[Ident]
    typ: Optional[Expr]
    values: list                 # list[Expr]; empty for `var x T` and for implicit const repetition
    iota: int = 0                # index of this spec in its const group


@dataclass(eq=False)
class TypeSpec(Node):
    name: Ident
    typ: Expr
    alias: bool = False          # type A = B


@dataclass(eq=False)
class GenDecl(Node):
    tok: str                     # 'import' | 'const' | 'type' | 'var'
    specs: list


@dataclass(eq=False)
class FuncDecl(Node):
    recv: Optional[Field]
    name: Ident
    typ: FuncType
    body: Optional[Block]
    obj: Any = _ann()            # govm.types.Func


@dataclass(eq=False)
class File(Node):
    package: Ident
    imports: list                # list[ImportSpec]
    decls: list                  # list[GenDecl | FuncDecl] (imports excluded)
    filename: str = ""
