package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
)

// A backup is one SQLite file, a page-for-page copy of the database taken
// with SQLite's online backup API inside one read transaction: a
// consistent snapshot even while the app writes (in WAL mode writers do
// not wait for it). Sealed values are copied as they are, so a backup of
// a locked journal opens only with the same passphrase or recovery code.
// It is written under a temporary name in the destination's folder,
// created 0600, synced, and renamed over the destination only when
// complete; a failure leaves nothing behind.

// Errors a backup can end with, besides ErrDamaged (the database could
// not be read) and ErrNoDatabase (there is none to back up).
var (
	// ErrBackupUnwritable means the backup could not be written where it
	// was asked for: no permission, a read-only or missing drive or
	// folder, or a full disk (then ErrDiskFull too). The data is untouched.
	ErrBackupUnwritable = errors.New("store: the backup could not be written")
	// ErrDiskFull means there was no space left for the backup (or a
	// restore's copy). It comes wrapped with the error of the operation.
	ErrDiskFull = errors.New("store: the disk is full")
	// ErrBackupIsData means the destination is the data file itself (or
	// one of its companions); nothing was written.
	ErrBackupIsData = errors.New("store: a backup cannot replace the data file itself")
)

// backupPath, when set by a test, is told which way each backup copied:
// fast (snapshotCopy) or through the online backup API.
var backupPath func(fast bool)

// backupFault, when set by a test, is called just before the finished
// copy is renamed into place; an error it returns fails the backup there
// (as a full disk or a pulled drive would).
var backupFault func(tmp string) error

// Backup writes a consistent copy of the whole database (records,
// settings, progress, meetings, favourites: every table) to dest,
// replacing a file there. It works while the store is in use and while
// it is locked. A destination that cannot be written is
// ErrBackupUnwritable (with ErrDiskFull when the disk is full); the open
// database is never changed. A change of key (setting or changing the
// passphrase) waits for it, and it for one: a copy never holds values
// sealed under two keys, or a keyring that opens only some of them.
func (s *Store) Backup(ctx context.Context, dest string) error {
	s.gate.RLock()
	defer s.gate.RUnlock()
	return backupDB(ctx, s.db, s.path, dest)
}

// BackupFile is Backup for the database at path when it is not open in
// this process, as "alongside backup" runs beside the open app: SQLite's
// locks keep the copy consistent with whatever the app writes. It never
// creates, migrates or repairs the database; a missing one is
// ErrNoDatabase and another program's ErrForeign.
func BackupFile(ctx context.Context, path, dest string) error {
	disk, err := readOnDisk(path)
	switch {
	case err != nil:
		return err
	case !disk.exists:
		return fmt.Errorf("store: back up %s: %w", path, ErrNoDatabase)
	case disk.empty:
		return fmt.Errorf("store: back up %s: %w: the file is empty", path, ErrDamaged)
	}
	// mode=rw: never create it. A writer's connection may finish commits
	// left in the -wal, as any opening of the app would.
	q := url.Values{"mode": {"rw"}, "_busy_timeout": {fmt.Sprint(busyTimeoutMS)}}
	db, err := sql.Open("sqlite3", fileURI(path, q))
	if err != nil {
		return fmt.Errorf("store: back up %s: %w", path, err)
	}
	defer db.Close()
	if err := checkOurs(ctx, db); err != nil {
		return classify(err)
	}
	return backupDB(ctx, db, path, dest)
}

// backupDB copies src (the database at srcPath) to dest through a
// temporary file beside dest.
func backupDB(ctx context.Context, src *sql.DB, srcPath, dest string) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	if isDataFile(srcPath, dest) {
		return fmt.Errorf("store: back up to %s: %w", dest, ErrBackupIsData)
	}
	f, err := os.CreateTemp(filepath.Dir(dest), ".alongside-backup-*.tmp")
	if err != nil {
		return backupUnwritable("create a file beside "+dest, err)
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		if err != nil {
			removeDB(tmp)
		}
	}()
	fast, err := snapshotCopy(ctx, src, srcPath, tmp)
	if err != nil {
		return err
	}
	if backupPath != nil {
		backupPath(fast)
	}
	if !fast {
		if err := copyDB(ctx, src, tmp); err != nil {
			return err
		}
	}
	if backupFault != nil {
		if err := backupFault(tmp); err != nil {
			return backupUnwritable("write "+tmp, err)
		}
	}
	if err := syncFile(tmp); err != nil {
		return backupUnwritable("save "+tmp, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return backupUnwritable("rename "+tmp+" to "+dest, err)
	}
	syncDir(filepath.Dir(dest))
	return nil
}

