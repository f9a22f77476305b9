//go:build windows

package owneronly

import (
	"fmt"

	"golang.org/x/sys/windows"
)

// fileAllAccess is full control of a file or folder (FILE_ALL_ACCESS,
// which icacls shows as F).
const fileAllAccess = windows.STANDARD_RIGHTS_REQUIRED | windows.SYNCHRONIZE | 0x1ff

// Protect gives dir a protected access list (nothing inherited from the
// folders above it) with one entry: full control for the account this
// process runs as, inherited by every file and folder made in it. Windows
// then lets no other account in, not other people on the computer, nor
// SYSTEM or Administrators through the list (an administrator can still
// take the folder over, as on any system). 0700 means nothing to Windows,
// and a folder chosen with --data-dir would otherwise admit whoever its
// parent admits.
func Protect(dir string) error {
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return fmt.Errorf("read this account's SID: %w", err)
	}
	acl, err := windows.ACLFromEntries([]windows.EXPLICIT_ACCESS{{
		AccessPermissions: fileAllAccess,
		AccessMode:        windows.SET_ACCESS,
		Inheritance:       windows.SUB_CONTAINERS_AND_OBJECTS_INHERIT,
		Trustee: windows.TRUSTEE{
			TrusteeForm:  windows.TRUSTEE_IS_SID,
			TrusteeType:  windows.TRUSTEE_IS_USER,
			TrusteeValue: windows.TrusteeValueFromSID(user.User.Sid),
		},
	}}, nil)
	if err != nil {
		return fmt.Errorf("make the access list: %w", err)
	}
	err = windows.SetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT,
		windows.DACL_SECURITY_INFORMATION|windows.PROTECTED_DACL_SECURITY_INFORMATION, nil, nil, acl, nil)
	if err != nil {
		return fmt.Errorf("set the access list: %w", err)
	}
	return nil
}
