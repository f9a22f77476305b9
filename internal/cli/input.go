package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/term"

	"github.com/alongside-app/alongside/store"
)

// Secrets come from standard input, one line each, never from flags or
// the environment (docs/design.md). On a terminal they are asked for on
// standard error and not echoed; from a pipe they are the first lines.

var (
	msgPromptPassphrase = &i18n.Message{
		ID:          "CLI.Passphrase.Prompt",
		Description: "Prompt on a terminal for the passphrase or the recovery code; ends with a colon and a space",
		Other:       "Passphrase or recovery code: ",
	}
	msgPromptNew = &i18n.Message{
		ID:          "CLI.Passphrase.New",
		Description: "Prompt on a terminal for a new passphrase; ends with a colon and a space",
		Other:       "New passphrase: ",
	}
	msgPromptAgain = &i18n.Message{
		ID:          "CLI.Passphrase.Again",
		Description: "Prompt on a terminal to type the new passphrase a second time; ends with a colon and a space",
		Other:       "Type the new passphrase again: ",
	}
	msgNoPassphraseInput = &i18n.Message{
		ID:          "CLI.Passphrase.Missing",
		Description: "The private records are locked and no passphrase came on standard input",
		Other:       "Your private records are locked. Give your passphrase (or your recovery code) on the first line of standard input. Nothing was changed.",
	}
	msgNoNewInput = &i18n.Message{
		ID:          "CLI.Passphrase.NewMissing",
		Description: "'alongside lock set' or 'lock change' got fewer lines than it needs on standard input",
		Other:       "Give the new passphrase twice on standard input, one line each. Nothing was changed.",
	}
	msgMismatch = &i18n.Message{
		ID:          "CLI.Passphrase.Mismatch",
		Description: "The new passphrase was typed twice, differently",
		Other:       "The two new passphrases are not the same, so nothing was changed. Please try again.",
	}
	msgEmptyPassphrase = &i18n.Message{
		ID:          "CLI.Passphrase.Empty",
		Description: "The new passphrase given is empty",
		Other:       "The new passphrase is empty, so nothing was changed. Choose a passphrase of a few words that you will remember.",
	}
)

// errShown marks a failure already explained to the person.
var errShown = errors.New("already explained")

// input reads a verb's standard input: secrets first, then the rest.
type input struct {
	env  Env
	tty  *os.File // standard input when it is a terminal
	rd   *bufio.Reader
	read int // lines read
}

func newInput(env Env) *input {
	in := &input{env: env}
	if f, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		in.tty = f
	}
	in.rd = bufio.NewReader(env.Stdin)
	return in
}

// secret reads one line, without its line ending; on a terminal it
// prompts and does not echo. No line at all is io.EOF.
func (in *input) secret(prompt *i18n.Message) (string, error) {
	in.read++
	if in.tty != nil {
		fmt.Fprint(in.env.Stderr, in.env.T.T(prompt))
		b, err := term.ReadPassword(int(in.tty.Fd()))
		fmt.Fprintln(in.env.Stderr)
		return string(b), err
	}
	line, err := in.rd.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	return strings.TrimRight(line, "\r\n"), err
}

// rest reads what is left of standard input, up to limit bytes more than
// which is errTooLong.
func (in *input) rest(limit int64) (string, error) {
	b, err := io.ReadAll(io.LimitReader(in.rd, limit+1))
	if err != nil {
		return "", err
	}
	if int64(len(b)) > limit {
		return "", errTooLong
	}
	return string(b), nil
}

var errTooLong = errors.New("longer than the limit")

// newPassphrase reads a new passphrase twice and explains, returning
// errShown, when it is missing, empty or typed differently.
func (in *input) newPassphrase() (string, error) {
	first, err := in.secret(msgPromptNew)
	var second string
	if err == nil {
		second, err = in.secret(msgPromptAgain)
	}
	switch {
	case err != nil:
		fmt.Fprintln(in.env.Stderr, in.env.T.T(msgNoNewInput))
	case first != second:
		fmt.Fprintln(in.env.Stderr, in.env.T.T(msgMismatch))
	case strings.TrimSpace(first) == "":
		fmt.Fprintln(in.env.Stderr, in.env.T.T(msgEmptyPassphrase))
	default:
		return first, nil
	}
	return "", errShown
}

// unlock opens the records with the first line of input when a
// passphrase is set; it takes a recovery code too. A missing line is
// explained here (errShown); a wrong one is store.ErrWrongPassphrase.
func (in *input) unlock(ctx context.Context, s *store.Store) error {
	has, err := s.HasPassphrase(ctx)
	if err != nil || !has {
		return err
	}
	secret, err := in.secret(msgPromptPassphrase)
	if err != nil {
		fmt.Fprintln(in.env.Stderr, in.env.T.T(msgNoPassphraseInput))
		return errShown
	}
	return unlockWith(ctx, s, secret)
}

// failWith returns ExitFailed, explaining err unless it was explained already.
func failWith(env Env, err error) int {
	if errors.Is(err, errShown) {
		return ExitFailed
	}
	return fail(env, err)
}
