package meetings

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// feedsDir is ../shared/fixtures/feeds beside the repository; tests that
// need the real feeds skip when it is absent (they are never copied in).
func feedsDir(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "fixtures", "feeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the real feeds are not here (%v)", err)
	}
	return dir
}

// feedFiles names the three real feeds.
const (
	alAnonFeed   = "alanonma-staging_al-anon_tsml-feed_2023-08.json"
	edmontonFeed = "edmontonaa_meeting-guide-feed_2022-09.json"
	ocFeed       = "oc-aa_tsml-feed_2023-08.json"
)

func parseFixture(t testing.TB, name string, opt Options) Result {
	t.Helper()
	res, err := ParseFile(filepath.Join(feedsDir(t), name), opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func countBy[K comparable](ms []Meeting, key func(*Meeting) []K) map[K]int {
	out := map[K]int{}
	for i := range ms {
		for _, k := range key(&ms[i]) {
			out[k]++
		}
	}
	return out
}

func typesOf(m *Meeting) []string          { return m.Types }
func attendanceOf(m *Meeting) []Attendance { return []Attendance{m.Attendance} }

func TestRealFeedsImportWithTheirCounts(t *testing.T) {
	cases := []struct {
		file    string
		count   int
		program Program
		appoint int
	}{
		{alAnonFeed, 360, ProgramAlAnon, 0},
		{edmontonFeed, 315, ProgramAA, 0},
		{ocFeed, 1967, ProgramAA, 1},
	}
	for _, c := range cases {
		res := parseFixture(t, c.file, Options{})
		if len(res.Meetings) != c.count || len(res.Skipped) != 0 {
			t.Errorf("%s: %d meetings, %d skipped %+v; want %d, none", c.file, len(res.Meetings), len(res.Skipped), res.Skipped, c.count)
		}
		if res.Program != c.program || !res.ProgramDetected || res.Format != FormatJSON {
			t.Errorf("%s: program %q detected %v format %q, want %q", c.file, res.Program, res.ProgramDetected, res.Format, c.program)
		}
		n := 0
		for i := range res.Meetings {
			if res.Meetings[i].ByAppointment() {
				n++
			}
		}
		if n != c.appoint {
			t.Errorf("%s: %d by appointment, want %d", c.file, n, c.appoint)
		}
	}
}

func TestRealFeedsMeanWhatTheySay(t *testing.T) {
	al := parseFixture(t, alAnonFeed, Options{})
	if got := countBy(al.Meetings, attendanceOf); got[InPerson] != 156 || got[Online] != 113 || got[Hybrid] != 60 || got[Inactive] != 31 {
		t.Errorf("al-anon attendance %v", got)
	}
	types := countBy(al.Meetings, typesOf)
	for code, want := range map[string]int{"O": 271, "ONL": 173, "TC": 120, "C": 89, "ST": 82, "AC": 48, "BE": 27, "POA": 8, "Y": 6, "FF": 5, "S": 2, "POC": 1, "LGBTQIA": 1} {
		if types[code] != want {
			t.Errorf("al-anon type %s: %d, want %d", code, types[code], want)
		}
	}
	for code, want := range map[string]string{"Y": "Alateen", "POA": "Parents of Alcoholics", "AC": "Adult Child Focus"} {
		if ty, ok := LookupType(ProgramAlAnon, code); !ok || ty.Name.Other != want {
			t.Errorf("Al-Anon %s = %+v, want %q", code, ty, want)
		}
	}
	alateen := countBy(al.Meetings, func(m *Meeting) []string { return Fellowships(m) })
	if alateen[FellowshipAlateen] != 6 || alateen[FellowshipAlAnon] != 360 {
		t.Errorf("al-anon fellowships %v", alateen)
	}
	ed := parseFixture(t, edmontonFeed, Options{TimeZone: "America/Edmonton"})
	m := ed.Meetings[0]
	if m.Start != ClockOf(11, 0) || len(m.Days) != 1 || m.Days[0] != time.Saturday || m.City != "Edmonton" || m.PostalCode != "T6E 4E8" || m.TimeZone != "America/Edmonton" {
		t.Errorf("edmonton first meeting: %+v", m)
	}
	if ty, _ := LookupType(ProgramAA, "Y"); ty.Name.Other != "Young People" {
		t.Errorf("AA Y = %q", ty.Name.Other)
	}
	if n := countBy(ed.Meetings, func(m *Meeting) []string { return Fellowships(m) })[FellowshipAlAnon]; n != 7 {
		t.Errorf("edmonton meetings concurrent with Al-Anon: %d, want 7", n)
	}
	oc := parseFixture(t, ocFeed, Options{})
	if got := countBy(oc.Meetings, attendanceOf); got[InPerson] != 1432 || got[Online] != 385 || got[Hybrid] != 148 || got[Inactive] != 2 {
		t.Errorf("oc attendance %v", got)
	}
	if langs := countBy(oc.Meetings, func(m *Meeting) []string { return Languages(m) }); langs["es"] != 499 || langs["en"] != 340 {
		t.Errorf("oc languages %v", langs)
	}
}
