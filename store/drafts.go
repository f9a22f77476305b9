package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

type draftWords struct {
	Text string `json:"text"`
}

// SaveDraft keeps unsaved writing, one draft per Kind and Ref.
func (s *Store) SaveDraft(ctx context.Context, d Draft) error {
	if d.Kind == "" {
		return fmt.Errorf("draft with no kind: %w", ErrInvalid)
	}
	if err := s.requireKey(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM drafts WHERE kind = ? AND ref = ?", d.Kind, d.Ref).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			res, err := tx.ExecContext(ctx, "INSERT INTO drafts (kind, ref, updated) VALUES (?, ?, ?)", d.Kind, d.Ref, now().Unix())
			if err != nil {
				return fmt.Errorf("store: keep draft: %w", err)
			}
			id, err = res.LastInsertId()
			if err != nil {
				return err
			}
		} else if err != nil {
			return fmt.Errorf("store: keep draft: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE drafts SET updated = ? WHERE id = ?", now().Unix(), id); err != nil {
			return err
		}
		return s.writeWords(ctx, tx, "drafts", id, draftWords{d.Text})
	})
}

// Drafts reads every kept draft, newest first.
func (s *Store) Drafts(ctx context.Context) ([]Draft, error) {
	var out []Draft
	err := s.readSealed(ctx, "SELECT id, kind, ref, updated, words FROM drafts ORDER BY updated DESC, id DESC", nil,
		func(rows *sql.Rows) error {
			var d Draft
			var id, updated int64
			var words []byte
			if err := rows.Scan(&id, &d.Kind, &d.Ref, &updated, &words); err != nil {
				return err
			}
			d.Updated = fromUnix(updated)
			var w draftWords
			damaged, err := s.openWords("drafts", id, words, &w)
			if !damaged {
				d.Text = w.Text
				out = append(out, d)
			}
			return err
		})
	return out, err
}

// DeleteDraft drops a draft; dropping one that is not there is fine.
func (s *Store) DeleteDraft(ctx context.Context, kind string, ref int64) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM drafts WHERE kind = ? AND ref = ?", kind, ref)
		return err
	})
}
