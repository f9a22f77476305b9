package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// Every private word goes through this file: a record's string fields are
// sealed each as its own value, bound (by the associated data) to its
// table, column and row id, so that a value copied to another row or
// column does not open. A row gets its id before anything is sealed into
// it: it is inserted with empty values, then its sealed values are
// written, in the same transaction.

// maxText bounds one private value (a journal entry, a note): 1 MiB.
const maxText = 1 << 20

// field is one sealed column and the string it holds.
type field struct {
	col string
	val *string
}

// column is one plain column and its value.
type column struct {
	name string
	val  any
}

// appendAD appends the associated data for table.col of row id to buf, as
// values were sealed before their rows' plain columns were bound (legacy).
func appendAD(buf []byte, table, col string, id int64) []byte {
	buf = append(buf, table...)
	buf = append(buf, 0)
	buf = append(buf, col...)
	buf = append(buf, 0)
	return strconv.AppendInt(buf, id, 10)
}

// appendBoundAD appends the associated data for table.col of row id whose
// bound plain columns read bound (boundExpr): a value opens only in its
// own row, column and table, and only while the row's dates, mood,
// outcome, kind and such are as they were when it was sealed.
func appendBoundAD(buf []byte, table, col string, id int64, bound []byte) []byte {
	buf = appendAD(buf, table, col, id)
	buf = append(buf, "\x00bound\x00"...)
	return append(buf, bound...)
}

// boundColumns are the plain columns of each sealed table that its sealed
// values are bound to. A column a foreign key's action may change
// (weekly_steps.reward_id, set to NULL when its reward is deleted) is not.
var boundColumns = map[string][]string{
	"entries":        {"at", "mood", "updated"},
	"boundaries":     {"set_on", "active"},
	"boundary_tests": {"boundary_id", "tested_on", "outcome"},
	"conversations":  {"planned", "debriefed_at"},
	"relapse_plan":   {"naloxone_expires", "updated"},
	"relapse_events": {"at"},
	"drafts":         {"ref", "updated"},
	"my_meetings":    {"updated", "days", "start_min", "end_min", "attendance", "program"},
	"trigger_maps":   {"kind", "updated"},
	"rewards":        {"kind", "updated"},
	"weekly_steps":   {"week", "checked_in", "done", "checked_at"},
	"safety_plan":    {"updated"},
	"problem_sheets": {"updated"},
}

// boundExpr is the SQL expression that reads a row's bound plain columns
// as one text, the same for the writer and the reader (quote gives NULL,
// numbers and escaped strings unambiguously).
func boundExpr(table string) string {
	cols := boundColumns[table]
	if len(cols) == 0 {
		return "''"
	}
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = "quote(" + c + ")"
	}
	return strings.Join(parts, " || '|' || ")
}

// withBound adds table's bound expression as the last column of query, a
// SELECT over table written by the store.
func withBound(table, query string) string {
	i := strings.Index(query, "FROM "+table)
	if i < 0 {
		panic("store: withBound: no FROM " + table + " in " + query)
	}
	return query[:i] + ", " + boundExpr(table) + " " + query[i:]
}

// readBound reads the bound plain columns of row id of table.
func readBound(ctx context.Context, tx *sql.Tx, table string, id int64) ([]byte, error) {
	var bound []byte
	err := tx.QueryRowContext(ctx, "SELECT "+boundExpr(table)+" FROM "+table+" WHERE id = ?", id).Scan(&bound)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: %s %d: %w", table, id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: read %s %d: %w", table, id, err)
	}
	return bound, nil
}

// checkFields refuses values the store will not keep.
func checkFields(fields []field) error {
	for _, f := range fields {
		if len(*f.val) > maxText {
			return fmt.Errorf("store: %s is %d bytes, more than %d: %w", f.col, len(*f.val), maxText, ErrInvalid)
		}
	}
	return nil
}

