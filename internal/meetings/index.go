package meetings

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// Index searches meetings in memory. Build it once from the stored
// meetings (and the person's own); it never changes them, and it is safe
// for concurrent searches.
type Index struct {
	ms     []Meeting
	text   []string    // each meeting's searchable words, folded
	coords []coord     // each meeting's position, for distances
	langs  [][]string  // each meeting's languages
	fell   [][]string  // each meeting's fellowships
	places *placeIndex // cities, postal codes and regions to positions
	slugs  map[string]int
}

// coord is a position in radians, with the cosine of its latitude.
type coord struct {
	lat, lng, cos float64
	ok            bool
}

// NewIndex indexes ms; the index keeps ms and hits point into it, so do
// not change ms afterwards.
func NewIndex(ms []Meeting) *Index {
	ix := &Index{
		ms: ms, text: make([]string, len(ms)), coords: make([]coord, len(ms)),
		langs: make([][]string, len(ms)), fell: make([][]string, len(ms)), slugs: make(map[string]int, len(ms)),
	}
	for i := range ms {
		m := &ms[i]
		ix.text[i] = searchText(m)
		if m.HasCoords {
			lat, lng := m.Lat*math.Pi/180, m.Lng*math.Pi/180
			ix.coords[i] = coord{lat: lat, lng: lng, cos: math.Cos(lat), ok: true}
		}
		ix.langs[i], ix.fell[i] = Languages(m), Fellowships(m)
		if _, dup := ix.slugs[m.Slug]; !dup {
			ix.slugs[m.Slug] = i
		}
	}
	ix.places = newPlaceIndex(ms)
	return ix
}

// searchText is what a text search looks in: name, place, notes, group
// and regions.
func searchText(m *Meeting) string {
	parts := []string{m.Name, m.Location, m.Address, m.City, m.PostalCode, m.Region, m.Notes, m.LocationNotes, m.Group, m.GroupNotes}
	parts = append(parts, m.Regions...)
	return fold(strings.Join(parts, "\n"))
}

// Len is how many meetings the index holds.
func (ix *Index) Len() int { return len(ix.ms) }

// Meeting finds a meeting by slug (the first, should two lists share one).
func (ix *Index) Meeting(slug string) (*Meeting, bool) {
	i, ok := ix.slugs[slug]
	if !ok {
		return nil, false
	}
	return &ix.ms[i], true
}

// Sort orders search results.
type Sort int

// The orders a search can give.
const (
	ByNextStart Sort = iota // soonest first; by appointment last
	ByDistance              // nearest first; those without a position last
	ByName                  // alphabetical
)

// Query is a search. A zero field does not filter; every field given
// must match.
type Query struct {
	Text string         // every word must appear in the name, place, notes, group or regions (any case or accents)
	Days []time.Weekday // meets on one of these days, in its own time zone
	// From and Before bound the start time of day in the meeting's own
	// zone: From <= start < Before. Zero (or NoClock) means no bound.
	From, Before Clock
	// FromNow keeps meetings whose next start is from Now to the end of
	// today in Local: "later today".
	FromNow    bool
	Attendance []Attendance // one of these (Online and Hybrid for "can join online")
	Fellowship string       // one can meet this fellowship there (see Fellowships)
	Types      []string     // has every one of these type codes
	Language   string       // one of its types says it is held in this language (BCP 47)
	Slugs      map[string]bool
	Near       *Place // measure distances from here
	// Place is a place as the person typed it (see Index.Place), used when
	// Near is nil. A place no meeting with a position is in matches
	// nothing: Find says ErrPlaceNotFound, and Search finds no meeting
	// rather than every one.
	Place    string
	WithinKm float64 // with Near or Place: no farther than this; 0 means any distance
	Sort     Sort
	Now      time.Time      // zero: time.Now()
	Local    *time.Location // the person's zone, and the zone of meetings without one; nil: the computer's
}

// Hit is one meeting found.
type Hit struct {
	Meeting    *Meeting  // points into the index: do not change it
	Next       time.Time // the next start in the meeting's zone; zero when by appointment
	DistanceKm float64   // from Query.Near; -1 when unknown or not asked
}

// Search returns the meetings that match q, in q's order; none when
// q.Place is not found (Find says why).
func (ix *Index) Search(q Query) []Hit {
	hits, _ := ix.Find(q)
	return hits
}

// Find is Search that says when q.Place names no place with a position:
// then no meeting is near it, and the error (a *PlaceError, errors.Is
// ErrPlaceNotFound, with a message from ErrorMessage) says so.
func (ix *Index) Find(q Query) ([]Hit, error) {
	if q.Near == nil && strings.TrimSpace(q.Place) != "" {
		p, ok := ix.Place(q.Place)
		if !ok {
			return nil, &PlaceError{Place: strings.TrimSpace(q.Place)}
		}
		q.Near = &p
	}
	return ix.search(q), nil
}

func (ix *Index) search(q Query) []Hit {
	s := newSearch(q)
	hits := make([]Hit, 0, 64)
	for i := range ix.ms {
		if h, ok := s.match(ix, i); ok {
			hits = append(hits, h)
		}
	}
	sortHits(hits, q.Sort)
	return hits
}

// search is a query made ready to match.
type search struct {
	q        Query
	words    []string
	days     [7]bool
	anyDay   bool
	near     coord
	zones    map[*time.Location]*zoneNow
	tomorrow time.Time
}

