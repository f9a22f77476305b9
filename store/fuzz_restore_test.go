package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// Fuzz targets for what reads a file before anything is written: the
// header and write-ahead log readers, and CheckBackup. As plain tests
// they run their seeds; `go test -fuzz FuzzName` explores from them.

// smallPages makes, at path, an Alongside database of 512-byte pages (so
// that seeds stay small), with an entry in it, and returns the open store.
func smallPages(t testing.TB, path string) *Store {
	t.Helper()
	mustTB(t, os.MkdirAll(filepath.Dir(path), 0o700))
	db, err := sql.Open("sqlite3", fileURI(path, nil))
	mustTB(t, err)
	_, err = db.Exec(fmt.Sprintf("PRAGMA page_size = 512; PRAGMA application_id = %d", ApplicationID)) // ours from its first page
	mustTB(t, err)
	mustTB(t, db.Close())
	s, err := Open(context.Background(), path)
	mustTB(t, err)
	_, err = s.AddEntry(context.Background(), Entry{Text: "a seed's words", Tags: []string{"seed"}})
	mustTB(t, err)
	return s
}

func mustTB(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func readFileTB(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	mustTB(t, err)
	return b
}

// walSeeds is a database of 512-byte pages checkpointed at user_version 3
// (main) and write-ahead logs written over it: commits, a torn frame,
// and frames left behind a restarted log.
func walSeeds(t testing.TB) (main []byte, logs [][]byte) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "live.db")
	db, err := sql.Open("sqlite3", fileURI(path, nil))
	mustTB(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	exec := func(stmts ...string) {
		for _, q := range stmts {
			_, err := db.Exec(q)
			mustTB(t, err)
		}
	}
	wal := func() []byte { return readFileTB(t, path+"-wal") }
	exec("PRAGMA page_size = 512", "PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0", "CREATE TABLE t(x)", "PRAGMA user_version = 3",
		"PRAGMA wal_checkpoint(TRUNCATE)")
	main = readFileTB(t, path)
	exec("INSERT INTO t VALUES (randomblob(700))", "PRAGMA user_version = 7")
	logs = append(logs, wal())
	exec("BEGIN", "INSERT INTO t VALUES (1)", "PRAGMA user_version = 8", "COMMIT", "PRAGMA user_version = 9")
	full := wal()
	logs = append(logs, full, full[:len(full)-100], append(bytes.Clone(full), make([]byte, 24+512)...))
	exec("PRAGMA wal_checkpoint(PASSIVE)", "PRAGMA user_version = 11") // the log restarts over older frames
	logs = append(logs, wal())
	return main, logs
}

// walHeader is a log header for pages of size, its checksum in order.
func walHeader(order binary.ByteOrder, size uint32) []byte {
	hdr := make([]byte, walHeaderSize)
	magic := uint32(walMagic)
	if order == binary.BigEndian {
		magic |= 1
	}
	binary.BigEndian.PutUint32(hdr, magic)
	binary.BigEndian.PutUint32(hdr[4:], walFormatVersion)
	binary.BigEndian.PutUint32(hdr[8:], size)
	copy(hdr[16:24], "saltsalt")
	w := &walLog{order: order}
	w.sum(hdr[:24])
	binary.BigEndian.PutUint32(hdr[24:], w.s0)
	binary.BigEndian.PutUint32(hdr[28:], w.s1)
	return hdr
}

func FuzzParseWALHeader(f *testing.F) {
	_, logs := walSeeds(f)
	f.Add(logs[0][:walHeaderSize])
	f.Add(walHeader(binary.BigEndian, 4096))
	f.Add(walHeader(binary.LittleEndian, 65536))
	f.Add(walHeader(binary.LittleEndian, 1000)) // not a power of two
	f.Add([]byte{})
	f.Add(logs[0][:20])
	f.Fuzz(func(t *testing.T, hdr []byte) {
		w, ok := parseWALHeader(hdr)
		if !ok {
			return
		}
		if len(hdr) < walHeaderSize || w.pageSize < 512 || w.pageSize > 65536 || w.pageSize&(w.pageSize-1) != 0 {
			t.Fatalf("accepted a header of %d bytes, page size %d", len(hdr), w.pageSize)
		}
		// Every byte of the header counts: changing any one refuses it.
		for i := range walHeaderSize {
			bad := bytes.Clone(hdr[:walHeaderSize])
			bad[i] ^= 2 // not the magic's low bit, which only chooses the checksum's byte order
			if _, ok := parseWALHeader(bad); ok {
				t.Fatalf("accepted the header with byte %d changed", i)
			}
		}
	})
}

func FuzzReadWAL(f *testing.F) {
	main, logs := walSeeds(f)
	for _, l := range logs {
		f.Add(l)
	}
	f.Add([]byte{})
	f.Add(logs[0][:walHeaderSize])
	f.Fuzz(func(t *testing.T, wal []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "x.db")
		mustTB(t, os.WriteFile(path, main, 0o600))
		mustTB(t, os.WriteFile(path+"-wal", wal, 0o600))
		version, commits, err := readWAL(path+"-wal", 3)
		switch {
		case err != nil:
			t.Fatal(err)
		case commits < 0 || commits > len(wal)/(walFrameHeaderSize+512):
			t.Fatalf("%d commits in %d bytes", commits, len(wal))
		case commits == 0 && version != 3:
			t.Fatalf("version %d with no commit", version)
		}
		// Less of the log never holds more commits.
		mustTB(t, os.WriteFile(path+"-wal", wal[:len(wal)/2], 0o600))
		if _, fewer, _ := readWAL(path+"-wal", 3); fewer > commits {
			t.Fatalf("half the log holds %d commits, the whole %d", fewer, commits)
		}
		// SQLite, when it reads the file at all, agrees.
		mustTB(t, os.WriteFile(path+"-wal", wal, 0o600))
		db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}}))
		mustTB(t, err)
		defer db.Close()
		var v int
		if err := db.QueryRow("PRAGMA user_version").Scan(&v); err == nil && v != version {
			t.Fatalf("SQLite reads version %d, readWAL %d (%d commits)", v, version, commits)
		}
	})
}

