// Package os: the standard library subset compiled with every program.
//
// Divergence: the sandbox (README). There is no Open, ReadFile, Create,
// WriteFile, Remove, Mkdir or StartProcess (using one is `undefined:
// os.Open`), and Getenv answers --env variables and fixed values only.
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

// Write writes to standard output or standard error.
func (f *File) Write(b []byte) (n int, err error)

// read reads from standard input; 0 at end of input.
func (f *File) read(b []byte) int

func (f *File) Read(b []byte) (n int, err error) {
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
