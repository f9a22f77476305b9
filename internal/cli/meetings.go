package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
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
		"--program": valueOption, "--fellowship": valueOption, "--time-zone": valueOption,
	}},
	"search": {run: runMeetingsSearch, options: map[string]optionKind{
		"--day": valueOption, "--from": valueOption, "--online": flagOption, "--in-person": flagOption,
		"--type": repeatOption, "--text": valueOption, "--near": valueOption, "--within": valueOption, "--json": flagOption,
	}},
	"export-ics": {run: runMeetingsExportICS, maxArgs: 1},
}}

var helpMeetings = &i18n.Message{
	ID:          "CLI.Help.Meetings",
	Description: "Text of 'alongside help meetings'; keep command and option names (alongside, meetings, import, search, export-ics, --data-dir, --program, --fellowship, --time-zone, --day, --from, --online, --in-person, --type, --text, --near, --within, --json, aa, al-anon, not-stated, nar-anon, now, DIR, FILE, URL, ZONE, F, D, HH:MM, CODE, T, PLACE, KM, SLUG), the example America/New_York, the names Meeting Guide, 12 Step Meeting List and BMLT, and the JSON field names as they are",
	Other: `Usage:
  alongside [--data-dir DIR] meetings import FILE|URL [--fellowship F] [--program aa|al-anon|not-stated] [--time-zone ZONE]
  alongside [--data-dir DIR] meetings search [--day D] [--from HH:MM] [--online|--in-person] [--type CODE]... [--text T] [--near PLACE [--within KM]] [--json]
  alongside [--data-dir DIR] meetings export-ics SLUG

meetings import reads a meeting list in the Meeting Guide JSON format, a BMLT server's list, or a spreadsheet saved as CSV with columns such as Name, Day, Time, Address, City and Types, from a file or from an https address (the only time Alongside uses the network). The address of a website is enough: when it is a web page, Alongside looks for the list the site publishes (as sites built with the 12 Step Meeting List plugin do) and says where it found it. Lists over 100 MB are refused. It is all or nothing: either every usable meeting is saved, or nothing changes. Importing the same file or address again replaces its meetings and keeps your favourites. It says how many meetings it took and which records it left out, and why.
  --fellowship F says whose meetings these are, for example al-anon, alateen, nar-anon, aa or na, or not-stated. Without it, Alongside tells from the list's names, notes and codes; when they do not say clearly, the meetings are shown as "fellowship not stated", never as AA, and it says what the list does say.
  --program says which meeting types the list uses: aa (the standard ones), al-anon (where Y means Alateen and POA Parents of Alcoholics) or not-stated (only the types every list reads alike). Without it, the fellowship's own.
  --time-zone ZONE is the time zone of meetings the list gives none for, for example America/New_York. Without it, this computer's.

meetings search lists the stored meetings that match every filter given, soonest first (nearest first with --near); with no filter, every stored meeting.
  --day D        a day: its name, or a number from 0 (Sunday) to 6 (Saturday)
  --from HH:MM   starting at or after this time of day (24-hour); --from now: later today
  --online       can be joined online (online or hybrid); --in-person: can be attended in person (in person or hybrid)
  --type CODE    has this meeting type, such as O (open) or ONL; give it more than once for several
  --text T       these words appear in the name, place, notes, group or region (any case, with or without accents)
  --near PLACE   measure distances from a town, a postal code or its first part (such as BN1), or a region named in your lists, or from coordinates such as 40.71,-74.00; a place your lists do not name finds nothing
  --within KM    with --near: no farther than KM kilometres
  --json         write a JSON array instead: for each meeting its slug, name, program, fellowship (not-stated when the list does not say), audience (families, users or not-stated), days (0 is Sunday), time and end_time (24-hour HH:MM), time_zone, next_start (RFC 3339), types, attendance, place, links and distance_km
Meetings you added yourself are included when your private records are unlocked without a passphrase.

meetings export-ics SLUG writes the meeting SLUG (as search shows it) to standard output as a calendar file: a weekly event in the meeting's time zone. Save it with a name ending in .ics and open it with your calendar.

Exit codes: 0 done, 1 failed (nothing was changed), 2 the command line was not understood.`,
}