// checkpointWaitMS bounds how long snapshotCopy's checkpoint waits for a
// writer or a reader to finish before the backup takes the slower way.
const checkpointWaitMS = 100

// snapshotCopy copies the database file byte for byte, as fast as cp,
// when that is a consistent snapshot, and reports whether it did. In WAL
// mode, a checkpoint first empties the write-ahead log; a read
// transaction that begins while the log is still empty reads the main
// file alone, and SQLite then lets no checkpoint write into the main file
// until that transaction ends (the reader holds WAL read lock 0; see
// walTryBeginRead and walCheckpoint in SQLite's wal.c), while writers go
// on appending to the log. In rollback-journal mode a read transaction
// keeps writers out of the file. When the log cannot be emptied at once
// (a writer or a long reader is busy) or is written to before the read
// begins, it copies nothing and reports false: the caller then uses the
// online backup API.
func snapshotCopy(ctx context.Context, src *sql.DB, srcPath, tmp string) (bool, error) {
	conn, err := src.Conn(ctx)
	if err != nil {
		return false, classify(fmt.Errorf("store: back up: %w", err))
	}
	defer conn.Close()
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return false, classify(fmt.Errorf("store: back up: %w", err))
	}
	wal := strings.EqualFold(mode, "wal")
	if wal && !emptyLog(ctx, conn) {
		return false, nil
	}
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return false, nil
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema").Scan(&n); err != nil {
		return false, classify(fmt.Errorf("store: back up: %w", err))
	}
	// The read has begun. A log still empty now was empty when it began
	// (a commit writes its frames to the file before it counts).
	if info, err := os.Stat(srcPath + "-wal"); wal && (err != nil || info.Size() != 0) {
		return false, nil
	}
	if err := copyBytes(srcPath, tmp); err != nil {
		return false, err
	}
	return true, nil
}

// emptyLog checkpoints the whole log into the database and truncates it,
// waiting at most checkpointWaitMS, and reports whether it did.
func emptyLog(ctx context.Context, conn *sql.Conn) bool {
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", checkpointWaitMS)); err != nil {
		return false
	}
	defer conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA busy_timeout = %d", busyTimeoutMS))
	var busy, logFrames, done int
	err := conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &done)
	return err == nil && busy == 0
}

