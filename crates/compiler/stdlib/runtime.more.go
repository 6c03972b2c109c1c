// The rest of package runtime (see runtime.go): runtime.go declares what
// every program needs (the run-time error types); this file is loaded only
// when a program imports runtime (docs/stdlib.md).
package runtime

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats stack traces of all other goroutines into buf after the trace
// for the current goroutine.
func Stack(buf []byte, all bool) int

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. Go's default is 512 KiB, but
// the linker sets it to 0 in programs that cannot read a profile (no
// runtime/pprof), as every gostack program is.
var MemProfileRate int = 0

// SetFinalizer sets the finalizer associated with obj: a collection cycle
// that finds obj unreachable runs finalizer(obj) in a new goroutine.
//
// Divergence: Go's checks of the argument types (a pointer to the start of
// an allocation, a func taking it) are not made; a finalizer set on
// anything else never runs.
func SetFinalizer(obj any, finalizer any)

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	id  uint64
	ptr uintptr
}

// AddCleanup attaches a cleanup function to ptr: a collection cycle that
// finds *ptr unreachable calls cleanup(arg) in a new goroutine (Go calls
// cleanups one after another on a goroutine of their own). If ptr is
// reachable from cleanup or arg, the cleanup never runs.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	if p, ok := any(arg).(*T); ok && p == ptr {
		panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
	}
	id := addCleanup(ptr, func() { cleanup(arg) })
	return Cleanup{id: id}
}

func addCleanup(ptr any, f func()) uint64
func stopCleanup(id uint64)

// Stop cancels the cleanup call. Stop has no effect if the cleanup has
// already been queued for execution (because ptr became unreachable).
func (c Cleanup) Stop() {
	if c.id != 0 {
		stopCleanup(c.id)
	}
}