// sealFields seals each field for row id of table, bound to its plain
// columns as bound reads them.
func sealFields(box *seal.Box, table string, id int64, bound []byte, fields []field) ([]any, error) {
	out := make([]any, len(fields))
	var ad []byte
	for i, f := range fields {
		ad = appendBoundAD(ad[:0], table, f.col, id, bound)
		v, err := box.Seal([]byte(*f.val), ad)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// opener opens the sealed values of many rows, reusing its buffer.
type opener struct {
	box    *seal.Box
	legacy bool // values sealed before binding may still be there (see upgradeSealing)
	ad     []byte
}

// open returns the value sealed in raw for table.col of row id with its
// bound plain columns, and false when it does not open (tampered, moved,
// a plain column changed, or under another key).
func (o *opener) open(table, col string, id int64, bound, raw []byte) (string, bool) {
	plain, ok := o.openBytes(table, col, id, bound, raw)
	return string(plain), ok
}

func (o *opener) openBytes(table, col string, id int64, bound, raw []byte) ([]byte, bool) {
	o.ad = appendBoundAD(o.ad[:0], table, col, id, bound)
	plain, err := o.box.Open(raw, o.ad)
	if err != nil && o.legacy {
		o.ad = appendAD(o.ad[:0], table, col, id)
		plain, err = o.box.Open(raw, o.ad)
	}
	if err != nil {
		return nil, false
	}
	return plain, true
}

// addedColumns are the sealed columns a later migration added to a table
// that may already hold rows: a row written before has NULL there, which
// means nothing was ever written, and reads as empty, not as damaged. The
// store itself never writes NULL (insertSealed writes every sealed column,
// re-keying seals an empty value in place of NULL), and an empty value
// (one re-keying could not open) stays damaged as in any sealed column.
var addedColumns = map[string][]string{
	"boundaries": {"situation"}, // 0009_boundary_situation.sql
}

// unwritten reports whether raw, as read from table.col, is the NULL of
// a row written before the column was added. The driver reads NULL as a
// nil slice and an empty value as an empty, non-nil one.
func unwritten(table, col string, raw []byte) bool {
	return raw == nil && slices.Contains(addedColumns[table], col)
}

// openFields opens raw[i] into fields[i]; a value that does not open
// leaves its field empty. It reports whether any failed. A NULL in an
// added column (unwritten) is empty and not a failure.
func (o *opener) openFields(table string, id int64, bound []byte, fields []field, raw []sql.RawBytes) (damaged bool) {
	for i, f := range fields {
		if unwritten(table, f.col, raw[i]) {
			*f.val = ""
			continue
		}
		v, ok := o.open(table, f.col, id, bound, raw[i])
		*f.val = v
		damaged = damaged || !ok
	}
	return damaged
}

// rawDests returns n scan destinations for sealed values, and the values.
func rawDests(n int) ([]any, []sql.RawBytes) {
	raw := make([]sql.RawBytes, n)
	dests := make([]any, n)
	for i := range raw {
		dests[i] = &raw[i]
	}
	return dests, raw
}

func fieldNames(fields []field) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.col
	}
	return out
}

// sealedRow is one row of a query whose columns are plain ones (the
// first the row's id) and then sealed ones.
type sealedRow struct {
	rows  *sql.Rows
	table string
	o     *opener
	ncols int // how many columns the query returns
	raw   []sql.RawBytes
	bound sql.RawBytes // the row's bound plain columns (withBound's last column)
	id    int64
}

// scan reads the plain columns into plain, the first of which must be an
// *int64 for the id, and keeps the sealed ones for open.
func (r *sealedRow) scan(plain ...any) error {
	dests, raw := rawDests(r.ncols - len(plain) - 1)
	if err := r.rows.Scan(append(append(plain, dests...), &r.bound)...); err != nil {
		return fmt.Errorf("store: read %s: %w", r.table, err)
	}
	r.raw, r.id = raw, *plain[0].(*int64)
	return nil
}

// open opens the sealed columns into fields, bound to the row's table and
// id, and reports whether any failed (those are left empty).
func (r *sealedRow) open(fields []field) (damaged bool) {
	return r.o.openFields(r.table, r.id, r.bound, fields, r.raw)
}

// readSealed runs query on table and calls each for every row. It is
// ErrLocked while the records are locked.
func (s *Store) readSealed(ctx context.Context, table, query string, args []any, each func(*sealedRow) error) error {
	box, done, err := s.sealer()
	if err != nil {
		return err
	}
	defer done()
	rows, err := s.db.QueryContext(ctx, withBound(table, query), args...)
	if err != nil {
		return classify(fmt.Errorf("store: read %s: %w", table, err))
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("store: read %s: %w", table, err)
	}
	r := &sealedRow{rows: rows, table: table, o: s.openerPtr(box), ncols: len(cols)}
	for rows.Next() {
		if err := each(r); err != nil {
			return classify(err)
		}
	}
	if err := rows.Err(); err != nil {
		return classify(fmt.Errorf("store: read %s: %w", table, err))
	}
	return nil
}

