# Two commands on a fresh machine:  make run   (main job on corpora/)   make test   (test suite)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)
OUT    ?= outputs

export DO_NOT_TRACK = 1

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup  ## process corpora/ into outputs/
	$(BIN)/tilmash run corpora --out $(OUT)

test: setup  ## the whole test suite (what CI runs)
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check pipeline tests benchmarks

bench: setup  ## measured figures: language id, NER, figures, programmes, alignment
	$(BIN)/python -m benchmarks.langid
	$(BIN)/python -m benchmarks.figures
	$(BIN)/python -m benchmarks.programs

clean:
	rm -rf $(VENV) $(OUT)/*.json $(OUT)/by_language $(OUT)/.cache
