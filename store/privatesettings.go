package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/alongside-app/alongside/store/seal"
)

// Private settings are values that say what a person reads or where they
// go: lesson progress, favourite meetings. Each value is sealed, bound to
// its setting's name (a value moved to another name does not open), and
// needs the records open: ErrLocked otherwise.

const privateSettingsTable = "private_settings"

// SettingFavourites holds the favourite meetings' slugs, one a line.
const SettingFavourites Setting = "meeting-favourites"

// privateAD is the associated data of the private setting key.
func privateAD(key Setting) []byte { return appendAD(nil, privateSettingsTable, string(key), 0) }

// GetPrivate returns a private setting's value, "" when it was never set,
// or ErrLocked. A value that does not open is ErrDamaged.
func (s *Store) GetPrivate(ctx context.Context, key Setting) (string, error) {
	box, done, err := s.sealer()
	if err != nil {
		return "", err
	}
	defer done()
	return getPrivate(ctx, s.db, box, key)
}

func getPrivate(ctx context.Context, q rowQuerier, box *seal.Box, key Setting) (string, error) {
	var raw []byte
	err := q.QueryRowContext(ctx, "SELECT value FROM private_settings WHERE key = ?", string(key)).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", classify(fmt.Errorf("store: read setting %q: %w", key, err))
	}
	plain, err := box.Open(raw, privateAD(key))
	if err != nil {
		return "", fmt.Errorf("store: setting %q: %w", key, ErrDamaged)
	}
	return string(plain), nil
}

// SetPrivate seals and stores a private setting's value; "" removes it.
func (s *Store) SetPrivate(ctx context.Context, key Setting, value string) error {
	if key == "" || len(value) > maxText {
		return fmt.Errorf("store: private setting %q of %d bytes: %w", key, len(value), ErrInvalid)
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error { return setPrivate(ctx, tx, box, key, value) })
}

func setPrivate(ctx context.Context, tx *sql.Tx, box *seal.Box, key Setting, value string) error {
	if value == "" {
		_, err := tx.ExecContext(ctx, "DELETE FROM private_settings WHERE key = ?", string(key))
		return err
	}
	sealed, err := box.Seal([]byte(value), privateAD(key))
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO private_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", string(key), sealed)
	if err != nil {
		return fmt.Errorf("store: save setting %q: %w", key, err)
	}
	return nil
}

// rekeyPrivateSettings seals every private setting again under to; one
// that does not open under from is deleted.
func rekeyPrivateSettings(ctx context.Context, tx *sql.Tx, from, to *seal.Box) error {
	rows, err := tx.QueryContext(ctx, "SELECT key, value FROM private_settings")
	if err != nil {
		return fmt.Errorf("store: re-key private settings: %w", err)
	}
	type kv struct {
		key Setting
		raw []byte
	}
	var all []kv
	for rows.Next() {
		var r kv
		if err := rows.Scan(&r.key, &r.raw); err != nil {
			rows.Close()
			return fmt.Errorf("store: re-key private settings: %w", err)
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		v := reseal(from, to, r.raw, privateAD(r.key))
		var err error
		if len(v) == 0 {
			_, err = tx.ExecContext(ctx, "DELETE FROM private_settings WHERE key = ?", string(r.key))
		} else {
			_, err = tx.ExecContext(ctx, "UPDATE private_settings SET value = ? WHERE key = ?", v, string(r.key))
		}
		if err != nil {
			return fmt.Errorf("store: re-key private settings: %w", err)
		}
	}
	return nil
}

// SetFavourite marks the meeting with slug as a favourite, or unmarks it.
// The slug need not be stored now: favourites outlive a re-import.
// Favourites are private: ErrLocked while the records are locked.
func (s *Store) SetFavourite(ctx context.Context, slug string, on bool) error {
	if slug == "" || len(slug) > maxText || strings.ContainsAny(slug, "\n") {
		return fmt.Errorf("store: favourite slug of %d bytes: %w", len(slug), ErrInvalid)
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		favs, err := favourites(ctx, tx, box)
		if err != nil {
			return err
		}
		if on {
			favs[slug] = true
		} else {
			delete(favs, slug)
		}
		return setPrivate(ctx, tx, box, SettingFavourites, joinSet(favs))
	})
}

// Favourites returns the favourite slugs as a set, or ErrLocked.
func (s *Store) Favourites(ctx context.Context) (map[string]bool, error) {
	var out map[string]bool
	err := s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		var err error
		out, err = favourites(ctx, tx, box)
		return err
	})
	return out, err
}

// favourites reads the sealed favourites, moving in (and deleting) any
// kept in the clear by an older version.
func favourites(ctx context.Context, tx *sql.Tx, box *seal.Box) (map[string]bool, error) {
	v, err := getPrivate(ctx, tx, box, SettingFavourites)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, slug := range strings.Split(v, "\n") {
		if slug != "" {
			out[slug] = true
		}
	}
	legacy, err := legacyFavourites(ctx, tx)
	if err != nil || len(legacy) == 0 {
		return out, err
	}
	for _, slug := range legacy {
		out[slug] = true
	}
	if err := setPrivate(ctx, tx, box, SettingFavourites, joinSet(out)); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM meeting_favourites"); err != nil {
		return nil, fmt.Errorf("store: move favourites: %w", err)
	}
	return out, nil
}

func legacyFavourites(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT slug FROM meeting_favourites")
	if err != nil {
		return nil, fmt.Errorf("store: read favourites: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var slug string
		if err := rows.Scan(&slug); err != nil {
			return nil, fmt.Errorf("store: read favourites: %w", err)
		}
		out = append(out, slug)
	}
	return out, rows.Err()
}

func joinSet(set map[string]bool) string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, "\n")
}
