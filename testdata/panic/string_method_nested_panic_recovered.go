// Tests: fmt's nested-panic rule: the re-panic from a String method can be recovered by the caller of fmt.Sprint, with the method's value
package main

import "fmt"

type S int

func (s S) String() string { panic(s) }

func f() (r string) {
	defer func() {
		v := recover()
		r = fmt.Sprintf("recovered %T %d", v, int(v.(S)))
	}()
	return fmt.Sprint(S(7))
}

func main() {
	fmt.Println(f())
}
