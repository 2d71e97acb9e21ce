# ReleaseDesk: `make run` opens the app on a copy of the sample release, `make test` runs
# every test.
# Both create .venv and install what they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SAMPLE_EN := resources/samples/tidewater-ferry-terminal.release
SAMPLE_ZH := resources/samples/fernhollow-night-market-zh.release
# A Chinese desktop (LANG=zh_*) opens the Chinese sample, in the Chinese interface.
SAMPLE := $(if $(filter zh%,$(LANG)),$(SAMPLE_ZH),$(SAMPLE_EN))
APP_STAMP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed-test
# Quiet installs: setuptools warns that an editable install finds the sources in place,
# which is what an editable install is for.
PIP := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet

.PHONY: run test bench screenshot screenshot-import screenshot-body \
	screenshot-clearance screenshot-photos screenshot-review screenshot-sizes screenshot-proofing \
	install-desktop bundle lint clean

# The app alone (make run), then the test tools on top (make test).
$(APP_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e .
	$(PY) tools/translations.py build
	# Bytecode for our own sources too (an editable install has none, and
	# PYTHONDONTWRITEBYTECODE may forbid writing it on import): start-up reads it.
	$(PY) -m compileall -q src
	touch $(APP_STAMP)

$(STAMP): $(APP_STAMP)
	$(PIP) -e '.[test]'
	touch $(STAMP)

# The editor opens a working copy of the sample (build/run/, renewed when the sample
# changes), never the sample itself: its lock file, save temporaries and edits stay out
# of resources/, which the wheel and the golden tests are made from.
RUN_COPY := build/run/$(notdir $(SAMPLE))

$(RUN_COPY): $(SAMPLE)
	mkdir -p $(dir $@)
	cp $(SAMPLE) $@

run: $(APP_STAMP) $(RUN_COPY)
	$(VENV)/bin/releasedesk-editor $(RUN_COPY)

# The checks (ruff, mypy, import-linter: about 16 s of one core, mostly a cold mypy) run
# beside the tests instead of before them; their report is printed after the tests' and the
# target fails when any check or any test fails. Pytest may keep the test modules it
# rewrites as bytecode (tests/__pycache__), so a second run does not compile them again.
CHECKS_LOG := build/checks.log
# The tests' temporary folders are made in memory (/dev/shm) when it has 2 GiB free: a save
# there still writes, fsyncs and renames as on a disk, without waiting for the disk (about
# 7-15 ms a save here; the suite saves a few thousand times). Kept after a failing run.
SHM_FREE_KIB := 2097152

test: $(STAMP)
	@mkdir -p build
	@( status=0; \
	  $(VENV)/bin/ruff check src tests benchmarks tools packaging || status=1; \
	  $(VENV)/bin/mypy || status=1; \
	  $(VENV)/bin/lint-imports --no-cache || status=1; \
	  exit $$status ) > $(CHECKS_LOG) 2>&1 & checks=$$!; \
	scratch=; \
	if [ -d /dev/shm ] && [ "$$(df -Pk /dev/shm | awk 'NR == 2 {print $$4}')" -gt $(SHM_FREE_KIB) ]; then \
	  scratch=$$(mktemp -d /dev/shm/releasedesk-tests.XXXXXX); fi; \
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist loadfile \
	  $${scratch:+--basetemp=$$scratch/run}; \
	tests=$$?; wait $$checks; checked=$$?; \
	if [ -n "$$scratch" ]; then \
	  if [ $$tests -eq 0 ]; then rm -rf "$$scratch"; \
	  else echo "the tests' temporary folders are kept in $$scratch"; fi; fi; \
	echo "-- ruff, mypy, lint-imports:"; cat $(CHECKS_LOG); \
	if [ $$checked -ne 0 ]; then echo "make test: a check failed (above)"; fi; \
	if [ $$tests -ne 0 ]; then echo "make test: a test failed (pytest's report above)"; fi; \
	[ $$tests -eq 0 ] && [ $$checked -eq 0 ]

bench: $(STAMP)
	$(PY) benchmarks/bench_render.py
	$(PY) benchmarks/bench_pathological.py
	$(PY) benchmarks/bench_linear.py
	$(PY) benchmarks/bench_editor.py
	$(PY) benchmarks/bench_clearance.py
	$(PY) benchmarks/bench_import.py
	$(PY) benchmarks/bench_drafts.py
	$(PY) benchmarks/bench_photos.py
	$(PY) benchmarks/bench_review.py
	$(PY) benchmarks/bench_newsroom.py
	$(PY) benchmarks/bench_twins.py
	$(PY) benchmarks/bench_proof.py
	$(PY) benchmarks/bench_spell_memory.py

# Needs Xvfb (Debian: xvfb xauth) and Qt's xcb libraries (libxcb-cursor0 …).
# make screenshot LANG=zh_CN shows the interface in Chinese (docs/screenshot-zh_CN.png).
SHOT := docs/screenshot$(if $(filter zh%,$(LANG)),-zh_CN,).png
screenshot: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot.py \
		$(SAMPLE) $(SHOT) \
		--language "$(if $(filter zh%,$(LANG)),zh_CN,en)"

# The editor after importing a Word draft (tests/drafts.py), with its import report.
screenshot-import: $(STAMP)
	mkdir -p build
	PYTHONPATH=tests $(PY) -c "import drafts, pathlib; pathlib.Path('build/fish-market-draft.docx').write_bytes(drafts.word_direct_formatting())"
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot.py \
		build/fish-market-draft.docx docs/import-report.png --draft

# The body editor alone: the formatted view (English) and the Markdown view (Chinese).
screenshot-body: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot.py $(SAMPLE_EN) \
		docs/body-formatted.png --body-view formatted --body-only
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot.py \
		$(SAMPLE_ZH) docs/body-markdown-zh_CN.png \
		--language zh_CN --body-view markdown --body-only

# The redline of Changes Since Approval and the sign-off sheet (docs/*.png); LANG=zh_CN too.
screenshot-clearance: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot_clearance.py \
		$(SAMPLE) \
		docs --language "$(if $(filter zh%,$(LANG)),zh_CN,en)"

# The review trip: the Suggestions panel after File ▸ Import Review… (docs/review-panel.png).
screenshot-review: $(STAMP)
	PYTHONPATH=tests xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tools/screenshot_review.py \
		$(SAMPLE) docs/review-panel.png

# The editor with a release with photos (its Photos section, the pictures in the preview),
# and that release's exported page in Chromium: docs/photos-editor.png, docs/photos-page.png.
screenshot-photos: $(STAMP)
	mkdir -p build/photos
	$(PY) tools/photo_sample.py build/photos/ferry-photos.release
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshot.py \
		build/photos/ferry-photos.release docs/photos-editor.png --photos
	$(VENV)/bin/releasedesk export build/photos/ferry-photos.release -f html -o build/photos/
	$(PY) tools/page_screenshot.py build/photos/ferry-photos.html docs/photos-page.png

# Proofing: the body's underlines and the Proofing panel, in English and in Chinese, with a
# house style holding the proofing corpus's register (a config folder of its own in build/).
PROOF := build/proof
screenshot-proofing: $(STAMP)
	$(PY) tools/proof_sample.py $(PROOF)
	XDG_CONFIG_HOME=$(abspath $(PROOF))/config $(VENV)/bin/releasedesk profile import \
		$(PROOF)/office.json --force
	XDG_CONFIG_HOME=$(abspath $(PROOF))/config xvfb-run -a -s "-screen 0 1400x900x24" \
		$(PY) tools/screenshot.py $(PROOF)/proofing-en.release docs/proofing.png
	XDG_CONFIG_HOME=$(abspath $(PROOF))/config xvfb-run -a -s "-screen 0 1400x900x24" \
		$(PY) tools/screenshot.py $(PROOF)/proofing-zh.release docs/proofing-zh_CN.png \
		--language zh_CN

# The window as a first start shows it on a laptop (1366×768) and a desktop screen
# (1920×1080), in English and in Chinese: docs/window-WIDTHxHEIGHT[-zh_CN].png.
SIZES := 1366x768 1920x1080
screenshot-sizes: $(STAMP)
	for size in $(SIZES); do \
		xvfb-run -a -s "-screen 0 $${size}x24" $(PY) tools/screenshot.py $(SAMPLE_EN) \
			docs/window-$$size.png --size screen || exit 1; \
		xvfb-run -a -s "-screen 0 $${size}x24" $(PY) tools/screenshot.py \
			$(SAMPLE_ZH) \
			docs/window-$$size-zh_CN.png --size screen --language zh_CN || exit 1; \
	done

# The .desktop file, *.release MIME type, AppStream metainfo and icons, for this user.
install-desktop: $(STAMP)
	$(PY) packaging/linux/install_desktop.py --command "$(abspath $(VENV))/bin/releasedesk-editor"

# A one-folder PyInstaller bundle in dist/releasedesk, smoke-tested.
bundle: $(STAMP)
	$(PIP) -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/releasedesk.spec
	bash packaging/pyinstaller/smoke_test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
