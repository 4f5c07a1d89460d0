"""The location graph of the escape analysis and its solver.

A port of gc 1.19's ``cmd/compile/internal/escape/graph.go``,
``solve.go`` and ``leaks.go``; ``govm.escape`` explains the algorithm.
This module knows nothing about syntax: a ``Location`` carries an opaque
``n`` (an IR node of ``govm.escape_ir``, or None for temporaries) and the
function (``fn``) it belongs to; the walker in ``govm.escape`` builds the
edges with ``Batch.flow`` and then calls ``Batch.walk_all``.

Invariants
----------
* ``derefs`` on holes and edges is >= -1: ``&`` can only be applied to an
  addressable expression and ``&x`` is not addressable.
* A location's ``escapes`` and ``transient`` flags change at most once
  each (false -> true, resp. true -> false), and every change re-queues
  the location, so ``walk_all`` performs O(len(all_locs)) walks.
* ``Leaks`` keeps, per parameter, the minimal deref count of a flow to
  the heap (slot 0) and to each of the first ``NUM_ESC_RESULTS`` results,
  stored as ``derefs + 1`` in a byte (0 = no flow), as gc's tag string.
"""
from __future__ import annotations

NUM_ESC_RESULTS = 7


class Leaks:
    """A parameter's leak set (gc's ``leaks`` array)."""
    __slots__ = ("v",)

    def __init__(self, v=None):
        self.v = list(v) if v is not None else [0] * (1 + NUM_ESC_RESULTS)

    def copy(self):
        return Leaks(self.v)

    def empty(self):
        return not any(self.v)

    def heap(self):
        return self.v[0] - 1

    def result(self, i):
        return self.v[1 + i] - 1

    def add_heap(self, derefs):
        self._add(0, derefs)

    def add_result(self, i, derefs):
        self._add(1 + i, derefs)

    def _add(self, i, derefs):
        old = self.v[i] - 1
        if old < 0 or derefs < old:
            self._set(i, derefs)

    def _set(self, i, derefs):
        v = derefs + 1
        if v < 0:
            raise AssertionError(f"invalid derefs count: {derefs}")
        self.v[i] = min(v, 255)

    def optimize(self):
        """Drop result flows no shorter than the shortest heap flow."""
        x = self.heap()
        if x >= 0:
            for i in range(NUM_ESC_RESULTS):
                if self.result(i) >= x:
                    self._set(1 + i, -1)

    @staticmethod
    def heap_leak():
        """The tag gc encodes as "": leaks to the heap with 0 derefs (also
        what an untagged parameter of an external function means)."""
        l = Leaks()
        l.add_heap(0)
        return l

    def __repr__(self):
        return f"Leaks({self.v})"


class Location:
    """An abstract location storing a Go value: a variable (``n`` is an
    IR name), an allocation (``n`` is the allocating IR node), or a
    temporary (``n`` None)."""
    __slots__ = ("n", "fn", "edges", "loop_depth", "result_index", "derefs", "walkgen",
                 "dst", "dst_edge_idx", "queued", "escapes", "transient", "param_esc",
                 "captured", "reassigned", "addrtaken", "is_heap", "cls", "quiet")

    def __init__(self, n, fn, loop_depth, transient=False, cls=None):
        self.n = n
        self.fn = fn
        self.edges = []
        self.loop_depth = loop_depth
        self.result_index = 0
        self.derefs = 0
        self.walkgen = 0
        self.dst = None
        self.dst_edge_idx = 0
        self.queued = False
        self.escapes = False
        self.transient = transient
        self.param_esc = Leaks()
        self.captured = False
        self.reassigned = False
        self.addrtaken = False
        self.is_heap = False
        self.cls = cls            # 'param' / 'result' / 'local' for variables, else None
        self.quiet = False        # no diagnostic (statically initialised package variables)

    def as_hole(self):
        return Hole(self)

    def is_param(self):
        return self.cls == "param"

    def is_result(self):
        return self.cls == "result"

    def leak_to(self, sink, derefs):
        """Record that parameter self leaks to sink."""
        # a result parameter that doesn't escape (#44614): record as a result leak
        if not sink.escapes and sink.is_result() and sink.fn is self.fn:
            ri = sink.result_index - 1
            if ri < NUM_ESC_RESULTS:
                self.param_esc.add_result(ri, derefs)
                return
        self.param_esc.add_heap(derefs)

    def __repr__(self):
        return f"<loc {self.n!r} in {getattr(self.fn, 'name', None)}>"


class Edge:
    __slots__ = ("src", "derefs")

    def __init__(self, src, derefs):
        self.src = src
        self.derefs = derefs


