package datadir

import (
	"context"
	"path/filepath"

	"github.com/alongside-app/alongside/store"
)

// Recover mends a data folder whose database did not open (damaged):
// it resolves dir, takes its lock, lets mend change the database at path
// (restore a backup over it, or put it aside), and then opens the
// database, keeping the lock, as Open does. When mend fails, or the
// database still does not open, nothing stays open and the error is
// mend's or the opening's.
func Recover(ctx context.Context, dir string, mend func(path string) error) (*Data, error) {
	dir, err := Resolve(dir)
	if err != nil {
		return nil, err
	}
	d := &Data{Dir: dir}
	if d.lock, err = Acquire(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, store.FileName)
	if err := mend(path); err != nil {
		d.lock.Release()
		return nil, err
	}
	if d.Store, err = store.Open(ctx, path); err != nil {
		d.lock.Release()
		return nil, err
	}
	return d, nil
}