func newSearch(q Query) *search {
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	if q.Local == nil {
		q.Local = time.Local
	}
	s := &search{q: q, words: strings.Fields(fold(q.Text)), anyDay: len(q.Days) == 0, zones: map[*time.Location]*zoneNow{}}
	for _, d := range q.Days {
		if d >= 0 && d < 7 {
			s.days[d] = true
		}
	}
	if q.Near != nil {
		lat := q.Near.Lat * math.Pi / 180
		s.near = coord{lat: lat, lng: q.Near.Lng * math.Pi / 180, cos: math.Cos(lat), ok: true}
	}
	y, mo, d := q.Now.In(q.Local).Date()
	s.tomorrow = time.Date(y, mo, d+1, 0, 0, 0, 0, q.Local)
	return s
}

// match checks meeting i against the query, cheapest tests first.
func (s *search) match(ix *Index, i int) (Hit, bool) {
	m := &ix.ms[i]
	q := &s.q
	if !s.scheduleMatches(m) || !s.kindMatches(ix, i) {
		return Hit{}, false
	}
	h := Hit{Meeting: m, DistanceKm: -1}
	if s.near.ok {
		if !ix.coords[i].ok {
			if q.WithinKm > 0 {
				return Hit{}, false
			}
		} else if h.DistanceKm = s.distance(ix.coords[i]); q.WithinKm > 0 && h.DistanceKm > q.WithinKm {
			return Hit{}, false
		}
	}
	if !containsAll(ix.text[i], s.words) {
		return Hit{}, false
	}
	if !m.ByAppointment() {
		h.Next = s.zone(m).next(m)
		if q.FromNow && !h.Next.Before(s.tomorrow) {
			return Hit{}, false
		}
	}
	return h, true
}

// scheduleMatches checks the days and times.
func (s *search) scheduleMatches(m *Meeting) bool {
	q := &s.q
	timed := !s.anyDay || q.From > 0 || q.Before > 0 || q.FromNow
	if m.ByAppointment() {
		return !timed
	}
	if !s.anyDay && !slices.ContainsFunc(m.Days, func(d time.Weekday) bool { return s.days[d] }) {
		return false
	}
	return (q.From <= 0 || m.Start >= q.From) && (q.Before <= 0 || m.Start < q.Before)
}

// kindMatches checks attendance, fellowship, types, language and slugs.
func (s *search) kindMatches(ix *Index, i int) bool {
	m, q := &ix.ms[i], &s.q
	switch {
	case len(q.Attendance) > 0 && !slices.Contains(q.Attendance, m.Attendance),
		q.Fellowship != "" && !slices.Contains(ix.fell[i], q.Fellowship),
		q.Language != "" && !slices.Contains(ix.langs[i], q.Language),
		q.Slugs != nil && !q.Slugs[m.Slug]:
		return false
	}
	for _, t := range q.Types {
		if !slices.ContainsFunc(m.Types, func(c string) bool { return strings.EqualFold(c, t) }) {
			return false
		}
	}
	return true
}

func (s *search) zone(m *Meeting) *zoneNow {
	loc := Location(m, s.q.Local)
	z, ok := s.zones[loc]
	if !ok {
		z = newZoneNow(s.q.Now, loc)
		s.zones[loc] = z
	}
	return z
}

// earthKm is the Earth's mean radius.
const earthKm = 6371.0088

// distance is the haversine distance in km from the query's place.
func (s *search) distance(c coord) float64 {
	return haversine(s.near, c)
}

func haversine(a, b coord) float64 {
	sl := math.Sin((b.lat - a.lat) / 2)
	sg := math.Sin((b.lng - a.lng) / 2)
	h := sl*sl + a.cos*b.cos*sg*sg
	return 2 * earthKm * math.Asin(math.Sqrt(min(1, h)))
}

// DistanceKm is the distance in km between two positions in degrees.
func DistanceKm(lat1, lng1, lat2, lng2 float64) float64 {
	return haversine(toCoord(lat1, lng1), toCoord(lat2, lng2))
}

func toCoord(lat, lng float64) coord {
	r := lat * math.Pi / 180
	return coord{lat: r, lng: lng * math.Pi / 180, cos: math.Cos(r), ok: true}
}

// KmPerMile converts distances for people who think in miles.
const KmPerMile = 1.609344

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

func sortHits(hits []Hit, by Sort) {
	byNext := func(a, b Hit) int {
		switch {
		case a.Next.IsZero() != b.Next.IsZero():
			if a.Next.IsZero() {
				return 1
			}
			return -1
		case !a.Next.Equal(b.Next):
			return a.Next.Compare(b.Next)
		}
		return cmp.Or(strings.Compare(a.Meeting.Name, b.Meeting.Name), strings.Compare(a.Meeting.Slug, b.Meeting.Slug))
	}
	switch by {
	case ByDistance:
		slices.SortFunc(hits, func(a, b Hit) int {
			if a.DistanceKm != b.DistanceKm {
				switch {
				case a.DistanceKm < 0:
					return 1
				case b.DistanceKm < 0:
					return -1
				}
				return cmp.Compare(a.DistanceKm, b.DistanceKm)
			}
			return byNext(a, b)
		})
	case ByName:
		slices.SortFunc(hits, func(a, b Hit) int {
			return cmp.Or(strings.Compare(fold(a.Meeting.Name), fold(b.Meeting.Name)), byNext(a, b))
		})
	default:
		slices.SortFunc(hits, byNext)
	}
}
