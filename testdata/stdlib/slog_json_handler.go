// Tests: log/slog's JSONHandler: values of every kind, groups, errors, marshalers, escaping, LogValuer.
package main

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"os"
	"time"
)

type token string

func (token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type user struct {
	ID   int
	Name string
}

func (u user) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type mj struct{}

func (mj) MarshalJSON() ([]byte, error) { return []byte(`{"custom":true}`), nil }

func main() {
	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	l := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	l.Info("hello", "count", 3, "name", "x y", "q", "a\"b<>&\u2028\t\x01")
	l.Warn("nums", "f", 1.5, "i", -7, "u", uint64(math.MaxUint64), "inf", math.Inf(1), "nan", math.NaN(), "d", 1500*time.Millisecond)
	l.Error("err", "err", errors.New("boom"), "nil", nil, "b", true)
	l.Info("any", "m", map[string]int{"b": 2, "a": 1}, "s", []int{1, 2}, "st", user{1, "x"}, "p", &struct{ A int }{5})
	l.Info("marshal", "mj", mj{})
	l.Info("valuer", "tok", token("secret"), "user", user{7, "ann"})
	l.With("a", 1).WithGroup("g").Info("groups", "k", 2, slog.Group("sub", "x", 1))
	l.WithGroup("g").WithGroup("h").Info("nested", "k", "v")
	l.WithGroup("empty").Info("no attrs")
	l.Info("time", "t", time.Date(2024, 1, 2, 3, 4, 5, 600, time.UTC))
	l.LogAttrs(context.Background(), slog.LevelDebug+2, "logattrs", slog.Any("bytes", []byte("hi")))
	l.Info("odd", "k")
	l.Info("invalid utf8", "s", "a\xffb")
}
