package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/alongside-app/alongside/bench/meetings/feedgen"
	"github.com/alongside-app/alongside/internal/meetings"
)

func sampleResult(n int, program meetings.Program) meetings.Result {
	res := meetings.Result{Program: program, Format: meetings.FormatJSON, TimeZone: "America/New_York", Updated: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	for i := range n {
		res.Meetings = append(res.Meetings, meetings.Meeting{
			Slug: fmt.Sprintf("m-%d", i), Name: fmt.Sprintf("Meeting %d", i), Program: program, Fellowship: string(program),
			Days: []time.Weekday{time.Weekday(i % 7)}, Start: meetings.ClockOf(i%24, 0), End: meetings.NoClock,
			TimeZone: "America/New_York", Types: []string{"O"}, Attendance: meetings.Online, Lat: 42, Lng: -71, HasCoords: true,
		})
	}
	res.Skipped = []meetings.Skip{{Record: n + 1, Reason: meetings.SkipNoName}}
	return res
}

// meetingsDump is every meeting row, feed row and favourite, as stored.
func meetingsDump(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	for _, q := range []string{
		"SELECT feed_id, slug, data FROM meetings ORDER BY feed_id, slug",
		"SELECT " + feedColumns + " FROM meeting_feeds ORDER BY id",
		"SELECT slug, added FROM meeting_favourites ORDER BY slug",
	} {
		rows, err := s.db.Query(q)
		must(t, err)
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			must(t, rows.Scan(ptrs...))
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func TestImportFeedReplacesAndKeepsFavourites(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	f, err := s.ImportFeed(ctx, "https://example.org/feed.json", sampleResult(5, meetings.ProgramAlAnon))
	must(t, err)
	if f.ID == 0 || f.Meetings != 5 || f.Skipped != 1 || f.Program != meetings.ProgramAlAnon {
		t.Fatalf("feed %+v", f)
	}
	must(t, s.SetFavourite(ctx, "m-3", true))
	must(t, s.SetFavourite(ctx, "m-3", true)) // twice is once
	f2, err := s.ImportFeed(ctx, "https://example.org/feed.json", sampleResult(4, meetings.ProgramAlAnon))
	must(t, err)
	if f2.ID != f.ID {
		t.Errorf("re-import made a new feed: %d, %d", f2.ID, f.ID)
	}
	ms, err := s.Meetings(ctx)
	must(t, err)
	if len(ms) != 4 || ms[0].FeedID != f.ID || ms[0].TimeZone != "America/New_York" || ms[0].Start != meetings.ClockOf(0, 0) || ms[0].End != meetings.NoClock {
		t.Fatalf("after re-import: %d meetings, first %+v", len(ms), ms[0])
	}
	favs, err := s.Favourites(ctx)
	must(t, err)
	if !favs["m-3"] || len(favs) != 1 {
		t.Errorf("favourites %v", favs)
	}
	feeds, err := s.Feeds(ctx)
	must(t, err)
	if len(feeds) != 1 || feeds[0].Meetings != 4 || !feeds[0].Updated.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) || feeds[0].Imported.IsZero() {
		t.Errorf("feeds %+v", feeds)
	}
	_, err = s.ImportFeed(ctx, "/tmp/other.csv", sampleResult(2, meetings.ProgramAA))
	must(t, err)
	if n, _ := s.CountMeetings(ctx); n != 6 {
		t.Errorf("two feeds hold %d meetings", n)
	}
	must(t, s.RemoveFeed(ctx, f.ID))
	if n, _ := s.CountMeetings(ctx); n != 2 {
		t.Errorf("after removing a feed: %d meetings", n)
	}
	if err := s.RemoveFeed(ctx, f.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	if favs, _ := s.Favourites(ctx); !favs["m-3"] {
		t.Error("removing the feed lost the favourite")
	}
	must(t, s.SetFavourite(ctx, "m-3", false))
	if favs, _ := s.Favourites(ctx); len(favs) != 0 {
		t.Errorf("favourites after unmarking: %v", favs)
	}
}

// TestFailedImportChangesNothing: a bad result, a failing write and a
// cancelled context each leave the stored meetings byte for byte.
// TestNotStatedAndBMLTListsAreStored (#23): a list whose fellowship is
// not stated, and a BMLT server's, are stored and read back as they are,
// never as AA.
func TestNotStatedAndBMLTListsAreStored(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	res := sampleResult(3, meetings.ProgramNotStated)
	res.Format = meetings.FormatBMLT
	f, err := s.ImportFeed(ctx, "https://bmlt.example.org/main_server/", res)
	must(t, err)
	if _, err := s.ImportFeed(ctx, "aa.json", sampleResult(2, meetings.ProgramAA)); err != nil {
		t.Fatal(err)
	}
	back, err := s.Feed(ctx, f.ID)
	must(t, err)
	if back.Program != meetings.ProgramNotStated || !back.Format.Valid() {
		t.Errorf("read back as %q %q", back.Program, back.Format)
	}
	feeds, err := s.Feeds(ctx)
	must(t, err)
	for _, fd := range feeds {
		if want := map[string]meetings.Program{"aa.json": meetings.ProgramAA}[fd.Source]; want == "" && fd.Program != meetings.ProgramNotStated || want != "" && fd.Program != want {
			t.Errorf("%s: %q", fd.Source, fd.Program)
		}
	}
	ms, err := s.FeedMeetings(ctx, f.ID)
	must(t, err)
	if len(ms) != 3 || ms[0].Program != meetings.ProgramNotStated {
		t.Errorf("meetings %+v", ms)
	}
}

func TestFailedImportChangesNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, err := s.ImportFeed(ctx, "feed.json", sampleResult(50, meetings.ProgramAA))
	must(t, err)
	must(t, s.SetFavourite(ctx, "m-1", true))
	before := meetingsDump(t, s)
	dup := sampleResult(50, meetings.ProgramAA)
	dup.Meetings[49].Slug = "m-0"
	bad := []meetings.Result{
		{Program: meetings.ProgramAA, Format: meetings.FormatJSON},
		sampleResult(3, "na"), dup,
	}
	for i, res := range bad {
		if _, err := s.ImportFeed(ctx, "feed.json", res); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad result %d: %v", i, err)
		}
	}
	// A meeting that cannot be encoded fails halfway through the writes.
	nan := sampleResult(60, meetings.ProgramAA)
	nan.Meetings[55].Lat = math.NaN()
	if _, err := s.ImportFeed(ctx, "feed.json", nan); err == nil {
		t.Error("a meeting that cannot be stored was accepted")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.ImportFeed(cancelled, "feed.json", sampleResult(10, meetings.ProgramAA)); err == nil {
		t.Error("a cancelled import went through")
	}
	if after := meetingsDump(t, s); after != before {
		t.Errorf("a failed import changed the stored meetings:\n%s\n---\n%s", before, after)
	}
}

// TestHostileFilesChangeNothing imports hostile files through the parser
// into a store holding a real feed.
func TestHostileFilesChangeNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, err := s.ImportFeed(ctx, "feed.json", sampleResult(20, meetings.ProgramAA))
	must(t, err)
	before := meetingsDump(t, s)
	for _, data := range []string{`[{"name":"A","slug":"a"`, "\x00\x01binary", `{"a":1}`, "[" + string(bytes.Repeat([]byte("["), 20000)), "[]"} {
		res, err := meetings.ParseBytes([]byte(data), meetings.Options{})
		if err == nil {
			t.Fatalf("%.20q parsed", data)
		}
		if _, err := s.ImportFeed(ctx, "feed.json", res); err == nil {
			t.Fatalf("%.20q stored", data)
		}
	}
	if after := meetingsDump(t, s); after != before {
		t.Error("hostile files changed the stored meetings")
	}
}

func TestRealFeedsStore(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "fixtures", "feeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the real feeds are not here: %v", err)
	}
	ctx := context.Background()
	s, _ := openTemp(t)
	total := 0
	for name, want := range map[string]int{
		"alanonma-staging_al-anon_tsml-feed_2023-08.json": 360, "edmontonaa_meeting-guide-feed_2022-09.json": 315, "oc-aa_tsml-feed_2023-08.json": 1967,
	} {
		res, err := meetings.ParseFile(filepath.Join(dir, name), meetings.Options{})
		must(t, err)
		f, err := s.ImportFeed(ctx, filepath.Join(dir, name), res)
		must(t, err)
		if f.Meetings != want {
			t.Errorf("%s: %d meetings stored, want %d", name, f.Meetings, want)
		}
		total += want
		back, err := s.FeedMeetings(ctx, f.ID)
		must(t, err)
		byslug := map[string]meetings.Meeting{}
		for _, m := range res.Meetings {
			byslug[m.Slug] = m
		}
		for _, m := range back {
			orig := byslug[m.Slug]
			orig.FeedID = f.ID
			if fmt.Sprint(orig) != fmt.Sprint(m) {
				t.Fatalf("%s: %s read back differs:\n%+v\n%+v", name, m.Slug, orig, m)
			}
		}
	}
	if n, _ := s.CountMeetings(ctx); n != total {
		t.Errorf("%d stored, want %d", n, total)
	}
}

