package store

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/alongside-app/alongside/store/seal"
)

// cheapKDF makes a passphrase quick to derive, and so quick to guess.
var cheapKDF = seal.Params{Time: 1, MemoryKiB: 64, Threads: 1}

// UseQuickKeysForTests makes every passphrase and recovery code wrapped
// from now on cheap to derive, for tests (here and in other packages)
// that set passphrases often. Keys already wrapped keep their stored
// costs. It panics outside a test binary (named PACKAGE.test by go test),
// so a real passphrase can never be wrapped cheaply. It does not ask the
// testing package, which would then be linked into the app.
func UseQuickKeysForTests() {
	if !isTestBinary(os.Args[0]) {
		panic("store: UseQuickKeysForTests called outside a test")
	}
	kdfParams = cheapKDF
}

func isTestBinary(path string) bool {
	name := strings.TrimSuffix(filepath.Base(path), ".exe")
	return strings.HasSuffix(name, ".test")
}
