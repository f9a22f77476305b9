// Package clocale gives the C locale a language before Fyne reads it.
//
// Under LANG=C.UTF-8 (common in containers and minimal systems) Fyne's
// lang package, at its own initialisation, asks for the user's locales,
// gets "C" and logs "Fyne error: Error parsing user locale C" on every
// start, verbs included. Plain LANG=C is fine: it is ignored there. Setting
// LANGUAGE=en, which that lookup reads first, changes nothing else: the C
// locale already means English to Fyne and to Alongside.
//
// This package imports only the standard library, so Go initialises it
// before github.com/jeandeaual/go-locale and therefore before Fyne's lang
// (packages are initialised in import-path order among those whose imports
// are ready). A test of the built binary holds that.
package clocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") == "" && IsCWithCodeset(locale()) {
		os.Setenv("LANGUAGE", "en")
	}
}

// locale is the locale messages follow: LC_ALL, LC_MESSAGES or LANG.
func locale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return ""
}

// IsCWithCodeset reports whether loc is the C or POSIX locale with a
// codeset or modifier, such as "C.UTF-8": the plain names are understood.
func IsCWithCodeset(loc string) bool {
	base, _, _ := strings.Cut(loc, ".")
	base, _, _ = strings.Cut(base, "@")
	return loc != base && (base == "C" || base == "POSIX")
}
