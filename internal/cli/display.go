package cli

import (
	"fmt"
	"os"
	"runtime"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var msgNoDisplay = &i18n.Message{
	ID:          "CLI.NoDisplay",
	Description: "The window was asked for where there is no graphical desktop (no DISPLAY)",
	Other:       "Alongside needs a desktop to open its window, and none was found. The commands still work here: run \"alongside help\" to see them.",
}

// HasDisplay reports whether a window can open: on Linux and the BSDs that
// needs an X11 or Wayland display; elsewhere there always is one.
func HasDisplay() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}

// ReportNoDisplay explains that the window cannot open and returns ExitFailed.
func ReportNoDisplay(env Env) int {
	fmt.Fprintln(env.Stderr, env.T.T(msgNoDisplay))
	return ExitFailed
}
