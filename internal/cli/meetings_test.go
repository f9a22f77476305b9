package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const cliList = `[
 {"name":"Tuesday Hope AFG","slug":"tue-hope","day":2,"time":"19:00","end_time":"20:00","timezone":"America/New_York",
  "types":["O","Y","ONL"],"conference_url":"https://zoom.us/j/1","formatted_address":"1 Main St, Boston, MA 02108, USA","latitude":42.3588,"longitude":-71.0707,
  "url":"https://alanon.example.org/meetings/tue-hope"},
 {"name":"Cambridge Serenity AFG","slug":"cam","day":"Wednesday","time":"9:00 AM","timezone":"America/New_York",
  "types":["C"],"formatted_address":"5 Elm St, Cambridge, MA 02139, USA","latitude":42.3736,"longitude":-71.1097,"url":"https://alanon.example.org/meetings/cam"},
 {"name":"Far away AFG","slug":"far","day":0,"time":"10:00","timezone":"America/New_York","formatted_address":"9 Oak St, Worcester, MA 01608, USA",
  "latitude":42.2626,"longitude":-71.8023,"url":"https://alanon.example.org/meetings/far"},
 {"slug":"nameless","day":1,"time":"10:00"}
]`

func writeList(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "list.json")
	must(t, os.WriteFile(p, []byte(body), 0o600))
	return p
}

func TestMeetingsImportSearchExport(t *testing.T) {
	dir := t.TempDir()
	list := writeList(t, cliList)
	code, out, errOut := run(t, "en", "--data-dir", dir, "meetings", "import", list)
	if code != ExitOK || !strings.Contains(out, "Imported 3 meetings") || !strings.Contains(out, "Al-Anon meeting types") ||
		!strings.Contains(out, "1 record was left out") || !strings.Contains(out, "record 4: it has no name") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	searches := []struct {
		args []string
		want []string
	}{
		{nil, []string{"tue-hope", "cam", "far"}},
		{[]string{"--day", "tuesday"}, []string{"tue-hope"}},
		{[]string{"--day", "3"}, []string{"cam"}},
		{[]string{"--online"}, []string{"tue-hope"}},
		{[]string{"--in-person", "--type", "C"}, []string{"cam"}},
		{[]string{"--from", "18:00"}, []string{"tue-hope"}},
		{[]string{"--text", "SERENITY"}, []string{"cam"}},
		{[]string{"--near", "Boston", "--within", "10"}, []string{"tue-hope", "cam"}},
		{[]string{"--near", "42.26,-71.80"}, []string{"far", "cam", "tue-hope"}},
	}
	for _, s := range searches {
		args := append([]string{"--data-dir", dir, "meetings", "search", "--json"}, s.args...)
		code, out, errOut := run(t, "en", args...)
		var got []map[string]any
		if code != ExitOK || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("%v: %d %q %q", s.args, code, out, errOut)
		}
		var slugs []string
		for _, m := range got {
			slugs = append(slugs, m["slug"].(string))
		}
		if strings.Join(slugs, " ") != strings.Join(s.want, " ") && !(s.args == nil && len(slugs) == 3) {
			t.Errorf("%v: %v, want %v", s.args, slugs, s.want)
		}
	}
	code, out, _ = run(t, "en", "--data-dir", dir, "meetings", "search", "--json", "--day", "2")
	if code != ExitOK {
		t.Fatalf("search --json --day 2: %d %q", code, out)
	}
	var one []map[string]any
	must(t, json.Unmarshal([]byte(out), &one))
	m := one[0]
	if m["time"] != "19:00" || m["end_time"] != "20:00" || m["time_zone"] != "America/New_York" || m["program"] != "al-anon" ||
		m["attendance"] != "hybrid" || m["links"].(map[string]any)["conference_url"] != "https://zoom.us/j/1" ||
		m["place"].(map[string]any)["city"] != "Boston" || len(m["days"].([]any)) != 1 {
		t.Errorf("JSON meeting: %v", m)
	}
	code, out, _ = run(t, "es", "--data-dir", dir, "meetings", "search", "--day", "martes")
	if code != ExitOK || !strings.Contains(out, "Tuesday Hope AFG") || !strings.Contains(out, "tue-hope") {
		t.Errorf("text search: %d %q", code, out)
	}
	code, out, _ = run(t, "en", "--data-dir", dir, "meetings", "export-ics", "cam")
	if code != ExitOK || !strings.Contains(out, "BEGIN:VCALENDAR\r\n") || !strings.Contains(out, "RRULE:FREQ=WEEKLY;BYDAY=WE\r\n") ||
		!strings.Contains(out, "DTSTART;TZID=America/New_York:") {
		t.Errorf("export-ics: %d %q", code, out)
	}
	if code, _, errOut := run(t, "en", "--data-dir", dir, "meetings", "export-ics", "nope"); code != ExitFailed || !strings.Contains(errOut, "nope") {
		t.Errorf("unknown slug: %d %q", code, errOut)
	}
}

