package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

//go:embed help
var files embed.FS

// Kind says how a line is shown: emergency numbers first, then lines to call now, then other support.
type Kind string

// The kinds of line, in display order.
const (
	KindEmergency Kind = "emergency" // 911, 112, 999 ...
	KindCrisis    Kind = "crisis"    // call-now lines (24/7 or long hours, free or clearly stated)
	KindSupport   Kind = "support"   // information, family support, schedule-a-call, websites
)

// Verified is how sure the fact check is about an entry.
type Verified string

// The levels of the fact check.
const (
	VerifiedYes        Verified = "yes"        // seen on the organisation's own or a government page
	VerifiedLikely     Verified = "likely"     // reputable secondary sources
	VerifiedUnverified Verified = "unverified" // weak or no source: never a crisis or emergency line
)

// OtherCountry is the code for "another country" (general guidance).
const OtherCountry = "other"

// countryCodes is the display order, and every code must be present.
var countryCodes = []string{"US", "CA", "GB", "AU", "ES", "MX", "FR", "DE", OtherCountry}

// CountryCodes returns the country codes in display order.
func CountryCodes() []string { return append([]string(nil), countryCodes...) }

// Line is one helpline, emergency number or service.
type Line struct {
	ID       string    `toml:"id"`    // stable, lowercase, e.g. "us-samhsa"
	Kind     Kind      `toml:"kind"`  // how the line is shown
	Phone    string    `toml:"phone"` // as shown to people; empty for a web-only entry
	Text     string    `toml:"text"`  // number or short code for text messages; optional
	URL      string    `toml:"url"`   // official website, https; optional
	Verified Verified  `toml:"verified"`
	Source   string    `toml:"source"`  // where the fact was seen
	Checked  time.Time `toml:"checked"` // when the entry was checked
}

// NameID is the message ID of the line's name.
func (l Line) NameID() string { return "Help." + l.ID + ".Name" }

// AboutID is the message ID of the line's short description.
func (l Line) AboutID() string { return "Help." + l.ID + ".About" }

// Country is the help for one country.
type Country struct {
	Code  string `toml:"code"` // ISO 3166-1 alpha-2 upper case ("US"), or OtherCountry
	Lines []Line `toml:"line"` // display order
}

// NameID is the message ID of the country's name.
func (c Country) NameID() string { return "Help.Country." + c.Code }

// NoteID is the message ID of a short paragraph of guidance for the country.
func (c Country) NoteID() string { return c.NameID() + ".Note" }

// Overdose is the overdose-response card.
type Overdose struct {
	TitleID string    `toml:"title"`
	IntroID string    `toml:"intro"`
	Signs   []string  `toml:"signs"` // message IDs in order
	Steps   []string  `toml:"steps"` // message IDs in order
	Avoid   []string  `toml:"avoid"` // message IDs in order ("what not to do")
	Notes   []string  `toml:"notes"` // message IDs
	Sources []string  `toml:"sources"`
	Checked time.Time `toml:"checked"`
}

// Help is all of Get help now.
type Help struct {
	Countries []Country // in the order of CountryCodes
	Overdose  Overdose
}

// ErrInvalid is wrapped by every validation error from LoadHelp.
var ErrInvalid = errors.New("invalid help data")

// LoadHelp reads the embedded help data and checks it.
func LoadHelp() (*Help, error) {
	var lines struct {
		Country []Country `toml:"country"`
	}
	h := &Help{}
	if err := decodeStrict("help/lines.toml", &lines); err != nil {
		return nil, err
	}
	if err := decodeStrict("help/overdose.toml", &h.Overdose); err != nil {
		return nil, err
	}
	h.Countries = lines.Country
	if err := validate(h); err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	return h, nil
}

// decodeStrict decodes an embedded TOML file and rejects keys it does not know (typos).
func decodeStrict(name string, v any) error {
	data, err := fs.ReadFile(files, name)
	if err != nil {
		return fmt.Errorf("content: %w", err)
	}
	md, err := toml.Decode(string(data), v)
	if err != nil {
		return fmt.Errorf("content: %s: %w", name, err)
	}
	if extra := md.Undecoded(); len(extra) > 0 {
		return fmt.Errorf("content: %s: unknown keys %v: %w", name, extra, ErrInvalid)
	}
	return nil
}

// Country returns the help for a country code, ignoring case.
func (h *Help) Country(code string) (Country, bool) {
	for _, c := range h.Countries {
		if strings.EqualFold(c.Code, code) {
			return c, true
		}
	}
	return Country{}, false
}

