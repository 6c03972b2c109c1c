// The Printf tables of command gentests (genPrintf); not a command of its
// own. Run: cd crates/gostd/gen && go run gentests.go genprintf.go
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"strings"
)

// encodeArg encodes one operand for the Rust test harness.
func encodeArg(a any) string {
	switch v := a.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int:%d", v)
	case int8:
		return fmt.Sprintf("int8:%d", v)
	case int32:
		return fmt.Sprintf("int32:%d", v)
	case int64:
		return fmt.Sprintf("int64:%d", v)
	case uint:
		return fmt.Sprintf("uint:%d", v)
	case uint8:
		return fmt.Sprintf("uint8:%d", v)
	case uint64:
		return fmt.Sprintf("uint64:%d", v)
	case float64:
		return fmt.Sprintf("float64:%016x", math.Float64bits(v))
	case float32:
		return fmt.Sprintf("float32:%08x", math.Float32bits(v))
	case complex128:
		return fmt.Sprintf("complex128:%016x,%016x", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case complex64:
		return fmt.Sprintf("complex64:%08x,%08x", math.Float32bits(real(v)), math.Float32bits(imag(v)))
	case string:
		return "string:" + hex.EncodeToString([]byte(v))
	case []byte:
		if v == nil {
			return "bytesnil:"
		}
		return "bytes:" + hex.EncodeToString(v)
	case bool:
		return fmt.Sprintf("bool:%t", v)
	}
	panic(fmt.Sprintf("unsupported %T", a))
}

var printfValues = []any{
	0, 1, -1, 42, -42, 255, -255, 1 << 40, math.MinInt64, math.MaxInt64, int8(-5), int32('x'), int32(0x1F600), int64(-7), int32(0xD800), int32(-1),
	uint(0), uint(255), uint64(math.MaxUint64), uint8(200), uint64(0x110000),
	0.0, math.Copysign(0, -1), 1.0, -1.0, 3.5, 123456.789, 0.000012, 1e9, 100000.0, 1e21, 1e20, 100000000.0, 1e-7, 1234567.0, 123456.0,
	math.NaN(), math.Inf(1), math.Inf(-1), 1.0 / 3, 2.5, -2.5, 0.5, float32(0.1), float32(16777216), float32(-3.25), 1e6, 12345678.9, 1e-4, 1e-5,
	complex(1, 2), complex(-1.5, -0.5), complex(math.NaN(), math.Inf(1)), complex64(complex(1, 2)), complex(0, 0),
	"", "hi", "héllo", "日本語", "a\tb\n", "\x00\x7f", "\xff", "`x`", "😀", "hello world", "\u00ad", "\ufeff", "a\"b",
	[]byte("hi"), []byte{}, []byte(nil), []byte{0, 1, 255},
	true, false, nil,
}

var printfFormats = []string{
	"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%.3d", "%8.3d", "%08.3d", "%.0d", "%5.0d|", "%+05d", "% 05d",
	"%x", "%X", "%#x", "%#X", "%08x", "%#08x", "%.4x", "%o", "%#o", "%O", "%#O", "%b", "%#b",
	"%c", "%5c", "%-3c|", "%q", "%+q", "%#q", "%#+q", "%U", "%#U", "%#.6U", "%.2U", "%8U", "%-10U|", "%#10U",
	"%s", "%5s", "%-5s|", "%.2s", "%.0s", "%5.1q", "%.10s", "%05s", "% x", "%# x", "%#X", "% X", "%.1x", "%-8x|", "%8x",
	"%e", "%E", "%f", "%F", "%g", "%G", "%.3g", "%.3e", "%.0f", "%.0e", "%08.3f", "%-8.2f|", "%+.2f", "% .2f", "%+ .2f",
	"%#g", "%#.3g", "%#e", "%#f", "%#.0f", "%#.0e", "%#v", "%+v", "%+#v", "%t", "%5t", "%-7t|", "%T", "%p", "%z", "%!",
	"%10.4v", "%-10v|", "%010v", "%+010.2f", "%-010.2f|", "%010.2f", "%.2x", "%#.3x", "%.1b", "%.20f", "%.17g", "%.30e", "%#.4x", "%#X",
	"%6.2v", "%+.3v", "% v", "%#10v", "%20e", "%-20g|", "%020g", "%+020e", "%.3G", "%w", "%é", "%08q", "%-8q|", "% +d", "%+ d",
}

type multiCase struct {
	format string
	args   []any
}

