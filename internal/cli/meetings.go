package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
)

// meetingsVerb is "alongside meetings ...": import, search and export-ics.
var meetingsVerb = verb{subs: map[string]verb{
	"import": {run: runMeetingsImport, maxArgs: 1, options: map[string]optionKind{
		"--program": valueOption, "--time-zone": valueOption,
	}},
	"search": {run: runMeetingsSearch, options: map[string]optionKind{
		"--day": valueOption, "--from": valueOption, "--online": flagOption, "--in-person": flagOption,
		"--type": repeatOption, "--text": valueOption, "--near": valueOption, "--within": valueOption, "--json": flagOption,
	}},
	"export-ics": {run: runMeetingsExportICS, maxArgs: 1},
}}

var helpMeetings = &i18n.Message{
	ID:          "CLI.Help.Meetings",
	Description: "Text of 'alongside help meetings'; keep command and option names (alongside, meetings, import, search, export-ics, --data-dir, --program, --time-zone, --day, --from, --online, --in-person, --type, --text, --near, --within, --json, aa, al-anon, now, DIR, FILE, URL, ZONE, D, HH:MM, CODE, T, PLACE, KM, SLUG), the example America/New_York and the JSON field names as they are",
	Other: `Usage:
  alongside [--data-dir DIR] meetings import FILE|URL [--program aa|al-anon] [--time-zone ZONE]
  alongside [--data-dir DIR] meetings search [--day D] [--from HH:MM] [--online|--in-person] [--type CODE]... [--text T] [--near PLACE [--within KM]] [--json]
  alongside [--data-dir DIR] meetings export-ics SLUG

meetings import reads a meeting list in the Meeting Guide JSON format, or a spreadsheet saved as CSV with columns such as Name, Day, Time, Address and Types, from a file or from an https address (the only time Alongside uses the network). Lists over 100 MB are refused. It is all or nothing: either every usable meeting is saved, or nothing changes. Importing the same file or address again replaces its meetings and keeps your favourites. It says how many meetings it took and which records it left out, and why.
  --program says which meeting types the list uses: aa (the standard ones) or al-anon (where Y means Alateen and POA Parents of Alcoholics). Without it, Alongside tells from the list, and assumes aa when it cannot.
  --time-zone ZONE is the time zone of meetings the list gives none for, for example America/New_York. Without it, this computer's.

meetings search lists the stored meetings that match every filter given, soonest first (nearest first with --near); with no filter, every stored meeting.
  --day D        a day: its name, or a number from 0 (Sunday) to 6 (Saturday)
  --from HH:MM   starting at or after this time of day (24-hour); --from now: later today
  --online       can be joined online (online or hybrid); --in-person: can be attended in person (in person or hybrid)
  --type CODE    has this meeting type, such as O (open) or ONL; give it more than once for several
  --text T       these words appear in the name, place, notes, group or region (any case, with or without accents)
  --near PLACE   measure distances from a city or postal code named in your lists, or from coordinates such as 40.71,-74.00
  --within KM    with --near: no farther than KM kilometres
  --json         write a JSON array instead: for each meeting its slug, name, program, fellowship, days (0 is Sunday), time and end_time (24-hour HH:MM), time_zone, next_start (RFC 3339), types, attendance, place, links and distance_km
Meetings you added yourself are included when your private records are unlocked without a passphrase.

meetings export-ics SLUG writes the meeting SLUG (as search shows it) to standard output as a calendar file: a weekly event in the meeting's time zone. Save it with a name ending in .ics and open it with your calendar.

Exit codes: 0 done, 1 failed (nothing was changed), 2 the command line was not understood.`,
}

