// Tests: a deferred method value can recover.
package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught", r)
	}
}

func work() {
	g := &Guard{"g1"}
	defer g.Catch()
	panic("bad")
}

func main() {
	work()
	fmt.Println("ok")
}
