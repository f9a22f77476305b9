# Alongside: `make run` builds and opens the app; `make test` runs every check.
# Both install what a fresh Debian or Ubuntu machine lacks (Fyne's C, GL and
# X11 packages; Xvfb for the tests that open a real window).
#
# Packages (into dist/, named with the version): `make windows` (a .zip and a
# per-user .msi), `make deb`, `make package` (a .tar.xz for any Linux), and
# `make test-windows` (builds the Windows .exe and tests it under Wine).

GO        ?= go
TAGS      :=# build tags, none needed (search is in memory: SQLite's FTS5 is not used)
TAGFLAG   := $(if $(TAGS),-tags $(TAGS))
BIN       := bin/alongside
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev
TEST_PKGS  := xvfb xdotool x11-utils
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export CGO_ENABLED := 1

# VERSION is the one version of every artefact: the git tag on this commit
# (v1.2.3 gives 1.2.3), else FyneApp.toml's Version.
VERSION := $(shell git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null | sed 's/^v//' | grep . || \
	sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X github.com/alongside-app/alongside/internal/buildinfo.Version=$(VERSION)
# Packaged programs carry no debug tables (a third of the size); panics
# still print their stacks.
RELEASE_LDFLAGS := $(LDFLAGS) -s -w
DIST      := dist

.PHONY: all build run test vet deps deps-test package i18n bench clean notice

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
	$(GO) build -trimpath $(TAGFLAG) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/alongside

run: build
	./$(BIN)

# vet runs go vet and staticcheck (every check, see staticcheck.conf; its
# version is the tool go.mod pins, built on first use).
vet: deps
	$(GO) vet $(TAGFLAG) ./...
	$(GO) tool staticcheck $(TAGFLAG) ./...

# test runs every package's tests (scripts/test.sh says how): under the
# race detector, every package but two whose tests drive one goroutine, the
# window's (ui), with its manual background runner, and third_party's
# checks of the patched copies (Fyne's wrapping against upstream's takes
# 45 s under the detector, 5 s without); the window tests that do use
# goroutines (start-up, the idle lock, re-keying behind the window) run
# under it on their own. The two groups run at once.
UI_RACE_TESTS := TestStart|TestAutoLock|TestCrisisKeysWorkWhileRekeying|TestHiddenWhileRekeying
test: deps-test vet
	GO="$(GO)" TAGFLAG="$(TAGFLAG)" UI_RACE_TESTS='$(UI_RACE_TESTS)' scripts/test.sh

# i18n refreshes translations/active.en.toml from the messages in the code.
i18n:
	$(GO) tool goi18n extract -sourceLanguage en -outdir translations -format toml .

# notice regenerates the third-party licence list (About screen, packages)
# from go.mod and the module cache; a test fails when it is out of date.
notice:
	$(GO) run ./tools/notice -o internal/buildinfo/third_party_licenses.txt

bench: deps-test
	bench/startup/run.sh

# --- Linux packages ---------------------------------------------------------

LINUX_PKGS := dpkg-dev xz-utils desktop-file-utils appstream
LINUX_DIR  := bin/linux
DEB        := $(DIST)/alongside_$(VERSION)_amd64.deb
TARXZ      := $(DIST)/Alongside-$(VERSION)-linux-amd64.tar.xz

.PHONY: deps-linux linux-release deb test-deb

deps-linux: deps
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(LINUX_PKGS)"

# linux-release builds the packaged program and the tree every Linux package
# shares (desktop file, icons, metainfo, licences).
linux-release: deps-linux
	$(GO) build -trimpath $(TAGFLAG) -ldflags "$(RELEASE_LDFLAGS)" -o $(LINUX_DIR)/alongside ./cmd/alongside
	packaging/check-notice.sh $(LINUX_DIR)/THIRD-PARTY-LICENSES.txt
	packaging/linux/stage.sh $(VERSION) $(LINUX_DIR)

# deb makes dist/alongside_VERSION_amd64.deb (install: sudo apt-get install ./dist/alongside_*.deb).
deb: linux-release
	packaging/linux/deb.sh $(VERSION) $(LINUX_DIR) $(DEB)

# test-deb installs the .deb in a fresh Debian 12 chroot, runs it (also its
# window, under Xvfb) and removes it. Needs root.
test-deb: deb
	@$(MAKE) --no-print-directory install-pkgs PKGS="debootstrap"
	packaging/linux/test-deb-chroot.sh $(DEB)

# package makes dist/Alongside-VERSION-linux-amd64.tar.xz, for any Linux:
# unpack it and run `sudo make install` (or `make user-install`) inside.
# It no longer runs `fyne package`, which bumped Build in FyneApp.toml.
package: linux-release
	packaging/linux/tarxz.sh $(VERSION) $(LINUX_DIR) $(TARXZ)

# --- Windows ----------------------------------------------------------------

WIN_PKGS      := gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wixl zip
WIN_TEST_PKGS := wine wine64 xvfb xdotool x11-utils imagemagick tesseract-ocr tesseract-ocr-eng bc
WIN_DIR       := bin/windows
WIN_GO        := GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc $(GO)

.PHONY: deps-windows windows-exe windows test-windows

deps-windows:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(WIN_PKGS)"

# windows-exe cross-builds alongside.exe (a GUI program: no console window)
# and alongside-cli.exe (its console twin), each with its icon, version and
# manifest (a .syso made by windres, not committed).
windows-exe: deps-windows
	packaging/windows/resources.sh $(VERSION) alongside "Alongside" cmd/alongside/rsrc_windows_amd64.syso
	packaging/windows/resources.sh $(VERSION) alongside-cli "Alongside (command line)" packaging/windows/cli/rsrc_windows_amd64.syso
	$(WIN_GO) build -trimpath $(TAGFLAG) -ldflags "$(RELEASE_LDFLAGS) -H windowsgui" -o $(WIN_DIR)/alongside.exe ./cmd/alongside
	$(WIN_GO) build -trimpath -ldflags "$(RELEASE_LDFLAGS)" -o $(WIN_DIR)/alongside-cli.exe ./packaging/windows/cli

# windows makes dist/Alongside-VERSION-windows-amd64.zip and .msi.
windows: windows-exe
	packaging/check-notice.sh $(WIN_DIR)/THIRD-PARTY-LICENSES.txt
	packaging/windows/package.sh $(VERSION) $(WIN_DIR) $(DIST)

# test-windows runs the command line and the window under Wine (and Xvfb).
test-windows: windows
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(WIN_TEST_PKGS)"
	scripts/wine/test.sh $(VERSION) $(WIN_DIR) $(DIST)/Alongside-$(VERSION)-windows-amd64.msi

clean:
	rm -rf bin dist Alongside.tar.xz cmd/alongside/rsrc_windows_amd64.syso packaging/windows/cli/rsrc_windows_amd64.syso
