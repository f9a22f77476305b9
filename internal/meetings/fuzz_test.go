package meetings

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
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
		if len(m.Days) > 0 && !m.Start.Valid() || m.End != NoClock && !m.End.Valid() {
			t.Fatalf("bad schedule %+v", m)
		}
	}
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		`[{"name":"A","slug":"a","day":2,"time":"19:00"}]`,
		`[{"name":"A","day":[1,"Tuesday"],"time":"7:00 PM","regions":[null],"latitude":"1.5","longitude":"2"}]`,
		`[{"name":"Tom &amp; Jerry","slug":6,"types":[""],"conference_url":null,"attendance_option":"hybrid"}]`,
		`[5, "x", null, {"name":"B"}]`, `{}`, `[`, `[{"name":"A","day":9}]`,
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
