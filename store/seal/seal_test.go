package seal

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func newBox(t *testing.T) (*Box, []byte) {
	t.Helper()
	key, err := NewKey()
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(key)
	if err != nil {
		t.Fatal(err)
	}
	return b, key
}

func TestSealOpens(t *testing.T) {
	b, _ := newBox(t)
	for _, plain := range []string{"", "a", "Querida mamá: ¿cómo estás?", strings.Repeat("x", 10000)} {
		sealed, err := b.Seal([]byte(plain), []byte("entries\x00text\x001"))
		if err != nil {
			t.Fatal(err)
		}
		if len(sealed) != len(plain)+Overhead {
			t.Errorf("sealed %d bytes into %d, want %d", len(plain), len(sealed), len(plain)+Overhead)
		}
		if len(plain) >= 8 && bytes.Contains(sealed, []byte(plain)) { // shorter ones may turn up by chance
			t.Error("the sealed value holds the plain text")
		}
		got, err := b.Open(sealed, []byte("entries\x00text\x001"))
		if err != nil || string(got) != plain {
			t.Errorf("Open = %q, %v; want %q", got, err, plain)
		}
	}
}

func TestEachSealHasItsOwnNonce(t *testing.T) {
	b, _ := newBox(t)
	x, _ := b.Seal([]byte("same"), nil)
	y, _ := b.Seal([]byte("same"), nil)
	if bytes.Equal(x, y) {
		t.Fatal("two seals of the same value are equal: the nonce repeats")
	}
}

func TestOpenRefuses(t *testing.T) {
	b, _ := newBox(t)
	other, _ := newBox(t)
	ad := []byte("entries\x00text\x001")
	sealed, _ := b.Seal([]byte("private words"), ad)
	flipped := func(i int) []byte {
		c := bytes.Clone(sealed)
		c[i] ^= 1
		return c
	}
	cases := map[string]struct {
		box    *Box
		sealed []byte
		ad     []byte
	}{
		"other row":      {b, sealed, []byte("entries\x00text\x002")},
		"other column":   {b, sealed, []byte("entries\x00tags\x001")},
		"other key":      {other, sealed, ad},
		"version byte":   {b, flipped(0), ad},
		"nonce":          {b, flipped(5), ad},
		"ciphertext":     {b, flipped(len(sealed) - 20), ad},
		"tag":            {b, flipped(len(sealed) - 1), ad},
		"cut short":      {b, sealed[:len(sealed)-1], ad},
		"shorter than a": {b, sealed[:Overhead-1], ad},
		"empty":          {b, nil, ad},
	}
	for name, c := range cases {
		if got, err := c.box.Open(c.sealed, c.ad); !errors.Is(err, ErrOpen) {
			t.Errorf("%s: Open = %q, %v; want ErrOpen", name, got, err)
		}
	}
}

var cheap = Params{Time: 1, MemoryKiB: 64, Threads: 1}

func TestWrapUnwrap(t *testing.T) {
	_, key := newBox(t)
	w, err := Wrap([]byte("correct horse"), key, cheap, []byte("passphrase"))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Salt) != SaltSize || w.Params != cheap || bytes.Contains(w.Sealed, key) {
		t.Fatalf("wrap = %+v", w)
	}
	got, err := Unwrap([]byte("correct horse"), w, []byte("passphrase"))
	if err != nil || !bytes.Equal(got, key) {
		t.Fatalf("Unwrap = %x, %v", got, err)
	}
	for name, try := range map[string]func() ([]byte, error){
		"wrong secret":  func() ([]byte, error) { return Unwrap([]byte("correct horsE"), w, []byte("passphrase")) },
		"wrong purpose": func() ([]byte, error) { return Unwrap([]byte("correct horse"), w, []byte("recovery")) },
		"other salt": func() ([]byte, error) {
			w2 := w
			w2.Salt = bytes.Repeat([]byte{1}, SaltSize)
			return Unwrap([]byte("correct horse"), w2, []byte("passphrase"))
		},
		"other params": func() ([]byte, error) {
			w2 := w
			w2.Params.Time++
			return Unwrap([]byte("correct horse"), w2, []byte("passphrase"))
		},
	} {
		if k, err := try(); !errors.Is(err, ErrOpen) {
			t.Errorf("%s: %x, %v; want ErrOpen", name, k, err)
		}
	}
}

