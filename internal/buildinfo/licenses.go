package buildinfo

import _ "embed" // the licence list below

// ThirdPartyLicenses lists every third-party component compiled into
// Alongside, with its licence texts, for the About screen. It is generated
// from go.mod and the module cache by tools/notice (`make notice`); a test
// there fails when it is out of date.
//
//go:embed third_party_licenses.txt
var ThirdPartyLicenses string
