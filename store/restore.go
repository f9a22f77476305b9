package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/alongside-app/alongside/store/seal"
)

// A restore never changes the data until the backup has proved good. It
// copies the backup into the data folder under a temporary name and
// checks that copy: an Alongside file (application id), sound
// (integrity_check, foreign keys, the keyring), a schema no newer than
// this build's and exactly this build's at its version (no table,
// column, index, trigger or view more, less or different), and, when the
// backup is locked, that the secret given opens its key (unwrapping it in
// memory; nothing is written). A backup from an older version is then
// updated, still under the temporary name, and its schema compared again
// with this build's. Its key (the plain one, or the one the secret
// opened) must open at least one of its sealed values, when it holds any.
// Only then is the current data kept as a copy in the backups folder
// (the newest 3 such copies are kept; older ones are deleted once the
// restore is done), and the temporary file renamed over the database: one
// atomic step, after the old -wal, -shm and -journal are gone so that
// they cannot be replayed into the restored file. The folder's lock file
// is left alone: the caller holds it throughout.

// ErrBackupRefused marks a file that was not restored because it is not a
// good Alongside backup, or the secret given does not open it. It comes
// with the reason: ErrNoDatabase (no such file), ErrForeign (another
// program's file, or a schema not Alongside's), ErrDamaged (truncated or
// corrupt, or its key opens none of its private records), ErrTooNew,
// ErrUnfinished (changes left in a -wal beside it), ErrLocked (it has a
// passphrase and none was given), ErrWrongPassphrase or ErrBackupIsData
// (it is the data file itself).
// Nothing was changed.
var ErrBackupRefused = errors.New("store: the file was not restored")

// RestoreStep is a stage of a restore, reported as it begins.
type RestoreStep int

// The stages of a restore, in order.
const (
	RestoreCopying   RestoreStep = iota + 1 // copying the backup into the data folder
	RestoreChecking                         // checking the copy (and the secret)
	RestoreUpdating                         // updating a backup from an older version (only then)
	RestoreKeeping                          // keeping the current data in the backups folder
	RestoreReplacing                        // replacing the data, in one step
	RestoreReopening                        // opening the restored data (Store.Restore only)
)

// RestoreOptions are a restore's inputs besides the file.
type RestoreOptions struct {
	// Secret is the backup's passphrase or recovery code, needed when the
	// backup has a passphrase (see CheckBackup) and ignored otherwise.
	Secret string
	// Progress, when set, is called as each step begins, on the
	// restoring goroutine.
	Progress func(RestoreStep)
	// Now names the copy of the current data; zero means time.Now().
	Now time.Time
}

func (o RestoreOptions) step(s RestoreStep) {
	if o.Progress != nil {
		o.Progress(s)
	}
}

// BackupDetails is what CheckBackup found in a file.
type BackupDetails struct {
	SchemaVersion int  // the backup's schema version
	Locked        bool // it has a passphrase: restoring it needs that or its recovery code
}

// Older reports whether the backup is from an older version of
// Alongside; restoring it updates it.
func (d BackupDetails) Older() bool { return d.SchemaVersion < SchemaVersion() }

// RestoreResult is what a restore did.
type RestoreResult struct {
	BackupDetails
	// Kept is the copy of the data as it was before, in the backups
	// folder; empty when there was no data.
	Kept string
}

// CheckBackup checks, without writing anything anywhere, that the file
// at path is an Alongside backup this build can restore, as the restore
// checks it (an older one is updated in memory to be compared), and says
// whether it needs a secret. A file that is not is ErrBackupRefused with
// the reason (see there). The secret of a locked backup, and so whether
// its key opens its records, is checked by the restore.
func CheckBackup(ctx context.Context, path string) (BackupDetails, error) {
	d, k, err := checkBackup(ctx, path, nil)
	k.forget()
	return d, err
}