var (
	msgMeetingsImported = &i18n.Message{
		ID:          "CLI.Meetings.Imported",
		Description: "'alongside meetings import' saved the list; Count is how many meetings, Source the file or address, Program which meeting types it uses",
		One:         "Imported 1 meeting from {{.Source}} ({{.Program}}).",
		Other:       "Imported {{.Count}} meetings from {{.Source}} ({{.Program}}).",
	}
	msgMeetingsSkipped = &i18n.Message{
		ID:          "CLI.Meetings.Skipped",
		Description: "'alongside meetings import': how many records were left out; a list of them follows",
		One:         "1 record was left out:",
		Other:       "{{.Count}} records were left out:",
	}
	msgMeetingsSkip = &i18n.Message{
		ID:          "CLI.Meetings.Skip",
		Description: "One record left out of an import; Record is its number in the list, Reason why (in lower case)",
		Other:       "  record {{.Record}}: {{.Reason}}",
	}
	msgMeetingsSkipNamed = &i18n.Message{
		ID:          "CLI.Meetings.SkipNamed",
		Description: "One record left out of an import; Record is its number in the list, Name its name, Reason why (in lower case)",
		Other:       "  record {{.Record}} ({{.Name}}): {{.Reason}}",
	}
	msgMeetingsAssumedAA = &i18n.Message{
		ID:          "CLI.Meetings.AssumedAA",
		Description: "'alongside meetings import': the list did not show which meeting types it uses; keep --program al-anon as it is",
		Other:       "The list does not show whose meeting types it uses, so the standard ones were assumed. If it is an Al-Anon list, import it again with --program al-anon.",
	}
	msgMeetingsBadProgram = &i18n.Message{
		ID:          "CLI.Meetings.BadProgram",
		Description: "'alongside meetings import --program' was given something other than aa or al-anon; keep them as they are",
		Other:       "--program takes aa or al-anon.",
	}
	msgMeetingsReadFile = &i18n.Message{
		ID:          "CLI.Meetings.ReadFile",
		Description: "'alongside meetings import FILE' could not open the file; Path is the file",
		Other:       "The file {{.Path}} could not be read, so nothing was imported. Check its name and that you can open it.",
	}
	msgMeetingsNeedsSource = &i18n.Message{
		ID:          "CLI.Meetings.NeedsSource",
		Description: "'alongside meetings import' was run without a file or address; keep the command as it is",
		Other:       "\"alongside meetings import\" needs a file or an https address, for example: alongside meetings import meetings.json",
	}
	msgMeetingsNeedsSlug = &i18n.Message{
		ID:          "CLI.Meetings.NeedsSlug",
		Description: "'alongside meetings export-ics' was run without a meeting's slug; keep the commands as they are",
		Other:       "\"alongside meetings export-ics\" needs a meeting's slug, as \"alongside meetings search\" shows it.",
	}
	msgMeetingsBadDay = &i18n.Message{
		ID:          "CLI.Meetings.BadDay",
		Description: "'alongside meetings search --day' was given something that is not a day; keep --day as it is",
		Other:       "--day takes a day's name, or a number from 0 (Sunday) to 6 (Saturday).",
	}
	msgMeetingsBadFrom = &i18n.Message{
		ID:          "CLI.Meetings.BadFrom",
		Description: "'alongside meetings search --from' was given something that is not a time; keep --from, HH:MM and now as they are",
		Other:       "--from takes a time of day as HH:MM (24-hour, for example 18:30), or now.",
	}
	msgMeetingsBadWithin = &i18n.Message{
		ID:          "CLI.Meetings.BadWithin",
		Description: "'alongside meetings search --within' was given without --near or not as a positive number; keep the options as they are",
		Other:       "--within takes a distance in kilometres, such as 10, and goes with --near PLACE.",
	}
	msgMeetingsBothAttendance = &i18n.Message{
		ID:          "CLI.Meetings.BothAttendance",
		Description: "'alongside meetings search' was given both --online and --in-person; keep them as they are",
		Other:       "Give --online or --in-person, not both.",
	}
	msgMeetingsUnknownPlace = &i18n.Message{
		ID:          "CLI.Meetings.UnknownPlace",
		Description: "'alongside meetings search --near PLACE': no stored meeting names that place; Place is what was typed",
		Other:       "No meeting with a position on the map is in \"{{.Place}}\". Give a city or postal code that your meeting lists name, or coordinates such as 40.71,-74.00.",
	}
	msgMeetingsNone = &i18n.Message{
		ID:          "CLI.Meetings.None",
		Description: "'alongside meetings search' when nothing is stored; keep the command as it is",
		Other:       "No meetings are stored yet. Import a meeting list with: alongside meetings import FILE|URL",
	}
	msgMeetingsNoMatch = &i18n.Message{
		ID:          "CLI.Meetings.NoMatch",
		Description: "'alongside meetings search' found nothing that matches",
		Other:       "No meeting matches.",
	}
	msgMeetingsNotFound = &i18n.Message{
		ID:          "CLI.Meetings.NotFound",
		Description: "'alongside meetings export-ics SLUG': no stored meeting has that slug; Slug is what was typed",
		Other:       "No stored meeting is called \"{{.Slug}}\". \"alongside meetings search\" shows each meeting's slug.",
	}
	msgMeetingsByAppointment = &i18n.Message{
		ID:          "CLI.Meetings.ByAppointment",
		Description: "A meeting with no weekly day and time (by appointment)",
		Other:       "by appointment",
	}
	msgMeetingsNoSchedule = &i18n.Message{
		ID:          "CLI.Meetings.NoSchedule",
		Description: "'alongside meetings export-ics': the meeting is by appointment, so there is no weekly event to write",
		Other:       "This meeting is by appointment, so it has no weekly time to put in a calendar.",
	}
	msgMeetingsYourTime = &i18n.Message{
		ID:          "CLI.Meetings.YourTime",
		Description: "After a meeting's time in its own time zone: the same moment on the person's clock; Time is a day and time",
		Other:       "your time {{.Time}}",
	}
	msgMeetingsKm = &i18n.Message{
		ID:          "CLI.Meetings.Km",
		Description: "A distance in kilometres; Km is a number with one decimal",
		Other:       "{{.Km}} km",
	}
)

