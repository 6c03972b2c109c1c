// Tests: recovered first panic is not printed when a second unrelated panic crashes.
package main

import "fmt"

func main() {
	func() {
		defer func() { fmt.Println("got", recover()) }()
		panic("one")
	}()
	panic("two")
}