// LatestGoodBackup is the newest copy in dataDir's backups folder that
// CheckBackup accepts, for a data file that will not open. It is
// ErrNotFound when there is none.
func LatestGoodBackup(ctx context.Context, dataDir string) (BackupInfo, error) {
	list, err := ListBackups(BackupsDir(dataDir))
	if err != nil {
		return BackupInfo{}, err
	}
	for _, b := range list {
		if err := ctx.Err(); err != nil {
			return BackupInfo{}, err
		}
		if _, err := CheckBackup(ctx, b.Path); err == nil {
			return b, nil
		}
	}
	return BackupInfo{}, fmt.Errorf("store: no good backup in %s: %w", BackupsDir(dataDir), ErrNotFound)
}

// Restore replaces the store's data with the backup at src (see the
// package's notes above) and returns the store to use from then on. On
// success that is a new store on the restored data, unlocked, and s is
// closed; when the backup was refused (ErrBackupRefused) or could not be
// copied or kept (ErrUnwritable), it is s, still open, and the data
// folder is exactly as it was. Should the replacing itself fail, the data
// is reopened as it was; nil is returned only when nothing could be
// reopened. No other goroutine may use s meanwhile.
//
// The data as it was is kept in the backups folder, under a name no
// other copy has (two restores in the same second keep two copies); of
// these copies, the newest 3 are kept and older ones deleted.
func (s *Store) Restore(ctx context.Context, src string, opt RestoreOptions) (*Store, RestoreResult, error) {
	path := s.path
	st, res, err := stage(ctx, path, src, opt)
	if err != nil {
		return s, res, err
	}
	defer st.forget()
	opt.step(RestoreKeeping)
	if res.Kept, err = keepName(path, opt.Now); err == nil {
		if err = s.Backup(ctx, res.Kept); err != nil {
			os.Remove(res.Kept) // the name reserved, empty
			res.Kept = ""
		}
	}
	if err != nil {
		return s, res, keepFailed(err)
	}
	opt.step(RestoreReplacing)
	_ = s.Close() // it is closed whatever Close says
	if err := swapIn(path, st.path); err != nil {
		old, oerr := Open(ctx, path)
		if oerr != nil {
			return nil, res, errors.Join(err, oerr)
		}
		return old, res, err
	}
	_ = pruneKept(BackupsDir(filepath.Dir(path))) // best effort: the restore is done
	opt.step(RestoreReopening)
	ns, err := Open(ctx, path)
	if err != nil {
		return nil, res, err
	}
	switch st.kind {
	case kindPassphrase:
		err = ns.Unlock(ctx, opt.Secret)
	case kindRecovery:
		err = ns.UnlockWithRecovery(ctx, opt.Secret)
	}
	return ns, res, err
}

// RestoreFile is Restore for a database that is not open, such as one
// that failed to open as damaged, or a data folder with no database yet:
// it replaces the database at path with the backup at src, keeping the
// current data (even a damaged file, as its bytes) in the backups folder
// first, as Restore does (the newest 3 such copies are kept). The caller
// holds the data folder's lock, and opens the database afterwards.
func RestoreFile(ctx context.Context, path, src string, opt RestoreOptions) (RestoreResult, error) {
	st, res, err := stage(ctx, path, src, opt)
	if err != nil {
		return res, err
	}
	defer st.forget()
	opt.step(RestoreKeeping)
	if res.Kept, err = keepFile(ctx, path, opt.Now); err != nil {
		return res, keepFailed(err)
	}
	opt.step(RestoreReplacing)
	if err := swapIn(path, st.path); err != nil {
		return res, err
	}
	_ = pruneKept(BackupsDir(filepath.Dir(path))) // best effort: the restore is done
	return res, nil
}

// staged is a checked copy of a backup in the data folder.
type staged struct {
	path string
	secretKey
}

// forget removes the copy, unless it was renamed into place, and zeroes the key.
func (st *staged) forget() {
	removeDB(st.path)
	st.secretKey.forget()
}