var (
	msgMeetingsImported = &i18n.Message{
		ID:          "CLI.Meetings.Imported",
		Description: "'alongside meetings import' saved the list; Number is how many meetings (written with the language's digit grouping), Source the file or address, Program which meeting types it uses",
		One:         "Imported 1 meeting from {{.Source}} ({{.Program}}).",
		Other:       "Imported {{.Number}} meetings from {{.Source}} ({{.Program}}).",
	}
	msgMeetingsSkipped = &i18n.Message{
		ID:          "CLI.Meetings.Skipped",
		Description: "'alongside meetings import': how many records were left out (Number, written with the language's digit grouping); a list of them follows",
		One:         "1 record was left out:",
		Other:       "{{.Number}} records were left out:",
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
	msgMeetingsNotStated = &i18n.Message{
		ID:          "CLI.Meetings.NotStated",
		Description: "'alongside meetings import': the list does not say clearly whose meetings it holds; keep --fellowship, al-anon, nar-anon and aa as they are",
		Other:       "These meetings are shown as “fellowship not stated”, not as any fellowship. If you know whose list it is, import it again with --fellowship, for example --fellowship al-anon, --fellowship nar-anon or --fellowship aa.",
	}
	msgMeetingsBadFellowship = &i18n.Message{
		ID:          "CLI.Meetings.BadFellowship",
		Description: "'alongside meetings import --fellowship' was given something that is not a fellowship's id; keep the option and the ids as they are",
		Other:       "--fellowship takes a fellowship's id in lower case, such as al-anon, alateen, nar-anon, aa, na or not-stated.",
	}
	msgMeetingsBadProgram = &i18n.Message{
		ID:          "CLI.Meetings.BadProgram",
		Description: "'alongside meetings import --program' was given something other than aa, al-anon or not-stated; keep them as they are",
		Other:       "--program takes aa, al-anon or not-stated.",
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

// runMeetingsImport imports a file, an https address or a website's.
func runMeetingsImport(ctx context.Context, inv Invocation, env Env) int {
	if len(inv.Args) != 1 {
		say(env, msgMeetingsNeedsSource)
		return ExitUsage
	}
	opt := meetings.Options{
		Program: meetings.Program(inv.Options.Value("--program")), Fellowship: inv.Options.Value("--fellowship"),
		TimeZone: inv.Options.Value("--time-zone"),
	}
	switch {
	case opt.Program != "" && !opt.Program.Valid():
		say(env, msgMeetingsBadProgram)
		return ExitUsage
	case inv.Options.Has("--fellowship") && !meetings.ValidFellowship(opt.Fellowship):
		say(env, msgMeetingsBadFellowship)
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

// readList fetches or reads the list. An address (or a site's name, when
// no such file exists) is fetched, and where its list was found is said;
// its source is the address given. A file's source is its absolute path.
func readList(ctx context.Context, arg string, opt meetings.Options, env Env) (string, meetings.Result, error) {
	if address, ok := meetings.WebAddress(arg); ok && (strings.Contains(arg, "://") || !fileExists(arg)) {
		found, err := meetings.FetchList(ctx, address, meetings.Limits{}, nil)
		if err != nil {
			return address, meetings.Result{}, err
		}
		if m, data := meetings.FoundMessage(found); m != nil {
			fmt.Fprintln(env.Stdout, env.T.T(m, data))
		}
		res, err := meetings.ParseBytes(found.Data, opt)
		return address, res, err
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

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func isMeetingsError(err error) bool {
	m, _ := meetings.ErrorMessage(err, 0)
	return m != nil
}

// reportImport says how many meetings were taken, which records were
// left out and why, and, for a list that does not say whose meetings it
// holds, what it does say and how to tell Alongside.
func reportImport(env Env, feed store.Feed, res meetings.Result) {
	lang := env.T.Lang()
	program := env.T.T(meetings.ProgramMessage(feed.Program))
	fmt.Fprintln(env.Stdout, env.T.N(msgMeetingsImported, feed.Meetings, map[string]any{
		"Source": feed.Source, "Program": program, "Number": meetings.FormatCount(lang, feed.Meetings),
	}))
	if len(res.Skipped) > 0 {
		fmt.Fprintln(env.Stdout, env.T.N(msgMeetingsSkipped, len(res.Skipped), map[string]any{"Number": meetings.FormatCount(lang, len(res.Skipped))}))
	}
	for _, sk := range res.Skipped {
		m := msgMeetingsSkip
		if sk.Name != "" {
			m = msgMeetingsSkipNamed
		}
		fmt.Fprintln(env.Stdout, env.T.T(m, map[string]any{"Record": sk.Record, "Name": sk.Name, "Reason": env.T.T(meetings.SkipMessage(sk.Reason))}))
	}
	if lines := meetings.EvidenceText(env.T, &res); len(lines) > 0 {
		for _, line := range lines {
			fmt.Fprintln(env.Stdout, line)
		}
		say(env, msgMeetingsNotStated)
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
		if q.Place = inv.Options.Value("--near"); q.Place != "" {
			q.Sort = meetings.ByDistance
		}
		hits, err := meetings.NewIndex(ms).Find(q)
		if errors.Is(err, meetings.ErrPlaceNotFound) {
			say(env, msgMeetingsUnknownPlace, map[string]any{"Place": q.Place})
			return ExitFailed
		}
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
	Audience   string    `json:"audience"`
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
			Slug: m.Slug, Name: m.Name, Program: string(m.Program), Fellowship: m.Fellowship, Audience: audienceNames[meetings.AudienceOf(m)], Days: []int{},
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

// audienceNames are the JSON words for whom a meeting is for.
var audienceNames = map[meetings.Audience]string{
	meetings.AudienceFamilies: "families", meetings.AudienceUsers: "users", meetings.AudienceNotStated: "not-stated",
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
		var types []string
		for _, ty := range meetings.TypeLabels(m) { // never a raw code
			types = append(types, env.T.T(ty.Name))
		}
		if len(types) > 0 {
			parts = append(parts, strings.Join(types, ", "))
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
