package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// testPasses remembers the passphrase each test store was last given, so
// that setPass can change it as a person would: giving the current one.
var testPasses sync.Map // *Store -> string

// setPass sets or changes s's passphrase and returns the recovery code.
func setPass(ctx context.Context, s *Store, pass string) (string, error) {
	change, err := s.SetPassphrase(ctx, currentPass(s), pass, nil)
	if err == nil {
		testPasses.Store(s, pass)
	}
	return change.RecoveryCode, err
}

// currentPass is the passphrase setPass last gave s ("" for none).
func currentPass(s *Store) string {
	p, _ := testPasses.Load(s)
	str, _ := p.(string)
	return str
}

// sealedValues reads every sealed value in the file, as stored.
func sealedValues(t *testing.T, s *Store) [][]byte {
	t.Helper()
	var out [][]byte
	for _, table := range sealedTables {
		for _, col := range sealedColumns[table] {
			rows, err := s.db.Query("SELECT " + col + " FROM " + table)
			must(t, err)
			for rows.Next() {
				var v []byte
				must(t, rows.Scan(&v))
				if len(v) > 0 {
					out = append(out, v)
				}
			}
			rows.Close()
		}
	}
	rows, err := s.db.Query("SELECT value FROM private_settings")
	must(t, err)
	for rows.Next() {
		var v []byte
		must(t, rows.Scan(&v))
		out = append(out, v)
	}
	rows.Close()
	return out
}

// folderHolds reports which of needles appear in any file under dir.
func folderHolds(t *testing.T, dir string, needles map[string][]byte) []string {
	t.Helper()
	var found []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for name, n := range needles {
			if bytes.Contains(b, n) {
				found = append(found, name+" in "+filepath.Base(path))
			}
		}
		return nil
	})
	must(t, err)
	return found
}

// TestLockLeavesNothingOldInTheDataFolder is the reviewer's check: records
// written before the lock, a daily backup and a copy kept before a
// restore; once the lock is set, neither the old key's bytes nor any old
// sealed value is anywhere in the data folder, and everything opens with
// the new passphrase.
func TestLockLeavesNothingOldInTheDataFolder(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	x := newEverything("marker")
	x.save(t, s)
	must(t, s.SetFavourite(ctx, "al-anon-tuesday-hall", true))
	must(t, s.SetPrivate(ctx, "learn-done", "violence/leaving"))
	if _, err := s.AutoBackup(ctx, time.Now().AddDate(0, 0, -1)); err != nil {
		t.Fatal(err)
	}
	kept := filepath.Join(s.BackupsDir(), keptPrefix+"2026-01-02-030405"+backupExt)
	must(t, s.Backup(ctx, kept))
	oldKey, err := s.keyCopy()
	must(t, err)
	needles := map[string][]byte{"the old key": oldKey}
	for i, v := range sealedValues(t, s) {
		needles[fmt.Sprintf("old sealed value %d", i)] = v
	}

	change, err := s.SetPassphrase(ctx, "", "kettle river blue morning", nil)
	must(t, err)
	if change.BackupsRemoved != 2 || !change.BackupMade {
		t.Errorf("LockChange = %+v, want the 2 older copies removed and a new one made", change)
	}
	if found := folderHolds(t, filepath.Dir(path), needles); len(found) > 0 {
		t.Errorf("after setting the lock the data folder still holds: %v", found)
	}
	must(t, s.Close())
	if found := folderHolds(t, filepath.Dir(path), needles); len(found) > 0 {
		t.Errorf("after closing, the data folder still holds: %v", found)
	}
	s2, err := Open(ctx, path)
	must(t, err)
	defer s2.Close()
	must(t, s2.Unlock(ctx, "kettle river blue morning"))
	if got := load(t, s2, x); !reflect.DeepEqual(stringsOf(got.entry), stringsOf(x.entry)) || got.entry.Damaged || got.safety.Damaged {
		t.Errorf("after re-keying: %+v", got.entry)
	}
	if favs, err := s2.Favourites(ctx); err != nil || !favs["al-anon-tuesday-hall"] {
		t.Errorf("favourites after re-keying: %v %v", favs, err)
	}
	if v, err := s2.GetPrivate(ctx, "learn-done"); err != nil || v != "violence/leaving" {
		t.Errorf("private setting after re-keying: %q %v", v, err)
	}
}