func FuzzReadOnDisk(f *testing.F) {
	main, logs := walSeeds(f)
	f.Add(main, logs[1])
	f.Add(main, []byte{})
	f.Add(main[:headerSize], logs[0])
	f.Add([]byte(headerMagic), []byte{})
	f.Add([]byte{}, logs[0])
	f.Add(bytes.Repeat([]byte("not a database "), 40), []byte{})
	f.Fuzz(func(t *testing.T, main, wal []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "x.db")
		mustTB(t, os.WriteFile(path, main, 0o600))
		if len(wal) > 0 {
			mustTB(t, os.WriteFile(path+"-wal", wal, 0o600))
		}
		d, err := readOnDisk(path)
		if entries, _ := os.ReadDir(dir); len(entries) != 1+min(len(wal), 1) {
			t.Fatalf("readOnDisk left %d files", len(entries))
		}
		if err != nil {
			if !errors.Is(err, ErrDamaged) || len(main) >= headerSize && string(main[:len(headerMagic)]) == headerMagic {
				t.Fatalf("readOnDisk = %v", err)
			}
			return
		}
		switch {
		case !d.exists || d.empty != (len(main) == 0):
			t.Fatalf("%d bytes read as %+v", len(main), d)
		case d.empty:
			return
		case d.walMode != (main[readVersionOffset] == 2):
			t.Fatalf("walMode %v with byte %d", d.walMode, main[readVersionOffset])
		case d.walCommits == 0 && d.version != int(int32(binary.BigEndian.Uint32(main[userVersionOffset:]))):
			t.Fatalf("version %d with no commit in the log, the header says %d", d.version, binary.BigEndian.Uint32(main[userVersionOffset:]))
		case d.walCommits < 0 || len(wal) == 0 && d.walCommits > 0:
			t.Fatalf("%d commits in a log of %d bytes", d.walCommits, len(wal))
		}
	})
}

func FuzzCheckBackup(f *testing.F) {
	ctx := context.Background()
	dir := f.TempDir()
	s := smallPages(f, filepath.Join(dir, "data", FileName))
	plain := filepath.Join(dir, "plain.db")
	mustTB(f, s.Backup(ctx, plain))
	_, err := s.SetPassphrase(ctx, "", "kettle river blue morning", nil)
	mustTB(f, err)
	locked := filepath.Join(dir, "locked.db")
	mustTB(f, s.Backup(ctx, locked))
	mustTB(f, s.Close())
	good := readFileTB(f, plain)
	f.Add(good)
	f.Add(readFileTB(f, locked))
	f.Add(good[:len(good)-512])
	f.Add(good[:headerSize])
	for _, version := range []int{2, 6} {
		older := filepath.Join(dir, "older.db")
		os.Remove(older)
		db, err := sql.Open("sqlite3", fileURI(older, nil))
		mustTB(f, err)
		_, err = db.Exec("PRAGMA page_size = 512")
		mustTB(f, err)
		ms, err := migrations()
		mustTB(f, err)
		for _, m := range ms[:version] {
			_, err := db.Exec(m.sql)
			mustTB(f, err)
		}
		_, err = db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version))
		mustTB(f, err)
		mustTB(f, db.Close())
		f.Add(readFileTB(f, older))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "backup.db")
		mustTB(t, os.WriteFile(path, data, 0o600))
		d, err := CheckBackup(ctx, path)
		if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
			t.Fatal("CheckBackup changed the file")
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Fatalf("CheckBackup left %d files", len(entries))
		}
		if err != nil {
			if !errors.Is(err, ErrBackupRefused) {
				t.Fatalf("CheckBackup = %v, not a refusal", err)
			}
			return
		}
		// Said good: it restores, and the restored data is sound.
		data2 := filepath.Join(t.TempDir(), FileName)
		_, err = RestoreFile(ctx, data2, path, RestoreOptions{})
		if d.Locked {
			if !errors.Is(err, ErrLocked) {
				t.Fatalf("RestoreFile(locked, no secret) = %v, want ErrLocked", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("CheckBackup said good (%+v), RestoreFile = %v", d, err)
		}
		r, err := Open(ctx, data2)
		if err != nil {
			t.Fatalf("CheckBackup said good (%+v), Open after the restore = %v", d, err)
		}
		defer r.Close()
		if res, err := r.Check(ctx); err != nil || !res.OK() || res.SchemaVersion != SchemaVersion() {
			t.Fatalf("CheckBackup said good (%+v), the restored data checks %+v, %v", d, res, err)
		}
		if _, err := r.Entries(ctx); err != nil {
			t.Fatalf("CheckBackup said good (%+v), reading entries = %v", d, err)
		}
	})
}
