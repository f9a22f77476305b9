package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as search compares it: lower case, without accents or
// other combining marks, with compatibility forms (ligatures, full-width
// letters) spelled out and a few letters no decomposition reaches (ß, æ,
// œ, ø, ł, đ, ı) written as their plain Latin spelling. So "Café" and
// "CAFE" both fold to "cafe", "ÁRBOL" to "arbol", "Straße" to "strasse".
// A NUL becomes a space. Fold works rune by rune, so Fold(a+b) is
// Fold(a)+Fold(b), and folding twice changes nothing more.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == 0 {
			return string(appendFold(make([]byte, 0, len(s)+8), s))
		}
	}
	return s // plain lower-case ASCII: already folded
}

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == 0:
				c = ' '
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = append(dst, foldRune(r)...)
	}
	return dst
}

// spelled are letters that decomposition leaves whole.
var spelled = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i",
}

// foldStep folds one rune once: decompose, drop marks, lower, spell out.
func foldStep(r rune, dst []rune) []rune {
	if s, ok := spelled[r]; ok {
		return append(dst, []rune(s)...)
	}
	if r == 0 {
		return append(dst, ' ')
	}
	for _, x := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, x) {
			continue
		}
		x = unicode.ToLower(x)
		if s, ok := spelled[x]; ok {
			dst = append(dst, []rune(s)...)
		} else {
			dst = append(dst, x)
		}
	}
	return dst
}

// computeFold folds r until nothing changes (two steps at most in
// practice), so that every rune it returns folds to itself.
func computeFold(r rune) string {
	cur := foldStep(r, nil)
	for range 4 {
		var next []rune
		for _, x := range cur {
			next = foldStep(x, next)
		}
		if string(next) == string(cur) {
			break
		}
		cur = next
	}
	return string(cur)
}

// Folds of the runes below tableSize are made once, on first use; others
// are kept as they are met.
const tableSize = 0x2000

var (
	tableOnce sync.Once
	table     []string
	others    sync.Map // rune -> string
)

func foldRune(r rune) string {
	if r < tableSize {
		tableOnce.Do(func() {
			table = make([]string, tableSize)
			for i := range table {
				table[i] = computeFold(rune(i))
			}
		})
		return table[r]
	}
	if f, ok := others.Load(r); ok {
		return f.(string)
	}
	f := computeFold(r)
	others.Store(r, f)
	return f
}

// foldWords splits a query into folded words.
func foldWords(q string) []string {
	return strings.Fields(Fold(q))
}
