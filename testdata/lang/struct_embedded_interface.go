// Tests: embedding an interface in a struct; overriding one method.
package main

import "fmt"

type Greeter interface {
	Hello() string
	Bye() string
}

type English struct{}

func (English) Hello() string { return "hello" }
func (English) Bye() string   { return "bye" }

type Loud struct{ Greeter }

func (l Loud) Hello() string { return "HELLO" }

func main() {
	var g Greeter = Loud{English{}}
	fmt.Println(g.Hello(), g.Bye())
}
