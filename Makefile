PY := .venv/bin/python

.venv/done: pyproject.toml
	python3 -m venv .venv
	.venv/bin/pip install -q -e '.[test,ray]'
	touch $@

.PHONY: demo test bench
demo: .venv/done
	.venv/bin/depesche analyze sample --format pretty

test: .venv/done
	$(PY) -m pytest -q

bench: .venv/done
	$(PY) -m depesche bench
