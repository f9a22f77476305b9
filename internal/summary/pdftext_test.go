package summary

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"unicode/utf16"
)

// pdfText extracts the text an fpdf document shows, without any tool:
// it inflates every stream, and decodes the strings of the text-showing
// operators Tj and TJ. fpdf writes text in a UTF-8 font as UTF-16BE code
// units (its ToUnicode map is the identity), which is what a reader such
// as pdftotext maps back to letters. Each text object ends a line.
func pdfText(pdf []byte) (string, error) {
	var out strings.Builder
	for _, s := range streams(pdf) {
		r, err := zlib.NewReader(bytes.NewReader(s))
		if err != nil {
			continue // not compressed text: an image or a font program
		}
		content, err := io.ReadAll(r)
		if err != nil {
			continue
		}
		showText(content, &out)
	}
	return out.String(), nil
}

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)

func streams(pdf []byte) [][]byte {
	var out [][]byte
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		out = append(out, m[1])
	}
	return out
}

// showText appends the strings shown in one content stream.
func showText(content []byte, out *strings.Builder) {
	for i := 0; i < len(content); i++ {
		switch {
		case content[i] == '(':
			s, end := literal(content, i)
			out.WriteString(decodeUTF16(s))
			i = end
		case bytes.HasPrefix(content[i:], []byte("ET")):
			out.WriteByte('\n')
		}
	}
}

// literal reads the PDF string literal that starts at content[start]
// ('('), and returns its bytes and the index of its closing ')'.
func literal(content []byte, start int) ([]byte, int) {
	var b []byte
	depth := 0
	for i := start; i < len(content); i++ {
		c := content[i]
		switch {
		case c == '\\' && i+1 < len(content):
			i++
			switch e := content[i]; e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v, n := 0, 0
				for n < 3 && i < len(content) && content[i] >= '0' && content[i] <= '7' {
					v = v*8 + int(content[i]-'0')
					i, n = i+1, n+1
				}
				i--
				b = append(b, byte(v))
			default:
				b = append(b, e)
			}
		case c == '(':
			if depth > 0 {
				b = append(b, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return b, i
			}
			b = append(b, c)
		default:
			b = append(b, c)
		}
	}
	return b, len(content)
}

func decodeUTF16(b []byte) string {
	if len(b)%2 != 0 {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
