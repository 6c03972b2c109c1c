// Tests: log/slog Records: a custom Handler sees Attrs, Clone, AddAttrs, NumAttrs; NewRecord through a TextHandler; DiscardHandler; MultiHandler.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

type collect struct {
	attrs []slog.Attr
	group string
}

func (c *collect) Enabled(context.Context, slog.Level) bool { return true }
func (c *collect) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q n=%d group=%q with=%v:", r.Level, r.Message, r.NumAttrs(), c.group, c.attrs)
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s", a)
		return a.Key != "stop"
	})
	fmt.Println(b.String())
	return nil
}
func (c *collect) WithAttrs(as []slog.Attr) slog.Handler {
	return &collect{attrs: append(append([]slog.Attr{}, c.attrs...), as...), group: c.group}
}
func (c *collect) WithGroup(name string) slog.Handler {
	return &collect{attrs: c.attrs, group: c.group + name + "."}
}

func main() {
	l := slog.New(&collect{})
	l.Info("m", "a", 1, "b", 2, "stop", 3, "c", 4)
	l.With("w", 1).WithGroup("g").Warn("x", slog.Any("t", []int{1}))
	l.With().Info("empty with")

	r := slog.NewRecord(time.Time{}, slog.LevelInfo, "rec", 0)
	for i := 0; i < 7; i++ {
		r.AddAttrs(slog.Int(fmt.Sprint("k", i), i))
	}
	r.Add("x", "y", slog.Bool("z", true))
	r2 := r.Clone()
	r2.AddAttrs(slog.String("only", "clone"))
	fmt.Println(r.NumAttrs(), r2.NumAttrs(), r.Time.IsZero(), r.Source() == nil)
	h := slog.NewTextHandler(os.Stdout, nil)
	h.Handle(context.Background(), r)
	h.Handle(context.Background(), r2)
	h.WithAttrs([]slog.Attr{slog.Int("pre", 0)}).WithGroup("G").Handle(context.Background(), r)

	d := slog.New(slog.DiscardHandler)
	d.Info("dropped")
	fmt.Println(d.Enabled(context.Background(), slog.LevelError))

	m := slog.New(slog.NewMultiHandler(slog.NewTextHandler(os.Stdout, nil), slog.NewJSONHandler(os.Stdout, nil)))
	r3 := slog.NewRecord(time.Time{}, slog.LevelWarn, "multi", 0)
	r3.Add("k", 1)
	m.Handler().Handle(context.Background(), r3)
	fmt.Printf("%T %T\n", l.Handler(), h)
}
