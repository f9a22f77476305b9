package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// Re-keying: whenever the lock is set or its passphrase changed, a new data
// key is made and every sealed value is opened under the old key and sealed
// under the new one, with the new keyring, in one transaction: a crash
// leaves the old state or the new, never a mix. Afterwards the file is
// vacuumed and its log emptied so that no page of the old key or old
// values is left, and the copies in the backups folder (all made under an
// older key) are deleted and one fresh copy made. A crash after the commit
// and before that clean-up leaves a mark (settingCleanup) that the next
// Open acts on.

// sealedColumns lists every sealed column of every table. Re-keying walks
// it, so a column missing here would keep the old key:
// TestSealedColumnsKnowTheSchema compares it with the schema's BLOB columns.
var sealedColumns = map[string][]string{
	"entries":        {"tags", "text"},
	"boundaries":     {"text", "why", "consequence", "told_to", "situation"},
	"boundary_tests": {"note"},
	"conversations": {"goal", "when_where", "opening", "i_statements", "avoid", "self_care",
		"happened", "response", "felt", "next_time"},
	"relapse_plan": {"warning_signs", "what_i_say", "will_not_do", "safety_steps", "naloxone_where",
		"who_to_call", "where_help"},
	"relapse_events": {"notes"},
	"drafts":         {"kind", "text"},
	"my_meetings": {"fellowship", "name", "time_zone", "types", "location", "address", "link",
		"phone", "notes"},
	"trigger_maps": {"title", "who", "place", "time", "thoughts", "feelings", "payoff", "cost", "my_part"},
	"rewards":      {"what", "cost", "time", "how"},
	"weekly_steps": {"plan", "how_it_went", "next"},
	"safety_plan": {"warning_signs", "safe_places", "people", "code_word", "to_take", "how_to_leave",
		"children", "notes"},
	"problem_sheets": {"problem", "ideas", "choice", "obstacles", "obstacle_plan", "how_it_went", "next"},
}

// plainBlobColumns are the BLOB columns that hold no sealed value: the
// keyring's own salts and wrapped keys, and the public meeting lists.
// private_settings.value is sealed, bound to its key (see privatesettings.go).
var plainBlobColumns = map[string][]string{
	"keyring":          {"salt", "key"},
	"meetings":         {"data"},
	"private_settings": {"value"},
}

// sealedTables are the tables whose rows hold sealed values, in a fixed order.
var sealedTables = sortedKeys(sealedColumns)

func sortedKeys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// settingCleanup is set in the re-keying transaction and cleared when the
// clean-up after it is finished.
const settingCleanup Setting = "rekey-cleanup"

// Progress is told how far re-keying has gone: done of total sealed rows.
// It is called on the goroutine doing the work.
type Progress func(done, total int)

// rekeyBatch is how many rows are read at a time while re-keying.
const rekeyBatch = 512

// rekeyTx opens every sealed value under from and seals it under to, in
// tx. A value that does not open under from (damaged or moved) is
// replaced by an empty one, which opens under no key: its record stays
// marked damaged, and nothing of the old key is kept.
//
// Values are sealed bound to their rows' plain columns; legacy says values
// sealed before binding may be there, and open the old way too. When no
// value opens under from, nothing is changed and it is ErrDamaged: from
// is not this file's key, and going on would blank every record. It ends
// by marking the store bound (settingSealing).
func rekeyTx(ctx context.Context, tx *sql.Tx, from, to *seal.Box, legacy bool, progress Progress) error {
	total, err := countSealed(ctx, tx)
	if err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM private_settings").Scan(&n); err != nil {
		return fmt.Errorf("store: count private settings: %w", err)
	}
	total += n
	done := 0
	report := func() {
		if progress != nil {
			progress(done, total)
		}
	}
	report()
	var c resealCount
	for _, table := range sealedTables {
		if err := rekeyTable(ctx, tx, table, opener{box: from, legacy: legacy}, to, &c, func(k int) { done += k; report() }); err != nil {
			return err
		}
	}
	if c.failed > 0 && c.opened == 0 {
		return fmt.Errorf("store: %w: none of %d sealed values opens with this key", ErrDamaged, c.failed)
	}
	if err := rekeyPrivateSettings(ctx, tx, from, to); err != nil {
		return err
	}
	if err := setPrivate(ctx, tx, to, settingSealing, sealingBound); err != nil {
		return err
	}
	done = total
	report()
	return nil
}

// resealCount counts the values that opened and those that did not.
type resealCount struct{ opened, failed int }

// sealedRowValues is one row's id and its sealed values, as read.
type sealedRowValues struct {
	id   int64
	vals [][]byte
}

