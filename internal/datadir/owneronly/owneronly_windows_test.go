//go:build windows

package owneronly

import (
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/windows"
)

// A protected folder, and a file made in it afterwards, each have one
// entry in their access list: this account, full control; the folder's
// list is protected from what the folders above it allow.
func TestProtectLetsInThisAccountOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := Protect(dir); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "alongside.db")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{dir, file} {
		sd, err := windows.GetNamedSecurityInfo(path, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION)
		if err != nil {
			t.Fatal(err)
		}
		control, _, err := sd.Control()
		if err != nil {
			t.Fatal(err)
		}
		if path == dir && control&windows.SE_DACL_PROTECTED == 0 {
			t.Errorf("%s still takes entries from the folders above it: %s", path, sd)
		}
		dacl, _, err := sd.DACL()
		if err != nil || dacl == nil {
			t.Fatalf("%s: no access list (%v): everyone may read it", path, err)
		}
		if dacl.AceCount != 1 {
			t.Errorf("%s lets in %d entries, want 1: %s", path, dacl.AceCount, sd)
			continue
		}
		var ace *windows.ACCESS_ALLOWED_ACE
		if err := windows.GetAce(dacl, 0, &ace); err != nil {
			t.Fatal(err)
		}
		sid := (*windows.SID)(unsafe.Pointer(&ace.SidStart))
		if ace.Header.AceType != windows.ACCESS_ALLOWED_ACE_TYPE || !sid.Equals(user.User.Sid) || ace.Mask != fileAllAccess {
			t.Errorf("%s: entry type %d for %s mask %#x, want full control (%#x) for this account %s",
				path, ace.Header.AceType, sid, ace.Mask, fileAllAccess, user.User.Sid)
		}
	}
}
