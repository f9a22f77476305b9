package meetings

import (
	"cmp"
	"slices"
	"strings"
)

// Whose meetings a list holds. A family app must not guess: a list is
// called Al-Anon, AA... only when its own evidence clearly says so, and
// otherwise every meeting is "fellowship not stated" and the screen asks,
// showing the evidence. Evidence is of two kinds, counted per record:
// codes only one program's table has (the 3:1 vote below), and words in
// the names, notes and web addresses (Al-Anon, Alateen, Nar-Anon, family,
// familia, familiares, Alcoholics Anonymous, AA...).

// Pointer is what a piece of evidence points to.
type Pointer int

// What evidence can point to.
const (
	PointsAlAnon  Pointer = iota + 1 // Al-Anon or Alateen
	PointsNarAnon                    // Nar-Anon or Narateen
	PointsFamily                     // families and friends, without naming a fellowship
	PointsAA                         // Alcoholics Anonymous
	PointsNA                         // Narcotics Anonymous
)

// ForFamilies reports evidence of a group for families and friends rather
// than for the person who drinks or uses.
func (p Pointer) ForFamilies() bool { return p >= PointsAlAnon && p <= PointsFamily }

// Where says where in a list a piece of evidence was found.
type Where int

// The places evidence is looked for.
const (
	InNames   Where = iota + 1 // meeting, group and publisher names
	InNotes                    // notes and descriptions
	InCodes                    // type codes only one fellowship's lists use
	InAddress                  // the web addresses of the meetings' pages
)

// Clue is one kind of evidence and how many meetings show it.
type Clue struct {
	Points   Pointer
	Where    Where
	Meetings int
	Examples []string // up to three of those meetings' names
}

// Evidence is what a list says about whose meetings it holds.
type Evidence struct {
	Records int    // the records read
	Clues   []Clue // most meetings first
}

// maxExamples is how many meeting names a clue keeps.
const maxExamples = 3

// words are what the list's text is searched for, folded. A word marked
// whole must stand alone ("AA", not the "aa" in "Isaac").
var words = []struct {
	text   string
	points Pointer
	whole  bool
}{
	{"al-anon", PointsAlAnon, false}, {"alanon", PointsAlAnon, false}, {"al anon", PointsAlAnon, false},
	{"alateen", PointsAlAnon, false}, {"afg", PointsAlAnon, true}, {"fafo", PointsAlAnon, true}, {"ffaow", PointsAlAnon, true},
	{"nar-anon", PointsNarAnon, false}, {"naranon", PointsNarAnon, false}, {"nar anon", PointsNarAnon, false}, {"narateen", PointsNarAnon, false},
	{"famil", PointsFamily, false}, // family, families, familia(s), familiares, famille, Familie
	{"loved one", PointsFamily, false}, {"seres queridos", PointsFamily, false}, {"parents of", PointsFamily, false},
	{"alcoholics anonymous", PointsAA, false}, {"alcoholicos anonimos", PointsAA, false}, {"aa", PointsAA, true}, {"a.a.", PointsAA, false}, {"big book", PointsAA, false},
	{"narcotics anonymous", PointsNA, false}, {"narcoticos anonimos", PointsNA, false}, {"basic text", PointsNA, false},
}

// Codes only one fellowship's lists use. AA's concurrent-meeting codes
// (AL-AN, AL) name Al-Anon and Alateen, and a bare number may be a site's
// own id, so neither is evidence either way.
var (
	aaOnlyCodes     = []string{"B", "ABSI", "DR", "GR", "LS", "12x12"}
	alAnonOnlyCodes = []string{"AC", "LGBTQIA", "FAFO", "FFAOW"}
	naOnlyCodes     = []string{"BT", "JFT", "JT", "IP", "IW", "LC", "SWG"} // NA literature, as BMLT servers write it
)

// signs is the evidence of one record: a bit for each pointer and place.
type signs uint32

func signBit(p Pointer, w Where) signs { return 1 << (int(p-1)*4 + int(w-1)) }

func (s signs) has(p Pointer) bool { return s&(0xF<<(int(p-1)*4)) != 0 }

// recordSigns is the evidence one record gives.
func recordSigns(r *rawMeeting) signs {
	var s signs
	s |= textSigns(string(r.Name)+"\n"+string(r.Group)+"\n"+string(r.Entity), InNames)
	s |= textSigns(string(r.Notes)+"\n"+string(r.GroupNotes)+"\n"+string(r.LocationNotes), InNotes)
	s |= codeSigns(r.Types, false) | codeSigns(r.signCodes, true)
	if host := urlHost(string(r.URL)); host != "" {
		s |= hostSigns(host)
	}
	return s
}

func textSigns(text string, w Where) signs {
	var s signs
	if strings.TrimSpace(text) == "" {
		return 0
	}
	text = fold(text)
	for _, wd := range words {
		if s&signBit(wd.points, w) == 0 && hasWord(text, wd.text, wd.whole) {
			s |= signBit(wd.points, w)
		}
	}
	return s
}

