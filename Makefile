# Every target sets up .venv on first use, so a fresh clone needs only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export NO_MKDOCS_2_WARNING := 1

N ?= 10000
ROUNDS ?= 3

.PHONY: site serve test check bench bench-check bench-search bench-build bench-serve audit screenshots cms-screenshots hooks clean

# From npm: Decap CMS, copied into the site at /admin/ (portal-cms plugin), and the browser
# tools (Lighthouse, axe-core) used by the audit and the accessibility tests.
NODE_STAMP := node_modules/.installed
NPM := $(shell command -v npm)

# Builds beside site/ and swaps the result in only when the build succeeded.
site: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	$(BIN)/portal build

# The search index is built only when asked: make serve SEARCH=true.
serve: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	PORTAL_SEARCH_ON_SERVE=$(or $(SEARCH),false) $(BIN)/mkdocs serve --strict --livereload

test: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	$(BIN)/pytest -n auto

check: $(STAMP)
	$(BIN)/portal check

# Benchmarks: slow, not part of `make test`. N stories (default 10000).
bench: bench-check bench-search bench-build bench-serve

bench-check: $(STAMP)
	$(BIN)/python bench/check_bench.py $(N)

# Lighthouse (mobile) on home, a story, a polsek, a tag, an archive month and /cari/.
audit: $(STAMP) $(NODE_STAMP)
	$(BIN)/python bench/audit.py

# Phone and desktop screenshots of those pages into bench/screenshots/.
screenshots: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	$(BIN)/python bench/screenshots.py

# Screenshots of the web editor at /admin/ for the README's humas guide, into readme/.
cms-screenshots: $(STAMP) $(NODE_STAMP)
	$(BIN)/python bench/cms_screenshots.py

# Runs `portal check` on the stories of every commit (pre-commit framework).
hooks: $(STAMP)
	$(BIN)/pre-commit install

# Both build with the portal's mkdocs.yml, whose portal-cms plugin needs node_modules.
bench-build: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	$(BIN)/python bench/build_bench.py --stories $(N) --rounds $(ROUNDS)

# Seconds from saving a story until `mkdocs serve` (as in make serve) serves it.
bench-serve: $(STAMP) $(if $(NPM),$(NODE_STAMP))
	$(BIN)/python bench/serve_bench.py --stories $(N)

bench-search: $(STAMP)
	$(BIN)/python bench/search_bench.py --stories $(N)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

clean:
	rm -rf site .cache
