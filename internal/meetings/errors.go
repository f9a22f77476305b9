package meetings

import (
	"errors"
	"fmt"
)

// Errors Parse, ParseFile and Fetch return, told apart with errors.Is. Each
// comes wrapped with technical detail for the log; ErrorMessage gives the
// words to show.
var (
	// ErrTooLarge means the list is larger than the size limit; it was
	// not read in full.
	ErrTooLarge = errors.New("meetings: the list is larger than the size limit")
	// ErrEmpty means the file or download is empty.
	ErrEmpty = errors.New("meetings: the list is empty")
	// ErrNotText means the data is binary (an image, an archive...).
	ErrNotText = errors.New("meetings: the data is not text")
	// ErrNotAList means the JSON is valid but not an array of meetings
	// (an object, a string, a number...).
	ErrNotAList = errors.New("meetings: the JSON is not a list of meetings")
	// ErrMalformed means the data breaks off or is not valid JSON or CSV
	// (truncated, nested too deep, a broken quote).
	ErrMalformed = errors.New("meetings: the list is damaged or cut short")
	// ErrNoColumns means a CSV file lacks the columns a meeting needs (a
	// name, or day and time).
	ErrNoColumns = errors.New("meetings: the spreadsheet has no meeting columns")
	// ErrNoMeetings means every record was skipped, or there were none.
	ErrNoMeetings = errors.New("meetings: the list has no usable meetings")
	// ErrBadTimeZone means a time zone given by the person is unknown.
	ErrBadTimeZone = errors.New("meetings: unknown time zone")
	// ErrBadProgram means a program that is not ProgramAA or ProgramAlAnon.
	ErrBadProgram = errors.New("meetings: unknown program")

	// ErrNotHTTPS means an address that is not https://.
	ErrNotHTTPS = errors.New("meetings: only https addresses are fetched")
	// ErrTimeout means the download took longer than its time limit.
	ErrTimeout = errors.New("meetings: the download took too long")
	// ErrTooManyRedirects means the address sent us on too many times.
	ErrTooManyRedirects = errors.New("meetings: too many redirects")
	// ErrUnreachable means the server could not be reached (no network,
	// a name that does not resolve, a refused connection, a bad certificate).
	ErrUnreachable = errors.New("meetings: the server could not be reached")
	// ErrCancelled means the person cancelled.
	ErrCancelled = errors.New("meetings: cancelled")
	// ErrWebPage means the file or download is a web page (HTML), not a
	// meeting list.
	ErrWebPage = errors.New("meetings: a web page, not a meeting list")
	// ErrNoListFound means FetchList was given a web page and found no
	// meeting list for its site.
	ErrNoListFound = errors.New("meetings: no meeting list found on the site")

	// ErrPlaceNotFound means a place typed to measure from is not one any
	// stored meeting with a position names: a search then finds nothing,
	// never everything.
	ErrPlaceNotFound = errors.New("meetings: no meeting with a position is in that place")
)

// HTTPError is a server's answer other than 200 OK; it wraps ErrHTTP.
type HTTPError struct{ Status int }

// ErrHTTP is what every HTTPError is (errors.Is).
var ErrHTTP = errors.New("meetings: the server refused the request")

func (e *HTTPError) Error() string {
	return fmt.Sprintf("meetings: the server answered HTTP %d", e.Status)
}

// Unwrap makes errors.Is(err, ErrHTTP) true.
func (e *HTTPError) Unwrap() error { return ErrHTTP }
