package meetings

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func parseOne(t *testing.T, record string, opt Options) (Meeting, []Skip) {
	t.Helper()
	res, err := ParseBytes([]byte("["+record+"]"), opt)
	if err != nil {
		if errors.Is(err, ErrNoMeetings) {
			return Meeting{}, res.Skipped
		}
		t.Fatalf("%s: %v", record, err)
	}
	return res.Meetings[0], res.Skipped
}

func TestJSONVariants(t *testing.T) {
	cases := []struct {
		name, record string
		check        func(m Meeting) bool
	}{
		{"day as int", `{"name":"A","slug":"a","day":2,"time":"19:00"}`, func(m Meeting) bool { return slices.Equal(m.Days, []time.Weekday{2}) }},
		{"day as string", `{"name":"A","slug":"a","day":"2","time":"19:00"}`, func(m Meeting) bool { return slices.Equal(m.Days, []time.Weekday{2}) }},
		{"day as name", `{"name":"A","slug":"a","day":"Tuesday","time":"19:00"}`, func(m Meeting) bool { return slices.Equal(m.Days, []time.Weekday{2}) }},
		{"day as Spanish name", `{"name":"A","slug":"a","day":"miércoles","time":"19:00"}`, func(m Meeting) bool { return slices.Equal(m.Days, []time.Weekday{3}) }},
		{"day as array", `{"name":"A","slug":"a","day":[4,1,"1"],"time":"19:00"}`, func(m Meeting) bool { return slices.Equal(m.Days, []time.Weekday{1, 4}) }},
		{"no day: by appointment", `{"name":"A","slug":"a","day":null}`, func(m Meeting) bool { return m.ByAppointment() && m.Start == NoClock }},
		{"12-hour time", `{"name":"A","slug":"a","day":[6],"time":"11:00 AM"}`, func(m Meeting) bool { return m.Start == ClockOf(11, 0) }},
		{"12-hour pm", `{"name":"A","slug":"a","day":0,"time":"7:30pm","end_time":"8:30 p.m."}`, func(m Meeting) bool { return m.Start == ClockOf(19, 30) && m.End == ClockOf(20, 30) }},
		{"12 AM is midnight", `{"name":"A","slug":"a","day":0,"time":"12:15 AM"}`, func(m Meeting) bool { return m.Start == ClockOf(0, 15) }},
		{"seconds", `{"name":"A","slug":"a","day":0,"time":"06:45:00"}`, func(m Meeting) bool { return m.Start == ClockOf(6, 45) }},
		{"regions [null]", `{"name":"A","slug":"a","regions":[null]}`, func(m Meeting) bool { return m.Regions == nil && m.Region == "" }},
		{"regions", `{"name":"A","slug":"a","regions":["Illinois","Chicago",null,"Wicker Park"]}`, func(m Meeting) bool { return m.Region == "Wicker Park" && len(m.Regions) == 3 }},
		{"region and sub_region", `{"name":"A","slug":"a","region":"Chicago","sub_region":"Loop"}`, func(m Meeting) bool { return m.Region == "Loop" }},
		{"coordinates as strings", `{"name":"A","slug":"a","latitude":"41.5","longitude":"-70.25"}`, func(m Meeting) bool { return m.HasCoords && m.Lat == 41.5 && m.Lng == -70.25 }},
		{"bad coordinates", `{"name":"A","slug":"a","latitude":"north","longitude":500}`, func(m Meeting) bool { return !m.HasCoords }},
		{"HTML entities", `{"name":"Tom &amp; Jerry","slug":"a","notes":"Use the side door &ndash; upstairs<br/>Ring"}`, func(m Meeting) bool {
			return m.Name == "Tom & Jerry" && m.Notes == "Use the side door – upstairs\nRing"
		}},
		{"no timezone", `{"name":"A","slug":"a","day":1,"time":"10:00"}`, func(m Meeting) bool { return m.TimeZone == "America/Denver" }},
		{"own timezone", `{"name":"A","slug":"a","day":1,"time":"10:00","timezone":"Europe/Madrid"}`, func(m Meeting) bool { return m.TimeZone == "Europe/Madrid" }},
		{"bad timezone", `{"name":"A","slug":"a","day":1,"time":"10:00","timezone":"Mars/Olympus"}`, func(m Meeting) bool { return m.TimeZone == "America/Denver" }},
		{"attendance_option", `{"name":"A","slug":"a","attendance_option":"hybrid"}`, func(m Meeting) bool { return m.Attendance == Hybrid }},
		{"conference null", `{"name":"A","slug":"a","conference_url":null,"conference_phone":null,"address":"1 Main St, Town"}`, func(m Meeting) bool { return m.ConferenceURL == "" && m.Attendance == InPerson }},
		{"online with approximate address", `{"name":"A","slug":"a","conference_url":"https://zoom.us/j/1","formatted_address":"Chicago, IL, USA","approximate":"yes"}`, func(m Meeting) bool { return m.Attendance == Online }},
		{"hybrid from link and street", `{"name":"A","slug":"a","conference_url":"https://zoom.us/j/1","formatted_address":"4953 W Addison St, Chicago, IL 60641, USA"}`, func(m Meeting) bool {
			return m.Attendance == Hybrid && m.City == "Chicago" && m.State == "IL" && m.PostalCode == "60641" && m.Country == "US"
		}},
		{"temporarily closed", `{"name":"A","slug":"a","types":["TC"],"address":"1 Main St"}`, func(m Meeting) bool { return m.Attendance == Inactive }},
		{"types [\"\"]", `{"name":"A","slug":"a","types":[""]}`, func(m Meeting) bool { return m.Types == nil }},
		{"lower-case codes", `{"name":"A","slug":"a","types":["onl","o","12X12"]}`, func(m Meeting) bool {
			return slices.Equal(m.Types, []string{"ONL", "O", "12x12"}) && m.Attendance == Online
		}},
		{"types as a string", `{"name":"A","slug":"a","types":"O, C"}`, func(m Meeting) bool { return slices.Equal(m.Types, []string{"O", "C"}) }},
		{"custom type kept", `{"name":"A","slug":"a","types":["ASBI"]}`, func(m Meeting) bool { return slices.Equal(m.Types, []string{"ASBI"}) }},
		{"numeric slug", `{"name":"A","slug":6}`, func(m Meeting) bool { return m.Slug == "6" }},
		{"id as slug", `{"name":"A","id":149146}`, func(m Meeting) bool { return m.Slug == "149146" }},
		{"made slug", `{"name":"Café Serenity!","day":2,"time":"19:00"}`, func(m Meeting) bool { return m.Slug == "cafe-serenity-2-1900" }},
		{"name as number", `{"name":12,"slug":"a"}`, func(m Meeting) bool { return m.Name == "12" }},
		{"updated US style", `{"name":"A","slug":"a","updated":"8/25/2022 11:17:07 AM"}`, func(m Meeting) bool { return m.Updated.Equal(time.Date(2022, 8, 25, 11, 17, 7, 0, time.UTC)) }},
		{"updated a placeholder", `{"name":"A","slug":"a","updated":"9999-12-31"}`, func(m Meeting) bool { return m.Updated.IsZero() }},
		{"updated the epoch", `{"name":"A","slug":"a","updated":"1970-01-01 00:00:00"}`, func(m Meeting) bool { return m.Updated.IsZero() }},
		{"updated spec", `{"name":"A","slug":"a","updated":"2014-05-31 14:32:23"}`, func(m Meeting) bool { return m.Updated.Equal(time.Date(2014, 5, 31, 14, 32, 23, 0, time.UTC)) }},
		{"feedback", `{"name":"A","slug":"a","feedback_emails":["x@example.org",""],"feedback_url":"https://example.org/f"}`, func(m Meeting) bool {
			return slices.Equal(m.FeedbackEmails, []string{"x@example.org"}) && m.FeedbackURL == "https://example.org/f"
		}},
		{"edmonton address", `{"name":"A","slug":"a","address":"8318 104 St, Edmonton, Alberta, T6E 4E8, Canada"}`, func(m Meeting) bool {
			return m.City == "Edmonton" && m.State == "Alberta" && m.PostalCode == "T6E 4E8" && m.Country == "CA"
		}},
		{"address parts", `{"name":"A","slug":"a","address":"123 Main Street","city":"Anytown","state":"CA","postal_code":"98765","country":"US"}`, func(m Meeting) bool {
			return m.Address == "123 Main Street, Anytown, CA 98765, US"
		}},
		{"control characters dropped", "{\"name\":\"A\\u0007B\",\"slug\":\"a\"}", func(m Meeting) bool { return m.Name == "AB" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, skips := parseOne(t, c.record, Options{TimeZone: "America/Denver"})
			if len(skips) != 0 || !c.check(m) {
				t.Errorf("%s: %+v, skipped %+v", c.record, m, skips)
			}
		})
	}
}

