package cli

import (
	"context"
	"fmt"

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

// runCheck opens the data folder and runs the store's integrity check;
// it fails (exit 1) on a damaged database.
func runCheck(ctx context.Context, inv Invocation, env Env) int {
	data, err := datadir.Open(ctx, inv.DataDir)
	if data != nil {
		fmt.Fprintln(env.Stdout, env.T.T(msgCheckFolder, map[string]any{"Path": data.Dir}))
	}
	if err != nil {
		return fail(env, err)
	}
	defer data.Close()
	res, err := data.Store.Check(ctx)
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, env.T.T(msgCheckSchema, map[string]any{
		"Version": res.SchemaVersion, "Current": store.SchemaVersion(),
	}))
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
