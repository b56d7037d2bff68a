# tearline: `make demo` and `make test` each set up .venv from the hashed lock files first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCKS  := requirements/runtime.lock requirements/dev.lock

.PHONY: demo test lint lock bench clean

$(STAMP): $(LOCKS) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/runtime.lock -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tearline redact samples/flagship.txt --policy duty-to-warn

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# Refresh the locks after editing requirements/*.in (needs `uv` on PATH).
lock:
	cd requirements && uv pip compile --generate-hashes --python-version 3.11 runtime.in -o runtime.lock
	cd requirements && uv pip compile --generate-hashes --python-version 3.11 dev.in -o dev.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
