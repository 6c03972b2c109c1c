// Tests: calling a value method through a nil pointer panics with Go's specific message.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	var p *T
	var g Getter = p
	fmt.Println(g != nil)
	fmt.Println(g.Get())
}
