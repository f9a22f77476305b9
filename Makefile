# Alongside: `make run` builds and opens the app; `make test` runs every check.
# Both install what a fresh Debian or Ubuntu machine lacks (Fyne's C, GL and
# X11 packages; Xvfb for the tests that open a real window).

GO        ?= go
TAGS      := sqlite_fts5
BIN       := bin/alongside
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev
TEST_PKGS  := xvfb
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export CGO_ENABLED := 1

.PHONY: all build run test vet deps deps-test package i18n bench clean

all: build

# deps installs the Debian packages the build needs, and nothing when they are there.
deps:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(BUILD_PKGS)"

deps-test: deps
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(TEST_PKGS)"

.PHONY: install-pkgs
install-pkgs:
	@missing=""; \
	for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then \
	    echo "Not a Debian system: if the build fails, install your system's equivalents of:$$missing"; exit 0; \
	  fi; \
	  echo "Installing:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build: deps
	$(GO) build -trimpath -tags $(TAGS) -o $(BIN) ./cmd/alongside

run: build
	./$(BIN)

vet: deps
	$(GO) vet -tags $(TAGS) ./...

test: deps-test vet
	$(GO) test -race -timeout 40m -tags $(TAGS) ./...

# package makes a Linux package (Alongside.tar.xz) with fyne package.
package: build
	$(GO) tool fyne package -os linux -exe $(BIN) -release

# i18n refreshes translations/active.en.toml from the messages in the code.
i18n:
	$(GO) tool goi18n extract -sourceLanguage en -outdir translations -format toml .

bench: deps-test
	bench/startup/run.sh

clean:
	rm -rf bin Alongside.tar.xz