// secretKey is the key a locked backup's secret opened, and which row of
// its keyring (kindPassphrase or kindRecovery) the secret opened; empty
// for a backup without a passphrase, or when no secret was given.
type secretKey struct {
	key  []byte
	kind string
}

// forget zeroes the key.
func (k *secretKey) forget() {
	seal.Zero(k.key)
	k.key = nil
}

// stage copies src beside the database at path, checks the copy and
// updates it when it is older. On failure nothing is left behind.
func stage(ctx context.Context, path, src string, opt RestoreOptions) (st *staged, res RestoreResult, err error) {
	if isDataFile(path, src) {
		return nil, res, refused(fmt.Errorf("store: restore %s: %w", src, ErrBackupIsData))
	}
	opt.step(RestoreCopying)
	if _, err := precheck(src); err != nil {
		return nil, res, refused(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, res, unwritable("create folder", err)
	}
	st = &staged{}
	if st.path, err = copyIn(ctx, src, filepath.Dir(path)); err != nil {
		return nil, res, err
	}
	defer func() {
		if err != nil {
			st.forget()
			st = nil
		}
	}()
	opt.step(RestoreChecking)
	secret := opt.Secret
	res.BackupDetails, st.secretKey, err = checkBackup(ctx, st.path, &secret)
	if err != nil {
		return st, res, err
	}
	if res.Older() {
		opt.step(RestoreUpdating)
		if err := update(ctx, st.path, st.key); err != nil {
			return st, res, err
		}
	}
	return st, res, nil
}

// refused marks err as a refusal of the file, unless it already is one.
func refused(err error) error {
	if errors.Is(err, ErrBackupRefused) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrBackupRefused, err)
}

// keepFailed is the error for a copy of the current data that could not
// be made: the data folder cannot be written.
func keepFailed(err error) error {
	if errors.Is(err, ErrBackupUnwritable) {
		return fmt.Errorf("store: keep the current data: %w: %v", ErrUnwritable, err)
	}
	return fmt.Errorf("store: keep the current data: %w", err)
}

// SQLite's header fields read by precheck (https://sqlite.org/fileformat2.html).
const (
	pageSizeOffset    = 16
	changeCountOffset = 24
	pageCountOffset   = 28
	validForOffset    = 92
)

// precheck refuses, from src's bytes alone, a file that is missing, not
// an SQLite database, truncated, newer, or has commits waiting in a -wal
// beside it.
func precheck(src string) (onDisk, error) {
	disk, err := readOnDisk(src)
	switch {
	case errors.Is(err, ErrDamaged):
		if head, _ := readHead(src); !bytes.HasPrefix(head, []byte(headerMagic[:6])) {
			return disk, fmt.Errorf("store: restore %s: %w", src, ErrForeign)
		}
		return disk, fmt.Errorf("store: restore %s: %w: the file is cut short", src, ErrDamaged)
	case err != nil:
		return disk, err
	case !disk.exists:
		return disk, fmt.Errorf("store: restore %s: %w", src, ErrNoDatabase)
	case disk.empty:
		return disk, fmt.Errorf("store: restore %s: %w: the file is empty", src, ErrDamaged)
	case disk.walCommits > 0:
		return disk, fmt.Errorf("store: restore %s: %w: %d commits in its -wal", src, ErrUnfinished, disk.walCommits)
	case disk.version > SchemaVersion():
		return disk, tooNew(disk.version)
	}
	return disk, checkLength(src)
}

func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, headerSize)
	n, err := io.ReadFull(f, head)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil
	}
	return head[:n], err
}

