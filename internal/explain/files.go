package explain

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net"
	"syscall"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Messages for the errors of the system underneath (files, folders,
// disks, the network, a file's format) that no sentinel of ours marks.
// Each says what happened and what to do; the error's own text, which is
// in English and names paths and system calls, stays in the log and
// behind "Show details".
var (
	msgNotFound = &i18n.Message{
		ID:          "Error.NotFound",
		Description: "A file or folder that was asked for does not exist (a typed path may be wrong)",
		Other:       "That file or folder could not be found. Check its name and the folder it is in, then try again.",
	}
	msgPermission = &i18n.Message{
		ID:          "Error.Permission",
		Description: "The computer does not allow Alongside to open or change a file or folder",
		Other:       "This computer does not allow Alongside to open or change that file or folder. Check that you can open it yourself, or choose another one, then try again.",
	}
	msgNotAFolder = &i18n.Message{
		ID:          "Error.NotAFolder",
		Description: "A path has a file where a folder should be",
		Other:       "Part of that path is a file where a folder should be. Check the folder's name, then try again.",
	}
	msgIsAFolder = &i18n.Message{
		ID:          "Error.IsAFolder",
		Description: "A folder was given where a file was needed",
		Other:       "That is a folder, not a file. Choose a file inside it, then try again.",
	}
	msgDiskFull = &i18n.Message{
		ID:          "Error.DiskFull",
		Description: "The disk is full, so something could not be saved",
		Other:       "The disk is full, so this could not be saved. Free some space, then try again.",
	}
	msgReadOnly = &i18n.Message{
		ID:          "Error.ReadOnly",
		Description: "A drive or folder can only be read, not written",
		Other:       "That drive or folder can only be read, not written to. Choose another place, then try again.",
	}
	msgInvalidFormat = &i18n.Message{
		ID:          "Error.InvalidFormat",
		Description: "A file is not in a form Alongside can read (not JSON or CSV as expected, or cut short)",
		Other:       "That file is not in a form Alongside can read, or it is cut short. Check that you chose the right file, then try again.",
	}
	msgNetwork = &i18n.Message{
		ID:          "Error.Network",
		Description: "An address on the internet could not be reached",
		Other:       "Alongside could not reach that address. Check that this computer is connected to the internet and that the address is right, then try again.",
	}
)

// systemError is the message for an error of the files, the disk, the
// network or a file's format, and false for any other.
func systemError(err error) (*i18n.Message, bool) {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		csvErr *csv.ParseError
		netErr net.Error
	)
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return msgDiskFull, true
	case errors.Is(err, syscall.EROFS):
		return msgReadOnly, true
	case errors.Is(err, syscall.ENOTDIR):
		return msgNotAFolder, true
	case errors.Is(err, syscall.EISDIR):
		return msgIsAFolder, true
	case errors.Is(err, fs.ErrPermission):
		return msgPermission, true
	case errors.Is(err, fs.ErrNotExist):
		return msgNotFound, true
	case errors.As(err, &syntax), errors.As(err, &typ), errors.As(err, &csvErr),
		errors.Is(err, io.ErrUnexpectedEOF):
		return msgInvalidFormat, true
	case errors.As(err, &netErr):
		return msgNetwork, true
	}
	return nil, false
}
