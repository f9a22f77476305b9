package meetings

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/alongside-app/alongside/bench/meetings/feedgen"
)

// benchSize is docs/design.md's benchmark feed: 50,000 meetings.
const benchSize = 50000

var (
	benchOnce sync.Once
	benchFeed []byte
)

func feed50k(b *testing.B) []byte {
	benchOnce.Do(func() {
		var buf bytes.Buffer
		if err := feedgen.Write(&buf, benchSize, 1); err != nil {
			b.Fatal(err)
		}
		benchFeed = buf.Bytes()
	})
	b.SetBytes(int64(len(benchFeed)))
	return benchFeed
}

// BenchmarkParse50k is the parse of an import (the store's part is
// store.BenchmarkImportFeed50k).
func BenchmarkParse50k(b *testing.B) {
	data := feed50k(b)
	for b.Loop() {
		res, err := ParseBytes(data, Options{TimeZone: "America/Los_Angeles"})
		if err != nil || len(res.Meetings) != benchSize {
			b.Fatal(err, len(res.Meetings))
		}
	}
}

// BenchmarkDecodeJSON50k is encoding/json decoding the same file, the
// baseline docs/design.md's import target (under 2x) is measured against.
func BenchmarkDecodeJSON50k(b *testing.B) {
	data := feed50k(b)
	for b.Loop() {
		var v []map[string]any
		if err := json.Unmarshal(data, &v); err != nil || len(v) != benchSize {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeJSONStruct50k is encoding/json decoding into plain
// structs, a stricter baseline.
func BenchmarkDecodeJSONStruct50k(b *testing.B) {
	data := feed50k(b)
	type plain struct {
		Name, Slug, Time, EndTime, Location, FormattedAddress, Notes, URL, Region, Approximate, AttendanceOption, Updated, ConferenceURL string
		ID                                                                                                                               int
		Day, Latitude, Longitude, Regions                                                                                                any
		Types                                                                                                                            []string
	}
	for b.Loop() {
		var v []plain
		if err := json.Unmarshal(data, &v); err != nil || len(v) != benchSize {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch50k is a filtered, distance-sorted search (docs/design.md:
// under 10 ms): in person on a weekday evening within 50 km of a city.
func BenchmarkSearch50k(b *testing.B) {
	res, err := ParseBytes(feed50k(b), Options{TimeZone: "America/Los_Angeles"})
	if err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(res.Meetings)
	near, ok := ix.Place("Springfield")
	if !ok {
		b.Fatal("no Springfield")
	}
	q := Query{Days: []time.Weekday{time.Tuesday}, From: ClockOf(17, 0), Attendance: []Attendance{InPerson, Hybrid},
		Near: &near, WithinKm: 50, Sort: ByDistance, Now: time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)}
	b.SetBytes(0)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = len(ix.Search(q))
	}
	b.ReportMetric(float64(n), "hits")
}

// BenchmarkSearchAll50k sorts all 50,000 by distance with no filter: the
// worst case.
func BenchmarkSearchAll50k(b *testing.B) {
	res, err := ParseBytes(feed50k(b), Options{TimeZone: "America/Los_Angeles"})
	if err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(res.Meetings)
	near, _ := ix.Place("Springfield")
	q := Query{Near: &near, Sort: ByDistance, Now: time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)}
	b.SetBytes(0)
	b.ResetTimer()
	for b.Loop() {
		if len(ix.Search(q)) != benchSize {
			b.Fatal("lost meetings")
		}
	}
}
