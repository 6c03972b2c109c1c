// panic_storm: nested panics, re-panics from deferred calls, and recovers
// at different depths, many times over.
package main

import "fmt"

var caught int

func thrower(i int) {
	defer func() {
		if i%3 == 0 {
			panic(i) // replaces the panic in flight
		}
	}()
	panic("first")
}

func middle(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			caught++
			r = 1
		}
	}()
	thrower(i)
	return 0
}

func outer(i int) int {
	defer func() {}()
	return middle(i) + middle(i+1)
}

func main() {
	sum := 0
	for i := 0; i < 50000; i++ {
		sum += outer(i)
	}
	fmt.Println("panic_storm", sum, caught)
}
