package translations

import (
	"strings"

	"github.com/jeandeaual/go-locale"
)

// startLocales is read once, when the program starts: the window later sets
// LANGUAGE so that Fyne's own words follow the language chosen in the app.
var startLocales = readLocales()

// SystemLocales lists the computer's preferred locales as they were when
// Alongside started, most preferred first, such as ["es-MX", "en-US"]. An
// empty list means none is set (a C or POSIX locale), which Match treats
// as English.
func SystemLocales() []string { return startLocales }

func readLocales() []string {
	locs, err := locale.GetLocales()
	if err != nil {
		return nil
	}
	out := locs[:0]
	for _, l := range locs {
		// go-locale passes C.UTF-8 on as "C": no language, like plain C.
		if l = strings.TrimSpace(l); l != "" && l != "C" && l != "POSIX" {
			out = append(out, l)
		}
	}
	return out
}

// SystemRegion is the region of the computer's first locale ("MX" for
// es-MX), or "" when it names none.
func SystemRegion() string {
	locs := SystemLocales()
	if len(locs) == 0 {
		return ""
	}
	return Region(locs[0])
}

// Region is a locale's two-letter region in upper case ("MX" for "es_MX.UTF-8"), or "".
func Region(locale string) string {
	parts := strings.FieldsFunc(locale, isLocaleSep)
	if len(parts) >= 2 && len(parts[1]) == 2 {
		return strings.ToUpper(parts[1])
	}
	return ""
}
