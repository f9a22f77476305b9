package search

import (
	"slices"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store"
)

// Quoted words are found side by side, in order; a * at the end of a
// word (or anywhere) means what a plain word means already: the word may
// go on.
func TestPhrasesAndStars(t *testing.T) {
	at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	entries := []store.Entry{
		{ID: 1, At: at, Text: "Last night he drank again."},
		{ID: 2, At: at.Add(-time.Hour), Text: "He said he never drank, and he\n  drank in the car."},
		{ID: 3, At: at.Add(-2 * time.Hour), Text: "I drank tea; he was asleep."},
		{ID: 4, At: at.Add(-3 * time.Hour), Text: "I felt calm. Feeling better."},
		{ID: 5, At: at.Add(-4 * time.Hour), Text: "Él bebió «mucho» anoche", Tags: []string{"Casa nueva"}},
	}
	ix := New(entries)
	cases := []struct {
		q    string
		want []int64
	}{
		{`"he drank"`, []int64{1, 2}},
		{`“he drank”`, []int64{1, 2}},
		{`"HE DRANK" car`, []int64{2}},
		{`"drank he"`, nil},
		{`"he drank`, []int64{1, 2}}, // a quote left open runs to the end
		{`felt*`, []int64{4}},
		{`feel*`, []int64{4}},
		{`*`, []int64{1, 2, 3, 4, 5}},
		{`"el bebio"`, []int64{5}},
		{`"casa nueva"`, []int64{5}},
		{`""`, []int64{1, 2, 3, 4, 5}},
		{`he drank`, []int64{1, 2, 3}},
	}
	for _, c := range cases {
		var got []int64
		for _, e := range ix.Find(Query{Text: c.q}) {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: found %v, want %v", c.q, got, c.want)
		}
	}
}
