"""govm: a compiler and virtual machine for a subset of Go.

Start-up time is part of every run (``govm run hello.go`` must stay well
under a second), so:

* govm keeps the bytecode cache of its own modules even where the
  environment turns bytecode writing off (PYTHONDONTWRITEBYTECODE):
  compiling the checker and code generator from source costs more than a
  tenth of a second on every run;
* Python's cyclic garbage collector is off until the VM is loaded
  (``runtime.Machine.run`` turns it back on, after ``gc.freeze``): the
  imports, the parser and Numba's cache loading create some hundred thousand
  objects, and collecting them repeatedly cost 85 ms of a 0.65 s run;
* OpenBLAS, which NumPy loads, starts no worker threads (govm does no
  linear algebra; on a two-core machine the threads' start-up costs 30 ms).
"""
import gc as _gc
import os as _os
import sys as _sys

_sys.dont_write_bytecode = False
_gc.disable()
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
