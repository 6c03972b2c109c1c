// Command gentests writes the expected-output tables under ../tests/data/
// using the real Go toolchain (the oracle). Tests read these files; Go is
// not needed at test time. Run:
//
//	cd crates/gostd/gen && go run gentests.go genprintf.go
//
// (genprintf.go holds the Printf tables; gentables.go is a separate
// command with its own main, so `go run .` does not work.)
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func create(name string) (*bufio.Writer, func()) {
	f, err := os.Create("../tests/data/" + name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	return w, func() { w.Flush(); f.Close() }
}

var specials64 = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
	1e21, 1e20, 1e22, 1e23, 123456789.0, 1234567.0, 123456.0, 100000, 1e6, 1e9, 0.000012, 1e-7, 1e-5, 1e-4,
	0.0001234, 123456.789, 3.14159265358979, 2.718281828459045, 100, 1e100, 1e-100,
	math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.MaxFloat32, math.SmallestNonzeroFloat32,
	math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, 9007199254740993, 9.999999999999999e22, 0.95, 0.05, 0.45, 9.5, 99.5, 999.9999,
	1 << 62, 255, 3.5, -0.000001, 1.0000000000000002, 4.35, 0.015, 1.005, 8.5e-7,
}

func genFloat() {
	w, done := create("format_float.txt")
	defer done()
	fmt.Fprintln(w, "# bits(hex f64) fmt prec bitsize => Go-quoted strconv.FormatFloat result")
	fmts := []byte("eEfgGbxX")
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 25}
	emit := func(v float64, f byte, p, bs int) {
		fmt.Fprintf(w, "%016x %c %d %d %q\n", math.Float64bits(v), f, p, bs, strconv.FormatFloat(v, f, p, bs))
	}
	for _, v := range specials64 {
		for _, f := range fmts {
			for _, p := range precs {
				emit(v, f, p, 64)
				emit(v, f, p, 32)
			}
		}
	}
	emit(0.1, 'f', 60, 64)
	emit(0.1, 'e', 60, 64)
	emit(1e-300, 'f', 320, 64)
	emit(math.MaxFloat64, 'f', 2, 64)
	emit(5e-324, 'g', 40, 64)
	emit(5e-324, 'e', 800, 64)
	emit(1.5, 'z', 2, 64)
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 1600; i++ {
		var v float64
		switch i % 4 {
		case 0:
			v = math.Float64frombits(r.Uint64())
		case 1:
			v = float64(math.Float32frombits(r.Uint32()))
		case 2:
			v = float64(r.Intn(2000000)-1000000) / math.Pow10(r.Intn(12))
		case 3:
			v = r.NormFloat64() * math.Pow10(r.Intn(40)-20)
		}
		bs := 64
		if i%4 == 1 || i%8 == 2 {
			bs = 32
		}
		emit(v, fmts[r.Intn(len(fmts))], -1, bs)
		emit(v, 'g', -1, bs)
		emit(v, 'e', r.Intn(20), bs)
		emit(v, 'f', r.Intn(20), bs)
		emit(v, 'g', r.Intn(20), bs)
	}
}

type numCase struct {
	fn   string
	s    string
	base int
	bits int
}

