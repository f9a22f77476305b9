package meetings

import (
	"errors"
	"sort"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The words the screens and the command line show for this package's
// errors, skip reasons, ways to attend and programs.

var (
	msgTooLarge = &i18n.Message{
		ID:          "Meetings.Error.TooLarge",
		Description: "Importing a meeting list: the file or download is over the size limit; nothing was changed. MB is the limit in megabytes",
		Other:       "This meeting list is larger than {{.MB}} MB, so it was not imported and nothing was changed. Check that it is a meeting list.",
	}
	msgEmpty = &i18n.Message{
		ID:          "Meetings.Error.Empty",
		Description: "Importing a meeting list: the file or download is empty; nothing was changed",
		Other:       "This file is empty, so nothing was imported and nothing was changed.",
	}
	msgNotText = &i18n.Message{
		ID:          "Meetings.Error.NotText",
		Description: "Importing a meeting list: the file is binary (an image, an archive...); nothing was changed",
		Other:       "This file is not a meeting list (it is not text), so nothing was imported and nothing was changed. Choose the list's .json or .csv file.",
	}
	msgNotAList = &i18n.Message{
		ID:          "Meetings.Error.NotAList",
		Description: "Importing a meeting list: valid JSON, but not a list of meetings; nothing was changed. Keep JSON as it is",
		Other:       "This JSON file is not a list of meetings, so nothing was imported and nothing was changed. A meeting list in the Meeting Guide format starts with [.",
	}
	msgMalformed = &i18n.Message{
		ID:          "Meetings.Error.Malformed",
		Description: "Importing a meeting list: the data is cut short or broken; nothing was changed",
		Other:       "This meeting list is damaged or incomplete, so nothing was imported and nothing was changed. Download it again, or ask whoever publishes it.",
	}
	msgNoColumns = &i18n.Message{
		ID:          "Meetings.Error.NoColumns",
		Description: "Importing a spreadsheet (CSV): it lacks the columns a meeting list needs; nothing was changed. Keep the column names Name, Day and Time in English",
		Other:       "This spreadsheet is not a meeting list: it needs columns called Name, Day and Time. Nothing was imported and nothing was changed.",
	}
	msgNoMeetings = &i18n.Message{
		ID:          "Meetings.Error.NoMeetings",
		Description: "Importing a meeting list: not one meeting in it could be used; nothing was changed",
		Other:       "No meeting in this list could be used, so nothing was imported and nothing was changed.",
	}
	msgBadTimeZone = &i18n.Message{
		ID:          "Meetings.Error.BadTimeZone",
		Description: "A time zone typed by the person is unknown; nothing was changed. Keep the example America/New_York as it is",
		Other:       "That time zone is not known. Write it as a region and city, for example America/New_York.",
	}
	msgBadProgram = &i18n.Message{
		ID:          "Meetings.Error.BadProgram",
		Description: "Importing a meeting list: the program given is not one Alongside knows; keep aa, al-anon and not-stated as they are",
		Other:       "The program must be aa, al-anon or not-stated.",
	}
	msgNotHTTPS = &i18n.Message{
		ID:          "Meetings.Error.NotHTTPS",
		Description: "Importing a meeting list from an address that does not start with https://; nothing was fetched. Keep https:// as it is",
		Other:       "Alongside only downloads from secure addresses, which start with https://. Nothing was fetched.",
	}
	msgTimeout = &i18n.Message{
		ID:          "Meetings.Error.Timeout",
		Description: "Downloading a meeting list took too long; nothing was changed",
		Other:       "The download took too long, so it was stopped and nothing was changed. Try again later.",
	}
	msgTooManyRedirects = &i18n.Message{
		ID:          "Meetings.Error.TooManyRedirects",
		Description: "Downloading a meeting list: the address sent us on too many times; nothing was changed",
		Other:       "That address sends the download on too many times, so it was stopped and nothing was changed. Check the address.",
	}
	msgUnreachable = &i18n.Message{
		ID:          "Meetings.Error.Unreachable",
		Description: "Downloading a meeting list: the server could not be reached; nothing was changed",
		Other:       "The server could not be reached, so nothing was changed. Check the address and your internet connection, then try again.",
	}
	msgHTTP = &i18n.Message{
		ID:          "Meetings.Error.HTTP",
		Description: "Downloading a meeting list: the server answered with an error; Status is its number (such as 404); nothing was changed",
		Other:       "The server did not give the meeting list (it answered {{.Status}}), so nothing was changed. Check the address.",
	}
	msgCancelled = &i18n.Message{
		ID:          "Meetings.Error.Cancelled",
		Description: "The person cancelled importing a meeting list; nothing was changed",
		Other:       "The import was cancelled. Nothing was changed.",
	}
)

// sentinelMessages maps each sentinel error to its message.
var sentinelMessages = []struct {
	err error
	msg *i18n.Message
}{
	{ErrTooLarge, msgTooLarge}, {ErrEmpty, msgEmpty}, {ErrNotText, msgNotText}, {ErrNotAList, msgNotAList},
	{ErrMalformed, msgMalformed}, {ErrNoColumns, msgNoColumns}, {ErrNoMeetings, msgNoMeetings},
	{ErrBadTimeZone, msgBadTimeZone}, {ErrBadProgram, msgBadProgram}, {ErrNotHTTPS, msgNotHTTPS},
	{ErrTimeout, msgTimeout}, {ErrTooManyRedirects, msgTooManyRedirects}, {ErrUnreachable, msgUnreachable},
	{ErrCancelled, msgCancelled}, {ErrWebPage, msgWebPage}, {ErrNoListFound, msgNoListFound},
}

// ErrorMessage returns the message that explains err and its template
// data, or nil when err is none of this package's (the caller explains
// it another way). limit is the size limit in bytes, for ErrTooLarge.
func ErrorMessage(err error, limit int64) (*i18n.Message, map[string]any) {
	var he *HTTPError
	if errors.As(err, &he) {
		return msgHTTP, map[string]any{"Status": he.Status}
	}
	if m, data, ok := placeMessage(err); ok {
		return m, data
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	for _, s := range sentinelMessages {
		if errors.Is(err, s.err) {
			return s.msg, map[string]any{"MB": LimitMB(limit)}
		}
	}
	return nil, nil
}

// LimitMB is a size limit in whole megabytes (10^6 bytes, as the messages
// say), rounded up so that a small limit is never "0 MB": DefaultLimit is
// 100.
func LimitMB(limit int64) int64 { return max(1, (limit+999_999)/1_000_000) }

var skipMessages = map[SkipReason]*i18n.Message{
	SkipNotAMeeting: {ID: "Meetings.Skip.NotAMeeting", Description: "Why a record of an imported meeting list was left out", Other: "not a meeting record"},
	SkipNoName:      {ID: "Meetings.Skip.NoName", Description: "Why a record of an imported meeting list was left out", Other: "it has no name"},
	SkipRepeated:    {ID: "Meetings.Skip.Repeated", Description: "Why a record of an imported meeting list was left out: it is the same meeting (same identifier, name, days, time and place) as an earlier record", Other: "the same meeting is listed earlier"},
	SkipBadDay:      {ID: "Meetings.Skip.BadDay", Description: "Why a record of an imported meeting list was left out", Other: "its day is not a day of the week"},
	SkipBadTime:     {ID: "Meetings.Skip.BadTime", Description: "Why a record of an imported meeting list was left out", Other: "its time is not a time of day"},
	SkipNoTime:      {ID: "Meetings.Skip.NoTime", Description: "Why a record of an imported meeting list was left out", Other: "it has a day but no time"},
	SkipTooLong:     {ID: "Meetings.Skip.TooLong", Description: "Why a record of an imported meeting list was left out", Other: "one of its fields is longer than 64 KB"},
}

// SkipMessage is the reason's words, lower-case, to follow a meeting's
// name or record number.
func SkipMessage(r SkipReason) *i18n.Message {
	if m, ok := skipMessages[r]; ok {
		return m
	}
	return skipMessages[SkipNotAMeeting]
}

var attendanceMessages = map[Attendance]*i18n.Message{
	InPerson: {ID: "Meetings.Attendance.InPerson", Description: "How a meeting is attended", Other: "In person"},
	Online:   {ID: "Meetings.Attendance.Online", Description: "How a meeting is attended", Other: "Online"},
	Hybrid:   {ID: "Meetings.Attendance.Hybrid", Description: "How a meeting is attended: in person and online at once", Other: "In person and online"},
	Inactive: {ID: "Meetings.Attendance.Inactive", Description: "How a meeting is attended: the list says it is not meeting for now", Other: "Not meeting for now"},
}

// AttendanceMessage is the words for a way to attend.
func AttendanceMessage(a Attendance) *i18n.Message {
	if m, ok := attendanceMessages[a]; ok {
		return m
	}
	return attendanceMessages[InPerson]
}

var programMessages = map[Program]*i18n.Message{
	ProgramAA:     {ID: "Meetings.Program.AA", Description: "Which table of meeting type codes a meeting list uses: the standard one of AA-style lists", Other: "AA-style meeting types"},
	ProgramAlAnon: {ID: "Meetings.Program.AlAnon", Description: "Which table of meeting type codes a meeting list uses: Al-Anon's (where Y is Alateen)", Other: "Al-Anon meeting types"},
	ProgramNotStated: {ID: "Meetings.Program.NotStated", Description: "Which table of meeting type codes a meeting list uses: the list does not say whose meetings it holds, so only the types every list reads alike are shown",
		Other: "Common meeting types (the list does not say whose meetings these are)"},
}

// ProgramMessage is the words for a program's code table; an unknown
// program reads as not stated, never as AA.
func ProgramMessage(p Program) *i18n.Message {
	if m, ok := programMessages[p]; ok {
		return m
	}
	return programMessages[ProgramNotStated]
}

// sortSkips orders skips by record.
func sortSkips(s []Skip) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Record < s[j].Record })
}

var dayMessages = [7]*i18n.Message{
	{ID: "Meetings.Day.0", Description: "Day of the week, for a meeting's day", Other: "Sunday"},
	{ID: "Meetings.Day.1", Description: "Day of the week, for a meeting's day", Other: "Monday"},
	{ID: "Meetings.Day.2", Description: "Day of the week, for a meeting's day", Other: "Tuesday"},
	{ID: "Meetings.Day.3", Description: "Day of the week, for a meeting's day", Other: "Wednesday"},
	{ID: "Meetings.Day.4", Description: "Day of the week, for a meeting's day", Other: "Thursday"},
	{ID: "Meetings.Day.5", Description: "Day of the week, for a meeting's day", Other: "Friday"},
	{ID: "Meetings.Day.6", Description: "Day of the week, for a meeting's day", Other: "Saturday"},
}

// DayMessage is the name of a day of the week.
func DayMessage(d time.Weekday) *i18n.Message { return dayMessages[(int(d)%7+7)%7] }
