package meetings

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// BMLT (the Basic Meeting List Toolbox) is what Narcotics Anonymous and
// some other fellowships (some Al-Anon areas among them) run their lists
// on. Its root servers answer
// client_interface/json/?switcher=GetSearchResults with a JSON array of
// meetings whose fields are all strings: weekday_tinyint 1 (Sunday) to 7
// (Saturday), start_time and duration_time "HH:MM:SS", venue_type 1 in
// person, 2 online, 3 hybrid, and formats, the server's own keys ("O,BT,WC").
// With get_used_formats=1 the answer is an object {"meetings": [...],
// "formats": [...]} whose formats carry NAWS's world_id for each key.
// Keys are mapped to this package's codes; a key it does not know is left
// out (and the server's keys are kept only as evidence of its fellowship).

// bmltMeeting is one meeting as a BMLT server gives it.
type bmltMeeting struct {
	ID           text   `json:"id_bigint"`
	Weekday      text   `json:"weekday_tinyint"`
	VenueType    text   `json:"venue_type"`
	Start        text   `json:"start_time"`
	Duration     text   `json:"duration_time"`
	TimeZone     text   `json:"time_zone"`
	Formats      text   `json:"formats"`
	FormatIDs    text   `json:"format_shared_id_list"`
	Lang         text   `json:"lang_enum"`
	Longitude    number `json:"longitude"`
	Latitude     number `json:"latitude"`
	Name         text   `json:"meeting_name"`
	LocationText text   `json:"location_text"`
	LocationInfo text   `json:"location_info"`
	Street       text   `json:"location_street"`
	Subsection   text   `json:"location_city_subsection"`
	Neighborhood text   `json:"location_neighborhood"`
	Municipality text   `json:"location_municipality"`
	SubProvince  text   `json:"location_sub_province"`
	Province     text   `json:"location_province"`
	Postal       text   `json:"location_postal_code_1"`
	Nation       text   `json:"location_nation"`
	Comments     text   `json:"comments"`
	VirtualLink  text   `json:"virtual_meeting_link"`
	VirtualInfo  text   `json:"virtual_meeting_additional_info"`
	Phone        text   `json:"phone_meeting_number"`
	PhoneInfo    text   `json:"phone_meeting_additional_info"`
}

// bmltFormat is one of a server's formats (with get_used_formats=1).
type bmltFormat struct {
	ID      text `json:"id"`
	Key     text `json:"key_string"`
	WorldID text `json:"world_id"`
}

// looksBMLT reports a BMLT answer: its first meeting has BMLT's own field
// names near the start.
func looksBMLT(t []byte) bool {
	head := t[:min(len(t), 4096)]
	return bytes.Contains(head, []byte(`"weekday_tinyint"`)) || bytes.Contains(head, []byte(`"id_bigint"`))
}

// bmltWorldCodes map NAWS's world_id of a format to this package's code
// (Al-Anon's BMLT servers use the same ids where they overlap).
var bmltWorldCodes = map[string]string{
	"OPEN": "O", "CLOSED": "C", "WCHR": "X", "BEG": "BE", "GL": "LGBTQ", "LGBT": "LGBTQ", "M": "M", "W": "W",
	"MED": "MED", "SPK": "SP", "STEP": "ST", "TRAD": "TR", "LIT": "LIT", "BT": "LIT", "JFT": "LIT", "IW": "LIT",
	"SWG": "LIT", "LC": "LIT", "IP": "LIT", "GP": "LIT", "DISC": "D", "S-D": "D", "TOP": "D", "SMOK": "SM",
	"TC": "TC", "CW": "CF", "FF": "FF", "POC": "POC", "AC": "AC", "P": "POA", "Y": "Y", "CAN": "CAN",
}

// bmltKeyCodes map the key_strings servers commonly use, when the answer
// has no formats with world ids. Keys compare without regard to case.
var bmltKeyCodes = map[string]string{
	"O": "O", "C": "C", "WC": "X", "WCHR": "X", "B": "BE", "BEG": "BE", "NC": "BE", "BT": "LIT", "JT": "LIT", "JFT": "LIT",
	"IW": "LIT", "SWG": "LIT", "LC": "LIT", "IP": "LIT", "LIT": "LIT", "M": "M", "W": "W", "GL": "LGBTQ", "LGBT": "LGBTQ",
	"MED": "MED", "ST": "ST", "STEP": "ST", "TR": "TR", "TRAD": "TR", "D": "D", "DISC": "D", "SD": "D", "TOP": "D",
	"SP": "SP", "SPK": "SP", "TC": "TC", "SMOK": "SM", "SM": "SM", "CW": "CF", "CAN": "CAN", "Y": "Y", "YP": "Y",
	"EN": "EN", "ENG": "EN", "ES": "S", "ESP": "S", "SPA": "S", "FR": "FR", "FRA": "FR",
}

// languageCodes finds the code of a language's type: "es" -> "S".
var languageCodes = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, d := range typeDefs {
		if d.Language != "" && d.scope == bothPrograms {
			out[d.Language] = d.Code
		}
	}
	return out
})

