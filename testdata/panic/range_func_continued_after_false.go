// Tests: an iterator that calls yield again after the loop body returned false (break) panics with runtime.panicrangestate's error; one that calls a saved yield after the loop ended panics too (recovered here), and the panic's frames are the body's and the iterator's
package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func ignoring(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range keep {
		fmt.Println("keep", x)
	}
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("recovered:", err)
		}()
		saved(5)
	}()
	for x := range ignoring {
		fmt.Println("got", x)
		if x == 1 {
			break
		}
	}
}
