package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// A restore never changes the data until the backup has proved good. It
// copies the backup into the data folder under a temporary name and
// checks that copy: an Alongside file (application id), sound
// (integrity_check, foreign keys, the keyring), a schema no newer than
// this build's, and, when the backup is locked, that the secret given
// opens its key (unwrapping it in memory; nothing is written). A backup
// from an older version is then updated, still under the temporary name.
// Only then is the current data kept as a copy in the backups folder, and
// the temporary file renamed over the database: one atomic step, after
// the old -wal, -shm and -journal are gone so that they cannot be
// replayed into the restored file. The folder's lock file is left alone:
// the caller holds it throughout.

// ErrBackupRefused marks a file that was not restored because it is not a
// good Alongside backup, or the secret given does not open it. It comes
// with the reason: ErrNoDatabase (no such file), ErrForeign, ErrDamaged
// (truncated or corrupt), ErrTooNew, ErrUnfinished (changes left in a
// -wal beside it), ErrLocked (it has a passphrase and none was given),
// ErrWrongPassphrase or ErrBackupIsData (it is the data file itself).
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
// at path is an Alongside backup this build can restore, and says
// whether it needs a secret. A file that is not is ErrBackupRefused with
// the reason (see there). The secret itself is checked by the restore.
func CheckBackup(ctx context.Context, path string) (BackupDetails, error) {
	d, _, err := checkBackup(ctx, path, nil)
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
func (s *Store) Restore(ctx context.Context, src string, opt RestoreOptions) (*Store, RestoreResult, error) {
	path := s.path
	st, res, err := stage(ctx, path, src, opt)
	if err != nil {
		return s, res, err
	}
	defer removeDB(st.path) // gone once renamed; left only on failure
	opt.step(RestoreKeeping)
	if res.Kept, err = keepName(path, opt.Now); err == nil {
		err = s.Backup(ctx, res.Kept)
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
	opt.step(RestoreReopening)
	ns, err := Open(ctx, path)
	if err != nil {
		return nil, res, err
	}
	if st.kind != "" {
		if err := ns.unlockWith(ctx, st.kind, st.secret(opt.Secret)); err != nil {
			return ns, res, err
		}
	}
	return ns, res, nil
}

// RestoreFile is Restore for a database that is not open, such as one
// that failed to open as damaged, or a data folder with no database yet:
// it replaces the database at path with the backup at src, keeping the
// current data (even a damaged file, as its bytes) in the backups folder
// first. The caller holds the data folder's lock, and opens the database
// afterwards.
func RestoreFile(ctx context.Context, path, src string, opt RestoreOptions) (RestoreResult, error) {
	st, res, err := stage(ctx, path, src, opt)
	if err != nil {
		return res, err
	}
	defer removeDB(st.path)
	opt.step(RestoreKeeping)
	if res.Kept, err = keepFile(ctx, path, opt.Now); err != nil {
		return res, keepFailed(err)
	}
	opt.step(RestoreReplacing)
	return res, swapIn(path, st.path)
}

// staged is a checked copy of a backup in the data folder.
type staged struct {
	path string
	kind string // the keyring row the secret opened; "" when not locked
}

// secret is the secret in the form the keyring row st.kind takes.
func (st staged) secret(s string) []byte {
	if st.kind == kindRecovery {
		canon, _ := seal.NormalizeRecoveryCode(s)
		return []byte(canon)
	}
	return normPassphrase(s)
}

// stage copies src beside the database at path, checks the copy and
// updates it when it is older. On failure nothing is left behind.
func stage(ctx context.Context, path, src string, opt RestoreOptions) (st staged, res RestoreResult, err error) {
	if isDataFile(path, src) {
		return st, res, refused(fmt.Errorf("store: restore %s: %w", src, ErrBackupIsData))
	}
	opt.step(RestoreCopying)
	if _, err := precheck(src); err != nil {
		return st, res, refused(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return st, res, unwritable("create folder", err)
	}
	if st.path, err = copyIn(ctx, src, filepath.Dir(path)); err != nil {
		return st, res, err
	}
	defer func() {
		if err != nil {
			removeDB(st.path)
		}
	}()
	opt.step(RestoreChecking)
	secret := opt.Secret
	res.BackupDetails, st.kind, err = checkBackup(ctx, st.path, &secret)
	if err != nil {
		return st, res, err
	}
	if res.Older() {
		opt.step(RestoreUpdating)
		if err := update(ctx, st.path); err != nil {
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
// nothing is written, not even a -shm). With secret non-nil, a locked
// backup must open with it: as its passphrase, or as its recovery code;
// kind says which.
func checkBackup(ctx context.Context, path string, secret *string) (d BackupDetails, kind string, err error) {
	if _, err := precheck(path); err != nil {
		return d, "", refused(err)
	}
	db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return d, "", fmt.Errorf("store: check %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := checkOurs(ctx, db); err != nil {
		return d, "", refused(classifyReadOnly(err))
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&d.SchemaVersion); err != nil {
		return d, "", refused(classifyReadOnly(err))
	}
	if d.SchemaVersion > SchemaVersion() {
		return d, "", refused(tooNew(d.SchemaVersion))
	}
	problems, err := checkDB(ctx, db)
	if err != nil {
		return d, "", refused(classifyReadOnly(err))
	}
	if len(problems) > 0 {
		return d, "", refused(fmt.Errorf("store: check %s: %w: %d problems, the first: %s", path, ErrDamaged, len(problems), problems[0]))
	}
	ring, err := backupKeyring(ctx, db)
	if err != nil {
		return d, "", refused(classifyReadOnly(err))
	}
	_, d.Locked = ring[kindPassphrase]
	if !d.Locked || secret == nil {
		return d, "", nil
	}
	kind, err = openKeyring(ring, *secret)
	if err != nil {
		return d, "", refused(err)
	}
	return d, kind, nil
}

// backupKeyring reads the keyring of a backup, none when its schema is
// older than the keyring.
func backupKeyring(ctx context.Context, db *sql.DB) (map[string]seal.Wrapped, error) {
	var n int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'keyring'").Scan(&n); err != nil || n == 0 {
		return nil, err
	}
	return readKeyring(ctx, db)
}

// openKeyring tries secret as the passphrase, then as the recovery code,
// and says which opened the key; the key itself is unwrapped in memory
// and zeroed. Neither is ErrLocked for no secret, else ErrWrongPassphrase.
func openKeyring(ring map[string]seal.Wrapped, secret string) (string, error) {
	if secret == "" {
		return "", ErrLocked
	}
	try := func(kind string, s []byte) (bool, error) {
		defer seal.Zero(s)
		w, ok := ring[kind]
		if !ok || len(s) == 0 {
			return false, nil
		}
		key, err := seal.Unwrap(s, w, keyringAD(kind))
		if errors.Is(err, seal.ErrOpen) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("store: %w: %w", ErrDamaged, err)
		}
		seal.Zero(key)
		return true, nil
	}
	if ok, err := try(kindPassphrase, normPassphrase(secret)); ok || err != nil {
		return kindPassphrase, err
	}
	if canon, isCode := seal.NormalizeRecoveryCode(secret); isCode {
		if ok, err := try(kindRecovery, []byte(canon)); ok || err != nil {
			return kindRecovery, err
		}
	}
	return "", ErrWrongPassphrase
}

// update migrates the staged copy at path to this build's schema,
// leaving it closed and whole (its -wal checkpointed and gone).
func update(ctx context.Context, path string) error {
	s, err := Open(ctx, path)
	if err != nil {
		return refused(err)
	}
	return s.Close()
}

// keepName is a free name in the backups folder of the database at path
// for the data as it is before a restore.
func keepName(path string, now time.Time) (string, error) {
	if now.IsZero() {
		now = time.Now()
	}
	dir := BackupsDir(filepath.Dir(path))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", backupUnwritable("create "+dir, err)
	}
	base := filepath.Join(dir, keptPrefix+now.Local().Format(nameTime))
	name := base + backupExt
	for i := 2; fileExists(name); i++ {
		name = fmt.Sprintf("%s-%d%s", base, i, backupExt)
	}
	return name, nil
}

// keepFile keeps the database at path, which is not open, in its backups
// folder: a consistent copy when SQLite can read it, else its bytes as
// they are (its -wal too, beside the copy). It returns the copy's name,
// or "" when there is no database.
func keepFile(ctx context.Context, path string, now time.Time) (string, error) {
	disk, err := readOnDisk(path)
	if err == nil && (!disk.exists || disk.empty) {
		return "", nil
	}
	kept, err := keepName(path, now)
	if err != nil {
		return "", err
	}
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
			return "", backupUnwritable("keep "+path+suffix, err)
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
