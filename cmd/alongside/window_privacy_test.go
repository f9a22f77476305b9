package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/alongside-app/alongside/internal/buildinfo"
)

// The window's X11 class (WM_CLASS), which docks, taskbars and Alt+Tab
// switchers may show and which cannot change while the window is up, names
// nothing: it was "Alongside", even while the window was hidden.
func TestWindowClassIsNeutral(t *testing.T) {
	for _, tool := range []string{"xdotool", "xprop"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " is not installed")
		}
	}
	display := startXvfb(t)
	dir := t.TempDir()
	w := startWindow(t, display, dir)
	if err := w.waitForLock(dir, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	want := `WM_CLASS(STRING) = "` + windowClass.instance + `", "` + windowClass.class + `"`
	var got string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		got = windowClassOf(display, w.cmd.Process.Pid)
		if got != "" {
			break
		}
	}
	if got != want {
		t.Errorf("the window's class is %q, want %q", got, want)
	}
	for _, word := range []string{"alongside", "family", "addict", "drink", "drug"} {
		if strings.Contains(strings.ToLower(windowClass.instance+windowClass.class), word) {
			t.Errorf("the window class %v says %q", windowClass, word)
		}
	}
	desktop, err := os.ReadFile(filepath.Join("..", "..", "packaging", "linux", buildinfo.AppID+".desktop"))
	if err != nil {
		t.Fatal(err)
	}
	// No StartupWMClass, on purpose: docks then show the window's own title
	// and icon, which Hide changes (docs/platforms.md).
	if strings.Contains(string(desktop), "StartupWMClass") {
		t.Error("the desktop file names a window class: docks would show its name and icon even while hidden")
	}
}

// windowClassOf is xprop's WM_CLASS line for the window of process pid, or "".
func windowClassOf(display string, pid int) string {
	env := append(headless(), "DISPLAY="+display)
	search := exec.Command("xdotool", "search", "--pid", strconv.Itoa(pid))
	search.Env = env
	out, _ := search.Output()
	for _, id := range strings.Fields(string(out)) {
		xprop := exec.Command("xprop", "-id", id, "WM_CLASS")
		xprop.Env = env
		line, err := xprop.Output()
		if err == nil && strings.HasPrefix(string(line), "WM_CLASS(STRING) =") {
			return strings.TrimSpace(string(line))
		}
	}
	return ""
}

// Fyne's preferences file sits in the default data folder, beside the
// database. A normal run, a run whose preferences file was left empty (cut
// short), and a second copy started beside the first print nothing about
// it: "Preferences load error" used to come once for each write of the
// database.
func TestNoPreferencesErrors(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("waits on Linux's lock table, /proc/locks")
	}
	display := startXvfb(t)
	config := t.TempDir()
	dir := filepath.Join(config, "fyne", buildinfo.AppID) // the default data folder
	env := []string{"XDG_CONFIG_HOME=" + config, "HOME=" + t.TempDir()}

	runs := []struct {
		name  string
		setup func()
		twice bool
	}{
		{"a fresh data folder", func() {}, false},
		{"the next run", func() {}, false},
		{"an empty preferences file", func() {
			if err := os.WriteFile(filepath.Join(dir, "preferences.json"), nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"a second copy beside the first", func() {}, true},
	}
	for _, r := range runs {
		r.setup()
		first := startDefaultWindow(t, display, env)
		if err := first.waitForLock(dir, 30*time.Second); err != nil {
			t.Fatal(err)
		}
		var second *window
		if r.twice {
			second = startDefaultWindow(t, display, env)
			select {
			case <-second.exited:
			case <-time.After(4 * time.Second):
			}
		}
		time.Sleep(3 * time.Second) // the database settles; a backup may be made
		for _, w := range []*window{first, second} {
			if w == nil {
				continue
			}
			w.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-w.exited:
			case <-time.After(20 * time.Second):
				t.Fatalf("%s: the window did not end on SIGTERM", r.name)
			}
			if logs := w.logs.String(); strings.Contains(logs, "Preferences") {
				t.Errorf("%s: the window printed:\n%s", r.name, logs)
			}
		}
	}
}