// checkLength refuses a file shorter than its header says, or not a
// whole number of pages: a copy cut short.
func checkLength(path string) error {
	head, err := readHead(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	size := int64(binary.BigEndian.Uint16(head[pageSizeOffset:]))
	if size == 1 {
		size = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[pageCountOffset:]))
	headerValid := binary.BigEndian.Uint32(head[changeCountOffset:]) == binary.BigEndian.Uint32(head[validForOffset:])
	switch {
	case size < 512 || size&(size-1) != 0:
		return fmt.Errorf("store: restore %s: %w: page size %d", path, ErrDamaged, size)
	case info.Size()%size != 0:
		return fmt.Errorf("store: restore %s: %w: %d bytes is not a whole number of pages", path, ErrDamaged, info.Size())
	case headerValid && pages > 0 && info.Size() < pages*size:
		return fmt.Errorf("store: restore %s: %w: %d bytes of %d", path, ErrDamaged, info.Size(), pages*size)
	}
	return nil
}

// copyIn copies src to a new 0600 file in dir, synced, and returns its name.
func copyIn(ctx context.Context, src, dir string) (tmp string, err error) {
	in, err := os.Open(src)
	if err != nil {
		return "", refused(fmt.Errorf("store: restore: %w", err))
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, ".alongside-restore-*.tmp")
	if err != nil {
		return "", unwritable("copy the backup into "+dir, err)
	}
	defer func() {
		if cerr := out.Close(); err == nil && cerr != nil {
			err = unwritable("copy the backup into "+dir, cerr)
		}
		if err != nil {
			os.Remove(out.Name())
		}
	}()
	if _, err := io.Copy(out, ctxReader{ctx, in}); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		if errors.Is(err, errRead) {
			return "", refused(fmt.Errorf("store: restore: %w", err))
		}
		return "", unwritable("copy the backup into "+dir, err)
	}
	if err := out.Sync(); err != nil {
		return "", unwritable("copy the backup into "+dir, err)
	}
	return out.Name(), nil
}

// errRead marks a failure reading the backup (not writing its copy).
var errRead = errors.New("read the backup")

// ctxReader stops a copy when ctx is done, and marks read errors.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%w: %w", errRead, err)
	}
	return n, err
}

// checkBackup checks the closed file at path, reading it as immutable (so
// nothing is written, not even a -shm), and, when it is older, a copy of
// it in memory updated as a restore would. With secret non-nil, a locked
// backup must open with it, as its passphrase or as its recovery code;
// the key it opens is returned (the caller forgets it). The key, opened
// or plain, must open the backup's sealed values.
func checkBackup(ctx context.Context, path string, secret *string) (d BackupDetails, k secretKey, err error) {
	if _, err := precheck(path); err != nil {
		return d, k, refused(err)
	}
	db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return d, k, fmt.Errorf("store: check %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := checkOurs(ctx, db); err != nil {
		return d, k, refused(classifyReadOnly(err))
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&d.SchemaVersion); err != nil {
		return d, k, refused(classifyReadOnly(err))
	}
	if d.SchemaVersion > SchemaVersion() {
		return d, k, refused(tooNew(d.SchemaVersion))
	}
	problems, err := checkDB(ctx, db)
	if err != nil {
		return d, k, refused(classifyReadOnly(err))
	}
	if len(problems) > 0 {
		return d, k, refused(fmt.Errorf("store: check %s: %w: %d problems, the first: %s", path, ErrDamaged, len(problems), problems[0]))
	}
	// Its own version's schema first, so that no migration runs over a
	// file of another shape (a trigger would fire); then, updated, ours.
	if err := sameSchema(ctx, db, d.SchemaVersion); err != nil {
		return d, k, refused(classifyReadOnly(err))
	}
	updated := db
	if d.Older() {
		if updated, err = migratedCopy(ctx, db); err != nil {
			return d, k, refused(classifyReadOnly(err))
		}
		defer updated.Close()
		if err := sameSchema(ctx, updated, SchemaVersion()); err != nil {
			return d, k, refused(classifyReadOnly(err))
		}
	}
	if d.Locked, k, err = backupKey(ctx, updated, secret); err != nil {
		return d, k, refused(classifyReadOnly(err))
	}
	if err := keyOpensSome(ctx, updated, k.key); err != nil {
		k.forget()
		return d, k, refused(classifyReadOnly(err))
	}
	return d, k, nil
}

