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
	$(BIN)/tearline diff samples/flagship.txt --policy duty-to-warn --layout side

# Browser tests need Debian's chromium: installed here when missing and running as root (as CI
# does); elsewhere those tests are skipped with a message that says how to enable them.
test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    { apt-get update -q && apt-get install -y -q --no-install-recommends chromium; } \
	      || echo "make test: could not install chromium: browser tests will be skipped"; \
	  else echo "make test: chromium missing and not root: browser tests will be skipped"; fi; }
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The throughput benchmark on a 2,000-report corpus (see README, "Benchmark").
bench: $(STAMP)
	rm -rf /tmp/tearline-corpus  # generated, deterministic: made afresh so a rerun works
	$(BIN)/python benchmarks/make_corpus.py --n 2000 --seed 1 /tmp/tearline-corpus
	$(BIN)/python benchmarks/run.py throughput /tmp/tearline-corpus

# Refresh the locks after editing requirements/*.in (needs `uv` on PATH).
lock:
	cd requirements && uv pip compile --generate-hashes --python-version 3.11 runtime.in -o runtime.lock
	cd requirements && uv pip compile --generate-hashes --python-version 3.11 dev.in -o dev.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
