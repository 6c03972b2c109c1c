// Tests: log/slog's Level strings and parsing, LevelVar as Leveler, Value kinds, Equal, Resolve, Attr String.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"
)

type lv struct{ n int }

func (v lv) LogValue() slog.Value {
	if v.n == 0 {
		return slog.StringValue("bottom")
	}
	return slog.AnyValue(lv{v.n - 1})
}

func main() {
	for _, l := range []slog.Level{slog.LevelDebug - 1, slog.LevelDebug, slog.LevelInfo, slog.LevelInfo + 2, slog.LevelWarn, slog.LevelError, slog.LevelError + 3} {
		b, _ := l.MarshalJSON()
		t, _ := l.MarshalText()
		fmt.Println(l, int(l), string(b), string(t), l.Level())
	}
	for _, s := range []string{"info", "WARN+1", "Error-2", "debug+0", "bogus", "info+x", "INFO"} {
		var l slog.Level
		err := l.UnmarshalText([]byte(s))
		fmt.Println(s, l, err)
	}
	var l slog.Level
	fmt.Println(l.UnmarshalJSON([]byte(`"warn"`)), l)
	fmt.Println(l.UnmarshalJSON([]byte(`3`)), l)

	var v slog.LevelVar
	fmt.Println(v.Level(), v.String())
	v.Set(slog.LevelWarn)
	fmt.Println(v.Level(), v.String())
	fmt.Println(v.UnmarshalText([]byte("error")), v.Level())
	t, _ := v.MarshalText()
	fmt.Println(string(t))

	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &v, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	lg := slog.New(h)
	lg.Warn("not shown")
	v.Set(slog.LevelDebug)
	lg.Debug("shown after Set")
	fmt.Println(h.Enabled(context.Background(), slog.LevelDebug-1))

	vals := []slog.Value{
		slog.StringValue("s"), slog.IntValue(-3), slog.Int64Value(4), slog.Uint64Value(5),
		slog.Float64Value(2.5), slog.BoolValue(true), slog.DurationValue(time.Second),
		slog.TimeValue(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)),
		slog.GroupValue(slog.Int("a", 1), slog.String("b", "c")),
		slog.AnyValue(3), slog.AnyValue(uint16(9)), slog.AnyValue(float32(1.25)), slog.AnyValue("str"),
		slog.AnyValue([]int{1}), slog.AnyValue(lv{2}), slog.AnyValue(slog.IntValue(8)),
		slog.AnyValue(nil), slog.AnyValue(slog.LevelWarn),
	}
	for _, x := range vals {
		fmt.Printf("%v %s %q %v\n", x.Kind(), x.String(), x.Resolve().String(), x.Resolve().Kind())
	}
	fmt.Println(slog.IntValue(1).Equal(slog.Int64Value(1)), slog.StringValue("a").Equal(slog.StringValue("a")),
		slog.GroupValue(slog.Int("a", 1)).Equal(slog.GroupValue(slog.Int("a", 1))), slog.IntValue(1).Equal(slog.Uint64Value(1)))
	a := slog.Group("g", "x", 1, slog.Bool("y", false))
	fmt.Println(a, a.String(), a.Equal(slog.Group("g", "x", 1, slog.Bool("y", false))))
	fmt.Println(slog.Any("k", []string{"a"}), slog.Duration("d", 2*time.Millisecond), slog.Float64("f", 0.1))
	fmt.Println(slog.KindAny, slog.KindGroup, slog.KindLogValuer, slog.Kind(99))

	defer func() { fmt.Println("recovered:", recover()) }()
	slog.StringValue("x").Int64()
}
