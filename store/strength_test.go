package store_test

import (
	"testing"

	"github.com/alongside-app/alongside/store"
)

// The strength the passphrase page shows is the store's (one rule for the
// window and the command line). The word lists are built on the first
// check (third_party/zxcvbn): the scores must be those of upstream
// zxcvbn, from any goroutine.
func TestPassStrengthScores(t *testing.T) {
	done := make(chan int)
	go func() { done <- store.PassphraseStrength("") }()
	for _, c := range []struct {
		pass     string
		min, max int
	}{
		{"password", 0, 0},
		{"123456789", 0, 0},
		{"familia", 0, 1},    // one of the Spanish words
		{"contraseña", 0, 1}, // likewise
		{"qwertyuiop", 0, 1},
		{"Tr0ub4dour&3", 1, 3},
		{"correct horse battery staple", 4, 4},
		{"la lluvia en Sevilla es una maravilla", 4, 4},
	} {
		if got := store.PassphraseStrength(c.pass); got < c.min || got > c.max {
			t.Errorf("PassphraseStrength(%q) = %d, want %d to %d", c.pass, got, c.min, c.max)
		}
	}
	if got := <-done; got != 0 {
		t.Errorf("PassphraseStrength(\"\") = %d, want 0", got)
	}
}
