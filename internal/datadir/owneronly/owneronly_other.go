//go:build !windows

package owneronly

// Protect has nothing to do outside Windows: a folder made 0700 lets in
// its owner alone.
func Protect(string) error { return nil }