// decodeBMLT reads a BMLT answer: an array of meetings, or an object
// with meetings and formats. An element that is not an object is skipped.
func decodeBMLT(b []byte, each func(*rawMeeting)) ([]Skip, error) {
	items, formats, err := bmltItems(b)
	if err != nil {
		return nil, err
	}
	var skips []Skip
	for n, it := range items {
		if t := bytes.TrimSpace(it); len(t) == 0 || t[0] != '{' {
			skips = append(skips, Skip{Record: n + 1, Reason: SkipNotAMeeting})
			continue
		}
		var bm bmltMeeting
		if err := json.Unmarshal(it, &bm); err != nil {
			return nil, malformed(err)
		}
		r := bm.raw(n+1, formats)
		each(&r)
	}
	return skips, nil
}

// bmltItems splits the answer into its meetings and the world ids of its
// formats by id.
func bmltItems(b []byte) ([]json.RawMessage, map[string]string, error) {
	t := bytes.TrimSpace(b)
	var items []json.RawMessage
	if len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(t, &items); err != nil {
			return nil, nil, malformed(err)
		}
		return items, nil, nil
	}
	var obj struct {
		Meetings json.RawMessage `json:"meetings"`
		Formats  json.RawMessage `json:"formats"`
	}
	if err := json.Unmarshal(t, &obj); err != nil {
		return nil, nil, malformed(err)
	}
	if m := bytes.TrimSpace(obj.Meetings); len(m) == 0 || m[0] != '[' || json.Unmarshal(m, &items) != nil {
		return nil, nil, ErrNotAList
	}
	var fs []json.RawMessage
	_ = json.Unmarshal(obj.Formats, &fs) // formats that do not read leave the keys to bmltKeyCodes
	formats := map[string]string{}
	for _, f := range fs {
		var bf bmltFormat
		if json.Unmarshal(f, &bf) == nil && bf.ID != "" {
			formats[strings.TrimSpace(string(bf.ID))] = strings.ToUpper(strings.TrimSpace(string(bf.WorldID)))
		}
	}
	return items, formats, nil
}

// raw turns a BMLT meeting into a record for the builder.
func (bm *bmltMeeting) raw(record int, formats map[string]string) rawMeeting {
	r := rawMeeting{
		record: record, Name: bm.Name, Slug: bm.ID, Time: bm.Start, TimeZone: bm.TimeZone,
		Location: bm.LocationText, LocationNotes: bm.LocationInfo, Address: bm.Street,
		City:  text(firstOf(string(bm.Municipality), string(bm.Subsection), string(bm.Neighborhood))),
		State: bm.Province, PostalCode: bm.Postal, Country: bm.Nation, Notes: bm.Comments,
		ConferenceURL: bm.VirtualLink, ConferenceURLNotes: bm.VirtualInfo, ConferencePhone: bm.Phone, ConferencePhoneNotes: bm.PhoneInfo,
		Latitude: bm.Latitude, Longitude: bm.Longitude,
	}
	if d := strings.TrimSpace(string(bm.Weekday)); d != "" {
		r.Day = days{bmltDay(d)}
	}
	r.EndTime = text(addDuration(string(bm.Start), string(bm.Duration)))
	switch strings.TrimSpace(string(bm.VenueType)) {
	case "1":
		r.AttendanceOption = "in_person"
	case "2":
		r.AttendanceOption, r.Approximate = "online", "yes" // an online meeting's position is its area's
	case "3":
		r.AttendanceOption = "hybrid"
	}
	for _, x := range []text{bm.SubProvince, bm.Subsection, bm.Neighborhood} {
		if s := strings.TrimSpace(string(x)); s != "" && s != string(r.City) {
			r.Regions = append(r.Regions, s)
		}
	}
	r.Types, r.signCodes = bmltCodes(bm, formats)
	return r
}

// bmltDay turns 1 (Sunday) to 7 (Saturday) into 0 to 6; anything else is
// passed on for the builder to refuse.
func bmltDay(s string) string {
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 7 {
		return strconv.Itoa(n - 1)
	}
	return "not a day: " + s
}

// addDuration is start plus duration as "HH:MM", or "" when either does
// not read or the meeting has no length.
func addDuration(start, duration string) string {
	s, ok1 := ParseClock(start)
	d, ok2 := ParseClock(duration)
	if !ok1 || !ok2 || s == NoClock || d == NoClock || d == 0 {
		return ""
	}
	return Clock((int(s) + int(d)) % (24 * 60)).String()
}

// bmltCodes maps a meeting's formats to codes, and keeps the server's
// keys and world ids as evidence.
func bmltCodes(bm *bmltMeeting, formats map[string]string) (codes, evidence []string) {
	add := func(c string) {
		if c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	for _, id := range splitList(string(bm.FormatIDs), ",") {
		if w, ok := formats[id]; ok && w != "" {
			evidence = append(evidence, w)
			add(bmltWorldCodes[w])
		}
	}
	if len(codes) == 0 {
		for _, k := range splitList(string(bm.Formats), ",") {
			evidence = append(evidence, k)
			add(bmltKeyCodes[strings.ToUpper(k)])
		}
	}
	if lang := strings.ToLower(strings.TrimSpace(string(bm.Lang))); lang != "en" { // most servers' default: not worth a label
		add(languageCodes()[lang])
	}
	return codes, evidence
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