// say prints a message on standard error.
func say(env Env, m *i18n.Message, data ...map[string]any) {
	fmt.Fprintln(env.Stderr, env.T.T(m, data...))
}

// failMeetings explains a meetings error (or any other) and returns ExitFailed.
func failMeetings(env Env, err error, limit int64) int {
	m, data := meetings.ErrorMessage(err, limit)
	if m == nil {
		return failWith(env, err)
	}
	say(env, m, data)
	log.New(env.Stderr, "", 0).Printf("detail: %v", err)
	return ExitFailed
}

// runMeetingsImport imports a file or an https address.
func runMeetingsImport(ctx context.Context, inv Invocation, env Env) int {
	if len(inv.Args) != 1 {
		say(env, msgMeetingsNeedsSource)
		return ExitUsage
	}
	opt := meetings.Options{Program: meetings.Program(inv.Options.Value("--program")), TimeZone: inv.Options.Value("--time-zone")}
	if opt.Program != "" && !opt.Program.Valid() {
		say(env, msgMeetingsBadProgram)
		return ExitUsage
	}
	source, res, err := readList(ctx, inv.Args[0], opt, env)
	if err != nil {
		return failMeetings(env, err, meetings.DefaultLimit)
	}
	return withStore(ctx, inv, env, func(s *store.Store, _ *input) int {
		feed, err := s.ImportFeed(ctx, source, res)
		if err != nil {
			return fail(env, err)
		}
		reportImport(env, feed, res)
		return ExitOK
	})
}

// readList fetches or reads the list; a file's source is its absolute path.
func readList(ctx context.Context, arg string, opt meetings.Options, env Env) (string, meetings.Result, error) {
	if strings.Contains(arg, "://") {
		b, err := meetings.Fetch(ctx, arg, meetings.Limits{}, nil)
		if err != nil {
			return arg, meetings.Result{}, err
		}
		res, err := meetings.ParseBytes(b, opt)
		return arg, res, err
	}
	path, err := filepath.Abs(arg)
	if err != nil {
		path = arg
	}
	res, err := meetings.ParseFile(path, opt)
	var pe *fs.PathError
	if err != nil && !isMeetingsError(err) && errors.As(err, &pe) {
		say(env, msgMeetingsReadFile, map[string]any{"Path": arg})
		log.New(env.Stderr, "", 0).Printf("detail: %v", err)
		return path, res, errShown
	}
	return path, res, err
}

func isMeetingsError(err error) bool {
	m, _ := meetings.ErrorMessage(err, 0)
	return m != nil
}

func reportImport(env Env, feed store.Feed, res meetings.Result) {
	program := env.T.T(meetings.ProgramMessage(feed.Program))
	fmt.Fprintln(env.Stdout, env.T.N(msgMeetingsImported, feed.Meetings, map[string]any{"Source": feed.Source, "Program": program}))
	if len(res.Skipped) > 0 {
		fmt.Fprintln(env.Stdout, env.T.N(msgMeetingsSkipped, len(res.Skipped), nil))
	}
	for _, sk := range res.Skipped {
		m := msgMeetingsSkip
		if sk.Name != "" {
			m = msgMeetingsSkipNamed
		}
		fmt.Fprintln(env.Stdout, env.T.T(m, map[string]any{"Record": sk.Record, "Name": sk.Name, "Reason": env.T.T(meetings.SkipMessage(sk.Reason))}))
	}
	if !res.ProgramDetected && res.Program == meetings.ProgramAA && feed.Program == meetings.ProgramAA {
		say(env, msgMeetingsAssumedAA)
	}
}

