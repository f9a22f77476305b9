package meetings

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Parse reads a meeting list from r: Meeting Guide JSON or CSV, told apart
// by their content unless opt.Format says. It reads at most opt.Limit bytes
// and refuses a longer list with ErrTooLarge before reading the rest.
// Records it cannot use are skipped and listed in Result.Skipped; a list
// with none it can use is ErrNoMeetings. Errors wrap the package's
// sentinel errors.
func Parse(r io.Reader, opt Options) (Result, error) {
	limit := opt.limit()
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return Result{}, fmt.Errorf("meetings: read: %w", err)
	}
	if int64(len(b)) > limit {
		return Result{}, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
	}
	return ParseBytes(b, opt)
}

// ParseFile is Parse of the file at path; a file larger than the limit is
// refused from its size, without reading it.
func ParseFile(path string, opt Options) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("meetings: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > opt.limit() {
		return Result{}, fmt.Errorf("%w (%d bytes, the limit is %d)", ErrTooLarge, st.Size(), opt.limit())
	}
	return Parse(f, opt)
}

// ParseBytes is Parse of a list already in memory (as Fetch returns it).
func ParseBytes(b []byte, opt Options) (Result, error) {
	if int64(len(b)) > opt.limit() {
		return Result{}, fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(b))
	}
	if err := checkOptions(opt); err != nil {
		return Result{}, err
	}
	b, err := asUTF8(b)
	if err != nil {
		return Result{}, err
	}
	format := opt.Format
	if format == "" {
		if format, err = sniff(b); err != nil {
			return Result{}, err
		}
	}
	hint := bytes.Count(b, []byte("\n")) + bytes.Count(b, []byte(`"name"`))
	bd := newBuilder(opt, min(hint, len(b)/32+1))
	var skips []Skip
	switch format {
	case FormatJSON:
		skips, err = decodeJSON(b, bd.add)
	case FormatCSV:
		err = decodeCSV(b, bd.add)
	case FormatBMLT:
		skips, err = decodeBMLT(b, bd.add)
	default:
		return Result{}, fmt.Errorf("meetings: format %q: %w", format, ErrMalformed)
	}
	if err != nil {
		return Result{}, err
	}
	return bd.finish(format, skips)
}

func (o Options) limit() int64 {
	if o.Limit > 0 {
		return o.Limit
	}
	return DefaultLimit
}

// checkOptions refuses a bad program or time zone.
func checkOptions(opt Options) error {
	if opt.Program != "" && !opt.Program.Valid() {
		return fmt.Errorf("%w: %q", ErrBadProgram, opt.Program)
	}
	if _, err := loadZone(opt.TimeZone); opt.TimeZone != "" && err != nil {
		return fmt.Errorf("%w: %q", ErrBadTimeZone, opt.TimeZone)
	}
	return nil
}

var bomUTF8 = []byte{0xEF, 0xBB, 0xBF}

// asUTF8 strips a UTF-8 byte order mark, decodes UTF-16 (with its mark)
// and Windows-1252 (what spreadsheets often save), and refuses binary data.
func asUTF8(b []byte) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNotText, err)
		}
		b = out
	}
	if looksBinary(b) {
		return nil, ErrNotText
	}
	if !utf8.Valid(b) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNotText, err)
		}
		b = out
	}
	return b, nil
}

// looksBinary reports NUL bytes, or many control characters, near the start.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*100 > len(head)
}

// sniff tells the layouts apart by the first character that is not a
// space: a JSON list starts with [ (a BMLT server's has its own field
// names), a BMLT answer with its formats is an object, a web page starts
// with <, and anything else with a comma, semicolon or tab on its first
// line is a spreadsheet.
func sniff(b []byte) (Format, error) {
	t := bytes.TrimLeft(b, " \t\r\n\f")
	switch t[0] {
	case '[':
		if looksBMLT(t) {
			return FormatBMLT, nil
		}
		return FormatJSON, nil
	case '{':
		if looksBMLT(t) {
			return FormatBMLT, nil
		}
		return "", ErrNotAList
	case '<':
		return "", ErrWebPage
	}
	line, _, _ := bytes.Cut(t, []byte("\n"))
	if bytes.ContainsAny(line, ",;\t") {
		return FormatCSV, nil
	}
	if looksLikeJSONScalar(t) {
		return "", ErrNotAList
	}
	return "", fmt.Errorf("%w: neither JSON nor CSV", ErrMalformed)
}

func looksLikeJSONScalar(t []byte) bool {
	c := t[0]
	return c == '"' || c == '-' || c >= '0' && c <= '9' ||
		bytes.HasPrefix(t, []byte("true")) || bytes.HasPrefix(t, []byte("false")) || bytes.HasPrefix(t, []byte("null"))
}
