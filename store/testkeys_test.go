package store

import (
	"os/exec"
	"strings"
	"testing"
)

func TestQuickKeysOnlyInTestBinaries(t *testing.T) {
	for path, want := range map[string]bool{
		"/tmp/go-build1/b001/store.test": true, `C:\x\ui.test.exe`: true,
		"/usr/bin/alongside": false, "alongside.exe": false, "test": false, "my.tester": false,
	} {
		if got := isTestBinary(strings.ReplaceAll(path, `\`, "/")); got != want {
			t.Errorf("isTestBinary(%q) = %v, want %v", path, got, want)
		}
	}
}

// The app's binary must not link the testing package (it did, for
// UseQuickKeysForTests).
func TestAppDoesNotLinkTesting(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "../cmd/alongside").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "testing" {
			t.Fatal("cmd/alongside depends on the testing package")
		}
	}
}