func TestSkipReasons(t *testing.T) {
	cases := []struct {
		record string
		reason SkipReason
	}{
		{`5`, SkipNotAMeeting},
		{`"text"`, SkipNotAMeeting},
		{`[1,2]`, SkipNotAMeeting},
		{`null`, SkipNotAMeeting},
		{`{"slug":"a"}`, SkipNoName},
		{`{"name":"   ","slug":"a"}`, SkipNoName},
		{`{"name":"A","slug":"a","day":9,"time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":7,"time":"10:00"}`, SkipBadDay}, // days are 0 (Sunday) to 6
		{`{"name":"A","slug":"a","day":"7","time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":[1,7],"time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":8,"time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":-1,"time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":1.5,"time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":"someday","time":"10:00"}`, SkipBadDay},
		{`{"name":"A","slug":"a","day":1,"time":"25:00"}`, SkipBadTime},
		{`{"name":"A","slug":"a","day":1,"time":"13:00 PM"}`, SkipBadTime},
		{`{"name":"A","slug":"a","day":1,"time":"23:60"}`, SkipBadTime},
		{`{"name":"A","slug":"a","day":1,"time":"24:01"}`, SkipBadTime},
		{`{"name":"A","slug":"a","day":1}`, SkipNoTime},
		{`{"name":"A","slug":"a","notes":"` + strings.Repeat("x", MaxField+1) + `"}`, SkipTooLong},
	}
	for _, c := range cases {
		res, err := ParseBytes([]byte(`[{"name":"Kept","slug":"kept"},`+c.record+`]`), Options{})
		if err != nil || len(res.Meetings) != 1 || len(res.Skipped) != 1 {
			t.Errorf("%.60s: %v %+v", c.record, err, res.Skipped)
			continue
		}
		if s := res.Skipped[0]; s.Reason != c.reason || s.Record != 2 {
			t.Errorf("%.60s: skipped %+v, want reason %d at record 2", c.record, s, c.reason)
		}
		if SkipMessage(c.reason) == nil {
			t.Errorf("no message for %d", c.reason)
		}
	}
	res, err := ParseBytes([]byte(`[{"name":"A","slug":"x","day":1,"time":"10:00"},{"name":"A","slug":"x","day":1,"time":"10:00"}]`), Options{})
	if err != nil || len(res.Skipped) != 1 || res.Skipped[0].Reason != SkipRepeated || res.Skipped[0].Name != "A" || res.Skipped[0].Record != 2 {
		t.Errorf("a meeting listed twice: %v %+v", err, res.Skipped)
	}
}