// hasWord finds word in text, standing alone when whole, else at least
// at the start of a word.
func hasWord(text, word string, whole bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		if (start == 0 || !isWordByte(text[start-1])) && (!whole || end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

func codeSigns(codes []string, server bool) signs {
	var s signs
	for _, c := range codes {
		eq := func(x string) bool { return strings.EqualFold(x, strings.TrimSpace(c)) }
		switch {
		case slices.ContainsFunc(alAnonOnlyCodes, eq):
			s |= signBit(PointsAlAnon, InCodes)
		case slices.ContainsFunc(aaOnlyCodes, eq) && !server:
			s |= signBit(PointsAA, InCodes)
		case slices.ContainsFunc(naOnlyCodes, eq) && server:
			s |= signBit(PointsNA, InCodes)
		}
	}
	return s
}

func hostSigns(host string) signs {
	switch {
	case strings.Contains(host, "alanon") || strings.Contains(host, "al-anon") || strings.Contains(host, "alateen"):
		return signBit(PointsAlAnon, InAddress)
	case strings.Contains(host, "naranon") || strings.Contains(host, "nar-anon"):
		return signBit(PointsNarAnon, InAddress)
	case isAAHost(host):
		return signBit(PointsAA, InAddress)
	}
	return 0
}

// tally counts the records that show each sign.
type tally struct {
	records  int
	counts   [5 * 4]int
	examples [5 * 4][]string
	pointers [5]int // records with any sign of each pointer
	family   int    // records with any sign for families
	users    int    // records with any sign for the person who drinks or uses
}

func (t *tally) add(s signs, name string) {
	t.records++
	if s == 0 {
		return
	}
	for i := range t.counts {
		if s&(1<<i) != 0 {
			t.counts[i]++
			if len(t.examples[i]) < maxExamples && name != "" && !slices.Contains(t.examples[i], name) {
				t.examples[i] = append(t.examples[i], name)
			}
		}
	}
	fam, usr := false, false
	for p := PointsAlAnon; p <= PointsNA; p++ {
		if s.has(p) {
			t.pointers[p-1]++
			fam, usr = fam || p.ForFamilies(), usr || !p.ForFamilies()
		}
	}
	if fam {
		t.family++
	}
	if usr {
		t.users++
	}
}

// evidence lists the clues, most meetings first.
func (t *tally) evidence() Evidence {
	ev := Evidence{Records: t.records}
	for i, n := range t.counts {
		if n > 0 {
			ev.Clues = append(ev.Clues, Clue{Points: Pointer(i/4 + 1), Where: Where(i%4 + 1), Meetings: n, Examples: t.examples[i]})
		}
	}
	slices.SortStableFunc(ev.Clues, func(a, b Clue) int { return cmp.Compare(b.Meetings, a.Meetings) })
	return ev
}

// outweighs is the vote's rule: one side's records must be at least three
// times the other's (2:1 is not clear enough either way).
func outweighs(a, b int) bool { return a > 0 && a >= 3*b }

// decide settles whose meetings these are: first families against the
// person who drinks or uses, then which fellowship on the winning side.
// When the evidence is not clear the answer is "not stated", never AA.
func (t *tally) decide() (Program, string, bool) {
	p := t.pointers
	switch {
	case outweighs(t.family, t.users):
		switch al, nar := p[PointsAlAnon-1], p[PointsNarAnon-1]; {
		case outweighs(al, nar):
			return ProgramAlAnon, FellowshipAlAnon, true
		case outweighs(nar, al):
			return ProgramNotStated, FellowshipNarAnon, true
		}
	case outweighs(t.users, t.family):
		switch aa, na := p[PointsAA-1], p[PointsNA-1]; {
		case outweighs(aa, na):
			return ProgramAA, FellowshipAA, true
		case outweighs(na, aa):
			return ProgramNotStated, FellowshipNA, true
		}
	}
	return ProgramNotStated, FellowshipNotStated, false
}

// Mixed reports evidence both of family groups and of groups for the
// person who drinks or uses, which a screen may want to say.
func (e Evidence) Mixed() bool {
	fam, usr := false, false
	for _, c := range e.Clues {
		fam, usr = fam || c.Points.ForFamilies(), usr || !c.Points.ForFamilies()
	}
	return fam && usr
}

// urlHost is the lower-case host of an http(s) address, or "".
func urlHost(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// isAAHost reports a host whose name has "aa" at the start or end of one
// of its labels' words: oc-aa.org, edmontonaa.org, aasepia.org.
func isAAHost(host string) bool {
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels[:len(labels)-1] {
		for w := range strings.SplitSeq(l, "-") {
			if w == "aa" || strings.HasPrefix(w, "aa") && len(w) > 4 || strings.HasSuffix(w, "aa") && len(w) > 4 {
				return true
			}
		}
	}
	return false
}
