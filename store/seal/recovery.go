package seal

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"strings"
)

// A recovery code is 120 random bits written in Crockford's base32
// alphabet (no I, L, O or U, so nothing reads as another character), in
// six groups of four: 7K3M-QX9D-....
const (
	recoveryBytes  = 15 // 120 bits: 24 characters
	recoveryChars  = recoveryBytes * 8 / 5
	recoveryGroup  = 4
	crockfordChars = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
)

var crockford = base32.NewEncoding(crockfordChars).WithPadding(base32.NoPadding)

// NewRecoveryCode returns a new random recovery code, grouped for reading.
func NewRecoveryCode() (string, error) {
	raw := make([]byte, recoveryBytes)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("seal: recovery code: %w", err)
	}
	code := crockford.EncodeToString(raw)
	Zero(raw)
	groups := make([]string, 0, recoveryChars/recoveryGroup)
	for i := 0; i < len(code); i += recoveryGroup {
		groups = append(groups, code[i:i+recoveryGroup])
	}
	return strings.Join(groups, "-"), nil
}

// NormalizeRecoveryCode returns code in its one canonical form (upper
// case, no spaces or dashes, and the letters people mistake for digits
// read as the digits: O as 0, I and L as 1), and whether it has the shape
// of a recovery code at all.
func NormalizeRecoveryCode(code string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToUpper(code) {
		switch {
		case r == ' ' || r == '-' || r == '\t' || r == '\r' || r == '\n':
			continue
		case r == 'O':
			r = '0'
		case r == 'I' || r == 'L':
			r = '1'
		}
		if !strings.ContainsRune(crockfordChars, r) {
			return "", false
		}
		b.WriteRune(r)
	}
	if b.Len() != recoveryChars {
		return "", false
	}
	return b.String(), true
}
