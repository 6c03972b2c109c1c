// Tests: log/slog's TextHandler quoting of keys and values (spaces, '=', '"', unicode, control and non-printing runes), TextMarshaler and error values.
package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
)

type tm struct{ s string }

func (t tm) MarshalText() ([]byte, error) {
	if t.s == "" {
		return nil, errors.New("empty text")
	}
	return []byte(t.s), nil
}

type str struct{}

func (str) String() string { return "stringer value" }

func main() {
	l := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(g) == 0 {
			return slog.Attr{}
		}
		return a
	}}))
	for _, s := range []string{"plain", "héllo", "日本語", "a=b", "a b", "\u00a0", "tab\t", "emoji😀", "\x00", "\u200b", "-", "\\", "[x]", "x\u0085y", "\xff"} {
		l.Info(s, s, s)
	}
	l.Info("marshalers", "tm", tm{"text out"}, "tmq", tm{"needs quote"}, "tmerr", tm{}, "str", str{}, "url", &url.URL{Scheme: "https", Host: "go.dev"})
	l.Info("err", "e", fmt.Errorf("wrapped: %w", errors.New("inner")))
	l.Info("floats", "a", 1e21, "b", 1e-7, "c", float32(0.1), "d", -0.0)
}
