// Package seal is the cryptography under Alongside's private records,
// composed only of golang.org/x/crypto's primitives: XChaCha20-Poly1305
// seals each value under a random data key, Argon2id turns a passphrase
// (or a recovery code) into a key that wraps the data key. It knows
// nothing of SQLite; the store decides what to seal and with which
// associated data.
package seal

import (
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// KeySize is the size of a data key: 256 bits.
const KeySize = chacha20poly1305.KeySize

// version starts every sealed value, so that the format can change later
// and older values still be told apart. It is also bound into the
// associated data.
const version byte = 1

// Overhead is how many bytes sealing adds to a value: the version byte,
// the nonce and the authentication tag.
const Overhead = 1 + chacha20poly1305.NonceSizeX + chacha20poly1305.Overhead

// ErrOpen means a sealed value did not open: it was sealed under another
// key or for another place (its associated data differs), or it was
// changed or cut short.
var ErrOpen = errors.New("seal: the value does not open with this key here")

// NewKey returns a new random data key.
func NewKey() ([]byte, error) {
	key := make([]byte, KeySize)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("seal: new key: %w", err)
	}
	return key, nil
}

// Box seals and opens values under one key. It is safe for concurrent use.
type Box struct {
	aead cipher.AEAD
}

// New returns a Box for key, which must be KeySize bytes.
func New(key []byte) (*Box, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return &Box{aead: aead}, nil
}

// Seal returns plain sealed with a fresh random nonce; ad (associated
// data, not secret and not stored) must be given again to open it.
func (b *Box) Seal(plain, ad []byte) ([]byte, error) {
	out := make([]byte, 1+chacha20poly1305.NonceSizeX, Overhead+len(plain))
	out[0] = version
	nonce := out[1:]
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("seal: nonce: %w", err)
	}
	return b.aead.Seal(out, nonce, plain, withVersion(ad)), nil
}

// Open returns the plain value sealed in sealed, or ErrOpen.
func (b *Box) Open(sealed, ad []byte) ([]byte, error) {
	if len(sealed) < Overhead || sealed[0] != version {
		return nil, ErrOpen
	}
	nonce := sealed[1 : 1+chacha20poly1305.NonceSizeX]
	plain, err := b.aead.Open(nil, nonce, sealed[1+chacha20poly1305.NonceSizeX:], withVersion(ad))
	if err != nil {
		return nil, ErrOpen
	}
	return plain, nil
}

// withVersion prefixes ad with the format's version byte.
func withVersion(ad []byte) []byte {
	out := make([]byte, 0, 1+len(ad))
	return append(append(out, version), ad...)
}

// Zero overwrites b, best effort: copies the runtime or the cipher made
// are beyond reach.
func Zero(b []byte) {
	clear(b)
}