// TestOldBackupKeyOpensNothingNew is the reviewer's reproduction: a copy
// made before the lock holds the key unwrapped; after the lock is set and
// changed, that key opens no record in the live file, old or new.
func TestOldBackupKeyOpensNothingNew(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "before the lock"}))
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	must(t, s.Backup(ctx, copyPath))
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "the dealer's name"}))
	_, err = setPass(ctx, s, "another river of words")
	must(t, err)

	db, err := sql.Open("sqlite3", "file:"+copyPath+"?mode=ro")
	must(t, err)
	defer db.Close()
	var oldKey []byte
	must(t, db.QueryRow("SELECT key FROM keyring WHERE kind = 'plain'").Scan(&oldKey))
	box, err := seal.New(oldKey)
	must(t, err)
	live, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	must(t, err)
	defer live.Close()
	rows, err := live.Query("SELECT id, text FROM entries")
	must(t, err)
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int64
		var raw []byte
		must(t, rows.Scan(&id, &raw))
		n++
		if plain, err := box.Open(raw, appendAD(nil, "entries", "text", id)); err == nil {
			t.Errorf("the key from a copy made before the lock opens entry %d: %q", id, plain)
		}
	}
	if n != 2 {
		t.Fatalf("%d entries in the live file, want 2", n)
	}
	must(t, s.Unlock(ctx, "another river of words"))
}

func TestSetPassphraseNeedsTheCurrentSecret(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "mine"}))
	code, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	ring := keyring(t, s)
	for _, wrong := range []string{"", "kettle river blue mornin", "0000-0000-0000-0000-0000-0000"} {
		if _, err := s.SetPassphrase(ctx, wrong, "a thief's own phrase", nil); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("SetPassphrase with current %q = %v, want ErrWrongPassphrase", wrong, err)
		}
		if err := s.RemovePassphrase(ctx, wrong); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("RemovePassphrase with %q = %v, want ErrWrongPassphrase", wrong, err)
		}
		if err := s.CheckSecret(ctx, wrong); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("CheckSecret(%q) = %v", wrong, err)
		}
	}
	if keyring(t, s) != ring {
		t.Fatal("a wrong current secret changed the keyring")
	}
	must(t, s.CheckSecret(ctx, code))
	must(t, s.CheckSecret(ctx, "kettle river blue morning"))
	// the recovery code stands for the passphrase
	change, err := s.SetPassphrase(ctx, code, "a new river of words", nil)
	must(t, err)
	must(t, s.RemovePassphrase(ctx, change.RecoveryCode))
	if has, _ := s.HasPassphrase(ctx); has {
		t.Fatal("the lock is still on")
	}
}

func TestPassphraseRule(t *testing.T) {
	for p, want := range map[string]error{
		"":                          ErrPassphraseTooShort,
		"x":                         ErrPassphraseTooShort,
		"abcdefg":                   ErrPassphraseTooShort,
		"passphrase":                ErrPassphraseTooWeak,
		"password1":                 ErrPassphraseTooWeak,
		"12345678":                  ErrPassphraseTooWeak,
		"contraseña":                ErrPassphraseTooWeak,
		"kettle river blue morning": nil,
	} {
		if err := CheckPassphrase(p); !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("CheckPassphrase(%q) = %v, want %v", p, err, want)
		}
	}
	s, _ := openTemp(t)
	ring := keyring(t, s)
	if _, err := s.SetPassphrase(context.Background(), "", "x", nil); !errors.Is(err, ErrPassphraseTooShort) || !errors.Is(err, ErrInvalid) {
		t.Errorf("SetPassphrase(x) = %v", err)
	}
	if keyring(t, s) != ring {
		t.Error("a refused passphrase changed the keyring")
	}
}

