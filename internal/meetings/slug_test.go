package meetings

import (
	"slices"
	"strings"
	"testing"
)

func slugsByName(t *testing.T, list string) map[string]string {
	t.Helper()
	res, err := ParseBytes([]byte(list), Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range res.Meetings {
		out[m.Name+" "+m.Start.String()+" "+DayMessage(m.Days[0]).Other] = m.Slug
	}
	if len(res.Skipped) != 0 {
		t.Errorf("skipped %+v", res.Skipped)
	}
	return out
}

// TestDifferentMeetingsWithOneIDAreKept (#23: "Duplicate Slug B", on
// Saturday, was dropped): both are kept, with ids that are unique and do
// not depend on the list's order.
func TestDifferentMeetingsWithOneIDAreKept(t *testing.T) {
	a := `{"name":"Duplicate Slug A","slug":"dup","day":2,"time":"19:30"}`
	b := `{"name":"Duplicate Slug B","slug":"dup","day":6,"time":"10:00"}`
	other := `{"name":"Other","slug":"dup-6-1000","day":1,"time":"09:00"}` // a list's own slug is never taken
	forward := slugsByName(t, "["+strings.Join([]string{a, b, other}, ",")+"]")
	backward := slugsByName(t, "["+strings.Join([]string{other, b, a}, ",")+"]")
	want := map[string]string{
		"Duplicate Slug A 19:30 Tuesday": "dup", "Duplicate Slug B 10:00 Saturday": "dup-6-1000-2", "Other 09:00 Monday": "dup-6-1000",
	}
	for k, v := range want {
		if forward[k] != v || backward[k] != v {
			t.Errorf("%s: %q and %q reversed, want %q", k, forward[k], backward[k], v)
		}
	}
}

// TestAMeetingOnTwoDays: one meeting listed once a day under one id is
// two meetings, both kept.
func TestAMeetingOnTwoDays(t *testing.T) {
	res, err := ParseBytes([]byte(`[{"name":"Hope","slug":"hope","day":2,"time":"19:00"},{"name":"Hope","slug":"hope","day":4,"time":"19:00"},
		{"name":"Hope","slug":"hope","day":2,"time":"19:00"}]`), Options{})
	if err != nil || len(res.Meetings) != 2 || len(res.Skipped) != 1 || res.Skipped[0].Reason != SkipRepeated {
		t.Fatalf("%v: %d meetings, skipped %+v", err, len(res.Meetings), res.Skipped)
	}
	var slugs []string
	for _, m := range res.Meetings {
		slugs = append(slugs, m.Slug)
	}
	if !slices.Equal(slugs, []string{"hope", "hope-4-1900"}) {
		t.Errorf("slugs %v", slugs)
	}
}
