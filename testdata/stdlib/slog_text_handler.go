// Tests: log/slog's TextHandler: levels, quoting, With/WithGroup, groups, LogAttrs, ReplaceAttr, AddSource.
package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

type point struct{ X, Y int }

func main() {
	l := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	l.Info("hello", "count", 3, "name", "x y", "empty", "", "q", `a"b`, "nl", "a\nb")
	l.Debug("not shown")
	l.Warn("warn", "f", 1.5, "b", true, "d", 90*time.Second, "u", uint8(7))
	l.Error("err", "err", errors.New("boom"), "nil", nil, "p", point{1, 2}, "pp", &point{3, 4})
	l.Info("odd", "k")
	l.Info("badkey", 42, "v")
	l.Info("bytes", "b", []byte("hi there"))
	l.With("a", 1).WithGroup("g").Warn("w", slog.Int("k", 2), slog.Group("sub", "x", 1, "y", "z"))
	l.WithGroup("empty").Info("no attrs")
	l.Info("group", slog.Group("req", slog.String("method", "GET"), slog.Int("status", 200)))
	l.Info("emptygroup", slog.Group("none"), "after", 1)
	l.Info("inlined", slog.Group("", "a", 1, "b", 2))
	l.LogAttrs(context.Background(), slog.LevelWarn+1, "logattrs", slog.Bool("ok", false), slog.Any("m", map[string]int{"x": 1}))
	l.Log(context.Background(), slog.LevelInfo-2, "custom level")
	l.Log(context.Background(), slog.Level(12), "very high")
	l.Info("time", "t", time.Date(2024, 1, 2, 3, 4, 5, 600, time.UTC))
	l.Info("keys with space", "a b", 1, "c=d", 2, "", 3)

	// ReplaceAttr that rewrites levels and the source to its base name.
	rep := func(groups []string, a slog.Attr) slog.Attr {
		switch a.Key {
		case slog.TimeKey:
			return slog.Attr{}
		case slog.SourceKey:
			s := a.Value.Any().(*slog.Source)
			s.File = filepath.Base(s.File)
		case slog.LevelKey:
			return slog.String("sev", a.Value.Any().(slog.Level).String())
		case "secret":
			return slog.String("secret", "REDACTED")
		}
		return a
	}
	l2 := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, Level: slog.LevelDebug, ReplaceAttr: rep}))
	l2.Debug("debug shown", "secret", "hunter2")
	l2.WithGroup("g").Info("in group", "secret", "x")
	l2.Handler().Enabled(context.Background(), slog.LevelDebug)
	println(l2.Enabled(context.Background(), slog.LevelDebug-1), l2.Enabled(context.Background(), slog.LevelDebug))
}
