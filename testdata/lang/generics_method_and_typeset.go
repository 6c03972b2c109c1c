// Tests: constraint combining a type set and a method.
package main

import (
	"fmt"
	"strconv"
)

type IntLike interface {
	~int | ~int32
	String() string
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

func Total[T IntLike](xs []T) (T, string) {
	var sum T
	s := ""
	for _, x := range xs {
		sum += x
		s += x.String()
	}
	return sum, s
}

func main() {
	fmt.Println(Total([]Code{1, 2, 3}))
}
