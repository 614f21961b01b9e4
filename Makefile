# factquiz: the Quick start targets. `make play` and `make test` install what a fresh Debian
# machine lacks (the readline and SQLite headers) before building.

SWIFT ?= swift
APT_PACKAGES := $(if $(wildcard /usr/include/readline/readline.h),,libreadline-dev) \
                $(if $(wildcard /usr/include/sqlite3.h),,libsqlite3-dev)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps play test bench install

deps:
ifneq ($(strip $(APT_PACKAGES)),)
	$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES)
endif

play: deps
	@$(SWIFT) build --product factquiz
	@$$($(SWIFT) build --show-bin-path)/factquiz $(ARGS)

test: deps
	$(SWIFT) test

bench: deps
	@python3 -c "import pysbd" 2>/dev/null || python3 -m pip install -q pysbd || echo "pySBD not installed: the comparison rows will say so"
	$(SWIFT) build -c release
	$$($(SWIFT) build -c release --show-bin-path)/factquiz-bench $(ARGS)

PREFIX ?= $(HOME)/.local
install: deps
	$(SWIFT) build -c release --product factquiz
	install -d $(PREFIX)/bin
	install $$($(SWIFT) build -c release --show-bin-path)/factquiz $(PREFIX)/bin/factquiz
