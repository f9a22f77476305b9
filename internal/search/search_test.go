package search

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/alongside-app/alongside/store"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"":             "",
		"cafe":         "cafe",
		"Café":         "cafe",
		"CAFÉ":         "cafe",
		"cafe\u0301":   "cafe", // e and a combining accent
		"ÁRBOL":        "arbol",
		"Canción":      "cancion",
		"Ñandú":        "nandu",
		"Straße":       "strasse",
		"STRAẞE":       "strasse",
		"ﬁnal":         "final",
		"ＡＢＣ":          "abc",
		"İstanbul":     "istanbul",
		"Œuvre Æsop":   "oeuvre aesop",
		"Łódź Øre":     "lodz ore",
		"ÜBER":         "uber",
		"Ελλάδα":       "ελλαδα",
		"a\x00b":       "a b",
		"日本語":          "日本語",
		"\xff":         "\uFFFD",
		"Mixed ÇaSe 1": "mixed case 1",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzFold holds Fold's promises: it is stable, works rune by rune, and
// leaves no capital, no combining mark, no NUL and no invalid UTF-8.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Café", "ÁRBOL", "Straße", "ﬃ", "İı", "e\u0301\u0327", "\xff\xfe", "ǅ", "Ω", "ΐ", "\u1E9E", "a\x00"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa := Fold(a)
		if Fold(fa) != fa {
			t.Fatalf("Fold(Fold(%q)) = %q, Fold = %q", a, Fold(fa), fa)
		}
		if !utf8.ValidString(fa) || strings.IndexByte(fa, 0) >= 0 {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8 or a NUL", a, fa)
		}
		for _, r := range fa {
			if unicode.ToLower(r) != r || unicode.Is(unicode.Mn, r) {
				t.Fatalf("Fold(%q) = %q keeps %q", a, fa, r)
			}
		}
		if utf8.ValidString(a) {
			if got := Fold(a + b); got != fa+Fold(b) {
				t.Fatalf("Fold(%q+%q) = %q, want %q", a, b, got, fa+Fold(b))
			}
		}
	})
}

func day(y, m, d, h int) time.Time { return time.Date(y, time.Month(m), d, h, 0, 0, 0, time.Local) }

func journal() []store.Entry {
	return []store.Entry{
		{ID: 1, At: day(2024, 3, 1, 9), Mood: 2, Text: "Fuimos al café con mamá", Tags: []string{"Familia"}},
		{ID: 2, At: day(2025, 3, 1, 21), Mood: 4, Text: "The meeting helped. Sleep better.", Tags: []string{"Al-Anon", "sleep"}},
		{ID: 3, At: day(2025, 3, 2, 8), Mood: 1, Text: "Hospital again; ÁRBOL outside the window", Tags: nil},
		{ID: 4, At: day(2025, 3, 3, 23), Mood: 4, Text: "Talked to Dad about the drinking", Tags: []string{"dad", "Árbol"}},
		{ID: 5, At: day(2025, 3, 3, 23), Mood: 0, Text: "", Tags: []string{"empty"}},
	}
}

