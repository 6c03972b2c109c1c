// Tests: strconv.NumError fields and errors.Is with ErrRange/ErrSyntax.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	fmt.Printf("%T\n", err)
}
