// Tests: log/slog's default logger writes through package log; SetDefault routes package log into a handler.
package main

import (
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	slog.Info("default", "k", "v", "n", 1)
	slog.Debug("hidden")
	slog.Warn("warned", slog.Group("g", "a", 1))
	slog.Error("failed", "err", os.ErrNotExist)
	slog.Default().With("w", 1).WithGroup("grp").Info("with", "x", 2)
	slog.Log(nil, slog.LevelWarn+2, "custom")
	log.SetPrefix("pfx: ")
	slog.Info("prefixed")
	log.SetFlags(log.Lmsgprefix)
	slog.Info("msgprefix")
	log.SetPrefix("")
	log.SetFlags(0)
	println(slog.Default().Enabled(nil, slog.LevelDebug), slog.Default().Enabled(nil, slog.LevelInfo))
	old := slog.SetLogLoggerLevel(slog.LevelDebug)
	println(old.String())
	slog.Debug("now shown")
	slog.SetLogLoggerLevel(slog.LevelInfo)

	// A handler as the default: package log's output goes through it.
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}})
	slog.SetDefault(slog.New(h))
	log.Print("from log")
	log.Printf("from log %d", 2)
	slog.Info("from slog", "k", 1)
	slog.SetLogLoggerLevel(slog.LevelWarn)
	log.Print("log at warn")
	println(log.Flags())
	l := slog.NewLogLogger(h, slog.LevelError)
	l.Println("via NewLogLogger")
	slog.InfoContext(nil, "ctx")
	slog.With("a", "b").Warn("with top")
}
