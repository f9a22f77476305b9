package meetings

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The spreadsheet layout: a header row of plain-language column names in
// any order ("Name", "Day", "Time", "End Time", "Conference URL"...), as
// the spec's table format and TSML's import CSV write them, then one
// meeting a row. Days may be names; times 12-hour; types codes or names
// separated by commas; regions separated by ">".

// csvSetter stores one cell into a raw record.
type csvSetter func(r *rawMeeting, v string)

func setText(f func(*rawMeeting) *text) csvSetter {
	return func(r *rawMeeting, v string) { *f(r) = text(v) }
}

func setList(f func(*rawMeeting) *list, sep string) csvSetter {
	return func(r *rawMeeting, v string) { *f(r) = splitList(v, sep) }
}

func setNumber(f func(*rawMeeting) *number) csvSetter {
	return func(r *rawMeeting, v string) {
		if x, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			*f(r) = number{v: x, set: true}
		}
	}
}

// csvColumns maps a folded column name ("conference_url") to its field.
var csvColumns = map[string]csvSetter{
	"name":                   setText(func(r *rawMeeting) *text { return &r.Name }),
	"meeting_name":           setText(func(r *rawMeeting) *text { return &r.Name }),
	"slug":                   setText(func(r *rawMeeting) *text { return &r.Slug }),
	"id":                     setText(func(r *rawMeeting) *text { return &r.ID }),
	"day":                    func(r *rawMeeting, v string) { r.Day = days(splitList(v, ",")) },
	"time":                   setText(func(r *rawMeeting) *text { return &r.Time }),
	"start_time":             setText(func(r *rawMeeting) *text { return &r.Time }),
	"end_time":               setText(func(r *rawMeeting) *text { return &r.EndTime }),
	"timezone":               setText(func(r *rawMeeting) *text { return &r.TimeZone }),
	"time_zone":              setText(func(r *rawMeeting) *text { return &r.TimeZone }),
	"types":                  setList(func(r *rawMeeting) *list { return &r.Types }, ","),
	"attendance_option":      setText(func(r *rawMeeting) *text { return &r.AttendanceOption }),
	"location":               setText(func(r *rawMeeting) *text { return &r.Location }),
	"formatted_address":      setText(func(r *rawMeeting) *text { return &r.FormattedAddress }),
	"address":                setText(func(r *rawMeeting) *text { return &r.Address }),
	"city":                   setText(func(r *rawMeeting) *text { return &r.City }),
	"town":                   setText(func(r *rawMeeting) *text { return &r.City }),
	"city_town":              setText(func(r *rawMeeting) *text { return &r.City }),
	"town_city":              setText(func(r *rawMeeting) *text { return &r.City }),
	"locality":               setText(func(r *rawMeeting) *text { return &r.City }),
	"state":                  setText(func(r *rawMeeting) *text { return &r.State }),
	"county":                 setText(func(r *rawMeeting) *text { return &r.State }),
	"province":               setText(func(r *rawMeeting) *text { return &r.State }),
	"state_province":         setText(func(r *rawMeeting) *text { return &r.State }),
	"postal_code":            setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"postcode":               setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"post_code":              setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"zip":                    setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"zip_code":               setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"zipcode":                setText(func(r *rawMeeting) *text { return &r.PostalCode }),
	"country":                setText(func(r *rawMeeting) *text { return &r.Country }),
	"region":                 setText(func(r *rawMeeting) *text { return &r.Region }),
	"sub_region":             setText(func(r *rawMeeting) *text { return &r.SubRegion }),
	"regions":                setList(func(r *rawMeeting) *list { return &r.Regions }, ">"),
	"latitude":               setNumber(func(r *rawMeeting) *number { return &r.Latitude }),
	"longitude":              setNumber(func(r *rawMeeting) *number { return &r.Longitude }),
	"approximate":            setText(func(r *rawMeeting) *text { return &r.Approximate }),
	"notes":                  setText(func(r *rawMeeting) *text { return &r.Notes }),
	"location_notes":         setText(func(r *rawMeeting) *text { return &r.LocationNotes }),
	"group":                  setText(func(r *rawMeeting) *text { return &r.Group }),
	"group_notes":            setText(func(r *rawMeeting) *text { return &r.GroupNotes }),
	"conference_url":         setText(func(r *rawMeeting) *text { return &r.ConferenceURL }),
	"conference_url_notes":   setText(func(r *rawMeeting) *text { return &r.ConferenceURLNotes }),
	"conference_phone":       setText(func(r *rawMeeting) *text { return &r.ConferencePhone }),
	"conference_phone_notes": setText(func(r *rawMeeting) *text { return &r.ConferencePhoneNotes }),
	"url":                    setText(func(r *rawMeeting) *text { return &r.URL }),
	"website":                setText(func(r *rawMeeting) *text { return &r.URL }),
	"feedback_url":           setText(func(r *rawMeeting) *text { return &r.FeedbackURL }),
	"feedback_emails":        setList(func(r *rawMeeting) *list { return &r.FeedbackEmails }, ","),
	"updated":                setText(func(r *rawMeeting) *text { return &r.Updated }),
	"entity":                 setText(func(r *rawMeeting) *text { return &r.Entity }),
}

// columnKey folds a header cell: "Conference URL" -> "conference_url".
func columnKey(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
	return strings.Join(strings.FieldsFunc(h, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '.' || r == '/'
	}), "_")
}

// decodeCSV reads the header and the rows. A file without Name, Day and
// Time columns is ErrNoColumns; broken quoting is ErrMalformed.
func decodeCSV(b []byte, each func(*rawMeeting)) error {
	rd := csv.NewReader(bytes.NewReader(b))
	rd.Comma = delimiter(b)
	rd.FieldsPerRecord = -1
	rd.ReuseRecord = true
	header, err := rd.Read()
	if err != nil {
		return malformed(err)
	}
	setters := make([]csvSetter, len(header))
	var keys []string
	for i, h := range header {
		k := columnKey(h)
		setters[i], keys = csvColumns[k], append(keys, k)
	}
	if !slices.Contains(keys, "name") && !slices.Contains(keys, "meeting_name") || !slices.Contains(keys, "day") ||
		!slices.Contains(keys, "time") && !slices.Contains(keys, "start_time") {
		return fmt.Errorf("%w: columns %q", ErrNoColumns, keys)
	}
	return csvRows(rd, setters, each)
}

func csvRows(rd *csv.Reader, setters []csvSetter, each func(*rawMeeting)) error {
	for n := 1; ; n++ {
		row, err := rd.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return malformed(err)
		}
		if blankRow(row) {
			n--
			continue
		}
		r := rawMeeting{record: n}
		for i, v := range row {
			if i < len(setters) && setters[i] != nil {
				setters[i](&r, v)
			}
		}
		each(&r)
	}
}

func blankRow(row []string) bool {
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// delimiter picks the comma, semicolon or tab the header row has most of
// (spreadsheets in many countries save with semicolons).
func delimiter(b []byte) rune {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	best, most := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if n := bytes.Count(line, []byte(string(c))); n > most {
			best, most = c, n
		}
	}
	return best
}