// copyBytes copies the database file src over the empty file tmp, and
// marks the copy as a rollback-journal database (header bytes 18 and 19),
// so that it is one file complete in itself, as copyDB leaves its copies.
func copyBytes(src, tmp string) error {
	in, err := os.Open(src)
	if err != nil {
		return classify(fmt.Errorf("store: back up: %w", err))
	}
	defer in.Close()
	out, err := os.OpenFile(tmp, os.O_WRONLY, 0)
	if err != nil {
		return backupUnwritable("open "+tmp, err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		if errors.Is(err, syscall.ENOSPC) || cannotWrite(err) {
			return backupUnwritable("write "+tmp, err)
		}
		return fmt.Errorf("store: back up: %w", err)
	}
	const writeVersionOffset = readVersionOffset - 1 // 18, then 19: 1 for a rollback journal
	if _, err := out.WriteAt([]byte{1, 1}, writeVersionOffset); err != nil {
		out.Close()
		return backupUnwritable("write "+tmp, err)
	}
	if err := out.Close(); err != nil {
		return backupUnwritable("write "+tmp, err)
	}
	return nil
}

// copyDB copies src into the empty file at tmp with the online backup
// API, in one step (one read transaction: a consistent snapshot), and
// leaves tmp a rollback-journal database complete in itself.
func copyDB(ctx context.Context, src *sql.DB, tmp string) error {
	// No journal while copying: a failed copy is thrown away whole.
	dst, err := sql.Open("sqlite3", fileURI(tmp, url.Values{"_journal_mode": {"OFF"}, "_synchronous": {"OFF"}}))
	if err != nil {
		return fmt.Errorf("store: back up: %w", err)
	}
	defer dst.Close()
	dstConn, err := dst.Conn(ctx)
	if err != nil {
		return backupUnwritable("open "+tmp, err)
	}
	defer dstConn.Close()
	srcConn, err := src.Conn(ctx)
	if err != nil {
		return classify(fmt.Errorf("store: back up: %w", err))
	}
	defer srcConn.Close()
	err = dstConn.Raw(func(d any) error {
		return srcConn.Raw(func(s any) error {
			return backupStep(d.(*sqlite3.SQLiteConn), s.(*sqlite3.SQLiteConn))
		})
	})
	if err != nil {
		return classifyBackup(fmt.Errorf("store: back up: %w", err))
	}
	// The copied header says WAL, like the database's; make the copy one
	// self-contained file, as a backup should be.
	if _, err := dstConn.ExecContext(ctx, "PRAGMA journal_mode = DELETE"); err != nil {
		return classifyBackup(fmt.Errorf("store: back up: %w", err))
	}
	if err := dstConn.Close(); err != nil {
		return classifyBackup(fmt.Errorf("store: back up: %w", err))
	}
	if err := dst.Close(); err != nil {
		return classifyBackup(fmt.Errorf("store: back up: %w", err))
	}
	return nil
}

// backupStep copies every page in one step, retrying while the source is
// busy (a writer recovering the log, for a moment).
func backupStep(dst, src *sqlite3.SQLiteConn) error {
	for attempt := 0; ; attempt++ {
		b, err := dst.Backup("main", src, "main")
		if err != nil {
			return err
		}
		done, err := b.Step(-1)
		if ferr := b.Finish(); err == nil {
			err = ferr
		}
		if err == nil && done {
			return nil
		}
		var se sqlite3.Error
		if attempt < 50 && errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		if err == nil {
			err = errors.New("the backup stopped before the end")
		}
		return err
	}
}

// classifyBackup marks SQLite's errors while copying: a full disk, a
// destination that cannot be written, or a source that is damaged.
func classifyBackup(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code {
	case sqlite3.ErrFull:
		return fmt.Errorf("%w: %w: %w", ErrBackupUnwritable, ErrDiskFull, err)
	case sqlite3.ErrReadonly, sqlite3.ErrCantOpen, sqlite3.ErrIoErr, sqlite3.ErrPerm:
		return fmt.Errorf("%w: %w", ErrBackupUnwritable, err)
	}
	return classify(err)
}

// backupUnwritable wraps an error writing a backup (or a restore's copy)
// with ErrBackupUnwritable, and ErrDiskFull when there is no space.
func backupUnwritable(op string, err error) error {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, ErrDiskFull) {
		return fmt.Errorf("store: %s: %w: %w: %w", op, ErrBackupUnwritable, ErrDiskFull, err)
	}
	return fmt.Errorf("store: %s: %w: %w", op, ErrBackupUnwritable, err)
}

// isDataFile reports whether dest is the database at path or one of its
// companion files (so that a backup would destroy what it copies).
func isDataFile(path, dest string) bool {
	absPath, err1 := filepath.Abs(path)
	absDest, err2 := filepath.Abs(dest)
	if err1 != nil || err2 != nil {
		return true
	}
	for _, p := range []string{absPath, absPath + "-wal", absPath + "-shm", absPath + "-journal"} {
		if absDest == p {
			return true
		}
		a, errA := os.Stat(p)
		b, errB := os.Stat(absDest)
		if errA == nil && errB == nil && os.SameFile(a, b) {
			return true
		}
	}
	return false
}

// syncFile flushes path to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a folder's entries (a rename) to the disk, where the
// system allows it; a failure here loses nothing already written.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// removeDB removes a database file and its companions; missing ones are fine.
func removeDB(path string) {
	for _, p := range []string{path, path + "-journal", path + "-wal", path + "-shm"} {
		_ = os.Remove(p) // best effort: a leftover holds only what the database holds, sealed
	}
}
