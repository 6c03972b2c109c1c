// Tests: method value receiver is evaluated at defer time (value vs pointer receiver).
package main

import "fmt"

type T struct{ n int }

func (t T) Val()  { fmt.Println("value recv", t.n) }
func (t *T) Ptr() { fmt.Println("pointer recv", t.n) }

func main() {
	t := T{1}
	defer t.Val()
	defer t.Ptr()
	f := t.Val
	defer f()
	t.n = 2
}
