package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Every private word is kept in a table's `words` column: the record's
// words as one JSON value, sealed under the data key and bound to the
// table, the column and the record's id, so a value copied to another row
// does not open. The JSON never reaches the disk unsealed.

func wordsAD(table string, id int64) []byte {
	return []byte(table + "\x00words\x00" + strconv.FormatInt(id, 10))
}

// sealWords seals v for table's record id.
func (s *Store) sealWords(table string, id int64, v any) ([]byte, error) {
	plain, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("store: encode %s words: %w", table, err)
	}
	defer clear(plain)
	s.vault.mu.RLock()
	defer s.vault.mu.RUnlock()
	if s.vault.key == nil {
		return nil, ErrLocked
	}
	return s.vault.key.Seal(plain, wordsAD(table, id))
}

// openWords fills v from a sealed value. A value that does not open, or
// is missing, reports damaged and leaves v as it was; only a locked store
// is an error.
func (s *Store) openWords(table string, id int64, sealed []byte, v any) (damaged bool, err error) {
	s.vault.mu.RLock()
	if s.vault.key == nil {
		s.vault.mu.RUnlock()
		return false, ErrLocked
	}
	plain, err := s.vault.key.Open(sealed, wordsAD(table, id))
	s.vault.mu.RUnlock()
	if err != nil {
		return true, nil
	}
	defer clear(plain)
	return json.Unmarshal(plain, v) != nil, nil
}

// requireKey fails with ErrLocked before any work when the store is locked.
func (s *Store) requireKey() error {
	if !s.Unlocked() {
		return ErrLocked
	}
	return nil
}

// insertSealed adds a row with plain columns, then seals its words with
// the new id, in one transaction.
func (s *Store) insertSealed(ctx context.Context, table string, cols []string, args []any, words any) (int64, error) {
	if err := s.requireKey(); err != nil {
		return 0, err
	}
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", table, strings.Join(cols, ", "),
			strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", "))
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("store: add to %s: %w", table, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return s.writeWords(ctx, tx, table, id, words)
	})
	return id, err
}

func (s *Store) writeWords(ctx context.Context, tx *sql.Tx, table string, id int64, words any) error {
	sealed, err := s.sealWords(table, id, words)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "UPDATE "+table+" SET words = ? WHERE id = ?", sealed, id)
	return err
}

// updateSealed changes a row's plain columns and its words.
func (s *Store) updateSealed(ctx context.Context, table string, id int64, cols []string, args []any, words any) error {
	sealed, err := s.sealWords(table, id, words)
	if err != nil {
		return err
	}
	set := make([]string, 0, len(cols)+1)
	for _, c := range cols {
		set = append(set, c+" = ?")
	}
	set = append(set, "words = ?")
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(set, ", ")+" WHERE id = ?",
			append(append(args, sealed), id)...)
		if err != nil {
			return fmt.Errorf("store: change %s %d: %w", table, id, err)
		}
		return mustTouch(res, table, id)
	})
}

// deleteRow removes a record; a missing one is ErrNotFound.
func (s *Store) deleteRow(ctx context.Context, table string, id int64) error {
	if err := s.requireKey(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
		if err != nil {
			return fmt.Errorf("store: delete %s %d: %w", table, id, err)
		}
		return mustTouch(res, table, id)
	})
}

func mustTouch(res sql.Result, table string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s %d: %w", table, id, ErrNotFound)
	}
	return nil
}

// unix and fromUnix keep times as whole seconds.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(sec, 0)
}
