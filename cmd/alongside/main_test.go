package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
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
	build := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build alongside:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// headless is an environment with no display at all.
func headless() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			env = append(env, kv)
		}
	}
	return append(env, "LANG=C")
}

func runVerb(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = headless()
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

// TestVerbsRunWithoutADisplay proves the verbs never start Fyne's driver:
// there is no display here, and they still work.
func TestVerbsRunWithoutADisplay(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--help"}, 0, "Usage:"},
		{[]string{"version"}, 0, "Alongside 0."},
		{[]string{"--data-dir", dir, "check"}, 0, "Integrity: ok"},
		{[]string{"no-such-verb"}, 2, "no command"},
		{[]string{"--data-dir", dir}, 1, "needs a desktop"},
	}
	for _, c := range cases {
		code, out := runVerb(t, c.args...)
		if code != c.code || !strings.Contains(out, c.want) {
			t.Errorf("alongside %q: exit %d, output %q; want %d and %q", c.args, code, out, c.code, c.want)
		}
		if strings.Contains(out, "current Fyne app") || strings.Contains(out, "panic") {
			t.Errorf("alongside %q touched Fyne: %q", c.args, out)
		}
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
	if err := storetest.SetVersion(path, store.SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	if code, out := runVerb(t, "check", "--data-dir", newer); code != 1 || !strings.Contains(out, "newer version") {
		t.Errorf("newer: exit %d, %q", code, out)
	}
}

// TestWindowOpensAndSecondCopyIsRefused runs the real window under Xvfb.
func TestWindowOpensAndSecondCopyIsRefused(t *testing.T) {
	display := startXvfb(t)
	dir := t.TempDir()
	first := startWindow(t, display, dir)
	time.Sleep(3 * time.Second)
	if err := first.Process.Signal(syscall.Signal(0)); err != nil {
		t.Fatalf("the window is not running three seconds after launch: %v", err)
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
	first.Process.Signal(os.Interrupt)
}

func startXvfb(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb is not installed (make test installs it)")
	}
	for n := 140; n < 180; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		x := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
		if err := x.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Process.Kill(); x.Wait() })
		time.Sleep(time.Second)
		return display
	}
	t.Skip("no free X display")
	return ""
}

func startWindow(t *testing.T, display, dir string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(binary, "--data-dir", dir)
	cmd.Env = append(headless(), "DISPLAY="+display, "LIBGL_ALWAYS_SOFTWARE=1")
	var logs strings.Builder
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if strings.Contains(logs.String(), "Error in Fyne call thread") || strings.Contains(logs.String(), "panic") {
			t.Errorf("the window logged a threading error or panic:\n%s", logs.String())
		}
	})
	return cmd
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
