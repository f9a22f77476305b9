package datadir

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/internal/datadir/owneronly"
	"github.com/alongside-app/alongside/store"
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
	if runtime.GOOS == "windows" {
		return // no Unix file modes
	}
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

func TestAcquireExistingCreatesNoFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	if _, err := AcquireExisting(dir); !errors.Is(err, ErrNoFolder) {
		t.Fatalf("AcquireExisting(missing) = %v, want ErrNoFolder", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the missing folder was created: %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := AcquireExisting(file); !errors.Is(err, ErrNoFolder) {
		t.Errorf("AcquireExisting(file) = %v, want ErrNoFolder", err)
	}
}

func TestAcquireExistingSharesTheLock(t *testing.T) {
	dir := t.TempDir()
	held, err := Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AcquireExisting(dir); !errors.Is(err, ErrInUse) {
		t.Errorf("AcquireExisting while Acquire holds it = %v, want ErrInUse", err)
	}
	held.Release()
	l, err := AcquireExisting(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(dir); !errors.Is(err, ErrInUse) {
		t.Errorf("Acquire while AcquireExisting holds it = %v, want ErrInUse", err)
	}
	l.Release()
}

func TestUnwritableFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(filepath.Join(file, "data")); !errors.Is(err, store.ErrUnwritable) {
		t.Errorf("Acquire under a file = %v, want store.ErrUnwritable", err)
	}
	if _, err := Open(context.Background(), filepath.Join(file, "data")); !errors.Is(err, store.ErrUnwritable) {
		t.Errorf("Open under a file = %v, want store.ErrUnwritable", err)
	}
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		return // permissions do not stop the administrator
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if _, err := Acquire(filepath.Join(dir, "data")); !errors.Is(err, store.ErrUnwritable) {
		t.Errorf("Acquire in a read-only folder = %v, want store.ErrUnwritable", err)
	}
}

// Acquire makes a new data folder private (package owneronly; on Windows
// an access list naming this account alone): one it creates, or the
// default folder that Fyne made empty before the window opened its data.
// A folder that was there already keeps its permissions, and a failure
// to set them leaves the folder usable.
func TestAcquireMakesOnlyNewFoldersPrivate(t *testing.T) {
	var made []string
	fail := false
	protect = func(dir string) error {
		made = append(made, dir)
		if fail {
			return errors.New("this drive keeps no permissions")
		}
		return nil
	}
	t.Cleanup(func() { protect = owneronly.Protect })
	acquire := func(dir string) bool {
		t.Helper()
		made = nil
		l, err := Acquire(dir)
		if err != nil {
			t.Fatalf("Acquire(%s): %v", dir, err)
		}
		l.Release()
		return len(made) == 1 && made[0] == dir
	}

	fresh := filepath.Join(t.TempDir(), "new", "data")
	if !acquire(fresh) {
		t.Errorf("a folder Acquire created was not made private (protected %v)", made)
	}
	if acquire(t.TempDir()) {
		t.Error("a folder that was there already had its permissions changed")
	}

	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config) // Linux
	t.Setenv("AppData", config)         // Windows
	def, err := Default()
	if err != nil || !strings.HasPrefix(def, config) {
		t.Skipf("the default folder %q does not follow the test's config folder here", def)
	}
	if err := os.MkdirAll(def, 0o700); err != nil { // as Fyne does at start
		t.Fatal(err)
	}
	if !acquire(def) {
		t.Error("the default folder, made by Fyne and still empty, was not made private")
	}
	if err := os.WriteFile(filepath.Join(def, store.FileName), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if acquire(def) {
		t.Error("the default folder with data in it had its permissions set again")
	}
	fail = true
	if !acquire(filepath.Join(t.TempDir(), "fat")) {
		t.Error("protect was not tried")
	}
}