// TestKDFCostIsPinned: lowering the key derivation cost makes every
// passphrase cheaper to guess; DESIGN asks for 0.5-1 s on this machine.
func TestKDFCostIsPinned(t *testing.T) {
	if want := (seal.Params{Time: 10, MemoryKiB: 128 * 1024, Threads: 4}); defaultKDF != want {
		t.Errorf("defaultKDF = %+v, want %+v", defaultKDF, want)
	}
	ctx := context.Background()
	s, _ := openTemp(t)
	saved := kdfParams
	kdfParams = seal.Params{Time: 2, MemoryKiB: 1024, Threads: 1} // cheap, but not the test default
	defer func() { kdfParams = saved }()
	_, err := s.SetPassphrase(ctx, "", "kettle river blue morning", nil)
	must(t, err)
	rows, err := s.db.Query("SELECT kind, time, memory, threads FROM keyring")
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var kind string
		var tm, mem, th int64
		must(t, rows.Scan(&kind, &tm, &mem, &th))
		if tm != 2 || mem != 1024 || th != 1 {
			t.Errorf("%s row wrapped with time %d memory %d threads %d, not the configured cost", kind, tm, mem, th)
		}
	}
}

// TestKeyringKindIsBound: the recovery row's wrap copied into the
// passphrase row must not open with the recovery code typed as a
// passphrase (the associated data names the kind).
func TestKeyringKindIsBound(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	code, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	canon, _ := seal.NormalizeRecoveryCode(code)
	_, err = s.db.Exec(`UPDATE keyring SET (salt, time, memory, threads, key) =
		(SELECT salt, time, memory, threads, key FROM keyring WHERE kind = 'recovery') WHERE kind = 'passphrase'`)
	must(t, err)
	s.Lock()
	if err := s.Unlock(ctx, canon); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("the recovery wrap opened as a passphrase wrap: %v", err)
	}
}

func TestLockZeroesTheKey(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	s.mu.RLock()
	key := s.key
	s.mu.RUnlock()
	if bytes.Equal(key, make([]byte, len(key))) {
		t.Fatal("the key is zero before Lock")
	}
	s.Lock()
	if !bytes.Equal(key, make([]byte, len(key))) {
		t.Error("Lock left the key's bytes in memory")
	}
}

// TestPlainKeyBesidePassphraseIsDamage: someone who can write the data
// folder adds a plain key row to a locked file; it must never open
// silently with it.
func TestPlainKeyBesidePassphraseIsDamage(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	_, err = s.db.Exec("INSERT INTO keyring (kind, key) VALUES ('plain', ?)", bytes.Repeat([]byte{7}, seal.KeySize))
	must(t, err)
	must(t, s.Close())
	if s2, err := Open(ctx, path); !errors.Is(err, ErrDamaged) {
		if err == nil {
			s2.Close()
		}
		t.Fatalf("Open with a plain key beside a passphrase = %v, want ErrDamaged", err)
	}
}

// TestSealedTablesNeverReuseAnID: a value sealed for a deleted row must
// not open in a new row that takes its id.
func TestSealedTablesNeverReuseAnID(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	r1 := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "a"}))
	must(t, s.DeleteReward(ctx, r1))
	if r2 := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "b"})); r2 == r1 {
		t.Errorf("rewards reused id %d", r1)
	}
	m1 := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Title: "a"}))
	must(t, s.DeleteTriggerMap(ctx, m1))
	if m2 := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Title: "b"})); m2 == m1 {
		t.Errorf("trigger_maps reused id %d", m1)
	}
	week := time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)
	w1 := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: week, Plan: "a"}))
	must(t, s.DeleteWeeklyStep(ctx, w1))
	if w2 := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: week, Plan: "b"})); w2 == w1 {
		t.Errorf("weekly_steps reused id %d", w1)
	}
	for _, table := range sealedTables {
		var sqlText string
		must(t, s.db.QueryRow("SELECT sql FROM sqlite_master WHERE name = ?", table).Scan(&sqlText))
		if !strings.Contains(sqlText, "AUTOINCREMENT") && !strings.Contains(sqlText, "CHECK (id = 1)") {
			t.Errorf("%s can reuse ids: %s", table, sqlText)
		}
	}
}