// searchQuery reads the search options; bad ones are explained.
func searchQuery(opts Options, env Env) (meetings.Query, bool) {
	q := meetings.Query{Text: opts.Value("--text"), Types: opts["--type"]}
	if opts.Has("--day") {
		d, ok := parseDayOption(opts.Value("--day"))
		if !ok {
			say(env, msgMeetingsBadDay)
			return q, false
		}
		q.Days = []time.Weekday{d}
	}
	if opts.Has("--from") {
		from := strings.TrimSpace(opts.Value("--from"))
		c, ok := meetings.ParseClock(from)
		switch {
		case strings.EqualFold(from, "now"):
			q.FromNow = true
		case !ok || c == meetings.NoClock:
			say(env, msgMeetingsBadFrom)
			return q, false
		default:
			q.From = c
		}
	}
	switch {
	case opts.Has("--online") && opts.Has("--in-person"):
		say(env, msgMeetingsBothAttendance)
		return q, false
	case opts.Has("--online"):
		q.Attendance = []meetings.Attendance{meetings.Online, meetings.Hybrid}
	case opts.Has("--in-person"):
		q.Attendance = []meetings.Attendance{meetings.InPerson, meetings.Hybrid}
	}
	if opts.Has("--within") {
		km, err := strconv.ParseFloat(strings.TrimSpace(opts.Value("--within")), 64)
		if err != nil || km <= 0 || !opts.Has("--near") {
			say(env, msgMeetingsBadWithin)
			return q, false
		}
		q.WithinKm = km
	}
	return q, true
}

// parseDayOption reads --day: a name, 0-6, or "today".
func parseDayOption(s string) (time.Weekday, bool) {
	if strings.EqualFold(strings.TrimSpace(s), "today") {
		return time.Now().Weekday(), true
	}
	return meetings.ParseDay(s)
}

// allMeetings is every stored meeting, and the person's own when their
// records are open without a passphrase.
func allMeetings(ctx context.Context, s *store.Store) ([]meetings.Meeting, error) {
	ms, err := s.Meetings(ctx)
	if err != nil || !s.Unlocked() {
		return ms, err
	}
	mine, err := s.MyMeetings(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range mine {
		ms = append(ms, m.Meeting())
	}
	return ms, nil
}

// runMeetingsSearch prints the meetings that match, as text or JSON.
func runMeetingsSearch(ctx context.Context, inv Invocation, env Env) int {
	q, ok := searchQuery(inv.Options, env)
	if !ok {
		return ExitUsage
	}
	return withStore(ctx, inv, env, func(s *store.Store, _ *input) int {
		ms, err := allMeetings(ctx, s)
		if err != nil {
			return fail(env, err)
		}
		if len(ms) == 0 && !inv.Options.Has("--json") {
			fmt.Fprintln(env.Stdout, env.T.T(msgMeetingsNone))
			return ExitOK
		}
		idx := meetings.NewIndex(ms)
		if near := inv.Options.Value("--near"); near != "" {
			p, ok := idx.Place(near)
			if !ok {
				say(env, msgMeetingsUnknownPlace, map[string]any{"Place": near})
				return ExitFailed
			}
			q.Near, q.Sort = &p, meetings.ByDistance
		}
		hits := idx.Search(q)
		if inv.Options.Has("--json") {
			return writeJSON(env, jsonHits(hits))
		}
		printHits(env, hits)
		return ExitOK
	})
}

// jsonMeeting is one meeting in "meetings search --json".
type jsonMeeting struct {
	Slug       string    `json:"slug"`
	Name       string    `json:"name"`
	Program    string    `json:"program"`
	Fellowship string    `json:"fellowship"`
	Days       []int     `json:"days"`
	Time       string    `json:"time"`
	EndTime    string    `json:"end_time"`
	TimeZone   string    `json:"time_zone"`
	NextStart  string    `json:"next_start"`
	Types      []string  `json:"types"`
	Attendance string    `json:"attendance"`
	Place      jsonPlace `json:"place"`
	Links      jsonLinks `json:"links"`
	DistanceKm *float64  `json:"distance_km,omitempty"`
}

type jsonPlace struct {
	Location   string   `json:"location"`
	Address    string   `json:"address"`
	City       string   `json:"city"`
	State      string   `json:"state"`
	PostalCode string   `json:"postal_code"`
	Country    string   `json:"country"`
	Region     string   `json:"region"`
	Latitude   *float64 `json:"latitude,omitempty"`
	Longitude  *float64 `json:"longitude,omitempty"`
}

type jsonLinks struct {
	ConferenceURL   string `json:"conference_url"`
	ConferencePhone string `json:"conference_phone"`
	URL             string `json:"url"`
	FeedbackURL     string `json:"feedback_url"`
}

func jsonHits(hits []meetings.Hit) []jsonMeeting {
	out := make([]jsonMeeting, len(hits))
	for i, h := range hits {
		m := h.Meeting
		j := jsonMeeting{
			Slug: m.Slug, Name: m.Name, Program: string(m.Program), Fellowship: m.Fellowship, Days: []int{},
			Time: m.Start.String(), EndTime: m.End.String(), TimeZone: m.TimeZone, Types: m.Types, Attendance: string(m.Attendance),
			Place: jsonPlace{Location: m.Location, Address: m.Address, City: m.City, State: m.State, PostalCode: m.PostalCode, Country: m.Country, Region: m.Region},
			Links: jsonLinks{ConferenceURL: m.ConferenceURL, ConferencePhone: m.ConferencePhone, URL: m.URL, FeedbackURL: m.FeedbackURL},
		}
		for _, d := range m.Days {
			j.Days = append(j.Days, int(d))
		}
		if j.Types == nil {
			j.Types = []string{}
		}
		if !h.Next.IsZero() {
			j.NextStart = h.Next.Format(time.RFC3339)
		}
		if m.HasCoords {
			j.Place.Latitude, j.Place.Longitude = &m.Lat, &m.Lng
		}
		if h.DistanceKm >= 0 {
			j.DistanceKm = &hits[i].DistanceKm
		}
		out[i] = j
	}
	return out
}

func writeJSON(env Env, v any) int {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fail(env, err)
	}
	return ExitOK
}

