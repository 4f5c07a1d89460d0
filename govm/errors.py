"""Diagnostics.

Compile errors are reported as gc reports them, ``file.go:LINE:COL: message``,
sorted by position, at most 10 of them followed by ``too many errors``; the
process exits with status 1.  Nothing in the front end may let a Python
exception escape for any input: every stage raises ``CompileError``.
"""
from __future__ import annotations


class CompileError(Exception):
    """One or more compile errors: ``errors`` is a list of (Pos, message)."""

    def __init__(self, errors, filename: str = ""):
        if not isinstance(errors, list):
            errors = [errors]
        self.errors = errors
        self.filename = filename
        super().__init__(self.format())

    @classmethod
    def at(cls, pos, msg: str, filename: str = "") -> "CompileError":
        return cls([(pos, msg)], filename)

    def format(self, filename: str | None = None) -> str:
        """gc's report: exact duplicates dropped, sorted by position; after
        the 10th error found, ``too many errors`` at that error's position.
        An error without a position is a link-time one, printed as the
        linker prints it (``runtime.main_main·f: function main is undeclared
        in the main package``)."""
        fn = filename if filename is not None else self.filename
        found = []
        for e in self.errors:
            if e not in found:
                found.append(e)
        shown = found[:10]
        lines = []
        for pos, msg in sorted(shown, key=lambda e: (e[0].line, e[0].col)):
            if pos.line == 0:
                lines.append(f"runtime.main_main·f: {msg}" if "function main" in msg else msg)
            else:
                lines.append(f"{fn}:{pos.line}:{pos.col}: {msg}")
        if len(found) > 10:
            pos = found[9][0]
            lines.append(f"{fn}:{pos.line}:{pos.col}: too many errors")
        return "\n".join(lines)


class InternalError(Exception):
    """A bug in govm itself: reported as ``govm: internal error: ...``, exit 3."""
