// Package datadir finds Alongside's data folder and makes sure only one
// copy of the app uses it at a time.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/alongside-app/alongside/internal/buildinfo"
)

// lockName is the file held locked while a copy of Alongside uses the folder.
const lockName = "alongside.lock"

// ErrInUse means another copy of Alongside holds the data folder.
var ErrInUse = errors.New("datadir: the data folder is in use by another copy of Alongside")

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

// Acquire creates dir (0700) when missing and takes its lock without waiting.
// It returns ErrInUse when another process holds it. The operating system
// drops the lock when the process ends, however it ends.
func Acquire(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("datadir: create %s: %w", dir, err)
	}
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("datadir: open lock: %w", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
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