func TestMyMeetingsAreSealed(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	var m MyMeeting
	fillStrings(&m, "a")
	m.Days, m.Start, m.End = []time.Weekday{time.Wednesday, time.Monday, time.Monday}, meetings.ClockOf(19, 0), meetings.NoClock
	m.Attendance, m.Program = meetings.Hybrid, meetings.ProgramAlAnon
	id, err := s.AddMyMeeting(ctx, m)
	must(t, err)
	var y MyMeeting
	fillStrings(&y, "b")
	y.ID, y.Days, y.Start, y.End, y.Attendance = id, []time.Weekday{time.Friday}, meetings.ClockOf(7, 5), meetings.ClockOf(8, 0), meetings.Online
	must(t, s.UpdateMyMeeting(ctx, y))
	assertNoMarker(t, path, "my meetings, open")
	got, err := s.MyMeetings(ctx)
	must(t, err)
	if len(got) != 1 || got[0].Damaged || !slices.Equal(stringsOf(got[0]), stringsOf(y)) || got[0].Start != y.Start || got[0].End != y.End ||
		!slices.Equal(got[0].Days, y.Days) || got[0].Attendance != meetings.Online || got[0].Updated.IsZero() {
		t.Fatalf("read back %+v, want %+v", got, y)
	}
	if len(stringsOf(y)) < 9 {
		t.Errorf("only %d string fields found", len(stringsOf(y)))
	}
	mm := got[0].Meeting()
	if mm.Slug != fmt.Sprintf("%s%d", MySlugPrefix, id) || mm.MyID != id || mm.ConferenceURL != y.Link || mm.Name != y.Name {
		t.Errorf("as a meeting: %+v", mm)
	}
	must(t, s.SetFavourite(ctx, mm.Slug, true))
	must(t, s.Close())
	assertNoMarker(t, path, "my meetings, closed")
}

