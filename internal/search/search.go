// Package search finds journal entries in memory, once the records are
// unlocked: each entry's words and tags are folded once (see Fold) into
// one block of text, and every search scans that block. Nothing here
// touches the disk (docs/design.md: no plaintext index, ever).
package search

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/alongside-app/alongside/store"
)

// Query filters entries; a zero field does not filter.
type Query struct {
	Text     string     // every word must appear in the entry's text or tags; "quoted words" side by side; a * is ignored
	Tag      string     // one of the entry's tags, ignoring case and accents
	From, To time.Time  // dates, inclusive, each read in its own location
	Mood     store.Mood // exactly this mood
}

// sep ends each entry's folded text; Fold never returns it.
const sep = 0

// Index holds entries newest first and their folded words.
type Index struct {
	entries []store.Entry
	text    string // every entry's folded text and tags, each ended by sep
	starts  []int  // where each entry's text starts in text; one more at the end
	tags    [][]string
	freq    [256]int // how often each byte occurs in text
}

// newer orders entries newest first: by At, then by the higher id.
func newer(a, b store.Entry) int {
	if c := b.At.Compare(a.At); c != 0 {
		return c
	}
	switch {
	case a.ID > b.ID:
		return -1
	case a.ID < b.ID:
		return 1
	}
	return 0
}

// New indexes entries. They are used as given when newest first (as the
// store returns them), else a sorted copy is made.
func New(entries []store.Entry) *Index {
	if !slices.IsSortedFunc(entries, newer) {
		entries = slices.Clone(entries)
		slices.SortStableFunc(entries, newer)
	}
	size := 0
	for _, e := range entries {
		size += len(e.Text) + 2
		for _, t := range e.Tags {
			size += len(t) + 1
		}
	}
	ix := &Index{entries: entries, starts: make([]int, 0, len(entries)+1), tags: make([][]string, len(entries))}
	buf := make([]byte, 0, size+size/16)
	for i, e := range entries {
		ix.starts = append(ix.starts, len(buf))
		buf = appendFold(buf, e.Text)
		for _, t := range e.Tags {
			buf = append(buf, '\n')
			mark := len(buf)
			buf = appendFold(buf, t)
			ix.tags[i] = append(ix.tags[i], strings.TrimSpace(string(buf[mark:])))
		}
		buf = append(buf, sep)
	}
	ix.starts = append(ix.starts, len(buf))
	ix.text = string(buf)
	for _, c := range buf {
		ix.freq[c]++
	}
	return ix
}

// Len is how many entries the index holds.
func (ix *Index) Len() int { return len(ix.entries) }

// Entries are the indexed entries, newest first.
func (ix *Index) Entries() []store.Entry { return ix.entries }

// Find is the entries matching q, newest first.
func (ix *Index) Find(q Query) []store.Entry {
	idx := ix.Match(q)
	out := make([]store.Entry, len(idx))
	for i, k := range idx {
		out[i] = ix.entries[k]
	}
	return out
}

// Match is the positions in Entries of the entries matching q, in order
// (newest first).
func (ix *Index) Match(q Query) []int {
	lo, hi := ix.dateRange(q.From, q.To)
	words, phrases := parseText(q.Text)
	tag := strings.TrimSpace(Fold(q.Tag))
	keep := func(k int) bool {
		if (q.Mood != 0 && ix.entries[k].Mood != q.Mood) || (tag != "" && !slices.Contains(ix.tags[k], tag)) {
			return false
		}
		text := ix.text[ix.starts[k]:ix.starts[k+1]]
		if !containsAll(text, words) {
			return false
		}
		for _, p := range phrases {
			if !containsPhrase(text, p) {
				return false
			}
		}
		return true
	}
	var out []int
	all := slices.Concat(slices.Concat(phrases...), words)
	if len(all) == 0 {
		for k := lo; k < hi; k++ {
			if keep(k) {
				out = append(out, k)
			}
		}
		return out
	}
	// Scan the block for the longest word, the rarest as a rule; only
	// entries where it occurs are checked further. A long block is split
	// between the processors, at entry boundaries.
	w := slices.MaxFunc(all, func(a, b string) int { return len(a) - len(b) })
	find := ix.finder(w)
	parts := min(runtime.GOMAXPROCS(0), max(1, (ix.starts[hi]-ix.starts[lo])/minPart))
	if parts == 1 {
		return ix.scan(lo, hi, find, keep, out)
	}
	cuts := make([]int, parts+1)
	cuts[0], cuts[parts] = lo, hi
	for p := 1; p < parts; p++ {
		at := ix.starts[lo] + (ix.starts[hi]-ix.starts[lo])*p/parts
		cuts[p] = max(cuts[p-1], sort.SearchInts(ix.starts, at))
	}
	found := make([][]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { found[p] = ix.scan(cuts[p], cuts[p+1], find, keep, nil) })
	}
	wg.Wait()
	return slices.Concat(found...)
}

