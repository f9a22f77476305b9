# Installs Alongside from this folder (the .tar.xz for any Linux):
#   sudo make install          into /usr/local
#   make user-install          into ~/.local, for you only
#   sudo make uninstall / make user-uninstall
PREFIX ?= /usr/local
FILES := $(shell cd root && find . -type f | sed 's|^\./||')

.PHONY: install uninstall user-install user-uninstall
install:
	cd root && for f in $(FILES); do install -Dm$$( [ "$$f" = bin/alongside ] && echo 755 || echo 644 ) "$$f" "$(DESTDIR)$(PREFIX)/$$f"; done
	-gtk-update-icon-cache -qtf "$(DESTDIR)$(PREFIX)/share/icons/hicolor" 2>/dev/null
	-update-desktop-database -q "$(DESTDIR)$(PREFIX)/share/applications" 2>/dev/null

uninstall:
	cd "$(DESTDIR)$(PREFIX)" && rm -f $(FILES)
	-gtk-update-icon-cache -qtf "$(DESTDIR)$(PREFIX)/share/icons/hicolor" 2>/dev/null
	-update-desktop-database -q "$(DESTDIR)$(PREFIX)/share/applications" 2>/dev/null

user-install:
	$(MAKE) install PREFIX="$(HOME)/.local"

user-uninstall:
	$(MAKE) uninstall PREFIX="$(HOME)/.local"
