# Every target sets up what it needs on first use: the Python packages in .venv from the hashed
# locks in requirements/, and the system packages through tools/provision (apt-get).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SITE_STAMP := $(VENV)/.installed-site

export NO_MKDOCS_2_WARNING := 1

N ?= 10000
ROUNDS ?= 3
SHARDS_DIR ?= .site.shards
WORKERS ?= 2

.PHONY: site shard part merge serve test test-fast check bench bench-check bench-shards bench-search bench-build bench-serve bench-size audit screenshots cms-screenshots hooks editor lock clean

# From npm, two separate installs. The web editor: Decap CMS's one tarball, sha512-checked, copied
# into the site at /admin/ (portal-cms plugin). The test and audit tools (axe-core, Lighthouse)
# from package-lock.json, only for the targets that use them.
EDITOR_STAMP := editor/node_modules/.installed
NODE_STAMP := node_modules/.installed

# Builds beside site/ and swaps the result in only when the build succeeded. SHARDS=1 builds
# every Polda shard in WORKERS processes, then the merge's parts of older months, then merges
# them (the flow CI runs as a matrix).
site: $(SITE_STAMP) $(EDITOR_STAMP)
	$(BIN)/portal build $(if $(SHARDS),--shards --workers $(WORKERS) --shards-dir $(SHARDS_DIR))

# One shard (SHARD=polda-...; `portal shards` lists them) into $(SHARDS_DIR)/<shard>/, one older
# part of the merge (PART=2...; `portal shards --parts`) into $(SHARDS_DIR)/part-<N>/, and the
# merge of every shard and part found there into site/: the three kinds of CI job.
shard: $(SITE_STAMP) $(EDITOR_STAMP)
	$(BIN)/portal build --shard $(SHARD) --shards-dir $(SHARDS_DIR)

part: $(SITE_STAMP) $(EDITOR_STAMP)
	$(BIN)/portal build --part $(PART) --shards-dir $(SHARDS_DIR)

merge: $(SITE_STAMP) $(EDITOR_STAMP)
	$(BIN)/portal build --merge --shards-dir $(SHARDS_DIR)

# The search index is built only when asked: make serve SEARCH=true.
serve: $(SITE_STAMP) $(EDITOR_STAMP)
	PORTAL_SEARCH_ON_SERVE=$(or $(SEARCH),false) $(BIN)/mkdocs serve --strict --livereload

test: $(STAMP) $(EDITOR_STAMP) $(NODE_STAMP)
	tools/provision test
	$(BIN)/pytest -n auto

# The unit tests only: no site built, no server or browser started (well under a minute).
test-fast: $(STAMP)
	$(BIN)/pytest -n auto -m "not integration"

editor: $(EDITOR_STAMP)

check: $(STAMP)
	$(BIN)/portal check

# Benchmarks: slow, not part of `make test`. N stories (default 10000).
bench: bench-check bench-search bench-build bench-serve bench-shards bench-size

# Every Polda shard and the merge, measured one by one, then the one-story rebuild of a shard.
# N=1000000 OUT=bench/RESULTS-1m.md records a million stories (hours; never in make test).
bench-shards: $(STAMP) $(EDITOR_STAMP)
	$(BIN)/python bench/shard_bench.py --stories $(N) --workers $(WORKERS) $(if $(OUT),--out $(OUT)) $(if $(SHARDS_ONLY),--shards-only $(SHARDS_ONLY)) $(if $(PARTS),--parts $(PARTS))

bench-check: $(STAMP)
	$(BIN)/python bench/check_bench.py $(N)

# Lighthouse (mobile) on home, a story, a polsek, a tag, an archive month and /cari/.
audit: $(STAMP) $(EDITOR_STAMP) $(NODE_STAMP)
	tools/provision test
	$(BIN)/python bench/audit.py

# Phone and desktop screenshots of those pages into bench/screenshots/.
screenshots: $(STAMP) $(EDITOR_STAMP)
	tools/provision test
	$(BIN)/python bench/screenshots.py

# Screenshots of the web editor at /admin/ for the README's humas guide, into readme/.
cms-screenshots: $(STAMP) $(EDITOR_STAMP) $(NODE_STAMP)
	tools/provision test
	$(BIN)/python bench/cms_screenshots.py

# Runs `portal check` on the stories of every commit (pre-commit framework).
hooks: $(STAMP)
	$(BIN)/pre-commit install

# Both build with the portal's mkdocs.yml, whose portal-cms plugin needs the editor.
bench-build: $(STAMP) $(EDITOR_STAMP)
	$(BIN)/python bench/build_bench.py --stories $(N) --rounds $(ROUNDS)

# Seconds from saving a story until `mkdocs serve` (as in make serve) serves it.
bench-serve: $(STAMP) $(EDITOR_STAMP)
	$(BIN)/python bench/serve_bench.py --stories $(N)

# Every file of a built site: bytes in total, per story, by folder and by kind (bench/RESULTS-size.md).
bench-size: $(STAMP) $(EDITOR_STAMP)
	$(BIN)/python bench/size_bench.py --stories $(N)

bench-search: $(STAMP)
	$(BIN)/python bench/search_bench.py --stories $(N)

# Each lock holds every package with its hashes (pip refuses a file whose hash differs); the
# project itself is installed after it, without dependencies and with the locked setuptools.
$(SITE_STAMP): requirements/site.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/site.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# The site's packages and the test, audit and lock tools (a superset of requirements/site.txt).
$(STAMP): requirements/test.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(SITE_STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(EDITOR_STAMP): editor/decap-cms.json tools/fetch_editor.py
	tools/provision site
	$(PYTHON) tools/fetch_editor.py
	touch $@

$(NODE_STAMP): package.json package-lock.json
	tools/provision site
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Refreshes every lock from the pins (UPGRADE=1 also takes newer versions of unpinned packages):
# requirements/*.txt (pip-compile), the editor's sha512 and
# package-lock.json. The test lock takes the site lock's versions so the two never disagree.
COMPILE := $(BIN)/pip-compile --quiet $(if $(UPGRADE),--upgrade) --generate-hashes --allow-unsafe --strip-extras --build-deps-for=editable --no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(COMPILE) -o requirements/site.txt pyproject.toml
	$(COMPILE) --extra test -c requirements/site.txt -o requirements/test.txt pyproject.toml
	$(PYTHON) tools/fetch_editor.py --pin
	npm install --package-lock-only --no-audit --no-fund --ignore-scripts

clean:
	rm -rf site .cache .site.shards .site.earlier
