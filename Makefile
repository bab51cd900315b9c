# fpdesk — the two set-up commands of the README:
#   make run    install what is needed and start the GUI on the demo township
#   make test   install what the tests need and run the whole suite headless

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test test-core bench translations sysdeps clean deb

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

sysdeps:
	@bash scripts/system-deps.sh

run: sysdeps $(STAMP)
	$(BIN)/fpdesk --demo

test: sysdeps $(STAMP)
	$(BIN)/ruff check fpdesk tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-core: $(STAMP)
	$(BIN)/python -m pytest -q -m "not gui"

bench: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# after adding user-visible strings: add `English<TAB>中文` lines to translations/zh_CN.tsv
translations: $(STAMP)
	-bash scripts/update-translations.sh
	$(BIN)/python scripts/ts_fill.py translations/zh_CN.tsv
	bash scripts/update-translations.sh

# the package for 统信UOS / 银河麒麟 / Debian: dist/fpdesk_<version>_amd64.deb (docs/installing.md)
deb: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[build]'
	PYTHON=$(BIN)/python bash installer/build-deb.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