func ids(es []store.Entry) []int64 {
	out := []int64{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestFind(t *testing.T) {
	ix := New(journal()) // oldest first: New sorts
	cases := []struct {
		name string
		q    Query
		want []int64
	}{
		{"everything", Query{}, []int64{5, 4, 3, 2, 1}},
		{"accent in the entry", Query{Text: "cafe"}, []int64{1}},
		{"accent in the query", Query{Text: "CAFÉ"}, []int64{1}},
		{"capitals in the entry", Query{Text: "arbol"}, []int64{4, 3}},
		{"part of a word", Query{Text: "drink"}, []int64{4}},
		{"every word must appear", Query{Text: "dad drinking"}, []int64{4}},
		{"words in any order", Query{Text: "window hospital"}, []int64{3}},
		{"a word only in a tag", Query{Text: "familia"}, []int64{1}},
		{"no such word", Query{Text: "lighthouse"}, []int64{}},
		{"one word missing", Query{Text: "dad lighthouse"}, []int64{}},
		{"tag, any case", Query{Tag: "SLEEP"}, []int64{2}},
		{"tag with accent", Query{Tag: "arbol"}, []int64{4}},
		{"tag is whole", Query{Tag: "slee"}, []int64{}},
		{"mood", Query{Mood: 4}, []int64{4, 2}},
		{"from, inclusive", Query{From: day(2025, 3, 2, 23)}, []int64{5, 4, 3}},
		{"to, inclusive", Query{To: day(2025, 3, 1, 0)}, []int64{2, 1}},
		{"one day", Query{From: day(2025, 3, 3, 12), To: day(2025, 3, 3, 12)}, []int64{5, 4}},
		{"from after to", Query{From: day(2025, 3, 3, 0), To: day(2025, 3, 1, 0)}, []int64{}},
		{"all at once", Query{Text: "the", Mood: 4, From: day(2025, 3, 2, 0)}, []int64{4}},
		{"text within dates", Query{Text: "árbol", To: day(2025, 3, 2, 0)}, []int64{3}},
		{"NUL in a query", Query{Text: "sleep\x00"}, []int64{2}},
		{"only spaces", Query{Text: "   "}, []int64{5, 4, 3, 2, 1}},
	}
	for _, c := range cases {
		if got := ids(ix.Find(c.q)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMatchAgreesWithPlainScan compares the block scan with the obvious
// loop over random journals and queries, in one piece and split.
func TestMatchAgreesWithPlainScan(t *testing.T) {
	for _, part := range []int{minPart, 64, 1} {
		t.Run(fmt.Sprint(part), func(t *testing.T) {
			saved := minPart
			minPart = part
			defer func() { minPart = saved }()
			if part == 1 { // as many pieces as there are entries, nearly
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(7))
			}
			matchAgrees(t)
		})
	}
}

func matchAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"ab", "ba", "aba", "Ábaco", "b", "ca", "ñu", "NU"}
	pick := func() string { return words[rng.IntN(len(words))] }
	for round := 0; round < 200; round++ {
		var es []store.Entry
		for i := 0; i < rng.IntN(60); i++ {
			es = append(es, store.Entry{ID: int64(i + 1), At: day(2025, 1, 1+rng.IntN(5), rng.IntN(24)),
				Text: pick() + " " + pick() + pick(), Tags: []string{pick()}, Mood: store.Mood(rng.IntN(3))})
		}
		ix := New(es)
		q := Query{Text: pick(), Mood: store.Mood(rng.IntN(3))}
		if rng.IntN(2) == 0 {
			q.Text += " " + pick()
		}
		var want []int64
		for _, e := range ix.Entries() {
			text := Fold(e.Text + "\n" + strings.Join(e.Tags, "\n"))
			if (q.Mood == 0 || e.Mood == q.Mood) && containsAll(text, strings.Fields(Fold(q.Text))) {
				want = append(want, e.ID)
			}
		}
		if got := ids(ix.Find(q)); !slices.Equal(got, append([]int64{}, want...)) {
			t.Fatalf("round %d, %+v: %v, want %v", round, q, got, want)
		}
	}
}

func TestNewKeepsNewestFirstOrder(t *testing.T) {
	es := journal()
	slices.Reverse(es)
	ix := New(es)
	if got := ids(ix.Entries()); !slices.Equal(got, []int64{5, 4, 3, 2, 1}) {
		t.Errorf("order %v", got)
	}
	if &ix.Entries()[0] != &es[0] {
		t.Error("entries already newest first were copied")
	}
	if New(nil).Len() != 0 || len(New(nil).Find(Query{Text: "x"})) != 0 {
		t.Error("an empty index found something")
	}
}

func TestOnThisDay(t *testing.T) {
	es := journal()
	es = append(es, store.Entry{ID: 9, At: day(2026, 3, 1, 7), Text: "this year"})
	got := ids(OnThisDay(es, day(2026, 3, 1, 12)))
	if !slices.Equal(got, []int64{2, 1}) {
		t.Errorf("OnThisDay = %v, want [2 1] (earlier years only, newest first)", got)
	}
	if got := OnThisDay(es, day(2026, 7, 4, 12)); len(got) != 0 {
		t.Errorf("OnThisDay on a day with nothing = %v", ids(got))
	}
}

// entries100k makes n entries of about 400 bytes of English and Spanish
// words; one entry in a thousand mentions a lighthouse.
func entries100k(n int) []store.Entry {
	vocab := strings.Fields(`today I called my sister about dad and the drinking again she said we should talk
		to him together on sunday felt tired angry hopeful worried calm meeting helped boundary held bent
		broken sleep work kids dinner hospital phone late night argument promise hoy llamé mi hermana
		sobre papá bebida otra vez dijo que hablemos con él juntos domingo cansada enfadada tranquila
		reunión ayudó café árbol canción`)
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2000, 1, 1, 8, 0, 0, 0, time.Local)
	es := make([]store.Entry, n)
	for i := range es {
		var b strings.Builder
		for b.Len() < 400 {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		if i%1000 == 0 {
			b.WriteString("Lighthouse")
		}
		es[len(es)-1-i] = store.Entry{ID: int64(i + 1), At: base.Add(time.Duration(i) * time.Hour),
			Mood: store.Mood(i % 6), Tags: []string{vocab[i%len(vocab)]}, Text: b.String()}
	}
	return es
}

// BenchmarkSearch100k is one search over 100,000 unlocked entries (the
// DESIGN target: no slower than rg -i over a plaintext export).
func BenchmarkSearch100k(b *testing.B) {
	ix := New(entries100k(100_000))
	for _, word := range []string{"lighthouse", "cafe", "hospital sunday"} {
		b.Run(strings.ReplaceAll(word, " ", "+"), func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(ix.Match(Query{Text: word}))
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}

// BenchmarkIndex100k is folding 100,000 entries once, after unlock.
func BenchmarkIndex100k(b *testing.B) {
	es := entries100k(100_000)
	for b.Loop() {
		New(es)
	}
}

func ExampleFold() {
	fmt.Println(Fold("Café"), Fold("ÁRBOL"), Fold("Straße"))
	// Output: cafe arbol strasse
}
