package store

import (
	"testing"

	"github.com/alongside-app/alongside/store/seal"
)

// cheapKDF makes a passphrase quick to derive, and so quick to guess.
var cheapKDF = seal.Params{Time: 1, MemoryKiB: 64, Threads: 1}

// UseQuickKeysForTests makes every passphrase and recovery code wrapped
// from now on cheap to derive, for tests (here and in other packages)
// that set passphrases often. Keys already wrapped keep their stored
// costs. It panics outside a test binary, so a real passphrase can never
// be wrapped cheaply.
func UseQuickKeysForTests() {
	if !testing.Testing() {
		panic("store: UseQuickKeysForTests called outside a test")
	}
	kdfParams = cheapKDF
}
