# The README's commands. Each target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CG := $(VENV)/bin/coordgraph
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test bench lint system node harness constraints clean

setup: $(VENV)/.installed node

# Installs the versions the tests ran with (constraints.txt).
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

# Pin what is installed now (after a dependency change and a green `make test`).
constraints:
	{ echo "# What the tests ran with (pip freeze --exclude-editable); \`make setup\` installs with -c constraints.txt."; \
	  echo "# Regenerate after changing dependencies: make constraints"; \
	  $(PY) -m pip freeze --exclude-editable; } > constraints.txt

# The Neo4j server of the tests (Maven fetches neo4j-harness 5.26 once; the fixtures also build it).
harness:
	@if command -v mvn >/dev/null 2>&1; then cd tests/neo4j-harness && mvn -q -B package; \
	  else echo "mvn missing: the Neo4j tests will be skipped (outside CI)"; fi

node: node_modules/.installed

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	mkdir -p api/static/vendor/cytoscape
	cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/dist/cytoscape.esm.min.mjs api/static/vendor/cytoscape/
	mkdir -p api/static/vendor/swagger-ui api/static/vendor/redoc
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css node_modules/swagger-ui-dist/favicon-32x32.png api/static/vendor/swagger-ui/
	# the one asset redoc fetches from its CDN (a footer logo) becomes an empty image, so /redoc works offline
	sed 's#https://cdn.redoc.ly/redoc/logo-mini.svg#data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E#' \
	  node_modules/redoc/bundles/redoc.standalone.js > api/static/vendor/redoc/redoc.standalone.js
	mkdir -p api/static/vendor/fcose
	cp node_modules/layout-base/layout-base.js node_modules/cose-base/cose-base.js node_modules/cytoscape-fcose/cytoscape-fcose.js api/static/vendor/fcose/
	touch $@

# Debian packages the browser tests need (root on a fresh machine; skipped when present).
system:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	      || echo "could not install chromium: the browser tests will be skipped"; \
	  else echo "chromium missing: the browser tests will be skipped (apt-get install chromium)"; fi; }

run: setup
	$(CG) load examples/graphs
	$(CG) ingest examples/articles
	$(CG) serve --host $(HOST) --port $(PORT)

test: setup system harness
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/load.py
	$(PY) bench/stores.py
	$(PY) bench/extract.py
	$(PY) bench/resolve.py
	$(PY) bench/api.py
	$(PY) bench/memory.py

lint: setup
	$(VENV)/bin/ruff check coordgraph graph ingest api tests bench
	$(VENV)/bin/mypy coordgraph graph ingest api

clean:
	rm -rf $(VENV) node_modules data
