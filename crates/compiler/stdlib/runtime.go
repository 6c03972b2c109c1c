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

// Breakpoint executes a breakpoint trap: under `gostack debug` the program
// stops there; otherwise it dies with SIGTRAP as Go's does.
func Breakpoint()

func Gosched()
func Goexit()
func GC()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func KeepAlive(x any) {}

// LockOSThread and UnlockOSThread: every goroutine runs on the one thread
// of the VM, so wiring a goroutine to its thread changes nothing.
func LockOSThread()   {}
func UnlockOSThread() {}

func Version() string {
	return "go1.27.3"
}

func GOROOT() string {
	return "/usr/local/go"
}

// A MemStats records statistics about the memory allocator (gostack fills
// in plausible values; NumGC counts runtime.GC calls).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// Callers fills pc with the return program counters of function
// invocations on the calling goroutine's stack (skip 0 is Callers itself).
func Callers(skip int, pc []uintptr) int

// pcInfo describes a program counter returned by Callers.
func pcInfo(pc uintptr) (function string, file string, line int)

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	frames []Frame
	i      int
}

func CallersFrames(callers []uintptr) *Frames {
	f := &Frames{}
	for _, pc := range callers {
		fn, file, line := pcInfo(pc)
		f.frames = append(f.frames, Frame{PC: pc, Func: &Func{fn}, Function: fn, File: file, Line: line, Entry: pc})
	}
	return f
}

func (ci *Frames) Next() (frame Frame, more bool) {
	if ci.i >= len(ci.frames) {
		return Frame{}, false
	}
	f := ci.frames[ci.i]
	ci.i++
	return f, ci.i < len(ci.frames)
}

// A Func represents a Go function in the running binary.
type Func struct {
	name string
}

func FuncForPC(pc uintptr) *Func {
	fn, _, _ := pcInfo(pc)
	if fn == "" {
		return nil
	}
	return &Func{fn}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr { return 0 }

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line = pcInfo(pc)
	return
}

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pcs := make([]uintptr, 1)
	if Callers(skip+2, pcs) < 1 {
		return
	}
	_, file, line = pcInfo(pcs[0])
	return pcs[0], file, line, true
}
