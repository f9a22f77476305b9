package store

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// The loved one's age is a private setting: it reads back, is sealed in
// the file (the answer is nowhere in the clear, while open or after
// closing), opens again under a new passphrase, and is refused while the
// records are locked.
func TestLovedOneAgeIsSealed(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if a, err := s.LovedOneAge(ctx); err != nil || a != AgeNotAsked {
		t.Fatalf("before any answer: %q, %v", a, err)
	}
	for _, a := range []Age{AgeAdult, AgeUnsaid, AgeUnder18} {
		must(t, s.SetLovedOneAge(ctx, a))
		if got, err := s.LovedOneAge(ctx); err != nil || got != a {
			t.Errorf("after %q: read %q, %v", a, got, err)
		}
	}
	if raw, err := s.Get(ctx, SettingLovedOneAge); !errors.Is(err, ErrNotFound) {
		t.Errorf("the age is a plain setting too: %q, %v", raw, err)
	}
	noAnswerInFile := func(when string) {
		t.Helper()
		for i, b := range fileBytes(t, path) {
			for _, a := range []Age{AgeUnder18, AgeAdult, AgeUnsaid} {
				if bytes.Contains(b, []byte(a)) {
					t.Errorf("%s: %q in the clear in %s", when, a, dbFiles(path)[i])
				}
			}
		}
	}
	noAnswerInFile("while open")

	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	if got, err := s.LovedOneAge(ctx); err != nil || got != AgeUnder18 {
		t.Errorf("after setting the passphrase: %q, %v", got, err)
	}
	s.Lock()
	if got, err := s.LovedOneAge(ctx); !errors.Is(err, ErrLocked) || got != AgeNotAsked {
		t.Errorf("LovedOneAge while locked = %q, %v; want ErrLocked", got, err)
	}
	if err := s.SetLovedOneAge(ctx, AgeAdult); !errors.Is(err, ErrLocked) {
		t.Errorf("SetLovedOneAge while locked = %v, want ErrLocked", err)
	}
	must(t, s.Unlock(ctx, "kettle river blue morning"))
	if got, _ := s.LovedOneAge(ctx); got != AgeUnder18 {
		t.Errorf("a refused change while locked changed the answer to %q", got)
	}
	must(t, s.Close())
	noAnswerInFile("after closing")
}

// Only the known answers are kept; forgetting the answer asks again.
func TestLovedOneAgeRefusesOtherValues(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	must(t, s.SetLovedOneAge(ctx, AgeAdult))
	if err := s.SetLovedOneAge(ctx, "17"); !errors.Is(err, ErrInvalid) {
		t.Errorf("SetLovedOneAge(17) = %v, want ErrInvalid", err)
	}
	if got, _ := s.LovedOneAge(ctx); got != AgeAdult {
		t.Errorf("a refused value changed the answer to %q", got)
	}
	must(t, s.SetPrivate(ctx, SettingLovedOneAge, "teenager")) // say, from a later version
	if got, err := s.LovedOneAge(ctx); err != nil || got != AgeNotAsked {
		t.Errorf("an unknown value reads as %q, %v; want not asked", got, err)
	}
	must(t, s.SetLovedOneAge(ctx, AgeNotAsked))
	if v, err := s.GetPrivate(ctx, SettingLovedOneAge); err != nil || v != "" {
		t.Errorf("forgotten answer still kept: %q, %v", v, err)
	}
}
