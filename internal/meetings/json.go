package meetings

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// rawMeeting is one record as the list gives it, before build checks and
// cleans it. JSON fills it through the flexible types; CSV through setField.
type rawMeeting struct {
	Name                 text   `json:"name"`
	Slug                 text   `json:"slug"`
	ID                   text   `json:"id"`
	Day                  days   `json:"day"`
	Time                 text   `json:"time"`
	EndTime              text   `json:"end_time"`
	TimeZone             text   `json:"timezone"`
	Types                list   `json:"types"`
	AttendanceOption     text   `json:"attendance_option"`
	Location             text   `json:"location"`
	FormattedAddress     text   `json:"formatted_address"`
	Address              text   `json:"address"`
	City                 text   `json:"city"`
	State                text   `json:"state"`
	PostalCode           text   `json:"postal_code"`
	Country              text   `json:"country"`
	Region               text   `json:"region"`
	SubRegion            text   `json:"sub_region"`
	Regions              list   `json:"regions"`
	Latitude             number `json:"latitude"`
	Longitude            number `json:"longitude"`
	Approximate          text   `json:"approximate"`
	Notes                text   `json:"notes"`
	LocationNotes        text   `json:"location_notes"`
	Group                text   `json:"group"`
	GroupNotes           text   `json:"group_notes"`
	ConferenceURL        text   `json:"conference_url"`
	ConferenceURLNotes   text   `json:"conference_url_notes"`
	ConferencePhone      text   `json:"conference_phone"`
	ConferencePhoneNotes text   `json:"conference_phone_notes"`
	URL                  text   `json:"url"`
	FeedbackURL          text   `json:"feedback_url"`
	FeedbackEmails       list   `json:"feedback_emails"`
	Updated              text   `json:"updated"`
	Entity               text   `json:"entity"`

	record    int      // 1-based position in the list
	signCodes []string // a server's own codes, kept only as evidence (BMLT's format keys)
}

// decodeJSON reads a JSON array of meetings element by element, so that
// one element of the wrong kind is skipped rather than losing the list.
// Broken JSON anywhere (cut short, bad syntax, nested beyond the decoder's
// depth limit) fails the whole list with ErrMalformed.
func decodeJSON(b []byte, each func(*rawMeeting)) ([]Skip, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return nil, malformed(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, ErrNotAList
	}
	var skips []Skip
	var r rawMeeting // reused: each record is built before the next is read
	for n := 1; dec.More(); n++ {
		if !nextIsObject(b, dec.InputOffset()) {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, malformed(err)
			}
			skips = append(skips, Skip{Record: n, Reason: SkipNotAMeeting})
			continue
		}
		r = rawMeeting{record: n}
		if err := dec.Decode(&r); err != nil {
			return nil, malformed(err)
		}
		each(&r)
	}
	if _, err := dec.Token(); err != nil {
		return nil, malformed(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the list", ErrMalformed)
	}
	return skips, nil
}

// nextIsObject reports whether the next value after offset starts with {.
func nextIsObject(b []byte, offset int64) bool {
	for i := offset; i < int64(len(b)); i++ {
		switch b[i] {
		case ' ', '\t', '\r', '\n', ',':
			continue
		case '{':
			return true
		}
		return false
	}
	return false
}

func malformed(err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%w: %w", ErrMalformed, err)
}
