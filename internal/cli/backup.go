package cli

import "github.com/nicksnyder/go-i18n/v2/i18n"

// backupVerb and restoreVerb are "alongside backup FILE" and
// "alongside restore FILE". (Scaffolding: the backup work fills them in.)
var (
	backupVerb  = verb{run: notYet, maxArgs: 1}
	restoreVerb = verb{run: notYet, maxArgs: 1}
)

var helpBackup = &i18n.Message{
	ID:          "CLI.Help.Backup",
	Description: "Text of 'alongside help backup'; keep command and option names as they are",
	Other:       `Usage: alongside [--data-dir DIR] backup FILE`,
}

var helpRestore = &i18n.Message{
	ID:          "CLI.Help.Restore",
	Description: "Text of 'alongside help restore'; keep command and option names as they are",
	Other:       `Usage: alongside [--data-dir DIR] restore FILE`,
}
