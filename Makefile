# KIMdesk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-bundle bench campaign screenshots bundle bundle-archive translations clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## start the desktop app on a throw-away demo profile
run: $(STAMP)
	$(BIN)/python tools/qt_check.py --fix
	$(BIN)/kimdesk gui --demo

## the whole test suite, headless (installs the Debian packages the tests need when root), one worker
## per core (pytest-xdist; a test file stays on one worker: its module fixtures, e.g. the CUPS queue, are
## set up once); TEST_WORKERS=0 runs it in this one process. A worker that crashes (a segfault) is not
## replaced: with --dist loadfile pytest-xdist 3.8 can hang for good after replacing one (its issues
## #784, #1323); the run stops at once, names the test the worker died in and fails
TEST_WORKERS ?= auto
test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --max-worker-restart=0 $(PYTEST_ARGS)

system-deps:
	@sh tools/system-deps.sh

## benchmarks (print ratios against baselines measured in the same run)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

# the hostile campaign of issue 13 in full (bad inputs and faults; CAMPAIGN_ARGS= for the short run)
CAMPAIGN_ARGS ?= --long
campaign: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/hostile_campaign.py $(CAMPAIGN_ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_install.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_dialogs.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_conferences.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_documents.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_reports.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py

## the one-folder bundle dist/kimdesk/ (PyInstaller, build.spec); counsellors need no Python
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/kimdesk

## build the bundle, then run it headless: doctor and a two-laptop import-sync-export round
test-bundle: bundle system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/bundle $(PYTEST_ARGS)

## dist/kimdesk-<version>-<os>-<arch>.tar.gz from the bundle, named by its own --version
bundle-archive: bundle
	cd dist && v=$$(./kimdesk/kimdesk-cli --version | cut -d' ' -f2) && \
	  tar czf "kimdesk-$$v-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz" kimdesk && ls -lh kimdesk-*.tar.gz

clean:
	rm -rf build dist .pytest_cache
