// Tests: strconv.FormatFloat formats, FormatUint bases, QuoteRune, AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	f := 1234.5678
	fmt.Println(strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'f', -1, 32))
	fmt.Println(strconv.FormatUint(255, 16), strconv.FormatInt(-8, 8), strconv.FormatInt(35, 36))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"))
	b := strconv.AppendInt([]byte("n="), 42, 10)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	v, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
}
