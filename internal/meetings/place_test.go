package meetings

import (
	"errors"
	"math"
	"slices"
	"testing"
	"time"
)

// sussexSheet is the spreadsheet layout with the town in the City
// column on one row and, as British sheets often have it, in the State
// column on another (with the county in State where the town is in City).
const sussexSheet = "Name,Day,Time,Address,City,State,Postal Code,Country,Region,Latitude,Longitude\n" +
	"Lewes Family Circle,Thursday,10:00,High St,Lewes,East Sussex,BN7 2AD,UK,Sussex,50.8739,0.0088\n" +
	"Hove Hope,Friday,19:00,Church Rd,,Hove,BN3 2AF,UK,Brighton and Hove,50.8279,-0.1683\n" +
	"Online Only,Monday,20:00,,,,,,,,\n"

// TestTownsAreReadWhereEachLayoutPutsThem: the town, postal code and
// region each land in their own field, from the sheet's columns and from
// a Meeting Guide formatted_address.
func TestTownsAreReadWhereEachLayoutPutsThem(t *testing.T) {
	res, err := ParseBytes([]byte(sussexSheet), Options{})
	if err != nil || len(res.Meetings) != 3 {
		t.Fatalf("%v %+v", err, res.Meetings)
	}
	lewes, hove := res.Meetings[0], res.Meetings[1]
	if lewes.City != "Lewes" || lewes.State != "East Sussex" || lewes.PostalCode != "BN7 2AD" || lewes.Region != "Sussex" {
		t.Errorf("Lewes: %q %q %q %q", lewes.City, lewes.State, lewes.PostalCode, lewes.Region)
	}
	if hove.City != "Hove" || hove.State != "" || hove.PostalCode != "BN3 2AF" || hove.Region != "Brighton and Hove" {
		t.Errorf("Hove: city %q state %q postal %q region %q", hove.City, hove.State, hove.PostalCode, hove.Region)
	}
	for _, c := range []struct{ addr, city, state, postal, country string }{
		{"York Pl, Brighton BN1 4GU, UK", "Brighton", "", "BN1 4GU", "GB"},
		{"3186 Pullman St, Costa Mesa, CA 92626, USA", "Costa Mesa", "CA", "92626", "US"},
		{"8318 104 St, Edmonton, AB T6E 4E8, Canada", "Edmonton", "AB", "T6E 4E8", "CA"},
		{"Calle Mayor 1, 28013 Madrid, España", "Madrid", "", "28013", "ES"},
	} {
		m, _ := parseOne(t, `{"name":"A","slug":"a","formatted_address":"`+c.addr+`"}`, Options{})
		if m.City != c.city || m.State != c.state || m.PostalCode != c.postal || m.Country != c.country {
			t.Errorf("%s: city %q state %q postal %q country %q", c.addr, m.City, m.State, m.PostalCode, m.Country)
		}
	}
}

// TestNearFindsTownsInTheLists: a typed town, postal code, its first part
// or region is found, whatever its case and accents.
func TestNearFindsTownsInTheLists(t *testing.T) {
	sheet, err := ParseBytes([]byte(sussexSheet), Options{})
	if err != nil {
		t.Fatal(err)
	}
	feed, err := ParseBytes([]byte(familyList), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(append(sheet.Meetings, feed.Meetings...))
	for _, c := range []struct {
		typed    string
		lat, lng float64
	}{
		{"Brighton", 50.8262, -0.1357}, {"brighton, uk", 50.8262, -0.1357}, {"BN1", 50.8262, -0.1357}, {"bn1 4gu", 50.8262, -0.1357},
		{"BN1 9ZZ", 50.8262, -0.1357}, // a postcode no meeting has, by its first part
		{"Hove", 50.8279, -0.1683}, {"LEWES", 50.8739, 0.0088}, {"bn7", 50.8739, 0.0088},
		{"brighton and hove", 50.8279, -0.1683}, {"East Sussex", 50.8739, 0.0088},
	} {
		p, ok := ix.Place(c.typed)
		if !ok || math.Abs(p.Lat-c.lat) > 1e-9 || math.Abs(p.Lng-c.lng) > 1e-9 {
			t.Errorf("Place(%q) = %+v %v, want %v,%v", c.typed, p, ok, c.lat, c.lng)
		}
	}
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	hits, err := ix.Find(Query{Place: "Brighton", WithinKm: 25, Sort: ByDistance, Now: now, Local: time.UTC})
	if err != nil || !slices.Equal(slugsOf(hits), []string{"brighton-hope", "hove-hope-5-1900", "lewes", "lewes-family-circle-4-1000"}) {
		t.Errorf("within 25 km of Brighton: %v %v", slugsOf(hits), err)
	}
	for _, h := range hits {
		if h.DistanceKm < 0 || h.DistanceKm > 25 {
			t.Errorf("%s at %v km", h.Meeting.Slug, h.DistanceKm)
		}
	}
}

// TestAPlaceNotFoundFindsNothing: an unknown place shows no meeting as
// near, rather than every meeting with no distance.
func TestAPlaceNotFoundFindsNothing(t *testing.T) {
	ix := NewIndex(testMeetings())
	for _, q := range []Query{{Place: "Atlantis"}, {Place: "Atlantis", WithinKm: 25}, {Place: "zz9 9zz", Sort: ByDistance}} {
		hits, err := ix.Find(q)
		var pe *PlaceError
		if len(hits) != 0 || !errors.Is(err, ErrPlaceNotFound) || !errors.As(err, &pe) || pe.Place != q.Place {
			t.Errorf("%+v: %d hits, %v", q, len(hits), err)
		}
		if m, data := ErrorMessage(err, 0); m != msgPlaceNotFound || data["Place"] != q.Place {
			t.Errorf("%+v: message %v %v", q, m, data)
		}
		if hits := ix.Search(q); len(hits) != 0 {
			t.Errorf("Search(%+v) found %d", q, len(hits))
		}
	}
	if hits, err := ix.Find(Query{Place: "Boston", WithinKm: 10}); err != nil || len(hits) != 2 {
		t.Errorf("Boston: %d hits, %v", len(hits), err)
	}
}
