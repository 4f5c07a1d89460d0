"""govm: a compiler and virtual machine for a subset of Go.

Start-up time is part of every run (``govm run hello.go`` must stay well
under a second), so govm keeps the bytecode cache of its own modules even
where the environment turns bytecode writing off (PYTHONDONTWRITEBYTECODE):
compiling the checker and code generator from source costs more than a
tenth of a second on every run.
"""
import sys as _sys

_sys.dont_write_bytecode = False
