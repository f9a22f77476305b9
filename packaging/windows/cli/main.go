// Command alongside-cli is the console twin of alongside.exe on Windows.
// alongside.exe is a GUI program, so that its window opens without a
// console window; cmd.exe and PowerShell do not wait for a GUI program nor
// hand it the keyboard. This small console program runs alongside.exe from
// its own folder with the same arguments and standard streams, waits, and
// exits with its exit code, so `alongside-cli journal list` and
// `echo ... | alongside-cli lock set` behave as on Linux.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// exitFailed is Alongside's "failed" exit code.
const exitFailed = 1

func main() {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "alongside-cli:", err)
		os.Exit(exitFailed)
	}
	cmd := exec.Command(filepath.Join(filepath.Dir(self), "alongside.exe"), os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		os.Exit(exit.ExitCode())
	case err != nil:
		fmt.Fprintln(os.Stderr, "alongside-cli:", err)
		os.Exit(exitFailed)
	}
}
