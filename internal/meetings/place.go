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
// service and no gazetteer, only what the lists say.
type placeIndex struct {
	byKey map[string]*placeAcc // folded name without spaces
	names []string             // every name once, sorted
}

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
	p := &placeIndex{byKey: map[string]*placeAcc{}}
	for i := range ms {
		m := &ms[i]
		for _, name := range []string{m.City, m.PostalCode, m.Region} {
			if name != "" {
				p.add(name, m)
			}
		}
	}
	for _, a := range p.byKey {
		p.names = append(p.names, a.name)
	}
	slices.SortFunc(p.names, func(a, b string) int { return strings.Compare(fold(a), fold(b)) })
	return p
}

func (p *placeIndex) add(name string, m *Meeting) {
	k := placeKey(name)
	a, ok := p.byKey[k]
	if !ok {
		a = &placeAcc{name: name}
		p.byKey[k] = a
	}
	switch {
	case !m.HasCoords:
	case m.Approximate:
		a.aLat, a.aLng, a.an = a.aLat+m.Lat, a.aLng+m.Lng, a.an+1
	default:
		a.lat, a.lng, a.n = a.lat+m.Lat, a.lng+m.Lng, a.n+1
	}
}

// Place finds a place to measure from: "lat,lng" in degrees, or a city,
// postal code or region that the meetings name (any case or accents),
// placed at the centre of its meetings' positions. False when it is
// neither, or when none of its meetings has a position.
func (ix *Index) Place(s string) (Place, bool) {
	if p, ok := ParseCoords(s); ok {
		return p, true
	}
	a, ok := ix.places.byKey[placeKey(s)]
	switch {
	case !ok:
		return Place{}, false
	case a.n > 0:
		return Place{Lat: a.lat / float64(a.n), Lng: a.lng / float64(a.n), Name: a.name, Meetings: a.n}, true
	case a.an > 0:
		return Place{Lat: a.aLat / float64(a.an), Lng: a.aLng / float64(a.an), Name: a.name, Meetings: a.an}, true
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
