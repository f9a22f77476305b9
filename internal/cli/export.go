package cli

import (
	"context"
	"fmt"
	"io"
	"log"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/export"
	"github.com/alongside-app/alongside/store"
)

var (
	msgExportNeedsOut = &i18n.Message{
		ID:          "CLI.Export.NeedsOut",
		Description: "'alongside export' was run without --out; keep the command as it is",
		Other:       "\"alongside export\" needs the file to write, for example: alongside export --out my-records.md",
	}
	msgExportDone = &i18n.Message{
		ID:          "CLI.Export.Done",
		Description: "'alongside export' wrote the file; Path is the file",
		Other:       "Your private records are in {{.Path}}. This file is not protected: anyone who can open it can read it. Delete it when you no longer need it.",
	}
	msgExportFailed = &i18n.Message{
		ID:          "CLI.Export.Failed",
		Description: "'alongside export' could not write the file; Path is the file",
		Other:       "The export could not be written to {{.Path}}, and no file was left there. Check that the folder exists, that you can save files in it and that there is free space.",
	}
)

// runExport writes every private record to --out as Markdown, headed by
// a warning that the file is not protected (see package export). The
// records are read first, so a store's error is told apart from the
// file's; the file is written under another name in the same folder,
// made 0600, then renamed: a failure leaves no half-written file at --out.
func runExport(ctx context.Context, inv Invocation, env Env) int {
	out := inv.Options.Value("--out")
	if out == "" {
		fmt.Fprintln(env.Stderr, env.T.T(msgExportNeedsOut))
		return ExitUsage
	}
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := in.unlock(ctx, s); err != nil {
			return failWith(env, err)
		}
		r, err := export.Read(ctx, s)
		if err != nil {
			return fail(env, err)
		}
		write := func(w io.Writer) error { return r.Markdown(w, env.T, time.Now()) }
		if err := export.WriteFile(out, write); err != nil {
			fmt.Fprintln(env.Stderr, env.T.T(msgExportFailed, map[string]any{"Path": out}))
			log.New(env.Stderr, "", 0).Printf("detail: %v", err)
			return ExitFailed
		}
		fmt.Fprintln(env.Stdout, env.T.T(msgExportDone, map[string]any{"Path": out}))
		return ExitOK
	})
}
