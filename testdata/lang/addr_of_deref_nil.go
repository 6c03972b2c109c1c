// Tests: &*p evaluates *p, so a nil p panics there.
package main

import "fmt"

type T struct{ x int }

func main() {
	t := &T{1}
	fmt.Println(&*t == t)
	var p *T
	q := &*p
	fmt.Println(q == nil)
}
