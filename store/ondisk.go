package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// The files are read here by their documented format
// (https://sqlite.org/fileformat2.html) rather than through SQLite, so
// that a database can be judged (newer, damaged, with commits waiting in
// its write-ahead log) before anything is written: even a read-only SQLite
// connection creates or rewrites the -shm file of a WAL database, and
// creates an empty -wal when there is none.

const (
	headerMagic       = "SQLite format 3\x00"
	headerSize        = 100
	readVersionOffset = 19 // 1: rollback journal, 2: write-ahead log
	userVersionOffset = 60 // big-endian user_version in page 1

	walHeaderSize      = 32
	walFrameHeaderSize = 24
	walMagic           = 0x377f0682 // low bit: checksums are big-endian
	walFormatVersion   = 3007000
)

// onDisk is what a database's files say, read without writing anything.
type onDisk struct {
	exists     bool // the main file exists
	empty      bool // ...and has zero bytes
	walMode    bool // the header says the database uses a write-ahead log
	version    int  // user_version as of the last commit, the -wal's included
	walCommits int  // commits in the -wal not yet copied into the main file
	shm        bool // the -shm file exists
	journal    bool // a non-empty rollback journal is there (a transaction was cut short)
}

// readOnDisk reads path's header and its -wal. A main file that is not an
// SQLite database is ErrDamaged; a missing one is not an error.
func readOnDisk(path string) (onDisk, error) {
	var d onDisk
	f, err := os.Open(path)
	if absent(err) {
		return d, nil
	}
	if err != nil {
		return d, fmt.Errorf("store: read %s: %w", path, err)
	}
	defer f.Close()
	d.exists = true
	head := make([]byte, headerSize)
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		d.empty = true
		return d, nil
	case errors.Is(err, io.ErrUnexpectedEOF) || err == nil && string(head[:len(headerMagic)]) != headerMagic:
		return d, fmt.Errorf("store: %s: %w: not an SQLite database", path, ErrDamaged)
	case err != nil:
		return d, fmt.Errorf("store: read %s: %w", path, err)
	}
	d.walMode = head[readVersionOffset] == 2
	d.version = int(int32(binary.BigEndian.Uint32(head[userVersionOffset:])))
	if d.version, d.walCommits, err = readWAL(path+"-wal", d.version); err != nil {
		return d, err
	}
	d.shm = fileExists(path + "-shm")
	if info, err := os.Stat(path + "-journal"); err == nil && info.Size() > 0 {
		d.journal = true
	}
	return d, nil
}

// absent reports whether err says a file is not there (its folder may be
// missing, or be a file).
func absent(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readWAL replays a write-ahead log the way SQLite recovers one: frames
// count up to the first whose salts or running checksum do not match, and
// only up to the last commit among them. It returns the user_version as of
// that commit (version when page 1 is not in the log) and how many commits
// the log holds. A missing, short or foreign log holds none.
func readWAL(path string, version int) (int, int, error) {
	f, err := os.Open(path)
	if absent(err) {
		return version, 0, nil
	}
	if err != nil {
		return version, 0, fmt.Errorf("store: read %s: %w", path, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	hdr := make([]byte, walHeaderSize)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return version, 0, nil // shorter than a header: SQLite ignores it
	}
	w, ok := parseWALHeader(hdr)
	if !ok {
		return version, 0, nil
	}
	frame := make([]byte, walFrameHeaderSize+w.pageSize)
	latest, commits := version, 0
	for {
		if _, err := io.ReadFull(r, frame); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return version, commits, nil
			}
			return version, commits, fmt.Errorf("store: read %s: %w", path, err)
		}
		page, commit, ok := w.frame(frame)
		if !ok {
			return version, commits, nil
		}
		if page == 1 {
			data := frame[walFrameHeaderSize:]
			latest = int(int32(binary.BigEndian.Uint32(data[userVersionOffset:])))
		}
		if commit {
			version, commits = latest, commits+1
		}
	}
}

// walLog is a write-ahead log's header and running checksum.
type walLog struct {
	order    binary.ByteOrder // of the checksum's words
	pageSize int
	salts    [8]byte
	s0, s1   uint32
}

// parseWALHeader reads a log's header, and false when it is not one
// SQLite would read: short, foreign, or failing its checksum.
func parseWALHeader(hdr []byte) (*walLog, bool) {
	if len(hdr) < walHeaderSize {
		return nil, false
	}
	magic := binary.BigEndian.Uint32(hdr)
	size := int(binary.BigEndian.Uint32(hdr[8:]))
	if magic&^1 != walMagic || size < 512 || size > 65536 || size&(size-1) != 0 ||
		binary.BigEndian.Uint32(hdr[4:]) != walFormatVersion {
		return nil, false
	}
	w := &walLog{order: binary.LittleEndian, pageSize: size}
	if magic&1 == 1 {
		w.order = binary.BigEndian
	}
	copy(w.salts[:], hdr[16:24])
	w.sum(hdr[:24])
	if w.s0 != binary.BigEndian.Uint32(hdr[24:]) || w.s1 != binary.BigEndian.Uint32(hdr[28:]) {
		return nil, false
	}
	return w, true
}

// frame checks one frame (header and page) against the log and returns
// its page number and whether it ends a commit.
func (w *walLog) frame(b []byte) (page uint32, commit, ok bool) {
	page = binary.BigEndian.Uint32(b)
	if page == 0 || string(b[8:16]) != string(w.salts[:]) {
		return 0, false, false
	}
	w.sum(b[:8])
	w.sum(b[walFrameHeaderSize:])
	if w.s0 != binary.BigEndian.Uint32(b[16:]) || w.s1 != binary.BigEndian.Uint32(b[20:]) {
		return 0, false, false
	}
	return page, binary.BigEndian.Uint32(b[4:]) != 0, true
}

// sum adds b (a multiple of 8 bytes) to the running checksum.
func (w *walLog) sum(b []byte) {
	for i := 0; i+8 <= len(b); i += 8 {
		w.s0 += w.order.Uint32(b[i:]) + w.s1
		w.s1 += w.order.Uint32(b[i+4:]) + w.s0
	}
}
