// Package alongside holds what the module's root carries for the program
// itself: its own licence, which the About screen shows.
package alongside

import _ "embed" // the licence below

// License is Alongside's licence, BSD-3-Clause: the LICENSE file beside
// this one, embedded as it is.
//
//go:embed LICENSE
var License string
