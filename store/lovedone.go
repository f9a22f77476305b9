package store

import (
	"context"
	"fmt"
)

// Age is how old the loved one is, as far as the self-check needs to know:
// with a child under 18, some things are part of parenting, not enabling.
// It is kept sealed (SettingLovedOneAge): it says something about a family.
type Age string

// The answers to "Is your loved one under 18?".
const (
	AgeNotAsked Age = ""         // never answered
	AgeUnder18  Age = "under-18" // a child under 18
	AgeAdult    Age = "adult"    // 18 or older
	AgeUnsaid   Age = "unsaid"   // the person would rather not say
)

func (a Age) known() bool { return a == AgeUnder18 || a == AgeAdult || a == AgeUnsaid }

// LovedOneAge returns the answer kept, AgeNotAsked when there is none (or
// it is not one this version knows), or ErrLocked while the records are
// locked. A value that does not open is ErrDamaged.
func (s *Store) LovedOneAge(ctx context.Context) (Age, error) {
	v, err := s.GetPrivate(ctx, SettingLovedOneAge)
	if err != nil {
		return AgeNotAsked, err
	}
	if a := Age(v); a.known() {
		return a, nil
	}
	return AgeNotAsked, nil
}

// SetLovedOneAge seals and keeps the answer; AgeNotAsked forgets it.
// ErrLocked while the records are locked, ErrInvalid for another value.
func (s *Store) SetLovedOneAge(ctx context.Context, a Age) error {
	if a != AgeNotAsked && !a.known() {
		return fmt.Errorf("store: loved one's age %q: %w", string(a), ErrInvalid)
	}
	return s.SetPrivate(ctx, SettingLovedOneAge, string(a))
}
