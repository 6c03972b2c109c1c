// Tests: log/slog's default handler writes to package log's stderr output, naming the slog call's line with Lshortfile.
package main

import (
	"log"
	"log/slog"
)

func helper() {
	slog.Warn("from helper", "n", 2)
}

func main() {
	log.SetFlags(log.Lshortfile)
	slog.Info("short file", "k", "v")
	helper()
	log.Print("plain log")
	log.SetFlags(0)
	slog.Error("done")
}