// startDefaultWindow runs the window on the default data folder, with env
// added to the usual environment.
func startDefaultWindow(t *testing.T, display string, env []string) *window {
	t.Helper()
	cmd := exec.Command(binary)
	cmd.Env = append(append(headless(), "DISPLAY="+display, "LIBGL_ALWAYS_SOFTWARE=1"), env...)
	w := &window{cmd: cmd, logs: &strings.Builder{}, exited: make(chan struct{})}
	cmd.Stderr = w.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(w.exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-w.exited
	})
	return w
}

// What a taskbar or dock shows of the real window, its title and its icon
// (_NET_WM_ICON, which GLFW sets from the window's icon and which
// Windows' taskbar takes as WM_SETICON), turns neutral while the window is
// hidden and comes back on Continue (reached by Tab, pressed by Enter).
func TestHideMakesTheTaskbarNeutral(t *testing.T) {
	for _, tool := range []string{"xdotool", "xprop"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " is not installed")
		}
	}
	display := startXvfb(t)
	dir := t.TempDir()
	w := startWindow(t, display, dir)
	if err := w.waitForLock(dir, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	x := xWindow{display: display}
	for deadline := time.Now().Add(20 * time.Second); x.id == "" && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		x.find(w.cmd.Process.Pid)
	}
	title, icon := x.waitFor("Alongside", "")
	if title != "Alongside" || icon == "" {
		t.Fatalf("the window shows %q with an icon of %d bytes", title, len(icon))
	}
	x.run("windowfocus", "--sync", x.id)
	x.run("key", "--delay", "150", "Escape", "Escape", "Escape")
	hiddenTitle, hiddenIcon := x.waitFor("Untitled", "")
	if hiddenTitle != "Untitled" || hiddenIcon == "" || hiddenIcon == icon {
		t.Errorf("while hidden the window shows %q, its icon changed: %v", hiddenTitle, hiddenIcon != icon)
	}
	x.run("key", "--delay", "150", "Tab", "Return")
	backTitle, backIcon := x.waitFor("Alongside", icon)
	if backTitle != "Alongside" || backIcon != icon {
		t.Errorf("after Continue the window shows %q, its own icon back: %v", backTitle, backIcon == icon)
	}
}

// xWindow is the app's X window, read and driven with xprop and xdotool.
type xWindow struct{ display, id string }

func (x *xWindow) run(tool string, args ...string) string {
	name := "xdotool"
	if tool == "xprop" {
		name, tool = "xprop", args[0]
		args = args[1:]
	}
	cmd := exec.Command(name, append([]string{tool}, args...)...)
	cmd.Env = append(headless(), "DISPLAY="+x.display)
	out, _ := cmd.Output()
	return strings.TrimSpace(string(out))
}

// find takes the first window of process pid that has a title.
func (x *xWindow) find(pid int) {
	for _, id := range strings.Fields(x.run("search", "--pid", strconv.Itoa(pid))) {
		if x.run("getwindowname", id) != "" {
			x.id = id
			return
		}
	}
}

// waitFor reads the title and icon until the title is title (and the icon
// icon, when given), for up to 10 seconds, and returns the last read.
func (x *xWindow) waitFor(title, icon string) (string, string) {
	var gotTitle, gotIcon string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		gotTitle = x.run("getwindowname", x.id)
		gotIcon = x.run("xprop", "-id", x.id, "_NET_WM_ICON")
		if !strings.Contains(gotIcon, "=") {
			gotIcon = "" // "_NET_WM_ICON:  not found."
		}
		if gotTitle == title && (icon == "" || gotIcon == icon) && gotIcon != "" {
			break
		}
	}
	return gotTitle, gotIcon
}
