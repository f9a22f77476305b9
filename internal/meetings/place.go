package meetings

import (
	"slices"
	"strconv"
	"strings"
)

// Place is a point to measure distances from.
type Place struct {
	Lat, Lng float64
	Name     string // the city, postal code or region it was found as; "" for coordinates
	Meetings int    // how many meetings with a position it was made from; 0 for coordinates
}

// placeIndex finds places by name in the stored meetings: no geocoding
// service and no gazetteer, only what the lists say. Names are kept by
// kind, because a typed name is looked for as a town first, then as a
// postal code, the first part of one (BN1 of BN1 4GU), a region and last
// a state (New York the city before New York the state).
type placeIndex struct {
	kinds [placeKinds]map[string]*placeAcc // by kind, by folded name without spaces
	names []string                         // every name once, sorted
}

// The kinds of place names, in the order a typed name is looked for.
const (
	placeTown = iota
	placePostal
	placeOutward
	placeRegion
	placeState
	placeKinds
)

// placeAcc sums the positions of a place's meetings; exact ones (not
// approximate) count when there are any.
type placeAcc struct {
	name       string
	lat, lng   float64
	n          int
	aLat, aLng float64 // approximate positions, used only when no exact one
	an         int
}

func placeKey(s string) string {
	return strings.Join(strings.Fields(fold(s)), "")
}

func newPlaceIndex(ms []Meeting) *placeIndex {
	p := &placeIndex{}
	for k := range p.kinds {
		p.kinds[k] = map[string]*placeAcc{}
	}
	for i := range ms {
		m := &ms[i]
		p.add(placeTown, m.City, m)
		p.add(placePostal, m.PostalCode, m)
		if out := outwardCode(m.PostalCode); out != "" {
			p.add(placeOutward, out, m)
		}
		p.add(placeRegion, m.Region, m)
		for _, r := range m.Regions {
			if r != m.Region {
				p.add(placeRegion, r, m)
			}
		}
		if m.State != m.City {
			p.add(placeState, m.State, m)
		}
	}
	seen := map[string]bool{}
	for _, kind := range p.kinds {
		for k, a := range kind {
			if !seen[k] {
				seen[k] = true
				p.names = append(p.names, a.name)
			}
		}
	}
	slices.SortFunc(p.names, func(a, b string) int { return strings.Compare(fold(a), fold(b)) })
	return p
}

func (p *placeIndex) add(kind int, name string, m *Meeting) {
	k := placeKey(name)
	if k == "" {
		return
	}
	a, ok := p.kinds[kind][k]
	if !ok {
		a = &placeAcc{name: name}
		p.kinds[kind][k] = a
	}
	switch {
	case !m.HasCoords:
	case m.Approximate:
		a.aLat, a.aLng, a.an = a.aLat+m.Lat, a.aLng+m.Lng, a.an+1
	default:
		a.lat, a.lng, a.n = a.lat+m.Lat, a.lng+m.Lng, a.n+1
	}
}

// outwardCode is the first part of a postal code written in two ("BN1"
// of "BN1 4GU", "T6E" of "T6E 4E8", "92626" of "92626-1234"), or "".
func outwardCode(postal string) string {
	first, _, two := strings.Cut(strings.TrimSpace(postal), " ")
	if !two {
		first, _, two = strings.Cut(postal, "-")
	}
	if !two || !isPostal(postal) {
		return ""
	}
	return first
}

// find looks a typed name up, kind by kind.
func (p *placeIndex) find(s string) (Place, bool) {
	k := placeKey(s)
	for kind := range p.kinds {
		if a, ok := p.kinds[kind][k]; ok {
			if pl, ok := a.place(); ok {
				return pl, true
			}
		}
	}
	return Place{}, false
}

func (a *placeAcc) place() (Place, bool) {
	switch {
	case a.n > 0:
		return Place{Lat: a.lat / float64(a.n), Lng: a.lng / float64(a.n), Name: a.name, Meetings: a.n}, true
	case a.an > 0:
		return Place{Lat: a.aLat / float64(a.an), Lng: a.aLng / float64(a.an), Name: a.name, Meetings: a.an}, true
	}
	return Place{}, false
}

// Place finds a place to measure from: "lat,lng" in degrees, or a town,
// postal code (or its first part: BN1), region or state that the
// meetings name, in any case and with or without accents, placed at the
// centre of its meetings' positions. A postal code no meeting has is
// tried by its first part; "Brighton, UK" by its first part. False when
// it is none of these, or none of its meetings has a position: then no
// meeting is near it (see Find).
func (ix *Index) Place(s string) (Place, bool) {
	s = strings.TrimSpace(s)
	if p, ok := ParseCoords(s); ok {
		return p, true
	}
	if p, ok := ix.places.find(s); ok {
		return p, true
	}
	if out := outwardCode(strings.ToUpper(s)); out != "" {
		if p, ok := ix.places.find(out); ok {
			return p, true
		}
	}
	if first, _, ok := strings.Cut(s, ","); ok && strings.TrimSpace(first) != "" {
		return ix.places.find(first)
	}
	return Place{}, false
}

// PlaceNames lists the cities, postal codes and regions the meetings
// name, for suggestions as the person types.
func (ix *Index) PlaceNames() []string { return slices.Clone(ix.places.names) }

// ParseCoords reads "lat,lng" (or "lat lng", "lat;lng") in degrees.
func ParseCoords(s string) (Place, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' })
	if len(f) != 2 {
		return Place{}, false
	}
	lat, err1 := strconv.ParseFloat(f[0], 64)
	lng, err2 := strconv.ParseFloat(f[1], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lng < -180 || lng > 180 {
		return Place{}, false
	}
	return Place{Lat: lat, Lng: lng}, true
}
