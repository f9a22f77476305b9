package meetings

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostileInputGetsAClearError(t *testing.T) {
	good := `[{"name":"A","slug":"a","day":1,"time":"10:00"}]`
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"spaces", []byte(" \n\t "), ErrEmpty},
		{"truncated", []byte(good[:len(good)-5]), ErrMalformed},
		{"cut after the bracket", []byte("["), ErrMalformed},
		{"unclosed string", []byte(`[{"name":"A`), ErrMalformed},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrNotText},
		{"random bytes", bytes.Repeat([]byte{0x01, 0x9c, 0x00, 0xff}, 500), ErrNotText},
		{"object", []byte(`{"meetings":[]}`), ErrNotAList},
		{"string", []byte(`"meetings"`), ErrNotAList},
		{"number", []byte(`42`), ErrNotAList},
		{"null", []byte(`null`), ErrNotAList},
		{"empty list", []byte(`[]`), ErrNoMeetings},
		{"list of nothing useful", []byte(`[1, "two", null, {}]`), ErrNoMeetings},
		{"deep nesting", []byte(`[` + strings.Repeat(`[`, 20000) + strings.Repeat(`]`, 20000) + `]`), ErrMalformed},
		{"deep nesting inside a meeting", []byte(`[{"name":"A","x":` + strings.Repeat(`{"a":`, 20000) + `1` + strings.Repeat(`}`, 20000) + `}]`), ErrMalformed},
		{"garbage after", []byte(good + `]`), ErrMalformed},
		{"prose", []byte("Hello, this is a letter"), ErrNoColumns},
		{"one word", []byte("hello"), ErrMalformed},
		{"bad CSV quote", []byte("Name,Day,Time\n\"Hope,1,10:00\n"), ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseBytes(c.data, Options{})
			if !errors.Is(err, c.want) {
				t.Errorf("%v, want %v", err, c.want)
			}
			if m, _ := ErrorMessage(err, 0); m == nil {
				t.Errorf("no message for %v", err)
			}
		})
	}
}

func TestEnormousStringsAreSkippedNotStored(t *testing.T) {
	huge := strings.Repeat("é", MaxField)
	res, err := ParseBytes([]byte(`[{"name":"`+huge+`","slug":"a"},{"name":"B","slug":"b"}]`), Options{})
	if err != nil || len(res.Meetings) != 1 || res.Skipped[0].Reason != SkipTooLong || len(res.Skipped[0].Name) > 200 {
		t.Fatalf("%v %d %+v", err, len(res.Meetings), len(res.Skipped))
	}
}

func TestOverTheSizeLimit(t *testing.T) {
	big := []byte(`[{"name":"A","slug":"a","notes":"` + strings.Repeat("x", 2000) + `"}]`)
	if _, err := ParseBytes(big, Options{Limit: 1000}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseBytes: %v", err)
	}
	// Parse reads no more than the limit and one byte from the reader.
	r := &countingReader{r: bytes.NewReader(big)}
	if _, err := Parse(r, Options{Limit: 1000}); !errors.Is(err, ErrTooLarge) || r.n > 1001 {
		t.Errorf("Parse: %v after %d bytes", err, r.n)
	}
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseFile(path, Options{Limit: 1000}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseFile: %v", err)
	}
	// The limit people read is round and is the one applied (#23: it
	// once said "larger than 104 MB" for a 100 MiB limit).
	if m, data := ErrorMessage(ErrTooLarge, DefaultLimit); m != msgTooLarge || data["MB"] != int64(100) || DefaultLimit != 100_000_000 {
		t.Errorf("message %v %v, limit %d bytes", m, data, DefaultLimit)
	}
	if _, data := ErrorMessage(ErrTooLarge, 1000); data["MB"] != int64(1) {
		t.Errorf("a limit under 1 MB reads as %v MB", data["MB"])
	}
}

type countingReader struct {
	r *bytes.Reader
	n int
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += n
	return n, err
}

func TestBadOptions(t *testing.T) {
	if _, err := ParseBytes([]byte(`[]`), Options{Program: "na"}); !errors.Is(err, ErrBadProgram) {
		t.Errorf("program: %v", err)
	}
	if _, err := ParseBytes([]byte(`[]`), Options{TimeZone: "Nowhere/Town"}); !errors.Is(err, ErrBadTimeZone) {
		t.Errorf("zone: %v", err)
	}
}
