package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Setting names a stored preference.
type Setting string

// The settings Alongside keeps.
const (
	SettingLanguage Setting = "language" // "system", "en" or "es"
	SettingTheme    Setting = "theme"    // "system", "light" or "dark"
	SettingCountry  Setting = "country"  // a country code for Get help now
	// SettingAutoLock is the idle time, in minutes, before the lock closes
	// ("0" for never, "1", "5", "15" or "60").
	SettingAutoLock Setting = "autolock"
	// SettingLockAsked is "yes" once the person has answered the offer of
	// a passphrase.
	SettingLockAsked Setting = "lock-asked"
)

// The private settings (GetPrivate, SetPrivate): sealed, because they say
// what a person reads or where they go.
const (
	SettingLessonsDone Setting = "learn-done" // module/lesson ids, comma-separated
	SettingLastLesson  Setting = "learn-last" // module/lesson
	// SettingLovedOneAge is whether the person the enabling self-check is
	// about is under 18 (an Age; LovedOneAge, SetLovedOneAge).
	SettingLovedOneAge Setting = "loved-one-age"
	// SettingFavourites (privatesettings.go) holds the favourite meetings.
)

// Get returns a setting's value, or ErrNotFound when it was never set.
func (s *Store) Get(ctx context.Context, key Setting) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", string(key)).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("setting %q: %w", key, ErrNotFound)
	}
	if err != nil {
		return "", classify(fmt.Errorf("store: read setting %q: %w", key, err))
	}
	return v, nil
}

// GetOr returns a setting's value, or def when it was never set or cannot be read.
func (s *Store) GetOr(ctx context.Context, key Setting, def string) string {
	v, err := s.Get(ctx, key)
	if err != nil {
		return def
	}
	return v
}

// Delete removes a setting (nothing when it was never set); secure_delete
// overwrites its old value in the file.
func (s *Store) Delete(ctx context.Context, key Setting) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM settings WHERE key = ?", string(key)); err != nil {
			return fmt.Errorf("store: delete setting %q: %w", key, err)
		}
		return nil
	})
}

// Set stores a setting's value.
func (s *Store) Set(ctx context.Context, key Setting, value string) error {
	if key == "" {
		return fmt.Errorf("setting with no name: %w", ErrInvalid)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx,
			"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
			string(key), value)
		if err != nil {
			return fmt.Errorf("store: save setting %q: %w", key, err)
		}
		return nil
	})
}