func TestMeetingsBadInput(t *testing.T) {
	dir := t.TempDir()
	list := writeList(t, cliList)
	usage := [][]string{
		{"meetings", "import"},
		{"meetings", "import", list, "--program", "na"},
		{"meetings", "search", "--day", "someday"},
		{"meetings", "search", "--from", "25:00"},
		{"meetings", "search", "--within", "5"},
		{"meetings", "search", "--online", "--in-person"},
		{"meetings", "export-ics"},
	}
	for _, args := range usage {
		if code, _, errOut := run(t, "en", append([]string{"--data-dir", dir}, args...)...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: %d %q", args, code, errOut)
		}
	}
	code, _, _ := run(t, "en", "--data-dir", dir, "meetings", "import", list, "--program", "al-anon")
	if code != ExitOK {
		t.Fatal("import")
	}
	before := snapshot(t, dir)
	failed := []struct {
		args []string
		want string
	}{
		{[]string{"meetings", "import", writeList(t, `[{"name":"cut`)}, "damaged or incomplete"},
		{[]string{"meetings", "import", writeList(t, `{"meetings":[]}`)}, "not a list of meetings"},
		{[]string{"meetings", "import", writeList(t, "\x00\x01\x02")}, "not text"},
		{[]string{"meetings", "import", filepath.Join(dir, "missing.json")}, "could not be read"},
		{[]string{"meetings", "import", "http://example.org/list.json"}, "https://"},
		{[]string{"meetings", "search", "--near", "Atlantis"}, "Atlantis"},
	}
	for _, f := range failed {
		code, _, errOut := run(t, "en", append([]string{"--data-dir", dir}, f.args...)...)
		if code != ExitFailed || !strings.Contains(errOut, f.want) {
			t.Errorf("%v: %d %q", f.args, code, errOut)
		}
	}
	after := snapshot(t, dir)
	if after[filepath.Join(dir, "alongside.db")] != before[filepath.Join(dir, "alongside.db")] {
		t.Error("a failed import changed the database")
	}
	if code, _, errOut := run(t, "es", "--data-dir", dir, "meetings", "import", writeList(t, `[`)); code != ExitFailed || errOut == "" {
		t.Errorf("Spanish error: %d %q", code, errOut)
	}
}

func TestMeetingsImportRealFeed(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	feed := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "fixtures", "feeds", "oc-aa_tsml-feed_2023-08.json")
	if _, err := os.Stat(feed); err != nil {
		t.Skipf("the real feeds are not here: %v", err)
	}
	dir := t.TempDir()
	code, out, errOut := run(t, "en", "--data-dir", dir, "meetings", "import", feed, "--time-zone", "America/Los_Angeles")
	if code != ExitOK || !strings.Contains(out, "Imported 1,967 meetings") || strings.Contains(out+errOut, "not stated") {
		t.Fatalf("%d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, "en", "--data-dir", dir, "meetings", "search")
	if code != ExitOK || strings.Count(out, " · ") < 1967 || !strings.Contains(out, "by appointment") {
		t.Errorf("search lists %d lines", strings.Count(out, "\n"))
	}
}

// familyList is issue #23's list: family groups, AA's concurrent code, a
// code nobody knows, and nothing that names the fellowship.
const familyList = `[
 {"name":"Brighton Hope Family Group","slug":"brighton-hope","day":2,"time":"19:30","timezone":"Europe/London","types":["O","AL-AN","XYZ-UNKNOWN"],
  "formatted_address":"York Pl, Brighton BN1 4GU, UK","latitude":50.8262,"longitude":-0.1357},
 {"name":"Lewes Family Circle","slug":"lewes","day":4,"time":"10:00","timezone":"Europe/London","formatted_address":"High St, Lewes BN7 2AD, UK","latitude":50.8739,"longitude":0.0088},
 {"name":"Thursday Serenity","slug":"thursday","day":4,"time":"20:00","timezone":"Europe/London","types":["C","ONL"],"conference_url":"https://zoom.us/j/1"},
 {"name":"Far Away","slug":"far","day":1,"time":"20:00","timezone":"America/New_York","formatted_address":"1 Main St, Boston, MA 02108, USA","latitude":42.3588,"longitude":-71.0707}
]`

func searchJSON(t *testing.T, dir string, args ...string) []map[string]any {
	t.Helper()
	code, out, errOut := run(t, "en", append([]string{"--data-dir", dir, "meetings", "search", "--json"}, args...)...)
	var got []map[string]any
	if code != ExitOK || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("%v: %d %q %q", args, code, out, errOut)
	}
	return got
}