func TestMadeSlugsAreUnique(t *testing.T) {
	res, err := ParseBytes([]byte(`[{"name":"Hope","day":1,"time":"10:00"},{"name":"Hope","day":1,"time":"10:00"},{"name":"Hope","day":1,"time":"10:00"}]`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, m := range res.Meetings {
		slugs = append(slugs, m.Slug)
	}
	if !slices.Equal(slugs, []string{"hope-1-1000", "hope-1-1000-2", "hope-1-1000-3"}) {
		t.Errorf("slugs %q", slugs)
	}
}

func TestProgramDetection(t *testing.T) {
	cases := []struct {
		list     string
		opt      Options
		want     Program
		detected bool
	}{
		{`[{"name":"Hope AFG","slug":"a","url":"https://alanon.example.org/m/a"}]`, Options{}, ProgramAlAnon, true},
		{`[{"name":"Hope","slug":"a","types":["AC","O"]}]`, Options{}, ProgramAlAnon, true},
		{`[{"name":"Hope","slug":"a","types":["B","O"]}]`, Options{}, ProgramAA, true},
		{`[{"name":"Hope","slug":"a","url":"https://oc-aa.org/meetings/hope/"}]`, Options{}, ProgramAA, true},
		{`[{"name":"Hope","slug":"a","types":["O"]}]`, Options{}, ProgramNotStated, false},
		{`[{"name":"Hope","slug":"a","types":["Y"]}]`, Options{Program: ProgramAlAnon}, ProgramAlAnon, false},
	}
	for _, c := range cases {
		res, err := ParseBytes([]byte(c.list), c.opt)
		if err != nil || res.Program != c.want || res.ProgramDetected != c.detected {
			t.Errorf("%s: %q detected=%v, %v; want %q %v", c.list, res.Program, res.ProgramDetected, err, c.want, c.detected)
		}
		if res.Meetings[0].Program != c.want || res.Meetings[0].Fellowship != fellowshipFor(c.want) {
			t.Errorf("%s: meeting program %q fellowship %q", c.list, res.Meetings[0].Program, res.Meetings[0].Fellowship)
		}
	}
}

func TestCSV(t *testing.T) {
	csv := "\uFEFFTime,End Time,Day,Name,Location,Address,City,State,Postal Code,Country,Types,Notes,Region,Conference URL,Latitude,Longitude\r\n" +
		"7:00 PM,8:00 PM,Tuesday,Hope &amp; Serenity,St. Mark's,1 Main St,Anytown,CA,98765,US,\"Open, Discussion, ONL\",\"Side door,\nupstairs\",Downtown,https://zoom.us/j/1,34.1,-118.2\r\n" +
		",,,,,,,,,,,,,,,\r\n" +
		"09:30,,0,Morning,,,,,,,C,,,,,\r\n" +
		"10:00,,Funday,Broken,,,,,,,,,,,,\r\n"
	res, err := ParseBytes([]byte(csv), Options{})
	if err != nil || res.Format != FormatCSV {
		t.Fatalf("%v %q", err, res.Format)
	}
	if len(res.Meetings) != 2 || len(res.Skipped) != 1 || res.Skipped[0].Reason != SkipBadDay || res.Skipped[0].Record != 3 {
		t.Fatalf("meetings %d, skipped %+v", len(res.Meetings), res.Skipped)
	}
	m := res.Meetings[0]
	if m.Name != "Hope & Serenity" || m.Start != ClockOf(19, 0) || m.End != ClockOf(20, 0) || !slices.Equal(m.Days, []time.Weekday{2}) ||
		!slices.Equal(m.Types, []string{"O", "D", "ONL"}) || m.Attendance != Hybrid || m.Notes != "Side door,\nupstairs" ||
		m.Region != "Downtown" || !m.HasCoords || m.PostalCode != "98765" || m.Slug != "hope-serenity-2-1900" {
		t.Errorf("first row: %+v", m)
	}
	if m := res.Meetings[1]; m.Start != ClockOf(9, 30) || m.Days[0] != time.Sunday {
		t.Errorf("second row: %+v", m)
	}
}

func TestCSVSemicolonsAndLatin1(t *testing.T) {
	b := []byte("Name;Day;Time;Location\nReuni\xf3n;lunes;19:00;Caf\xe9\n") // Windows-1252
	res, err := ParseBytes(b, Options{})
	if err != nil || len(res.Meetings) != 1 || res.Meetings[0].Name != "Reunión" || res.Meetings[0].Location != "Café" {
		t.Fatalf("%v %+v", err, res.Meetings)
	}
}

func TestCSVWithoutMeetingColumns(t *testing.T) {
	_, err := ParseBytes([]byte("a,b,c\n1,2,3\n"), Options{})
	if !errors.Is(err, ErrNoColumns) {
		t.Errorf("%v, want ErrNoColumns", err)
	}
}

func TestParseClock(t *testing.T) {
	good := map[string]Clock{"19:30": 1170, "7:30": 450, "19.30": 1170, "1930": 1170, "7 pm": 1140, "7PM": 1140, "12 pm": 720,
		"12:00 a.m.": 0, "noon": 720, "midnight": 0, "24:00": 0, "": NoClock}
	for s, want := range good {
		if got, ok := ParseClock(s); !ok || got != want {
			t.Errorf("ParseClock(%q) = %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"25:00", "7:60", "13 pm", "0 am", "abc", "1:2", "19:30:xx", "123456"} {
		if got, ok := ParseClock(s); ok {
			t.Errorf("ParseClock(%q) = %v, want refused", s, got)
		}
	}
}

func TestParseDay(t *testing.T) {
	for s, want := range map[string]time.Weekday{"0": time.Sunday, "6": time.Saturday, " 3 ": time.Wednesday, "Sun.": time.Sunday, "SÁBADO": time.Saturday} {
		if got, ok := ParseDay(s); !ok || got != want {
			t.Errorf("ParseDay(%q) = %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"7", "8", "-1", "", "1.5", "someday", "99999999999999999999"} {
		if got, ok := ParseDay(s); ok {
			t.Errorf("ParseDay(%q) = %v, want refused", s, got)
		}
	}
}

// TestCSVColumnAliases: the other names spreadsheets give the columns,
// each read into its field.
func TestCSVColumnAliases(t *testing.T) {
	csv := "Meeting Name,Day,Start Time,Address,Zip,Website,Time Zone\n" +
		"Hope,Monday,19:00,1 Main St,98765,https://example.org/hope,Europe/Madrid\n"
	res, err := ParseBytes([]byte(csv), Options{})
	if err != nil || len(res.Meetings) != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	m := res.Meetings[0]
	if m.Name != "Hope" || m.Start != ClockOf(19, 0) || m.PostalCode != "98765" || m.URL != "https://example.org/hope" || m.TimeZone != "Europe/Madrid" {
		t.Errorf("%+v", m)
	}
	if m.Address != "1 Main St, 98765" {
		t.Errorf("address %q, want the zip in it", m.Address)
	}
}

// TestZeroZeroIsNoPlace: 0,0 is what lists write for "no coordinates"; a
// meeting there has none and does not move its city's centre. Only both
// zero mean that, and the range ends are places.
func TestZeroZeroIsNoPlace(t *testing.T) {
	cases := []struct {
		lat, lng string
		want     bool
	}{
		{"0", "0", false}, {`"0"`, `"0.0"`, false}, {"0.0", "-0", false},
		{"0", "5", true}, {"5", "0", true},
		{"90", "180", true}, {"-90", "-180", true},
		{"91", "10", false}, {"-91", "10", false}, {"10", "181", false}, {"10", "-181", false},
		{`"NaN"`, "10", false}, {`"Inf"`, "10", false}, {`""`, `""`, false},
	}
	for _, c := range cases {
		m, _ := parseOne(t, `{"name":"A","slug":"a","latitude":`+c.lat+`,"longitude":`+c.lng+`}`, Options{})
		if m.HasCoords != c.want {
			t.Errorf("%s,%s: HasCoords %v, want %v", c.lat, c.lng, m.HasCoords, c.want)
		}
	}
	csv := "Name,Day,Time,City,Latitude,Longitude\nA,1,10:00,Town,0,0\nB,1,11:00,Town,10,20\n"
	res, err := ParseBytes([]byte(csv), Options{})
	if err != nil || len(res.Meetings) != 2 || res.Meetings[0].HasCoords {
		t.Fatalf("CSV 0,0: %v %+v", err, res.Meetings)
	}
	if p, ok := NewIndex(res.Meetings).Place("town"); !ok || p.Lat != 10 || p.Lng != 20 || p.Meetings != 1 {
		t.Errorf("Place(town) = %+v %v, want 10,20 from one meeting", p, ok)
	}
	res, err = ParseBytes([]byte("Name,Day,Time,City,Latitude,Longitude\nA,1,10:00,Nowhere,0,0\n"), Options{})
	if _, ok := NewIndex(res.Meetings).Place("nowhere"); err != nil || ok {
		t.Errorf("a place whose only meeting is at 0,0: found %v, %v", ok, err)
	}
}
