package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
)

// binary is the real alongside, built once for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "alongside-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "alongside")
	build := exec.Command("go", "build", "-trimpath", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build alongside:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// headless is an environment with no display at all, in the C locale.
func headless() []string { return headlessIn("C") }

// headlessIn is an environment with no display, with LANG=lang and no
// other locale variable.
func headlessIn(lang string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "DISPLAY", "WAYLAND_DISPLAY", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LANG="+lang)
}

func runVerb(t *testing.T, args ...string) (int, string) {
	t.Helper()
	return runVerbIn(t, "C", args...)
}

func runVerbIn(t *testing.T, lang string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = headlessIn(lang)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

// TestVerbsRunWithoutADisplay proves the verbs never start Fyne's driver:
// there is no display here, and they still work, in the C locale and in
// C.UTF-8 alike, without Fyne complaining about either.
func TestVerbsRunWithoutADisplay(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "data")
	sound := t.TempDir()
	s, err := store.Open(context.Background(), filepath.Join(sound, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--help"}, 0, "Usage:"},
		{[]string{"version"}, 0, "Alongside 0."},
		{[]string{"--version"}, 0, "Alongside 0."},
		{[]string{"-v"}, 0, "Alongside 0."},
		{[]string{"version", "--help"}, 0, "Usage: alongside version"},
		{[]string{"--help", "version"}, 0, "Usage: alongside version"},
		{[]string{"--data-dir", sound, "check"}, 0, "Integrity: ok"},
		{[]string{"--data-dir", missing, "check"}, 1, "does not exist"},
		{[]string{"no-such-verb"}, 2, "no command"},
		{[]string{"--data-dir", missing}, 1, "needs a desktop"},
	}
	for _, lang := range []string{"C", "C.UTF-8"} {
		for _, c := range cases {
			code, out := runVerbIn(t, lang, c.args...)
			if code != c.code || !strings.Contains(out, c.want) {
				t.Errorf("LANG=%s alongside %q: exit %d, output %q; want %d and %q", lang, c.args, code, out, c.code, c.want)
			}
			if strings.Contains(out, "current Fyne app") || strings.Contains(out, "panic") || strings.Contains(out, "Fyne error") {
				t.Errorf("LANG=%s alongside %q touched Fyne: %q", lang, c.args, out)
			}
		}
	}
	if !storetest.Missing(missing) {
		t.Error("check or the refused window created the missing data folder")
	}
}

func TestCheckDamagedAndNewerDatabases(t *testing.T) {
	damaged := t.TempDir()
	if err := storetest.Damaged(filepath.Join(damaged, store.FileName)); err != nil {
		t.Fatal(err)
	}
	if code, out := runVerb(t, "check", "--data-dir", damaged); code != 1 || !strings.Contains(out, "damaged") {
		t.Errorf("damaged: exit %d, %q", code, out)
	}
	newer := t.TempDir()
	path := filepath.Join(newer, store.FileName)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// The newer version is only in the -wal, as a newer Alongside killed
	// before a checkpoint leaves it: neither check nor the refused window
	// may replay, checkpoint or chmod anything.
	if err := storetest.Unfinished(path, fmt.Sprintf("PRAGMA user_version = %d", store.SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	before, err := storetest.Snapshot(newer, "alongside.lock")
	if err != nil {
		t.Fatal(err)
	}
	if code, out := runVerb(t, "check", "--data-dir", newer); code != 1 || !strings.Contains(out, "newer version") {
		t.Errorf("newer: exit %d, %q", code, out)
	}
	after, err := storetest.Snapshot(newer, "alongside.lock")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("check changed the newer database's files:\nbefore %v\nafter  %v", before, after)
	}
}

// TestWindowOpensAndSecondCopyIsRefused runs the real window under Xvfb.
func TestWindowOpensAndSecondCopyIsRefused(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("waits on Linux's lock table, /proc/locks")
	}
	display := startXvfb(t)
	dir := t.TempDir()
	first := startWindow(t, display, dir)
	if err := first.waitForLock(dir, 30*time.Second); err != nil {
		t.Fatal(err)
	}

	second := exec.Command(binary, "--data-dir", dir)
	second.Env = append(headless(), "DISPLAY="+display)
	stderr, _ := second.StderrPipe()
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	defer second.Process.Kill()
	if !waitForLine(stderr, "already open", 20*time.Second) {
		t.Error("the second copy did not say the folder is in use")
	}
	select {
	case <-first.exited:
		t.Errorf("the first window ended while the second copy was refused:\n%s", first.logs.String())
	default:
	}
}

// startXvfb starts a virtual X server on a display it chooses itself
// (-displayfd: it writes the number once it is ready to take clients).
func startXvfb(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb is not installed (make test installs it)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w} // the child's fd 3
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			t.Fatal("Xvfb ended without naming its display")
		}
		return ":" + n
	case <-time.After(30 * time.Second):
		t.Fatal("Xvfb did not name its display within 30 s")
	}
	return ""
}

