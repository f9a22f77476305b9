package meetings

import (
	"regexp"
	"slices"
	"strings"
)

// fillPlace sets the address, its parts, regions and coordinates. A
// list gives either formatted_address or the parts; the other is made
// from what is there, so that a city or postal code can be searched.
func fillPlace(r *rawMeeting, m *Meeting) {
	m.Location = cleanLine(string(r.Location))
	m.City, m.State = cleanLine(string(r.City)), cleanLine(string(r.State))
	m.PostalCode, m.Country = cleanLine(string(r.PostalCode)), cleanLine(string(r.Country))
	street := cleanLine(string(r.Address))
	m.Address = cleanLine(string(r.FormattedAddress))
	if m.Address == "" {
		m.Address = joinAddress(street, m.City, strings.TrimSpace(m.State+" "+m.PostalCode), m.Country)
	}
	if m.City == "" || m.PostalCode == "" {
		splitAddress(m)
	}
	townFromState(m)
	fillRegions(r, m)
	m.Approximate = isYes(string(r.Approximate))
	if r.Latitude.set && r.Longitude.set && validCoords(r.Latitude.v, r.Longitude.v) {
		m.Lat, m.Lng, m.HasCoords = r.Latitude.v, r.Longitude.v, true
	}
}

func validCoords(lat, lng float64) bool {
	return lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180 && !(lat == 0 && lng == 0)
}

func isYes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "true", "1", "y":
		return true
	}
	return false
}