// minPart is the least text worth a goroutine of its own: 4 MiB (tests
// lower it).
var minPart = 4 << 20

// scan appends to out the entries from lo to hi (not included) where
// find finds something and keep agrees.
func (ix *Index) scan(lo, hi int, find func(string) int, keep func(int) bool, out []int) []int {
	end := ix.starts[hi]
	for pos := ix.starts[lo]; pos < end; {
		i := find(ix.text[pos:end])
		if i < 0 {
			break
		}
		k := sort.SearchInts(ix.starts, pos+i+1) - 1 // the entry holding the match
		if keep(k) {
			out = append(out, k)
		}
		pos = ix.starts[k+1]
	}
	return out
}

// finder returns the fastest way to find w in the index's text: when one
// of w's bytes is rare there, jump from one of those to the next
// (strings.IndexByte is vectorised), checking w around each; otherwise
// strings.Index.
func (ix *Index) finder(w string) func(s string) int {
	r := 0
	for k := 1; k < len(w); k++ {
		if ix.freq[w[k]] < ix.freq[w[r]] {
			r = k
		}
	}
	if ix.freq[w[r]]*rareBytes > len(ix.text) {
		return func(s string) int { return strings.Index(s, w) }
	}
	c := w[r]
	return func(s string) int {
		for i := r; i < len(s); i++ {
			j := strings.IndexByte(s[i:], c)
			if j < 0 {
				return -1
			}
			i += j
			if start := i - r; start+len(w) <= len(s) && s[start:start+len(w)] == w {
				return start
			}
		}
		return -1
	}
}

// rareBytes: a byte at most once in this many is rare enough to jump between.
const rareBytes = 32

// quoteMarks open and close a phrase in a query.
const quoteMarks = "\"“”„«»"

// parseText reads a query's text: words, each of which must appear, and
// phrases in quotes, whose words must appear side by side, in order (a
// quote left open runs to the end). A * is dropped: a word matches
// wherever it appears, at the start of a longer word too, so "felt*" is
// "felt". Everything is folded.
func parseText(q string) (words []string, phrases [][]string) {
	q = strings.Map(func(r rune) rune {
		switch {
		case r == '*' || r == 0:
			return ' '
		case strings.ContainsRune(quoteMarks, r):
			return '"'
		}
		return r
	}, q)
	for i, part := range strings.Split(q, "\"") {
		ws := foldWords(part)
		if i%2 == 1 && len(ws) > 1 {
			phrases = append(phrases, ws)
		} else {
			words = append(words, ws...)
		}
	}
	return words, phrases
}

// containsPhrase reports whether words appear in text one after another,
// with only white space between them.
func containsPhrase(text string, words []string) bool {
	first := words[0]
	for off := 0; ; {
		i := strings.Index(text[off:], first)
		if i < 0 {
			return false
		}
		if follows(text, off+i+len(first), words[1:]) {
			return true
		}
		off += i + 1
	}
}

// follows reports whether words come next in text from pos, each after
// some white space.
func follows(text string, pos int, words []string) bool {
	for _, w := range words {
		j := pos
		for j < len(text) && (text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j == pos || !strings.HasPrefix(text[j:], w) {
			return false
		}
		pos = j + len(w)
	}
	return true
}

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// dateRange is the span of entries (newest first) from the start of
// from's day to the end of to's day.
func (ix *Index) dateRange(from, to time.Time) (lo, hi int) {
	lo, hi = 0, len(ix.entries)
	if !to.IsZero() {
		end := dayStart(to).AddDate(0, 0, 1) // entries before this instant
		lo = sort.Search(len(ix.entries), func(i int) bool { return ix.entries[i].At.Before(end) })
	}
	if !from.IsZero() {
		start := dayStart(from)
		hi = sort.Search(len(ix.entries), func(i int) bool { return ix.entries[i].At.Before(start) })
	}
	return lo, max(lo, hi)
}

func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// OnThisDay is the entries written on today's month and day in earlier
// years, newest first. (An entry of 29 February shows only on 29 February.)
func OnThisDay(entries []store.Entry, today time.Time) []store.Entry {
	var out []store.Entry
	for _, e := range entries {
		at := e.At.In(today.Location())
		if at.Month() == today.Month() && at.Day() == today.Day() && at.Year() < today.Year() {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, newer)
	return out
}
