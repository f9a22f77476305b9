package meetings

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanText makes a list's text plain: HTML entities decoded, tags
// removed (a <br> or </p> becomes a line break), control characters
// other than line breaks and tabs dropped, invalid UTF-8 replaced, and
// space trimmed.
func cleanText(s string) string {
	if plainText(s) {
		return strings.TrimSpace(s)
	}
	if strings.ContainsRune(s, '<') {
		s = breakTags.ReplaceAllString(s, "\n")
		s = anyTag.ReplaceAllString(s, "")
	}
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, isUnwanted) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isUnwanted(r) {
				return -1
			}
			return r
		}, s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimSpace(s)
}

var (
	breakTags = regexp.MustCompile(`(?i)<br\s*/?>|</p\s*>|</div\s*>|</li\s*>`)
	anyTag    = regexp.MustCompile(`</?[a-zA-Z][^<>]{0,400}>`)
)

func isUnwanted(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7f
}

// plainText reports printable ASCII without markup or entities, which
// cleaning leaves as it is (the common case, checked in one pass).
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '<' || c == '&' {
			return false
		}
	}
	return true
}

// cleanLine is cleanText on one line: line breaks and tabs become spaces.
func cleanLine(s string) string {
	if plainText(s) {
		return strings.TrimSpace(s)
	}
	s = cleanText(s)
	if strings.ContainsAny(s, "\n\t\r") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// fold returns s as search compares it: lower case, without accents or
// other marks, with ligatures spelled out and ß, æ, œ, ø, ł, đ, ı written
// in plain Latin letters ("Café" and "CAFE" both fold to "cafe").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if sp, ok := spelled[r]; ok {
			b.WriteString(sp)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spelled are letters that decomposition leaves whole.
var spelled = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i",
}