func genParse() {
	w, done := create("parse.txt")
	defer done()
	fmt.Fprintln(w, "# func base bitsize input => result error  (Go-quoted fields)")
	ints := []string{"", "0", "1", "-1", "+1", "+", "-", "12345", "-12345", "007", "0x1F", "0X1f", "0b101", "0o17", "0O17", "017",
		"1_000", "1__000", "_1000", "1000_", "0x_1F", "0_17", "0b_1", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"999999999999999999999", "-999999999999999999999", "127", "128", "-128", "-129", "255", "256", "abc", "z", "Z", "zz",
		"1a", " 1", "1 ", "0x", "0b", "0o", "0xg", "١٢", "12\xff", "1e3", "1.0", "0x8000000000000000", "-0x8000000000000000",
		"-0", "+0", "00", "0_0", "1_2_3", "0xdead_beef", "-0b1111_1111", "32767", "32768", "4294967295", "4294967296", "2147483648", "-2147483648"}
	for _, s := range ints {
		for _, base := range []int{0, 10, 16, 2, 8, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				v, err := strconv.ParseInt(s, base, bits)
				fmt.Fprintf(w, "ParseInt %d %d %q => %d %q\n", base, bits, s, v, errs(err))
				u, err := strconv.ParseUint(s, base, bits)
				fmt.Fprintf(w, "ParseUint %d %d %q => %d %q\n", base, bits, s, u, errs(err))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Fprintf(w, "Atoi 10 0 %q => %d %q\n", s, v, errs(err))
		b, err := strconv.ParseBool(s)
		fmt.Fprintf(w, "ParseBool 0 0 %q => %t %q\n", s, b, errs(err))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "2"} {
		b, err := strconv.ParseBool(s)
		fmt.Fprintf(w, "ParseBool 0 0 %q => %t %q\n", s, b, errs(err))
	}
	floats := []string{"", "0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", ".", "-.", "1e10", "1E10", "1e+10", "1e-10", "1e", "1e+", "e1",
		"1.7976931348623157e308", "1.7976931348623159e308", "1.8e308", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
		"inf", "+inf", "-inf", "Inf", "INF", "infinity", "+Infinity", "-INFINITY", "infin", "infx", "nan", "NaN", "NAN", "+nan", "-nan", "nanx",
		"0x1p0", "0x1.8p1", "0X1P-2", "0x1", "0x1.p1", "0x.8p1", "0x1p", "0x1e3", "0x1fffffffffffffp0", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1074",
		"1_000.5", "1_000", "0x_1p0", "1__0", "_1", "1_", "1.5_", "1e1_0", "0.1", "0.2", "0.30000000000000004", "3.4028234663852886e38", "3.4028235677973366e38", "3.5e38",
		"1.401298464324817e-45", "7e-46", "123456789012345678901234567890", "0.000000000000000000000000000000000000001", "1e308", "9007199254740993",
		"   1", "1 ", "1.5.5", "--1", "+-1", "0x", "0x.p1", "100000000000000016777215", "100000000000000016777216", "1e23", "8.5e-7", "2.2250738585072011e-308"}
	for _, s := range complexInputs {
		for _, bits := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Fprintf(w, "ParseComplex 0 %d %q => %016x,%016x %q\n", bits, s, math.Float64bits(real(c)), math.Float64bits(imag(c)), errs(err))
		}
	}
	rf := rand.New(rand.NewSource(3))
	for i := 0; i < 600; i++ {
		var sb strings.Builder
		if rf.Intn(3) == 0 {
			sb.WriteByte('-')
		}
		nd := 1 + rf.Intn(30)
		for j := 0; j < nd; j++ {
			sb.WriteByte(byte('0' + rf.Intn(10)))
			if j == rf.Intn(nd) && rf.Intn(3) == 0 {
				sb.WriteByte('.')
			}
		}
		if rf.Intn(2) == 0 {
			fmt.Fprintf(&sb, "e%d", rf.Intn(700)-350)
		}
		floats = append(floats, sb.String())
	}
	for _, s := range floats {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			fmt.Fprintf(w, "ParseFloat 0 %d %q => %016x %q\n", bits, s, math.Float64bits(v), errs(err))
		}
	}
}

var complexInputs = []string{"", "1", "1i", "i", "+i", "-i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2", "1+2j", "-1.5e3-2.5e-3i", "1e400+1i", "1+1e400i",
	"1e-400i", "inf+infi", "infi", "-inf-nani", "nan+nani", "NaN-NaNi", "1++2i", "1+-2i", "1--2i", "0x1p2+0x1p-2i", "1_000+2_000i", "()", "(i)", "3.4e39+1i",
	"+3i", "2i+1", " 1+2i", "1 + 2i", "1+2ii", "0.1+0.2i"}

