package meetings

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// checkResult holds what every successful parse promises.
func checkResult(t *testing.T, res Result, err error) {
	if err != nil {
		if m, _ := ErrorMessage(err, 0); m == nil {
			t.Fatalf("an error without a message: %v", err)
		}
		return
	}
	if len(res.Meetings) == 0 || !res.Program.Valid() {
		t.Fatalf("success with %d meetings, program %q", len(res.Meetings), res.Program)
	}
	seen := map[string]bool{}
	for _, m := range res.Meetings {
		if m.Name == "" || m.Slug == "" || seen[m.Slug] || !utf8.ValidString(m.Name) {
			t.Fatalf("bad meeting %+v", m)
		}
		seen[m.Slug] = true
		if len(m.Days) > 0 && !m.Start.Valid() || m.End != NoClock && !m.End.Valid() ||
			len(m.Days) == 0 && (m.Start != NoClock || m.End != NoClock) {
			t.Fatalf("bad schedule %+v", m)
		}
		for i, d := range m.Days {
			if d < time.Sunday || d > time.Saturday || i > 0 && d <= m.Days[i-1] {
				t.Fatalf("bad days %v", m.Days)
			}
		}
		if !m.Updated.IsZero() && (m.Updated.Unix() <= 0 || m.Updated.Year() > 2200 || m.Updated.Location() != time.UTC) {
			t.Fatalf("updated %v", m.Updated)
		}
		if m.HasCoords && !validCoords(m.Lat, m.Lng) || !m.HasCoords && (m.Lat != 0 || m.Lng != 0) {
			t.Fatalf("bad coordinates %v,%v (has %v)", m.Lat, m.Lng, m.HasCoords)
		}
	}
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		`[{"name":"A","slug":"a","day":2,"time":"19:00"}]`,
		`[{"name":"A","day":[1,"Tuesday"],"time":"7:00 PM","regions":[null],"latitude":"1.5","longitude":"2"}]`,
		`[{"name":"Tom &amp; Jerry","slug":6,"types":[""],"conference_url":null,"attendance_option":"hybrid"}]`,
		`[5, "x", null, {"name":"B"}]`, `{}`, `[`, `[{"name":"A","day":9}]`,
		// Edge values: days -1, 7, 8; times 24:00 (midnight) and 23:60;
		// latitudes 0, 91, -91; longitude 181; empty strings.
		`[{"name":"A","day":-1,"time":"10:00"},{"name":"B","day":7,"time":"10:00"},{"name":"C","day":"8","time":"10:00"},{"name":"D","day":6,"time":"10:00"}]`,
		`[{"name":"A","day":[0,7],"time":"24:00","end_time":"23:60"}]`,
		`[{"name":"A","day":1,"time":"23:60"},{"name":"B","day":1,"time":"24:00","end_time":"24:01"}]`,
		`[{"name":"A","latitude":0,"longitude":0},{"name":"B","latitude":91,"longitude":0},{"name":"C","latitude":-91,"longitude":181},{"name":"D","latitude":"90","longitude":"-180"}]`,
		`[{"name":"","slug":"","day":"","time":"","end_time":"","timezone":"","types":"","latitude":"","longitude":"","url":""},{"name":"E"}]`,
		`[{"name":"A","url":"https://al-anon@example.org:8443/x","types":["AC","B","B"]}]`,
		`[{"name":"A","updated":"9999-12-31"},{"name":"B","updated":"1970-01-01"},{"name":"C","updated":"0000-00-00 00:00:00"}]`,
	} {
		f.Add([]byte(s))
	}
	if dir := feedsDirIfPresent(); dir != "" {
		if b, err := os.ReadFile(filepath.Join(dir, edmontonFeed)); err == nil {
			f.Add(b[:4096])
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := ParseBytes(b, Options{Format: FormatJSON})
		checkResult(t, res, err)
	})
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		"Name,Day,Time\nHope,Tuesday,7:00 PM\n",
		"\uFEFFTime,Day,Name,Types,Regions\n19:00,1,A,\"O, C\",Illinois > Chicago\n",
		"Name;Day;Time\nA;lunes;19:00\n", "Name,Day,Time\n\"A,1,2\n", "a,b\n",
		// Edge values, as in FuzzParseJSON.
		"Name,Day,Time,End Time\nA,-1,10:00,\nB,7,10:00,\nC,8,10:00,\nD,6,24:00,23:60\nE,1,23:60,\n",
		"Name,Day,Time,Latitude,Longitude,Zip\nA,1,10:00,0,0,\nB,1,10:00,91,0,1\nC,1,10:00,-91,181,\nD,1,10:00,0,,\n",
		"Name,Day,Time\n,,\n\"\",\"\",\"\"\nA,,\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := ParseBytes(b, Options{Format: FormatCSV})
		if err == nil && res.Format != FormatCSV {
			t.Fatal("format")
		}
		checkResult(t, res, err)
		if errors.Is(err, ErrNotAList) {
			t.Fatal("CSV never says not a list")
		}
	})
}

func feedsDirIfPresent() string {
	dir := filepath.Join("..", "..", "..", "shared", "fixtures", "feeds")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"19:30", "7:30 PM", "12 a.m.", "noon", "24:00", "23:60", "24:01", "-1:00", "+7:00", "0 am", "1930", "19:30:60", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := ParseClock(s)
		if !ok {
			if c != NoClock {
				t.Fatalf("refused %q as %d", s, c)
			}
			return
		}
		if c != NoClock && !c.Valid() {
			t.Fatalf("ParseClock(%q) = %d", s, c)
		}
		if back, ok := ParseClock(c.String()); !ok || back != c {
			t.Fatalf("ParseClock(%q) = %v, which reads back as %v %v", s, c, back, ok)
		}
	})
}
