package datadir

import (
	"context"
	"path/filepath"

	"github.com/alongside-app/alongside/store"
)

// Data is an open, locked data folder.
type Data struct {
	Dir   string
	Store *store.Store
	lock  *Lock
}

// Open resolves dir (see Resolve), takes its lock and opens its database.
// On failure nothing stays open; Data.Dir is still set when it was resolved,
// so a caller can say which folder failed.
func Open(ctx context.Context, dir string) (*Data, error) {
	dir, err := Resolve(dir)
	if err != nil {
		return nil, err
	}
	d := &Data{Dir: dir}
	if d.lock, err = Acquire(dir); err != nil {
		return d, err
	}
	if d.Store, err = store.Open(ctx, filepath.Join(dir, store.FileName)); err != nil {
		d.lock.Release()
		return d, err
	}
	return d, nil
}

// Close closes the database, then lets another copy use the folder.
func (d *Data) Close() error {
	err := d.Store.Close()
	if rerr := d.lock.Release(); err == nil {
		err = rerr
	}
	return err
}