// printHits writes two lines a meeting: when, name, how, distance and
// slug; then where.
func printHits(env Env, hits []meetings.Hit) {
	if len(hits) == 0 {
		fmt.Fprintln(env.Stdout, env.T.T(msgMeetingsNoMatch))
	}
	for _, h := range hits {
		m := h.Meeting
		parts := []string{when(env, h), m.Name, env.T.T(meetings.AttendanceMessage(m.Attendance))}
		if h.DistanceKm >= 0 {
			parts = append(parts, env.T.T(msgMeetingsKm, map[string]any{"Km": strconv.FormatFloat(h.DistanceKm, 'f', 1, 64)}))
		}
		if len(m.Types) > 0 {
			parts = append(parts, strings.Join(m.Types, " "))
		}
		parts = append(parts, m.Slug)
		fmt.Fprintln(env.Stdout, strings.Join(parts, " · "))
		if place := strings.Join(nonEmpty(m.Location, m.Address, m.ConferenceURL), ", "); place != "" {
			fmt.Fprintln(env.Stdout, "  "+place)
		}
	}
}

// when is the meeting's days and time in its zone, and the person's time
// when their clock differs.
func when(env Env, h meetings.Hit) string {
	m := h.Meeting
	if m.ByAppointment() {
		return env.T.T(msgMeetingsByAppointment)
	}
	days := make([]string, len(m.Days))
	for i, d := range m.Days {
		days[i] = env.T.T(meetings.DayMessage(d))
	}
	s := strings.Join(days, ", ") + " " + m.Start.String()
	if m.TimeZone != "" {
		s += " " + m.TimeZone
	}
	if mine, differs := meetings.InZone(h.Next, time.Local); differs {
		t := env.T.T(meetings.DayMessage(mine.Weekday())) + " " + mine.Format("15:04")
		s += " (" + env.T.T(msgMeetingsYourTime, map[string]any{"Time": t}) + ")"
	}
	return s
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// runMeetingsExportICS writes one meeting as an .ics file to standard output.
func runMeetingsExportICS(ctx context.Context, inv Invocation, env Env) int {
	if len(inv.Args) != 1 {
		say(env, msgMeetingsNeedsSlug)
		return ExitUsage
	}
	slug := inv.Args[0]
	return withStore(ctx, inv, env, func(s *store.Store, _ *input) int {
		ms, err := allMeetings(ctx, s)
		if err != nil {
			return fail(env, err)
		}
		m, ok := meetings.NewIndex(ms).Meeting(slug)
		if !ok {
			say(env, msgMeetingsNotFound, map[string]any{"Slug": slug})
			return ExitFailed
		}
		if err := meetings.WriteICS(env.Stdout, m, time.Now(), nil); err != nil {
			if errors.Is(err, meetings.ErrNoSchedule) {
				say(env, msgMeetingsNoSchedule)
				return ExitFailed
			}
			return fail(env, err)
		}
		return ExitOK
	})
}