func joinAddress(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// countries are the last parts of addresses that name a country.
var countries = map[string]string{
	"usa": "US", "us": "US", "united states": "US", "united states of america": "US",
	"canada": "CA", "uk": "GB", "united kingdom": "GB", "gb": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
	"northern ireland": "GB", "ireland": "IE", "australia": "AU",
	"new zealand": "NZ", "mexico": "MX", "méxico": "MX", "españa": "ES", "spain": "ES",
}

// countryCode is a country as its two-letter code, when known.
func countryCode(s string) string {
	if c, ok := countries[strings.ToLower(strings.TrimSpace(s))]; ok {
		return c
	}
	return strings.ToUpper(strings.TrimSpace(s))
}

// isPostal reports a postal code: 2 to 5 letters or digits, then
// perhaps a space or dash and 3 or 4 more ("92626", "T6E 4E8",
// "92626-1234", "SW1A 1AA"), with at least one digit.
func isPostal(s string) bool {
	first, rest, two := strings.Cut(s, " ")
	if !two {
		first, rest, two = strings.Cut(s, "-")
	}
	if !alnum(first, 2, 5) || two && !alnum(rest, 3, 4) {
		return false
	}
	return hasDigit(s)
}

func alnum(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

// cutStatePostal splits "CA 92626" into a state without digits and a
// postal code.
func cutStatePostal(s string) (string, string, bool) {
	for i := strings.IndexByte(s, ' '); i > 0; {
		state, postal := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		if state != "" && !hasDigit(state) && isPostal(postal) {
			return state, postal, true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return "", "", false
}

// splitAddress finds the city, state, postal code and country in a
// one-line address such as "3186 Pullman St, Costa Mesa, CA 92626, USA"
// or "8318 104 St, Edmonton, Alberta, T6E 4E8, Canada", filling only
// parts that are empty.
func splitAddress(m *Meeting) {
	parts := splitList(m.Address, ",")
	if len(parts) < 2 {
		return
	}
	if c, ok := countries[strings.ToLower(parts[len(parts)-1])]; ok {
		setIfEmpty(&m.Country, c)
		parts = parts[:len(parts)-1]
	}
	var state, postal string
	last := parts[len(parts)-1]
	if town, code, ok := cutTownPostal(last); ok { // "Brighton BN1 4GU", "28013 Madrid"
		setIfEmpty(&m.PostalCode, code)
		setIfEmpty(&m.City, town)
		return
	}
	switch {
	case len(parts) == 2 && !hasDigit(parts[0]) && !hasDigit(last): // "Edmonton, Alberta"
		setIfEmpty(&m.City, parts[0])
		setIfEmpty(&m.State, last)
		return
	case isPostal(last):
		postal, parts = last, parts[:len(parts)-1]
		if n := len(parts); n >= 3 && !hasDigit(parts[n-1]) {
			state, parts = parts[n-1], parts[:n-1]
		}
	default:
		var ok bool
		if state, postal, ok = cutStatePostal(last); !ok {
			return
		}
		parts = parts[:len(parts)-1]
	}
	setIfEmpty(&m.PostalCode, postal)
	setIfEmpty(&m.State, state)
	if n := len(parts); n >= 2 && !hasDigit(parts[n-1]) {
		setIfEmpty(&m.City, parts[n-1])
	}
}

// ukPostcode is a British postcode ("BN1 4GU", "SW1A 1AA", "M1 1AE").
var ukPostcode = regexp.MustCompile(`(?i)^[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}$`)

// leadingPostal is a postal code written before the town, as most of
// Europe does ("28013 Madrid", "75001 Paris", "1012 AB Amsterdam").
var leadingPostal = regexp.MustCompile(`^([0-9]{4} ?[A-Z]{2}|[0-9]{4,5}(?:-[0-9]{3})?)\s+(\D.*)$`)

// cutTownPostal splits an address part that is a town and a postal code
// with no state: "Brighton BN1 4GU" (a British postcode after the town)
// or "28013 Madrid" (digits before it).
func cutTownPostal(s string) (town, postal string, ok bool) {
	f := strings.Fields(s)
	if n := len(f); n >= 3 && ukPostcode.MatchString(f[n-2]+" "+f[n-1]) && !hasDigit(strings.Join(f[:n-2], " ")) {
		return strings.Join(f[:n-2], " "), strings.ToUpper(f[n-2] + " " + f[n-1]), true
	}
	if sm := leadingPostal.FindStringSubmatch(s); sm != nil && !hasDigit(sm[2]) {
		return strings.TrimSpace(sm[2]), sm[1], true
	}
	return "", "", false
}

// townFromState moves a town a British or Irish list wrote as the state
// (those countries have none) to the town, so that it can be searched
// and measured from as one.
func townFromState(m *Meeting) {
	if m.State == "" || m.City != "" && m.City != m.State {
		return
	}
	if c := countryCode(m.Country); c == "GB" || c == "IE" || ukPostcode.MatchString(m.PostalCode) {
		m.City, m.State = m.State, ""
	}
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// fillRegions sets Regions (general to specific) and Region (the most
// specific), from regions, or region and sub_region.
func fillRegions(r *rawMeeting, m *Meeting) {
	for _, x := range r.Regions {
		if x = cleanLine(x); x != "" {
			m.Regions = append(m.Regions, x)
		}
	}
	if len(m.Regions) == 0 {
		for _, x := range []text{r.Region, r.SubRegion} {
			if s := cleanLine(string(x)); s != "" {
				m.Regions = append(m.Regions, s)
			}
		}
	}
	if n := len(m.Regions); n > 0 {
		m.Region = m.Regions[n-1]
	}
}

// fillText sets the notes, group and links.
func fillText(r *rawMeeting, m *Meeting) {
	m.Notes, m.LocationNotes = cleanText(string(r.Notes)), cleanText(string(r.LocationNotes))
	m.Group, m.GroupNotes = cleanLine(string(r.Group)), cleanText(string(r.GroupNotes))
	m.ConferenceURL, m.ConferenceURLNotes = cleanLine(string(r.ConferenceURL)), cleanText(string(r.ConferenceURLNotes))
	m.ConferencePhone, m.ConferencePhoneNotes = cleanLine(string(r.ConferencePhone)), cleanText(string(r.ConferencePhoneNotes))
	m.URL, m.FeedbackURL = cleanLine(string(r.URL)), cleanLine(string(r.FeedbackURL))
	for _, e := range r.FeedbackEmails {
		if e = cleanLine(e); e != "" {
			m.FeedbackEmails = append(m.FeedbackEmails, e)
		}
	}
}

// attendanceWords maps TSML's attendance_option (and spellings of it).
var attendanceWords = map[string]Attendance{
	"in_person": InPerson, "in person": InPerson, "in-person": InPerson, "inperson": InPerson,
	"online": Online, "virtual": Online, "hybrid": Hybrid, "inactive": Inactive,
}

// attendance is the list's attendance_option when it gives one; else it
// is worked out as TSML does: an online link or phone, or the ONL type,
// makes a meeting online, and hybrid when it also has a real address; a
// temporarily closed place (TC) with no link makes it inactive.
func attendance(r *rawMeeting, m *Meeting) Attendance {
	if a, ok := attendanceWords[strings.ToLower(strings.TrimSpace(string(r.AttendanceOption)))]; ok {
		return a
	}
	online := m.ConferenceURL != "" || m.ConferencePhone != "" || hasCode(m.Types, "ONL")
	closed := hasCode(m.Types, "TC")
	place := hasDigit(m.Address) && !m.Approximate // a street, not just "Edmonton, Alberta"
	switch {
	case online && (closed || !place):
		return Online
	case online:
		return Hybrid
	case closed:
		return Inactive
	}
	return InPerson
}

// hasCode reports code among codes, in any letter case.
func hasCode(codes []string, code string) bool {
	return slices.ContainsFunc(codes, func(c string) bool { return strings.EqualFold(c, code) })
}