// keyOpensSome refuses a database (a backup, updated) whose key opens
// none of its sealed values (see keyOpens): key when given, else its
// plain key. A locked one without key is not tried.
func keyOpensSome(ctx context.Context, db *sql.DB, key []byte) error {
	if key == nil {
		ring, err := readKeyring(ctx, db)
		if err != nil {
			return err
		}
		key = ring[kindPlain].Sealed
	}
	if key == nil {
		return nil
	}
	return keyOpens(ctx, db, key)
}

// backupKey says whether the keyring of db is locked and, with secret
// non-nil, unwraps its key with it. A keyring Open would refuse (see
// loadKeyring) is ErrDamaged.
func backupKey(ctx context.Context, db *sql.DB, secret *string) (locked bool, k secretKey, err error) {
	ring, err := readKeyring(ctx, db)
	if err != nil {
		return false, k, err
	}
	plain, hasPlain := ring[kindPlain]
	_, locked = ring[kindPassphrase]
	switch {
	case hasPlain && len(ring) > 1:
		return false, k, fmt.Errorf("store: %w: the keyring holds a plain key beside a passphrase", ErrDamaged)
	case hasPlain && len(plain.Sealed) != seal.KeySize:
		return false, k, fmt.Errorf("store: %w: the stored key has %d bytes", ErrDamaged, len(plain.Sealed))
	case !hasPlain && !locked && len(ring) > 0:
		return false, k, fmt.Errorf("store: %w: the keyring has no passphrase and no key", ErrDamaged)
	case !locked || secret == nil:
		return locked, k, nil
	}
	k, err = openKeyring(ring, *secret)
	return true, k, err
}

// openKeyring unwraps the key with secret as the passphrase, or else as
// the recovery code. Neither is ErrLocked for no secret, else
// ErrWrongPassphrase.
func openKeyring(ring map[string]seal.Wrapped, secret string) (secretKey, error) {
	if secret == "" {
		return secretKey{}, ErrLocked
	}
	try := func(kind string, s []byte) ([]byte, error) {
		defer seal.Zero(s)
		w, ok := ring[kind]
		if !ok || len(s) == 0 {
			return nil, nil
		}
		key, err := seal.Unwrap(s, w, keyringAD(kind))
		if errors.Is(err, seal.ErrOpen) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("store: %w: %w", ErrDamaged, err)
		}
		return key, nil
	}
	if key, err := try(kindPassphrase, normPassphrase(secret)); key != nil || err != nil {
		return secretKey{key, kindPassphrase}, err
	}
	if canon, isCode := seal.NormalizeRecoveryCode(secret); isCode {
		if key, err := try(kindRecovery, []byte(canon)); key != nil || err != nil {
			return secretKey{key, kindRecovery}, err
		}
	}
	return secretKey{}, ErrWrongPassphrase
}

