package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

// TestBackupAndRestore backs up a locked folder, writes more, restores
// the backup with its passphrase and finds the data as it was, with the
// later data kept in the backups folder.
func TestBackupAndRestore(t *testing.T) {
	dir, _ := locked(t, "river stone")
	ok(t, "river stone\nbefore the backup\n", "--data-dir", dir, "journal", "add")
	file := filepath.Join(t.TempDir(), "copy.db")
	out := ok(t, "", "--data-dir", dir, "backup", file)
	if !strings.Contains(out, file) || !strings.Contains(out, "protected") {
		t.Errorf("backup said %q", out)
	}
	if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v, %v", info, err)
	}
	ok(t, "river stone\nafter the backup\n", "--data-dir", dir, "journal", "add")

	out = ok(t, "river stone\n", "--data-dir", dir, "restore", file)
	if !strings.Contains(out, "restored") || !strings.Contains(out, "alongside-before-restore-") {
		t.Errorf("restore said %q", out)
	}
	list := ok(t, "river stone\n", "--data-dir", dir, "journal", "list")
	if !strings.Contains(list, "before the backup") || strings.Contains(list, "after the backup") {
		t.Errorf("journal after restore: %q", list)
	}
	all, err := store.ListBackups(store.BackupsDir(dir))
	var kept []store.BackupInfo // the copies kept before a restore (setting the lock made an automatic one too)
	for _, b := range all {
		if !b.Auto {
			kept = append(kept, b)
		}
	}
	if err != nil || len(kept) != 1 {
		t.Fatalf("backups folder: %v, %v", all, err)
	}
	// The data as it was before the restore can itself be restored.
	ok(t, "river stone\n", "--data-dir", dir, "restore", kept[0].Path)
	list = ok(t, "river stone\n", "--data-dir", dir, "journal", "list")
	if !strings.Contains(list, "after the backup") {
		t.Errorf("journal after restoring the kept copy: %q", list)
	}
}

// TestRestoreOntoNewComputer restores into a folder that does not exist
// yet, with the recovery code.
func TestRestoreOntoNewComputer(t *testing.T) {
	dir, code := locked(t, "old pass")
	ok(t, "old pass\nwritten on the old computer\n", "--data-dir", dir, "journal", "add")
	file := filepath.Join(t.TempDir(), "copy.db")
	ok(t, "", "--data-dir", dir, "backup", file)
	fresh := filepath.Join(t.TempDir(), "new")
	out := ok(t, code+"\n", "--data-dir", fresh, "restore", file)
	if strings.Contains(out, "before-restore") {
		t.Errorf("kept a copy of nothing: %q", out)
	}
	if list := ok(t, "old pass\n", "--data-dir", fresh, "journal", "list"); !strings.Contains(list, "written on the old computer") {
		t.Errorf("journal on the new computer: %q", list)
	}
}

func TestRestoreRefusalsChangeNothing(t *testing.T) {
	dir, _ := locked(t, "lantern orchard seven")
	ok(t, "lantern orchard seven\nmine\n", "--data-dir", dir, "journal", "add")
	file := filepath.Join(t.TempDir(), "copy.db")
	ok(t, "", "--data-dir", dir, "backup", file)
	foreign := filepath.Join(t.TempDir(), "notes.txt")
	must(t, os.WriteFile(foreign, []byte("not a backup at all"), 0o600))
	short := filepath.Join(t.TempDir(), "short.db")
	b, err := os.ReadFile(file)
	must(t, err)
	must(t, os.WriteFile(short, b[:len(b)/2], 0o600))

	unchanged(t, dir, "wrong\n", "does not open this backup", "restore", file)
	unchanged(t, dir, "", "Give its passphrase", "restore", file)
	unchanged(t, dir, "", "not an Alongside backup", "restore", foreign)
	unchanged(t, dir, "", "damaged or incomplete", "restore", short)
	unchanged(t, dir, "", "no file there", "restore", filepath.Join(t.TempDir(), "missing.db"))

	// In Spanish too.
	code, _, errOut := runIn(t, "equivocada\n", "es", "--data-dir", dir, "restore", file)
	if code != ExitFailed || !strings.Contains(errOut, "contraseña") {
		t.Errorf("Spanish refusal: %d %q", code, errOut)
	}
}

// TestBackupBesideOpenApp: the app holds the folder; backup still works,
// restore asks to close it first.
func TestBackupBesideOpenApp(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ok(t, "while the app is open\n", "--data-dir", dir, "journal", "add")
	d, err := datadir.Open(context.Background(), dir)
	must(t, err)
	defer d.Close()
	file := filepath.Join(t.TempDir(), "copy.db")
	ok(t, "", "--data-dir", dir, "backup", file)
	if out := ok(t, "", "--data-dir", t.TempDir(), "restore", file); !strings.Contains(out, "no passphrase") {
		t.Errorf("restore of an unlocked backup said %q", out)
	}
	code, _, errOut := runIn(t, "", "en", "--data-dir", dir, "restore", file)
	if code != ExitFailed || !strings.Contains(errOut, "Close it") {
		t.Errorf("restore into a folder in use: %d %q", code, errOut)
	}
}

func TestBackupUsageAndNoData(t *testing.T) {
	for _, verb := range []string{"backup", "restore"} {
		if code, _, errOut := runIn(t, "", "en", verb); code != ExitUsage || !strings.Contains(errOut, "needs") {
			t.Errorf("%s without a file: %d %q", verb, code, errOut)
		}
	}
	missing := filepath.Join(t.TempDir(), "missing")
	code, _, errOut := runIn(t, "", "en", "--data-dir", missing, "backup", filepath.Join(t.TempDir(), "x.db"))
	if code != ExitFailed || !strings.Contains(errOut, "nothing to back up") {
		t.Errorf("backup of nothing: %d %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("backup created the data folder")
	}
	dir := filepath.Join(t.TempDir(), "data")
	ok(t, "x\n", "--data-dir", dir, "journal", "add")
	code, _, errOut = runIn(t, "", "en", "--data-dir", dir, "backup", filepath.Join(dir, store.FileName))
	if code != ExitFailed || !strings.Contains(errOut, "keeps your data in") {
		t.Errorf("backup over the data file: %d %q", code, errOut)
	}
}