class Hole:
    """The context an expression is evaluated in: its value flows to
    ``dst`` after ``derefs`` dereferences (-1: its address flows)."""
    __slots__ = ("dst", "derefs", "addrtaken")

    def __init__(self, dst, derefs=0, addrtaken=False):
        self.dst = dst
        self.derefs = derefs
        self.addrtaken = addrtaken

    def shift(self, delta):
        d = self.derefs + delta
        if d < -1:
            raise AssertionError(f"derefs underflow: {d}")
        return Hole(self.dst, d, delta < 0)

    def deref(self):
        return self.shift(1)

    def addr(self):
        return self.shift(-1)

    def note(self, *_):
        return self

    def dot_type(self, t):
        from .escape_ir import is_interface, is_direct_iface
        if not is_interface(t) and not is_direct_iface(t):
            return self.shift(1)
        return self


class Batch:
    """Escape analysis state shared by one batch of functions (a strongly
    connected component of the call graph, closures included)."""

    def __init__(self):
        self.all_locs = []
        self.closures = []            # (hole, closure IR node)
        self.heap_loc = Location(None, None, 0)
        self.heap_loc.escapes = True
        self.heap_loc.is_heap = True
        self.blank_loc = Location(None, None, 0)

    def heap_hole(self):
        return Hole(self.heap_loc)

    def discard_hole(self):
        return Hole(self.blank_loc)

    def new_loc(self, n, fn, loop_depth, transient=False, cls=None):
        loc = Location(n, fn, loop_depth, transient, cls)
        self.all_locs.append(loc)
        return loc

    def flow(self, k, src):
        if k.addrtaken:
            src.addrtaken = True
        dst = k.dst
        if dst is self.blank_loc:
            return
        if dst is src and k.derefs >= 0:      # dst = dst, dst = *dst, ...
            return
        if dst.escapes and k.derefs < 0:      # dst = &src
            src.escapes = True
            return
        dst.edges.append(Edge(src, k.derefs))

    # ------------------------------------------------------------ solver

    def walk_all(self):
        """Compute the minimal dereferences between all pairs of locations,
        re-walking a location when it becomes escaping or non-transient."""
        todo = []

        def enqueue(loc):
            if not loc.queued:
                todo.append(loc)
                loc.queued = True

        for loc in self.all_locs:
            enqueue(loc)
        enqueue(self.heap_loc)
        walkgen = 0
        while todo:
            root = todo.pop()
            root.queued = False
            walkgen += 1
            self.walk_one(root, walkgen, enqueue)

    def walk_one(self, root, walkgen, enqueue):
        """Bellman-Ford from root over the reversed edges; derefs are
        bounded below by 0 past an address-of, so no negative cycles."""
        root.walkgen = walkgen
        root.derefs = 0
        root.dst = None
        todo = [root]
        while todo:
            l = todo.pop()
            derefs = l.derefs
            address_of = derefs < 0
            if address_of:
                # "root = &l; l = x": l's address flows to root, x's does not
                derefs = 0
                if not root.transient and l.transient:
                    l.transient = False
                    enqueue(l)
            if self.outlives(root, l):
                # l's value flows to root: record parameter leaks for tagging
                if l.is_param():
                    l.leak_to(root, derefs)
                # l's address flows somewhere that outlives it: heap allocate
                if address_of and not l.escapes:
                    l.escapes = True
                    enqueue(l)
                    continue
            for i, edge in enumerate(l.edges):
                src = edge.src
                if src.escapes:
                    continue
                d = derefs + edge.derefs
                if src.walkgen != walkgen or src.derefs > d:
                    src.walkgen = walkgen
                    src.derefs = d
                    src.dst = l
                    src.dst_edge_idx = i
                    todo.append(src)

    def outlives(self, l, other):
        """Whether values stored in l may survive beyond other's lifetime
        if other were stack allocated."""
        if l.escapes:                       # the heap outlives everything
            return True
        if l.is_result():
            # directly called closures may return locations of their
            # enclosing function without forcing them to the heap:
            #     var u int; *(func() *int { return &u }()) = 42
            if contains_closure(other.fn, l.fn) and l.fn.closure_called:
                return False
            return True
        # same function: l declared outside other's loop scope
        if l.fn is other.fn and l.loop_depth < other.loop_depth:
            return True
        # other declared within a closure nested in l's function
        if contains_closure(l.fn, other.fn):
            return True
        return False


def contains_closure(f, c):
    """Whether c is a closure nested (at any depth) within f."""
    if f is None or c is None or f is c:
        return False
    p = c.outer
    while p is not None:
        if p is f:
            return True
        p = p.outer
    return False
