# Two commands on a fresh machine:  make run   (main job on corpora/)   make test   (test suite)
# `make run` installs the light default package; `make test` adds the dev tools and the
# optional Stanza backend (torch CPU wheel), so its loading code is tested too. pip runs
# with -qq: errors only, not the machine's notes about index folders it cannot find.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
HASH    = $(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)
RUN_STAMP  = $(VENV)/.installed-run-$(HASH)
TEST_STAMP = $(VENV)/.installed-test-$(HASH)
OUT    ?= outputs

export DO_NOT_TRACK = 1

.PHONY: setup setup-test run test lint bench clean

setup: $(RUN_STAMP)
setup-test: $(TEST_STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --quiet --upgrade "pip>=24"

$(RUN_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --quiet -c constraints.txt -e .
	rm -f $(VENV)/.installed-run-*
	touch $@

$(TEST_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --quiet -c constraints.txt -e '.[dev,stanza]'
	rm -f $(VENV)/.installed-*
	touch $@ $(RUN_STAMP)  # the test install holds everything the run needs

run: setup  ## process corpora/ into outputs/
	$(BIN)/tilmash run corpora --out $(OUT)

test: setup-test  ## type check of pipeline/ (mypy), then the whole test suite (what CI runs)
	$(BIN)/python -m mypy pipeline
	$(BIN)/python -m pytest -q

lint: setup-test
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/python -m mypy pipeline

bench: setup  ## measured figures: language id, NER, figures, programmes, alignment, speed
	$(BIN)/python -m benchmarks.langid
	$(BIN)/python -m benchmarks.ner
	$(BIN)/python -m benchmarks.figures
	$(BIN)/python -m benchmarks.programs
	$(BIN)/python -m benchmarks.align
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.real

clean:
	rm -rf $(VENV) $(OUT)/*.json $(OUT)/by_language $(OUT)/.cache $(OUT)/view
