// Package syscall: only what os and io/fs need to report errors as Go does
// (syscall.Errno with Linux's numbers and texts). A program cannot import
// it (docs/divergences.md "Sandbox"); error values of this type reach it
// inside *fs.PathError.
//
// Errno's methods are ported from Go 1.27 (syscall/syscall_unix.go,
// zerrors_linux_amd64.go): Copyright The Go Authors, BSD-style licence.
package syscall

import (
	errorspkg "errors"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition.
// It implements the error interface. The zero Errno is by convention
// a non-error, so code to convert from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

const (
	EPERM      = Errno(0x1)
	ENOENT     = Errno(0x2)
	EINTR      = Errno(0x4)
	EBADF      = Errno(0x9)
	EAGAIN     = Errno(0xb)
	EACCES     = Errno(0xd)
	EEXIST     = Errno(0x11)
	ENOTDIR    = Errno(0x14)
	EISDIR     = Errno(0x15)
	EINVAL     = Errno(0x16)
	ENFILE     = Errno(0x17)
	EMFILE     = Errno(0x18)
	ENOSPC     = Errno(0x1c)
	EROFS      = Errno(0x1e)
	ENOSYS     = Errno(0x26)
	ENOTEMPTY  = Errno(0x27)
	ELOOP      = Errno(0x28)
	ENOTSUP    = Errno(0x5f)
	EOPNOTSUPP = Errno(0x5f)
	ETIMEDOUT  = Errno(0x6e)
)

const EWOULDBLOCK = EAGAIN

// Error table (the entries this file's constants use).
var errors = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	4:   "interrupted system call",
	9:   "bad file descriptor",
	11:  "resource temporarily unavailable",
	13:  "permission denied",
	17:  "file exists",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	28:  "no space left on device",
	30:  "read-only file system",
	38:  "function not implemented",
	39:  "directory not empty",
	40:  "too many levels of symbolic links",
	95:  "operation not supported",
	110: "connection timed out",
}

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errorspkg.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}
