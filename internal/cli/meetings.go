package cli

import (
	"context"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// meetingsVerb is "alongside meetings ...": import, search and export-ics.
// (Scaffolding: the meetings work fills it in.)
var meetingsVerb = verb{subs: map[string]verb{
	"import": {run: notYet},
}}

var helpMeetings = &i18n.Message{
	ID:          "CLI.Help.Meetings",
	Description: "Text of 'alongside help meetings'; keep command and option names as they are",
	Other:       `Usage: alongside [--data-dir DIR] meetings import FILE|URL`,
}

var msgNotYet = &i18n.Message{
	ID:          "CLI.NotYet",
	Description: "A command that this build does not do yet",
	Other:       "This build of Alongside cannot do that yet.",
}

func notYet(_ context.Context, _ Invocation, env Env) int {
	env.Stderr.Write([]byte(env.T.T(msgNotYet) + "\n"))
	return ExitFailed
}
