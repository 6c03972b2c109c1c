// Tests: re-panic of a recovered value in an outer function prints [recovered, repanicked].
package main

import "fmt"

func inner() {
	panic(fmt.Errorf("disk full"))
}

func middle() {
	defer func() {
		r := recover()
		fmt.Println("middle saw:", r)
		panic(r)
	}()
	inner()
}

func main() {
	middle()
}
