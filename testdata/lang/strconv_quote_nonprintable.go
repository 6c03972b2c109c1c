// Tests: strconv.Quote and %q escaping of control and non-printable characters.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "a\x00b\u200bc\x7f\té\U0001F600"
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Printf("%q\n%+q\n", s, s)
	fmt.Println(strconv.QuoteRuneToASCII('é'), strconv.IsPrint('\u200b'))
	fmt.Printf("%q\n", "\xff\xfe")
}