// rekeyTable re-seals table's columns, a batch of rows at a time.
func rekeyTable(ctx context.Context, tx *sql.Tx, table string, from opener, to *seal.Box, c *resealCount, advanced func(int)) error {
	cols := sealedColumns[table]
	sets := make([]string, len(cols))
	for i, c := range cols {
		sets[i] = c + " = ?"
	}
	update, err := tx.PrepareContext(ctx, "UPDATE "+table+" SET "+strings.Join(sets, ", ")+" WHERE id = ?")
	if err != nil {
		return fmt.Errorf("store: re-key %s: %w", table, err)
	}
	defer update.Close()
	query := withBound(table, "SELECT id, "+strings.Join(cols, ", ")+" FROM "+table+" WHERE id > ? ORDER BY id LIMIT ?")
	last := int64(math.MinInt64)
	var ad []byte
	for {
		batch, err := readSealedBatch(ctx, tx, query, last, len(cols)+1) // the last is the bound columns
		if err != nil {
			return fmt.Errorf("store: re-key %s: %w", table, err)
		}
		if len(batch) == 0 {
			return nil
		}
		for _, r := range batch {
			args := make([]any, 0, len(cols)+1)
			bound := r.vals[len(cols)]
			for i, col := range cols {
				if unwritten(table, col, r.vals[i]) { // never written: sealed empty from now on
					ad = appendBoundAD(ad[:0], table, col, r.id, bound)
					v, err := to.Seal(nil, ad)
					if err != nil {
						return err
					}
					args = append(args, v)
					continue
				}
				plain, ok := from.openBytes(table, col, r.id, bound, r.vals[i])
				if !ok {
					c.failed++
					args = append(args, []byte{}) // opens under no key: stays damaged
					continue
				}
				c.opened++
				ad = appendBoundAD(ad[:0], table, col, r.id, bound)
				v, err := to.Seal(plain, ad)
				seal.Zero(plain)
				if err != nil {
					return err
				}
				args = append(args, v)
			}
			if _, err := update.ExecContext(ctx, append(args, r.id)...); err != nil {
				return fmt.Errorf("store: re-key %s %d: %w", table, r.id, err)
			}
		}
		last = batch[len(batch)-1].id
		advanced(len(batch))
	}
}

// reseal is raw, sealed under from for ad, sealed again under to; or an
// empty value when raw does not open.
func reseal(from, to *seal.Box, raw, ad []byte) []byte {
	plain, err := from.Open(raw, ad)
	if err != nil {
		return []byte{}
	}
	defer seal.Zero(plain)
	out, err := to.Seal(plain, ad)
	if err != nil { // only a failing random source
		return []byte{}
	}
	return out
}

func readSealedBatch(ctx context.Context, tx *sql.Tx, query string, after int64, ncols int) ([]sealedRowValues, error) {
	rows, err := tx.QueryContext(ctx, query, after, rekeyBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sealedRowValues
	for rows.Next() {
		r := sealedRowValues{vals: make([][]byte, ncols)}
		dests := make([]any, ncols+1)
		dests[0] = &r.id
		for i := range r.vals {
			dests[i+1] = &r.vals[i]
		}
		if err := rows.Scan(dests...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// cleanUpAfterRekey leaves nothing of an older key in the data folder: it
// empties the write-ahead log, vacuums the file (so no free page keeps an
// old value), empties the log again, and deletes every copy in the
// backups folder, all made under an older key. It reports how many copies
// it deleted. It is safe to run again after a crash.
func (s *Store) cleanUpAfterRekey(ctx context.Context) (int, error) {
	if err := s.compact(ctx); err != nil {
		return 0, err
	}
	removed, err := removeBackupsIn(s.BackupsDir())
	if err != nil {
		return removed, err
	}
	if _, err := s.db.ExecContext(ctx, "DELETE FROM settings WHERE key = ?", string(settingCleanup)); err != nil {
		return removed, classify(fmt.Errorf("store: clear re-key mark: %w", err))
	}
	return removed, s.checkpoint(ctx)
}

// finishRekey finishes the clean-up of a re-keying that a crash cut short.
// It is best effort: a failure leaves the mark for the next start.
func (s *Store) finishRekey(ctx context.Context) {
	if s.GetOr(ctx, settingCleanup, "") == "" {
		return
	}
	_, _ = s.cleanUpAfterRekey(ctx)
}

// compact checkpoints, vacuums and checkpoints again, so the file and its
// log hold only live pages.
func (s *Store) compact(ctx context.Context) error {
	if err := s.checkpoint(ctx); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM"); err != nil {
		return classify(fmt.Errorf("store: vacuum: %w", err))
	}
	return s.checkpoint(ctx)
}

// checkpoint copies the whole write-ahead log into the file and truncates
// the log to nothing, retrying while a reader holds an older snapshot.
func (s *Store) checkpoint(ctx context.Context) error {
	for try := 0; ; try++ {
		var busy, logged, copied int
		err := s.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logged, &copied)
		if err != nil {
			return classify(fmt.Errorf("store: checkpoint: %w", err))
		}
		if busy == 0 {
			return nil
		}
		if try == 50 {
			return fmt.Errorf("store: checkpoint: a reader kept the log busy")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// removeBackupsIn deletes every copy in the backups folder dir (automatic
// ones, those kept before a restore, and unfinished temporary files), and
// reports how many copies it deleted. A missing folder has none.
func removeBackupsIn(dir string) (int, error) {
	names, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, backupUnwritable("read "+dir, err)
	}
	removed := 0
	var errs []error
	for _, e := range names {
		name := e.Name()
		if !isBackupFileName(name) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !absent(err) {
			errs = append(errs, err)
			continue
		}
		if strings.HasSuffix(name, backupExt) {
			removed++
		}
	}
	if err := errors.Join(errs...); err != nil {
		return removed, backupUnwritable("delete old backups in "+dir, err)
	}
	return removed, nil
}

// isBackupFileName reports whether name is one of ours in the backups
// folder: a copy, its -wal or -shm, or an unfinished temporary file.
func isBackupFileName(name string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(name, "-wal"), "-shm")
	if strings.HasPrefix(base, ".alongside-") && strings.HasSuffix(base, ".tmp") {
		return true
	}
	return strings.HasPrefix(base, autoPrefix) && strings.HasSuffix(base, backupExt)
}
