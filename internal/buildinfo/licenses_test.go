package buildinfo

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The embedded list names each module at the version go.mod requires: a
// quick check, in -short runs too, that `make notice` ran after go.mod
// last changed. (tools/notice's TestLicenceListIsCurrent regenerates the
// whole list from the Go tool and compares it.)
func TestLicenceListVersionsMatchGoMod(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	required := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^(?:require\s+|\t)(\S+)\s+(v\S+)`).FindAllStringSubmatch(string(mod), -1) {
		required[m[1]] = m[2]
	}
	listed := regexp.MustCompile(`(?m)^- (\S+) (v\S+):`).FindAllStringSubmatch(ThirdPartyLicenses, -1)
	if len(listed) < 10 || !strings.Contains(ThirdPartyLicenses, "\n- Go (standard library and runtime): ") {
		t.Fatalf("the list names only %d modules, or not Go itself", len(listed))
	}
	for _, m := range listed {
		if want, ok := required[m[1]]; !ok || want != m[2] {
			t.Errorf("the licence list has %s %s, go.mod requires %q: run `make notice`", m[1], m[2], want)
		}
	}
}
