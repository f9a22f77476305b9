package meetings

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// Lists in the wild write the same field in several JSON types. These
// types take any of them and never fail, so that one odd field never
// loses a meeting: what cannot be read is left empty (and a day or a time
// that cannot be read is reported by build).

// text is a string field that also takes a number or a boolean (as its
// literal), and null or anything else as "".
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	*t = text(jsonText(b))
	return nil
}

// jsonText is the text of a JSON value: a string's contents, a number's
// or boolean's literal, "" for null, arrays and objects.
func jsonText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	switch c := b[0]; {
	case c == '"':
		if plain := b[1 : len(b)-1]; isPlainASCII(plain) {
			return string(plain)
		}
		var s string
		if json.Unmarshal(b, &s) != nil {
			return ""
		}
		return s
	case c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f':
		return string(b)
	}
	return ""
}

// isPlainASCII reports printable ASCII with no escapes, which a JSON
// string holds as it is.
func isPlainASCII(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c >= 0x80 || c == '\\' {
			return false
		}
	}
	return true
}

// list is a list of strings that also takes one string (split at commas),
// numbers, and nulls (dropped): "types": [""], "regions": [null].
type list []string

func (l *list) UnmarshalJSON(b []byte) error {
	*l = nil
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	if b[0] != '[' {
		*l = splitList(jsonText(b), ",")
		return nil
	}
	var items []json.RawMessage
	if json.Unmarshal(b, &items) != nil {
		return nil
	}
	for _, it := range items {
		if s := strings.TrimSpace(jsonText(it)); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// splitList splits s at sep, dropping empty items.
func splitList(s, sep string) []string {
	var out []string
	for p := range strings.SplitSeq(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// number is a coordinate written as a number or a string; set says it
// was given.
type number struct {
	v   float64
	set bool
}

func (n *number) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(jsonText(b))
	if s == "" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err == nil {
		n.v, n.set = v, true
	}
	return nil
}

// days is the day field: an integer, a string (a number or a day's name),
// an array of those, or null. Each item is kept as text for build.
type days []string

func (d *days) UnmarshalJSON(b []byte) error {
	var l list
	_ = l.UnmarshalJSON(b)
	*d = days(l)
	return nil
}
