package datadir

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/alongside-app/alongside/internal/buildinfo"
)

func TestAcquireRefusesSecondHolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	first, err := Acquire(dir)
	if err != nil {
		t.Fatalf("first Acquire: %v", err)
	}
	if _, err := Acquire(dir); !errors.Is(err, ErrInUse) {
		t.Fatalf("second Acquire = %v, want ErrInUse", err)
	}
	if err := first.Release(); err != nil {
		t.Fatalf("Release: %v", err)
	}
	again, err := Acquire(dir)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	again.Release()
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o700 {
		t.Errorf("data folder mode = %o, want 700", perm)
	}
}

// TestLockHeldByAnotherProcess checks the lock across processes, as two
// copies of the app would meet.
func TestLockHeldByAnotherProcess(t *testing.T) {
	if os.Getenv("DATADIR_HOLD") != "" {
		if _, err := Acquire(os.Getenv("DATADIR_HOLD")); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		buf := make([]byte, 1)
		os.Stdin.Read(buf) // hold until the parent closes stdin
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHeldByAnotherProcess$")
	cmd.Env = append(os.Environ(), "DATADIR_HOLD="+dir)
	stdin, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil || string(buf[:4]) != "held" {
		t.Fatalf("child did not take the lock: %q %v", buf, err)
	}
	if _, err := Acquire(dir); !errors.Is(err, ErrInUse) {
		t.Errorf("Acquire while another process holds it = %v, want ErrInUse", err)
	}
	stdin.Close()
	cmd.Wait()
	l, err := Acquire(dir)
	if err != nil {
		t.Fatalf("Acquire after the other process ended: %v", err)
	}
	l.Release()
}

func TestResolve(t *testing.T) {
	got, err := Resolve("rel/dir")
	if err != nil || !filepath.IsAbs(got) {
		t.Errorf("Resolve(rel) = %q, %v; want an absolute path", got, err)
	}
	def, err := Resolve("")
	if err != nil {
		t.Skipf("no config dir here: %v", err)
	}
	if filepath.Base(def) != buildinfo.AppID {
		t.Errorf("default = %q, want it to end in the app ID", def)
	}
}
