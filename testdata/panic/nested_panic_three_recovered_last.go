// Tests: aborted panics: recover after two nested panics returns the last and the program continues.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recover:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() { panic("p3") }()
	defer func() { panic("p2") }()
	panic("p1")
}

func main() {
	f()
	fmt.Println("main ok")
}