func errs(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

var quoteStrings = []string{"", "hello", "a\"b", "a'b", "a`b", "back\\slash", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "héllo", "日本語", "😀 emoji",
	"\u00ad soft", "\u200b zwsp", "\ufeff bom", "\u2028", "\u3000 ideographic", "\U0001F600", "\U000E0001", "\U0010FFFF", "\uFFFD",
	"\xff", "a\xffb", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "tab\there", "\u0085", "\u00a0nbsp", "\u0300combining", "Ω≈ç√",
	"\u061c", "\u2066", "\U0001d54f", "\U00012000", "\u0378", "\u1680", "\ue000 pua", "\x80", "`", "\"", "\\"}

func genQuote() {
	w, done := create("quote.txt")
	defer done()
	fmt.Fprintln(w, "# op input => output (Go-quoted with ASCII-only escapes)")
	for _, s := range quoteStrings {
		fmt.Fprintf(w, "Quote %+q => %+q\n", s, strconv.Quote(s))
		fmt.Fprintf(w, "QuoteToASCII %+q => %+q\n", s, strconv.QuoteToASCII(s))
		fmt.Fprintf(w, "QuoteToGraphic %+q => %+q\n", s, strconv.QuoteToGraphic(s))
		fmt.Fprintf(w, "CanBackquote %+q => %t\n", s, strconv.CanBackquote(s))
	}
	runes := []rune{0, 7, 'a', '\'', '"', '\\', '\n', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x3b1, 0x416, 0x5d0, 0x600, 0x6dd, 0x200b, 0x2028, 0x3000, 0x4e16,
		0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x1f600, 0x1f1e6, 0xe0001, 0x10ffff, 0x110000, -1, 0x1d54f, 0x12000, 0x378, 0xe000}
	for _, r := range runes {
		fmt.Fprintf(w, "QuoteRune %d => %+q\n", r, strconv.QuoteRune(r))
		fmt.Fprintf(w, "QuoteRuneToASCII %d => %+q\n", r, strconv.QuoteRuneToASCII(r))
		fmt.Fprintf(w, "QuoteRuneToGraphic %d => %+q\n", r, strconv.QuoteRuneToGraphic(r))
	}
	unq := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, `"\400"`, `"\377"`, `"\ud800"`, `"\U00110000"`, `'a'`, `'ab'`, `''`, `'\''`,
		`'\"'`, `"\'"`, `"\""`, "`raw\\n`", "`a\rb`", "`unterminated", `"unterminated`, `"a"b"`, `"é"`, `'é'`, `'\xff'`, `'\u00e9'`, "\"a\nb\"", `"\q"`, `x`, ``,
		`"\a\b\f\n\r\t\v\\"`, `"\x4"`, `"\u12"`, `'`, `"`, "``", `"日本"`, `'日'`, `'日本'`, "\"\xff\"", "'\xff'"}
	for _, s := range unq {
		v, err := strconv.Unquote(s)
		fmt.Fprintf(w, "Unquote %+q => %+q %q\n", s, v, errs(err))
		p, err := strconv.QuotedPrefix(s + "tail")
		fmt.Fprintf(w, "QuotedPrefix %+q => %+q %q\n", s+"tail", p, errs(err))
	}
}

