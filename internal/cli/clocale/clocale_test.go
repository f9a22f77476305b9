package clocale

import "testing"

func TestIsCWithCodeset(t *testing.T) {
	for loc, want := range map[string]bool{
		"C.UTF-8": true, "C.utf8": true, "POSIX.UTF-8": true, "C@euro": true,
		"C": false, "POSIX": false, "": false, "en_US.UTF-8": false, "es_MX": false, "Catalan.UTF-8": false,
	} {
		if got := IsCWithCodeset(loc); got != want {
			t.Errorf("IsCWithCodeset(%q) = %v, want %v", loc, got, want)
		}
	}
}
