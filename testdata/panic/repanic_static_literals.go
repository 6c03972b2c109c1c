// Tests: re-panic identity of static composite literals (Go boxes a literal of constants as content-addressed read-only data): equal contents written positionally, keyed, nested or as [...] arrays collapse when printed; a literal with a variable element is boxed anew
package main

import "fmt"

type E struct {
	code int
	msg  string
}

func (e E) Error() string { return fmt.Sprint("E", e.code, e.msg) }

type A [2]int

func (a A) Error() string { return fmt.Sprint("A", a[0], a[1]) }

type N struct {
	e   E
	tag any
}

func (n N) Error() string { return fmt.Sprint("N", n.e.code, n.tag) }

func main() {
	n := 1
	defer func() { panic(E{1, "a"}) }()
	defer func() { panic(E{msg: "a", code: 1}) }()
	defer func() { panic(A{1, 2}) }()
	defer func() { panic(A{0: 1, 1: 2}) }()
	defer func() { panic(E{n, "v"}) }()
	defer func() { panic(E{n, "v"}) }()
	defer func() { panic(N{E{1, "x"}, "t"}) }()
	defer func() { panic(N{e: E{code: 1, msg: "x"}, tag: "t"}) }()
	defer func() { panic(E{}) }()
	defer func() { panic(E{0, ""}) }()
	panic("start")
}