func genUnicode() {
	w, done := create("unicode.txt")
	defer done()
	fmt.Fprintln(w, "# rune LDNSULTPCMYGR(IsLetter IsDigit IsNumber IsSpace IsUpper IsLower IsTitle IsPunct IsControl IsMark IsSymbol IsGraphic IsPrint) strconv.IsPrint strconv.IsGraphic ToUpper ToLower ToTitle SimpleFold")
	var rs []rune
	for r := rune(0); r < 0x800; r++ {
		rs = append(rs, r)
	}
	for _, r := range []rune{0x1680, 0x1e9e, 0x1f88, 0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x2126, 0x212a, 0x212b, 0x2160, 0x2170, 0x24b6, 0x24d0,
		0x3000, 0x3007, 0x4e00, 0x9fff, 0xac00, 0xd7a3, 0xd800, 0xfeff, 0xff10, 0xff21, 0xff41, 0xfffd, 0x10400, 0x10428, 0x1d400, 0x1f600, 0x1f1e6, 0x20000, 0xe0001, 0x10ffff, 0x110000, -1, 0xdf, 0x1c5, 0x1c4, 0x1c6, 0x3c2, 0x1e9b, 0xab70} {
		rs = append(rs, r)
	}
	b := func(x bool) byte {
		if x {
			return '1'
		}
		return '0'
	}
	for _, r := range rs {
		flags := []byte{b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsUpper(r)),
			b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)), b(unicode.IsControl(r)), b(unicode.IsMark(r)), b(unicode.IsSymbol(r)),
			b(unicode.IsGraphic(r)), b(unicode.IsPrint(r))}
		fmt.Fprintf(w, "%d %s %c %c %d %d %d %d\n", r, flags, b(strconv.IsPrint(r)), b(strconv.IsGraphic(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
}

func genUTF8() {
	w, done := create("utf8.txt")
	defer done()
	fmt.Fprintln(w, "# input(Go-quoted) => DecodeRune(r,size) DecodeLastRune(r,size) RuneCount Valid FullRune")
	ins := []string{"", "a", "é", "日", "😀", "\xff", "\xc3", "\xc3\x28", "\xe2\x82", "\xe2\x82\xac", "\xe2\x28\xa1", "\xf0\x9f\x98", "\xf0\x9f\x98\x80",
		"\xed\xa0\x80", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xe0\x80\x80", "\xe0\xa0\x80",
		"\xf0\x80\x80\x80", "\xf5\x80\x80\x80", "\x80", "\xbf", "a\xffb", "abc日本\xe6", "\xe6\x97\xa5\xe6", "€x", "x\xe2\x82\xac", "\xf0", "\xf0\x90", "\xf8\x88\x80\x80\x80"}
	for _, s := range ins {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeLastRuneInString(s)
		fmt.Fprintf(w, "%+q => %d %d %d %d %d %t %t\n", s, r1, n1, r2, n2, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
	}
}

var stringsInputs = []string{"", "hello", "HELLO", "Hello World", "  \t spaced \n ", "ǅungla", "straße", "ΣΑΣ σας", "ǈ", "İstanbul", "ı", "ſ", "K", "Å",
	"\xffabc\xfe", "a\xff", "\u0085x\u00a0", "\u3000全角\u3000", "ÿ", "µ", "ᾈ", "Привет МИР", "\u2028a\u2029", "\xed\xa0\x80", "x\xe2\x82", "ａｂｃ", "\U00010428\U00010400"}

func genStrings() {
	w, done := create("strings.txt")
	defer done()
	fmt.Fprintln(w, "# op input [input2] => output (Go-quoted, ASCII escapes)")
	for _, s := range stringsInputs {
		fmt.Fprintf(w, "ToUpper %+q => %+q\n", s, strings.ToUpper(s))
		fmt.Fprintf(w, "ToLower %+q => %+q\n", s, strings.ToLower(s))
		fmt.Fprintf(w, "ToTitle %+q => %+q\n", s, strings.ToTitle(s))
		fmt.Fprintf(w, "TrimSpace %+q => %+q\n", s, strings.TrimSpace(s))
		fmt.Fprintf(w, "Fields %+q => %+q\n", s, strings.Join(strings.Fields(s), "|"))
		fmt.Fprintf(w, "ToValidUTF8 %+q => %+q\n", s, strings.ToValidUTF8(s, "?"))
		for _, r := range []rune{'a', 'l', 0xFFFD, 0x3000, 0xD800, 0x10428, -1} {
			fmt.Fprintf(w, "IndexRune %+q %d => %d\n", s, r, strings.IndexRune(s, r))
		}
		for _, t := range stringsInputs {
			fmt.Fprintf(w, "EqualFold %+q %+q => %t\n", s, t, strings.EqualFold(s, t))
		}
		fmt.Fprintf(w, "EqualFold %+q %+q => %t\n", s, strings.ToUpper(s), strings.EqualFold(s, strings.ToUpper(s)))
		fmt.Fprintf(w, "EqualFold %+q %+q => %t\n", s, strings.ToLower(s), strings.EqualFold(s, strings.ToLower(s)))
	}
}

func main() {
	genStrings()
	genFloat()
	genParse()
	genQuote()
	genUnicode()
	genUTF8()
	genPrintf()
}
