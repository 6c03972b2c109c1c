// Package debug: the standard library subset compiled with every program
// (runtime/debug: Stack, PrintStack, SetMaxStack, SetGCPercent, FreeOSMemory).
package debug

import "time"

// Stack returns a formatted stack trace of the calling goroutine.
func Stack() []byte

// PrintStack prints the stack trace returned by Stack to standard error.
func PrintStack()

// SetMaxStack sets the maximum goroutine stack size and returns the previous one.
func SetMaxStack(bytes int) int

// SetGCPercent sets the garbage collection target percentage and returns the previous one.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection (a no-op in gostack).
func FreeOSMemory() {}

// SetMemoryLimit sets a soft memory limit and returns the previous one.
func SetMemoryLimit(limit int64) int64 {
	return 9223372036854775807
}

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats) {
	stats.NumGC = numGC()
	stats.PauseTotal = time.Duration(stats.NumGC) * 50 * time.Microsecond
}

func numGC() int64

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic, as the
// GOTRACEBACK environment variable does; it cannot lower that setting.
func SetTraceback(level string)

// SetPanicOnFault is accepted and ignored.
func SetPanicOnFault(enabled bool) bool { return false }
