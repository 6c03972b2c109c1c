// Package slog: everything is in log_slog.more.go, loaded with the rest of
// io (for encoding/json) when a program imports log/slog (docs/stdlib.md).
package slog
