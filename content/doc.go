// Package content holds the app's fixed, reviewed content and loads it from files embedded
// in the binary.
//
// "Get help now" lives under help/: lines.toml and overdose.toml hold the facts that do not
// depend on language (numbers, addresses, sources, the date each entry was checked), and
// go-i18n message files (<name>.<lang>.toml) hold every word people read, so a translator
// never touches a phone number. LoadHelp reads and validates the facts; AddMessages puts the
// words into an i18n bundle. The package knows nothing about widgets.
package content
