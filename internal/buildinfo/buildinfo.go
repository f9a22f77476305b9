// Package buildinfo says which version of Alongside this is.
package buildinfo

// Version is Alongside's version; FyneApp.toml carries the same number
// (a test holds them together). Release builds may set it with
// -ldflags "-X github.com/alongside-app/alongside/internal/buildinfo.Version=...".
var Version = "0.1.0"
