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
        fn = filename if filename is not None else self.filename
        errs = sorted(self.errors, key=lambda e: (e[0].line, e[0].col))
        lines = []
        seen_lines = set()
        for pos, msg in errs:
            # gc reports at most one error per line
            if pos.line in seen_lines:
                continue
            seen_lines.add(pos.line)
            if len(lines) == 10:
                lines.append(f"{fn}:{pos.line}:{pos.col}: too many errors")
                break
            lines.append(f"{fn}:{pos.line}:{pos.col}: {msg}")
        return "\n".join(lines)


class InternalError(Exception):
    """A bug in govm itself: reported as ``govm: internal error: ...``, exit 3."""
