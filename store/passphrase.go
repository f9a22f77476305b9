package store

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn"
)

// One rule for a new passphrase, used by the window and the command line.
const (
	// MinPassphraseLength is the fewest characters a passphrase may have.
	MinPassphraseLength = 8
	// MinPassphraseScore is the lowest zxcvbn score accepted, from 0 (too
	// guessable) to 4.
	MinPassphraseScore = 2
)

var (
	// ErrPassphraseTooShort means a new passphrase has fewer than
	// MinPassphraseLength characters. It is also ErrInvalid.
	ErrPassphraseTooShort = fmt.Errorf("store: passphrase shorter than %d characters: %w", MinPassphraseLength, ErrInvalid)
	// ErrPassphraseTooWeak means a new passphrase would be easy to guess
	// (zxcvbn scores it under MinPassphraseScore). It is also ErrInvalid.
	ErrPassphraseTooWeak = fmt.Errorf("store: passphrase easy to guess: %w", ErrInvalid)
)

// spanishWords are common Spanish words zxcvbn's English lists lack, so a
// Spanish passphrase of one common word is not rated strong.
var spanishWords = []string{"contraseña", "hola", "amor", "familia", "casa", "madre", "padre", "hijo", "hija",
	"mama", "papa", "te", "quiero", "dios", "vida", "feliz", "corazon", "amigo", "amiga", "secreto",
	"alongside", "diario", "journal", "password", "clave"}

// PassphraseStrength rates a passphrase from 0 (very easy to guess) to 4.
func PassphraseStrength(p string) int {
	return zxcvbn.PasswordStrength(p, spanishWords).Score
}

// CheckPassphrase says whether p may be a new passphrase: nil, or
// ErrPassphraseTooShort or ErrPassphraseTooWeak.
func CheckPassphrase(p string) error {
	if utf8.RuneCountInString(string(normPassphrase(p))) < MinPassphraseLength {
		return ErrPassphraseTooShort
	}
	if PassphraseStrength(p) < MinPassphraseScore {
		return ErrPassphraseTooWeak
	}
	return nil
}

// IsPassphraseRefused reports whether err is the passphrase rule's refusal.
func IsPassphraseRefused(err error) bool {
	return errors.Is(err, ErrPassphraseTooShort) || errors.Is(err, ErrPassphraseTooWeak)
}
