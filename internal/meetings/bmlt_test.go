package meetings

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// bmltList is a BMLT server's GetSearchResults, its fields as strings the
// way servers write them: Sunday (1) in person, Saturday (7) online,
// Wednesday hybrid.
const bmltList = `[
 {"id_bigint":"3563","worldid_mixed":"G00123","service_body_bigint":"3","weekday_tinyint":"1","venue_type":"1","start_time":"19:00:00","duration_time":"01:30:00",
  "time_zone":"Australia/Sydney","formats":"O,BT,WC","lang_enum":"en","longitude":"151.1817","latitude":"-33.8807","meeting_name":"Glebe Hope",
  "location_text":"Glebe Town Hall","location_info":"Upstairs","location_street":"160 St Johns Rd","location_city_subsection":"","location_neighborhood":"",
  "location_municipality":"Glebe","location_sub_province":"Inner West","location_province":"NSW","location_postal_code_1":"2037","location_nation":"AU",
  "comments":"Newcomers welcome","virtual_meeting_link":"","phone_meeting_number":"","published":"1","format_shared_id_list":"4,8,14"},
 {"id_bigint":"3277","weekday_tinyint":"7","venue_type":"2","start_time":"19:00:00","duration_time":"01:00:00","formats":"C,JT,VM",
  "longitude":"151.2437","latitude":"-33.9495","meeting_name":"Online Maroubra Nightly","location_text":"Online","location_municipality":"Maroubra",
  "location_province":"NSW","location_postal_code_1":"2035","virtual_meeting_link":"https://zoom.us/j/83037287669","virtual_meeting_additional_info":"Passcode 096387"},
 {"id_bigint":"4001","weekday_tinyint":"4","venue_type":"3","start_time":"07:00:00","duration_time":"00:00:00","formats":"O,IP,ES,XYZ","lang_enum":"es",
  "longitude":"0","latitude":"0","meeting_name":"Amanecer","location_street":"1 George St","location_municipality":"Sydney","virtual_meeting_link":"https://meet.example.org/x"},
 "not a meeting",
 {"id_bigint":"5000","weekday_tinyint":"8","start_time":"10:00:00","meeting_name":"Bad day"}
]`

func TestBMLT(t *testing.T) {
	res, err := ParseBytes([]byte(bmltList), Options{})
	if err != nil || res.Format != FormatBMLT || len(res.Meetings) != 3 {
		t.Fatalf("%v %q %d meetings", err, res.Format, len(res.Meetings))
	}
	if len(res.Skipped) != 2 || res.Skipped[0].Reason != SkipNotAMeeting || res.Skipped[1].Reason != SkipBadDay {
		t.Errorf("skipped %+v", res.Skipped)
	}
	// Only NA's literature (BT, JT, IP) says whose list this is.
	if res.Fellowship != FellowshipNA || res.Program != ProgramNotStated || !res.ProgramDetected {
		t.Errorf("fellowship %q program %q detected %v", res.Fellowship, res.Program, res.ProgramDetected)
	}
	g, o, a := res.Meetings[0], res.Meetings[1], res.Meetings[2]
	if g.Slug != "3563" || !slices.Equal(g.Days, []time.Weekday{time.Sunday}) || g.Start != ClockOf(19, 0) || g.End != ClockOf(20, 30) ||
		g.TimeZone != "Australia/Sydney" || g.Attendance != InPerson || !slices.Equal(g.Types, []string{"O", "LIT", "X"}) ||
		g.City != "Glebe" || g.State != "NSW" || g.PostalCode != "2037" || g.Region != "Inner West" || !g.HasCoords ||
		g.Location != "Glebe Town Hall" || g.LocationNotes != "Upstairs" || g.Notes != "Newcomers welcome" || g.Address != "160 St Johns Rd, Glebe, NSW 2037, AU" {
		t.Errorf("in person: %+v", g)
	}
	if !slices.Equal(o.Days, []time.Weekday{time.Saturday}) || o.Attendance != Online || !o.Approximate || o.ConferenceURL == "" ||
		o.ConferenceURLNotes != "Passcode 096387" || !slices.Equal(o.Types, []string{"C", "LIT"}) {
		t.Errorf("online: %+v", o)
	}
	if a.Attendance != Hybrid || a.End != NoClock || a.HasCoords || !slices.Equal(a.Types, []string{"O", "LIT", "S"}) || !slices.Equal(Languages(&a), []string{"es"}) {
		t.Errorf("hybrid: %+v", a)
	}
	if AudienceOf(&o) != AudienceUsers || AccessMessage(&o) != accessMessages[accessNA][1] {
		t.Errorf("a closed NA meeting: %v %v", AudienceOf(&o), AccessMessage(&o))
	}
}

