"""The ``govm`` command line: run, disasm, build.

Exit statuses follow Go: 0 success, 1 compile error (``file.go:L:C: msg``),
2 a panic or fatal error at run time, and 3 for a bug in govm itself
(``govm: internal error: ...``), which must never surface as a traceback.
"""
from __future__ import annotations

import os
import sys
import time
import traceback

import click

from .errors import CompileError, InternalError


def compile_source(path: str):
    """Parse, check, escape-analyse and compile one Go file; returns (Program, seconds)."""
    t0 = time.perf_counter()
    from . import compiler
    # GOVM_NO_ESCAPE=1: skip escape analysis (the code generator then puts
    # every address-taken variable and every allocation on the heap)
    file, info, _ = front_end(path, analyze=os.environ.get("GOVM_NO_ESCAPE", "") in ("", "0"))
    prog = compiler.compile_program(file, info, path)
    return prog, time.perf_counter() - t0


def front_end(path: str, require_main=True, analyze=True):
    """Read, parse, check and escape-analyse one Go file: (file, info,
    escape diagnostics).  require_main=None: only a package main must
    declare func main (``build`` accepts library packages)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        raise click.ClickException(f"open {path}: {e.strerror.lower() if e.strerror else e}")
    try:
        src = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise CompileError.at(_pos(line, e.start - raw.rfind(b"\n", 0, e.start)), "invalid UTF-8 encoding", path)
    from . import checker, escape, parser
    file = parser.parse(src, path)
    if require_main is None:
        require_main = file.package.name == "main"
    info = checker.check(file, path, require_main=require_main)
    return file, info, (escape.analyze(file, info, raw) if analyze else [])


def gogc_from_env() -> int:
    """GOGC as Go reads it: a percentage (default 100), or 'off' (-1)."""
    v = os.environ.get("GOGC", "").strip().lower()
    if v == "off":
        return -1
    try:
        return int(v) if v else 100
    except ValueError:
        return 100


def _pos(line, col):
    from .ast import Pos
    return Pos(line, col)


def guarded(fn):
    """Map errors to Go's exit statuses; never show a Python traceback."""
    def wrapper(*a, **kw):
        try:
            code = fn(*a, **kw)
        except CompileError as e:
            sys.stdout.flush()
            sys.stderr.write(e.format() + "\n")
            code = 1
        except click.ClickException:
            raise
        except (InternalError, RecursionError, Exception) as e:   # noqa: BLE001
            sys.stdout.flush()
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            sys.stderr.write(f"govm: internal error: {detail}\n")
            if os.environ.get("GOVM_DEBUG"):
                traceback.print_exc()
            code = 3
        sys.exit(code or 0)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--trace-stacks", is_flag=True, help="Print one line per goroutine stack event on stderr.")
@click.option("--max-stack", type=int, default=None, metavar="BYTES", help="Maximum goroutine stack size (default 1000000000, as Go).")
@click.pass_context
def main(ctx, trace_stacks, max_stack):
    """govm: a compiler and VM for a subset of Go that shows Go's runtime at work."""
    ctx.obj = {"trace_stacks": trace_stacks, "max_stack": max_stack}


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--trace-stacks", is_flag=True, help="Print one line per goroutine stack event on stderr.")
@click.option("--max-stack", type=int, default=None, metavar="BYTES", help="Maximum goroutine stack size in bytes.")
@click.option("--trace-sched", is_flag=True, help="Print goroutine creation, blocking, wake-up and exit events on stderr.")
@click.option("--trace-gc", is_flag=True, help="Print one line per garbage collection on stderr (as GODEBUG=gctrace=1).")
@click.option("--stats", is_flag=True, help="After the run, print compile/load/run times and instructions executed on stderr.")
@click.pass_context
@guarded
def run(ctx, file, trace_stacks, max_stack, trace_sched, trace_gc, stats):
    """Compile and run FILE.go."""
    from .runtime import Machine, Options
    from . import layout
    g = ctx.obj or {}
    prog, compile_s = compile_source(file)
    opts = Options(
        max_stack=max_stack or g.get("max_stack") or layout.MAX_STACK_DEFAULT,
        trace_stacks=trace_stacks or g.get("trace_stacks", False),
        stress_stack=os.environ.get("GOVM_STRESS_STACK", "") not in ("", "0"),
        check_heap=os.environ.get("GOVM_CHECK_HEAP", "") not in ("", "0"),
        trace_sched=trace_sched,
        trace_gc=trace_gc or "gctrace=1" in os.environ.get("GODEBUG", ""),
        gogc=gogc_from_env(),
        stress_gc=os.environ.get("GOVM_STRESS_GC", "") not in ("", "0"),
    )
    m = Machine(prog, opts)
    code = m.run()
    if stats:
        s = m.stats
        mips = s.instructions / s.run_s / 1e6 if s.run_s > 0 else 0.0
        sys.stderr.write(
            f"govm: compile {compile_s:.3f} s, load {s.load_s:.3f} s"
            f"{' (VM compiled)' if s.compiled_vm else ''}, run {s.run_s:.3f} s, "
            f"{s.instructions} instructions ({mips:.0f} M/s)\n")
    return code


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@guarded
def disasm(file):
    """Print FILE.go's bytecode: functions, frame sizes, instructions."""
    from .disasm import disassemble
    prog, _ = compile_source(file)
    sys.stdout.write(disassemble(prog))
    return 0


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-m", "show_escapes", is_flag=True,
              help="Print escape analysis decisions on stderr, as go build -gcflags='-m -l'.")
@guarded
def build(file, show_escapes):
    """Check and compile FILE.go (a library package is only checked)."""
    from . import compiler
    from .escape import format_diag
    f, info, diags = front_end(file, require_main=None)
    if show_escapes:
        for pos, msg in sorted(diags, key=lambda d: (d[0].line, d[0].col)):
            sys.stderr.write(format_diag(file, pos, msg) + "\n")
        sys.stderr.flush()
    if f.package.name == "main":
        compiler.compile_program(f, info, file)
    return 0


if __name__ == "__main__":
    main()
