package main

import (
	"os"

	"golang.org/x/sys/windows"

	"github.com/alongside-app/alongside/internal/cli"
)

// alongside.exe is linked as a Windows GUI program (-H windowsgui) so that
// the window opens without a console window beside it. Such a program gets
// no console, so a command-line verb started from a terminal would print
// nothing: before main runs, a verb (or a command line that was not
// understood) borrows the terminal's console for whichever of its standard
// streams are not already a file or a pipe. The window never does: Ctrl+C
// typed later in that terminal would close it.
//
// cmd.exe does not wait for a GUI program, so scripts and anyone who wants
// the exit code use alongside-cli.exe (packaging/windows/cli), a console
// program that runs this one and waits for it.
func init() {
	if inv, err := cli.Parse(os.Args[1:]); err == nil && inv.Window() {
		return
	}
	attachParentConsole()
}

var (
	kernel32         = windows.NewLazySystemDLL("kernel32.dll")
	attachConsole    = kernel32.NewProc("AttachConsole")
	getConsoleWindow = kernel32.NewProc("GetConsoleWindow")
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uintptr(0)

func attachParentConsole() {
	if !missing(windows.STD_OUTPUT_HANDLE) && !missing(windows.STD_ERROR_HANDLE) {
		return // both redirected (a pipe, a file) or given by alongside-cli.exe
	}
	if hwnd, _, _ := getConsoleWindow.Call(); hwnd != 0 {
		return // already in a console
	}
	if ok, _, _ := attachConsole.Call(attachParentProcess); ok == 0 {
		return // started from Explorer or a shortcut: no terminal to print to
	}
	reopen(&os.Stdin, windows.STD_INPUT_HANDLE, "CONIN$", os.O_RDWR)
	reopen(&os.Stdout, windows.STD_OUTPUT_HANDLE, "CONOUT$", os.O_RDWR)
	reopen(&os.Stderr, windows.STD_ERROR_HANDLE, "CONOUT$", os.O_RDWR)
}

// missing reports whether the standard stream std has no handle.
func missing(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	return err != nil || h == 0 || h == windows.InvalidHandle
}

// reopen points *f, and the process's std handle, at the console device
// when the stream has no handle of its own.
func reopen(f **os.File, std uint32, device string, flag int) {
	if !missing(std) {
		return
	}
	c, err := os.OpenFile(device, flag, 0)
	if err != nil {
		return
	}
	_ = windows.SetStdHandle(std, windows.Handle(c.Fd()))
	*f = c
}
