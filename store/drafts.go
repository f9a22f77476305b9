package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// Drafts are sealed whole, their kind too, so the store finds the draft
// of a kind and record by opening the kinds of that record's drafts:
// there are only ever a few.

func draftFields(d *Draft) []field { return []field{{"kind", &d.Kind}, {"text", &d.Text}} }

// SaveDraft keeps unsaved writing: one draft per Kind and Ref, replacing
// the one kept before. An empty Kind is ErrInvalid; Updated is set by the
// store.
func (s *Store) SaveDraft(ctx context.Context, d Draft) error {
	if d.Kind == "" {
		return fmt.Errorf("store: draft with no kind: %w", ErrInvalid)
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		ids, err := draftIDs(ctx, tx, box, d.Kind, d.Ref)
		if err != nil {
			return err
		}
		plain := []column{{"ref", d.Ref}, {"updated", time.Now().UnixNano()}}
		if len(ids) == 0 {
			_, err = insertSealed(ctx, tx, box, "drafts", plain, draftFields(&d))
			return err
		}
		for _, extra := range ids[1:] { // never more than one, but mend it if so
			if err := deleteRow(ctx, tx, "drafts", extra); err != nil {
				return err
			}
		}
		return updateSealed(ctx, tx, box, "drafts", ids[0], plain, draftFields(&d))
	})
}

// draftIDs are the ids of the drafts of kind for record ref.
func draftIDs(ctx context.Context, tx *sql.Tx, box *seal.Box, kind string, ref int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, withBound("drafts", "SELECT id, kind FROM drafts WHERE ref = ? ORDER BY id"), ref)
	if err != nil {
		return nil, fmt.Errorf("store: find draft: %w", err)
	}
	defer rows.Close()
	o := opener{box: box, legacy: true} // only finds the draft to replace
	var ids []int64
	for rows.Next() {
		var id int64
		var raw, bound sql.RawBytes
		if err := rows.Scan(&id, &raw, &bound); err != nil {
			return nil, fmt.Errorf("store: find draft: %w", err)
		}
		if k, ok := o.open("drafts", "kind", id, bound, raw); ok && k == kind {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: find draft: %w", err)
	}
	return ids, nil
}

// Drafts returns every draft, the most recently saved first. A draft
// that does not open comes back with Damaged set and its fields empty.
func (s *Store) Drafts(ctx context.Context) ([]Draft, error) {
	var out []Draft
	err := s.readSealed(ctx, "drafts", "SELECT id, ref, updated, kind, text FROM drafts ORDER BY updated DESC, id DESC", nil,
		func(r *sealedRow) error {
			var d Draft
			var id, updated int64
			if err := r.scan(&id, &d.Ref, &updated); err != nil {
				return err
			}
			d.Updated = fromMoment(updated)
			d.Damaged = r.open(draftFields(&d))
			out = append(out, d)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteDraft deletes the draft of kind for record ref; when there is
// none it does nothing.
func (s *Store) DeleteDraft(ctx context.Context, kind string, ref int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		ids, err := draftIDs(ctx, tx, box, kind, ref)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if err := deleteRow(ctx, tx, "drafts", id); err != nil {
				return err
			}
		}
		return nil
	})
}
