// Tests: a String method that blocks while fmt prints it inside a struct, inside a map, inside a slice: the deadlock traceback shows one printValue frame per level, as Go's fmt recurses.
package main

import "fmt"

type T struct{ c chan int }

func (t T) String() string { return fmt.Sprint(<-t.c) }

type S struct{ T T }

func main() {
	fmt.Println([]map[int]S{{1: {T{make(chan int)}}}})
}