// MessageIDs returns every message ID the help data refers to, in display order.
func (h *Help) MessageIDs() []string {
	var ids []string
	for _, c := range h.Countries {
		ids = append(ids, c.messageIDs()...)
	}
	return append(ids, h.Overdose.messageIDs()...)
}

func (c Country) messageIDs() []string {
	ids := []string{c.NameID(), c.NoteID()}
	for _, l := range c.Lines {
		ids = append(ids, l.NameID(), l.AboutID())
	}
	return ids
}

func (o Overdose) messageIDs() []string {
	ids := []string{o.TitleID, o.IntroID}
	for _, list := range [][]string{o.Signs, o.Steps, o.Avoid, o.Notes} {
		ids = append(ids, list...)
	}
	return ids
}

// validate checks the whole help data; every error wraps ErrInvalid.
func validate(h *Help) error {
	if err := validateCountries(h.Countries); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, c := range h.Countries {
		for _, l := range c.Lines {
			if seen[l.ID] {
				return invalid("line %q: duplicate ID", l.ID)
			}
			seen[l.ID] = true
			if err := validateLine(c.Code, l); err != nil {
				return err
			}
		}
	}
	return validateOverdose(h.Overdose)
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrInvalid)
}

// validateCountries wants exactly the required countries, in display order.
func validateCountries(cs []Country) error {
	have := map[string]bool{}
	for _, c := range cs {
		have[c.Code] = true
	}
	for _, code := range countryCodes {
		if !have[code] {
			return invalid("country %q is missing", code)
		}
	}
	for i, c := range cs {
		if i >= len(countryCodes) || c.Code != countryCodes[i] {
			return invalid("country %d is %q; want the order %v, each once", i, c.Code, countryCodes)
		}
	}
	return nil
}

var (
	lineID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)+$`)
	kinds  = map[Kind]bool{KindEmergency: true, KindCrisis: true, KindSupport: true}
	levels = map[Verified]bool{VerifiedYes: true, VerifiedLikely: true, VerifiedUnverified: true}
)

// lineRules are the checks every line must pass, each with the reason it fails.
var lineRules = []struct {
	ok     func(code string, l Line) bool
	reason string
}{
	{func(code string, l Line) bool { return lineID.MatchString(l.ID) }, "ID must be lowercase words joined by '-'"},
	{func(code string, l Line) bool { return strings.HasPrefix(l.ID, strings.ToLower(code)+"-") }, "ID must start with the country code"},
	{func(_ string, l Line) bool { return kinds[l.Kind] }, "unknown kind"},
	{func(_ string, l Line) bool { return levels[l.Verified] }, "unknown verified value"},
	{func(_ string, l Line) bool { return l.Verified != VerifiedUnverified || l.Kind == KindSupport }, "an unverified line cannot be a crisis or emergency line"},
	{func(_ string, l Line) bool { return l.Phone != "" || l.Text != "" || l.URL != "" }, "needs a phone, text or URL"},
	{func(_ string, l Line) bool { return l.URL == "" || isHTTPS(l.URL) }, "URL must be https"},
	{func(_ string, l Line) bool { return isWebAddress(l.Source) }, "source must be a web address"},
	{func(_ string, l Line) bool { return !l.Checked.IsZero() }, "needs the date it was checked"},
}

func validateLine(code string, l Line) error {
	for _, r := range lineRules {
		if !r.ok(code, l) {
			return invalid("country %s, line %q: %s", code, l.ID, r.reason)
		}
	}
	return nil
}

func validateOverdose(o Overdose) error {
	required := []struct {
		name string
		list []string
	}{{"signs", o.Signs}, {"steps", o.Steps}, {"avoid", o.Avoid}, {"sources", o.Sources}}
	for _, r := range required {
		if len(r.list) == 0 {
			return invalid("overdose: no %s", r.name)
		}
	}
	seen := map[string]bool{}
	for _, id := range o.messageIDs() {
		if !strings.HasPrefix(id, "Overdose.") || seen[id] {
			return invalid("overdose: message ID %q is duplicated or lacks the Overdose. prefix", id)
		}
		seen[id] = true
	}
	for _, s := range o.Sources {
		if !isHTTPS(s) {
			return invalid("overdose: source %q must be https", s)
		}
	}
	if o.Checked.IsZero() {
		return invalid("overdose: needs the date it was checked")
	}
	return nil
}

func isHTTPS(s string) bool { return strings.HasPrefix(s, "https://") && len(s) > len("https://") }

// isWebAddress allows http too: some stored sources were only seen over http.
func isWebAddress(s string) bool {
	return isHTTPS(s) || (strings.HasPrefix(s, "http://") && len(s) > len("http://"))
}
