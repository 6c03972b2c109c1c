// Tests: strconv conversions and *strconv.NumError values (Error text, errors.Is/As with ErrSyntax and ErrRange).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	fmt.Printf("%T %v\n", err, ne.Err)
	v, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	v, err = strconv.ParseInt("-200", 10, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	v, err = strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 36), strconv.FormatBool(true))
	fmt.Println(strconv.FormatFloat(1.5, 'e', 3, 64), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.Quote("hi\"there\n"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw`")
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"a`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendQuote(nil, "q")))
	x, err := strconv.Atoi("  7")
	fmt.Println(x, err)
	x, err = strconv.Atoi("+7")
	fmt.Println(x, err)
}
