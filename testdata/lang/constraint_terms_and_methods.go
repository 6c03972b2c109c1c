// Constraints with specific types and methods: the body uses the type
// set's operators and the methods, converts to an interface the methods
// satisfy, and calls a pointer method through PT interface{ *T; Set(string) }.
package main

import (
	"fmt"
	"strconv"
)

type Num interface {
	~int | ~int64
	String() string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Sum[T Num](xs ...T) (T, string) {
	var s T
	for _, x := range xs {
		s += x
	}
	var st fmt.Stringer = s
	return s * 2, s.String() + st.String()
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Box struct{ v string }

func (b *Box) Set(s string) { b.v = s }

func Fill[T any, PT Setter[T]](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

func main() {
	fmt.Println(Sum[MyInt](1, 2, 3))
	fmt.Println(Fill[Box]("x"))
}
