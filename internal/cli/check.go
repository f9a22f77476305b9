package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

var (
	msgCheckFolder = &i18n.Message{
		ID:          "CLI.Check.Folder",
		Description: "check command: the data folder in use; Path is a folder",
		Other:       "Data folder: {{.Path}}",
	}
	msgCheckSchema = &i18n.Message{
		ID:          "CLI.Check.Schema",
		Description: "check command: schema version of the database and of this build",
		Other:       "Schema version: {{.Version}} (this version of Alongside writes {{.Current}})",
	}
	msgCheckOlder = &i18n.Message{
		ID:          "CLI.Check.Older",
		Description: "check command: the data file is from an older version of the app; this is fine, opening the app updates it. Current is a schema version number",
		Other:       "This data file is from an older version of Alongside. Nothing was changed; opening Alongside will update it to schema version {{.Current}}.",
	}
	msgCheckOK = &i18n.Message{
		ID:          "CLI.Check.OK",
		Description: "check command: the database passed every check",
		Other:       "Integrity: ok",
	}
	msgCheckProblems = &i18n.Message{
		ID:          "CLI.Check.Problems",
		Description: "check command: the integrity check found problems; Count is how many",
		One:         "Integrity: 1 problem found. The data file is damaged; keep a copy of the folder and restore your latest backup.",
		Other:       "Integrity: {{.Count}} problems found. The data file is damaged; keep a copy of the folder and restore your latest backup.",
	}
)

// runCheck checks the data folder's database without changing anything:
// it takes the folder's lock (so no copy of Alongside writes meanwhile)
// but creates no folder, and store.Inspect neither migrates nor repairs.
// It fails (exit 1) when there is nothing to check, or the database is
// damaged or newer; an older database is reported, not a failure.
func runCheck(ctx context.Context, inv Invocation, env Env) int {
	dir, err := datadir.Resolve(inv.DataDir)
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, env.T.T(msgCheckFolder, map[string]any{"Path": dir}))
	lock, err := datadir.AcquireExisting(dir)
	if err != nil {
		return fail(env, err)
	}
	defer lock.Release()
	res, err := store.Inspect(ctx, filepath.Join(dir, store.FileName))
	if err == nil || errors.Is(err, store.ErrTooNew) {
		fmt.Fprintln(env.Stdout, env.T.T(msgCheckSchema, map[string]any{
			"Version": res.SchemaVersion, "Current": store.SchemaVersion(),
		}))
	}
	if err != nil {
		return fail(env, err)
	}
	if res.Older() {
		fmt.Fprintln(env.Stdout, env.T.T(msgCheckOlder, map[string]any{"Current": store.SchemaVersion()}))
	}
	if !res.OK() {
		fmt.Fprintln(env.Stdout, env.T.N(msgCheckProblems, len(res.Problems), nil))
		for _, p := range res.Problems {
			fmt.Fprintln(env.Stdout, "  "+p)
		}
		return ExitFailed
	}
	fmt.Fprintln(env.Stdout, env.T.T(msgCheckOK))
	return ExitOK
}