// keyOpens refuses, as ErrDamaged, a key that opens none of db's sealed
// values when it holds any: a keyring put into a backup from elsewhere,
// or one whose records were sealed under another key. An empty value
// (a record already damaged) opens under no key and is not tried. It
// stops at the first value that opens.
func keyOpens(ctx context.Context, db *sql.DB, key []byte) error {
	box, err := seal.New(key)
	if err != nil {
		return fmt.Errorf("store: %w: the key has %d bytes", ErrDamaged, len(key))
	}
	o := &opener{box: box, legacy: true} // a backup may hold values sealed before binding
	tried := 0
	for _, t := range sealedTables {
		for _, c := range sealedColumns[t] {
			q := "SELECT id, " + c + ", " + boundExpr(t) + " FROM " + t + " WHERE length(" + c + ") > 0"
			ok, n, err := anyOpens(ctx, db, q, func(id any, raw, bound []byte) bool {
				plain, ok := o.openBytes(t, c, asInt(id), bound, raw)
				seal.Zero(plain)
				return ok
			})
			if ok || err != nil {
				return err
			}
			tried += n
		}
	}
	q := "SELECT key, value, '' FROM " + privateSettingsTable + " WHERE length(value) > 0"
	ok, n, err := anyOpens(ctx, db, q, func(k any, raw, _ []byte) bool {
		plain, err := box.Open(raw, privateAD(Setting(fmt.Sprint(k))))
		seal.Zero(plain)
		return err == nil
	})
	if ok || err != nil || tried+n == 0 {
		return err
	}
	return fmt.Errorf("store: %w: its key opens none of its %d private values", ErrDamaged, tried+n)
}

// anyOpens reads query's rows (a name, a sealed value, what it is bound
// to) and reports whether one opens, and how many it tried.
func anyOpens(ctx context.Context, db *sql.DB, query string, opens func(name any, raw, bound []byte) bool) (bool, int, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return false, 0, fmt.Errorf("store: read private values: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var name any
		var raw, bound []byte
		if err := rows.Scan(&name, &raw, &bound); err != nil {
			return false, n, fmt.Errorf("store: read private values: %w", err)
		}
		n++
		if opens(name, raw, bound) {
			return true, n, nil
		}
	}
	return false, n, rows.Err()
}

// asInt is a row id as read into an any.
func asInt(v any) int64 {
	n, _ := v.(int64)
	return n
}

// migratedCopy copies db into memory and migrates the copy as a restore
// updates a backup (see update), writing nothing to disk. The caller
// closes it.
func migratedCopy(ctx context.Context, db *sql.DB) (*sql.DB, error) {
	var pageSize int
	if err := db.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		return nil, fmt.Errorf("store: copy into memory: %w", err)
	}
	mem, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return nil, err
	}
	mem.SetMaxOpenConns(1) // one connection: one in-memory database
	if err := loadInto(ctx, mem, db, pageSize); err != nil {
		mem.Close()
		return nil, err
	}
	if err := (&Store{db: mem, path: ":memory:"}).migrate(ctx); err != nil {
		mem.Close()
		return nil, err
	}
	return mem, nil
}

// loadInto copies src, whose pages are pageSize bytes, into the empty
// in-memory database dst with the online backup API, and switches on
// foreign keys there, as Open does.
func loadInto(ctx context.Context, dst, src *sql.DB, pageSize int) error {
	dc, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dc.Close()
	// An in-memory copy must have the source's page size before it holds anything.
	if _, err := dc.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d", pageSize)); err != nil {
		return fmt.Errorf("store: copy into memory: %w", err)
	}
	sc, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sc.Close()
	err = dc.Raw(func(d any) error {
		return sc.Raw(func(s any) error {
			return backupStep(d.(*sqlite3.SQLiteConn), s.(*sqlite3.SQLiteConn))
		})
	})
	if err != nil {
		return fmt.Errorf("store: copy into memory: %w", err)
	}
	if _, err := dc.ExecContext(ctx, "PRAGMA foreign_keys = ON"); err != nil {
		return fmt.Errorf("store: copy into memory: %w", err)
	}
	return nil
}

// update migrates the staged copy at path to this build's schema,
// leaving it closed and whole (its -wal checkpointed and gone), and
// checks it again as checkBackup checked its copy in memory: this
// build's schema, and key (or its plain key) opening its sealed values.
func update(ctx context.Context, path string, key []byte) error {
	s, err := Open(ctx, path)
	if err != nil {
		return refused(err)
	}
	if err := s.Close(); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return fmt.Errorf("store: check %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := sameSchema(ctx, db, SchemaVersion()); err != nil {
		return refused(classifyReadOnly(err))
	}
	if err := keyOpensSome(ctx, db, key); err != nil {
		return refused(classifyReadOnly(err))
	}
	return nil
}

