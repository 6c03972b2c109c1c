// Package debug: the standard library subset compiled with every program
// (runtime/debug: Stack, PrintStack, SetMaxStack, SetGCPercent, FreeOSMemory).
package debug

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
