// Package datadir finds Alongside's data folder and makes sure only one
// copy of the app uses it at a time.
package datadir

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"syscall"

	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/internal/datadir/owneronly"
	"github.com/alongside-app/alongside/store"
)

// lockName is the file held locked while a copy of Alongside uses the folder.
const lockName = "alongside.lock"

// ErrInUse means another copy of Alongside holds the data folder.
var ErrInUse = errors.New("datadir: the data folder is in use by another copy of Alongside")

// ErrNoFolder means AcquireExisting found no folder to lock (and made none).
var ErrNoFolder = errors.New("datadir: the data folder does not exist")

// Default is the app's storage folder, the same one Fyne gives the app:
// <user config dir>/fyne/<app ID>.
func Default() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("datadir: find the user config folder: %w", err)
	}
	return filepath.Join(base, "fyne", buildinfo.AppID), nil
}

// Resolve returns the folder to use: dir when given (made absolute), else Default.
func Resolve(dir string) (string, error) {
	if dir == "" {
		return Default()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("datadir: %s: %w", dir, err)
	}
	return abs, nil
}

// Lock is held while this process uses a data folder.
type Lock struct {
	f *os.File
}

// Acquire creates dir when missing, readable by this user only (see
// makePrivate), and takes its lock without waiting. It returns ErrInUse
// when another process holds it, and an error marked store.ErrUnwritable
// when the folder or its lock file cannot be made. The operating system
// drops the lock when the process ends, however it ends.
func Acquire(dir string) (*Lock, error) {
	_, err := os.Stat(dir)
	created := errors.Is(err, fs.ErrNotExist)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, unwritable("create "+dir, err)
	}
	makePrivate(dir, created)
	return lock(dir)
}

// makePrivate lets only this user's account into a data folder that is
// new: one Acquire just created, or the app's own default folder with no
// database in it yet (Fyne makes that folder, for its preferences, before
// the window opens its data). A folder the person chose that was there
// already (--data-dir) keeps the permissions it has, as on Unix, where
// MkdirAll's 0700 applies only to a folder it makes. On Windows that sets
// a protected access list naming the user alone (package owneronly);
// elsewhere 0700 has done it. Failing to (a FAT drive keeps no
// permissions) leaves the folder usable, and says so on stderr.
func makePrivate(dir string, created bool) {
	if !created && !freshDefault(dir) {
		return
	}
	if err := protect(dir); err != nil {
		log.Printf("datadir: only this account should read %s, but its permissions could not be set: %v", dir, err)
	}
}

// freshDefault reports whether dir is the app's default folder and holds no
// database yet.
func freshDefault(dir string) bool {
	def, err := Default()
	if err != nil || filepath.Clean(def) != filepath.Clean(dir) {
		return false
	}
	_, err = os.Stat(filepath.Join(dir, store.FileName))
	return errors.Is(err, fs.ErrNotExist)
}

// protect makes dir readable by this user only; tests replace it.
var protect = owneronly.Protect

// AcquireExisting takes the lock of a folder that must already exist, for
// commands that only read: it returns ErrNoFolder, creating nothing, when
// dir is missing or not a folder. Taking the lock may create the (empty)
// lock file inside the folder.
func AcquireExisting(dir string) (*Lock, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoFolder, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%w: %s is a file", ErrNoFolder, dir)
	}
	return lock(dir)
}

func lock(dir string) (*Lock, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, unwritable("open lock", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
}

// unwritable wraps err with store.ErrUnwritable when it says the folder
// cannot be written (no permission, read-only, full, or a file in the way).
func unwritable(op string, err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) ||
		errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.ENOTDIR) {
		return fmt.Errorf("datadir: %s: %w: %w", op, store.ErrUnwritable, err)
	}
	return fmt.Errorf("datadir: %s: %w", op, err)
}

// Release lets another copy use the folder.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
