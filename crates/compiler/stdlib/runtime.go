// Package runtime: the standard library subset compiled with every program,
// including the dynamic types of the run-time panics (runtime/error.go).
// Their values hold the message string; their Error methods are natives.
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

// The Error interface identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) RuntimeError() {}
func (*PanicNilError) Error() string

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string

type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string

func Gosched()
func Goexit()
func GC()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func KeepAlive(x any) {}

func Version() string {
	return "go1.27.3"
}

func GOROOT() string {
	return "/usr/local/go"
}
