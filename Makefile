# Seda — the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEDA := $(BIN)/seda
# Re-install only when the project's dependency list changes.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-16)

.PHONY: install run up down status test unit lint typecheck clean-venv bench bench-check

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip > $(VENV)/install.log 2>&1 \
	  && $(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]' >> $(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; exit 1; }
	@bash deploy/stack/install-system-deps.sh
	@rm -f $(VENV)/.installed-* && touch $@
	@echo "installed: $$($(SEDA) --version) in $(VENV)"

## The main job: stack up, topics, index, one detached worker, sample replay, summary.
run: install
	@$(SEDA) run

up: install
	@$(SEDA) stack up && $(SEDA) topics create && $(SEDA) es setup

down:
	@if [ -x $(SEDA) ]; then $(SEDA) stack down; else echo "nothing installed, nothing to stop"; fi

status: install
	@$(SEDA) stack status

## The whole suite in one pytest session. Brings the stack up itself (and down
## again if it was not already running); tests use their own topic/index/group
## prefix, so a `make run` stack keeps working undisturbed.
test: install
	@was_up=0; $(SEDA) stack status >/dev/null 2>&1 && was_up=1; \
	$(SEDA) stack up || exit 1; \
	$(BIN)/python -m pytest; rc=$$?; \
	if [ $$was_up = 0 ] && [ -z "$$SEDA_TEST_KEEP" ]; then $(SEDA) stack down >/dev/null; fi; \
	exit $$rc

unit: install
	@$(BIN)/python -m pytest tests/unit tests/agents -q

lint: install
	@$(BIN)/ruff check pipeline tests && $(BIN)/mypy

## Benchmarks (not part of `make test`: timings on shared machines are noisy).
## `make bench` is the full run (>= 1,000,000 messages, about an hour); BENCH_ARGS=--quick for 5 minutes.
bench: install
	@$(SEDA) bench $(BENCH_ARGS) --json bench.json --report docs/benchmarks.md

## Logic throughput against deploy/bench/baseline.json; fails on a drop of more than 25 %.
bench-check: install
	@$(SEDA) bench --check

clean-venv:
	rm -rf $(VENV)
