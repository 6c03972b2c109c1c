// Ported from Go 1.27 (log/slog/internal/ignorepc.go): Copyright The Go
// Authors, BSD-style licence (see LICENSE-GO). Importable by prelude packages only.

package internal

// If IgnorePC is true, do not invoke runtime.Callers to get the pc.
// This is solely for benchmarking the slowdown from runtime.Callers.
var IgnorePC = false
