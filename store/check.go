package store

import (
	"context"
	"fmt"
)

// CheckResult is what an integrity check found.
type CheckResult struct {
	SchemaVersion int      // the database's schema version
	Problems      []string // SQLite's integrity_check lines; empty when sound
}

// OK reports whether the check found nothing wrong.
func (r CheckResult) OK() bool { return len(r.Problems) == 0 }

// maxProblems bounds what integrity_check reports on a badly damaged file.
const maxProblems = 20

// Check runs SQLite's integrity and foreign-key checks. A damaged file
// may also fail with ErrDamaged before any problem can be listed.
func (s *Store) Check(ctx context.Context) (CheckResult, error) {
	v, err := s.Version(ctx)
	if err != nil {
		return CheckResult{}, err
	}
	res := CheckResult{SchemaVersion: v}
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
	if err != nil {
		return res, classify(fmt.Errorf("store: integrity check: %w", err))
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return res, classify(fmt.Errorf("store: integrity check: %w", err))
		}
		if line != "ok" {
			res.Problems = append(res.Problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return res, classify(fmt.Errorf("store: integrity check: %w", err))
	}
	return res, s.checkForeignKeys(ctx, &res)
}

func (s *Store) checkForeignKeys(ctx context.Context, res *CheckResult) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return classify(fmt.Errorf("store: foreign key check: %w", err))
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return classify(fmt.Errorf("store: foreign key check: %w", err))
		}
		res.Problems = append(res.Problems, fmt.Sprintf("row %v in %s points to a missing %s", rowid, table, parent))
	}
	return classify(rows.Err())
}