// insertSealed adds a row to table with the plain columns, then seals the
// fields for its new id. Table and column names are the store's own.
func insertSealed(ctx context.Context, tx *sql.Tx, box *seal.Box, table string, plain []column, fields []field) (int64, error) {
	if err := checkFields(fields); err != nil {
		return 0, err
	}
	names := make([]string, 0, len(plain)+len(fields))
	marks := make([]string, 0, cap(names))
	args := make([]any, 0, len(plain))
	for _, c := range plain {
		names, marks, args = append(names, c.name), append(marks, "?"), append(args, c.val)
	}
	for _, f := range fields {
		names, marks = append(names, f.col), append(marks, "X''")
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO "+table+" ("+strings.Join(names, ", ")+") VALUES ("+strings.Join(marks, ", ")+")", args...)
	if err != nil {
		return 0, fmt.Errorf("store: add to %s: %w", table, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: add to %s: %w", table, err)
	}
	return id, updateSealed(ctx, tx, box, table, id, nil, fields)
}

// updateSealed sets the plain columns and seals the fields of row id,
// bound to its plain columns as they are then; a missing row is
// ErrNotFound. fields must be all of the table's sealed columns: a value
// left out would stay bound to the old plain columns.
func updateSealed(ctx context.Context, tx *sql.Tx, box *seal.Box, table string, id int64, plain []column, fields []field) error {
	if err := checkFields(fields); err != nil {
		return err
	}
	if !slices.Equal(fieldNames(fields), sealedColumns[table]) {
		return fmt.Errorf("store: %s: sealed %v, not every sealed column %v", table, fieldNames(fields), sealedColumns[table])
	}
	if len(plain) > 0 {
		sets := make([]string, 0, len(plain))
		args := make([]any, 0, len(plain)+1)
		for _, c := range plain {
			sets, args = append(sets, c.name+" = ?"), append(args, c.val)
		}
		res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(sets, ", ")+" WHERE id = ?", append(args, id)...)
		if err != nil {
			return fmt.Errorf("store: save %s %d: %w", table, id, err)
		}
		if err := mustHaveChanged(res, table, id); err != nil {
			return err
		}
	}
	bound, err := readBound(ctx, tx, table, id)
	if err != nil {
		return err
	}
	sealed, err := sealFields(box, table, id, bound, fields)
	if err != nil {
		return err
	}
	sets := make([]string, 0, len(fields))
	for _, f := range fields {
		sets = append(sets, f.col+" = ?")
	}
	res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(sets, ", ")+" WHERE id = ?", append(sealed, id)...)
	if err != nil {
		return fmt.Errorf("store: save %s %d: %w", table, id, err)
	}
	return mustHaveChanged(res, table, id)
}

// deleteRow deletes row id of table; a missing row is ErrNotFound.
func deleteRow(ctx context.Context, tx *sql.Tx, table string, id int64) error {
	res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", table, id, err)
	}
	return mustHaveChanged(res, table, id)
}

func mustHaveChanged(res sql.Result, table string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s %d: %w", table, id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s %d: %w", table, id, ErrNotFound)
	}
	return nil
}

// privateTx runs fn in a transaction with the sealing box, or returns
// ErrLocked.
func (s *Store) privateTx(ctx context.Context, fn func(tx *sql.Tx, box *seal.Box) error) error {
	box, done, err := s.sealer()
	if err != nil {
		return err
	}
	defer done()
	return s.inTx(ctx, func(tx *sql.Tx) error { return fn(tx, box) })
}

// Times are kept as Unix nanoseconds, which reach from 1678 to 2262.
var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
)

// moment is t as stored, or ErrInvalid when it cannot be.
func moment(t time.Time, what string) (int64, error) {
	if t.Before(minTime) || t.After(maxTime) {
		return 0, fmt.Errorf("store: %s %v is out of range: %w", what, t, ErrInvalid)
	}
	return t.UnixNano(), nil
}

// momentOrNow is moment, with the zero time meaning now.
func momentOrNow(t time.Time, what string) (int64, error) {
	if t.IsZero() {
		return time.Now().UnixNano(), nil
	}
	return moment(t, what)
}

// fromMoment is a stored moment as a local time.
func fromMoment(n int64) time.Time { return time.Unix(0, n) }

// fromNullMoment is a stored moment, or the zero time for NULL.
func fromNullMoment(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return fromMoment(n.Int64)
}

// nullMoment stores t, with the zero time as NULL.
func nullMoment(t time.Time, what string) (any, error) {
	if t.IsZero() {
		return nil, nil
	}
	return moment(t, what)
}

const dateLayout = "2006-01-02"

// day stores the calendar day of t, read in t's own location: a date is
// the day the person meant, whatever the time zone.
func day(t time.Time, what string) (string, error) {
	if y := t.Year(); y < 1 || y > 9999 {
		return "", fmt.Errorf("store: %s %v is out of range: %w", what, t, ErrInvalid)
	}
	return t.Format(dateLayout), nil
}

// dayOrToday is day, with the zero time meaning today.
func dayOrToday(t time.Time, what string) (string, error) {
	if t.IsZero() {
		t = time.Now()
	}
	return day(t, what)
}

// nullDay is day, with the zero time stored as NULL.
func nullDay(t time.Time, what string) (any, error) {
	if t.IsZero() {
		return nil, nil
	}
	return day(t, what)
}

// fromDate is a stored day at local midnight (the zero time for NULL or a
// day that does not parse).
func fromDate(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, err := time.ParseInLocation(dateLayout, s.String, time.Local)
	if err != nil {
		return time.Time{}
	}
	return t
}