func TestParamsBounds(t *testing.T) {
	for _, p := range []Params{{}, {Time: 1, MemoryKiB: 64}, {Time: 0, MemoryKiB: 64, Threads: 1},
		{Time: 1, MemoryKiB: 1 << 30, Threads: 1}, {Time: 1000, MemoryKiB: 64, Threads: 1}, {Time: 1, MemoryKiB: 8, Threads: 4}} {
		if p.Valid() == nil {
			t.Errorf("%+v accepted", p)
		}
		if _, err := Derive([]byte("x"), make([]byte, SaltSize), p); err == nil {
			t.Errorf("Derive with %+v worked", p)
		}
	}
	if _, err := Derive([]byte("x"), []byte("short"), cheap); err == nil {
		t.Error("Derive with a 5-byte salt worked")
	}
}

func TestRecoveryCode(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		code, err := NewRecoveryCode()
		if err != nil {
			t.Fatal(err)
		}
		groups := strings.Split(code, "-")
		if len(groups) != 6 {
			t.Fatalf("%s: %d groups, want 6", code, len(groups))
		}
		for _, g := range groups {
			if len(g) != 4 || strings.ContainsAny(g, "ILOU") || strings.ToUpper(g) != g {
				t.Fatalf("%s: bad group %q", code, g)
			}
		}
		if seen[code] {
			t.Fatalf("%s issued twice", code)
		}
		seen[code] = true
		canon, ok := NormalizeRecoveryCode(code)
		if !ok || len(canon) != 24 {
			t.Fatalf("Normalize(%s) = %q, %v", code, canon, ok)
		}
		for _, typed := range []string{strings.ToLower(code), strings.ReplaceAll(code, "-", " "), strings.ReplaceAll(code, "-", ""), " " + code + "\n"} {
			if got, ok := NormalizeRecoveryCode(typed); !ok || got != canon {
				t.Errorf("Normalize(%q) = %q, %v; want %q", typed, got, ok, canon)
			}
		}
	}
}

func TestNormalizeRecoveryCode(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"0123-4567-89AB-CDEF-GHJK-MNPQ", "0123456789ABCDEFGHJKMNPQ", true},
		{"o123-4567-89ab-cdef-ghjk-mnpq", "0123456789ABCDEFGHJKMNPQ", true},
		{"OIL0 4567 89AB CDEF GHJK MNPQ", "011045678" + "9ABCDEFGHJKMNPQ", true},
		{"0123-4567-89AB-CDEF-GHJK-MNP", "", false},   // short
		{"0123-4567-89AB-CDEF-GHJK-MNPQR", "", false}, // long
		{"0123-4567-89AB-CDEF-GHJK-MNPU", "", false},  // U is not in the alphabet
		{"my passphrase is long enough", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := NormalizeRecoveryCode(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func FuzzNormalizeRecoveryCode(f *testing.F) {
	f.Add("0123-4567-89AB-CDEF-GHJK-MNPQ")
	f.Add("ıııı-4567-89AB-CDEF-GHJK-MNPQ")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := NormalizeRecoveryCode(s)
		if !ok {
			return
		}
		if len(got) != 24 {
			t.Fatalf("Normalize(%q) = %q: not 24 characters", s, got)
		}
		if again, ok := NormalizeRecoveryCode(got); !ok || again != got {
			t.Fatalf("Normalize is not stable on %q: %q", got, again)
		}
	})
}
