package seal

import (
	"crypto/rand"
	"fmt"

	"golang.org/x/crypto/argon2"
)

// SaltSize is the size of a new salt for Argon2id.
const SaltSize = 16

// Params are Argon2id's costs. They are stored beside each wrapped key,
// so that they can be raised later and older wraps still open.
type Params struct {
	Time      uint32 // passes over the memory
	MemoryKiB uint32
	Threads   uint8
}

// Bounds on stored parameters: a damaged or hostile row may not make
// unlocking take hours or all the memory there is.
const (
	maxTime      = 64
	maxMemoryKiB = 1 << 20 // 1 GiB
	minMemoryKiB = 8       // Argon2's own minimum is 8 KiB per thread
)

// Valid reports whether p can be used to derive a key.
func (p Params) Valid() error {
	if p.Time < 1 || p.Time > maxTime || p.Threads < 1 ||
		p.MemoryKiB < minMemoryKiB*uint32(p.Threads) || p.MemoryKiB > maxMemoryKiB {
		return fmt.Errorf("seal: Argon2id parameters out of range: %+v", p)
	}
	return nil
}

// NewSalt returns a new random salt.
func NewSalt() ([]byte, error) {
	salt := make([]byte, SaltSize)
	if _, err := rand.Read(salt); err != nil {
		return nil, fmt.Errorf("seal: new salt: %w", err)
	}
	return salt, nil
}

// Derive returns the key that secret and salt give under p (Argon2id).
func Derive(secret, salt []byte, p Params) ([]byte, error) {
	if err := p.Valid(); err != nil {
		return nil, err
	}
	if len(salt) < 8 {
		return nil, fmt.Errorf("seal: salt of %d bytes is too short", len(salt))
	}
	return argon2.IDKey(secret, salt, p.Time, p.MemoryKiB, p.Threads, KeySize), nil
}

// Wrapped is a data key sealed under a key derived from a secret, with
// what is needed to derive that key again.
type Wrapped struct {
	Salt   []byte
	Params Params
	Sealed []byte
}

// Wrap seals dataKey under a key derived from secret with a new salt.
// ad binds the wrap to its purpose (for example, passphrase or recovery).
func Wrap(secret, dataKey []byte, p Params, ad []byte) (Wrapped, error) {
	salt, err := NewSalt()
	if err != nil {
		return Wrapped{}, err
	}
	kek, err := Derive(secret, salt, p)
	if err != nil {
		return Wrapped{}, err
	}
	defer Zero(kek)
	box, err := New(kek)
	if err != nil {
		return Wrapped{}, err
	}
	sealed, err := box.Seal(dataKey, ad)
	if err != nil {
		return Wrapped{}, err
	}
	return Wrapped{Salt: salt, Params: p, Sealed: sealed}, nil
}

// Unwrap returns the data key in w, or ErrOpen when secret (or ad) is
// not the one it was wrapped with.
func Unwrap(secret []byte, w Wrapped, ad []byte) ([]byte, error) {
	kek, err := Derive(secret, w.Salt, w.Params)
	if err != nil {
		return nil, err
	}
	defer Zero(kek)
	box, err := New(kek)
	if err != nil {
		return nil, err
	}
	key, err := box.Open(w.Sealed, ad)
	if err != nil {
		return nil, err
	}
	if len(key) != KeySize {
		Zero(key)
		return nil, ErrOpen
	}
	return key, nil
}