var multiCases = []multiCase{
	{"hello", nil},
	{"%d %d", []any{1}},
	{"%d", []any{1, 2}},
	{"%d", []any{1, "x", nil, 3.5}},
	{"%s %d", []any{"a", 1, true}},
	{"%", []any{1}},
	{"%-", []any{1}},
	{"%5.", []any{1}},
	{"100%%", nil},
	{"%5%|", nil},
	{"%[2]d %[1]d", []any{1, 2}},
	{"%[2]d %d", []any{1, 2, 3}},
	{"%[3]d", []any{1, 2}},
	{"%[0]d", []any{1}},
	{"%[x]d", []any{1}},
	{"%[1]d %[1]x %[1]o", []any{64}},
	{"%[2]*[1]d|", []any{12, 5}},
	{"%*d|", []any{5, 42}},
	{"%-*d|", []any{5, 42}},
	{"%*d|", []any{-5, 42}},
	{"%.*f", []any{2, 3.14159}},
	{"%.*f", []any{-1, 3.14159}},
	{"%*d", []any{"x", 42}},
	{"%.*d", []any{"x", 42}},
	{"%*d", []any{10000000, 42}},
	{"%*.*f|", []any{8, 3, 3.14159}},
	{"%[1]*[2]d|", []any{4, 7}},
	{"%[3]*.[2]*[1]f|", []any{12.0, 2, 6}},
	{"%.[2]d", []any{1, 2}},
	{"%[1]2d", []any{1}},
	{"%[1].2d", []any{1}},
	{"%d %s", []any{"str", 5}},
	{"%!d", []any{1}},
	{"%v %v %v", []any{nil, 1.5, "x"}},
	{"%d%%", []any{50}},
	{"%[1]d %[1]q", []any{'x'}},
	{"%x %X", []any{"hi", []byte("hi")}},
	{"%s", []any{}},
	{"%[1]", []any{1}},
	{"%[1]d %d", []any{1}},
	{"abc%", nil},
	{"%10.3[1]f", []any{1.0}},
	{"%8.3[1]f|", []any{1.0}},
}

var printCases = [][]any{
	{}, {1}, {"a"}, {1, 2}, {"a", "b"}, {1, "a", 2}, {"a", 1, 2, "b"}, {nil, nil}, {1.5, true, nil, "x", []byte("hi"), complex(1, -1)},
	{"x", nil, 3}, {float32(0.1), 1e21, 1e20, 100000000.0, 123456.0, 1234567.0},
}

func genPrintf() {
	{
		w, done := create("print.txt")
		for _, c := range printCases {
			var enc []string
			for _, a := range c {
				enc = append(enc, encodeArg(a))
			}
			if len(enc) == 0 {
				enc = []string{"-"}
			}
			fmt.Fprintf(w, "Sprint %s => %+q\n", strings.Join(enc, " "), fmt.Sprint(c...))
			fmt.Fprintf(w, "Sprintln %s => %+q\n", strings.Join(enc, " "), fmt.Sprintln(c...))
		}
		done()
	}
	w, done := create("printf.txt")
	defer done()
	fmt.Fprintln(w, "# Go-quoted format, args (type:value, strings/bytes hex) => Go-quoted fmt.Sprintf result")
	for _, f := range printfFormats {
		for _, v := range printfValues {
			if _, isBytes := v.([]byte); isBytes && f == "%p" {
				continue // an address: not reproducible
			}
			fmt.Fprintf(w, "%+q %s => %+q\n", f, encodeArg(v), fmt.Sprintf(f, v))
		}
	}
	// Random directives: flags x width x precision x verb over all operand kinds.
	r := rand.New(rand.NewSource(7))
	verbs := []string{"v", "d", "x", "X", "o", "O", "b", "c", "q", "U", "s", "e", "E", "f", "F", "g", "G", "t"}
	for i := 0; i < 4000; i++ {
		var sb strings.Builder
		sb.WriteByte('%')
		for _, fl := range []byte("+-# 0") {
			if r.Intn(4) == 0 {
				sb.WriteByte(fl)
			}
		}
		if r.Intn(2) == 0 {
			fmt.Fprintf(&sb, "%d", r.Intn(25))
		}
		if r.Intn(2) == 0 {
			sb.WriteByte('.')
			if r.Intn(5) != 0 {
				fmt.Fprintf(&sb, "%d", r.Intn(20))
			}
		}
		sb.WriteString(verbs[r.Intn(len(verbs))])
		sb.WriteByte('|')
		f := sb.String()
		v := printfValues[r.Intn(len(printfValues))]
		fmt.Fprintf(w, "%+q %s => %+q\n", f, encodeArg(v), fmt.Sprintf(f, v))
	}
	for _, c := range multiCases {
		var enc []string
		for _, a := range c.args {
			enc = append(enc, encodeArg(a))
		}
		if len(enc) == 0 {
			enc = []string{"-"}
		}
		fmt.Fprintf(w, "%+q %s => %+q\n", c.format, strings.Join(enc, " "), fmt.Sprintf(c.format, c.args...))
	}
}
