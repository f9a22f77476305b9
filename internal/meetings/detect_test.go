package meetings

import (
	"fmt"
	"strings"
	"testing"
)

// TestVoteNeedsThreeToOne holds the rule's boundary: one side's records
// must be at least three times the other's; 2:1 is undecided either way,
// and undecided is "not stated", never AA.
func TestVoteNeedsThreeToOne(t *testing.T) {
	cases := []struct {
		alanon, aa int
		want       Program
		decided    bool
	}{
		{0, 0, ProgramNotStated, false},
		{1, 0, ProgramAlAnon, true}, {0, 1, ProgramAA, true},
		{3, 1, ProgramAlAnon, true}, {1, 3, ProgramAA, true},
		{6, 2, ProgramAlAnon, true}, {2, 6, ProgramAA, true},
		{2, 1, ProgramNotStated, false}, {1, 2, ProgramNotStated, false},
		{5, 2, ProgramNotStated, false}, {2, 5, ProgramNotStated, false},
		{1, 1, ProgramNotStated, false},
	}
	for _, c := range cases {
		var tl tally
		for range c.alanon {
			tl.add(signBit(PointsAlAnon, InCodes), "")
		}
		for range c.aa {
			tl.add(signBit(PointsAA, InCodes), "")
		}
		if p, _, ok := tl.decide(); p != c.want || ok != c.decided {
			t.Errorf("%d Al-Anon, %d AA records: %q %v, want %q %v", c.alanon, c.aa, p, ok, c.want, c.decided)
		}
	}
}

// TestProgramVoteFromRecords is the same boundary through a whole list:
// "AC" is an Al-Anon-only code, "B" an AA-only one.
func TestProgramVoteFromRecords(t *testing.T) {
	list := func(alanon, aa int) []byte {
		var recs []string
		for i := range alanon + aa {
			code := "AC"
			if i >= alanon {
				code = "B"
			}
			recs = append(recs, fmt.Sprintf(`{"name":"M%d","slug":"m%d","types":[%q]}`, i, i, code))
		}
		return []byte("[" + strings.Join(recs, ",") + "]")
	}
	cases := []struct {
		alanon, aa int
		want       Program
		decided    bool
	}{
		{3, 1, ProgramAlAnon, true}, {2, 1, ProgramNotStated, false},
		{1, 3, ProgramAA, true}, {1, 2, ProgramNotStated, false},
	}
	for _, c := range cases {
		res, err := ParseBytes(list(c.alanon, c.aa), Options{})
		if err != nil || res.Program != c.want || res.ProgramDetected != c.decided {
			t.Errorf("%d Al-Anon, %d AA records: %q detected=%v %v; want %q %v", c.alanon, c.aa, res.Program, res.ProgramDetected, err, c.want, c.decided)
		}
	}
}

func TestURLHostDropsUserinfoAndPort(t *testing.T) {
	cases := map[string]string{
		"https://oc-aa.org/meetings/":                "oc-aa.org",
		"HTTPS://Example.ORG":                        "example.org",
		"https://user@example.org/x":                 "example.org",
		"https://user:secret@example.org:8443/x?y=z": "example.org",
		"https://a@b@example.org/":                   "example.org",
		"https://example.org/path@elsewhere.org":     "example.org",
		"https://example.org?to=al-anon@example.com": "example.org",
		"https://example.org#al-anon@example.com":    "example.org",
		"mailto:al-anon@example.org":                 "",
		"":                                           "",
		"https://":                                   "",
	}
	for in, want := range cases {
		if got := urlHost(in); got != want {
			t.Errorf("urlHost(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUserinfoIsNoSignOfTheProgram: a name before @ in a meeting's address
// says nothing about the list; only the host counts.
func TestUserinfoIsNoSignOfTheProgram(t *testing.T) {
	for _, url := range []string{"https://al-anon@meetings.example.org/m/1", "https://aa@example.org/m/1", "https://x:alanon@example.org:8443/"} {
		res, err := ParseBytes([]byte(`[{"name":"Hope","slug":"a","url":"`+url+`"}]`), Options{})
		if err != nil || res.ProgramDetected {
			t.Errorf("%s: program %q detected=%v %v; want undecided", url, res.Program, res.ProgramDetected, err)
		}
	}
	res, err := ParseBytes([]byte(`[{"name":"Hope","slug":"a","url":"https://someone@oc-aa.org/m/1"}]`), Options{})
	if err != nil || res.Program != ProgramAA || !res.ProgramDetected {
		t.Errorf("an AA host behind userinfo: %q detected=%v %v", res.Program, res.ProgramDetected, err)
	}
}