// window is a running copy of the app.
type window struct {
	cmd    *exec.Cmd
	logs   *strings.Builder // its stderr, complete once exited is closed
	exited chan struct{}
}

func startWindow(t *testing.T, display, dir string) *window {
	t.Helper()
	cmd := exec.Command(binary, "--data-dir", dir)
	cmd.Env = append(headless(), "DISPLAY="+display, "LIBGL_ALWAYS_SOFTWARE=1")
	w := &window{cmd: cmd, logs: &strings.Builder{}, exited: make(chan struct{})}
	cmd.Stderr = w.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(w.exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-w.exited
		if strings.Contains(w.logs.String(), "Error in Fyne call thread") || strings.Contains(w.logs.String(), "panic") {
			t.Errorf("the window logged a threading error or panic:\n%s", w.logs.String())
		}
	})
	return w
}

// waitForLock waits until the window's process holds the data folder's
// lock, failing early if it ends. It reads the lock table (Linux's
// /proc/locks) rather than trying the lock, which could make the window
// find its folder in use.
func (w *window) waitForLock(dir string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		held, err := holdsLock(w.cmd.Process.Pid, filepath.Join(dir, "alongside.lock"))
		if err != nil {
			return err
		}
		if held {
			return nil
		}
		select {
		case <-w.exited:
			return fmt.Errorf("the window ended before taking the data folder's lock:\n%s", w.logs.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the window did not take the data folder's lock within %v:\n%s", limit, w.logs.String())
		}
	}
}

// holdsLock reports whether process pid holds a lock on the file at path,
// by its inode in /proc/locks ("1: FLOCK ADVISORY WRITE pid maj:min:inode 0 EOF").
func holdsLock(pid int, path string) (bool, error) {
	ino, ok := inode(path)
	if !ok {
		return false, nil // not created yet
	}
	table, err := os.ReadFile("/proc/locks")
	if err != nil {
		return false, fmt.Errorf("cannot read the lock table: %w", err)
	}
	for _, line := range strings.Split(string(table), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || f[4] != strconv.Itoa(pid) {
			continue
		}
		if ids := strings.Split(f[5], ":"); ids[len(ids)-1] == strconv.FormatUint(ino, 10) {
			return true, nil
		}
	}
	return false, nil
}

// inode is the file's inode number. It reads the Ino field by reflection
// because syscall.Stat_t does not exist on Windows, where this file must
// still compile.
func inode(path string) (uint64, bool) {
	info, err := os.Stat(path)
	if err != nil {
		return 0, false
	}
	v := reflect.Indirect(reflect.ValueOf(info.Sys()))
	if v.Kind() != reflect.Struct {
		return 0, false
	}
	f := v.FieldByName("Ino")
	if !f.IsValid() || !f.CanUint() {
		return 0, false
	}
	return f.Uint(), true
}

func waitForLine(r interface{ Read([]byte) (int, error) }, want string, limit time.Duration) bool {
	found := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if strings.Contains(sc.Text(), want) {
				found <- true
				return
			}
		}
		found <- false
	}()
	select {
	case ok := <-found:
		return ok
	case <-time.After(limit):
		return false
	}
}

// Collection is off, under a heap limit, until the first frame, then as before.
func TestHoldGCThenResume(t *testing.T) {
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	before, beforeLimit := gcPercent(), debug.SetMemoryLimit(-1)
	resume := holdGC()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != startHeapLimit {
		t.Fatalf("held: GC percent %d, limit %d; want -1, %d", p, l, startHeapLimit)
	}
	resume()
	resume() // the second call changes nothing
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != before || l != beforeLimit {
		t.Fatalf("resumed: GC percent %d, limit %d; want %d, %d", p, l, before, beforeLimit)
	}
}
