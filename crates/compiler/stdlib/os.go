// Package os: its core, which every program loads (fmt uses Stdout); the
// file system is os.more.go, loaded when a program imports os.
//
// Divergence: the sandbox (README). Files live in the run's own in-memory
// file system (natives/fs.rs); there is no StartProcess (using it is
// `undefined: os.StartProcess`), and Getenv answers the variables given with
// `gostack run --env` and a few fixed values, not the host's.
package os

import "io"

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// fileIO reads or writes a file of the sandbox's file system (fd > 2), or
// answers for a nil *File; set by os.more.go (only a program that imports
// os can hold either).
var fileIO func(f *File, b []byte, write bool) (int, error)

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil || f.fd > 2 {
		return fileIO(f, b, true)
	}
	return f.write(b)
}

// write writes to standard output or standard error.
func (f *File) write(b []byte) (n int, err error)

// read reads from standard input; 0 at end of input.
func (f *File) read(b []byte) int

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil || f.fd > 2 {
		return fileIO(f, b, false)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = f.read(b)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

func (f *File) Name() string {
	return f.name
}

func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

func Getenv(key string) string

func Getpid() int {
	return 4242
}