// keepName reserves a new name in the backups folder of the database at
// path for the data as it is before a restore, by creating it, empty: a
// name made from now, with "-2", "-3"... after the time when a copy of
// that second is there already (always after the last, so that the
// names' order is the copies'). Made with O_EXCL, it is never a name
// another copy has, even when two restores share a second.
func keepName(path string, now time.Time) (string, error) {
	return reserveName(BackupsDir(filepath.Dir(path)), keptPrefix, now, func(b BackupInfo) bool { return !b.Auto && !b.Manual })
}

// reserveName reserves a new name prefix+time in the backups folder dir
// (made 0700 when missing) by creating it, empty, with O_EXCL: "-2",
// "-3"... after the time when a copy of that second whose kind is ours
// is there already.
func reserveName(dir, prefix string, now time.Time, ours func(BackupInfo) bool) (string, error) {
	if now.IsZero() {
		now = time.Now()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", backupUnwritable("create "+dir, err)
	}
	list, err := ListBackups(dir)
	if err != nil {
		return "", err
	}
	second, seq := now.Local().Truncate(time.Second), 0
	for _, b := range list {
		if ours(b) && b.Time.Equal(second) {
			seq = max(seq, b.seq)
		}
	}
	base := filepath.Join(dir, prefix+now.Local().Format(nameTime))
	for tries := 0; ; tries++ {
		seq++
		name := base + backupExt
		if seq > 1 {
			name = fmt.Sprintf("%s-%d%s", base, seq, backupExt)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			return name, f.Close()
		}
		if !errors.Is(err, fs.ErrExist) || tries == maxKeepTries {
			return "", backupUnwritable("create "+name, err)
		}
	}
}

// maxKeepTries bounds the names keepName tries, should others keep
// taking them.
const maxKeepTries = 100

// keepFile keeps the database at path, which is not open, in its backups
// folder: a consistent copy when SQLite can read it, else its bytes as
// they are (its -wal too, beside the copy). It returns the copy's name,
// or "" when there is no database.
func keepFile(ctx context.Context, path string, now time.Time) (kept string, err error) {
	disk, err := readOnDisk(path)
	if err == nil && (!disk.exists || disk.empty) {
		return "", nil
	}
	if kept, err = keepName(path, now); err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			os.Remove(kept) // the name reserved, empty
			kept = ""
		}
	}()
	err = BackupFile(ctx, path, kept)
	if err == nil || errors.Is(err, ErrBackupUnwritable) {
		return kept, err
	}
	// Damaged, foreign or newer: keep the bytes.
	for _, suffix := range []string{"", "-wal"} {
		if suffix != "" && !fileExists(path+suffix) {
			continue
		}
		if err := copyFile(path+suffix, kept+suffix); err != nil {
			return kept, backupUnwritable("keep "+path+suffix, err)
		}
	}
	return kept, nil
}

// copyFile copies src to dst (0600) through a temporary file, synced.
func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.CreateTemp(filepath.Dir(dst), ".alongside-keep-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			out.Close()
			os.Remove(out.Name())
		}
	}()
	if _, err = io.Copy(out, in); err != nil {
		return err
	}
	if err = out.Sync(); err != nil {
		return err
	}
	if err = out.Close(); err != nil {
		return err
	}
	return os.Rename(out.Name(), dst)
}

// swapIn renames the staged file over the database at path, in one step,
// once the database's -wal, -shm and -journal are gone (whatever they
// held is in the copy kept first).
func swapIn(path, staged string) error {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(path + suffix); err != nil && !absent(err) {
			return unwritable("remove "+path+suffix, err)
		}
	}
	if err := os.Rename(staged, path); err != nil {
		return unwritable("replace "+path, err)
	}
	syncDir(filepath.Dir(path))
	return nil
}
