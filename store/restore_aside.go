package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// asidePrefix names a damaged data file put aside so that Alongside can
// start again with empty data: alongside-damaged-2026-12-07-091500.db,
// in the data folder itself (never in the backups folder, where copies
// are deleted by the rotation or a change of passphrase).
const asidePrefix = "alongside-damaged-"

// SetAside keeps the database at path, which is not open, under a new
// name with now's date and time in the same folder, and its -wal and
// -journal beside it under that name, so that the folder has no data
// file and Alongside can start afresh. Nothing is deleted but the -shm
// (an index SQLite makes again). It returns the new name, or "" when
// there was no file to put aside. A -wal or -journal that cannot be
// moved puts the data file back: a fresh file must never start with an
// old log beside it.
func SetAside(path string, now time.Time) (string, error) {
	if now.IsZero() {
		now = time.Now()
	}
	if !fileExists(path) {
		return "", nil
	}
	dir := filepath.Dir(path)
	base := filepath.Join(dir, asidePrefix+now.Local().Format(nameTime))
	var aside string
	for n := 1; ; n++ {
		aside = base + backupExt
		if n > 1 {
			aside = fmt.Sprintf("%s-%d%s", base, n, backupExt)
		}
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			break
		}
		if n > maxKeepTries {
			return "", unwritable("put aside "+path, fs.ErrExist)
		}
	}
	if err := os.Rename(path, aside); err != nil {
		return "", unwritable("put aside "+path, err)
	}
	for _, suffix := range []string{"-wal", "-journal"} {
		if !fileExists(path + suffix) {
			continue
		}
		if err := os.Rename(path+suffix, aside+suffix); err != nil {
			if back := os.Rename(aside, path); back != nil {
				return aside, unwritable("put aside "+path+suffix, errors.Join(err, back))
			}
			return "", unwritable("put aside "+path+suffix, err)
		}
	}
	if err := os.Remove(path + "-shm"); err != nil && !absent(err) {
		return aside, unwritable("remove "+path+"-shm", err)
	}
	syncDir(dir)
	return aside, nil
}
