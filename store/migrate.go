package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded steps in order. Their numbers must run
// 1, 2, 3... without gaps; a test holds that.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]migration, 0, len(names))
	for _, name := range names {
		m, err := readMigration(name)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func readMigration(name string) (migration, error) {
	base := strings.TrimPrefix(name, "migrations/")
	num, _, ok := strings.Cut(base, "_")
	v, err := strconv.Atoi(num)
	if !ok || err != nil {
		return migration{}, fmt.Errorf("store: migration %s: name must start with a number", base)
	}
	body, err := migrationFiles.ReadFile(name)
	if err != nil {
		return migration{}, err
	}
	return migration{version: v, name: base, sql: string(body)}, nil
}

// SchemaVersion is the schema this build of Alongside writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies every step above the database's user_version, each in its
// own transaction together with the version bump.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	current, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if current > SchemaVersion() {
		return tooNew(current)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
		// PRAGMA takes no parameters; the version is an int we control.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
		return nil
	})
}

// Version reads the database's schema version.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, classify(fmt.Errorf("store: read schema version: %w", err))
	}
	return v, nil
}
