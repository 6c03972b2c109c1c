// Tests: strconv conversions and their error messages.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(err)
	v, _ := strconv.ParseInt("-ff", 16, 64)
	u, _ := strconv.ParseUint("777", 8, 64)
	fmt.Println(v, u)
	f, _ := strconv.ParseFloat("3.25", 64)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(f, b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"x\""), strconv.FormatBool(true))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
}