func TestMyMeetingsLockedAndInvalid(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id, err := s.AddMyMeeting(ctx, MyMeeting{Name: "Mine", Start: meetings.NoClock, End: meetings.NoClock})
	must(t, err)
	for _, bad := range []MyMeeting{
		{Name: "x", Start: 2000, End: meetings.NoClock}, {Name: "x", Days: []time.Weekday{7}},
		{Name: "x", Attendance: "sometimes"}, {Name: "x", Program: "na"},
	} {
		if _, err := s.AddMyMeeting(ctx, bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	if err := s.UpdateMyMeeting(ctx, MyMeeting{ID: id + 100}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update missing: %v", err)
	}
	_, err = setPass(ctx, s, "correct horse battery")
	must(t, err)
	s.Lock()
	if _, err := s.MyMeetings(ctx); !errors.Is(err, ErrLocked) {
		t.Errorf("MyMeetings locked: %v", err)
	}
	if _, err := s.AddMyMeeting(ctx, MyMeeting{Name: "x"}); !errors.Is(err, ErrLocked) {
		t.Errorf("Add locked: %v", err)
	}
	if err := s.DeleteMyMeeting(ctx, id); !errors.Is(err, ErrLocked) {
		t.Errorf("Delete locked: %v", err)
	}
	if n, err := s.CountMyMeetings(ctx); !errors.Is(err, ErrLocked) {
		t.Errorf("count while locked: %d %v, want ErrLocked (nothing private is counted while locked)", n, err)
	}
	if _, err := s.Meetings(ctx); err != nil {
		t.Errorf("imported meetings are public, but locked: %v", err)
	}
	must(t, s.Unlock(ctx, "correct horse battery"))
	must(t, s.SetFavourite(ctx, MySlugPrefix+fmt.Sprint(id), true))
	must(t, s.DeleteMyMeeting(ctx, id))
	if favs, _ := s.Favourites(ctx); len(favs) != 0 {
		t.Errorf("a deleted meeting's favourite stayed: %v", favs)
	}
	if err := s.DeleteMyMeeting(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

// myMeetingSealed is my_meetings' sealed columns; the test holds that
// they are its BLOB columns, as TestSealedColumnsAreEveryBlobColumn does
// for the other private tables.
var myMeetingSealed = []string{"fellowship", "name", "time_zone", "types", "location", "address", "link", "phone", "notes"}

func TestMyMeetingsBlobColumnsAreSealed(t *testing.T) {
	s, _ := openTemp(t)
	rows, err := s.db.Query("SELECT name FROM pragma_table_info('my_meetings') WHERE type = 'BLOB'")
	must(t, err)
	defer rows.Close()
	var blobs []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		blobs = append(blobs, n)
	}
	var m MyMeeting
	var types string
	if want := fieldNames(myMeetingFields(&m, &types)); !slices.Equal(slices.Sorted(slices.Values(blobs)), slices.Sorted(slices.Values(want))) ||
		!slices.Equal(want, myMeetingSealed) {
		t.Errorf("BLOB columns %v, sealed %v", blobs, want)
	}
}

// BenchmarkImportFeed50k is a whole import of the 50,000-meeting feed:
// parse, then store in one transaction (docs/design.md: under 2x of
// encoding/json decoding the same file, meetings.BenchmarkDecodeJSON50k).
func BenchmarkImportFeed50k(b *testing.B) {
	var buf bytes.Buffer
	if err := feedgen.Write(&buf, 50000, 1); err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		res, err := meetings.ParseBytes(buf.Bytes(), meetings.Options{TimeZone: "America/Los_Angeles"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.ImportFeed(context.Background(), "bench.json", res); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMeetingCodecKeepsEveryField fills every field of a meeting and
// reads it back: a field added to meetings.Meeting but not to the codec
// fails here.
func TestMeetingCodecKeepsEveryField(t *testing.T) {
	var m meetings.Meeting
	fillStrings(&m, "")
	m.Days, m.Start, m.End = []time.Weekday{0, 6}, 1439, meetings.NoClock
	m.Program, m.Attendance = meetings.ProgramAlAnon, meetings.Hybrid
	m.Lat, m.Lng, m.HasCoords, m.Approximate = -33.5, 151.25, true, true
	m.Updated = time.Date(2023, 8, 29, 15, 56, 59, 0, time.UTC)
	rv := reflect.ValueOf(m)
	for i := range rv.NumField() {
		if f := rv.Field(i); f.IsZero() && !slices.Contains([]string{"FeedID", "MyID"}, rv.Type().Field(i).Name) {
			t.Fatalf("test leaves %s empty", rv.Type().Field(i).Name)
		}
	}
	got, err := decodeMeeting(appendMeeting(nil, &m))
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("%v\n got %+v\nwant %+v", err, got, m)
	}
	enc := appendMeeting(nil, &m)
	for _, bad := range [][]byte{nil, {9}, enc[:len(enc)-1], append(enc, 0)} {
		if _, err := decodeMeeting(bad); err == nil {
			t.Errorf("decoded %d bytes of damage", len(bad))
		}
	}
}
