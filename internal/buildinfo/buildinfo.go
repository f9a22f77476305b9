// Package buildinfo says which build of Alongside this is: its
// application ID and version.
package buildinfo

// AppID is the application ID, shared with FyneApp.toml (a test holds
// them together); it also names the default data folder.
const AppID = "io.github.alongside_app.Alongside"

// Version is Alongside's version; FyneApp.toml carries the same number
// (a test holds them together). Release builds may set it with
// -ldflags "-X github.com/alongside-app/alongside/internal/buildinfo.Version=...".
var Version = "0.1.0"