// TestMeetingsFamilyListIsNotStated: a list that does not say whose
// meetings it holds is "not-stated" in the JSON, never "aa"; the import
// says what the list does say and how to tell Alongside.
func TestMeetingsFamilyListIsNotStated(t *testing.T) {
	dir := t.TempDir()
	list := writeList(t, familyList)
	code, out, errOut := run(t, "en", "--data-dir", dir, "meetings", "import", list)
	if code != ExitOK || !strings.Contains(out, "does not say clearly whose meetings") ||
		!strings.Contains(out, "2 meetings mention families (family, familia, familiares…) in their names") || !strings.Contains(errOut, "--fellowship al-anon") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	for _, m := range searchJSON(t, dir) {
		if m["fellowship"] != "not-stated" || m["program"] != "not-stated" {
			t.Errorf("%v: fellowship %v program %v", m["slug"], m["fellowship"], m["program"])
		}
		if want := map[string]string{"brighton-hope": "families", "thursday": "not-stated"}[m["slug"].(string)]; want != "" && m["audience"] != want {
			t.Errorf("%v: audience %v, want %s", m["slug"], m["audience"], want)
		}
	}
	code, out, _ = run(t, "en", "--data-dir", dir, "meetings", "search", "--text", "brighton")
	if code != ExitOK || !strings.Contains(out, "Open") || strings.Contains(out, "AL-AN") || strings.Contains(out, "XYZ") {
		t.Errorf("types shown raw: %q", out)
	}
	code, out, errOut = run(t, "es", "--data-dir", dir, "meetings", "import", list)
	if code != ExitOK || !strings.Contains(out, "2 reuniones mencionan a las familias") || !strings.Contains(errOut, "--fellowship al-anon") {
		t.Errorf("in Spanish: %d %q %q", code, out, errOut)
	}
	code, out, errOut = run(t, "en", "--data-dir", dir, "meetings", "import", list, "--fellowship", "al-anon")
	if code != ExitOK || strings.Contains(out+errOut, "not stated") {
		t.Errorf("import --fellowship: %d %q %q", code, out, errOut)
	}
	for _, m := range searchJSON(t, dir) {
		if m["fellowship"] != "al-anon" || m["program"] != "al-anon" || m["audience"] != "families" {
			t.Errorf("after --fellowship al-anon: %v", m)
		}
	}
	if code, _, errOut := run(t, "en", "--data-dir", dir, "meetings", "import", list, "--fellowship", "Al Anon!"); code != ExitUsage || !strings.Contains(errOut, "--fellowship") {
		t.Errorf("a bad --fellowship: %d %q", code, errOut)
	}
}

// TestMeetingsNearTownsInTheList: towns, postal codes and their first
// parts are found; a place not found finds nothing.
func TestMeetingsNearTownsInTheList(t *testing.T) {
	dir := t.TempDir()
	if code, out, errOut := run(t, "en", "--data-dir", dir, "meetings", "import", writeList(t, familyList)); code != ExitOK {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	for _, near := range []string{"Brighton", "bn1", "Lewes", "BN1 4GU"} {
		var slugs []string
		for _, m := range searchJSON(t, dir, "--near", near, "--within", "25") {
			slugs = append(slugs, m["slug"].(string))
		}
		if len(slugs) != 2 || !slices.Contains(slugs, "brighton-hope") || !slices.Contains(slugs, "lewes") {
			t.Errorf("--near %s --within 25: %v", near, slugs)
		}
	}
	if code, out, errOut := run(t, "en", "--data-dir", dir, "meetings", "search", "--near", "Hastings", "--within", "25"); code != ExitFailed || strings.Contains(out, "brighton") || !strings.Contains(errOut, "Hastings") {
		t.Errorf("an unknown place: %d %q %q", code, out, errOut)
	}
}
