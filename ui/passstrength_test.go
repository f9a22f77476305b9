package ui

import "testing"

// The word lists are built on the first check (third_party/zxcvbn): the
// scores must be those of upstream zxcvbn, from any goroutine.
func TestPassStrengthScores(t *testing.T) {
	done := make(chan int)
	go func() { done <- passStrength("") }()
	for _, c := range []struct {
		pass     string
		min, max int
	}{
		{"password", 0, 0},
		{"123456789", 0, 0},
		{"familia", 0, 1},    // one of our Spanish words
		{"contraseña", 0, 1}, // likewise
		{"qwertyuiop", 0, 1},
		{"Tr0ub4dour&3", 1, 3},
		{"correct horse battery staple", 4, 4},
		{"la lluvia en Sevilla es una maravilla", 4, 4},
	} {
		if got := passStrength(c.pass); got < c.min || got > c.max {
			t.Errorf("passStrength(%q) = %d, want %d to %d", c.pass, got, c.min, c.max)
		}
	}
	if got := <-done; got != 0 {
		t.Errorf("passStrength(\"\") = %d, want 0", got)
	}
}