// TestBMLTWithFormats: with get_used_formats the answer is an object whose
// formats give NAWS's world ids, which win over the server's own keys.
func TestBMLTWithFormats(t *testing.T) {
	list := `{"meetings":[{"id_bigint":"1","weekday_tinyint":"3","start_time":"18:30:00","meeting_name":"Tuesday Serenity AFG",
	  "formats":"Z,Q","format_shared_id_list":"10,11,12"}],
	 "formats":[{"key_string":"Z","name_string":"Closed","world_id":"CLOSED","id":"10"},{"key_string":"Q","world_id":"AC","id":"11"},{"key_string":"WC","world_id":"WCHR","id":"12"}]}`
	res, err := ParseBytes([]byte(list), Options{})
	if err != nil || res.Format != FormatBMLT {
		t.Fatal(err, res.Format)
	}
	m := res.Meetings[0]
	if !slices.Equal(m.Types, []string{"C", "AC", "X"}) || res.Fellowship != FellowshipAlAnon || m.Days[0] != time.Tuesday {
		t.Errorf("%+v, fellowship %q", m, res.Fellowship)
	}
	for _, bad := range []string{`{"meetings":"x","formats":[],"weekday_tinyint":1}`, `{"formats":[],"id_bigint":"1"}`} {
		if _, err := ParseBytes([]byte(bad), Options{}); !errors.Is(err, ErrNotAList) {
			t.Errorf("%s: %v", bad, err)
		}
	}
	if _, err := ParseBytes([]byte(`[{"id_bigint":"1","meeting_name":"A"`), Options{}); !errors.Is(err, ErrMalformed) {
		t.Errorf("cut short: %v", err)
	}
}

func FuzzParseBMLT(f *testing.F) {
	for _, s := range []string{
		bmltList,
		`[{"id_bigint":"1","weekday_tinyint":"1","start_time":"19:00:00","duration_time":"01:00:00","meeting_name":"A","venue_type":"2"}]`,
		`{"meetings":[{"id_bigint":"1","weekday_tinyint":"7","start_time":"23:30:00","duration_time":"01:00:00","meeting_name":"A","format_shared_id_list":"1,2"}],"formats":[{"id":"1","world_id":"OPEN"},{"id":"2"}]}`,
		// Edge values: days 0 and 8, a duration past midnight, empty and
		// non-string fields, an object for a meeting's name.
		`[{"id_bigint":"1","weekday_tinyint":"0","start_time":"10:00:00","meeting_name":"A"},{"id_bigint":"2","weekday_tinyint":"8","start_time":"10:00","meeting_name":"B"}]`,
		`[{"id_bigint":1,"weekday_tinyint":7,"start_time":"24:00:00","duration_time":"25:00:00","meeting_name":{"x":1},"latitude":91,"longitude":"x"}]`,
		`[{"id_bigint":"","weekday_tinyint":"","start_time":"","meeting_name":"","formats":",,,","venue_type":"9"},{"meeting_name":"E","id_bigint":"e"}]`,
		`{"meetings":[],"formats":"x"}`, `{"meetings":[1,"a",null]}`, `[{"id_bigint":"1"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := ParseBytes(b, Options{Format: FormatBMLT})
		if err == nil && res.Format != FormatBMLT {
			t.Fatal("format")
		}
		checkResult(t, res, err)
	})
}
