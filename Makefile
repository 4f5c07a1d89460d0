PYTHON ?= python3

.PHONY: install test bench golden clean

install:
	$(PYTHON) -m pip install -e .

test:
	$(PYTHON) -m pip install -q -e '.[test]'
	$(PYTHON) -m pytest -q

bench:
	$(PYTHON) bench/run.py
	if [ -f bench/goroutines.py ]; then $(PYTHON) bench/goroutines.py; fi

golden:
	$(PYTHON) tests/golden.py

# Numba's cache keys only on a jitted function's own file: wipe it with the rest.
clean:
	rm -rf $${XDG_CACHE_HOME:-$$HOME/.cache}/govm build *.egg-info .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
