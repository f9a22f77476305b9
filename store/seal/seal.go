// Package seal seals private words at rest. It composes golang.org/x/crypto
// primitives only: XChaCha20-Poly1305 for values, Argon2id to derive the
// key that wraps the data key from a passphrase or a recovery code.
package seal

import (
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// KeySize is the data key's length: 256 bits.
const KeySize = chacha20poly1305.KeySize

// version is the first byte of every sealed value, so the format can change.
const version byte = 1

// ErrOpen means a value did not open: wrong key, tampered, or moved to
// another place than the one it was sealed for.
var ErrOpen = errors.New("seal: value does not open")

// Key is a data key. Wipe it when done.
type Key struct{ b []byte }

// NewKey makes a random data key.
func NewKey() (*Key, error) {
	b := make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("seal: random key: %w", err)
	}
	return &Key{b: b}, nil
}

// KeyFrom takes a key from its bytes (copied).
func KeyFrom(b []byte) (*Key, error) {
	if len(b) != KeySize {
		return nil, ErrOpen
	}
	return &Key{b: append([]byte(nil), b...)}, nil
}

// Bytes is the key itself, for storing it unwrapped or wrapping it.
func (k *Key) Bytes() []byte { return k.b }

// Wipe overwrites the key in memory (best effort: Go may have copied it).
func (k *Key) Wipe() {
	if k == nil {
		return
	}
	for i := range k.b {
		k.b[i] = 0
	}
	k.b = nil
}

// Seal encrypts plain for the place named by ad (table, column, id):
// version || 24-byte random nonce || ciphertext and tag.
func (k *Key) Seal(plain, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(k.b)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	out := make([]byte, 1+aead.NonceSize(), 1+aead.NonceSize()+len(plain)+aead.Overhead())
	out[0] = version
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("seal: random nonce: %w", err)
	}
	return aead.Seal(out, out[1:], plain, adWithVersion(ad)), nil
}

// Open decrypts a value sealed for the same place, or returns ErrOpen.
func (k *Key) Open(sealed, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(k.b)
	if err != nil {
		return nil, ErrOpen
	}
	n := aead.NonceSize()
	if len(sealed) < 1+n+aead.Overhead() || sealed[0] != version {
		return nil, ErrOpen
	}
	plain, err := aead.Open(nil, sealed[1:1+n], sealed[1+n:], adWithVersion(ad))
	if err != nil {
		return nil, ErrOpen
	}
	return plain, nil
}

func adWithVersion(ad []byte) []byte { return append([]byte{version}, ad...) }

// Params are Argon2id's costs. They are stored beside each wrapped key,
// so they can be raised later without locking anyone out.
type Params struct {
	Time    uint32 // passes
	Memory  uint32 // KiB
	Threads uint8
}

// Default costs about 0.5 to 1 s on a two-core machine (t=3, 64 MiB, p=4
// measured 0.85 s), slow enough to make guessing expensive.
var Default = Params{Time: 3, Memory: 64 * 1024, Threads: 4}

// Wrapped is the data key sealed under a key derived from a secret.
type Wrapped struct {
	Params Params
	Salt   []byte
	Box    []byte
}

// Wrap seals key under secret (a passphrase or a recovery code).
func Wrap(key *Key, secret string, p Params) (Wrapped, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return Wrapped{}, fmt.Errorf("seal: random salt: %w", err)
	}
	kek := derive(secret, salt, p)
	defer kek.Wipe()
	box, err := kek.Seal(key.b, []byte("data key"))
	if err != nil {
		return Wrapped{}, err
	}
	return Wrapped{Params: p, Salt: salt, Box: box}, nil
}

// Unwrap opens the data key with secret, or returns ErrOpen.
func Unwrap(w Wrapped, secret string) (*Key, error) {
	kek := derive(secret, w.Salt, w.Params)
	defer kek.Wipe()
	b, err := kek.Open(w.Box, []byte("data key"))
	if err != nil {
		return nil, ErrOpen
	}
	defer wipe(b)
	return KeyFrom(b)
}

func derive(secret string, salt []byte, p Params) *Key {
	return &Key{b: argon2.IDKey([]byte(secret), salt, p.Time, p.Memory, p.Threads, KeySize)}
}

func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// codeAlphabet is Crockford's base32: no I, L, O or U to misread.
const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewRecoveryCode is 24 random characters (120 bits) in six groups of
// four: ABCD-EFGH-...
func NewRecoveryCode() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("seal: random code: %w", err)
	}
	var sb strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[int(c)%32])
	}
	return sb.String(), nil
}

// NormalizeCode reads a typed recovery code: any case, with or without
// spaces and dashes, O read as 0 and I or L as 1.
func NormalizeCode(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == 'O':
			sb.WriteByte('0')
		case r == 'I' || r == 'L':
			sb.WriteByte('1')
		case r < 128 && strings.ContainsRune(codeAlphabet, r):
			sb.WriteRune(r)
		}
	}
	out := sb.String()
	var grouped strings.Builder
	for i, r := range out {
		if i > 0 && i%4 == 0 {
			grouped.WriteByte('-')
		}
		grouped.WriteRune(r)
	}
	return grouped.String()
}

// Equal compares two byte strings in constant time.
func Equal(a, b []byte) bool { return subtle.ConstantTimeCompare(a, b) == 1 }
