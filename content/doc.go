// Package content holds the app's fixed, reviewed content and loads it from files embedded
// in the binary.
//
// "Get help now" lives under help/: lines.toml and overdose.toml hold the facts that do not
// depend on language (numbers, addresses, one overdose card per country, the date each entry
// was checked), sources.toml the official pages people see as sources, and
// official-hosts.toml the only hosts those pages and websites may be on. Evidence a fact check
// read elsewhere stays next to each fact and is never shown. go-i18n message files
// (<name>.<lang>.toml) hold every word people read, so a translator never touches a phone
// number. LoadHelp reads and checks the facts and the words together; AddMessages puts the
// words into an i18n bundle. The package knows nothing about widgets.
package content