// TestPrivateSettingsAreSealed: a lesson's name and a favourite meeting
// are not in the file in the clear, and a value moved to another name
// does not open.
func TestPrivateSettingsAreSealed(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	must(t, s.SetPrivate(ctx, "learn-last", "domestic-violence/safety"))
	must(t, s.SetFavourite(ctx, "thursday-family-group-st-marys", true))
	must(t, s.Close())
	for _, b := range fileBytes(t, path) {
		for _, secret := range []string{"domestic-violence", "st-marys"} {
			if bytes.Contains(b, []byte(secret)) {
				t.Errorf("%q is in the data files in the clear", secret)
			}
		}
	}
	s, err := Open(ctx, path)
	must(t, err)
	defer s.Close()
	_, err = s.db.Exec("UPDATE private_settings SET key = 'learn-done' WHERE key = 'learn-last'")
	must(t, err)
	if _, err := s.GetPrivate(ctx, "learn-done"); !errors.Is(err, ErrDamaged) {
		t.Errorf("a value moved to another name opened: %v", err)
	}
}

// TestLegacyFavouritesMoveIntoTheSealedList: favourites kept in the clear
// by an older version are sealed, and their clear rows deleted, the first
// time the records are open.
func TestLegacyFavouritesMoveIntoTheSealedList(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, err := s.db.Exec("INSERT INTO meeting_favourites (slug, added) VALUES ('old-fav', 1)")
	must(t, err)
	favs, err := s.Favourites(ctx)
	if err != nil || !favs["old-fav"] {
		t.Fatalf("Favourites = %v, %v", favs, err)
	}
	var n int
	must(t, s.db.QueryRow("SELECT COUNT(*) FROM meeting_favourites").Scan(&n))
	if n != 0 {
		t.Errorf("%d favourites left in the clear", n)
	}
}

// TestRekeyWhileOthersReadAndWrite (for the race detector): records
// written while the key changes are all readable afterwards.
func TestRekeyWhileOthersReadAndWrite(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for i := 0; i < 200; i++ {
		mustID(t)(s.AddEntry(ctx, Entry{Text: fmt.Sprint("entry ", i)}))
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.AddEntry(ctx, Entry{Text: fmt.Sprint("during ", i)}); err != nil {
				errs <- err
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.RecentEntries(ctx, 20); err != nil {
				errs <- err
				return
			}
		}
	}()
	_, err := setPass(ctx, s, "kettle river blue morning")
	close(stop)
	wg.Wait()
	must(t, err)
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
	es, err := s.Entries(ctx)
	must(t, err)
	for _, e := range es {
		if e.Damaged {
			t.Fatalf("entry %d written while the key changed does not open", e.ID)
		}
	}
}

// TestDeletedRecordLeavesNoTrace: a deleted entry's sealed text is not
// left in the file's free space or its log (secure_delete).
func TestDeletedRecordLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	keep := mustID(t)(s.AddEntry(ctx, Entry{Text: strings.Repeat("kept ", 50)}))
	id := mustID(t)(s.AddEntry(ctx, Entry{Text: strings.Repeat("a name I wrote down ", 40)}))
	var raw []byte
	must(t, s.db.QueryRow("SELECT text FROM entries WHERE id = ?", id).Scan(&raw))
	must(t, s.DeleteEntry(ctx, id))
	must(t, s.UpdateEntry(ctx, Entry{ID: keep, Text: "short now"}))
	must(t, s.Close())
	for i, b := range fileBytes(t, path) {
		if bytes.Contains(b, raw) {
			t.Errorf("file %d still holds the deleted entry's sealed text", i)
		}
	}
}

// TestFirstLockMakesACopy: on a data folder with no backups folder yet,
// setting the lock makes the first copy, under the lock.
func TestFirstLockMakesACopy(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "first"}))
	change, err := s.SetPassphrase(ctx, "", "kettle river blue morning", nil)
	must(t, err)
	list, err := ListBackups(s.BackupsDir())
	must(t, err)
	if !change.BackupMade || len(list) != 1 {
		t.Fatalf("LockChange %+v, %d copies: want one new copy", change, len(list))
	}
}

func TestDeleteSetting(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	must(t, s.Set(ctx, SettingLessonsDone, "safety/overdose"))
	must(t, s.Delete(ctx, SettingLessonsDone))
	if _, err := s.Get(ctx, SettingLessonsDone); !errors.Is(err, ErrNotFound) {
		t.Errorf("after Delete: %v", err)
	}
	must(t, s.Delete(ctx, "never-set"))
}
