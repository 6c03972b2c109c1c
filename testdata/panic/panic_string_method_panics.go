// Tests: a panic value whose String method (pointer receiver) panics while the panic is printed: fatal error, and the traceback shows the String frame above panic and main
package main

import "fmt"

type Loud struct{ n int }

func (l *Loud) String() string {
	if l.n > 0 {
		panic(fmt.Sprintf("String of %d", l.n))
	}
	return "quiet"
}

func main() {
	fmt.Println("start")
	panic(&Loud{3})
}
